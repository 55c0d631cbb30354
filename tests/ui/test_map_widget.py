"""The grid map in a real QWebEngineView, offscreen, over a real cache filled with a small city."""

import json
import math
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # before pytest-qt creates the QApplication

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from dispatch_desk.domain.records import IncidentStatus, Officer, Role, Severity  # noqa: E402
from dispatch_desk.store import IncidentQuery, Store  # noqa: E402
from dispatch_desk.store.mbtiles import TileCache  # noqa: E402
from dispatch_desk.ui.context import AppBus, AppContext  # noqa: E402
from dispatch_desk.ui.map.sample import fill_store, sample_city  # noqa: E402
from dispatch_desk.ui.map.widget import MapWidget  # noqa: E402

LOAD_TIMEOUT = 30_000


@pytest.fixture
def city_store(tmp_path):
    ref, incidents = sample_city(cells=60, incidents=150, seed=11)
    store = Store.open(tmp_path / "cache.db")
    fill_store(store, ref, incidents)
    yield store
    store.close()


def open_map(qtbot, store, size=(1000, 700), officer=None):
    officer = officer or Officer("o1", "duty", "值班员", Role.OPS_OFFICER)
    ctx = AppContext(store, None, officer, AppBus())
    w = MapWidget(ctx)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # pytest-qt closes it after the test
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


def jv(qtbot, w, expr):
    """The JSON value of a JS expression (arrays and objects do not cross runJavaScript reliably)."""
    return json.loads(js(qtbot, w, f"JSON.stringify({expr})"))


def stats(qtbot, w):
    return json.loads(js(qtbot, w, "JSON.stringify(DD.stats())"))


def click_at(qtbot, w, lon, lat, button=Qt.MouseButton.LeftButton):
    x, y = jv(qtbot, w, f"(function(){{var p = map_dd.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y];}})()")
    target = w.view.focusProxy()
    QTest.mouseMove(target, QPoint(round(x), round(y)))
    QTest.mouseClick(target, button, Qt.KeyboardModifier.NoModifier, QPoint(round(x), round(y)))


def test_the_page_loads_with_no_request_leaving_the_machine(qtbot, city_store):
    w = open_map(qtbot, city_store)
    assert w.view.guard.blocked == []
    served = w.view.scheme.served
    assert any(u.endswith("/leaflet.js") for u in served) and any(u.endswith("/qwebchannel.js") for u in served)
    s = stats(qtbot, w)
    assert s["incidents"] == city_store.count_incidents(IncidentQuery(open_only=True)) > 0
    assert s["cellsShown"] == len(city_store.reference().grid_cells) and s["regionsShown"] == 6
    # The guard really blocks and counts: a page that tries to reach out is stopped.
    js(qtbot, w, "var i = new Image(); i.src = 'https://tile.example.com/1/2/3.png'; fetch('http://example.org/x').catch(function(){}); 1")
    qtbot.waitUntil(lambda: len(w.view.guard.blocked) == 2, timeout=10_000)
    assert {u.split("/")[2] for u in w.view.guard.blocked} == {"tile.example.com", "example.org"}


def test_clicking_a_marker_and_open_select_the_incident_in_the_app(qtbot, city_store):
    w = open_map(qtbot, city_store)
    target = next(r for r in city_store.query_incidents(IncidentQuery(open_only=True, severities=(4,)), 0, 1))
    js(qtbot, w, f"map_dd.setView([{target.lat}, {target.lon}], 18, {{animate: false}}); 1")
    with qtbot.waitSignal(w.ctx.bus.incident_selected, timeout=10_000) as got:
        click_at(qtbot, w, target.lon, target.lat)
    assert got.args == [target.id]
    qtbot.waitUntil(lambda: js(qtbot, w, "document.querySelector('.dd-open') !== null"), timeout=5_000)
    popup = js(qtbot, w, "document.querySelector('.leaflet-popup-content').innerText")
    assert target.title in popup
    with qtbot.waitSignal(w.ctx.bus.incident_selected, timeout=10_000) as got:
        js(qtbot, w, "document.querySelector('.dd-open').click(); 1")
    assert got.args == [target.id]


