"""The files the map page needs, all from the machine: Leaflet from the xstatic-leaflet package,
leaflet-heat from folium's own package data, qwebchannel.js from Qt's resources, and our own
script and style from resources/map. Nothing comes from a CDN."""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice

import dispatch_desk

SCHEME = "ddmap"
PAGE_HOST = "map"  # ddmap://map/<asset> and ddmap://map/index.html
TILE_HOST = "tiles"  # ddmap://tiles/{z}/{x}/{y}.png
BASE_URL = f"{SCHEME}://{PAGE_HOST}/"

# Scripts and styles in page order; every name resolves through `asset_bytes`.
SCRIPTS = ("leaflet.js", "leaflet-heat.js", "qwebchannel.js", "dd_map.js")
STYLES = ("leaflet.css", "dd_map.css")


def map_resources() -> Path:
    try:
        from dispatch_desk.ui.shell.paths import resource

        found = resource("map")
        if found.is_dir():
            return found
    except (ImportError, FileNotFoundError):
        pass
    return Path(dispatch_desk.__file__).resolve().parent.parent / "resources" / "map"


@cache
def _files() -> dict[str, Path]:
    # Imported here, not at the top: the scheme is registered before the first paint, the page later.
    import folium
    import xstatic.pkg.leaflet as xleaflet

    leaflet = Path(xleaflet.BASE_DIR)
    files = {
        "leaflet.js": leaflet / "leaflet.js",
        "leaflet.css": leaflet / "leaflet.css",
        "leaflet-heat.js": Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js",
    }
    for image in (leaflet / "images").glob("*.png"):
        files[f"images/{image.name}"] = image
    own = map_resources()
    for name in ("dd_map.js", "dd_map.css"):
        files[name] = own / name
    return files


@cache
def _qwebchannel_js() -> bytes:
    import PySide6.QtWebChannel  # noqa: F401  (registers the resource)

    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError("qwebchannel.js is missing from Qt's resources")
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


def asset_bytes(name: str) -> tuple[str, bytes] | None:
    """(mime type, content) of a page asset, or None when there is no such asset."""
    if name == "qwebchannel.js":
        return "application/javascript", _qwebchannel_js()
    path = _files().get(name)
    if path is None or not path.is_file():
        return None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if mime.startswith("text/") or mime.endswith("javascript"):
        mime += ";charset=utf-8"
    return mime, path.read_bytes()
