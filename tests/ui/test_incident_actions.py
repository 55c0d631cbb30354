"""Every life-cycle action through the real widgets, with a real sync engine and a loopback central
service: applied locally at once, pending until synced, refused buttons explained, conflicts shown,
offline work queued, duplicates merged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.sync.errors import OfflineError
from dispatch_desk.ui import tasks
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.incident import IncidentDetailWidget, NewIncidentDialog
from dispatch_desk.ui.queue import QueueWidget
from dispatch_desk.ui.queue.model import INCIDENT_ID_ROLE, PENDING_ROLE
from tests.support.central import DEFAULT_PASSWORD, city_bundle, report_args
from tests.sync.proxy import FlakyProxy


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


class _Relay(QObject):
    changed = Signal(object)


@dataclass
class Desk:
    """One officer's client: cache, engine, bus, queue and detail."""

    ctx: AppContext
    engine: SyncEngine
    store: Store
    queue: QueueWidget
    detail: IncidentDetailWidget
    relay: _Relay

    def sync(self, qtbot) -> None:
        self.engine.sync_once()
        self.ctx.bus.data_changed.emit({})  # "something changed": both panes read again
        self.detail.flush()
        self.queue.flush()

    def settle(self, qtbot) -> None:
        """Wait until the action issued on the worker is in the cache (and the pane shows it)."""
        qtbot.waitUntil(lambda: not self.detail.busy(), timeout=10_000)
        assert not self.detail.refusal.isVisible(), self.detail.refusal.text()

    def click(self, action: str, qtbot=None) -> None:
        button = self.detail.actions.buttons[action]
        assert button.isEnabled(), button.toolTip()
        button.click()
        if qtbot is not None:
            self.settle(qtbot)

    def confirm(self, qtbot, setup=None) -> None:
        dialog = self.detail.dialog
        assert dialog is not None and dialog.isVisible()
        if setup:
            setup(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert not dialog.isVisible(), dialog.error.text()
        self.settle(qtbot)


@pytest.fixture
def city(central):
    central.load(city_bundle())
    central.create_officer("ops", "ops_officer", region="C", name="王值班")
    central.create_officer("ops2", "ops_officer", region="C", name="周值班")
    central.create_officer("cg", "agency_officer", agency="CG", name="李城管")
    return central


@pytest.fixture
def open_desk(city, tmp_path: Path, qtbot):
    opened: list[Desk] = []

    def open_(username: str, url: str | None = None) -> Desk:
        path = tmp_path / f"{username}.sqlite"
        engine = SyncEngine(path, url or city.url, f"dev-{username}", live=False)
        engine.login(username, DEFAULT_PASSWORD)
        engine.sync_once()
        store = Store.open(path)
        bus = AppBus()
        relay = _Relay()
        relay.changed.connect(bus.data_changed)
        engine.subscribe(lambda kind, payload: relay.changed.emit(payload) if kind == "changed" else None)
        ctx = AppContext(store, engine, engine.officer, bus)
        queue, detail = QueueWidget(ctx), IncidentDetailWidget(ctx)
        qtbot.addWidget(queue)
        qtbot.addWidget(detail)
        queue.resize(1100, 500)
        detail.resize(560, 900)
        queue.show()
        detail.show()
        desk = Desk(ctx, engine, store, queue, detail, relay)
        opened.append(desk)
        return desk

    yield open_
    for desk in opened:
        desk.ctx.bus.blockSignals(True)  # nothing may reach the widgets once their store is closed
        for widget in (desk.queue, desk.detail):
            widget.close()
            widget.deleteLater()
    tasks.wait_for_jobs(10.0)
    for desk in opened:
        # actions were issued on pool threads: the engine's connections there are closed there
        tasks.on_every_pool_thread(desk.engine.close)
        desk.engine.close()
    QApplication.processEvents()
    for desk in opened:
        desk.store.close()


def _photo(tmp_path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    path = tmp_path / "scene.png"
    image.save(str(path))
    return path


def test_an_incident_goes_from_report_to_close_through_the_widgets(city, open_desk, qtbot, tmp_path):
    ops = open_desk("ops")
    dialog = NewIncidentDialog(ops.ctx, lon=121.405, lat=31.205)
    qtbot.addWidget(dialog)
    dialog.title.setText("中山路垃圾堆放")
    dialog.category.setCurrentIndex(dialog.category.findData("garbage"))
    dialog.description.setPlainText("路边垃圾无人清运")
    assert "G11" in dialog.place.text() or "S11" in dialog.place.text()
    incident_id = dialog.submit()
    assert incident_id, dialog.error.text()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert ops.detail.incident is not None and ops.detail.incident.id == incident_id
    ops.queue.flush()
    assert ops.queue.model.index(0, 0).data(INCIDENT_ID_ROLE) == incident_id
    assert ops.queue.model.index(0, 0).data(PENDING_ROLE) is True
    ops.sync(qtbot)
    assert ops.queue.model.index(0, 0).data(PENDING_ROLE) is False
    assert ops.store.get_incident(incident_id).grid_cell == "G11"

    # An ops officer cannot accept for an agency, and the button says why.
    assert not ops.detail.actions.buttons["accept"].isEnabled()
    assert ops.detail.actions.buttons["accept"].toolTip()
    ops.click("register", qtbot)
    assert ops.store.get_incident(incident_id).status.value == "registered"
    ops.click("dispatch")
    assert ops.detail.dialog.lead.currentData() == "CG"  # suggested by the category's routing
    ops.confirm(qtbot)
    assert ops.store.get_incident(incident_id).lead_agency == "CG"
    ops.sync(qtbot)

    cg = open_desk("cg")
    cg.detail.show_incident(incident_id)
    cg.click("accept", qtbot)
    cg.click("dispose")
    photo = _photo(tmp_path)
    def dispose_with_a_photo(d):
        d.set_note("垃圾已清运完毕")
        d.photos.add_files([photo])  # stored in the cache by a worker; the dialog waits for it
        qtbot.waitUntil(lambda: bool(d.photos.hashes()) and not d.photos.busy(), timeout=10000)

    cg.confirm(qtbot, dispose_with_a_photo)
    assert cg.store.get_incident(incident_id).status.value == "disposed"
    assert cg.detail.photos.count() == 1 and cg.detail.photos_box.isVisible()  # from the cache, by hash
    QApplication.processEvents()  # let the scroll area fit the pane to its new scroll bar
    assert cg.detail.grab().save(str(tmp_path / "detail_disposed.png"))
    cg.sync(qtbot)

    ops.sync(qtbot)
    ops.detail.reload()
    ops.click("verify")
    ops.confirm(qtbot, lambda d: d.set_note("现场核查已清理"))
    ops.click("close", qtbot)
    ops.sync(qtbot)
    final = ops.store.get_incident(incident_id)
    assert final.status.value == "closed"
    assert not ops.store.is_pending("incident", incident_id)

    api = city.client("ops")
    changes, _ = api.pull()
    server = [c["data"] for c in changes if c["entity"] == "incident" and c["key"] == incident_id][-1]
    assert server["status"] == "closed"
    steps = [a.action for a in ops.store.incident_actions(incident_id)]
    assert steps == ["report", "register", "dispatch", "accept", "dispose", "verify", "close"]
    assert ops.detail.timeline.topLevelItemCount() == len(steps)


def test_every_other_action_is_issued_from_its_button(city, open_desk, qtbot):
    ops = open_desk("ops")
    api = city.client("ops")
    args = report_args()
    assert api.mutate("incident.report", args)["outcome"] == "applied"
    ops.sync(qtbot)
    ops.detail.show_incident(args["id"])
    ops.click("supervise")
    ops.confirm(qtbot, lambda d: d.set_note("请加快处置"))
    ops.click("comment")
    ops.confirm(qtbot, lambda d: d.set_note("已电话联系报告人"))
    ops.click("escalate")
    ops.confirm(qtbot, lambda d: d.set_note("涉及跨区协调"))
    ops.click("register", qtbot)
    ops.click("extend")
    ops.confirm(qtbot, lambda d: d.set_note("需协调多部门"))
    ops.click("suspend")
    ops.confirm(qtbot, lambda d: d.set_note("等待天气好转"))
    ops.sync(qtbot)
    incident = ops.store.get_incident(args["id"])
    assert incident.supervised
    assert incident.suspended_until is not None
    steps = [a.action for a in ops.store.incident_actions(args["id"])]
    assert steps == ["report", "supervise", "comment", "escalate", "register", "extend", "suspend"]
    assert not ops.store.pending_count()


def test_a_required_reason_is_asked_for_before_anything_is_sent(city, open_desk, qtbot):
    ops = open_desk("ops")
    args = report_args()
    city.client("ops").mutate("incident.report", args)
    ops.sync(qtbot)
    ops.detail.show_incident(args["id"])
    ops.click("cancel")
    dialog = ops.detail.dialog
    assert dialog.subject.isVisibleTo(dialog) and args["title"] in dialog.subject.text()  # what it acts on
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert ops.store.pending_count() == 0
    dialog.reject()


@pytest.fixture
def registered_offline(city, open_desk, qtbot):
    """An officer's desk behind a proxy that then goes offline, and an incident registered there."""
    host, port = city.url.removeprefix("http://").split(":")
    proxy = FlakyProxy((host, int(port)))
    try:
        args = report_args()
        city.client("ops").mutate("incident.report", args)
        ops = open_desk("ops", url=proxy.url)
        ops.detail.show_incident(args["id"])
        proxy.go_offline()
        ops.click("register", qtbot)
        yield ops, proxy, args
    finally:
        proxy.close()


def test_work_done_offline_is_queued_shown_pending_and_synced_later(city, registered_offline, qtbot):
    ops, proxy, args = registered_offline
    with pytest.raises(OfflineError):
        ops.engine.sync_once()
    ops.detail.reload()
    assert ops.store.get_incident(args["id"]).status.value == "registered"  # applied locally at once
    assert ops.store.pending_count() == 1
    pending = ops.detail.timeline.topLevelItem(ops.detail.timeline.topLevelItemCount() - 1)
    assert ops.detail.tr("(waiting to sync)").strip("()") in pending.text(2)
    ops.queue.flush()
    assert ops.queue.model.index(0, 0).data(PENDING_ROLE) is True
    proxy.go_online()
    ops.sync(qtbot)
    assert ops.store.pending_count() == 0
    changes, _ = city.client("ops").pull()
    server = [c["data"] for c in changes if c["entity"] == "incident" and c["key"] == args["id"]][-1]
    assert server["status"] == "registered"


def test_a_conflict_from_the_server_shows_on_the_incident_and_can_be_discarded(city, registered_offline, qtbot, tmp_path):
    ops, proxy, args = registered_offline
    # Meanwhile a colleague registers and dispatches it.
    other = city.client("ops2")
    other.mutate("incident.register", {"id": args["id"]})
    other.mutate("incident.dispatch", {"id": args["id"], "lead_agency": "CG"})
    proxy.go_online()
    ops.sync(qtbot)
    ops.detail.reload()
    banner = ops.detail.banner
    qtbot.waitUntil(lambda: not banner.busy() and banner.isVisible(), timeout=10000)  # read off the main thread
    assert "Dispatched" in banner.text.text() or "dispatched" in banner.text.text().lower()
    assert ops.store.get_incident(args["id"]).status.value == "dispatched"  # back to the server's state
    # registering a dispatched incident is still refused: said before it is tried, and nothing is lost
    assert not banner.reissue_button.isEnabled() and banner.reissue_button.toolTip()
    QApplication.processEvents()
    assert ops.detail.grab().save(str(tmp_path / "detail_conflict.png"))
    assert ops.store.pending_count() == 0
    banner.discard_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10000)
    ops.detail.flush()
    qtbot.waitUntil(lambda: not banner.busy(), timeout=10000)
    assert not [c for c in ops.engine.conflicts() if c.resolved_at is None]


def test_duplicates_nearby_are_merged_into_one_incident(city, open_desk, qtbot):
    api = city.client("ops")
    keep, dup, far = report_args(), report_args(lon=121.4052), report_args(lon=121.415)
    for a in (keep, dup, far):
        assert api.mutate("incident.report", a)["outcome"] == "applied"
    ops = open_desk("ops")
    ops.detail.show_incident(keep["id"])
    assert ops.detail.duplicates_box.isVisible()
    tree = ops.detail.duplicates
    assert tree.topLevelItemCount() == 1  # ~20 m away; the one 1 km away is not offered
    assert ops.detail.checked_duplicates() == []  # nothing is merged that the officer did not tick
    assert not ops.detail.merge_button.isEnabled() and not ops.detail.merge_checked()
    tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert ops.detail.checked_duplicates() == [dup["id"]] and ops.detail.merge_button.isEnabled()
    assert ops.detail.merge_checked()
    ops.settle(qtbot)
    ops.sync(qtbot)
    merged = ops.store.get_incident(dup["id"])
    assert merged.status.value == "cancelled" and merged.merged_into == keep["id"]
    assert ops.store.get_incident(far["id"]).status.value == "reported"
    ops.detail.reload()
    assert not ops.detail.duplicates_box.isVisible()


def test_batch_dispatch_and_accept_from_the_queue(city, open_desk, qtbot):
    api = city.client("ops")
    ids = []
    for _ in range(3):
        a = report_args()
        api.mutate("incident.report", a)
        api.mutate("incident.register", {"id": a["id"]})
        ids.append(a["id"])
    ops = open_desk("ops")
    ops.queue.select_queue("preset:to_dispatch")
    assert ops.queue.model.rowCount() == 3
    ops.queue.table.selectAll()
    ops.queue.batch_dispatch.click()
    dialog = ops.queue.last_batch
    assert dialog.lead.currentData() == "CG"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.run.refused is not None, timeout=10_000)
    assert dialog.run.refused == {}
    assert {ops.store.get_incident(i).status.value for i in ids} == {"dispatched"}
    ops.sync(qtbot)

    cg = open_desk("cg")
    cg.queue.select_queue("preset:to_accept")
    assert cg.queue.model.rowCount() == 3
    cg.queue.table.selectAll()
    cg.queue.batch_accept.click()
    qtbot.waitUntil(lambda: cg.queue.last_batch.refused is not None, timeout=10_000)
    assert cg.queue.last_batch.refused == {}
    cg.sync(qtbot)
    assert {cg.store.get_incident(i).status.value for i in ids} == {"accepted"}