def test_show_incident_on_map_flies_to_it_and_highlights_it(qtbot, city_store):
    w = open_map(qtbot, city_store)
    target = city_store.query_incidents(IncidentQuery(open_only=True), 0, 1)[0]
    w.ctx.bus.show_incident_on_map.emit(target.id)
    qtbot.waitUntil(lambda: js(qtbot, w, "map_dd.getZoom()") >= 16, timeout=10_000)
    center = jv(qtbot, w, "(function(){var c = map_dd.getCenter(); return [c.lng, c.lat];})()")
    qtbot.waitUntil(lambda: abs(js(qtbot, w, "map_dd.getCenter().lng") - target.lon) < 1e-4, timeout=10_000)
    assert center is not None
    assert target.title in js(qtbot, w, "document.querySelector('.leaflet-popup-content').innerText")


def test_right_click_offers_a_new_incident_at_that_place(qtbot, city_store):
    w = open_map(qtbot, city_store)
    lon, lat = jv(qtbot, w, "(function(){var c = map_dd.getCenter(); return [c.lng, c.lat];})()")
    click_at(qtbot, w, lon, lat, Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: getattr(w, "_menu", None) is not None, timeout=10_000)
    with qtbot.waitSignal(w.ctx.bus.new_incident_at, timeout=5_000) as got:
        w._menu.actions()[0].trigger()
    assert got.args[0] == pytest.approx(lon, abs=2e-4) and got.args[1] == pytest.approx(lat, abs=2e-4)


def test_live_changes_arrive_as_diffs_without_reloading_the_page(qtbot, city_store):
    w = open_map(qtbot, city_store)
    js(qtbot, w, "window.stillHere = 'same page'; 1")
    before = stats(qtbot, w)
    rows = city_store.query_incidents(IncidentQuery(open_only=True), 0, 3)
    changed, closed = city_store.get_incident(rows[0].id), city_store.get_incident(rows[1].id)
    now = datetime.now(UTC)
    city_store.bulk_load_incidents([
        replace(changed, severity=Severity.CRITICAL, status=IncidentStatus.ACCEPTED, due_at=now - timedelta(minutes=5)),
        replace(closed, status=IncidentStatus.CLOSED, closed_at=now, due_at=None),
        replace(changed, id="new-1", code="NEW1", title="新上报：路灯不亮", status=IncidentStatus.REPORTED,
                due_at=now + timedelta(hours=4)),
    ])
    w.ctx.bus.data_changed.emit({"incident": {changed.id, closed.id, "new-1"}})
    qtbot.waitUntil(lambda: stats(qtbot, w)["version"] == before["version"] + 1, timeout=10_000)
    after = stats(qtbot, w)
    assert after["incidents"] == before["incidents"]  # one closed (off the open-only map), one new
    assert js(qtbot, w, "window.stillHere") == "same page"
    assert w.view.loads == 1
    assert jv(qtbot, w, f"DD.marker('{changed.id}')") == {"s": "accepted", "v": 4, "q": "overdue", "radius": 10, "stroke": "#b91c1c"}
    assert jv(qtbot, w, f"DD.marker('{closed.id}')") is None
    assert jv(qtbot, w, "DD.marker('new-1')")["s"] == "reported"
    load = jv(qtbot, w, f"DD.cellLoad('{changed.grid_cell}')")
    assert load == list(w.model.load[changed.grid_cell]) and load[2] >= 1


def test_the_queue_filter_filters_the_map(qtbot, city_store):
    w = open_map(qtbot, city_store)
    query = IncidentQuery(open_only=True, severities=(3, 4))
    w.ctx.bus.incident_filter_changed.emit(query)
    expected = city_store.count_incidents(query)
    qtbot.waitUntil(lambda: stats(qtbot, w)["incidents"] == expected, timeout=10_000)
    assert w.view.loads == 1
    shown = jv(qtbot, w, "DD.severities()")
    assert set(shown) <= {3, 4}


