"""CAP warnings in the alerts list, end to end: posted to a loopback central service, synced to an ops
officer's desk, shown in the desk's language with severity, urgency and certainty, an Exercise shown
but never counted, and the plan a warning proposes started only when the officer says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Signal

from dispatch_desk.central import cap as central_cap
from dispatch_desk.central import ledger
from dispatch_desk.domain.records import Operation, Role
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.ui import tasks
from dispatch_desk.ui.charts import AlertsWidget
from dispatch_desk.ui.charts.alerts import ID_ROLE
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n
from tests.central.test_cap import TYPHOON_PLAN, XML, fresh, sample
from tests.support.central import DEFAULT_PASSWORD, city_bundle


class _Relay(QObject):
    changed = Signal(object)


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")  # the source texts, whatever an earlier test installed


def _desk(central, tmp_path, qtbot, username: str, role: Role, region: str):
    central.create_officer(username, role, region=region)
    path = tmp_path / f"{username}.sqlite"
    engine = SyncEngine(path, central.url, f"desk-{username}", live=False)
    engine.login(username, DEFAULT_PASSWORD)
    engine.sync_once()
    store = Store.open(path)
    bus, relay = AppBus(), _Relay()
    relay.changed.connect(bus.data_changed)
    engine.subscribe(lambda kind, payload: relay.changed.emit(payload) if kind == "changed" else None)
    widget = AlertsWidget(AppContext(store, engine, engine.officer, bus))
    qtbot.addWidget(widget)
    return engine, store, widget, bus


@pytest.fixture
def desk(central, tmp_path, qtbot):
    central.load(city_bundle())
    central.add(TYPHOON_PLAN)
    central_cap.add_trigger(central.storage, "plan-typhoon", "台风", "Severe")
    central.create_officer("feed", Role.OPS_OFFICER, region="C")
    engine, store, widget, bus = _desk(central, tmp_path, qtbot, "wang", Role.OPS_OFFICER, "C")
    yield central, engine, store, widget, bus
    bus.blockSignals(True)
    widget.close()
    tasks.wait_for_jobs(10.0)
    tasks.on_every_pool_thread(engine.close)
    engine.close()
    store.close()


def _post(central, body: bytes) -> str:
    resp = central.client("feed").post("/api/v1/cap", data=body, headers=XML)
    assert resp.status_code == 201, resp.text
    return resp.json()["alerts"][0]


def _row_of(widget, alert_id: str) -> int:
    return next(r for r in range(widget.table.rowCount()) if widget.table.item(r, 0).data(ID_ROLE) == alert_id)


def test_a_cap_warning_shows_its_axes_and_proposes_its_plan_to_start(desk, qtbot):
    central, engine, store, widget, _bus = desk
    now = datetime.now(UTC)
    warning = _post(central, fresh(sample("typhoon_warning.xml")))
    exercise = _post(central, fresh(sample("typhoon_warning.xml"), identifier="EX-1", status="Exercise"))
    expired = _post(central, fresh(sample("thunderstorm_warning.xml"), now - timedelta(minutes=70)))
    engine.sync_once()
    widget.reload()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 3, timeout=10000)
    row = _row_of(widget, warning)
    texts = [widget.table.item(row, c).text() for c in range(widget.table.columnCount())]
    assert texts[1] == "External" and texts[2] == "Typhoon orange warning for the city"  # the English block
    assert texts[3] == "D1区" and texts[4] == "Severe · Expected · Likely"
    assert "Typhoon plan" in texts[5]  # the proposal, in the status
    tip = widget.table.item(row, 2).toolTip()
    assert "Stop outdoor work" in tip and "City Meteorological Office" in tip
    ex_row = _row_of(widget, exercise)
    assert widget.table.item(ex_row, 2).text().startswith("[Exercise]")
    # counted: the Actual warning; not the Exercise; the expired thunderstorm as cleared
    counts = widget.counts
    assert (counts.warnings, counts.cleared, counts.alarms) == (1, 1, 0)
    assert widget.table.item(_row_of(widget, expired), 5).text().startswith("Expired")

    # nothing was started by itself; the officer starts the proposed plan
    with central.storage.transaction() as tx:
        assert ledger.all_of(tx, Operation) == []
    widget.table.selectRow(ex_row)
    assert not widget.start_plan.isEnabled()  # an Exercise proposes nothing
    widget.table.selectRow(_row_of(widget, warning))
    assert widget.start_plan.isVisibleTo(widget) and widget.start_plan.isEnabled()
    assert "Typhoon plan" in widget.start_plan.text()
    opened: list[str] = []
    widget.ctx.bus.operation_selected.connect(opened.append)
    op_id = widget.start_plan_for_selected()
    assert op_id is not None
    qtbot.waitUntil(lambda: store.get("operation", op_id) is not None, timeout=10000)
    qtbot.waitUntil(lambda: opened == [op_id], timeout=10000)
    engine.sync_once()
    with central.storage.transaction() as tx:
        op = ledger.get(tx, Operation, op_id)
    assert op is not None and op.plan == "plan-typhoon" and op.status.value == "active" and op.regions == ("D1",)
    assert op.area and op.name.startswith("防台风预案：")


def test_who_may_not_open_an_operation_is_not_offered_the_plan(central, tmp_path, qtbot):
    central.load(city_bundle())
    central.add(TYPHOON_PLAN)
    engine, store, widget, bus = _desk(central, tmp_path, qtbot, "sup", Role.STREET_SUPERVISOR, "S11")
    try:
        assert not widget.start_plan.isVisibleTo(widget)
    finally:
        bus.blockSignals(True)
        widget.close()
        tasks.wait_for_jobs(10.0)
        engine.close()
        store.close()


def test_show_on_map_sends_the_warnings_area_with_its_headline(desk, qtbot):
    central, engine, store, widget, bus = desk
    warning = _post(central, fresh(sample("typhoon_warning.xml")))
    engine.sync_once()
    widget.reload()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 1, timeout=10000)
    widget.table.selectRow(_row_of(widget, warning))
    assert widget.on_map.isEnabled()  # a CAP warning has no indicator, but it has an area
    with qtbot.waitSignal(bus.warning_on_map, timeout=2000) as sent:
        widget.on_map.click()
    feature = sent.args[0]
    alert = widget.alerts[warning]
    assert feature["id"] == warning and feature["properties"]["name"] == "Typhoon orange warning for the city"
    assert feature["geometry"]["type"] == "MultiPolygon"
    assert [[[tuple(p) for p in ring] for ring in polygon] for polygon in feature["geometry"]["coordinates"]] == \
        [[list(ring) for ring in polygon] for polygon in alert.area]