def test_return_suspension_approval_resume_cancel_and_reopen_through_the_buttons(city, open_desk, qtbot):
    api = city.client("ops")
    a, b = report_args(), report_args()
    for args in (a, b):
        api.mutate("incident.report", args)
        api.mutate("incident.register", {"id": args["id"]})
        api.mutate("incident.dispatch", {"id": args["id"], "lead_agency": "CG"})
    cg = open_desk("cg")
    cg.detail.show_incident(a["id"])
    cg.click("return")
    cg.confirm(qtbot, lambda d: d.set_note("不属于本单位职责"))
    cg.sync(qtbot)
    assert cg.store.get_incident(a["id"]).return_reason == "不属于本单位职责"

    ops = open_desk("ops")
    ops.detail.show_incident(a["id"])
    assert ops.detail._field_labels["return_reason"].text() == "不属于本单位职责"
    ops.click("cancel")
    ops.confirm(qtbot, lambda d: d.set_note("重复上报"))
    assert ops.store.get_incident(a["id"]).status.value == "cancelled"

    ops.detail.show_incident(b["id"])
    ops.click("suspend")
    ops.confirm(qtbot, lambda d: d.set_note("等待管线图纸"))
    ops.click("approve_suspension")
    ops.confirm(qtbot)
    assert ops.store.get_incident(b["id"]).status.value == "suspended"
    ops.click("resume", qtbot)
    assert ops.store.get_incident(b["id"]).status.value == "dispatched"
    ops.sync(qtbot)

    cg.sync(qtbot)
    cg.detail.show_incident(b["id"])
    cg.click("accept", qtbot)
    cg.click("dispose")
    cg.confirm(qtbot, lambda d: d.set_note("已修复"))
    cg.sync(qtbot)
    ops.sync(qtbot)
    ops.detail.reload()
    ops.click("verify")
    ops.confirm(qtbot, lambda d: d.set_note("核查通过"))
    ops.click("close", qtbot)
    ops.click("reopen")
    ops.confirm(qtbot, lambda d: d.set_note("市民再次反映"))
    ops.sync(qtbot)
    assert ops.store.get_incident(b["id"]).status.value == "registered"
    assert ops.store.pending_count() == 0
    steps = [x.action for x in ops.store.incident_actions(b["id"])]
    assert steps[-8:] == ["suspend", "approve_suspension", "resume", "accept", "dispose", "verify", "close",
                          "reopen"]


