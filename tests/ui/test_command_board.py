"""The task board over a real cache synced from a loopback central service: lanes per agency, buttons
gated by role and status with the reason shown, keyboard steps shown at once and synced."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import Task, TaskStatus
from dispatch_desk.ui.command import OperationHeader, TaskBoardWidget
from dispatch_desk.ui.command.board import KIND_ROLE, LANE_ROLE, PENDING_ROLE, TASK_ROLE
from tests.ui.command_support import OP, WAIT, command_keyring, desk_fixture, joint_fixture, settled  # noqa: F401

LANE_NAMES = {"SW": "水务局", "JT": "交通委", "CG": "城管局"}


def board_of(d, qtbot) -> TaskBoardWidget:
    board = TaskBoardWidget(d.ctx)
    qtbot.addWidget(board)
    board.resize(640, 700)
    board.show()
    qtbot.waitUntil(lambda: settled(board.feed) and board.model.rowCount() > 0, timeout=WAIT)
    return board


def lanes(board: TaskBoardWidget) -> list[str]:
    m = board.model
    return [m.index(r).data(LANE_ROLE) for r in range(m.rowCount()) if m.index(r).data(KIND_ROLE) == "lane"]


def cards(board: TaskBoardWidget) -> dict[str, Task]:
    m = board.model
    return {t.id: t for t in (m.index(r).data(TASK_ROLE) for r in range(m.rowCount())) if t is not None}


def test_the_commander_sees_every_lane_and_may_assign(desk, qtbot):
    board = board_of(desk("ops"), qtbot)
    assert set(lanes(board)) == {"SW", "JT", "CG"}
    assert f"{OP}-task-5" not in cards(board)  # done work is out of the way until asked for
    board.show_finished.setChecked(True)
    assert f"{OP}-task-5" in cards(board)
    first_cg = [r for r in range(board.model.rowCount()) if board.model.index(r).data(LANE_ROLE) == "CG"][1]
    assert board.model.index(first_cg).data(TASK_ROLE).status is TaskStatus.BLOCKED  # blocked work first
    assert board.buttons["assign"].isVisible() and board.buttons["assign"].isEnabled()
    board.select_task(f"{OP}-task-3")
    assert board.buttons["reassign"].isEnabled() and board.buttons["cancel"].isEnabled()
    # The commander may step any agency's task; a step the status does not allow says why.
    assert board.buttons["accept"].isEnabled()
    assert not board.buttons["done"].isEnabled() or board.buttons["done"].toolTip()
    board.select_task(f"{OP}-task-4")
    assert not board.buttons["accept"].isEnabled()
    assert "Blocked" in board.buttons["accept"].toolTip()


def test_a_liaison_sees_their_agency_lane_and_may_look_at_all(desk, qtbot):
    board = board_of(desk("lia"), qtbot)
    assert lanes(board) == ["SW"] and board.mine_only.isChecked()
    assert not board.buttons["assign"].isVisible()  # never theirs to use: not shown at all
    assert not board.buttons["reassign"].isVisible() and not board.buttons["cancel"].isVisible()
    board.select_task(f"{OP}-task-1")
    assert board.buttons["accept"].isEnabled()

    board.mine_only.setChecked(False)
    assert set(lanes(board)) == {"SW", "JT", "CG"}
    board.select_task(f"{OP}-task-3")  # the transport agency's task
    assert not board.buttons["accept"].isEnabled()
    assert "agency" in board.buttons["accept"].toolTip()


def test_a_leader_reads_the_board_without_buttons(desk, qtbot):
    board = board_of(desk("boss"), qtbot)
    assert set(lanes(board)) == {"SW", "JT", "CG"}
    assert not any(b.isVisible() for b in board.buttons.values())


def test_keyboard_accept_moves_the_card_at_once_and_syncs(desk, qtbot):
    lia = desk("lia")
    board = board_of(lia, qtbot)
    task_id = f"{OP}-task-1"
    assert board.select_task(task_id)
    board.list.setFocus()
    qtbot.keyClick(board.list, Qt.Key.Key_A)
    # Shown before the engine has answered: the card has its new status and the pending mark.
    row = board.model.row_of(task_id)
    assert board.model.index(row).data(TASK_ROLE).status is TaskStatus.ACCEPTED
    assert board.model.index(row).data(PENDING_ROLE) is True
    assert board.current_task_id() == task_id  # the selection follows the card
    qtbot.waitUntil(lambda: not board.issuer.busy() and settled(board.feed), timeout=WAIT)
    assert from_wire(Task, lia.store.get("task", task_id)).status is TaskStatus.ACCEPTED
    assert lia.store.is_pending("task", task_id)
    assert not board.refusal.isVisible(), board.refusal.text()

    lia.sync()
    qtbot.waitUntil(lambda: not board.feed.busy() and task_id not in board.feed.view.pending_tasks, timeout=WAIT)
    assert board.model.index(board.model.row_of(task_id)).data(PENDING_ROLE) is False
    ops = desk("ops")
    assert from_wire(Task, ops.store.get("task", task_id)).status is TaskStatus.ACCEPTED

    # J moves on; S starts the next task; the header counts follow.
    header = OperationHeader(ops.ctx)
    qtbot.addWidget(header)
    qtbot.waitUntil(lambda: settled(header.feed), timeout=WAIT)
    qtbot.waitUntil(lambda: settled(board.feed), timeout=WAIT)
    assert header.feed.view.counts(header.feed.view.read_at) == (4, 1, 1)  # open, overdue, blocked
    assert "<b>4</b>" in header.tasks.text()
    assert header.level.text() == "Level III response"


def test_a_refused_step_goes_back_and_says_why(desk, qtbot):
    lia = desk("lia")
    board = board_of(lia, qtbot)
    board.mine_only.setChecked(False)
    board.select_task(f"{OP}-task-3")
    board.run_step("accept")  # the button is disabled; the key still asks, and is told why
    assert board.refusal.isVisible() and "agency" in board.refusal.text()
    assert board.model.task_of(f"{OP}-task-3").status is TaskStatus.ASSIGNED


def test_the_commander_assigns_blocks_and_raises_an_incident_from_a_task(desk, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    ops = desk("ops")
    board = board_of(ops, qtbot)
    board.select_task(f"{OP}-task-3")
    board.list.setFocus()
    qtbot.keyClick(board.list, Qt.Key.Key_N)  # new task, in the lane of the selected card
    dialog = board.dialog
    assert dialog is not None and dialog.agency.currentData() == "JT"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and dialog.error.isVisible()  # no title: said, nothing sent
    dialog.title.setText("封闭延安路隧道")
    dialog.at_place.setChecked(True)
    ok.click()
    qtbot.waitUntil(lambda: not board.issuer.busy() and settled(board.feed)
                    and any(t.title == "封闭延安路隧道" for t in cards(board).values()), timeout=WAIT)
    new = next(t for t in cards(board).values() if t.title == "封闭延安路隧道")
    assert new.agency == "JT" and new.due_at is not None and new.lon is not None

    board.select_task(f"{OP}-task-3")
    board.list.setFocus()
    qtbot.keyClick(board.list, Qt.Key.Key_B)
    dialog = board.dialog
    dialog.text.setPlainText("隧道口积水")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not board.issuer.busy() and settled(board.feed)
                    and board.model.task_of(f"{OP}-task-3").status is TaskStatus.BLOCKED, timeout=WAIT)
    assert board.model.task_of(f"{OP}-task-3").blocked_reason == "隧道口积水"

    board.select_task(f"{OP}-task-1")
    board.run_step("raise")
    dialog = board.dialog
    assert dialog.title.text() == "开启泵站" and dialog.operation == OP
    dialog.category.setCurrentIndex(dialog.category.findData("waterlogging"))
    incident_id = dialog.submit()
    assert incident_id, dialog.error.text()
    qtbot.waitUntil(lambda: not dialog.busy() and not board.issuer.busy() and settled(board.feed)
                    and incident_id in board.model.task_of(f"{OP}-task-1").incidents, timeout=WAIT)
    assert ops.store.get_incident(incident_id).operation == OP
