"""The command log over a real cache synced from a loopback central service: paged newest first,
filtered, searched in Chinese, written, struck (shown struck with its reason) and flagged; automatic
entries worded in the officer's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import LogEntry
from dispatch_desk.ui.command import CommandLogWidget, TaskBoardWidget
from dispatch_desk.ui.command.logmodel import ENTRY_ROLE, PAGE_SIZE, TEXT_COLUMN, WORDS_ROLE
from tests.ui.command_support import OP, WAIT, command_keyring, desk_fixture, joint_fixture, settled  # noqa: F401


def log_of(d, qtbot) -> CommandLogWidget:
    widget = CommandLogWidget(d.ctx)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.total() > 0 and not widget.model.busy(), timeout=WAIT)
    return widget


def entry(widget: CommandLogWidget, row: int) -> LogEntry | None:
    return widget.model.index(row, TEXT_COLUMN).data(ENTRY_ROLE)


def settle(widget: CommandLogWidget, qtbot) -> None:
    widget.flush()
    qtbot.waitUntil(lambda: not widget.model.busy() and not widget.issuer.busy(), timeout=WAIT)
    widget.flush()
    qtbot.waitUntil(lambda: not widget.model.busy(), timeout=WAIT)


def test_the_log_pages_newest_first_and_filters_and_searches(desk, qtbot):
    ops = desk("ops")
    widget = log_of(ops, qtbot)
    model = widget.model
    assert model.total() == 450 and "450" in widget.count.text()
    assert entry(widget, 0).id == "log-0449"  # newest first
    # A row far down is read when it is needed, one page at a time.
    far = PAGE_SIZE * 2 + 5
    assert entry(widget, far) is None  # not read yet: asked for now
    qtbot.waitUntil(lambda: entry(widget, far) is not None, timeout=WAIT)
    assert entry(widget, far).id == f"log-{449 - far:04d}"

    widget.kind.setCurrentIndex(widget.kind.findData("decision"))
    widget.kind.activated.emit(widget.kind.currentIndex())
    settle(widget, qtbot)
    assert model.total() == 112 and all(entry(widget, r).kind == "decision" for r in range(20))

    widget.kind.setCurrentIndex(0)
    widget.significant.setChecked(True)
    settle(widget, qtbot)
    assert model.total() == 45 and entry(widget, 0).significant

    widget.significant.setChecked(False)
    widget.agency.setCurrentIndex(widget.agency.findData("SW"))
    widget.agency.activated.emit(widget.agency.currentIndex())
    settle(widget, qtbot)
    assert model.total() == 225

    widget.agency.setCurrentIndex(0)
    widget.agency.activated.emit(0)
    widget.find_action.trigger()
    assert widget.search.hasFocus()
    widget.search.setText("积水")  # a two-character Chinese word inside the text (typed: debounced)
    settle(widget, qtbot)
    assert model.total() == 113 and all("积水" in entry(widget, r).text for r in range(model.total()))


def test_a_member_writes_and_the_commander_strikes_and_flags(desk, qtbot):
    lia = desk("lia")
    widget = log_of(lia, qtbot)
    widget.compose_kind.setCurrentIndex(widget.compose_kind.findData("report"))
    widget.compose.setPlainText("泵站二号机组故障，正在抢修")
    qtbot.keyClick(widget.compose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(widget, qtbot)
    assert widget.compose.toPlainText() == ""
    assert entry(widget, 0).text == "泵站二号机组故障，正在抢修" and entry(widget, 0).kind == "report"
    assert widget.model.total() == 451
    lia.sync()
    # The liaison may not flag; the commander's F key does.
    widget.table.setCurrentIndex(widget.model.index(0, TEXT_COLUMN))
    assert not widget.flag_button.isVisible()

    ops = desk("ops")
    log = log_of(ops, qtbot)
    mine = next(r for r in range(40) if entry(log, r).author == "o-ops")
    log.table.setCurrentIndex(log.model.index(mine, TEXT_COLUMN))
    target = entry(log, mine)
    assert log.strike_button.isEnabled(), log.strike_button.toolTip()
    log.strike()
    dialog = log.dialog
    dialog.text.setPlainText("记录有误")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    settle(log, qtbot)
    row = log.model.row_of(target.id)
    struck = entry(log, row)
    assert struck.struck and struck.struck_reason == "记录有误"  # still in place, struck
    assert log.model.index(row, TEXT_COLUMN).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "记录有误" in log.model.index(row, TEXT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    log.table.setCurrentIndex(log.model.index(row, TEXT_COLUMN))
    assert not log.strike_button.isEnabled() and log.strike_button.toolTip()  # already struck

    # The liaison's entry is not the commander's to strike? It is: the commander strikes any.
    theirs = log.model.row_of(entry(widget, 0).id)
    assert theirs >= 0
    log.table.setFocus()
    log.table.setCurrentIndex(log.model.index(theirs, TEXT_COLUMN))
    flagged = entry(log, theirs).significant
    qtbot.keyClick(log.table, Qt.Key.Key_F)
    settle(log, qtbot)
    assert entry(log, log.model.row_of(entry(widget, 0).id)).significant is not flagged
    ops.sync()
    assert from_wire(LogEntry, ops.store.get("log_entry", target.id)).struck
    for shown in (log, widget):  # the sync's change notice is read before the desks close
        settle(shown, qtbot)


def test_automatic_entries_are_worded_in_the_officers_language(desk, qtbot):
    lia = desk("lia")
    board = TaskBoardWidget(lia.ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: settled(board.feed) and board.model.rowCount() > 0, timeout=WAIT)
    board.select_task(f"{OP}-task-1")
    board.run_step("accept")
    qtbot.waitUntil(lambda: not board.issuer.busy(), timeout=WAIT)
    widget = log_of(lia, qtbot)
    settle(widget, qtbot)
    top = entry(widget, 0)
    assert top.automatic and top.event == "task.accept" and "签收" in top.text  # stored in Chinese
    shown = widget.model.index(0, TEXT_COLUMN).data(WORDS_ROLE)
    assert shown == "Task accepted: 开启泵站 (水务局)"  # worded from event and details (English here)
    assert widget.model.index(0, 4).data(Qt.ItemDataRole.DisplayRole) == "System"