def test_knowledge_slot_is_hidden_until_filled_and_show_on_map_tells_the_map(city, open_desk, qtbot):
    from PySide6.QtWidgets import QLabel

    args = report_args()
    city.client("ops").mutate("incident.report", args)
    ops = open_desk("ops")
    ops.detail.show_incident(args["id"])
    assert not ops.detail.knowledge_slot.isVisible()
    ops.detail.set_knowledge_widget(QLabel("《城市道路管理条例》第三十条"))
    assert ops.detail.knowledge_slot.isVisible()
    with qtbot.waitSignal(ops.ctx.bus.show_incident_on_map) as shown:
        ops.detail.map_link.linkActivated.emit("map")
    assert shown.args == [args["id"]]


def test_a_new_incident_can_be_placed_by_grid_cell_code(city, open_desk, qtbot):
    ops = open_desk("ops")
    dialog = NewIncidentDialog(ops.ctx)
    qtbot.addWidget(dialog)
    dialog.title.setText("道路积水")
    dialog.category.setCurrentIndex(dialog.category.findData("waterlogging"))
    dialog.grid_code.setText("G22")
    incident_id = dialog.submit()
    assert incident_id, dialog.error.text()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    incident = ops.store.get_incident(incident_id)
    assert (incident.grid_cell, incident.street, incident.district) == ("G22", "S22", "D2")
    assert 121.41 <= incident.lon <= 121.42 and 31.21 <= incident.lat <= 31.22
    dialog2 = NewIncidentDialog(ops.ctx)
    qtbot.addWidget(dialog2)
    dialog2.title.setText("x")
    dialog2.grid_code.setText("NOPE")
    assert dialog2.submit() is None and "NOPE" in dialog2.error.text()


