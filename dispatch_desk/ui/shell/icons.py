"""The application's SVG icons by name (resources/icons/<name>.svg); SVG stays sharp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from dispatch_desk.ui.shell.paths import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
