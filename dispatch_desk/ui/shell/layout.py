"""Saved window layouts, one per workspace, in QSettings.

A layout is stored with LAYOUT_VERSION and the names of the docks it was saved with. After the dock
set changes (an area ships its dock, a dock is renamed) or the version is bumped, the old layout is
rejected and removed, and the workspace's default arrangement applies instead of a half-restored one.
Dock sizes are absolute, so a layout saved on a much smaller or larger window (a laptop layout on the
wall screen) is not applied either; it stays saved for when the window has that size again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

LAYOUT_VERSION = 3
SIZE_TOLERANCE = 0.2  # fraction of the window width


def _key(workspace: str) -> str:
    return f"layout/{workspace}"


def dock_signature(window: QMainWindow) -> str:
    from PySide6.QtWidgets import QDockWidget, QToolBar

    widgets = [*window.findChildren(QDockWidget), *window.findChildren(QToolBar)]
    names = sorted(w.objectName() for w in widgets if w.parent() is window)
    return ",".join(names)


def save(window: QMainWindow, workspace: str, settings: QSettings | None = None) -> None:
    s = settings or QSettings()
    s.setValue(f"{_key(workspace)}/version", LAYOUT_VERSION)
    s.setValue(f"{_key(workspace)}/docks", dock_signature(window))
    s.setValue(f"{_key(workspace)}/state", window.saveState(LAYOUT_VERSION))
    s.setValue(f"{_key(workspace)}/width", window.width())
    s.setValue("window/geometry", window.saveGeometry())


def restore(window: QMainWindow, workspace: str, settings: QSettings | None = None) -> bool:
    """Restore the saved layout of `workspace`; False (and the stale entry removed) if there is none
    valid for the current docks."""
    s = settings or QSettings()
    key = _key(workspace)
    state = s.value(f"{key}/state")
    if state is None:
        return False
    version = s.value(f"{key}/version", 0, type=int)
    if version != LAYOUT_VERSION or s.value(f"{key}/docks", "", type=str) != dock_signature(window):
        s.remove(key)
        return False
    saved_width = s.value(f"{key}/width", 0, type=int)
    if saved_width and abs(saved_width - window.width()) > SIZE_TOLERANCE * window.width():
        return False
    if not window.restoreState(QByteArray(state), LAYOUT_VERSION):
        s.remove(key)
        return False
    return True


def restore_geometry(window: QMainWindow, settings: QSettings | None = None) -> bool:
    geometry = (settings or QSettings()).value("window/geometry")
    return geometry is not None and window.restoreGeometry(QByteArray(geometry))