def test_drill_down_from_city_to_district_to_street_and_back(qtbot, city_store):
    w = open_map(qtbot, city_store)
    ref = city_store.reference()
    district = next(r for r in ref.regions if str(r.level) == "district")
    streets = [r for r in ref.regions if r.parent == district.code]
    # Click well inside the district's first street (a point inside its outline, not on a border), with
    # markers off so the click lands on the region.
    from shapely.geometry import Polygon as ShapelyPolygon

    inside = ShapelyPolygon(streets[0].polygon[0]).representative_point()
    js(qtbot, w, "DD.setHeat(true); 1")
    click_at(qtbot, w, inside.x, inside.y)
    qtbot.waitUntil(lambda: w.scope.get("code") == district.code, timeout=10_000)
    assert w.toolbar.trail_names() == ["Whole city", district.name]
    in_district = [c for c in ref.grid_cells if c.street in {s.code for s in streets}]
    assert stats(qtbot, w)["cellsShown"] == len(in_district)

    street = streets[0]
    click_at(qtbot, w, inside.x, inside.y)
    qtbot.waitUntil(lambda: w.scope.get("code") == street.code, timeout=10_000)
    assert w.toolbar.trail_names() == ["Whole city", district.name, street.name]
    assert stats(qtbot, w)["cellsShown"] == len([c for c in ref.grid_cells if c.street == street.code])

    crumb = next(b for b in w.toolbar.findChildren(type(w.toolbar.heat)) if b.text() == "Whole city")
    crumb.click()
    qtbot.waitUntil(lambda: w.scope.get("level") == "city", timeout=10_000)
    assert stats(qtbot, w)["cellsShown"] == len(ref.grid_cells)
    assert w.view.loads == 1


def test_a_street_supervisor_starts_on_their_street(qtbot, city_store):
    street = next(r for r in city_store.reference().regions if str(r.level) == "street")
    w = open_map(qtbot, city_store, officer=Officer("o2", "sup", "街道", Role.STREET_SUPERVISOR, region=street.code))
    qtbot.waitUntil(lambda: w.scope.get("code") == street.code, timeout=10_000)
    cells = [c for c in city_store.reference().grid_cells if c.street == street.code]
    assert stats(qtbot, w)["cellsShown"] == len(cells)


def test_measure_and_draw_an_operation_area(qtbot, city_store):
    w = open_map(qtbot, city_store)
    with qtbot.waitSignal(w.distance_measured, timeout=10_000) as got:
        js(qtbot, w, "DD.startMeasure(); DD.toolPoint(121.30, 31.10); DD.toolPoint(121.31, 31.10); DD.finishTool(); 1")
    expected = 6371008.8 * math.radians(0.01) * math.cos(math.radians(31.10))
    assert got.args[0] == pytest.approx(expected, rel=0.01)
    assert "Distance" in w.toolbar.distance.text()
    with qtbot.waitSignal(w.operation_area_drawn, timeout=10_000) as got:
        js(qtbot, w, "DD.startDraw(); DD.toolPoint(121.30, 31.10); DD.toolPoint(121.32, 31.10);"
                     "DD.toolPoint(121.32, 31.12); DD.finishTool(); 1")
    ring = got.args[0]
    assert len(ring) == 4 and ring[0] == ring[-1] == pytest.approx((121.30, 31.10))


def test_indicator_colors_the_cells_and_the_legend_names_it(qtbot, city_store):
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.records import Dimension, Indicator, Reading
    from dispatch_desk.domain.wire import Change

    ref = city_store.reference()
    district = next(r for r in ref.regions if str(r.level) == "district")
    ind = Indicator("pm25." + district.code, "PM2.5", Dimension.ENVIRONMENT, "μg/m³", district.code, warn=75, alarm=115)
    reading = Reading(ind.code, datetime.now(UTC) - timedelta(minutes=5), 130.0)
    city_store.apply_changes([
        Change(seq=1000, entity="indicator", key=ind.code, op="upsert", data=to_wire(ind)),
        Change(seq=1001, entity="reading", key=f"{ind.code}@x", op="upsert", data=to_wire(reading)),
    ], 1001)
    w = open_map(qtbot, city_store)
    w.ctx.bus.indicator_on_map.emit(ind.code)
    qtbot.waitUntil(lambda: stats(qtbot, w)["mode"] == "indicator", timeout=10_000)
    assert "PM2.5" in js(qtbot, w, "document.querySelector('.dd-legend').innerText")
    streets = {r.code for r in ref.regions if r.parent == district.code}
    cell = next(c for c in ref.grid_cells if c.street in streets)
    other = next(c for c in ref.grid_cells if c.street not in streets)
    assert js(qtbot, w, f"DD.cellFill('{cell.code}')") == "#dc2626"  # above the alarm line
    assert js(qtbot, w, f"DD.cellFill('{other.code}')") == "#e5e7eb"  # no reading there


