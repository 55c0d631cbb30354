"""The joint command's life-cycle dialogs with a real cache, sync engine and loopback central service:
start from a plan, response level, command transfer, seats, stand-down and close."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import (
    Operation,
    OperationStatus,
    Plan,
    PlanTask,
    Region,
    RegionLevel,
    ReportStatus,
)
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui import tasks
from dispatch_desk.ui.command import exports, lifecycle
from dispatch_desk.ui.context import AppBus, AppContext
from tests.support.central import DEFAULT_PASSWORD, city_bundle, square

PLAN = Plan("plan-flood", "示范市防汛应急预案", "flood", (
    PlanTask("SW", "开启泵站", "易积水点泵站预降水位", 60),
    PlanTask("JT", "下立交交通管制", "", 30),
    PlanTask("CG", "清理雨水口", "", 120),
))


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def city(central):
    central.load(city_bundle())
    central.add(PLAN)
    central.create_officer("ops", "ops_officer", region="C", name="王指挥")
    central.create_officer("ops2", "ops_officer", region="C", name="周值班")
    central.create_officer("lia", "liaison", agency="SW", name="赵联络")
    return central


@pytest.fixture
def desk(city, tmp_path: Path, qtbot):
    opened: list[tuple[AppContext, SyncEngine, Store]] = []

    def open_(username: str) -> AppContext:
        path = tmp_path / f"{username}.sqlite"
        engine = SyncEngine(path, city.url, f"dev-{username}", live=False)
        engine.login(username, DEFAULT_PASSWORD)
        engine.sync_once()
        store = Store.open(path)
        ctx = AppContext(store, engine, engine.officer, AppBus(), workspace="command")
        opened.append((ctx, engine, store))
        return ctx

    yield open_
    for ctx, _engine, _store in opened:
        ctx.bus.blockSignals(True)  # nothing may reach the widgets once their store is closed
    tasks.wait_for_jobs(10.0)
    tasks.release_worker_stores(None, timeout=5.0)  # the exports' and the editor's reads
    for _ctx, engine, _store in opened:
        # actions were issued on pool threads: the engine's connections there are closed there
        tasks.on_every_pool_thread(engine._close_store)
        engine.close()
    QApplication.processEvents()
    for _ctx, _engine, store in opened:
        store.close()


def _operation(ctx: AppContext, op_id: str) -> Operation:
    return from_wire(Operation, ctx.store.get("operation", op_id))


def _finish(qtbot, dialog) -> None:
    """Press OK and wait until the dialog is done (a finished dialog is deleted) or shows a refusal."""
    assert dialog.ok.isEnabled(), dialog.hint.text()
    dialog.ok.click()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible() or dialog.error.isVisible(),
                    timeout=10_000)
    assert not isValid(dialog) or not dialog.error.isVisible(), dialog.error.text()


def start_from_plan(ctx: AppContext, qtbot, **choices) -> str:
    dialog = lifecycle.start_operation(ctx, None)
    dialog.plan.setCurrentIndex(dialog.plan.findData(PLAN.id))
    for code in choices.get("regions", ("S11", "S12")):
        for i in range(dialog.regions.count()):
            if dialog.regions.item(i).data(256) == code:
                dialog.regions.item(i).setCheckState(lifecycle.Qt.CheckState.Checked)
    dialog.level.setCurrentIndex(dialog.level.findData(choices.get("level", 2)))
    with qtbot.waitSignal(ctx.bus.operation_selected, timeout=10_000) as selected:
        _finish(qtbot, dialog)
    assert selected.args == [dialog.op_id]
    return dialog.op_id


def test_start_from_a_plan_lists_its_tasks_and_issues_operation_start(city, desk, qtbot):
    ops = desk("ops")
    dialog = lifecycle.start_operation(ops, None)
    assert not dialog.ok.isEnabled()  # no name yet
    dialog.plan.setCurrentIndex(dialog.plan.findData(PLAN.id))
    assert dialog.name.text() == PLAN.name
    listed = [dialog.plan_tasks.item(i).text() for i in range(dialog.plan_tasks.count())]
    assert len(listed) == 3 and any("开启泵站" in t for t in listed)
    checked = {dialog.agencies.item(i).data(256) for i in range(dialog.agencies.count())
               if dialog.agencies.item(i).checkState() == lifecycle.Qt.CheckState.Checked}
    assert checked == {"SW", "JT", "CG"}
    assert not dialog.ok.isEnabled() and dialog.hint.isVisible()  # no area chosen yet
    dialog.close()

    op_id = start_from_plan(ops, qtbot)
    assert ops.operation_id == op_id
    op = _operation(ops, op_id)
    assert op.status is OperationStatus.ACTIVE and op.plan == PLAN.id and op.level == 2
    assert op.regions == ("S11", "S12") and op.area  # the union of the two streets
    xs = {round(p[0], 5) for p in op.area[0]}
    assert min(xs) == 121.40 and max(xs) == 121.42
    tasks = exports.read_tasks(ops.store, op_id)
    assert sorted(t.title for t in tasks) == sorted(t.title for t in PLAN.tasks)
    ops.engine.sync_once()  # the central service takes it: the tasks stay after the feed answers
    assert sorted(t.title for t in exports.read_tasks(ops.store, op_id)) == sorted(t.title for t in PLAN.tasks)


def test_start_blank_with_an_area_drawn_on_the_map_as_planned(city, desk, qtbot):
    ops = desk("ops")
    ring = [(121.401, 31.201), (121.409, 31.201), (121.409, 31.209), (121.401, 31.209)]
    dialog = lifecycle.start_operation(ops, None, area=ring)
    assert dialog.by_drawing.isChecked() and "km²" in dialog.area_info.text()
    dialog.name.setText("示范路演保障")
    dialog.as_planned.setChecked(True)
    assert dialog.steps()[0][0] == "operation.create"
    with qtbot.waitSignal(ops.bus.operation_selected, timeout=10_000):
        _finish(qtbot, dialog)
    op = _operation(ops, dialog.op_id)
    assert op.status is OperationStatus.PLANNED and op.area[0][0] == op.area[0][-1]


def test_the_level_dialog_refuses_an_unchanged_level_and_raises_with_a_reason(city, desk, qtbot):
    ops = desk("ops")
    op_id = start_from_plan(ops, qtbot, level=3)
    dialog = lifecycle.set_level(ops, None, op_id)
    assert dialog.level.currentData() == 3
    assert not dialog.ok.isEnabled()
    assert dialog.hint.isVisible() and dialog.hint.text()  # in the officer's words, not the code
    dialog.submit()  # pressed anyway (a shortcut): refused in the dialog, nothing sent
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.level.setCurrentIndex(dialog.level.findData(2))
    assert dialog.ok.isEnabled() and dialog.direction.text()
    dialog.reason.setPlainText("风力增强")
    _finish(qtbot, dialog)
    assert _operation(ops, op_id).level == 2


def test_transfer_seat_and_stand_down(city, desk, qtbot):
    ops = desk("ops")
    op_id = start_from_plan(ops, qtbot)
    transfer = lifecycle.transfer_command(ops, None, op_id)
    assert not transfer.ok.isEnabled()  # the same command
    transfer.deputy.setCurrentIndex(transfer.deputy.findData(city.officers["ops2"].id))
    _finish(qtbot, transfer)
    assert _operation(ops, op_id).deputy == city.officers["ops2"].id

    seat = lifecycle.open_seat(ops, None, op_id)
    first = ops.store.get("officer", seat.officer.itemData(0))
    assert first["role"] == "liaison"  # liaisons first
    seat.officer.setCurrentIndex(seat.officer.findData(city.officers["lia"].id))
    assert seat.agency.currentData() == "SW"
    seat.preset_buttons["4h"].click()
    ends = lifecycle.from_qt(seat.ends.dateTime())
    assert timedelta(hours=3, minutes=58) < ends - datetime.now(UTC) <= timedelta(hours=4, minutes=1)
    seat.ends.setDateTime(seat.starts.dateTime())
    assert not seat.ok.isEnabled()
    seat.preset_buttons["eod"].click()
    assert lifecycle.from_qt(seat.ends.dateTime()).astimezone(lifecycle.labels.BUSINESS_TZ).hour == 23
    if not seat.ok.isEnabled():  # a test run just before midnight in Shanghai: the end of day is past
        seat.preset_buttons["8h"].click()
    _finish(qtbot, seat)
    op = _operation(ops, op_id)
    assert [s.officer for s in op.seats] == [city.officers["lia"].id]

    down = lifecycle.stand_down(ops, None, op_id)
    down.reason.setPlainText("险情解除")
    _finish(qtbot, down)
    assert _operation(ops, op_id).status is OperationStatus.STAND_DOWN


def test_close_asks_for_a_final_report_then_offers_the_after_action_export(city, desk, qtbot, tmp_path):
    ops = desk("ops")
    op_id = start_from_plan(ops, qtbot)
    flow = lifecycle.close_operation(ops, None, op_id)
    editor = flow.editor
    assert editor is not None and editor.final_box.isChecked()
    qtbot.waitUntil(lambda: "开启泵站" in editor.commander.edits["needs"].toPlainText()
                    or editor.commander.edits["actions"].toPlainText() != "", timeout=10_000)
    editor.publish()
    qtbot.waitUntil(lambda: flow.dialog is not None, timeout=10_000)
    report = exports.read_report(ops.store, editor.report_id)
    assert report.status is ReportStatus.PUBLISHED and report.final and report.number == 1
    dialog = flow.dialog
    assert "1" in dialog.findChild(lifecycle.QLabel, "closeInfo").text()
    _finish(qtbot, dialog)
    op = _operation(ops, op_id)
    assert op.status is OperationStatus.CLOSED and op.final_report == report.id
    qtbot.waitUntil(lambda: flow.offer is not None, timeout=5000)
    assert flow.offer.objectName() == "afterActionOffer"
    flow.offer.button(QMessageBox.StandardButton.No).click()


def test_regions_that_do_not_adjoin_give_their_enclosing_outline():
    bundle = city_bundle()
    streets = {r.code: r for r in bundle.regions}
    rings, joined = lifecycle.area_of_regions([streets["S11"], streets["S12"]])
    assert not joined and len(rings) == 1
    apart = [Region("A", "甲", RegionLevel.STREET, polygon=square(121.40, 31.20)),
             Region("B", "乙", RegionLevel.STREET, polygon=square(121.43, 31.20))]
    rings, joined = lifecycle.area_of_regions(apart)  # two streets with a gap between them
    assert joined and len(rings) == 1 and rings[0][0] == rings[0][-1]
    xs = [p[0] for p in rings[0]]
    assert min(xs) == 121.40 and max(xs) == 121.44
    assert lifecycle.area_of_regions([]) == (None, False)


def test_refusals_are_worded_for_officers_by_reason_then_by_code(qapp):
    assert lifecycle.explain("bad_args", "The area encloses no area.").startswith("The area is not a valid")
    assert lifecycle.explain("forbidden", "Only the commander or the deputy can do this")  # by code


def test_a_planned_operation_is_started_later_with_its_plans_tasks(city, desk, qtbot):
    ops = desk("ops")
    dialog = lifecycle.start_operation(ops, None)
    dialog.plan.setCurrentIndex(dialog.plan.findData(PLAN.id))
    dialog.no_area.setChecked(True)
    dialog.as_planned.setChecked(True)
    _finish(qtbot, dialog)
    op_id = dialog.op_id
    assert _operation(ops, op_id).status is OperationStatus.PLANNED and not exports.read_tasks(ops.store, op_id)
    activate = lifecycle.activate_operation(ops, None, op_id)
    assert "3" in activate.findChild(lifecycle.QLabel, "activateInfo").text()
    _finish(qtbot, activate)
    assert _operation(ops, op_id).status is OperationStatus.ACTIVE
    assert len(exports.read_tasks(ops.store, op_id)) == 3


def test_closing_what_cannot_be_closed_says_why_instead_of_asking_for_a_report(city, desk, qtbot):
    ops = desk("ops")
    dialog = lifecycle.start_operation(ops, None)
    dialog.name.setText("待命演练")
    dialog.no_area.setChecked(True)
    dialog.as_planned.setChecked(True)
    _finish(qtbot, dialog)
    flow = lifecycle.close_operation(ops, None, dialog.op_id)
    assert flow.editor is None and flow.offer is not None and flow.offer.objectName() == "closeRefused"
    assert flow.offer.text()
    with qtbot.waitSignal(flow.finished) as finished:
        flow.offer.button(QMessageBox.StandardButton.Ok).click()
    assert finished.args == [False]
