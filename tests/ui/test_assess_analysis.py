"""The thematic analysis page over a real cache: each view shows the domain's counts, a click opens
exactly the incidents behind a number, and each view saves as a table and a picture."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from dispatch_desk.domain import analysis as an
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.wire import Change
from dispatch_desk.domain.workflow import Action, Applied, Command, decide
from dispatch_desk.store import Store
from dispatch_desk.ui.assess import AnalysisWidget
from dispatch_desk.ui.context import AppBus, AppContext
from tests.domain.world import CATEGORIES, REGIONS, RULES, policy
from tests.ui.test_assessment_page import ADMIN, LEADER, chinese  # noqa: F401 (fixture)

WAIT = 20_000
NOW = datetime.now(UTC)
# (hours ago, category, grid cell): three pipe bursts come back to G1
PLAN = [(30, "pipe_burst", "G1"), (60, "pipe_burst", "G1"), (90, "pipe_burst", "G1"), (5, "litter", "G1"),
        (50, "litter", "G2"), (40 * 24, "pipe_burst", "G2")]


@pytest.fixture
def page(qtbot, tmp_path, chinese):  # noqa: F811
    store = Store.open(tmp_path / "cache.db")
    changes = [(kind, str(getattr(r, "code", "")) or f"{r.category}:{r.stage.value}", to_wire(r))
               for kind, rows in (("region", REGIONS), ("category", CATEGORIES), ("sla_rule", RULES)) for r in rows]
    for n, (hours, category, cell) in enumerate(PLAN):
        args = {"id": f"inc-{n}", "title": "事件", "category": category, "source": "hotline_12345", "severity": 2,
                "lon": 121.5, "lat": 31.2, "street": "S11", "district": "D1", "grid_cell": cell}
        result = decide(None, Command(Action.REPORT, f"m-{n}", args), ADMIN, NOW - timedelta(hours=hours), policy())
        assert isinstance(result, Applied)
        incident = replace(result.incident, grid_cell=cell)  # as the central service locates it
        changes += [("incident", incident.id, to_wire(incident)), ("incident_action", result.action.id,
                                                                   to_wire(result.action))]
    store.apply_changes([Change(seq=i + 1, entity=e, key=k, op="upsert", data=d)
                         for i, (e, k, d) in enumerate(changes)], len(changes))
    ctx = AppContext(store, None, LEADER, AppBus(), workspace="lead")
    widget = AnalysisWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(760, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget.result is not None, timeout=WAIT)
    yield widget, ctx, store
    widget.close()
    store.close()


def _click(qtbot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_the_trend_counts_the_weeks_and_a_number_opens_its_incidents(qtbot, page):
    widget, ctx, store = page
    incidents = [store.get_incident(f"inc-{n}") for n in range(len(PLAN))]
    expected = an.trend(incidents, an.weeks_ending(NOW, 4), lambda i: i.category)
    model, view = widget.views["trend"]
    assert model.table.row_names == [widget._names.category(c) for c in expected.rows]
    assert [row[-1] for row in model.table.rows] == [expected.row_total(r) for r in range(len(expected.rows))]
    opened = []
    ctx.bus.open_in_queue.connect(lambda title, ids: opened.append((title, ids)))
    row = expected.rows.index("pipe_burst")
    week = next(c for c in range(len(expected.columns)) if expected.ids[row][c])  # whatever day it is today
    _click(qtbot, view, row, week)
    assert opened and sorted(opened[0][1]) == sorted(expected.ids[row][week])
    assert opened[0][1] and all(store.get_incident(x).category == "pipe_burst" for x in opened[0][1])


def test_a_category_that_keeps_coming_back_to_one_cell_is_a_hot_spot(qtbot, page):
    widget, ctx, _store = page
    widget.tabs.setCurrentIndex(1)
    model, view = widget.views["spots"]
    assert len(model.table.rows) == 1 and model.table.rows[0][2] == 3  # the three bursts in G1
    opened = []
    ctx.bus.open_in_queue.connect(lambda title, ids: opened.append(ids))
    _click(qtbot, view, 0, 2)
    assert opened == [["inc-2", "inc-1", "inc-0"]]  # report order: the oldest first


def test_each_view_saves_as_a_table_and_as_a_picture(qtbot, page, tmp_path):
    widget, _ctx, _store = page
    widget.tabs.setCurrentIndex(2)
    widget.export_to(tmp_path / "rhythm.csv", "csv")
    with (tmp_path / "rhythm.csv").open(encoding="utf-8-sig", newline="") as f:
        title, headers, *rows = list(csv.reader(f))
    assert title[0] == widget.tabs.tabText(2) and headers[1:] == [str(h) for h in range(24)]
    assert len(rows) == 7 and sum(int(v) for row in rows for v in row[1:]) == len(PLAN) - 1  # 40 days ago is before the 4 weeks
    widget.export_to(tmp_path / "rhythm.png", "png")
    picture = QImage(str(tmp_path / "rhythm.png"))
    assert not picture.isNull() and picture.width() > 300
    assert not list(tmp_path.glob("*.part"))
