"""The vital-signs dashboard and alerts, on a real cache, offscreen."""

from __future__ import annotations

import csv
import sys
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    Category,
    Dimension,
    Indicator,
    Officer,
    Region,
    RegionLevel,
    Role,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.ui.charts import AlertsWidget, DashboardWidget
from dispatch_desk.ui.charts.tiles import CompareTile, NumberTile, SeriesTile, TileConfig
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n

SQUARE = (((121.40, 31.15), (121.60, 31.15), (121.60, 31.30), (121.40, 31.30), (121.40, 31.15)),)
REGIONS = [
    Region("SJ", "申江市", RegionLevel.CITY, None, SQUARE),
    Region("SJ-PD", "浦东区", RegionLevel.DISTRICT, "SJ"),
    Region("SJ-HP", "黄浦区", RegionLevel.DISTRICT, "SJ"),
]
INDICATORS = [
    Indicator("pm25.SJ", "PM2.5浓度", Dimension.ENVIRONMENT, "μg/m³", "SJ", warn=75, alarm=115, decimals=0),
    Indicator("pm25.SJ-PD", "PM2.5浓度", Dimension.ENVIRONMENT, "μg/m³", "SJ-PD", warn=75, alarm=115, decimals=0),
    Indicator("pm25.SJ-HP", "PM2.5浓度", Dimension.ENVIRONMENT, "μg/m³", "SJ-HP", warn=75, alarm=115, decimals=0),
    Indicator("load.SJ", "用电负荷", Dimension.UTILITIES, "万kW", "SJ", warn=950, alarm=1000),
]
CATEGORIES = [Category("air", "大气污染", "生态环境", None, Dimension.ENVIRONMENT)]
OFFICER = Officer("o1", "ops", "王值班", Role.OPS_OFFICER, region="SJ")


def _changes(entity, records, key, start=1):
    return [Change(seq=start + i, entity=entity, key=key(r), op="upsert", data=to_wire(r)) for i, r in enumerate(records)]


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cache.db")
    seq = 1
    changes = []
    for entity, records, key in (
        ("region", REGIONS, lambda r: r.code),
        ("indicator", INDICATORS, lambda r: r.code),
        ("category", CATEGORIES, lambda r: r.code),
    ):
        changes += _changes(entity, records, key, seq)
        seq += len(records)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    readings = []
    for ind in INDICATORS:
        base = 900 if ind.code.startswith("load") else 40
        for k in range(8 * 96, 0, -1):  # eight days of 15-minute readings
            at = now - timedelta(minutes=15 * k)
            value = base * (1 + 0.2 * np.sin(at.timestamp() / 86400 * 2 * np.pi))
            readings.append({"indicator": ind.code, "at": to_wire_time(at), "value": round(float(value), 2)})
    for r in readings:
        changes.append(Change(seq=seq, entity="reading", key=f"{r['indicator']}@{r['at']}", op="upsert", data=r))
        seq += 1
    s.apply_changes(changes, seq)
    yield s
    s.close()


