"""The map offline: where base tiles are missing it says so and offers to keep the area once the
network is back; a prefetch stops however its dialog is cancelled. Tiles come from a real HTTP
server on loopback that can be switched off (it drops every connection, as a dead network does)."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import shiboken6

from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # before pytest-qt creates the QApplication

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton  # noqa: E402

from dispatch_desk.domain.records import Officer, Role  # noqa: E402
from dispatch_desk.store import Store  # noqa: E402
from dispatch_desk.store.mbtiles import TileCache, tiles_in_bounds  # noqa: E402
from dispatch_desk.sync.state import SyncState  # noqa: E402
from dispatch_desk.ui.context import AppBus, AppContext  # noqa: E402
from dispatch_desk.ui.map.sample import fill_store, sample_city  # noqa: E402
from dispatch_desk.ui.map.widget import MapWidget  # noqa: E402

LOAD_TIMEOUT = 30_000
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cfc0f01f0005ff02fe5b1fc1f90000000049454e44ae426082")


class _Tiles(BaseHTTPRequestHandler):
    online = True
    delay = 0.0  # seconds per tile: a slow network, so that a prefetch is still running when cancelled
    seen: list = []
    lock = threading.Lock()

    def do_GET(self):
        if not _Tiles.online:
            self.close_connection = True  # no answer at all: the client sees the connection drop
            return
        if _Tiles.delay:
            time.sleep(_Tiles.delay)
        with _Tiles.lock:
            _Tiles.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PNG)))
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, *args):
        pass


@pytest.fixture
def tile_server():
    _Tiles.online, _Tiles.delay, _Tiles.seen = True, 0.0, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def tiled_store(tmp_path, tile_server):
    ref, incidents = sample_city(cells=40, incidents=60, seed=5)
    store = Store.open(tmp_path / "cache.db")
    fill_store(store, ref, incidents)
    port = tile_server.server_address[1]
    store.set_setting("map.tile_url", f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png")
    store.set_setting("map.tile_cache", str(tmp_path / "tiles.mbtiles"))
    yield store
    store.close()


def open_map(qtbot, store, size=(900, 600)):
    ctx = AppContext(store, None, Officer("o1", "duty", "值班员", Role.OPS_OFFICER), AppBus())
    w = MapWidget(ctx)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=LOAD_TIMEOUT):
        pass
    return w


def js(qtbot, w, script):
    box = []
    w.view.js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def notice(qtbot, w):
    return json.loads(js(qtbot, w, "JSON.stringify(DD.tileNotice())"))


def test_offline_in_an_area_never_seen_the_map_says_the_base_map_is_missing_then_offers_to_keep_it(
        qtbot, tiled_store, monkeypatch):
    _Tiles.online = False  # the tile server cannot be reached and nothing is cached
    w = open_map(qtbot, tiled_store)
    qtbot.waitUntil(lambda: notice(qtbot, w)["kind"] == "missing" and not notice(qtbot, w)["online"],
                    timeout=20_000)
    shown = notice(qtbot, w)
    assert shown["missing"] >= 4
    assert "No base map here offline" in shown["text"] and "network is back" in shown["text"]
    # Where a tile is missing the page draws the tile that says so, not the plain background.
    missing_tiles = js(qtbot, w, "Array.prototype.filter.call(document.querySelectorAll('img.leaflet-tile'),"
                                 " function (i) { return i.src.indexOf('data:image/svg') === 0; }).length")
    assert missing_tiles >= 4
    assert "No%20base%20map%20offline" in js(qtbot, w, "document.querySelector('img.leaflet-tile').src")
    assert _Tiles.seen == []
    # A click on its headline folds the notice to that line (and back): it must not hide the area.
    js(qtbot, w, "document.querySelector('.dd-notice [data-dd-act=fold]').click(); 1")
    assert "network is back" not in notice(qtbot, w)["text"]
    assert "No base map here offline" in notice(qtbot, w)["text"]

    # The network is back (the desk's sync says so): the map asks again, the tiles arrive, and the
    # notice offers to keep the area for offline use.
    _Tiles.online = True
    w.ctx.bus.sync_state_changed.emit(SyncState(connection="online"))
    qtbot.waitUntil(lambda: notice(qtbot, w)["kind"] == "offer", timeout=20_000)
    qtbot.waitUntil(lambda: notice(qtbot, w)["missing"] == 0 and len(_Tiles.seen) >= 4, timeout=20_000)
    assert "Prefetch this area" in notice(qtbot, w)["text"]

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    messages = []
    w.ctx.bus.status_message.connect(messages.append)
    qtbot.waitUntil(lambda: w.view_box is not None and not w.tiles._waiting, timeout=20_000)
    js(qtbot, w, "document.querySelector('.dd-notice [data-dd-act=prefetch]').click(); 1")
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert asked and "map tiles" in asked[0]
    assert "0 failed" in messages[0]
    box = w.view_box
    wanted = list(tiles_in_bounds(box["west"], box["south"], box["east"], box["north"],
                                  int(box["zoom"]), min(int(box["zoom"]) + 3, 18)))
    assert w.tile_cache.missing(wanted) == []
    assert notice(qtbot, w)["kind"] == ""  # the offer is answered


def test_a_tile_server_that_answers_shows_no_notice(qtbot, tiled_store):
    w = open_map(qtbot, tiled_store)
    qtbot.waitUntil(lambda: js(qtbot, w, "document.querySelectorAll('.leaflet-tile-loaded').length") >= 4,
                    timeout=20_000)
    qtbot.waitUntil(lambda: not w.tiles._waiting, timeout=20_000)
    assert notice(qtbot, w) == {"missing": 0, "online": True, "kind": "", "text": ""}


@pytest.mark.parametrize("how", ["cancel", "close", "button"])
def test_cancelling_a_prefetch_stops_the_download_whichever_way_it_is_asked(qtbot, tiled_store, tmp_path,
                                                                            monkeypatch, how):
    from dispatch_desk.ui.map.controls import prefetch_area

    w = open_map(qtbot, tiled_store, size=(900, 600))
    qtbot.waitUntil(lambda: w.view_box is not None and not w.tiles._waiting, timeout=20_000)
    _Tiles.delay = 0.03  # ~130 tiles a second over four connections: the job is still running when cancelled
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    box = w.view_box
    wanted = list(tiles_in_bounds(box["west"], box["south"], box["east"], box["north"],
                                  int(box["zoom"]), min(int(box["zoom"]) + 3, 18)))
    requested = len(w.tile_cache.missing(wanted))
    assert requested > 200
    messages = []
    w.ctx.bus.status_message.connect(messages.append)
    job = prefetch_area(w)
    assert job is not None
    dialog = w.findChild(QProgressDialog)
    progress = []
    job.progress.connect(lambda done, total, size: progress.append(done))
    qtbot.waitUntil(lambda: any(p >= 8 for p in progress), timeout=30_000)
    before = len(_Tiles.seen)
    with qtbot.waitSignal(job.finished, timeout=30_000) as ended:
        if how == "cancel":
            dialog.cancel()  # from code: QProgressDialog emits no canceled() for this
        elif how == "close":
            dialog.close()
        else:
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    fetched, failed, cancelled = ended.args
    assert cancelled and failed == 0
    stored = TileCache(tmp_path / "tiles.mbtiles")
    try:
        kept = len(wanted) - len(stored.missing(wanted))
    finally:
        stored.close()
    at_start = len(wanted) - requested
    assert fetched < requested and kept - at_start < requested
    # Only the fetches already under way when it was cancelled finish: four workers, a few tiles.
    assert len(_Tiles.seen) - before <= 12
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # gone once the job has ended
    assert messages and "(cancelled)" in messages[0]