def test_export_writes_a_standalone_map_that_opens_offline(qtbot, city_store, tmp_path):
    city_store.set_setting("map.tile_url", "http://127.0.0.1:9/{z}/{x}/{y}.png")  # tiles in the app, not the report
    w = open_map(qtbot, city_store)
    out = w.export_report(tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert "ddmap://" not in html and "QWebChannel = function" not in html

    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from dispatch_desk.ui.map.web import LOCAL_SCHEMES, OutsideRequestGuard

    view = QWebEngineView()
    qtbot.addWidget(view)
    profile = QWebEngineProfile(view)
    guard = OutsideRequestGuard(profile, allowed=LOCAL_SCHEMES | {"file"})  # the report file itself
    profile.setUrlRequestInterceptor(guard)
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=LOAD_TIMEOUT):
        view.load(QUrl.fromLocalFile(str(out)))
    box = []
    page.runJavaScript("JSON.stringify(DD.stats())", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    assert json.loads(box[0])["incidents"] == stats(qtbot, w)["incidents"]
    assert guard.blocked == [] and len({u.split(":")[0] for u in [out.as_uri()]}) == 1
    view.setPage(None)
    page.deleteLater()


class _Tiles(BaseHTTPRequestHandler):
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360f8cfc0f01f0005ff02fe5b1fc1f90000000049454e44ae426082")
    seen: list = []

    def do_GET(self):
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.png)))
        self.end_headers()
        self.wfile.write(self.png)

    def log_message(self, *args):
        pass


