"""The charts dock as officers see it: an indicator tree wide enough to read, remembered; a bar
that fits a narrow dock; names and units from the data in the desk's language."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QScrollArea

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import Dimension, Indicator, Officer, Region, RegionLevel, Role
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.ui.charts import DashboardWidget
from dispatch_desk.ui.charts.dashboard import TREE_MIN_WIDTH, TREE_WIDTH
from dispatch_desk.ui.charts.indicator_tree import CODE_ROLE
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n

SQUARE = (((121.40, 31.15), (121.60, 31.15), (121.60, 31.30), (121.40, 31.30), (121.40, 31.15)),)
REGIONS = [
    Region("SJ", "申江市", RegionLevel.CITY, None, SQUARE, name_en="Shenjiang"),
    Region("SJ-PD", "东浦区", RegionLevel.DISTRICT, "SJ", name_en="Dongpu District"),
    Region("SJ-PD-1", "陆家嘴街道", RegionLevel.STREET, "SJ-PD", name_en="Lujiazui Subdistrict"),
]
# Named as the demo names them: below the city, the region leads the Chinese name and follows the English.
INDICATORS = [
    Indicator("pm25.SJ", "PM2.5浓度", Dimension.ENVIRONMENT, "μg/m³", "SJ", 75, 115, decimals=0,
              name_en="PM2.5 concentration"),
    Indicator("pm25.SJ-PD", "东浦区PM2.5浓度", Dimension.ENVIRONMENT, "μg/m³", "SJ-PD", 75, 115, decimals=0,
              name_en="PM2.5 concentration (Dongpu District)"),
    Indicator("delay.SJ", "平均延误", Dimension.TRAFFIC, "分钟", "SJ", 10, 20, name_en="Mean delay", unit_en="min"),
    Indicator("ponding.SJ-PD-1", "陆家嘴街道易积水点水深", Dimension.SAFETY, "cm", "SJ-PD-1", 15, 27, decimals=0,
              name_en="Water depth at flood-prone spots (Lujiazui Subdistrict)"),
]
OFFICER = Officer("o1", "ops", "王值班", Role.OPS_OFFICER, region="SJ")


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cache.db")
    records = [("region", r, r.code) for r in REGIONS] + [("indicator", i, i.code) for i in INDICATORS]
    s.apply_changes([Change(seq=n + 1, entity=e, key=k, op="upsert", data=to_wire(r))
                     for n, (e, r, k) in enumerate(records)], len(records))
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(store):
    return AppContext(store=store, engine=None, officer=OFFICER, bus=AppBus(), workspace="ops")


@contextmanager
def language(lang: str):
    i18n.install(lang)
    try:
        yield
    finally:
        i18n.install("en")  # as the other tests that switch leave it: the source texts


def _in_dock(qtbot, ctx, settings, width: int, height: int = 600) -> tuple[QScrollArea, DashboardWidget]:
    """The dashboard as the main window holds it: in a dock's scroll area of the given size."""
    dock = QScrollArea(widgetResizable=True)
    w = DashboardWidget(ctx, settings=settings)
    dock.setWidget(w)
    qtbot.addWidget(dock)
    dock.resize(width, height)
    dock.show()
    qtbot.waitExposed(dock)
    return dock, w


def _leaves(w: DashboardWidget) -> dict[str, str]:
    out, stack = {}, [w.tree.tree.topLevelItem(i) for i in range(w.tree.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.data(0, CODE_ROLE):
            out[item.data(0, CODE_ROLE)] = item.text(0)
        stack.extend(item.child(k) for k in range(item.childCount()))
    return out


def test_the_tree_shown_in_a_dock_gets_a_readable_width_and_keeps_the_officers(qtbot, ctx, settings):
    _dock, w = _in_dock(qtbot, ctx, settings, 520)  # the default charts dock on a 1920 screen is ~500 px
    assert not w.tree_toggle.isChecked()  # a narrow dock opens with the tiles alone
    w.tree_toggle.setChecked(True)
    qtbot.waitUntil(lambda: w.tree.width() >= TREE_WIDTH - 2, timeout=3000)
    assert w.tree.width() <= TREE_WIDTH + 2 and w.splitter.sizes()[1] >= 240  # the tiles keep their room
    # the officer widens it; the width and the choice to show the tree are remembered for the next start
    total = sum(w.splitter.sizes())
    w.splitter.setSizes([300, total - 300])
    w.splitter.splitterMoved.emit(300, 1)
    _dock2, again = _in_dock(qtbot, ctx, settings, 700)
    assert again.tree_toggle.isChecked()
    qtbot.waitUntil(lambda: abs(again.tree.width() - 300) <= 2, timeout=3000)


def test_the_tree_never_gets_narrower_than_its_names_need(qtbot, ctx, settings):
    _dock, w = _in_dock(qtbot, ctx, settings, 360)  # a 1366 laptop's dock
    w.tree_toggle.setChecked(True)
    qtbot.waitUntil(lambda: w.tree.isVisible(), timeout=3000)
    assert w.tree.width() >= TREE_MIN_WIDTH
    w.splitter.setSizes([20, 340])  # dragged far left: held at its minimum, never folded away
    assert w.splitter.sizes()[0] >= TREE_MIN_WIDTH


def test_the_bar_fits_a_narrow_dock(qtbot, ctx, settings):
    dock, w = _in_dock(qtbot, ctx, settings, 360)
    qtbot.waitUntil(lambda: w.window_box.isVisible(), timeout=3000)
    view = dock.viewport().rect()
    for control in (w.tree_toggle, w.window_box, w.findChild(type(w.tree_toggle), "exportCharts")):
        place = control.rect().translated(control.mapTo(dock.viewport(), control.rect().topLeft()))
        assert view.contains(place), (control.objectName(), place, view)
    assert dock.horizontalScrollBar().maximum() == 0


def test_names_and_units_come_in_the_desks_language_with_the_region_said_once(qtbot, ctx, settings):
    with language("en"):
        dock, w = _in_dock(qtbot, ctx, settings, 1200)
        leaves = _leaves(w)
        assert leaves["pm25.SJ"] == "PM2.5 concentration"  # under "City": the name says it all
        assert leaves["pm25.SJ-PD"] == "PM2.5 concentration · Dongpu District"
        assert leaves["ponding.SJ-PD-1"] == "Water depth at flood-prone spots · Lujiazui Subdistrict"
        tile = w.add_tile(w.tiles[0].config.__class__("series", ["delay.SJ"]))
        assert tile.title.full_text() == "Mean delay" and tile.region.text() == "Shenjiang"
        assert tile.plot.getAxis("left").labelText == "min"  # the English unit
        dock.close()
    with language("zh_CN"):
        _dock, w = _in_dock(qtbot, ctx, settings, 1200)
        leaves = _leaves(w)
        assert leaves["pm25.SJ-PD"] == "PM2.5浓度 · 东浦区"  # not "东浦区PM2.5浓度 · 东浦区"
        assert leaves["ponding.SJ-PD-1"] == "易积水点水深 · 陆家嘴街道"


def test_the_regions_below_are_found_though_their_names_carry_the_region(qtbot, ctx, settings):
    _dock, w = _in_dock(qtbot, ctx, settings, 1200)
    tile = w.drill_down("pm25.SJ")  # the district's figure is named 东浦区PM2.5浓度
    assert tile is not None and tile.config.indicators == ["pm25.SJ-PD"]
