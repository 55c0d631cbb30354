"""Base tiles: served to the page from the MBTiles cache, fetched in the background when missing.

The page asks ddmap://tiles/z/x/y.png; a cached tile is answered at once, a missing one is fetched
on a worker thread (never the main thread) and answered when it arrives, then kept for offline
use. "Prefetch this area" walks every tile of a box over a zoom range the same way, with
progress and cancel.

The service also says whether the tile server can be reached (`reachable`): a failed fetch means
it cannot, and then `probe()` (the map calls it now and then, and when the desk's network comes
back) tries one of the tiles that failed again; the first fetch that succeeds means it can.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob

from dispatch_desk.store.mbtiles import TileCache, tiles_in_bounds
from dispatch_desk.ui.map.web import reply

USER_AGENT = "DispatchDesk/1.0 (city operations desk; offline tile cache)"

Tile = tuple[int, int, int]


def tile_url(template: str, z: int, x: int, y: int) -> str:
    return template.replace("{s}", "a").replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))


def download(template: str, z: int, x: int, y: int, timeout: float = 10.0) -> bytes:
    request = urllib.request.Request(tile_url(template, z, x, y), headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


class TileService(QObject):
    """Answers tile requests from the cache, fetching what is missing on worker threads."""

    _fetched = Signal(object, object, bool)  # tile, bytes | None, server reached (on the main thread)
    reachable = Signal(bool)  # the tile server answers again (True) or stopped answering (False)

    def __init__(self, cache: TileCache, template: str, parent=None, workers: int = 4) -> None:
        super().__init__(parent)
        self.cache = cache
        self.template = template
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tiles")
        self._waiting: dict[Tile, list[QWebEngineUrlRequestJob]] = {}
        self._fetched.connect(self._deliver)
        self.fetch_count = 0
        self.online: bool | None = None  # unknown until the first fetch ends
        self._failed: Tile | None = None  # a tile that could not be fetched, to probe with
        self._probing = False

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def probe(self) -> bool:
        """While the server is unreachable, try a tile that failed once more, on a worker thread;
        `reachable` tells if it answers now. Returns whether a probe was started."""
        if self.online is not False or self._failed is None or self._probing:
            return False
        self._probing = True
        try:
            self._pool.submit(self._fetch, self._failed)
        except RuntimeError:  # shut down
            self._probing = False
            return False
        return True

    def request(self, job: QWebEngineUrlRequestJob, z: int, x: int, y: int) -> None:
        data = self.cache.get(z, x, y)
        if data is not None:
            reply(job, "image/png", data)
            return
        tile = (z, x, y)
        first = tile not in self._waiting
        self._waiting.setdefault(tile, []).append(job)
        if first:
            self._pool.submit(self._fetch, tile)

    def _fetch(self, tile: Tile) -> None:
        reached = True
        try:
            data: bytes | None = download(self.template, *tile)
            self.cache.put(*tile, data)
        except urllib.error.HTTPError:  # the server answered: no such tile, but it is reachable
            data = None
        except Exception:  # offline: the page says the base map is missing there
            data, reached = None, False
        self._fetched.emit(tile, data, reached)

    def _deliver(self, tile: Tile, data: bytes | None, reached: bool = True) -> None:
        self.fetch_count += 1
        self._probing = False
        if not reached:
            self._failed = tile
        elif tile == self._failed:
            self._failed = None
        online = reached
        if online != self.online:
            self.online = online
            self.reachable.emit(online)
        for job in self._waiting.pop(tile, []):
            if not shiboken6.isValid(job):  # the page gave up on it (scrolled away)
                continue
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            else:
                reply(job, "image/png", data)


class Prefetch(QObject):
    """Fetches every missing tile of an area for offline use; progress and cancel from the UI."""

    progress = Signal(int, int, int)  # done, total, bytes so far
    finished = Signal(int, int, bool)  # fetched, failed, cancelled

    def __init__(
        self, cache: TileCache, template: str, bounds: tuple[float, float, float, float], zooms: tuple[int, int],
        parent=None, fetch: Callable[[str, int, int, int], bytes] = download,
    ) -> None:
        super().__init__(parent)
        self.cache, self.template, self.bounds, self.zooms = cache, template, bounds, zooms
        self._fetch = fetch
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="tile-prefetch", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        todo = self.cache.missing(list(tiles_in_bounds(*self.bounds, *self.zooms)))
        total, done, failed, size = len(todo), 0, 0, 0
        self.progress.emit(0, total, 0)

        def one(tile: Tile) -> int:
            if self._cancel.is_set():
                return -1
            try:
                data = self._fetch(self.template, *tile)
            except Exception:
                return 0
            self.cache.put(*tile, data)
            return len(data)

        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="prefetch") as pool:
            for got in pool.map(one, todo):
                if got < 0:
                    continue
                done += 1
                if got == 0:
                    failed += 1
                size += got
                if done % 8 == 0 or done == total:
                    self.progress.emit(done, total, size)
        cancelled = self._cancel.is_set()
        self.finished.emit(done - failed, failed, cancelled)
