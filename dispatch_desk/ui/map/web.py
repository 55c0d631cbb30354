"""The web side of the map: the ddmap:// scheme that serves the page, its assets and the cached
tiles, and the interceptor that keeps the page from reaching outside the machine."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from dispatch_desk.ui.map.assets import PAGE_HOST, SCHEME, TILE_HOST, asset_bytes

_registered = False

# Schemes that stay on the machine; everything else (http, https, ws, ftp …) is blocked.
LOCAL_SCHEMES = frozenset({SCHEME, "qrc", "data", "blob", "about"})


def register_scheme() -> bool:
    """Declare ddmap:// to Chromium. Must run before the QApplication exists (the shell calls it
    at start; tests at import). Later calls do nothing; the handler then still works, only without
    the secure-scheme flags. Returns whether the scheme is registered."""
    global _registered
    if _registered:
        return True
    if QCoreApplication.instance() is not None:
        return False
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Not LocalScheme: that makes Chromium drop web requests silently, before the guard can
    # count them; the guard blocks them all the same, and counting them is how we prove it.
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True
    return True


class OutsideRequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks and counts every request of the page that would leave the machine."""

    def __init__(self, parent=None, allowed: frozenset[str] = LOCAL_SCHEMES) -> None:
        super().__init__(parent)
        self.allowed = allowed
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in self.allowed:
            self.blocked.append(url.toString())
            info.block(True)


def reply(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
    buf = QBuffer(parent=job)
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode(), buf)


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """ddmap://map/… → the page and its assets; ddmap://tiles/z/x/y.png → the tile service."""

    def __init__(self, page: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._page = page
        self.tiles: Callable[[QWebEngineUrlRequestJob, int, int, int], None] | None = None
        self.served: list[str] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url: QUrl = job.requestUrl()
        host, path = url.host(), url.path().lstrip("/")
        self.served.append(url.toString())
        if host == PAGE_HOST:
            if path in ("", "index.html"):
                reply(job, "text/html;charset=utf-8", self._page().encode("utf-8"))
                return
            found = asset_bytes(path)
            if found is not None:
                reply(job, *found)
                return
        elif host == TILE_HOST and self.tiles is not None:
            parts = path.removesuffix(".png").split("/")
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                z, x, y = (int(p) for p in parts)
                self.tiles(job, z, x, y)
                return
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
