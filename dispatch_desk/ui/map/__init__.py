"""The grid map (docs/architecture.md §5). `MapWidget(ctx, parent)` is the shell's central widget.

Importing this package is cheap; QtWebEngine loads when MapWidget is first used. Call
`prepare_web_engine()` before the QApplication is created, so that the map's ddmap:// scheme is
registered with Chromium and QtWebEngine can share OpenGL contexts.
"""

from __future__ import annotations

import os
from typing import Any


def prepare_web_engine() -> bool:
    """Register ddmap:// and set the attributes QtWebEngine needs; call before QApplication()."""
    from PySide6.QtCore import QCoreApplication, Qt

    from dispatch_desk.ui.map.web import register_scheme

    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium will not start its sandbox as root
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return register_scheme()


def __getattr__(name: str) -> Any:
    if name == "MapWidget":
        from dispatch_desk.ui.map.widget import MapWidget

        return MapWidget
    raise AttributeError(name)


__all__ = ["MapWidget", "prepare_web_engine"]
