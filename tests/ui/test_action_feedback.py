"""An officer's action answers at once, whatever the sync is doing (issue 14, item 18).

The sync engine's write lock is held by another thread, as a sync storing a slice of the change feed
holds it, while the officer reports an incident or acts on one: the dialog is closed and the pending
mark shown before the lock is released; the write completes afterwards. A refused write reopens the
dialog with everything the officer typed. A real central service and sync engine, over loopback.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui import tasks
from dispatch_desk.ui.common import commands
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.incident import IncidentDetailWidget, NewIncidentDialog
from dispatch_desk.ui.queue import QueueWidget
from dispatch_desk.ui.queue.model import INCIDENT_ID_ROLE, PENDING_ROLE
from tests.support.central import DEFAULT_PASSWORD, city_bundle, report_args


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


class _Relay(QObject):
    changed = Signal(object)


class HeldLock:
    """The engine's write lock, held by another thread the way a sync storing a slice holds it."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine
        self._taken = threading.Event()
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._hold, daemon=True)

    def _hold(self) -> None:
        with self._engine._write_lock.bulk():  # a feed slice's hold: the officer's write waits for it
            self._taken.set()
            self._release.wait(30)

    def __enter__(self) -> HeldLock:
        self._thread.start()
        assert self._taken.wait(10)
        return self

    def release(self) -> None:
        self._release.set()
        self._thread.join(10)

    def __exit__(self, *exc: object) -> None:
        self.release()


@pytest.fixture
def desk(central, tmp_path: Path, qtbot):
    central.load(city_bundle())
    central.create_officer("ops", "ops_officer", region="C", name="王值班")
    path = tmp_path / "ops.sqlite"
    engine = SyncEngine(path, central.url, "dev-ops", live=False)
    engine.login("ops", DEFAULT_PASSWORD)
    engine.sync_once()
    store = Store.open(path)
    bus = AppBus()
    relay = _Relay()
    relay.changed.connect(bus.data_changed)
    engine.subscribe(lambda kind, payload: relay.changed.emit(payload) if kind == "changed" else None)
    ctx = AppContext(store, engine, engine.officer, bus)
    queue = QueueWidget(ctx)  # closed and deleted below, before the engine and the cache
    queue.resize(900, 500)
    queue.show()
    qtbot.waitUntil(lambda: len(queue.counts()) == len(queue.queues()), timeout=10_000)
    yield ctx, queue
    bus.blockSignals(True)
    # the tab counts the test's changes asked for end before the cache goes (a loaded machine queues them)
    qtbot.waitUntil(lambda: not queue.counter.busy(), timeout=30_000)
    queue.close()
    queue.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    tasks.wait_for_jobs(10.0)
    tasks.on_every_pool_thread(engine.close)  # its connections on the pool threads and the action lane
    engine.close()
    QApplication.processEvents()
    store.close()


def _report_dialog(ctx: AppContext, qtbot, title: str = "中山路垃圾堆放") -> NewIncidentDialog:
    dialog = NewIncidentDialog(ctx, lon=121.405, lat=31.205)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.title.setText(title)
    dialog.category.setCurrentIndex(dialog.category.findData("garbage"))
    dialog.description.setPlainText("路边垃圾无人清运")
    return dialog


def test_a_report_closes_its_dialog_and_shows_pending_while_a_sync_holds_the_write_lock(desk, qtbot):
    ctx, queue = desk
    dialog = _report_dialog(ctx, qtbot)
    messages = []
    ctx.bus.status_message.connect(messages.append)
    with HeldLock(ctx.engine) as held:
        incident_id = dialog.submit()
        assert incident_id, dialog.error.text()
        # Before the write could happen: the dialog is closed and the desk says the report is being saved.
        assert not dialog.isVisible()
        assert queue.saving_label.isVisible() and queue.saving_label.text()
        assert commands.in_flight().count() == 1
        assert messages and messages[-1] == commands.saving_text("report")
        assert ctx.store.get_incident(incident_id) is None  # still waiting for the lock
        held.release()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert ctx.store.get_incident(incident_id).title == "中山路垃圾堆放"
    assert commands.in_flight().count() == 0 and not queue.saving_label.isVisible()
    queue.flush()
    assert queue.model.index(0, 0).data(INCIDENT_ID_ROLE) == incident_id
    assert queue.model.index(0, 0).data(PENDING_ROLE) is True  # staged, waiting to sync


def test_an_action_on_a_queued_incident_marks_its_row_pending_at_once(desk, central, qtbot):
    ctx, queue = desk
    api = central.client("ops")
    reported = report_args()
    api.mutate("incident.report", reported)
    ctx.engine.sync_once()
    ctx.bus.data_changed.emit({})
    queue.flush()
    row = next(r for r in range(queue.model.rowCount())
               if queue.model.index(r, 0).data(INCIDENT_ID_ROLE) == reported["id"])
    assert queue.model.index(row, 0).data(PENDING_ROLE) is False
    detail = IncidentDetailWidget(ctx)
    qtbot.addWidget(detail)
    detail.show_incident(reported["id"])
    button = detail.actions.buttons["register"]
    assert button.isEnabled(), button.toolTip()
    with HeldLock(ctx.engine) as held:
        button.click()
        QApplication.processEvents()  # one pass of the event loop: the repaint, nothing of the write
        assert queue.model.index(row, 0).data(PENDING_ROLE) is True
        assert queue.saving_label.isVisible()
        assert ctx.store.get_incident(reported["id"]).status.value == "reported"  # not written yet
        held.release()
        qtbot.waitUntil(lambda: not detail.busy(), timeout=10_000)
    assert ctx.store.get_incident(reported["id"]).status.value == "registered"
    assert not queue.saving_label.isVisible()
    detail.close()
    detail.deleteLater()


def test_a_refused_report_reopens_its_dialog_with_what_the_officer_typed(desk, qtbot):
    ctx, queue = desk
    ctx.engine.officer = replace(ctx.engine.officer, active=False)  # refused by the domain when staged
    dialog = _report_dialog(ctx, qtbot, title="九江路井盖缺失")
    dialog.address.setText("九江路100号")
    with HeldLock(ctx.engine) as held:
        incident_id = dialog.submit()
        assert incident_id and not dialog.isVisible()
        held.release()
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.isVisible() and dialog.error.text()
    assert (dialog.title.text(), dialog.address.text()) == ("九江路井盖缺失", "九江路100号")
    assert dialog.description.toPlainText() == "路边垃圾无人清运"
    assert ctx.store.get_incident(incident_id) is None
    assert commands.in_flight().count() == 0 and not queue.saving_label.isVisible()
    dialog.reject()