def test_batch_close_closes_the_verified_and_reports_the_others(city, open_desk, qtbot):
    ops_api, cg_api = city.client("ops"), city.client("cg")
    verified = []
    for _ in range(2):
        a = report_args()
        ops_api.mutate("incident.report", a)
        ops_api.mutate("incident.register", {"id": a["id"]})
        ops_api.mutate("incident.dispatch", {"id": a["id"], "lead_agency": "CG"})
        cg_api.mutate("incident.accept", {"id": a["id"]})
        cg_api.mutate("incident.dispose", {"id": a["id"], "note": "已处置"})
        assert ops_api.mutate("incident.verify", {"id": a["id"], "passed": True})["outcome"] == "applied"
        verified.append(a["id"])
    still_open = report_args()
    ops_api.mutate("incident.report", still_open)
    ops = open_desk("ops")
    ops.queue.select_queue("preset:all_open")
    ops.queue.table.selectAll()
    assert set(ops.queue.selected_ids()) == {*verified, still_open["id"]}
    ops.queue.batch_close.click()
    qtbot.waitUntil(lambda: ops.queue.last_batch.refused is not None, timeout=10_000)
    assert list(ops.queue.last_batch.refused) == [ops.store.get_incident(still_open["id"]).code]  # said why
    assert {ops.store.get_incident(i).status.value for i in verified} == {"closed"}
    report = ops.queue.findChild(QMessageBox, "batchReport")
    assert report is not None and report.isVisible()
    ops.sync(qtbot)
    assert ops.store.pending_count() == 0
