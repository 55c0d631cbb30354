"""The alerts list counts what it says it counts, tells acknowledged, open and cleared alerts apart,
offers the incident an alert raised instead of raising a second one, and keeps its buttons whole in
a laptop's dock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QScrollArea

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    Category,
    Dimension,
    Incident,
    IncidentStatus,
    Indicator,
    Officer,
    Region,
    RegionLevel,
    Role,
    Source,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.ui.charts import AlertsWidget
from dispatch_desk.ui.charts.alerts import ID_ROLE
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n

SQUARE = (((121.40, 31.15), (121.60, 31.15), (121.60, 31.30), (121.40, 31.30), (121.40, 31.15)),)
REGIONS = [Region("SJ", "申江市", RegionLevel.CITY, None, SQUARE),
           Region("SJ-PD-1", "陆家嘴街道", RegionLevel.STREET, "SJ", SQUARE)]
PONDING = Indicator("ponding.SJ-PD-1", "陆家嘴街道易积水点水深", Dimension.SAFETY, "cm", "SJ-PD-1", 15, 27,
                    decimals=0)
OFFICER = Officer("o1", "ops", "王值班", Role.OPS_OFFICER, region="SJ")
NOW = datetime.now(UTC).replace(microsecond=0)


def _alert(key: str, level: AlertLevel, minutes_ago: int, **kw) -> Alert:
    return Alert(key, level, NOW - timedelta(minutes=minutes_ago), "水深", indicator=PONDING.code,
                 region="SJ-PD-1", value=39.0, **kw)


ALERTS = [
    _alert("open-alarm", AlertLevel.ALARM, 5),
    _alert("acked-alarm", AlertLevel.ALARM, 10, acknowledged_by="o1", acknowledged_at=NOW - timedelta(minutes=8)),
    _alert("open-warn", AlertLevel.WARN, 15),
    _alert("cleared", AlertLevel.ALARM, 1, cleared_at=NOW, acknowledged_by="o1", acknowledged_at=NOW),
    _alert("raised", AlertLevel.ALARM, 20, incident_id="inc-1", acknowledged_by="o1", acknowledged_at=NOW),
]
INCIDENT = Incident("inc-1", "陆家嘴街道易积水点水深告警 39cm", "waterlogging", Source.INDICATOR_ALARM, 3,
                    IncidentStatus.REPORTED, 121.5, 31.2, NOW, NOW, code="2026120300001")


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")  # the texts below are the source texts, whatever an earlier test installed


@pytest.fixture
def ctx(tmp_path):
    s = Store.open(tmp_path / "cache.db")
    records = ([("region", r, r.code) for r in REGIONS] + [("indicator", PONDING, PONDING.code),
               ("category", Category("waterlogging", "道路积水", "设施设备", None, Dimension.SAFETY), "waterlogging"),
               ("officer", OFFICER, OFFICER.id), ("incident", INCIDENT, INCIDENT.id)]
               + [("alert", a, a.id) for a in ALERTS])
    s.apply_changes([Change(seq=n + 1, entity=e, key=k, op="upsert", data=to_wire(r))
                     for n, (e, r, k) in enumerate(records)], len(records))
    yield AppContext(store=s, engine=None, officer=OFFICER, bus=AppBus(), workspace="ops")
    s.close()


def _widget(qtbot, ctx) -> AlertsWidget:
    w = AlertsWidget(ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.table.rowCount() == len(ALERTS), timeout=5000)
    return w


def _row_of(w: AlertsWidget, key: str) -> int:
    return [w.table.item(r, 0).data(ID_ROLE) for r in range(w.table.rowCount())].index(key)


def test_the_footer_counts_open_alarms_and_warnings_and_how_many_nobody_acknowledged(qtbot, ctx):
    w = _widget(qtbot, ctx)
    # four alarms (one cleared), one warning; of the three alarms still on, one is unacknowledged
    assert w.summary_text() == "Alarms 3 (1 unacknowledged) · Warnings 1 (1 unacknowledged) · Cleared 1"


def test_a_silent_sensor_is_listed_and_counted_apart_from_the_warnings(qtbot, ctx):
    silent = _alert("silent", AlertLevel.DEVICE, 2)
    ctx.store.apply_changes([Change(seq=1000, entity="alert", key=silent.id, op="upsert", data=to_wire(silent))],
                            1000)
    w = AlertsWidget(ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.table.rowCount() == len(ALERTS) + 1, timeout=5000)
    assert "Sensors silent 1" in w.summary_text() and "Warnings 1 " in w.summary_text()
    row = _row_of(w, "silent")
    assert "Sensor silent" in [w.table.item(row, c).text() for c in range(w.table.columnCount())]


def test_acknowledged_open_and_cleared_alerts_look_different(qtbot, ctx):
    w = _widget(qtbot, ctx)
    assert _row_of(w, "cleared") == len(ALERTS) - 1  # below those still on, though it is the newest
    open_row, acked_row, cleared_row = _row_of(w, "open-alarm"), _row_of(w, "acked-alarm"), _row_of(w, "cleared")
    assert w.table.item(open_row, 2).font().bold() and not w.table.item(acked_row, 2).font().bold()
    assert w.table.item(open_row, 5).text() == "Unacknowledged"
    assert w.table.item(acked_row, 5).text() == "Acknowledged"
    assert "王值班" in w.table.item(acked_row, 5).toolTip()  # who acknowledged it, and when
    assert w.table.item(cleared_row, 5).text() == "Cleared"
    grey, normal = w.table.item(cleared_row, 2).foreground().color(), w.table.item(acked_row, 2).foreground().color()
    assert grey != normal and grey.isValid()
    # the indicator named once, its region in the next column
    assert (w.table.item(open_row, 2).text(), w.table.item(open_row, 3).text()) == ("易积水点水深", "陆家嘴街道")


def test_an_alert_that_raised_an_incident_offers_to_open_it(qtbot, ctx):
    w = _widget(qtbot, ctx)
    w.table.selectRow(_row_of(w, "raised"))
    assert w.raise_incident.text() == "Open incident" and w.raise_incident.isEnabled()
    assert "2026120300001" in w.raise_incident.toolTip()
    assert "incident raised" in w.table.item(w.table.currentRow(), 5).text()
    with qtbot.waitSignal(ctx.bus.incident_selected, timeout=2000) as opened:
        w.raise_incident.click()
    assert opened.args == ["inc-1"]
    # one that has not raised one still offers to raise it
    w.table.selectRow(_row_of(w, "open-alarm"))
    assert w.raise_incident.text() == "Raise incident"


def test_the_title_of_a_raised_incident_says_the_region_once(qtbot, ctx):
    w = _widget(qtbot, ctx)
    args = w.incident_args(w.alerts["open-alarm"])
    assert args["title"] == "陆家嘴街道易积水点水深告警 39cm"
    assert args["alert"] == "open-alarm"  # the center links them, and refuses a second one


@pytest.mark.parametrize("width", [340, 500])
def test_the_buttons_and_counts_are_whole_in_a_laptops_dock(qtbot, ctx, width):
    dock = QScrollArea(widgetResizable=True)
    w = AlertsWidget(ctx)
    dock.setWidget(w)
    qtbot.addWidget(dock)
    dock.resize(width, 260)  # the alerts dock on a 1366×768 laptop
    dock.show()
    qtbot.waitUntil(lambda: w.table.rowCount() == len(ALERTS), timeout=5000)
    qtbot.wait(50)
    view = dock.viewport().rect()
    for control in (w.on_map, w.raise_incident, w.ack, *w.count_labels.values()):
        if control.isHidden():
            continue
        place = control.rect().translated(control.mapTo(dock.viewport(), control.rect().topLeft()))
        assert view.contains(place), (control.objectName() or control.text(), place, view)
        assert control.width() >= control.sizeHint().width()  # not cut
    assert dock.horizontalScrollBar().maximum() == 0 and dock.verticalScrollBar().maximum() == 0


def _as(ctx: AppContext, officer: Officer) -> AppContext:
    """The same cache seen by another officer, on a desk with a sync engine (nothing is issued here)."""
    return AppContext(store=ctx.store, engine=object(), officer=officer, bus=AppBus(), workspace="ops")


def test_only_officers_who_may_acknowledge_an_alert_get_the_button(qtbot, ctx):
    # the ops officer of the city: the button is there and works on an unacknowledged alarm
    w = _widget(qtbot, _as(ctx, OFFICER))
    w.table.selectRow(_row_of(w, "open-alarm"))
    assert not w.ack.isHidden() and w.ack.isEnabled()
    w.table.selectRow(_row_of(w, "acked-alarm"))
    assert not w.ack.isEnabled()  # already acknowledged
    # an agency officer never acknowledges: no button at all
    agency = _widget(qtbot, _as(ctx, Officer("o2", "cg", "李城管", Role.AGENCY_OFFICER, agency="cg")))
    assert agency.ack.isHidden()
    # a street supervisor of another street sees it greyed, and is told why
    other = _widget(qtbot, _as(ctx, Officer("o3", "sup", "赵街道", Role.STREET_SUPERVISOR, region="SJ-HP-9")))
    other.table.selectRow(_row_of(other, "open-alarm"))
    assert not other.ack.isHidden() and not other.ack.isEnabled()
    assert "outside your area" in other.ack.toolTip()
    # the supervisor of the alarm's own street may
    own = _widget(qtbot, _as(ctx, Officer("o4", "sup2", "钱街道", Role.STREET_SUPERVISOR, region="SJ-PD-1")))
    own.table.selectRow(_row_of(own, "open-alarm"))
    assert own.ack.isEnabled()


def test_a_leader_opens_the_incident_an_alert_raised_but_raises_none(qtbot, ctx):
    w = _widget(qtbot, _as(ctx, Officer("o5", "leader", "许领导", Role.LEADER, region="SJ")))
    assert w.ack.isHidden()
    w.table.selectRow(_row_of(w, "open-alarm"))
    assert w.raise_incident.isHidden()
    w.table.selectRow(_row_of(w, "raised"))
    assert not w.raise_incident.isHidden() and w.raise_incident.text() == "Open incident"


def test_the_alerts_list_opens_no_window_of_its_own(qtbot, ctx):
    """A button shown before it has a parent is a window of its own for a moment, which takes the focus
    from the desk (the shortcuts then went nowhere)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    class Windows(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
                self.shown.append(obj.objectName() or type(obj).__name__)
            return False

    watcher = Windows()
    QApplication.instance().installEventFilter(watcher)
    try:
        w = AlertsWidget(_as(ctx, OFFICER))  # not shown: nothing of it may show either
        qtbot.addWidget(w)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.shown == []
