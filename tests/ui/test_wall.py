"""The wall display over a real cache: its figures are the cache's (checked against a count over the records
with the domain's SLA verdicts), its pages turn by themselves, sync changes show soon, and a network loss
or an unreadable cache leaves the last figures on the wall with a word on how old they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    Category,
    Dimension,
    Direction,
    Incident,
    IncidentStatus,
    Indicator,
    Officer,
    Operation,
    OperationStatus,
    Region,
    RegionLevel,
    Role,
    Severity,
    SlaRule,
    SlaStage,
    Source,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.sla import BUSINESS_TZ, SlaPolicy, local_midnight, sla_state
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.sync.state import SyncState
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n
from dispatch_desk.ui.wall import WallWindow

WAIT = 20_000
# 14:00 in the city: "today" began at 16:00 UTC the day before
NOW = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
LEADER = Officer("leader", "leader", "领导", Role.LEADER, region="C")


def square(west: float, south: float, size: float):
    return ((( west, south), (west + size, south), (west + size, south + size), (west, south + size), (west, south)),)


REGIONS = [
    Region("C", "示例市", RegionLevel.CITY, name_en="Sample City"),
    Region("D1", "东区", RegionLevel.DISTRICT, "C", polygon=square(121.4, 31.1, 0.2), name_en="East District"),
    Region("D2", "西区", RegionLevel.DISTRICT, "C", polygon=square(121.2, 31.1, 0.2), name_en="West District"),
    Region("S11", "东一街道", RegionLevel.STREET, "D1", polygon=square(121.4, 31.1, 0.1)),
    Region("S12", "东二街道", RegionLevel.STREET, "D1", polygon=square(121.5, 31.2, 0.1)),
    Region("S21", "西一街道", RegionLevel.STREET, "D2", polygon=square(121.2, 31.1, 0.1)),
]
CATEGORIES = [Category("pipe_burst", "管道爆裂", name_en="Pipe burst")]
RULES = [SlaRule("pipe_burst", SlaStage.ACCEPT, 60, 15), SlaRule("pipe_burst", SlaStage.DISPOSE, 240, 60)]
INDICATORS = [
    Indicator("AQI", "空气质量", Dimension.ENVIRONMENT, "", "C", warn=150, alarm=200, decimals=0),
    Indicator("BUS", "公交准点率", Dimension.TRAFFIC, "%", "C", warn=85, alarm=80, direction=Direction.DOWN),
    Indicator("WATER-S11", "积水深度", Dimension.SAFETY, "cm", "S11", warn=10, alarm=20),
]
# (street, status, hours before NOW it was reported, hours from NOW to its deadline, closed hours before NOW)
PLAN = [
    ("S11", IncidentStatus.DISPATCHED, 3, -2, None),  # overdue two hours
    ("S11", IncidentStatus.DISPATCHED, 30, -20, None),  # reported yesterday, overdue the longest
    ("S11", IncidentStatus.ACCEPTED, 1, 0.5, None),  # near its deadline
    ("S12", IncidentStatus.ACCEPTED, 2, 3, None),
    ("S12", IncidentStatus.CLOSED, 5, None, 1),  # closed today
    ("S21", IncidentStatus.CLOSED, 40, None, 26),  # closed yesterday
    ("S21", IncidentStatus.SUSPENDED, 4, -1, None),  # its clock stands: not overdue
    ("S21", IncidentStatus.DISPATCHED, 6, -0.5, None),
]


def made(n: int, street: str, status: IncidentStatus, reported: float, due: float | None,
         closed: float | None) -> Incident:
    at = NOW - timedelta(hours=reported)
    return Incident(
        id=f"inc-{n}", title=f"管道爆裂 {n}", category="pipe_burst", source=Source.HOTLINE_12345,
        severity=Severity.NORMAL, status=status, lon=121.45, lat=31.15, reported_at=at, updated_at=at,
        code=f"2026120300{n:03d}", street=street, district="D1" if street.startswith("S1") else "D2",
        lead_agency="WATER", due_at=None if due is None else NOW + timedelta(hours=due),
        closed_at=None if closed is None else NOW - timedelta(hours=closed), supervised=n == 0,
        suspended_at=at if status is IncidentStatus.SUSPENDED else None,
    )


INCIDENTS = [made(n, *row) for n, row in enumerate(PLAN)]


def changes(records) -> list[Change]:
    rows = [(entity, getattr(r, "id", None) or getattr(r, "code", None) or f"{r.category}:{r.stage.value}", r)
            for entity, records_of in records for r in records_of]
    return [Change(seq=n + 1, entity=entity, key=key, op="upsert", data=to_wire(r))
            for n, (entity, key, r) in enumerate(rows)]


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cache.db")
    operation = Operation("op-1", "防汛联动", "flood", OperationStatus.ACTIVE, "leader", level=2,
                          started_at=NOW - timedelta(hours=3))
    tasks = [Task(f"t-{n}", "op-1", "WATER", f"任务 {n}", status, NOW - timedelta(hours=2), NOW,
                  due_at=NOW + timedelta(hours=due)) for n, (status, due) in
             enumerate(((TaskStatus.ASSIGNED, -1), (TaskStatus.IN_PROGRESS, 2), (TaskStatus.DONE, -1)))]
    alerts = [Alert("al-1", AlertLevel.ALARM, NOW - timedelta(minutes=20), "积水深度告警", indicator="WATER-S11",
                    region="S11", value=23.0),
              Alert("al-2", AlertLevel.WARN, NOW - timedelta(hours=2), "旧预警", cleared_at=NOW - timedelta(hours=1))]
    s.apply_changes(changes([("region", REGIONS), ("category", CATEGORIES), ("sla_rule", RULES),
                             ("indicator", INDICATORS), ("incident", INCIDENTS), ("operation", [operation]),
                             ("task", tasks), ("alert", alerts)]), 100)
    readings = [("AQI", 80.0), ("BUS", 90.0), ("WATER-S11", 23.0)]
    s.apply_changes([Change(seq=200 + n, entity="reading", key=f"{code}@{(NOW - timedelta(minutes=m)).isoformat()}",
                            op="upsert", data={"indicator": code, "at": (NOW - timedelta(minutes=m)).isoformat(),
                                               "value": value + m / 100})
                     for n, (code, value, m) in enumerate((c, v, m) for c, v in readings for m in (5, 65, 125))], 300)
    yield s
    s.close()


@pytest.fixture
def wall(qtbot, store, monkeypatch):
    monkeypatch.setattr(i18n, "_current", "zh_CN")  # names from the data in Chinese
    ctx = AppContext(store, None, LEADER, AppBus(), workspace="lead")
    window = WallWindow(ctx, rotate_seconds=3600, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=WAIT)
    yield window, ctx
    window.close()


def test_the_figures_are_what_the_cache_holds(wall):
    window, _ = wall
    s = window.snapshot
    policy = SlaPolicy(categories=CATEGORIES, rules=RULES, regions=REGIONS)
    day = local_midnight(NOW)
    assert day == datetime(2026, 12, 3, tzinfo=BUSINESS_TZ)
    open_ = [i for i in INCIDENTS if i.status is not IncidentStatus.CLOSED]
    overdue = [i for i in INCIDENTS if sla_state(i, NOW, policy)[0].value == "overdue"]
    assert (s.city.open, s.city.overdue) == (len(open_), len(overdue)) == (6, 3)
    assert s.city.near == sum(1 for i in INCIDENTS if sla_state(i, NOW, policy)[0].value == "near") == 1
    assert s.city.reported == sum(1 for i in INCIDENTS if i.reported_at >= day) == 6
    assert s.city.closed == 1 and s.city.supervised == 1
    assert {f.code: (f.open, f.overdue) for f in s.districts} == {"D1": (4, 2), "D2": (2, 1)}
    assert s.districts[0].code == "D1"  # the busiest first
    assert s.streets["S21"].overdue == 1  # the suspended one is not overdue
    # the longest overdue first, with names
    assert [item.id for item in s.overdue] == ["inc-1", "inc-0", "inc-7"]
    assert s.overdue[0].category == "管道爆裂" and s.overdue[0].place == "东一街道"
    assert len(s.overdue_points) == 3
    # the indicator in alarm comes before the city's headline ones
    assert [i.indicator.code for i in s.indicators] == ["WATER-S11", "AQI", "BUS"]
    assert s.indicators[0].level == 2 and s.indicators[0].name == "积水深度 · 东一街道"
    assert len(s.indicators[1].spark) == 3 and s.indicators[1].value == pytest.approx(80.05)
    assert (s.alerts.alarms, s.alerts.cleared) == (1, 1)
    assert [a.title for a in s.active_alerts] == ["积水深度 · 东一街道"] and s.active_alerts[0].value == "23.0 cm"
    assert [(o.name, o.open_tasks, o.overdue_tasks) for o in s.operations] == [("防汛联动", 2, 1)]


def test_pages_turn_by_themselves_and_by_the_keys(qtbot, store):
    ctx = AppContext(store, None, LEADER, AppBus(), workspace="lead")
    window = WallWindow(ctx, rotate_seconds=1, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    seen = {window.pages.currentIndex()}
    qtbot.waitUntil(lambda: seen.add(window.pages.currentIndex()) or len(seen) == window.pages.count(), timeout=WAIT)

    def key(k: Qt.Key) -> None:
        QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier))

    key(Qt.Key.Key_Space)
    assert window.paused and not window.rotation.isActive()
    at = window.pages.currentIndex()
    key(Qt.Key.Key_Right)
    assert window.pages.currentIndex() == (at + 1) % window.pages.count()
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_Left)
    assert window.pages.currentIndex() == (at - 1) % window.pages.count()
    key(Qt.Key.Key_Space)
    assert not window.paused and window.rotation.isActive()
    with qtbot.waitSignal(window.closed, timeout=WAIT):
        key(Qt.Key.Key_Escape)


def test_a_change_from_sync_shows_soon(qtbot, wall, store):
    window, ctx = wall
    before = window.snapshot.city.reported
    fresh = replace(INCIDENTS[3], id="inc-new", code="2026120300999", reported_at=NOW - timedelta(minutes=3))
    store.apply_changes([Change(seq=400, entity="incident", key=fresh.id, op="upsert", data=to_wire(fresh))], 400)
    ctx.bus.data_changed.emit({"incident": {fresh.id}})
    qtbot.waitUntil(lambda: window.snapshot.city.reported == before + 1, timeout=WAIT)


def test_offline_the_wall_says_since_when_and_keeps_its_figures(wall):
    window, ctx = wall
    assert window.freshness()[0].startswith("From this desk's cache") or window.freshness()[0] == "仅本机缓存数据"
    i18n.install("en")
    try:
        ctx.bus.sync_state_changed.emit(SyncState(connection="online", last_success=NOW))
        assert window.freshness()[0] == "Live · updated 14:00:00"
        ctx.bus.sync_state_changed.emit(SyncState(connection="offline", last_success=NOW - timedelta(minutes=12)))
        assert window.freshness()[0] == "Offline · figures as of the last sync at 13:48:00"
        assert window.snapshot.city.open == 6
    finally:
        i18n.install("en")


def test_an_unreadable_cache_keeps_the_last_figures(qtbot, wall, tmp_path):
    window, _ = wall
    shown = window.snapshot
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 100)
    window._path = broken
    window.refresh()
    qtbot.waitUntil(lambda: window.failed != "", timeout=WAIT)
    assert window.snapshot is shown
    assert window.freshness()[0] in ("The local cache could not be read; showing the last figures",
                                     "本机缓存读取失败，显示上次的数据")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_every_page_paints_readably(qtbot, wall, lang, size):
    window, _ = wall
    i18n.install(lang)
    try:
        window.resize(*size)
        titles = []
        for n in range(window.pages.count()):
            window.show_page(n)
            image = window.grab().toImage()
            assert image.width() == size[0]
            # something is drawn: the page is not one flat colour
            colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
            assert len(colours) > 20
            titles.append(window.current_page().title())
        assert titles == (["城市运行总览", "城市体征", "区、街道态势与联动指挥"] if lang == "zh_CN"
                          else ["City overview", "City vital signs", "Districts, streets and joint command"])
    finally:
        i18n.install("en")


def test_an_indicator_without_a_reading_claims_no_level(wall):
    window, _ = wall
    from dispatch_desk.ui.wall.paint import GOOD, MUTED, reading_state

    aqi = next(i for i in window.snapshot.indicators if i.indicator.code == "AQI")
    assert reading_state(aqi)[1] == GOOD
    silent = replace(aqi, value=None, at=None, spark=())
    word, colour = reading_state(silent)
    assert colour == MUTED and word in ("No reading yet", "尚无读数")


def test_plus_and_minus_set_how_long_a_page_shows_and_the_wall_keeps_it(qtbot, store):
    from dispatch_desk.ui.shell import prefs

    ctx = AppContext(store, None, LEADER, AppBus(), workspace="lead")
    window = WallWindow(ctx, clock=lambda: NOW)
    qtbot.addWidget(window)
    assert window.page_seconds == 20 and window.rotation.interval() == 20_000  # the default
    def key(k: Qt.Key) -> None:
        QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier))

    for _ in range(3):
        key(Qt.Key.Key_Plus)
    assert window.rotation.interval() == 35_000 and prefs.WALL_PAGE_SECONDS.get() == 35
    for _ in range(10):
        key(Qt.Key.Key_Minus)
    assert window.page_seconds == 10  # never shorter than readable
    again = WallWindow(ctx, clock=lambda: NOW)
    qtbot.addWidget(again)
    assert again.rotation.interval() == 10_000  # the next start keeps it
