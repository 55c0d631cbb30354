"""Situation reports through the real widgets over a loopback central service: a draft prefilled from
the data, a liaison's section, publication as no. 1 and a read-only editor, the PDF and the CSV timeline."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dispatch_desk.domain.records import Plan, PlanTask, ReportStatus
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui import tasks
from dispatch_desk.ui.command import exports
from dispatch_desk.ui.command.reports import ReportEditor, ReportsWidget
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppBus, AppContext
from tests.support.central import DEFAULT_PASSWORD, city_bundle, report_args

PLAN = Plan("plan-flood", "示范市防汛应急预案", "flood", (
    PlanTask("SW", "开启泵站", "易积水点泵站预降水位", 60),
    PlanTask("JT", "下立交交通管制", "", 30),
))
AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.21], [121.40, 31.21], [121.40, 31.20]]]


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
    central.create_officer("lia", "liaison", agency="SW", name="赵联络")
    return central


@pytest.fixture
def desk(city, tmp_path: Path):
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


def _sync(ctx: AppContext) -> None:
    ctx.engine.sync_once()
    ctx.officer = ctx.engine.officer  # a seat changes the officer's record (their operations)
    ctx.bus.data_changed.emit({})


@pytest.fixture
def running(city, desk):
    """A running operation over S11 and S12 started by the commander, a liaison for SW seated, synced."""
    ops = desk("ops")
    op_id = "op-flood"
    ops.engine.issue("operation.start", {"id": op_id, "name": "示范市防汛", "kind": "emergency", "plan": PLAN.id,
                                         "area": AREA, "level": 2})
    ops.engine.issue("incident.report", report_args("inc-1", category="waterlogging"))
    ops.engine.issue("seat.open", {"operation": op_id, "officer": city.officers["lia"].id, "agency": "SW",
                                   "ends_at": (datetime.now(UTC) + timedelta(hours=4)).isoformat()})
    _sync(ops)
    ops.operation_id = op_id
    return ops, op_id


def pdf_title(data: bytes) -> str:
    """The document title of a PDF written by Qt: a literal string, UTF-16 with a byte-order mark."""
    start = data.index(b"/Title (") + len(b"/Title (")
    out, i = bytearray(), start
    while data[i:i + 1] != b")":
        if data[i:i + 1] == b"\\":
            i += 1
            escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
            if data[i:i + 1].isdigit():
                j = i
                while j < i + 3 and data[j:j + 1].isdigit():
                    j += 1
                out.append(int(data[i:j], 8))
                i = j
                continue
            out += escapes.get(data[i:i + 1], data[i:i + 1])
        else:
            out += data[i:i + 1]
        i += 1
    return bytes(out).decode("utf-16")


def _wait_prefilled(qtbot, editor: ReportEditor) -> None:
    qtbot.waitUntil(lambda: editor.commander.edits["actions"].toPlainText() != "", timeout=10_000)


def test_draft_contribute_publish_gives_number_one_and_a_read_only_editor(city, desk, running, qtbot):
    ops, op_id = running
    editor = ReportEditor(ops, None, op_id=op_id)
    qtbot.addWidget(editor)
    _wait_prefilled(qtbot, editor)
    conditions = editor.commander.edits["conditions"].toPlainText()
    assert "1" in conditions  # the incident in the area is counted
    assert "开启泵站" not in conditions and editor.commander.edits["actions"].toPlainText()
    assert set(editor.sections) == {"SW", "JT"}  # the commander sees every agency's section
    editor.commander.edits["needs"].setPlainText("请求增派排水车")
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=10_000)
    assert not editor.error.isVisible(), editor.error.text()
    draft = exports.read_report(ops.store, editor.report_id)
    assert draft.status is ReportStatus.DRAFT and draft.needs == "请求增派排水车"
    _sync(ops)

    lia = desk("lia")
    assert exports.read_report(lia.store, editor.report_id) is not None, "the seat brings the operation's reports"
    mine = ReportEditor(lia, None, report_id=editor.report_id)
    qtbot.addWidget(mine)
    assert set(mine.sections) == {"SW"}  # a liaison sees only their agency's section
    assert mine.commander.edits["needs"].isReadOnly() and mine.save_button.isHidden()
    assert not mine.contribute_button.isHidden() and mine.publish_button.isHidden()
    mine.sections["SW"].edits["actions"].setPlainText("泵站全部开启")
    mine.save()
    qtbot.waitUntil(lambda: not mine.busy(), timeout=10_000)
    assert not mine.error.isVisible(), mine.error.text()
    section = exports.read_report(lia.store, editor.report_id).sections
    assert [(s.agency, s.actions) for s in section] == [("SW", "泵站全部开启")]
    _sync(lia)
    _sync(ops)

    again = ReportEditor(ops, None, report_id=editor.report_id)
    qtbot.addWidget(again)
    assert again.sections["SW"].edits["actions"].toPlainText() == "泵站全部开启"
    again.ask_publish()
    assert again.confirm.objectName() == "publishConfirm" and "1" in again.confirm.text()
    with qtbot.waitSignal(again.published, timeout=10_000) as published:
        again.confirm.button(again.confirm.StandardButton.Yes).click()
    assert published.args == [editor.report_id, 1]
    report = exports.read_report(ops.store, editor.report_id)
    assert report.status is ReportStatus.PUBLISHED and report.number == 1
    assert again.is_read_only() and again.publish_button.isHidden()
    _sync(ops)
    assert exports.read_report(ops.store, editor.report_id).number == 1  # the central service agrees

    reader = ReportEditor(ops, None, report_id=editor.report_id)
    qtbot.addWidget(reader)
    assert reader.is_read_only() and "1" in reader.status.text() and "王指挥" in reader.status.text()

    dock = ReportsWidget(ops)
    qtbot.addWidget(dock)
    dock.flush()
    assert dock.tree.topLevelItemCount() == 1 and "1" in dock.tree.topLevelItem(0).text(0)
    assert "请求增派排水车" in dock.view.toPlainText()


def test_the_report_pdf_is_written_with_its_title(city, running, qtbot, tmp_path):
    ops, op_id = running
    editor = ReportEditor(ops, None, op_id=op_id)
    qtbot.addWidget(editor)
    _wait_prefilled(qtbot, editor)
    editor.title.setText("防汛态势报告第一期")
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=10_000)
    path = tmp_path / "report.pdf"
    done: list[Path] = []
    exports.export_report_pdf(ops, editor, editor.report_id, path, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert len(data) > 20_000  # the text with its embedded CJK font, and the area picture
    assert b"/Image" in data  # the map (drawn from the area's polygon without a main window)
    assert pdf_title(data) == "防汛态势报告第一期"


def test_after_action_csv_has_a_header_and_one_row_per_timeline_item(city, running, qtbot, tmp_path):
    ops, op_id = running
    ops.engine.issue("log.append", {"operation": op_id, "text": "启动防汛Ⅱ级响应", "kind": "order"})
    done: list[tuple[Path, Path]] = []
    exports.export_after_action(ops, None, op_id, tmp_path, on_done=lambda pdf, csv_: done.append((pdf, csv_)))
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    pdf, csv_path = done[0]
    assert pdf.read_bytes().startswith(b"%PDF-")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the Chinese
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    timeline = ops.store.command.timeline(op_id)
    assert len(rows) == 1 + len(timeline)
    assert "Asia/Shanghai" in rows[0][0]
    assert any("启动防汛Ⅱ级响应" in r[4] for r in rows[1:])
    first = timeline[0][0].astimezone(exports.labels.BUSINESS_TZ).strftime("%Y-%m-%d %H:%M:%S")
    assert rows[1][0] == first  # times in the city's zone


def test_timeline_rows_word_kinds_and_mark_struck_entries():
    from dispatch_desk.store.command import TimelineEvent

    at = datetime(2026, 9, 14, 1, 30, tzinfo=UTC)
    rows = exports.timeline_rows([
        TimelineEvent(at, "log.order", "e1", "封闭下立交", "e1", "SW", "o-ops", True, "写错路段", True),
        (at, "task.done", "t1", "任务完成"),
    ], Names(), yes="x")
    assert rows[0][0] == "2026-09-14 09:30:00"
    assert rows[0][2] == "log.order" and rows[0][4] == "封闭下立交 [写错路段]" and rows[0][7:] == ["x", "x"]
    assert rows[1][2] == "task.done" and rows[1][7:] == ["", ""]


def test_the_dock_follows_a_language_switch(city, running, qtbot):
    from dispatch_desk.ui.shell import i18n

    ops, op_id = running
    i18n.install("en")
    try:
        dock = ReportsWidget(ops)
        qtbot.addWidget(dock)
        dock.flush()
        assert dock.new_button.text() == "New report…" and not dock.new_button.isHidden()
        assert "No reports yet" in dock.empty.text()
        i18n.install("zh_CN")
        qtbot.waitUntil(lambda: dock.new_button.text() == "新建报告…")  # LanguageChange is posted
        assert "暂无报告" in dock.empty.text()
    finally:
        i18n.install("en")


def test_chart_pictures_come_from_an_open_charts_dock_and_are_skipped_otherwise(qtbot):
    from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    assert exports.chart_pictures(window) == []  # no charts dock at all
    dash = QWidget()
    layout = QVBoxLayout(dash)
    dash.tiles = []
    for text in ("降雨量 120 mm", "积水深度 12 cm"):
        tile = QLabel(text, dash)
        tile.setStyleSheet("background: #fde2e2; color: #b3001b; font-size: 20px")
        tile.setMinimumSize(240, 120)
        layout.addWidget(tile)
        dash.tiles.append(tile)
    dock = QDockWidget("charts", window)
    dock.setWidget(dash)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.docks, window.dock_widgets = {"chartsDock": dock}, {"chartsDock": dash}
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    pictures = exports.chart_pictures(window)
    assert len(pictures) == 2 and pictures[0].width() >= 240
    dock.close()  # the officer closed the charts: nothing to show, and no error
    assert exports.chart_pictures(window) == []
