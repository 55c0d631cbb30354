"""Where the application's resources live, found the same way from every kind of install.

`resources_dir()` is the one place that knows the layouts; everything else asks for
`resource("icons", "sync.svg")`. It looks, in order, at:

1. ``$DISPATCH_DESK_RESOURCES`` — an explicit override (packagers, tests);
2. ``<bundle>/resources`` of a frozen build (PyInstaller's ``sys._MEIPASS``);
3. ``dispatch_desk/resources`` inside an installed wheel (the build maps the top-level folder there);
4. ``<checkout>/resources`` next to the package in a source checkout or an editable install.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import dispatch_desk

_PACKAGE = Path(dispatch_desk.__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    if env := os.environ.get("DISPATCH_DESK_RESOURCES"):
        found.append(Path(env))
    if bundle := getattr(sys, "_MEIPASS", None):
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE / "resources")
    found.append(_PACKAGE.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    for path in _candidates():
        if path.is_dir():
            return path
    raise FileNotFoundError("the resources folder is missing; looked in: " + ", ".join(map(str, _candidates())))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def project_root() -> Path | None:
    """The source checkout, when running from one (the build step needs it; an install has none)."""
    root = _PACKAGE.parent
    return root if (root / "pyproject.toml").is_file() and (root / "ui").is_dir() else None
