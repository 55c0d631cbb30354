"""Shell features over a real loopback central service: urgent notifications, the quick-search
palette, the knowledge dock, the conflicts dialog and settings."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from shiboken6 import isValid

from dispatch_desk.app import Controller
from dispatch_desk.domain.records import KnowledgeDoc, KnowledgeKind, Role
from dispatch_desk.ui.shell import i18n, prefs
from dispatch_desk.ui.shell.conflicts import ConflictsDialog
from dispatch_desk.ui.shell.settings import SettingsDialog
from tests.support.central import report_args
from tests.ui.shell_support import behind_proxy, seed, signed_in

WAIT = 60_000


@pytest.fixture
def desk(qtbot, tmp_path: Path, central, memory_keyring):
    """The signed-in desk: its controller (which quits and signs out) and the proxy in front of the
    central service."""
    i18n.install("en")
    seed(central)
    central.create_officer("wang", Role.OPS_OFFICER, region="C", name="王芳")
    central.add(KnowledgeDoc("kb-1", KnowledgeKind.PROCEDURE, "道路积水处置流程",
                             "发现积水后立即设置警示标志。\n通知水务局排水。", issued_by="城运中心",
                             issued_at=datetime(2026, 1, 5, tzinfo=UTC), tags=("积水", "汛期")))
    proxy = behind_proxy(central)
    ctl = Controller(proxy.url, base=tmp_path / "data", size=(1600, 960))
    ctl.open_window(signed_in(proxy, tmp_path / "data"))
    window = ctl.window
    qtbot.waitUntil(lambda: window.status.connection.property("state") == "online", timeout=WAIT)
    qtbot.waitUntil(lambda: window.ctx.store.get("knowledge_doc", "kb-1") is not None, timeout=WAIT)
    yield ctl, proxy
    ctl.shutdown()
    proxy.close()


@pytest.fixture
def world(desk):
    ctl, proxy = desk
    return ctl.window, proxy


def test_a_new_critical_incident_shows_a_banner(qtbot, world, central):
    window, _ = world
    central.client("wang").mutate("incident.report", report_args(title="主干道路面塌陷", severity=4))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT)
    assert window.banner.title.text() == "Critical incident"
    assert "主干道路面塌陷" in window.banner.text.text()
    assert window.banner.property("severity") == "4"


def test_notifications_below_the_chosen_severity_stay_quiet(qtbot, world, central):
    window, _ = world
    prefs.NOTIFY_MIN_SEVERITY.set(4)
    args = report_args(title="路灯不亮", severity=3)
    central.client("wang").mutate("incident.report", args)
    # the watcher has judged it (an urgent, recent report it will not notify twice) ...
    qtbot.waitUntil(lambda: args["id"] in window.watcher.seen, timeout=WAIT)
    # ... and the notifier, called at once, kept it quiet below the chosen severity
    assert not window.banner.isVisible() and window.notifier.shown == []


def test_quick_search_finds_incidents_cells_agencies_and_knowledge(qtbot, world):
    window, _ = world
    args = report_args(title="垃圾堆放在桥下")
    window.ctx.engine.issue("incident.report", args)
    window.open_palette()
    palette = window._palette

    def texts() -> list[str]:
        return [palette.list.item(i).text().strip() for i in range(palette.list.count())]

    for query, expected in (("桥下", "垃圾堆放在桥下"), ("S11", "S11网格"), ("城管", "城管局"),
                            ("积水", "道路积水处置流程")):
        palette.edit.setText(query)
        palette.search()
        assert any(expected in t for t in texts()), (query, texts())

    palette.edit.setText("桥下")
    palette.search()
    with qtbot.waitSignal(window.ctx.bus.incident_selected) as selected:
        palette._activate_current()
    assert selected.args == [args["id"]]
    assert not palette.isVisible()


def test_knowledge_dock_searches_the_cache_and_reads_a_document(qtbot, world):
    window, _ = world
    knowledge = window.dock_widgets["knowledgeDock"]
    knowledge.search.setText("积水")
    qtbot.waitUntil(lambda: not knowledge.busy(), timeout=WAIT)  # searched on a pool thread
    assert knowledge.results.count() == 1
    knowledge.results.setCurrentRow(0)
    assert "通知水务局排水" in knowledge.reader.toPlainText()
    assert "Procedure" in knowledge.reader.toPlainText()


def test_a_conflict_shows_both_sides_and_is_discarded_with_a_reason(qtbot, world, central):
    window, proxy = world
    engine, status = window.ctx.engine, window.status
    args = report_args()
    engine.issue("incident.report", args)
    colleague = central.client("wang")
    qtbot.waitUntil(lambda: any(c["key"] == args["id"] for c in colleague.changes(0)["changes"]), timeout=WAIT)
    qtbot.waitUntil(lambda: status.pending.text() == "All changes synced", timeout=WAIT)

    proxy.go_offline()
    result = colleague.mutate("incident.cancel", {"id": args["id"], "note": "重复上报"})
    assert result["outcome"] == "applied", result
    engine.issue("incident.register", {"id": args["id"]})  # the cache has not seen the cancel yet
    proxy.go_online()
    qtbot.waitUntil(lambda: status.conflicts.text() == "1 conflict", timeout=WAIT)
    assert status.conflicts.property("conflicts") is True

    dialog = ConflictsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.ui.conflictList.count() == 1, timeout=WAIT)
    assert dialog.ui.meantView.text().startswith("Register the incident “")
    assert "incident.register" in dialog.ui.technicalView.toPlainText()  # behind "technical details"
    assert "Cancelled" in dialog.ui.serverView.text()
    assert dialog.ui.reasonView.text()
    assert not dialog.ui.reissueButton.isEnabled()  # registering a cancelled incident is refused still
    assert not dialog.ui.discardButton.isEnabled()  # a discard needs a reason
    dialog.ui.discardReasonEdit.setText("同事已作废该事件")
    assert dialog.ui.discardButton.isEnabled()
    dialog.ui.discardButton.click()
    qtbot.waitUntil(lambda: dialog.ui.conflictList.count() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: status.conflicts.text() == "0 conflicts", timeout=WAIT)


def test_settings_keep_ui_state_in_qsettings_and_the_tile_source_in_the_cache(qtbot, world):
    window, _ = world
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.ui.tileEdit.setText("https://tiles.example.gov.cn/{z}/{x}/{y}.png")
    dialog.ui.themeCombo.setCurrentIndex(dialog.ui.themeCombo.findData("dark"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.soundCheck.setChecked(False)
    tile = "https://tiles.example.gov.cn/{z}/{x}/{y}.png"
    with qtbot.waitSignal(window.ctx.bus.data_changed, timeout=WAIT,  # the map is told once it is stored
                          check_params_cb=lambda changed: changed == {"setting": {prefs.TILE_URL_KEY}}):
        with qtbot.waitSignal(dialog.language_changed) as changed:  # from the default, Chinese
            dialog.ui.buttonBox.accepted.emit()
        assert changed.args == ["en"]
        assert not dialog.isVisible()  # closed at once: the cache write runs on a pool thread
    assert window.ctx.store.get_setting(prefs.TILE_URL_KEY) == tile
    assert prefs.THEME.get() == "dark" and prefs.LANGUAGE.get() == "en"
    assert prefs.NOTIFY_SOUND.get() is False
    i18n.install("en")


def test_settings_show_the_address_the_desk_is_connected_to_and_a_new_one_signs_in_there(qtbot, desk):
    ctl, proxy = desk
    window = ctl.window
    assert proxy.url != prefs.CENTRAL_URL.default  # a desk connected elsewhere than the default address
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.centralEdit.text() == proxy.url
    assert proxy.url in dialog.ui.centralHint.text()

    dialog.ui.centralEdit.setText("ftp:/nowhere")  # bad input: said, nothing saved, the dialog stays
    dialog.open()
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and "ftp:/nowhere" in dialog.ui.centralHint.text()
    assert prefs.CENTRAL_URL.get() == proxy.url

    moved = "http://127.0.0.1:18765"
    dialog.ui.centralEdit.setText(moved + "/")
    with qtbot.waitSignal(dialog.central_url_changed) as changed:
        dialog.ui.buttonBox.accepted.emit()
    assert changed.args == [moved] and prefs.CENTRAL_URL.get() == moved
    window.offer_sign_in_at(moved)
    box = window.findChild(QMessageBox, "signInAgain")
    assert box is not None and moved in box.text()
    again = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    again.click()
    qtbot.waitUntil(lambda: ctl.login_dialog is not None, timeout=WAIT)
    assert ctl.login_dialog.ui.centralEdit.text() == moved  # the sign-in offers the new address


def test_the_detail_pane_suggests_knowledge_for_the_incident_category(qtbot, world):
    window, _ = world
    from dispatch_desk.ui.shell.knowledge import IncidentKnowledge

    suggestions = window.findChild(IncidentKnowledge)
    assert suggestions is not None, "the detail dock has a knowledge slot the shell fills"
    args = report_args(category="waterlogging", title="立交桥下积水")
    window.ctx.engine.issue("incident.report", args)
    window.ctx.bus.incident_selected.emit(args["id"])  # read on a pool thread, shown when it answers
    qtbot.waitUntil(lambda: suggestions.list.count() > 0, timeout=WAIT)
    assert [suggestions.list.item(i).text() for i in range(suggestions.list.count())] == ["道路积水处置流程"]
    with qtbot.waitSignal(suggestions.open_doc) as opened:
        suggestions.list.itemActivated.emit(suggestions.list.item(0))
    assert opened.args == ["kb-1"]
    reader = window.dock_widgets["knowledgeDock"].reader
    qtbot.waitUntil(lambda: "通知水务局排水" in reader.toPlainText(), timeout=WAIT)


def test_a_rebuilt_cache_is_reported_once_and_the_full_check_runs_after_start(qtbot, world):
    window, _ = world
    health = window.cache_health
    qtbot.waitUntil(lambda: health.verified, timeout=WAIT)
    assert health.problem is None
    path = Path(window.ctx.store.path)
    moved = path.with_name(f"{path.name}.damaged-20261128T101500")  # what a start that rebuilt it leaves
    moved.write_bytes(b"not a database")
    assert health.report_rebuilt() == [moved]
    assert window.banner.isVisible() and "rebuilt" in window.banner.text.text()  # the file's place is in the log
    assert health.report_rebuilt() == []  # told once


def _guard_box(qtbot, ctl) -> QMessageBox:
    qtbot.waitUntil(lambda: ctl.guard is not None and ctl.guard.box is not None and ctl.guard.box.isVisible(),
                    timeout=WAIT)
    return ctl.guard.box


def _click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QAbstractButton, name)
    assert button is not None, (name, [b.text() for b in box.buttons()])
    button.click()


def test_quitting_with_unsent_changes_asks_and_can_send_them_first(qtbot, desk, monkeypatch):
    ctl, proxy = desk
    window, engine = ctl.window, ctl.window.ctx.engine
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    proxy.go_offline()
    engine.issue("incident.report", report_args(title="未送出的上报"))
    assert engine.state().pending == 1

    window.close()  # the window's close button asks the same as File › Quit
    box = _guard_box(qtbot, ctl)
    assert "1 change" in box.text() and window.isVisible()
    _click(box, "cancelQuit")
    assert quits == [] and window.isVisible() and ctl.guard is None

    window.quit_requested.emit()
    _click(_guard_box(qtbot, ctl), "sendFirst")
    progress = _guard_box(qtbot, ctl)  # the desk keeps trying while the center is away
    assert "Sending 1 change" in progress.text() and quits == []
    proxy.go_online()
    qtbot.waitUntil(lambda: quits == [True], timeout=WAIT)  # quits once the change has reached the center
    assert engine.state().pending == 0


def test_quitting_anyway_keeps_the_changes_in_the_outbox(qtbot, desk, monkeypatch):
    ctl, proxy = desk
    window, engine = ctl.window, ctl.window.ctx.engine
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    proxy.go_offline()
    engine.issue("incident.report", report_args(title="下次再送的上报"))
    window.quit_requested.emit()
    _click(_guard_box(qtbot, ctl), "quitAnyway")
    assert quits == [True] and not window.isVisible()
    assert window.ctx.store.pending_count() == 1  # durable in the cache, sent at the next start


def test_signing_out_cuts_a_long_read_short_and_closes_every_connection(qtbot, desk, monkeypatch):
    import dispatch_desk.app as app_module
    from dispatch_desk.ui import tasks

    ctl, _ = desk
    window, relay = ctl.window, ctl.relay
    path = window.ctx.store.path
    monkeypatch.setattr(app_module, "JOBS_WAIT", 0.5)
    errors: list[BaseException] = []
    endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
    started = threading.Event()

    def read_forever():
        conn = tasks.worker_store(path).conn
        started.set()
        return conn.execute(endless).fetchone()

    tasks.run_in_background(read_forever, on_error=errors.append)
    assert started.wait(10)
    ctl.shutdown()  # what signing out and quitting do
    # the read was interrupted rather than waited for, and its answer came back before shutdown returned
    assert tasks.pending_jobs() == [] and [type(e).__name__ for e in errors] == ["OperationalError"]
    assert tasks.open_worker_stores() == 0  # every pool thread closed its connections
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(relay) and not isValid(window)  # the relay went with the session


def test_a_large_knowledge_base_is_read_off_the_main_thread_and_listed_a_page_at_a_time(qtbot, tmp_path):
    from dispatch_desk.bench.cases_queue import reference
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.wire import Change
    from dispatch_desk.store import Store
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.shell.knowledge import PAGE, KnowledgeWidget

    i18n.install("en")
    store = Store.open(tmp_path / "kb.sqlite")
    docs = [KnowledgeDoc(f"kb-{n:04d}", KnowledgeKind.CASE, f"案例{n:04d}", "处置经过。") for n in range(PAGE * 2 + 5)]
    store.apply_changes([Change(seq=n + 1, entity="knowledge_doc", key=d.id, op="upsert", data=to_wire(d))
                         for n, d in enumerate(docs)], len(docs))
    widget = KnowledgeWidget(AppContext(store, None, reference()["officer"][0], AppBus()))
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    assert widget.busy() and widget.results.count() == 0  # asked for, not read on this thread
    qtbot.waitUntil(lambda: not widget.busy(), timeout=WAIT)
    assert widget.results.count() == PAGE and widget.count.text() == f"{len(docs)} documents"
    bar = widget.results.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end of the list brings the next page
    assert widget.results.count() == PAGE * 2
    widget.search.setText("案例0007")
    qtbot.waitUntil(lambda: not widget.busy(), timeout=WAIT)
    assert [widget.results.item(i).text() for i in range(widget.results.count())] == ["[Case] 案例0007"]
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
