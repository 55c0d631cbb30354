"""The seats board (签到板) over a real cache and a loopback central service: the seated liaison checks
in and out; who is in the room follows; the command staff see the staff buttons, the liaison does not."""

from __future__ import annotations

from datetime import UTC, datetime

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import Operation
from dispatch_desk.ui.command import SeatsWidget
from dispatch_desk.ui.command.watcher import CommandWatcher
from tests.ui.command_support import OP, WAIT, command_keyring, desk_fixture, joint_fixture, settled  # noqa: F401


def seats_of(d, qtbot) -> SeatsWidget:
    widget = SeatsWidget(d.ctx)
    qtbot.addWidget(widget)
    widget.resize(520, 360)
    widget.show()
    qtbot.waitUntil(lambda: settled(widget.feed) and widget.table.rowCount() > 0, timeout=WAIT)
    return widget


def test_the_seated_liaison_checks_in_and_out(desk, qtbot):
    lia = desk("lia")
    widget = seats_of(lia, qtbot)
    assert widget.table.item(0, 0).text() == "赵联络" and widget.table.item(0, 1).text() == "水务局"
    assert widget.table.item(0, 4).text() == "○ away"
    assert not widget.buttons["extend"].isVisible() and not widget.buttons["close"].isVisible()
    assert widget.buttons["check_in"].isEnabled(), widget.buttons["check_in"].toolTip()
    assert not widget.buttons["check_out"].isEnabled() and widget.buttons["check_out"].toolTip() == "Not checked in"

    widget.run("check_in")
    qtbot.waitUntil(lambda: not widget.issuer.busy() and settled(widget.feed)
                    and widget.table.item(0, 4).text() == "● here", timeout=WAIT)
    assert "1 of 1" in widget.summary.text()
    op = from_wire(Operation, lia.store.get("operation", OP))
    assert op.seats[0].is_present(datetime.now(UTC))
    assert widget.buttons["check_out"].isEnabled() and not widget.buttons["check_in"].isEnabled()
    lia.sync()

    ops = desk("ops")
    board = seats_of(ops, qtbot)
    assert board.table.item(0, 4).text() == "● here"  # the commander's desk sees who is in the room
    assert board.buttons["extend"].isVisible() and board.buttons["close"].isVisible()
    board.select_seat("seat-lia")
    assert board.buttons["check_out"].isEnabled()  # the command staff may check anyone out
    board.run("check_out")
    qtbot.waitUntil(lambda: not board.issuer.busy() and settled(board.feed)
                    and board.table.item(0, 4).text() == "○ away", timeout=WAIT)


def test_a_task_for_my_agency_is_announced_once(desk, qtbot):
    ops, lia = desk("ops"), desk("lia")
    watcher = CommandWatcher(lia.ctx)
    shown: list[tuple[str, str, int]] = []
    lia.ctx.bus.notify.connect(lambda title, text, severity: shown.append((title, text, severity)))
    task_id = ops.engine.issue("task.assign", {"operation": OP, "agency": "SW", "title": "加派抽水泵车"})
    ops.engine.sync_once()
    lia.engine.sync_once()  # the liaison's engine announces the new task through the bus
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0][0] == "New task for your agency" and "加派抽水泵车" in shown[0][1]
    checks = watcher.checks
    lia.ctx.bus.data_changed.emit({"task": {task_id}})  # the same news again: quiet
    qtbot.waitUntil(lambda: watcher.checks > checks, timeout=WAIT)
    assert len(shown) == 1
    watcher.deleteLater()


def test_a_published_report_is_announced(joint, desk, qtbot):
    from dispatch_desk.domain.records import ReportStatus, SituationReport

    lia = desk("lia")
    watcher = CommandWatcher(lia.ctx)
    shown: list[tuple[str, str, int]] = []
    lia.ctx.bus.notify.connect(lambda title, text, severity: shown.append((title, text, severity)))
    now = datetime.now(UTC)
    joint.add(SituationReport("rep-1", OP, "第一期防汛态势", ReportStatus.PUBLISHED, "o-ops", now, number=1,
                              published_by="o-ops", published_at=now, updated_at=now))
    lia.engine.sync_once()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0][0] == "Situation report no. 1 published" and "第一期防汛态势" in shown[0][1]
    watcher.deleteLater()
