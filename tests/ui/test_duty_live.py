"""The duty panel on a desk against a real central service on loopback: an officer whose shift has
begun reads what the leaving officer handed over and signs the take-over; one whose shift is ending
reads the items prepared from the desk's data, writes notes and signs the handover; "My shift" lists
what the shift answers for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dispatch_desk.app import Controller
from dispatch_desk.central import admin
from dispatch_desk.domain.records import DutyShift, Handover, Incident, IncidentStatus, Role, Severity, Source
from dispatch_desk.ui.queue import presets
from dispatch_desk.ui.shell import i18n
from tests.support.central import report_args
from tests.ui.shell_support import behind_proxy, seed, signed_in

WAIT = 60_000  # ms; a liveness bound for a loaded machine, not a timing
NOW = datetime.now(UTC).replace(microsecond=0)


def _incident(key: str, due_in: timedelta) -> Incident:
    return Incident(id=key, title=f"积水{key}", category="garbage", source=Source.HOTLINE_12345,
                    severity=Severity.NORMAL, status=IncidentStatus.REPORTED, lon=121.405, lat=31.205,
                    reported_at=NOW - timedelta(hours=1), updated_at=NOW, street="S11", district="D1",
                    code=f"2026{key}", stage_started_at=NOW - timedelta(hours=1), due_at=NOW + due_in)


def _desk(qtbot, tmp_path: Path, central, change: datetime, leaving: str, coming: str):
    seed(central, "li", Role.OPS_OFFICER)
    central.create_officer("zhao", Role.OPS_OFFICER, region="C", name="赵强")
    central.add(DutyShift("before", f"o-{leaving}", "C", change - timedelta(hours=12), change, post="值班长"),
                DutyShift("after", f"o-{coming}", "C", change, change + timedelta(hours=12), post="值班长"))
    central.load_incidents([_incident("over", -timedelta(minutes=5)), _incident("calm", timedelta(hours=3))])
    proxy = behind_proxy(central)
    ctl = Controller(proxy.url, base=tmp_path / "data", size=(1366, 768))
    ctl.open_window(signed_in(proxy, tmp_path / "data", "li"))
    window = ctl.window
    qtbot.waitUntil(lambda: window.status.connection.property("state") == "online", timeout=WAIT)
    qtbot.waitUntil(lambda: len(window.ctx.store.records("duty_shift")) == 2, timeout=WAIT)
    return ctl, proxy


@pytest.fixture
def zh():
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def _kept(central) -> Handover | None:
    found = admin.list_records(central.storage, Handover)
    return found[0] if found else None


def test_the_incoming_officer_reads_the_handover_and_takes_over(qtbot, tmp_path: Path, central, memory_keyring, zh):
    ctl, proxy = _desk(qtbot, tmp_path, central, NOW - timedelta(minutes=2), leaving="zhao", coming="li")
    try:
        zhao = central.client("zhao")
        assert zhao.mutate("duty.hand_over", {"shift": "before", "note": "S11积水点请继续关注"})["outcome"] == "applied"
        panel = ctl.window.dock_widgets["dutyDock"]
        qtbot.waitUntil(lambda: ctl.window.ctx.store.get("handover", "after") is not None, timeout=WAIT)
        panel.refresh()
        assert panel.owed is not None and panel.owed[0] == "take_over"
        assert "赵强" in panel.state.text() and panel.note.toPlainText() == "S11积水点请继续关注"
        assert not panel.note.isHidden()  # the notes show, though the box said "nothing to sign" before they came
        assert panel.sign.isVisible() and panel.sign.text() == "签字接班"
        incidents = panel.items.topLevelItem(0)
        assert incidents.childCount() == 1 and incidents.child(0).text(0) == "2026over 积水over"
        assert "我的班次：值班长" in panel.mine.text()
        assert any(title == "交接班" for title, _text, _sev in ctl.window.notifier.shown)

        queue = ctl.window.dock_widgets["queueDock"]
        keys = [q.key for q in queue.queues()]
        assert presets.SHIFT_KEY in keys
        assert central.client("li").mutate("incident.report", report_args(title="新报事件"))["outcome"] == "applied"
        qtbot.waitUntil(lambda: ctl.window.ctx.store.count_incidents(
            next(q for q in queue.queues() if q.key == presets.SHIFT_KEY).query) == 2, timeout=WAIT)
        mine = next(q for q in queue.queues() if q.key == presets.SHIFT_KEY).query
        titles = {r.title for r in ctl.window.ctx.store.query_incidents(mine)}
        assert titles == {"积水over", "新报事件"}  # handed over, and reported since the shift began

        panel.remark.setText("收到")
        panel.sign.click()
        qtbot.waitUntil(lambda: (_kept(central) or Handover("", "", None, None, None, "", NOW)).taken_over_by
                        == "o-li", timeout=WAIT)
        kept = _kept(central)
        assert kept.handed_over_by == "o-zhao" and kept.remark == "收到"
        qtbot.waitUntil(lambda: panel.owed is None and not panel.sign.isVisible(), timeout=WAIT)
        assert panel.history.rowCount() == 1 and "赵强 → 李明" in panel.history.item(0, 2).text()
    finally:
        ctl.shutdown()
        proxy.close()


def test_the_leaving_officer_prepares_writes_notes_and_hands_over(qtbot, tmp_path: Path, central, memory_keyring, zh):
    ctl, proxy = _desk(qtbot, tmp_path, central, NOW + timedelta(minutes=10), leaving="li", coming="zhao")
    try:
        panel = ctl.window.dock_widgets["dutyDock"]
        qtbot.waitUntil(lambda: panel.owed is not None, timeout=WAIT)
        assert panel.owed[0] == "hand_over" and panel.sign.text() == "签字交班"
        assert "赵强" in panel.state.text() and not panel.note.isReadOnly()
        qtbot.waitUntil(lambda: panel.items.topLevelItemCount() == 3, timeout=WAIT)  # prepared from the cache
        assert panel.items.topLevelItem(0).childCount() == 1
        assert panel.items.topLevelItem(0).child(0).text(1) == "已超期"
        panel.note.setPlainText("12345热线回访两件")
        panel.sign.click()
        qtbot.waitUntil(lambda: _kept(central) is not None, timeout=WAIT)
        kept = _kept(central)
        assert kept.id == "after" and kept.handed_over_by == "o-li" and kept.note == "12345热线回访两件"
        assert [i.key for i in kept.items] == ["over"]  # prepared again by the service, from all it holds
        assert kept.taken_over_by is None
    finally:
        ctl.shutdown()
        proxy.close()
