"""Alerts end to end: readings posted to a loopback central service raise an alarm, it reaches an
officer's desk through sync, and the officer acknowledges it and raises an incident from it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Signal

from dispatch_desk.domain.records import Role
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.ui import tasks
from dispatch_desk.ui.charts import AlertsWidget
from dispatch_desk.ui.context import AppBus, AppContext
from tests.support.central import DEFAULT_PASSWORD, city_bundle


class _Relay(QObject):
    changed = Signal(object)


@pytest.fixture
def desk(central, tmp_path, qtbot):
    central.load(city_bundle())
    central.create_officer("wang", Role.OPS_OFFICER, region="C")
    path = tmp_path / "wang.sqlite"
    engine = SyncEngine(path, central.url, "desk-1", live=False)
    engine.login("wang", DEFAULT_PASSWORD)
    engine.sync_once()
    store = Store.open(path)
    bus, relay = AppBus(), _Relay()
    relay.changed.connect(bus.data_changed)
    engine.subscribe(lambda kind, payload: relay.changed.emit(payload) if kind == "changed" else None)
    widget = AlertsWidget(AppContext(store, engine, engine.officer, bus))
    qtbot.addWidget(widget)
    yield central, engine, store, widget
    bus.blockSignals(True)
    widget.close()
    tasks.wait_for_jobs(10.0)
    tasks.on_every_pool_thread(engine.close)  # the acknowledgement was issued on a pool thread
    engine.close()
    store.close()


def _post_alarm(central) -> None:
    """Twenty minutes of PM2.5 well past its alarm line (115), one reading a minute."""
    start = datetime.now(UTC) - timedelta(minutes=20)
    readings = [{"indicator": "pm25", "at": (start + timedelta(minutes=i)).isoformat(), "value": 160.0}
                for i in range(21)]
    resp = central.client("wang").post("/api/v1/readings", json={"readings": readings})
    assert resp.status_code == 200, resp.text


def _alarm_on_the_desk(desk, qtbot) -> None:
    """Post an alarm to the central service, sync it to the desk and select it in the list."""
    central, engine, _store, widget = desk
    _post_alarm(central)
    engine.sync_once()
    widget.reload()
    qtbot.waitUntil(lambda: widget.table.rowCount() >= 1, timeout=10000)
    widget.table.selectRow(0)


def test_an_alarm_reaches_the_desk_and_is_acknowledged(desk, qtbot):
    central, engine, store, widget = desk
    _alarm_on_the_desk(desk, qtbot)
    assert widget.table.item(0, 2).text() == "PM2.5"
    assert widget.ack.isEnabled()
    alert_id = widget.selected().id
    widget.acknowledge_selected()
    # applied on the desk at once (optimistic), then sent
    qtbot.waitUntil(lambda: (store.get("alert", alert_id) or {}).get("acknowledged_by") == engine.officer.id,
                    timeout=10000)
    engine.sync_once()
    server = {c["key"]: c["data"] for c in central.client("wang").pull()[0] if c["entity"] == "alert"}
    assert server[alert_id]["acknowledged_by"] == engine.officer.id


def test_an_incident_raised_from_an_alarm_is_reported_inside_its_region(desk, qtbot):
    central, engine, _store, widget = desk
    _alarm_on_the_desk(desk, qtbot)
    with qtbot.waitSignal(widget.incident_raised, timeout=10000) as raised:
        widget.raise_incident_for_selected()
    incident_id = raised.args[0]
    engine.sync_once()
    server = {c["key"]: c["data"] for c in central.client("wang").pull()[0] if c["entity"] == "incident"}
    incident = server[incident_id]
    assert incident["source"] == "indicator_alarm" and incident["indicator"] == "pm25"
    assert incident["category"] == "garbage"  # the environment category, from the indicator's dimension
    assert incident["grid_cell"] in {"G11", "G12", "G21", "G22"}  # placed inside the city by the server


def test_an_alarm_raises_one_incident_and_then_offers_it(desk, qtbot):
    """Two desks raising from one alarm: the center keeps the first and refuses the second, and both
    desks then offer the incident raised instead of raising another."""
    central, engine, store, widget = desk
    _alarm_on_the_desk(desk, qtbot)
    alert = widget.selected()
    second_args = widget.incident_args(alert)  # another desk, prefilled before the first report arrived
    with qtbot.waitSignal(widget.incident_raised, timeout=10000) as raised:
        widget.raise_incident_for_selected()
    incident_id = raised.args[0]
    assert widget.raise_incident.text() == "Open incident"  # at once: one click, one incident
    engine.sync_once()
    qtbot.waitUntil(lambda: (store.get("alert", alert.id) or {}).get("incident_id") == incident_id, timeout=10000)
    engine.issue("incident.report", second_args)  # the second report reaches the center
    engine.sync_once()
    [conflict] = [c for c in engine.conflicts() if c.mutation.name == "incident.report"]
    assert conflict.outcome == "conflict" and conflict.code == "exists" and conflict.state["incident_id"] == incident_id
    server = {c["key"]: c["data"] for c in central.client("wang").pull()[0] if c["entity"] == "incident"}
    assert incident_id in server and second_args["id"] not in server
    widget.reload()
    qtbot.waitUntil(lambda: widget.alerts[alert.id].incident_id == incident_id, timeout=10000)
    widget.table.selectRow(0)
    assert widget.raise_incident.text() == "Open incident" and widget.raise_incident.isEnabled()
    with qtbot.waitSignal(widget.ctx.bus.incident_selected, timeout=2000) as opened:
        widget.raise_incident.click()
    assert opened.args == [incident_id]
