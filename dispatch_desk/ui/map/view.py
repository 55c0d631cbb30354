"""The map's web view: page, bridge, request guard and tiles wired together, and the calls into
the page. It knows nothing of the store; MapWidget feeds it records and diffs."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView

from dispatch_desk.ui.map.assets import BASE_URL, SCHEME, TILE_HOST
from dispatch_desk.ui.map.bridge import MapBridge
from dispatch_desk.ui.map.page import build_page
from dispatch_desk.ui.map.texts import page_texts, severity_names, status_names, task_status_names
from dispatch_desk.ui.map.tiles import TileService
from dispatch_desk.ui.map.web import MapSchemeHandler, OutsideRequestGuard


def page_config(tiles: bool) -> dict[str, Any]:
    return {
        "tr": page_texts(),
        "statusNames": status_names(),
        "severityNames": severity_names(),
        "taskStatusNames": task_status_names(),
        "tileUrl": f"{SCHEME}://{TILE_HOST}/{{z}}/{{x}}/{{y}}.png" if tiles else None,
        "maxZoom": 18,
    }


class MapView(QWebEngineView):
    """A QWebEngineView showing the generated Leaflet page, served from ddmap://, talking over QWebChannel."""

    ready = Signal()  # the page is up and its bridge connected

    def __init__(self, parent=None, *, tiles: TileService | None = None,
                 center: tuple[float, float] = (31.23, 121.47), zoom: int = 12) -> None:
        super().__init__(parent)
        self.config = page_config(tiles is not None)
        self.html = build_page(self.config, center, zoom)
        # An off-the-record profile of our own: the guard and the scheme apply to this page only.
        self.profile = QWebEngineProfile()
        self.guard = OutsideRequestGuard(self.profile)
        self.profile.setUrlRequestInterceptor(self.guard)
        self.scheme = MapSchemeHandler(lambda: self.html, self.profile)
        if tiles is not None:
            self.scheme.tiles = tiles.request
        self.profile.installUrlSchemeHandler(SCHEME.encode(), self.scheme)
        self.tiles = tiles
        page = QWebEnginePage(self.profile, self)
        self.setPage(page)
        self.profile.setParent(page)  # a child of its page: destroyed after the page, never before
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(page)
        self.channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self.channel)
        self.is_ready = False
        self.bridge.ready.connect(self._on_ready)
        self.loads = 0  # page loads; live updates must never add to it
        page.loadStarted.connect(self._count_load)

    def start(self) -> None:
        self.load(QUrl(BASE_URL + "index.html"))

    def _count_load(self) -> None:
        self.loads += 1
        self.is_ready = False

    def _on_ready(self) -> None:
        self.is_ready = True
        self.ready.emit()

    def js(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        if callback is None:
            self.page().runJavaScript(script, 0)
        else:
            self.page().runJavaScript(script, 0, callback)

    def call(self, fn: str, *args: Any, callback: Callable[[Any], None] | None = None) -> None:
        """DD.<fn>(args…) in the page, arguments as JSON."""
        encoded = ", ".join(json.dumps(a, ensure_ascii=False) for a in args)
        self.js(f"DD.{fn}({encoded})", callback)
