"""Where a new incident is (issue 14, item 10): a typed grid-cell code shows the place in words and the
cell's own coordinates, never the spin boxes' minimum (73.000000 / 18.000000); no place given is said so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from shapely.geometry import Point

from dispatch_desk.bench.cases_queue import fill_store, reference
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.store import Store
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.incident import NewIncidentDialog

CELL = "31010100112"  # 外滩第7网格 of 外滩街道 (黄浦区)


@pytest.fixture
def ctx(tmp_path: Path):
    store = Store.open(tmp_path / "cache.sqlite")
    fill_store(store, 10, datetime.now(UTC))
    yield AppContext(store, None, reference()["officer"][0], AppBus())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()


def _dialog(ctx: AppContext, qtbot, **kw) -> NewIncidentDialog:
    dialog = NewIncidentDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.title.setText("井盖缺失")
    return dialog


def test_a_grid_cell_code_shows_the_place_in_words_and_the_cells_coordinates(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    dialog.grid_code.setText(CELL)
    assert dialog.place.text() == "外滩第7网格 · 外滩街道 · 黄浦区"
    assert dialog.lon.text() != "73.000000" and dialog.lat.text() != "18.000000"
    cell = next(c for c in reference()["grid_cell"] if c.code == CELL)
    assert to_shape(cell.polygon).contains(Point(dialog.lon.value(), dialog.lat.value()))
    args = dialog.args()
    assert (args["grid_cell"], args["street"], args["district"]) == (CELL, "310101001", "310101")
    assert (args["lon"], args["lat"]) == (dialog.lon.value(), dialog.lat.value())


def test_coordinates_typed_after_a_code_replace_it(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    dialog.grid_code.setText(CELL)
    other = next(c for c in reference()["grid_cell"] if c.street == "310101002")
    point = to_shape(other.polygon).representative_point()
    dialog.lon.setValue(point.x)
    dialog.lat.setValue(point.y)
    assert dialog.grid_code.text() == ""
    assert dialog.place.text().startswith(other.name) and "南京东路街道" in dialog.place.text()


def test_no_place_given_is_said_and_nothing_is_reported(ctx, qtbot):
    dialog = _dialog(ctx, qtbot)
    assert dialog.lon.text() == "—" and dialog.lat.text() == "—"  # not a made-up point in the sea
    assert "grid cell code" in dialog.place.text()
    assert dialog.submit() is None
    assert dialog.error.isVisibleTo(dialog) and "grid cell code" in dialog.error.text()
    dialog.grid_code.setText("NOPE")
    assert "NOPE" in dialog.place.text()
    assert dialog.submit() is None and "NOPE" in dialog.error.text()


def test_a_point_picked_on_the_map_is_placed_in_its_cell(ctx, qtbot):
    cell = next(c for c in reference()["grid_cell"] if c.code == CELL)
    point = to_shape(cell.polygon).representative_point()
    dialog = _dialog(ctx, qtbot, lon=point.x, lat=point.y)
    assert dialog.place.text() == "外滩第7网格 · 外滩街道 · 黄浦区"
    assert dialog.args()["grid_cell"] == CELL
