"""The administrator's screens on a desk against a real central service on loopback: the open-data export
(review, approve, export; a changed selection withdraws the review; offline nothing is exported),
operations and maintenance (the service, the desks, the sensors, the audit), and officers' accounts (one
made at the desk signs in, a disabled one cannot); other officers never see the commands."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from dispatch_desk.app import Controller
from dispatch_desk.central import admin
from dispatch_desk.domain.records import Category, Role, SlaStage
from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.ui.admin import OpenDataDialog
from dispatch_desk.ui.shell import i18n
from tests.support.central import report_args
from tests.ui.shell_support import behind_proxy, seed, signed_in

WAIT = 60_000  # ms; a liveness bound for a loaded machine, not a timing
PHONE = "13912345678"


def _today() -> QDate:
    today = datetime.now(BUSINESS_TZ).date()
    return QDate(today.year, today.month, today.day)


@pytest.fixture
def desk(qtbot, tmp_path: Path, central, memory_keyring):
    i18n.install("zh_CN")
    seed(central, "root", Role.ADMIN)
    road = next(c for c in admin.list_records(central.storage, Category) if c.code == "road_damage")
    admin.put_records(central.storage, [replace(road, exact_location=True)])
    central.create_officer("wang", Role.OPS_OFFICER, region="C", name="王芳")
    ops = central.client("wang")
    for args in (report_args(category="road_damage", title="路面坑洞", description=f"王先生来电{PHONE}"),
                 report_args(description="垃圾满溢"), report_args(lon=121.405, lat=31.215)):
        assert ops.mutate("incident.report", args)["outcome"] == "applied"
    proxy = behind_proxy(central)
    ctl = Controller(proxy.url, base=tmp_path / "data", size=(1366, 768))
    ctl.open_window(signed_in(proxy, tmp_path / "data", "root"))
    window = ctl.window
    qtbot.waitUntil(lambda: window.status.connection.property("state") == "online", timeout=WAIT)
    qtbot.waitUntil(lambda: len(window.ctx.store.records("category")) == 3, timeout=WAIT)
    yield ctl, proxy
    ctl.shutdown()
    proxy.close()
    i18n.install("en")


def _reviewed(qtbot, dialog: OpenDataDialog) -> None:
    dialog.review_button.click()
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=WAIT)


def test_an_administrator_reviews_approves_and_exports(qtbot, desk, central, tmp_path: Path):
    ctl, _proxy = desk
    assert ctl.window.actions.open_data.isVisible()
    dialog = OpenDataDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    dialog.set_period(_today(), _today())
    assert not dialog.export_button.isEnabled()  # nothing reviewed yet
    _reviewed(qtbot, dialog)
    assert dialog.review.incidents == 3 and dialog.review.coarsened == 2
    assert "3 件" in dialog.summary.text() and PHONE not in dialog.summary.text()
    assert dialog.sample.rowCount() == 3
    cells = [dialog.sample.item(r, c).text() for r in range(3) for c in range(dialog.sample.columnCount())]
    assert not any(PHONE in text for text in cells) and "网格" in cells
    assert not dialog.export_button.isEnabled()  # not before the approval
    dialog.approve.setChecked(True)
    assert dialog.export_button.isEnabled()

    dialog.withhold.setChecked(True)  # the selection changes: the review is withdrawn
    assert dialog.review is None and not dialog.approve.isChecked() and not dialog.export_button.isEnabled()
    dialog.withhold.setChecked(False)
    dialog.set_category("road_damage", coarsen=True)
    _reviewed(qtbot, dialog)
    assert dialog.review.coarsened == 3
    dialog.approve.setChecked(True)

    folder = tmp_path / "out"
    folder.mkdir()
    written: list[list[Path]] = []
    dialog.export_to(folder, written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT)
    names = sorted(p.name for p in written[0])
    stem = f"开放数据_{_today().toString('yyyy-MM-dd')}_{_today().toString('yyyy-MM-dd')}_全市"
    assert names == sorted([f"{stem}.csv", f"{stem}.geojson", f"{stem}_open311.json"])
    assert sorted(p.name for p in folder.iterdir()) == names  # no part-written file is left beside them
    table = list(csv.DictReader(io.StringIO((folder / f"{stem}.csv").read_text("utf-8-sig"))))
    assert len(table) == 3 and {row["precision"] for row in table} == {"grid_cell"}
    assert all(PHONE not in p.read_text("utf-8-sig") for p in written[0])
    assert len(json.loads((folder / f"{stem}_open311.json").read_text())) == 3
    exports = [r for r in central.audit() if r["name"] == "open_data.export"]
    assert len(exports) == 3 and {r["officer_id"] for r in exports} == {"o-root"}
    assert all(r["args"]["selection"]["coarsen"] == ["road_damage"] for r in exports)


def test_offline_nothing_is_reviewed_or_exported_and_the_dialog_says_why(qtbot, desk, central, tmp_path: Path):
    ctl, proxy = desk
    dialog = OpenDataDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    dialog.set_period(_today(), _today())
    _reviewed(qtbot, dialog)
    dialog.approve.setChecked(True)
    proxy.go_offline()
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.export_to(folder)
    qtbot.waitUntil(lambda: "无法连接" in dialog.notice.text(), timeout=WAIT)
    assert list(folder.iterdir()) == []
    assert not [r for r in central.audit() if r["name"] == "open_data.export"]
    dialog.review_button.click()
    qtbot.waitUntil(lambda: dialog.review_button.isEnabled(), timeout=WAIT)
    assert "无法连接" in dialog.notice.text()


def test_an_ops_officer_has_no_administrators_command(qtbot, tmp_path: Path, central, memory_keyring):
    seed(central)
    ctl = Controller(central.url, base=tmp_path / "data", size=(1366, 768))
    ctl.open_window(signed_in(central, tmp_path / "data"))
    try:
        actions = ctl.window.actions
        assert not any(a.isVisible() for a in (actions.open_data, actions.maintenance, actions.officers,
                                               actions.categories, actions.grid_import, actions.agencies,
                                               actions.admin_entry))
        ctl.window.open_open_data()  # the slots refuse too
        ctl.window.open_maintenance()
        ctl.window.open_officers()
        ctl.window.open_agencies()
        ctl.window.open_categories()
        ctl.window.open_grid_import()
        assert ctl.window.findChild(OpenDataDialog) is None
    finally:
        ctl.shutdown()


def test_an_administrator_reads_the_service_the_sensors_and_the_audit(qtbot, desk, central, tmp_path: Path):
    from dispatch_desk.ui.admin import MaintenanceDialog

    ctl, proxy = desk
    assert ctl.window.actions.maintenance.isVisible()
    dialog = MaintenanceDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.service is not None, timeout=WAIT)
    assert dialog.service_labels["backend"].text() == "sqlite" and dialog.migrations.rowCount() >= 7
    assert dialog.sensor_table.rowCount() == 1 and dialog.sensor_table.item(0, 2).text() == "从未上报"
    reports = [r for r in dialog.audit_rows if r.name == "incident.report"]
    assert len(reports) == 3 and {r.officer_id for r in reports} == {"o-wang"}

    def my_desk_listed() -> bool:
        if not dialog.busy and not any(d.officer_id == "o-root" for d in dialog.desks):
            dialog.refresh()  # the desk reports itself after its first sync: ask again until it has
        return any(d.officer_id == "o-root" for d in dialog.desks)

    qtbot.waitUntil(my_desk_listed, timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.desk_table.rowCount() == len(dialog.desks) and "李明 (o-root)" in dialog.desk_table.item(0, 0).text()

    dialog.officer.setText("o-root")
    dialog.kind.setCurrentIndex(dialog.kind.findData("auth.login"))
    dialog.search.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.audit_rows and all(
        r.kind == "auth.login" and r.officer_id == "o-root" for r in dialog.audit_rows), timeout=WAIT)
    out = tmp_path / "audit.csv"
    dialog.export_to(out)
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("n,at,kind,officer_id") and len(lines) == len(dialog.audit_rows) + 1

    proxy.go_offline()
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy and "无法连接" in dialog.notice.text(), timeout=WAIT)
    assert dialog.audit_rows  # what it showed stays


def test_an_administrator_makes_an_account_that_signs_in_then_disables_it(qtbot, desk, central):
    from dispatch_desk.ui.admin import OfficersDialog

    ctl, proxy = desk
    assert ctl.window.actions.officers.isVisible()
    dialog = OfficersDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    form = dialog.account_dialog(None)
    qtbot.addWidget(form)
    form.username.setText("Sun Li")
    form.name.setText("孙丽")
    assert "用户名" in form.check()  # named before anything is sent, in the desk's language
    form.username.setText("sun.li")
    assert form.check() == "该角色须指定其负责的区域。"
    form.region.setCurrentIndex(form.region.findData("D1"))
    form.password.setText("a good passphrase")
    form.again.setText("a good passphrase")
    assert form.check() is None

    dialog.create_account(form.form())
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "sun.li" in dialog.notice.text()
    qtbot.waitUntil(lambda: any(dialog.table.item(r, 1).text() == "sun.li" for r in range(dialog.table.rowCount())),
                    timeout=WAIT)  # the new record came back through the feed
    assert central.login("sun.li", "a good passphrase").status_code == 200

    dialog.select("sun.li")
    assert dialog.active_button.text() == "停用"
    dialog.toggle_selected()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert central.login("sun.li", "a good passphrase").status_code in (401, 403)

    proxy.go_offline()
    dialog.show_disabled.setChecked(True)
    dialog.select("sun.li")
    dialog.toggle_selected()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "无法连接" in dialog.notice.text()
    assert central.login("sun.li", "a good passphrase").status_code in (401, 403)  # nothing changed


def test_an_administrator_shortens_a_time_limit_and_a_new_report_counts_with_it(qtbot, desk, central):
    from dispatch_desk.ui.admin import CategoriesDialog

    ctl, proxy = desk
    assert ctl.window.actions.categories.isVisible()
    dialog = CategoriesDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    dialog.select("road_damage")
    limit, near = dialog.limit_boxes[SlaStage.REGISTER]
    assert limit.value() == 20  # the seed's rule
    limit.setValue(5)
    near.setValue(5)
    dialog.save()
    assert dialog.notice.text() == "临期提醒须不小于 0 且小于时限。" and not dialog.busy  # named, nothing sent
    near.setValue(1)
    dialog.exact.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "已保存" in dialog.notice.text()
    qtbot.waitUntil(lambda: dialog.table.item(next(r for r in range(dialog.table.rowCount()) if dialog.table.item(
        r, 0).data(Qt.ItemDataRole.UserRole + 1) == "road_damage"), 4).text() == "5 分钟", timeout=WAIT)
    report = central.client("wang").mutate("incident.report", report_args(category="road_damage"))
    assert report["outcome"] == "applied"

    proxy.go_offline()
    dialog.select("road_damage")
    dialog.limit_boxes[SlaStage.REGISTER][0].setValue(30)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "无法连接" in dialog.notice.text()


def test_an_administrator_tries_a_grid_file_sees_why_it_is_refused_then_imports_a_good_one(qtbot, desk, central,
                                                                                         tmp_path: Path):
    from dispatch_desk.ui.admin import GridImportDialog
    from tests.domain.test_grid_import import SPLIT

    ctl, _proxy = desk
    assert ctl.window.actions.grid_import.isVisible()
    dialog = GridImportDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [SPLIT["features"][1]]}))
    dialog.try_file(bad)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert "重叠" in dialog.problems.toPlainText() and not dialog.import_button.isEnabled()
    good = tmp_path / "good.geojson"
    good.write_text(json.dumps(SPLIT))
    dialog.try_file(good)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.summary.text() == "共 2 个网格：新增 1 个，替换 1 个，0 个不变。" and dialog.import_button.isEnabled()
    dialog.import_file()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.summary.text().startswith("已导入")
    qtbot.waitUntil(lambda: ctl.window.ctx.store.get("grid_cell", "G11b") is not None, timeout=WAIT)  # through the feed


def test_an_administrator_adds_an_agency_temporarily_stationed(qtbot, desk, central):
    from dispatch_desk.ui.admin import AgenciesDialog

    ctl, _proxy = desk
    assert ctl.window.actions.admin_entry.isVisible()
    dialog = AgenciesDialog(ctl.window.ctx, ctl.window)
    qtbot.addWidget(dialog)
    dialog.new_agency()
    dialog.code.setText("QX")
    dialog.name.setText("市气象局")
    dialog.phone.setText("call me")
    dialog.stationing.setCurrentIndex(dialog.stationing.findData("temporary"))
    dialog.save()
    assert dialog.notice.text() == "电话号码只能包含数字、空格、“+”“-”和括号。" and not dialog.busy
    dialog.phone.setText("021-6234 5678")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: "QX" in dialog.agencies, timeout=WAIT)  # back through the feed
    assert dialog.agencies["QX"].stationing.value == "temporary"


def test_an_administrator_writes_a_plan_and_withdraws_it(qtbot, desk):
    from dispatch_desk.ui.admin import PlansDialog
    from dispatch_desk.ui.command.lifecycle import StartOperationDialog

    ctl, _proxy = desk
    ctx = ctl.window.ctx
    assert ctl.window.actions.plans.isVisible()
    dialog = PlansDialog(ctx, ctl.window)
    qtbot.addWidget(dialog)
    dialog.code.setText("plan-flood")
    dialog.name.setText("防汛预案（Ⅳ级）")
    dialog.kind.setCurrentIndex(dialog.kind.findData("flood"))
    dialog.save()
    assert dialog.notice.text() == "预案须有 1 至 50 项任务。" and not dialog.busy
    for title in ("排查易积水点", "封闭下穿通道"):
        dialog.new_task()
        dialog.tasks.item(dialog.tasks.currentRow(), 1).setText(title)  # the title column
    dialog.save()
    assert dialog.notice.text() == "请为每项任务选择责任单位。" and dialog.tasks.currentRow() == 0
    for row, agency in ((0, "SW"), (1, "JT")):
        combo = dialog.tasks.cellWidget(row, 0)
        combo.setCurrentIndex(combo.findData(agency))
    dialog.tasks.cellWidget(1, 3).setValue(60)
    dialog.tasks.setCurrentCell(0, 1)
    dialog.description.setPlainText("泵站预降水位，抢险队伍待命。")
    dialog.move_task(1)  # the closure first
    dialog.save()
    qtbot.waitUntil(lambda: "plan-flood" in dialog.plans, timeout=WAIT)  # back through the feed
    plan = dialog.plans["plan-flood"]
    assert [(t.agency, t.title, t.offset_minutes) for t in plan.tasks] == [("JT", "封闭下穿通道", 60),
                                                                          ("SW", "排查易积水点", 0)]
    assert plan.tasks[1].description == "泵站预降水位，抢险队伍待命。" and plan.active
    offered = StartOperationDialog(ctx, ctl.window)
    qtbot.addWidget(offered)
    assert offered.plan.findData("plan-flood") > 0
    dialog.active.setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.plans["plan-flood"].active, timeout=WAIT)
    assert dialog.table.item(0, 3).text() == "已停用"
    again = StartOperationDialog(ctx, ctl.window)
    qtbot.addWidget(again)
    assert again.plan.findData("plan-flood") < 0  # withdrawn: not offered