@pytest.fixture
def tile_server():
    _Tiles.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_tiles_are_fetched_in_the_background_cached_and_shown_offline(qtbot, city_store, tile_server, tmp_path):
    port = tile_server.server_address[1]
    city_store.set_setting("map.tile_url", f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png")
    city_store.set_setting("map.tile_cache", str(tmp_path / "tiles.mbtiles"))
    w = open_map(qtbot, city_store)
    qtbot.waitUntil(lambda: js(qtbot, w, "document.querySelectorAll('.leaflet-tile-loaded').length") >= 4,
                    timeout=20_000)
    assert w.view.guard.blocked == []  # the page only ever asked ddmap://tiles; Python fetched
    cache = TileCache(tmp_path / "tiles.mbtiles")
    qtbot.waitUntil(lambda: not w.tiles._waiting and cache.stats()[0] == len(set(_Tiles.seen)), timeout=20_000)
    fetched = set(_Tiles.seen)
    assert fetched
    z, x, y = (int(p) for p in sorted(fetched)[0].removesuffix(".png").strip("/").split("/"))
    assert TileCache(tmp_path / "tiles.mbtiles").get(z, x, y) == _Tiles.png
    w.close()

    tile_server.shutdown()  # offline now: the same view draws from the cache alone
    _Tiles.seen = []
    again = open_map(qtbot, city_store)
    qtbot.waitUntil(lambda: js(qtbot, again, "document.querySelectorAll('.leaflet-tile-loaded').length") >= 4,
                    timeout=20_000)
    assert _Tiles.seen == []


def test_prefetch_fills_the_cache_with_progress_and_can_be_cancelled(qtbot, tile_server, tmp_path):
    from dispatch_desk.store.mbtiles import count_tiles
    from dispatch_desk.ui.map.tiles import Prefetch

    port = tile_server.server_address[1]
    cache = TileCache(tmp_path / "t.mbtiles")
    box = (121.30, 31.10, 121.36, 31.14)
    job = Prefetch(cache, f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png", box, (12, 14))
    progress = []
    job.progress.connect(lambda d, t, b: progress.append((d, t, b)))
    with qtbot.waitSignal(job.finished, timeout=30_000) as done:
        job.start()
    total = count_tiles(*box, 12, 14)
    assert done.args == [total, 0, False]
    assert progress[-1][:2] == (total, total) and progress[-1][2] == total * len(_Tiles.png)
    assert cache.stats()[0] == total

    slow = Prefetch(cache, "unused", (121.0, 31.0, 121.6, 31.4), (12, 15),
                    fetch=lambda *_: (threading.Event().wait(0.02), b"x")[1])
    slow.progress.connect(lambda d, t, b: slow.cancel() if d >= 8 else None)
    with qtbot.waitSignal(slow.finished, timeout=30_000) as done:
        slow.start()
    fetched, failed, cancelled = done.args
    assert cancelled and 8 <= fetched < count_tiles(121.0, 31.0, 121.6, 31.4, 12, 15)
    cache.close()  # the jobs that shared it have finished


def test_operation_areas_are_drawn_and_follow_changes(qtbot, city_store):
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.records import Operation, OperationStatus
    from dispatch_desk.domain.wire import Change

    area = (((121.30, 31.10), (121.33, 31.10), (121.33, 31.12), (121.30, 31.12), (121.30, 31.10)),)
    op = Operation("op-1", "国际马拉松", "major_event", OperationStatus.ACTIVE, "o1", area=area)
    city_store.apply_changes([Change(seq=2000, entity="operation", key=op.id, op="upsert", data=to_wire(op))], 2000)
    w = open_map(qtbot, city_store)
    assert stats(qtbot, w)["operations"] == 1
    assert "国际马拉松" in js(qtbot, w, "document.querySelector('.dd-op-label').innerText")
    closed = replace(op, status=OperationStatus.CLOSED)
    city_store.apply_changes([Change(seq=2001, entity="operation", key=op.id, op="upsert", data=to_wire(closed))],
                             2001)
    w.ctx.bus.data_changed.emit({"operation": {op.id}})
    qtbot.waitUntil(lambda: stats(qtbot, w)["operations"] == 0, timeout=10_000)
    assert w.view.loads == 1


def test_toolbar_switches_heat_and_color_mode(qtbot, city_store):
    w = open_map(qtbot, city_store)
    w.toolbar.heat.click()
    qtbot.waitUntil(lambda: stats(qtbot, w)["heat"] is True, timeout=10_000)
    assert js(qtbot, w, "document.querySelectorAll('canvas.leaflet-heatmap-layer').length") == 1
    w.toolbar.heat.click()
    qtbot.waitUntil(lambda: stats(qtbot, w)["heat"] is False, timeout=10_000)
    overdue = w.toolbar.mode.findData("overdue")
    w.toolbar.mode.setCurrentIndex(overdue)
    w.toolbar.mode.activated.emit(overdue)
    qtbot.waitUntil(lambda: stats(qtbot, w)["mode"] == "overdue", timeout=10_000)
    legend = js(qtbot, w, "document.querySelector('.dd-legend').innerText")
    assert "Overdue incidents" in legend and "Open 1–2" not in legend


def test_a_city_wide_filter_still_takes_live_changes(qtbot, city_store):
    w = open_map(qtbot, city_store)
    city = next(r for r in city_store.reference().regions if str(r.level) == "city")
    w.ctx.bus.incident_filter_changed.emit(IncidentQuery(open_only=True, region=city.code))
    before = stats(qtbot, w)
    row = city_store.query_incidents(IncidentQuery(open_only=True), 0, 1)[0]
    incident = city_store.get_incident(row.id)
    city_store.bulk_load_incidents([replace(incident, id="new-city", code="NEWC", title="新事件")])
    w.ctx.bus.data_changed.emit({"incident": {"new-city"}})
    qtbot.waitUntil(lambda: stats(qtbot, w)["incidents"] == before["incidents"] + 1, timeout=10_000)


def test_prefetch_this_area_asks_with_an_estimate_then_fills_the_cache(qtbot, city_store, tile_server, tmp_path,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dispatch_desk.store.mbtiles import tiles_in_bounds
    from dispatch_desk.ui.map.controls import prefetch_area

    port = tile_server.server_address[1]
    city_store.set_setting("map.tile_url", f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png")
    city_store.set_setting("map.tile_cache", str(tmp_path / "tiles.mbtiles"))
    w = open_map(qtbot, city_store, size=(600, 400))
    assert w.toolbar.prefetch.isVisible()
    qtbot.waitUntil(lambda: w.view_box is not None, timeout=10_000)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    messages = []
    w.ctx.bus.status_message.connect(messages.append)
    qtbot.waitUntil(lambda: not w.tiles._waiting, timeout=20_000)  # what the page itself shows is in
    box = w.view_box
    bounds = (box["west"], box["south"], box["east"], box["north"])
    zooms = (int(box["zoom"]), min(int(box["zoom"]) + 3, 18))
    wanted = list(tiles_in_bounds(*bounds, *zooms))
    missing = len(w.tile_cache.missing(wanted))
    job = prefetch_area(w)
    assert job is not None
    assert asked and f"{missing} map tiles" in asked[0] and "MB" in asked[0]  # only missing tiles are counted
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert w.tile_cache.missing(wanted) == []
    assert "0 failed" in messages[0]


def test_the_legend_folds_to_its_title_on_a_small_map_and_opens_on_a_click(qtbot, city_store):
    w = open_map(qtbot, city_store, size=(700, 460))
    legend = "document.querySelector('.dd-legend')"
    assert js(qtbot, w, f"{legend}.classList.contains('dd-folded')") is True
    assert js(qtbot, w, f"{legend}.innerText").strip().startswith("Legend")
    assert "Incidents" not in js(qtbot, w, f"{legend}.innerText")
    js(qtbot, w, f"{legend}.querySelector('.dd-legend-head').click(); 1")
    assert js(qtbot, w, f"{legend}.classList.contains('dd-folded')") is False
    assert "Incidents" in js(qtbot, w, f"{legend}.innerText")


def test_a_warnings_area_is_drawn_with_its_headline_and_fills_the_view(qtbot, city_store):
    w = open_map(qtbot, city_store)
    square = [[121.46, 31.21], [121.48, 31.21], [121.48, 31.23], [121.46, 31.23], [121.46, 31.21]]
    feature = {"type": "Feature", "id": "cap-1", "properties": {"name": "台风橙色预警"},
               "geometry": {"type": "MultiPolygon", "coordinates": [[square]]}}
    w.ctx.bus.warning_on_map.emit(feature)
    qtbot.waitUntil(lambda: js(qtbot, w, "(document.querySelector('.dd-warning-label') || {innerText: ''})"
                                          ".innerText") == "台风橙色预警", timeout=5_000)
    view = jv(qtbot, w, "DD.view()")
    assert view["west"] <= 121.46 and view["east"] >= 121.48 and view["south"] <= 31.21 and view["north"] >= 31.23
    assert view["east"] - view["west"] < 0.02 * 6  # fitted to the area, not the whole city
    w.show_warning(None)
    qtbot.waitUntil(lambda: js(qtbot, w, "document.querySelectorAll('.dd-warning-label').length") == 0,
                    timeout=5_000)


def test_the_cap_warnings_in_force_are_on_the_map_as_they_come_and_go(qtbot, city_store, monkeypatch):
    from dispatch_desk.demo.cap_warning import typhoon_message
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.records import Alert, AlertLevel
    from dispatch_desk.domain.wire import Change
    from dispatch_desk.ui.shell import i18n

    monkeypatch.setattr(i18n, "_current", "zh_CN")  # the headline in Chinese, whatever an earlier test installed
    now = datetime.now(UTC).replace(microsecond=0)
    area = (((121.46, 31.21), (121.48, 31.21), (121.48, 31.23), (121.46, 31.23), (121.46, 31.21)),)
    warning = Alert("cap-1", AlertLevel.EXTERNAL, now, "台风", cap=typhoon_message(area, now), area=(area,))
    drill = replace(warning, id="cap-2", cap=replace(typhoon_message(area, now), status="Exercise"))
    seq = [city_store.cursor()]

    def put(*alerts: Alert) -> None:
        changes = [Change(seq=seq[0] + n + 1, entity="alert", key=a.id, op="upsert", data=to_wire(a))
                   for n, a in enumerate(alerts)]
        seq[0] += len(changes)
        city_store.apply_changes(changes, seq[0])

    put(warning, drill)
    w = open_map(qtbot, city_store)
    labels = "Array.from(document.querySelectorAll('.dd-warnings-label')).map(function (e) { return e.innerText; })"
    qtbot.waitUntil(lambda: jv(qtbot, w, labels) == ["示范市气象台发布台风“海鸥”橙色预警"], timeout=5_000)  # not the drill
    put(replace(warning, cleared_at=now))  # cancelled or expired: off every map
    w.ctx.bus.data_changed.emit({"alert": {"cap-1"}})
    qtbot.waitUntil(lambda: jv(qtbot, w, labels) == [], timeout=5_000)