def to_wire_time(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(store):
    return AppContext(store=store, engine=None, officer=OFFICER, bus=AppBus(), workspace="ops")


def _dashboard(qtbot, ctx, settings):
    w = DashboardWidget(ctx, settings=settings)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    qtbot.waitUntil(lambda: all(w.feed.ladder(c).last_time for t in w.tiles for c in t.config.indicators), timeout=10000)
    return w


def test_first_dashboard_shows_city_indicators_with_thresholds(qtbot, ctx, settings):
    w = _dashboard(qtbot, ctx, settings)
    shown = {t.config.indicators[0] for t in w.tiles}
    assert shown == {"pm25.SJ", "load.SJ"}  # city level, with an alarm threshold, one per dimension
    w.tick()
    series = next(t for t in w.tiles if isinstance(t, SeriesTile))
    xs, ys = series.curve.getData()
    assert len(xs) > 0
    assert len(xs) <= series.width()  # never more points than pixels
    number = next(t for t in w.tiles if isinstance(t, NumberTile))
    assert number.value.text() not in ("", "—")


def test_live_reading_reaches_the_chart_on_the_next_tick(qtbot, ctx, settings):
    w = _dashboard(qtbot, ctx, settings)
    w.window_box.setCurrentIndex(1)  # one hour
    series = next(t for t in w.tiles if isinstance(t, SeriesTile))
    code = series.indicators[0].code
    now = datetime.now(UTC).timestamp()
    w.feed.push(code, now, 123.0)
    w.tick()
    xs, ys = series.curve.getData()
    assert xs[-1] == pytest.approx(now)
    assert ys[-1] == pytest.approx(123.0)


def test_readings_arriving_through_sync_are_read_incrementally(qtbot, ctx, settings, store):
    w = _dashboard(qtbot, ctx, settings)
    at = datetime.now(UTC) + timedelta(seconds=5)
    data = {"indicator": "pm25.SJ", "at": to_wire_time(at), "value": 150.0}
    key = f"pm25.SJ@{data['at']}"
    store.apply_changes([Change(seq=100000, entity="reading", key=key, op="upsert", data=data)], 100000)
    ctx.bus.data_changed.emit({"reading": {key}})
    qtbot.waitUntil(lambda: w.feed.ladder("pm25.SJ").last_value == 150.0, timeout=5000)


def test_layout_is_saved_per_officer_and_restored(qtbot, ctx, settings):
    w = _dashboard(qtbot, ctx, settings)
    w.add_tile(w.tiles[0].config.__class__("number", ["pm25.SJ-PD"]))
    w.window_box.setCurrentIndex(4)  # 7 days
    saved = [t.config.to_json() for t in w.tiles]
    again = _dashboard(qtbot, ctx, settings)
    assert [t.config.to_json() for t in again.tiles] == saved
    assert again.window == 7 * 86400


def test_damaged_saved_layout_falls_back_to_the_default(qtbot, ctx, settings):
    settings.setValue("charts/ops/ops/layout", '{"version": 1, "window": 3600, "tiles": [{"kind": "pie"}]}')
    w = _dashboard(qtbot, ctx, settings)
    assert {t.config.indicators[0] for t in w.tiles} == {"pm25.SJ", "load.SJ"}


def test_drill_down_compares_the_districts(qtbot, ctx, settings):
    w = _dashboard(qtbot, ctx, settings)
    tile = w.drill_down("pm25.SJ")
    assert isinstance(tile, CompareTile)
    assert set(tile.curves) == {"pm25.SJ-PD", "pm25.SJ-HP"}
    qtbot.waitUntil(lambda: all(w.feed.ladder(c).last_time for c in tile.curves), timeout=5000)
    w.tick()
    assert all(len(c.getData()[0]) for c in tile.curves.values())
    assert w.drill_down("pm25.SJ-PD") is None  # no streets below in this city


def test_map_coloring_is_requested_through_the_bus(qtbot, ctx, settings):
    w = _dashboard(qtbot, ctx, settings)
    with qtbot.waitSignal(ctx.bus.indicator_on_map) as sig:
        w.tiles[0].map_requested.emit(w.tiles[0].indicators[0].code)
    assert sig.args == [w.tiles[0].indicators[0].code]


def test_forecast_band_and_outlook_are_drawn(qtbot, ctx, settings):
    w = _dashboard(qtbot, ctx, settings)
    series = next(t for t in w.tiles if isinstance(t, SeriesTile))
    w.update_forecasts()
    qtbot.waitUntil(lambda: series.forecast is not None, timeout=10000)
    xs, _ = series.fc_mean.getData()
    assert len(xs) == 4 and xs[0] > series.curve.getData()[0][-1]
    assert series.outlook.text()


def test_export_png_and_csv(qtbot, ctx, settings, tmp_path):
    w = _dashboard(qtbot, ctx, settings)
    w.tick()
    assert w.export_png(str(tmp_path / "charts.png"))
    assert (tmp_path / "charts.png").stat().st_size > 5000
    n = w.export_csv(str(tmp_path / "one.csv"), w.tiles[0])
    with open(tmp_path / "one.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert n == len(rows) - 1 > 10
    assert rows[1][1] in ("PM2.5浓度", "用电负荷")


def test_repeated_chart_updates_keep_none_refcount_stable(qtbot, ctx, settings):
    """docs/architecture.md §8: PySide6 6.12.0 loses a reference to None on every paint and crashes later."""
    w = _dashboard(qtbot, ctx, settings)
    w.window_box.setCurrentIndex(1)
    code = w.tiles[0].indicators[0].code
    t0 = datetime.now(UTC).timestamp()

    def churn(n):
        for i in range(n):
            w.feed.push(code, t0 + i + churn.offset, 50.0 + i % 7)
            w.tick()
            w.grab()
        churn.offset += n

    churn.offset = 0
    churn(20)  # warm caches
    before = sys.getrefcount(None)
    churn(100)
    assert abs(sys.getrefcount(None) - before) < 100  # a leaking build drops thousands here


def test_screenshot_is_readable(qtbot, ctx, settings, tmp_path):
    w = _dashboard(qtbot, ctx, settings)
    w.tick()
    qtbot.wait(100)  # let the layouts settle as the event loop would
    image = w.grab().toImage()
    assert not image.isNull() and image.width() >= 1400
    # Not blank: the charts and labels put many distinct colors on the page.
    colors = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colors) > 20
    image.save(str(tmp_path / "dashboard.png"))


def test_alerts_list_and_prefilled_incident(qtbot, ctx, store):
    alert = Alert(
        "al-1", AlertLevel.ALARM, datetime.now(UTC), "PM2.5超标", indicator="pm25.SJ-PD", region="SJ-PD", value=132.0
    )
    store.apply_changes([Change(seq=200000, entity="alert", key="al-1", op="upsert", data=to_wire(alert))], 200000)
    w = AlertsWidget(ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.table.rowCount() == 1, timeout=5000)
    assert w.table.item(0, 2).text() == "PM2.5浓度"
    assert w.table.item(0, 3).text() == "浦东区"
    w.table.selectRow(0)
    assert not w.ack.isEnabled()  # no sync engine: nothing can be sent
    args = w.incident_args(w.selected())
    assert args["category"] == "air"  # the environment category, from the indicator's dimension
    assert args["source"] == "indicator_alarm" and args["indicator"] == "pm25.SJ-PD"
    assert "132" in args["title"] and "浦东区" in args["title"]
    assert 121.40 <= args["lon"] <= 121.60 and 31.15 <= args["lat"] <= 31.30


def _empty_ctx(tmp_path):
    s = Store.open(tmp_path / "empty.db")
    return s, AppContext(store=s, engine=None, officer=OFFICER, bus=AppBus(), workspace="ops")


def _deliver_reference(store, ctx):
    changes = _changes("region", REGIONS, lambda r: r.code, 1) + _changes("indicator", INDICATORS, lambda r: r.code, 10)
    store.apply_changes(changes, 20)
    ctx.bus.data_changed.emit({"region": {r.code for r in REGIONS}, "indicator": {i.code for i in INDICATORS}})


def test_a_first_start_shows_the_default_charts_once_sync_brings_the_indicators(qtbot, tmp_path, settings):
    store, ctx = _empty_ctx(tmp_path)
    before = DashboardWidget(ctx, settings=settings)  # an earlier start that ended before any indicator came
    qtbot.addWidget(before)
    w = DashboardWidget(ctx, settings=settings)
    qtbot.addWidget(w)
    assert w.tiles == [] and w.tree.tree.topLevelItemCount() == 0
    _deliver_reference(store, ctx)
    qtbot.waitUntil(lambda: len(w.tiles) == 2, timeout=5000)
    assert w.tree.tree.topLevelItemCount() == 2
    store.close()


def test_a_saved_layout_waits_for_its_indicators_instead_of_being_lost(qtbot, tmp_path, settings):
    settings.setValue("charts/ops/ops/layout",
                      '{"version": 1, "window": 3600, "tiles": [{"kind": "number", "indicators": ["pm25.SJ-HP"]}]}')
    store, ctx = _empty_ctx(tmp_path)
    w = DashboardWidget(ctx, settings=settings)
    qtbot.addWidget(w)
    w.window_box.setCurrentIndex(2)  # a change saves the layout while the tile is still waiting
    assert "pm25.SJ-HP" in settings.value("charts/ops/ops/layout")
    _deliver_reference(store, ctx)
    qtbot.waitUntil(lambda: [t.config.indicators for t in w.tiles] == [["pm25.SJ-HP"]], timeout=5000)
    store.close()


@pytest.mark.parametrize("direction", ["up", "down"])
def test_only_the_values_beyond_the_alarm_line_are_shaded(qtbot, direction):
    from PySide6.QtCore import QPointF

    from dispatch_desk.domain.records import Direction
    from dispatch_desk.domain.series import ResolutionLadder

    up = direction == "up"
    ind = Indicator("x", "公交准点率", Dimension.TRAFFIC, "%", "SJ", warn=85 if not up else 75,
                    alarm=80 if not up else 90, direction=Direction(direction))
    tile = SeriesTile(TileConfig("series", ["x"]), [ind], {"SJ": "申江市"})
    qtbot.addWidget(tile)
    tile.resize(500, 260)
    tile.show()
    ladder, now = ResolutionLadder(), 1_800_000_000.0
    ladder.extend(now - 3600 + np.arange(3600.0), 84 + np.sin(np.arange(3600) / 300))
    tile.refresh({"x": ladder.window(now - 3600, now, 400)}, now, 3600)
    qtbot.wait(50)
    image = tile.plot.grab().toImage()

    def shade(value):
        point = tile.plot.mapFromScene(tile.plot.getViewBox().mapViewToScene(QPointF(now - 2400, value)))
        color = image.pixelColor(point.x(), point.y())
        return color.red() > color.green() + 5  # the alarm zone's red tint on the grey background

    _, (y0, y1) = tile.plot.viewRange()
    beyond = (ind.alarm + y1) / 2 if up else (y0 + ind.alarm) / 2
    inside = (ind.warn + ind.alarm) / 2  # between the lines: not yet an alarm
    assert shade(beyond) and not shade(inside)  # tinted beyond the alarm line, and only there


def test_a_series_tile_before_its_first_reading_shows_now_and_its_thresholds_and_says_why(qtbot):
    from dispatch_desk.domain.series import ResolutionLadder

    i18n.install("en")
    ind = Indicator("x", "易积水点水深", Dimension.SAFETY, "cm", "SJ", warn=15, alarm=27)
    tile = SeriesTile(TileConfig("series", ["x"]), [ind], {"SJ": "申江市"})
    qtbot.addWidget(tile)
    tile.resize(500, 260)
    tile.show()
    now = 1_800_000_000.0
    tile.refresh({}, now, 3600)
    (x0, x1), (y0, y1) = tile.plot.viewRange()
    assert x0 <= now - 3600 and now <= x1 <= now + 120  # the last hour up to now, not 1970
    assert y0 < ind.warn and ind.alarm < y1  # both threshold lines in view
    assert tile.outlook.text() == "No readings yet"
    ladder = ResolutionLadder()
    ladder.extend(now - 600 + np.arange(600.0), np.full(600, 12.0))
    tile.refresh({"x": ladder.window(now - 3600, now, 400)}, now, 3600)
    assert tile.outlook.text() == ""
