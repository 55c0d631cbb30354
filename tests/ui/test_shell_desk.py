"""The main window as each kind of officer uses it, over a seeded cache: shortcuts that work the same
in every workspace, controls only for what the role may ever do, times in the city's zone, the
notice for a central service that stopped answering, and the quick search over joint commands."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dispatch_desk.bench import cases_command_ui as seed
from dispatch_desk.domain.records import KnowledgeDoc, KnowledgeKind, Officer, Role
from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.store import Store
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n, status
from dispatch_desk.ui.shell.main_window import MainWindow

WAIT = 30_000
STREET = Officer("o-street", "street", "赵街道", Role.STREET_SUPERVISOR, region="S1")
ADMIN = Officer("o-admin", "admin", "管理员", Role.ADMIN)
ANALYST = Officer("o-analyst", "analyst", "孙分析", Role.ANALYST, region="C")


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "cache.sqlite"
    store = Store.open(path)
    seed.fill(store, 20, 40, datetime.now(UTC))
    docs = [KnowledgeDoc("kb-typhoon", KnowledgeKind.POLICY, "台风季节城市运行保障要求",
                         "各单位做好防御准备，加固广告牌。", issued_by="城运中心",
                         issued_at=datetime(2026, 5, 31, 20, 0, tzinfo=UTC), tags=("防汛",)),
            KnowledgeDoc("kb-rain", KnowledgeKind.PROCEDURE, "暴雨积水处置流程", "发现积水立即设置警示。")]
    store.apply_changes(seed.changes(docs, 100_000), 100_000 + len(docs))
    store.close()
    return path


@pytest.fixture
def desk(qtbot, cache: Path):
    """make(officer, workspace) → a shown main window over the seeded cache; closed afterwards."""
    i18n.install("en")
    made: list[tuple[MainWindow, Store]] = []

    def make(officer: Officer | str = "o-city", workspace: str = "ops", size=(1366, 768)) -> MainWindow:
        store = Store.open(cache, check=False)
        if isinstance(officer, str):
            officer = next(o for o in store.records("officer") if o.id == officer)
        ctx = AppContext(store, None, officer, AppBus(), workspace=workspace, operation_id=seed.OP_ID)
        window = MainWindow(ctx, size=size)
        made.append((window, store))
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window, store in made:
        window.ctx.bus.blockSignals(True)
        if window._palette is not None:
            window._palette.hide()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()


def _press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    QApplication.processEvents()


def _new_incident_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "NewIncidentDialog"]


def _close_new_incident_dialogs() -> None:
    dialogs = _new_incident_dialogs()
    assert dialogs, "Ctrl+N opened no new-incident form"
    for dialog in dialogs:
        dialog.reject()
        dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _counter(action) -> list[int]:
    fired: list[int] = []
    action.triggered.connect(lambda *_: fired.append(1))
    return fired


@pytest.mark.parametrize("workspace, focused", [("ops", "queueDock"), ("field", "queueDock"),
                                                ("command", "taskBoardDock")])
def test_the_shell_shortcuts_work_the_same_in_every_workspace(qtbot, desk, workspace, focused):
    window = desk("o-city", workspace)
    assert window.workspace == workspace
    widget = window.dock_widgets[focused]
    target = getattr(widget, "table", widget)
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_K)
    assert window._palette is not None and window._palette.isVisible(), f"Ctrl+K in {workspace}"
    window._palette.hide()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=WAIT)
    new = _counter(window.actions.new_incident)
    _press(qtbot, Qt.Key.Key_N)
    assert new == [1], f"Ctrl+N in {workspace} with {focused} focused"
    _close_new_incident_dialogs()


def test_the_shell_shortcuts_reach_a_floating_dock_too(qtbot, desk):
    window = desk("o-city", "field")
    dock = window.docks["queueDock"]
    dock.setFloating(True)
    qtbot.waitExposed(dock)
    dock.activateWindow()
    table = window.dock_widgets["queueDock"].table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=WAIT)
    new = _counter(window.actions.new_incident)
    _press(qtbot, Qt.Key.Key_N)
    assert new == [1]
    _close_new_incident_dialogs()


@pytest.mark.parametrize("officer", ["o-leader", ANALYST])
def test_a_read_only_seat_is_shown_no_new_incident_and_its_key_does_nothing(qtbot, desk, officer):
    leader = desk(officer, "ops")
    action = leader.actions.new_incident
    assert not action.isVisible()
    shown = [a for a in leader.actions.toolbar.actions() + leader.actions.file_menu.actions() if a.isVisible()]
    assert action not in shown
    fired = _counter(action)
    leader.dock_widgets["queueDock"].table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_N)
    assert fired == []
    leader.open_new_incident(121.5, 31.2)  # the map's "new incident here" asks the same window
    assert not _new_incident_dialogs()


@pytest.mark.parametrize("officer", ["o-city", STREET, ADMIN, "o-liaison"])
def test_a_role_that_may_report_is_shown_new_incident(qtbot, desk, officer):
    window = desk(officer, "ops")
    assert window.actions.new_incident.isVisible()
    assert window.actions.new_incident in window.actions.toolbar.actions()


@pytest.mark.parametrize("officer, shown", [(ADMIN, True), ("o-city", False), ("o-leader", False), (ANALYST, False)])
def test_only_an_administrator_is_shown_the_open_data_export(qtbot, desk, officer, shown):
    window = desk(officer, "ops")
    assert window.actions.open_data.isVisible() is shown
    assert (window.actions.open_data in [a for a in window.actions.file_menu.actions() if a.isVisible()]) is shown


def test_the_last_sync_is_shown_in_the_city_time_and_its_zone_is_named(qtbot, desk):
    window = desk("o-city", "ops")
    long_ago = datetime(2020, 3, 1, 2, 5, 9, tzinfo=UTC)  # 10:05:09 in the city, whatever the machine's zone
    window.status.update_state(SimpleNamespace(connection="online", pending=0, last_success=long_ago,
                                               last_error="", conflicts=0))
    text = window.status.last_sync.text()
    assert "2020-03-01 10:05" in text and "Beijing time" in text, text
    assert "10:05:09" in window.status.last_sync.toolTip()
    now = datetime.now(UTC)
    window.status.update_state(SimpleNamespace(connection="online", pending=0, last_success=now,
                                               last_error="", conflicts=0))
    assert now.astimezone(BUSINESS_TZ).strftime("%H:%M") in window.status.last_sync.text()


def test_a_central_service_that_stops_answering_is_named_with_a_way_to_change_its_address(qtbot, desk,
                                                                                         monkeypatch):
    window = desk("o-city", "ops")
    clock = [1000.0]
    bar = window.status
    monkeypatch.setattr(bar, "_clock", lambda: clock[0])
    bar.set_central_url("http://127.0.0.1:18765")

    def state(connection: str) -> SimpleNamespace:
        return SimpleNamespace(connection=connection, pending=2, last_success=None,
                               last_error="connection refused", conflicts=0)

    bar.update_state(state("offline"))
    assert not bar.unreachable.isVisible()  # a short outage is no news
    clock[0] += 30
    bar.update_state(state("syncing"))  # a retry: the spell goes on
    bar.update_state(state("offline"))
    clock[0] += status.UNREACHABLE_AFTER
    bar.check_reachable()
    assert bar.unreachable.isVisible()
    assert "127.0.0.1:18765" in bar.unreachable.text() and "Change address" in bar.unreachable.text()
    assert "2 minute(s)" in bar.unreachable.toolTip() or "2 minutes" in bar.unreachable.toolTip()
    bar.update_state(state("online"))
    assert not bar.unreachable.isVisible()


def test_quick_search_finds_a_joint_command_by_name_and_opens_it_in_its_workspace(qtbot, desk):
    window = desk("o-city", "ops")
    window.open_palette()
    palette = window._palette
    palette.edit.setText("海葵 防御")  # two words of 台风“海葵”防御, both must match
    palette.search()
    texts = [palette.list.item(i).text().strip() for i in range(palette.list.count())]
    assert "Joint commands" in texts and any("台风“海葵”防御" in t for t in texts), texts
    palette.edit.setText("海葵 马拉松")
    palette.search()
    assert not any("台风“海葵”防御" in palette.list.item(i).text() for i in range(palette.list.count()))
    palette.edit.setText(seed.OP_ID)  # by its id too
    palette.search()
    with qtbot.waitSignal(window.ctx.bus.operation_selected) as chosen:
        palette._activate_current()
    assert chosen.args == [seed.OP_ID]
    assert window.workspace == "command" and window.ctx.operation_id == seed.OP_ID


def test_knowledge_search_with_two_words_matches_them_across_title_body_and_tags(qtbot, desk):
    window = desk("o-city", "ops")
    knowledge = window.dock_widgets["knowledgeDock"]
    for query in ("台风 防御", "防御 台风", "台风 防汛", "广告牌 台风"):
        knowledge.search.setText(query)
        qtbot.waitUntil(lambda: not knowledge.busy(), timeout=WAIT)
        found = [knowledge.results.item(i).text() for i in range(knowledge.results.count())]
        assert found == ["[Policy] 台风季节城市运行保障要求"], (query, found)
    knowledge.search.setText("台风 积水")  # no document has both
    qtbot.waitUntil(lambda: not knowledge.busy(), timeout=WAIT)
    assert knowledge.results.count() == 0
    knowledge.search.setText("台风 防御")
    qtbot.waitUntil(lambda: not knowledge.busy(), timeout=WAIT)
    knowledge.results.setCurrentRow(0)
    # issued 20:00 UTC on 31 May: 1 June in the city
    assert "2026-06-01" in knowledge.reader.toPlainText()
    window.open_palette()
    window._palette.edit.setText("台风 防御")
    window._palette.search()
    assert any("台风季节城市运行保障要求" in window._palette.list.item(i).text()
               for i in range(window._palette.list.count()))


@pytest.mark.parametrize("officer, workspace", [("o-city", "ops"), ("o-leader", "lead")])
def test_ctrl_shift_w_puts_the_wall_display_up_and_esc_takes_it_down(qtbot, desk, officer, workspace):
    window = desk(officer, workspace)
    target = window.dock_widgets["queueDock"].table
    target.show()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wall = window.wall
    assert wall is not None and wall.isVisible() and wall.isFullScreen()
    window.actions.wall.trigger()
    assert window.wall is wall  # one wall, raised again
    qtbot.waitUntil(lambda: wall.snapshot is not None, timeout=WAIT)
    QTest.keyClick(wall, Qt.Key.Key_Escape)
    assert window.wall is None
