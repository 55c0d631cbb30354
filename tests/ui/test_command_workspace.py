"""The joint-command workspace in the main window: its docks shown there and hidden elsewhere, the role
table that opens liaisons into it, one action between routine and operation, the operation in view
announced to the map, and first paint of the board and log within the bench's reach."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from dispatch_desk.bench import cases_command_ui as seed
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.store import Store
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell.docks import COMMAND_DOCKS
from dispatch_desk.ui.shell.main_window import MainWindow
from dispatch_desk.ui.shell.workspace import for_officer, routine_for

WAIT = 30_000


@pytest.fixture
def cache(tmp_path: Path):
    store = Store.open(tmp_path / "cache.sqlite")
    seed.fill(store, 30, 200, datetime.now(UTC))
    yield store
    store.close()


def test_the_role_table_opens_liaisons_into_the_joint_command():
    assert for_officer(Officer("a", "a", "a", Role.LIAISON)) == "command"
    assert for_officer(Officer("b", "b", "b", Role.STREET_SUPERVISOR)) == "field"
    assert for_officer(Officer("c", "c", "c", Role.OPS_OFFICER)) == "ops"
    assert routine_for(Officer("a", "a", "a", Role.LIAISON)) == "ops"


def test_one_action_switches_between_routine_and_the_operation(qtbot, cache):
    officer = next(o for o in cache.records("officer") if o.id == "o-city")
    ctx = AppContext(cache, None, officer, AppBus(), operation_id=seed.OP_ID)
    shown_on_map: list[str] = []
    ctx.bus.show_operation_on_map.connect(shown_on_map.append)
    window = MainWindow(ctx, size=(1366, 768))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.workspace == "ops"
    assert all(not window.docks[name].isVisible() for name in COMMAND_DOCKS if name in window.docks)

    window.actions.toggle_command.trigger()
    assert window.workspace == "command" and ctx.workspace == "command"
    for name in ("operationDock", "taskBoardDock", "commandLogDock", "seatsDock"):
        assert window.docks[name].isVisible(), name
    assert not window.docks["queueDock"].isVisible()
    board = window.dock_widgets["taskBoardDock"]
    qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=WAIT)
    assert ctx.operation_id == seed.OP_ID

    assert shown_on_map and shown_on_map[-1] == seed.OP_ID  # the map is told the operation in view
    header = window.dock_widgets["operationDock"]
    assert header.picker.currentData() == seed.OP_ID and header.level.text() == "Level II response"
    assert header.buttons["level"].isEnabled() or not header.buttons["level"].isVisible()

    window.actions.toggle_command.trigger()
    assert window.workspace == "ops"
    window.close()
    QApplication.processEvents()


def test_the_board_and_log_first_paint_quickly_over_many_rows(qtbot, tmp_path: Path):
    from dispatch_desk.bench import BenchContext

    samples_board = seed.bench_board(BenchContext(quick=True, workdir=tmp_path))
    samples_log = seed.bench_log(BenchContext(quick=True, workdir=tmp_path))
    for figure in (*samples_board, *samples_log):
        assert figure.figure > 0 and figure.baseline is not None


def test_my_seat_ending_within_ten_minutes_is_announced(qtbot, cache):
    from dispatch_desk.ui.command import CommandWatcher

    officer = next(o for o in cache.records("officer") if o.id == "o-liaison-jt")  # the seat ends in 8 min
    ctx = AppContext(cache, None, officer, AppBus())
    shown: list[tuple[str, str, int]] = []
    ctx.bus.notify.connect(lambda title, text, severity: shown.append((title, text, severity)))
    watcher = CommandWatcher(ctx)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0][0].startswith("Your seat ends in ")
    assert shown[0][1] == "台风“海葵”防御"
    watcher.check_seats()
    qtbot.waitUntil(lambda: watcher.seat_checks >= 2, timeout=WAIT)
    assert len(shown) == 1  # once per seat and end time
    watcher.deleteLater()


def test_the_operation_picker_shows_a_long_name_and_its_status_whole_on_a_laptop(qtbot, cache):
    from dataclasses import replace

    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.wire import Change
    from dispatch_desk.ui.shell import i18n

    i18n.install("en")
    op = next(o for o in cache.records("operation") if o.id == seed.OP_ID)
    cache.apply_changes([Change(seq=10**6, entity="operation", key=op.id, op="upsert",
                                data=to_wire(replace(op, name="台风“海鸥”防御联动指挥部署")))], 10**6)
    officer = next(o for o in cache.records("officer") if o.id == "o-city")
    ctx = AppContext(cache, None, officer, AppBus(), workspace="command", operation_id=seed.OP_ID)
    window = MainWindow(ctx, size=(1366, 768))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    header = window.dock_widgets["operationDock"]
    qtbot.waitUntil(lambda: "海鸥" in header.picker.currentText(), timeout=WAIT)
    picker = header.picker
    text = picker.fontMetrics().horizontalAdvance(picker.currentText())
    assert picker.currentText().endswith("Active")
    assert picker.width() >= text + 24  # the text, and the arrow beside it
    assert header.command.isVisible()  # the commander's name still has its place
    window.close()
    QApplication.processEvents()
