"""The joint-command workspace in English: names of places, agencies, plans and indicators from the data
are shown in English once "en" is installed (and in Chinese again under zh_CN), in the widgets and in
the exports, over a cache seeded as the screenshots seed it."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from dispatch_desk.bench import cases_command_ui as seed
from dispatch_desk.domain.records import Dimension, Indicator, Reading
from dispatch_desk.store import Store
from dispatch_desk.ui.command import OperationHeader, exports, lifecycle, situation_text
from dispatch_desk.ui.command.board import TASK_ROLE
from dispatch_desk.ui.command.models import read_view
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n

WAIT = 30_000
RAIN = Indicator("rain", "小时降雨量", Dimension.ENVIRONMENT, "毫米", "310101", warn=20, alarm=50,
                 name_en="Hourly rainfall", unit_en="mm")


@contextmanager
def language(lang: str):
    i18n.install(lang)
    try:
        yield
    finally:
        i18n.install("en")  # as the other tests that switch leave it: the source texts


@pytest.fixture
def cache(tmp_path: Path):
    store = Store.open(tmp_path / "cache.sqlite")
    now = datetime.now(UTC)
    seed.fill(store, 20, 30, now)
    extra = seed.changes([RAIN, Reading("rain", now, 62.0)], 100_000)
    store.apply_changes(extra, 100_000 + len(extra))
    yield store
    store.close()


@pytest.fixture
def commander(cache):
    officer = next(o for o in cache.records("officer") if o.id == "o-city")
    ctx = AppContext(cache, None, officer, AppBus(), workspace="command", operation_id=seed.OP_ID)
    yield ctx
    ctx.bus.blockSignals(True)


def _items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _combo(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_the_new_operation_dialog_names_plans_tasks_regions_and_agencies_in_english(qtbot, commander):
    with language("en"):
        dialog = lifecycle.StartOperationDialog(commander)
        qtbot.addWidget(dialog)
        assert "Shenjiang Typhoon and Flood Emergency Plan" in _combo(dialog.plan)
        dialog.plan.setCurrentIndex(dialog.plan.findData(seed.PLAN_ID))
        tasks = _items(dialog.plan_tasks)
        assert tasks[0].startswith("Water — Pre-lower pumping stations"), tasks
        assert dialog.name.text() == "Shenjiang Typhoon and Flood Emergency Plan"  # the name offered
        regions = [t.strip("\u3000") for t in _items(dialog.regions)]
        assert regions == ["Huangpu District", "The Bund Subdistrict", "East Nanjing Road Subdistrict"]
        agencies = {dialog.agencies.item(i).text(): dialog.agencies.item(i).toolTip()
                    for i in range(dialog.agencies.count())}
        assert agencies["Transport"] == "Municipal Transport Commission"
        assert not any("\u4e00" <= ch <= "\u9fff" for text in [*tasks, *regions, *agencies] for ch in text)
        dialog.close()

    with language("zh_CN"):  # the same records in Chinese under the Chinese desk
        dialog = lifecycle.StartOperationDialog(commander)
        qtbot.addWidget(dialog)
        assert "申江市防台防汛应急预案" in _combo(dialog.plan)
        assert "黄浦区" in [t.strip("\u3000") for t in _items(dialog.regions)]
        dialog.close()
    QApplication.processEvents()


def test_the_seat_dialog_names_agencies_in_english(qtbot, commander):
    with language("en"):
        seat = lifecycle.SeatDialog(commander, None, seed.OP_ID)
        qtbot.addWidget(seat)
        assert {"Water", "Transport", "Urban Mgmt"} <= set(_combo(seat.agency))
        seat.close()


def test_the_header_names_the_operations_plan_in_the_desks_language(qtbot, commander):
    with language("en"):
        header = OperationHeader(commander)
        qtbot.addWidget(header)
        qtbot.waitUntil(lambda: header.feed.view.operation is not None, timeout=WAIT)
        assert header.feed.view.plan is not None
        assert "Plan: Shenjiang Typhoon and Flood Emergency Plan" in header.status.toolTip()
        assert "Plan: Shenjiang Typhoon" in header.command.toolTip()
        header.close()


def test_the_area_picture_labels_regions_in_english(commander, monkeypatch):
    drawn: list[str] = []
    real = QPainter.drawText

    def recording(self, *args):
        drawn.extend(a for a in args if isinstance(a, str))
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    data = exports.gather(commander.store, seed.OP_ID)
    with language("en"):
        assert exports.area_picture(data.operation, data.regions) is not None
    assert "Huangpu District" in drawn and "黄浦区" not in drawn
    drawn.clear()
    with language("zh_CN"):
        exports.area_picture(data.operation, data.regions)
    assert "黄浦区" in drawn


def test_an_english_after_action_report_names_plan_agencies_and_indicators_in_english(commander):
    data = exports.gather(commander.store, seed.OP_ID)
    names = Names.load(commander.store)
    with language("en"):
        html = exports.after_action_html(data, names, {})
        assert "Shenjiang Typhoon and Flood Emergency Plan" in html
        assert "Water, Transport, Urban Mgmt" in html  # the agencies, joined the English way
        assert "Municipal Water Authority" in html  # the tasks by agency
        assert "Hourly rainfall (Huangpu District): 62.0 mm" in html
        assert not any(zh in html for zh in ("市水务局", "小时降雨量", "毫米", "黄浦区", "申江市防台"))
    with language("zh_CN"):
        html = exports.after_action_html(data, names, {})
        assert "申江市防台防汛应急预案" in html and "小时降雨量" in html and "市水务局" in html


def test_the_timeline_csv_names_agencies_in_english(commander, tmp_path: Path):
    data = exports.gather(commander.store, seed.OP_ID, with_timeline=True)
    with language("en"):
        path = tmp_path / "timeline.csv"
        assert exports.write_timeline_csv(path, data.timeline, Names.load(commander.store)) > 0
        text = path.read_text(encoding="utf-8-sig")
    assert ",Water," in text and ",水务," not in text


def test_an_indicator_without_english_keeps_its_chinese_name(commander):
    op = read_view(commander.store, "o-city", seed.OP_ID).operation
    figures = exports.figures_of(commander.store, op, datetime.now(UTC))
    rain = next(f for f in figures.indicators if f.code == "rain")
    bare = replace(rain, name_en="", unit_en="")
    with language("en"):
        assert situation_text.indicator_line(rain).startswith("Hourly rainfall")
        line = situation_text.indicator_line(bare)
        assert line.startswith("小时降雨量") and "毫米" in line


def test_a_long_plan_name_is_whole_in_the_pickers_tooltip(qtbot, commander):
    with language("en"):
        dialog = lifecycle.StartOperationDialog(commander)
        qtbot.addWidget(dialog)
        index = dialog.plan.findData(seed.PLAN_ID)
        assert dialog.plan.itemData(index, Qt.ItemDataRole.ToolTipRole) == dialog.plan.itemText(index)
        dialog.close()


def test_the_board_names_tasks_from_the_plan_as_the_plan_does_and_keeps_typed_titles(qtbot, commander):
    from dispatch_desk.ui.command import TaskBoardWidget

    with language("en"):
        board = TaskBoardWidget(commander)
        qtbot.addWidget(board)
        board.show_finished.setChecked(True)
        qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=WAIT)
        shown = {}
        for row in range(board.model.rowCount()):
            task = board.model.index(row, 0).data(TASK_ROLE)
            if task is not None:
                shown[task.id] = board.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        assert shown[f"{seed.OP_ID}-task-1"] == "Pre-lower pumping stations"  # made from the plan
        assert shown[f"{seed.OP_ID}-task-11"] == "开启泵站预降水位（2）"  # assigned by hand, as typed
        board.close()
