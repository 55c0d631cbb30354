"""Refused changes in the officer's words: the conflicts dialog and the incident's conflict banner over
a real cache and a real central service, conflicts made by a second officer acting first.

Each shows what the officer meant (names, not ids), what the center has now, why (translated by the
refusal code the center answers with), and offers a re-issue only when the domain allows it again.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from dispatch_desk.domain.wire import Mutation
from dispatch_desk.store import Store, migrations
from dispatch_desk.store.pending import Conflict
from dispatch_desk.sync import SyncEngine
from dispatch_desk.ui import tasks
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.incident import IncidentDetailWidget
from dispatch_desk.ui.shell import conflict_words, i18n
from dispatch_desk.ui.shell.conflicts import ConflictsDialog
from tests.support.central import DEFAULT_PASSWORD, city_bundle, report_args

AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.22], [121.40, 31.22], [121.40, 31.20]]]
WAIT = 20_000


def install(lang: str) -> None:
    i18n.install(lang)
    labels.reset()


@pytest.fixture(autouse=True)
def chinese(memory_keyring):
    install("zh_CN")
    yield
    install("en")


@pytest.fixture
def city(central):
    central.load(city_bundle())
    central.create_officer("ops", "ops_officer", region="C", name="王值班")
    central.create_officer("ops2", "ops_officer", region="C", name="周值班")
    central.create_officer("jt", "liaison", agency="JT", name="周联络")
    central.create_officer("cg", "agency_officer", agency="CG", name="李城管")
    return central


@dataclass
class Desk:
    ctx: AppContext
    engine: SyncEngine
    store: Store
    window: QWidget

    def dialog(self, qtbot) -> ConflictsDialog:
        dialog = ConflictsDialog(self.ctx, self.window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy() and dialog.ui.conflictList.count() > 0, timeout=WAIT)
        return dialog


@pytest.fixture
def open_desk(city, tmp_path: Path, qtbot):
    opened: list[Desk] = []

    def open_(username: str) -> Desk:
        path = tmp_path / f"{username}.sqlite"
        engine = SyncEngine(path, city.url, f"dev-{username}", live=False)
        engine.login(username, DEFAULT_PASSWORD)
        engine.sync_once()
        store = Store.open(path)
        window = QWidget()
        window.resize(1366, 768)
        qtbot.addWidget(window)
        desk = Desk(AppContext(store, engine, engine.officer, AppBus()), engine, store, window)
        opened.append(desk)
        return desk

    yield open_
    for desk in opened:
        desk.ctx.bus.blockSignals(True)
    tasks.wait_for_jobs(10.0)
    for desk in opened:
        tasks.release_worker_stores(desk.store.path, timeout=10.0)
        # conflicts were resolved on pool threads: the engine's connections there are closed there
        tasks.on_every_pool_thread(desk.engine.close)
        desk.engine.close()
        desk.store.close()


def _dispatch_conflict(city, open_desk) -> tuple[Desk, dict]:
    """The desk dispatches to 水务局 an incident a colleague dispatched to 城管局 meanwhile, and 城管局
    has accepted it."""
    api = city.client("ops2")
    args = report_args(title="人行道积水")
    assert api.mutate("incident.report", args)["outcome"] == "applied"
    assert api.mutate("incident.register", {"id": args["id"]})["outcome"] == "applied"
    ops = open_desk("ops")
    assert api.mutate("incident.dispatch", {"id": args["id"], "lead_agency": "CG"})["outcome"] == "applied"
    assert city.client("cg").mutate("incident.accept", {"id": args["id"]})["outcome"] == "applied"
    ops.engine.issue("incident.dispatch", {"id": args["id"], "lead_agency": "SW"})  # the cache: registered
    ops.engine.sync_once()
    (conflict,) = ops.store.conflicts()
    assert conflict.code == "wrong_status"
    return ops, args


def test_a_dispatch_conflict_is_said_with_names_the_centers_state_and_why(city, open_desk, qtbot):
    ops, _ = _dispatch_conflict(city, open_desk)
    dialog = ops.dialog(qtbot)
    ui = dialog.ui
    assert ui.meantView.text() == "将事件「人行道积水」派遣给 水务局"
    assert "人行道积水" in ui.conflictList.item(0).text()
    server = ui.serverView.text()
    assert "已签收" in server and "城管局" in server and "北京时间" in server, server
    assert "他人" in ui.reasonView.text() and "Cannot" not in ui.reasonView.text()
    assert "Cannot" in ui.reasonView.toolTip()  # the center's own words, as details
    assert not ui.reissueButton.isEnabled()  # dispatching an accepted incident is still refused
    assert "无法重新提交" in ui.nextView.text() and ui.reissueButton.toolTip() == ui.nextView.text()
    assert not ui.technicalView.isVisible()  # the raw change is one click away, collapsed
    ui.technicalToggle.click()
    assert ui.technicalView.isVisible() and "incident.dispatch" in ui.technicalView.toPlainText()
    ui.discardReasonEdit.setText("同事已派给城管")
    ui.discardButton.click()
    qtbot.waitUntil(lambda: not dialog.busy() and ui.conflictList.count() == 0, timeout=WAIT)
    assert ops.store.conflicts() == []


def test_the_incident_banner_says_it_in_the_same_words(city, open_desk, qtbot, tmp_path):
    ops, args = _dispatch_conflict(city, open_desk)
    detail = IncidentDetailWidget(ops.ctx)
    qtbot.addWidget(detail)
    detail.resize(560, 900)
    detail.show()
    detail.show_incident(args["id"])
    banner = detail.banner
    qtbot.waitUntil(lambda: not banner.busy() and banner.isVisible(), timeout=WAIT)
    text = banner.text.text()
    assert "将事件「人行道积水」派遣给 水务局" in text and "城管局" in text and "已签收" in text, text
    assert "Cannot" not in text
    assert not banner.reissue_button.isEnabled() and "无法重新提交" in banner.reissue_button.toolTip()
    QApplication.processEvents()
    assert detail.grab().save(str(tmp_path / "banner_zh_CN.png"))
    banner.discard_button.click()
    qtbot.waitUntil(lambda: ops.store.conflicts() == [], timeout=WAIT)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT)  # the banner read them again
    detail.flush()
    qtbot.waitUntil(lambda: not banner.busy(), timeout=WAIT)
    detail.close()


def test_a_task_done_that_the_commander_cancelled_meanwhile(city, open_desk, qtbot):
    commander = city.client("ops2")
    ends = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    for name, args in (
        ("operation.start", {"id": "op-1", "name": "台风防御", "kind": "emergency", "area": AREA, "level": 2}),
        ("seat.open", {"operation": "op-1", "officer": "o-jt", "agency": "JT", "id": "seat-jt", "ends_at": ends}),
        ("task.assign", {"id": "t-1", "operation": "op-1", "agency": "JT", "title": "下立交交通管制"}),
    ):
        assert commander.mutate(name, args)["outcome"] == "applied", name
    liaison = open_desk("jt")
    assert liaison.store.get("task", "t-1")["status"] == "assigned"
    assert commander.mutate("task.cancel", {"id": "t-1", "reason": "积水已退"})["outcome"] == "applied"
    liaison.engine.issue("task.done", {"id": "t-1"})
    liaison.engine.sync_once()
    dialog = liaison.dialog(qtbot)
    ui = dialog.ui
    assert ui.meantView.text() == "完成任务「下立交交通管制」"
    server = ui.serverView.text()
    assert "已取消" in server and "交通委" in server and "积水已退" in server, server
    assert "o-ops2" not in server  # an officer the liaison's cache does not hold is not named by id
    assert "他人" in ui.reasonView.text()
    assert not ui.reissueButton.isEnabled() and "无法重新提交" in ui.nextView.text()


def _facts(name: str, args: dict, names: dict) -> conflict_words.Facts:
    mutation = Mutation(id="m-sentence-1", name=name, args=args)
    conflict = Conflict("m-sentence-1", mutation, "conflict", "", None, None, datetime.now(UTC))
    return conflict_words.Facts(conflict, names)


@pytest.mark.parametrize(("name", "args", "said"), [
    ("seat.open", {"operation": "op-1", "officer": "o-zhou", "agency": "SW", "ends_at": "2026-12-02T10:00:00Z"},
     "开设派驻席位：周联络（水务）"),
    ("log.append", {"operation": "op-1", "text": "泵车已到场", "kind": "info"}, "在指挥日志中记录：泵车已到场"),
    ("task.done", {"id": "t-1"}, "完成任务「下立交交通管制」"),
    ("task.block", {"id": "t-1", "reason": "积水过深"}, "将任务「下立交交通管制」标记为受阻：积水过深"),
    ("incident.dispatch", {"id": "i-1", "lead_agency": "SW", "co_agencies": ["JT"]},
     "将事件「人行道积水」派遣给 水务（协办：交通委）"),
    ("operation.set_level", {"id": "op-1", "level": 2}, "将「台风防御」调整为"),
    ("report.publish", {"id": "r-1"}, "发布态势报告「第一期」"),
])
def test_every_kind_of_change_reads_as_a_sentence_with_names(name, args, said):
    names = {("officer", "o-zhou"): "周联络", ("agency", "SW"): "水务", ("agency", "JT"): "交通委",
             ("task", "t-1"): "下立交交通管制", ("incident", "i-1"): "人行道积水", ("operation", "op-1"): "台风防御",
             ("sitrep", "r-1"): "第一期"}
    assert conflict_words.meant(_facts(name, args, names)).startswith(said)


def test_every_mutation_of_the_desk_has_its_own_sentence():
    from dispatch_desk.domain import command
    from dispatch_desk.domain.workflow_actions import Action

    for name in command.DECISIONS:
        assert name in conflict_words._COMMAND_SENTENCES, name
    for action in Action:
        said = conflict_words.meant(_facts(f"incident.{action.value}", {"id": "i-1"},
                                           {("incident", "i-1"): "人行道积水"}))
        assert "人行道积水" in said and action.value not in said, (action, said)


def test_a_conflict_kept_before_codes_still_shows(city, open_desk, qtbot):
    args = report_args(title="井盖缺失")
    assert city.client("ops2").mutate("incident.report", args)["outcome"] == "applied"
    ops = open_desk("ops")
    ops.store.conn.execute(
        "INSERT INTO conflict (id, mutation_id, name, args, client_time, outcome, reason, entity, state, "
        "created_at) VALUES ('m-old-conflict', 'm-old-conflict', 'incident.close', ?, NULL, 'rejected', 'Cannot close an incident "
        "that is reported', NULL, NULL, '2026-11-28T08:00:00+00:00')", (json.dumps(args, ensure_ascii=False),))
    ops.store.conn.commit()
    dialog = ops.dialog(qtbot)
    ui = dialog.ui
    assert ui.meantView.text() == "结案事件「井盖缺失」"
    assert ui.reasonView.text() == "中心未接受该更改。"
    assert ui.serverView.text() == "中心没有做任何改动。"
    assert "Cannot close" in ui.reasonView.toolTip()


def test_the_english_desk_shows_the_centers_reason_too(city, open_desk, qtbot):
    install("en")
    ops, _ = _dispatch_conflict(city, open_desk)
    dialog = ops.dialog(qtbot)
    ui = dialog.ui
    assert ui.meantView.text() == "Dispatch the incident “人行道积水” to 水务局"
    assert "Someone else changed it first" in ui.reasonView.text()
    assert "The center said: Cannot" in ui.reasonView.text()
    assert "Accepted" in ui.serverView.text() and "城管局" in ui.serverView.text()


def test_a_cache_made_before_conflict_codes_keeps_its_conflicts(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.migrate(conn, upto=8)
    conn.execute(
        "INSERT INTO conflict (id, mutation_id, name, args, client_time, outcome, reason, entity, state, "
        "created_at) VALUES ('m-old-task-1', 'm-old-task-1', 'task.done', '{\"id\": \"t-1\"}', NULL, 'conflict', 'A task that is "
        "cancelled cannot be given this step', 'task', '{\"id\": \"t-1\", \"status\": \"cancelled\"}', "
        "'2026-11-28T08:00:00+00:00')")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert migrations.current_version(store.conn) == len(migrations.available())
        (conflict,) = store.conflicts()
        assert (conflict.code, conflict.reason, conflict.state["status"]) == (
            "", "A task that is cancelled cannot be given this step", "cancelled")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_dialog_fits_laptop_and_center_screens(city, open_desk, qtbot, tmp_path, lang):
    install(lang)
    ops, _ = _dispatch_conflict(city, open_desk)
    for width, height in ((1366, 768), (1920, 1080)):
        ops.window.resize(width, height)
        dialog = ops.dialog(qtbot)
        assert dialog.width() <= width and dialog.height() <= height
        QApplication.processEvents()
        assert dialog.grab().save(str(tmp_path / f"conflicts_{lang}_{width}x{height}.png"))
        dialog.ui.technicalToggle.click()
        QApplication.processEvents()
        assert dialog.grab().save(str(tmp_path / f"conflicts_{lang}_{width}x{height}_details.png"))
        dialog.close()


def test_a_second_raise_from_one_alert_says_which_incident_it_raised_and_offers_no_reissue(qapp):
    mutation = Mutation(id="m-raise-2", name="incident.report", args={"title": "积水", "alert": "al-1"})
    conflict = Conflict("m-raise-2", mutation, "conflict", "alert al-1 raised an incident already", "alert",
                        {"id": "al-1", "incident_id": "i-1"}, datetime.now(UTC), code="exists")
    said = conflict_words.words(conflict_words.Facts(conflict, {("incident", "i-1"): "人行道积水"}))
    assert "人行道积水" in said.server
    assert "已生成事件" in said.why and not said.can_reissue
