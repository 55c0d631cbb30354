"""The dashboard narrowed to the joint command in view: its area's indicators and its plan's
dimensions, on a real cache, offscreen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.entities import key_of
from dispatch_desk.domain.plan_dimensions import PLAN_DIMENSIONS, operation_indicators, plan_dimensions
from dispatch_desk.domain.records import (
    Dimension,
    Indicator,
    Officer,
    Operation,
    OperationStatus,
    Plan,
    Reading,
    Region,
    RegionLevel,
    Role,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.ui.charts import DashboardWidget
from dispatch_desk.ui.charts.indicator_tree import CODE_ROLE
from dispatch_desk.ui.context import AppBus, AppContext


def _box(w, s, e, n):
    return (((w, s), (e, s), (e, n), (w, n), (w, s)),)


E, Sa, Tr, U, Vi = Dimension.ENVIRONMENT, Dimension.SAFETY, Dimension.TRAFFIC, Dimension.UTILITIES, Dimension.VITALITY
REGIONS = [
    Region("SJ", "申江市", RegionLevel.CITY, None, _box(121.40, 31.10, 121.70, 31.40)),
    Region("SJ-W", "西区", RegionLevel.DISTRICT, "SJ", _box(121.40, 31.10, 121.55, 31.40)),
    Region("SJ-E", "东区", RegionLevel.DISTRICT, "SJ", _box(121.55, 31.10, 121.70, 31.40)),
    Region("SJ-E-1", "滨江街道", RegionLevel.STREET, "SJ-E", _box(121.60, 31.20, 121.70, 31.30)),
]
INDICATORS = [
    Indicator("wind.SJ", "风速", E, "m/s", "SJ", warn=10.8, alarm=17.2),
    Indicator("rain.SJ-E", "雨量", E, "mm/h", "SJ-E", warn=30, alarm=50),
    Indicator("ponding.SJ-E-1", "积水深度", Sa, "cm", "SJ-E-1", warn=15, alarm=27),
    Indicator("ponding.SJ-W", "积水深度", Sa, "cm", "SJ-W", warn=15, alarm=27),  # outside the area
    Indicator("congestion.SJ-E", "拥堵指数", Tr, "", "SJ-E", warn=6, alarm=8),
    Indicator("load.SJ", "用电负荷", U, "万kW", "SJ", warn=950, alarm=1000),
    Indicator("metro.SJ-E", "地铁客流", Vi, "万人次", "SJ-E"),  # not a typhoon's dimension
]
# The typhoon's area: part of the east district, all of its riverside street.
TYPHOON = Operation("op-t", "台风防御", "emergency", OperationStatus.ACTIVE, "o1", area=_box(121.58, 31.18, 121.70, 31.32),
                    plan="plan-typhoon")
MARATHON = Operation("op-m", "马拉松保障", "major_event", OperationStatus.ACTIVE, "o1", regions=("SJ-W",),
                     plan="plan-marathon")
PLANS = [Plan("plan-typhoon", "防台预案", "typhoon"), Plan("plan-marathon", "马拉松方案", "marathon")]
OFFICER = Officer("o1", "ops", "王值班", Role.OPS_OFFICER, region="SJ")


def test_the_plan_kinds_name_their_dimensions_as_data():
    assert PLAN_DIMENSIONS["typhoon"][:3] == (E, Sa, Tr)
    assert PLAN_DIMENSIONS["marathon"] == (Tr, Vi, Sa)
    assert set(plan_dimensions("no such kind")) == set(Dimension) == set(plan_dimensions(None))


def test_an_operation_has_the_indicators_of_its_area_and_its_plan():
    typhoon = operation_indicators(TYPHOON, PLANS[0], INDICATORS, REGIONS)
    # City and east district overlap the area, the street lies in it; the west district does not.
    assert [i.code for i in typhoon] == ["rain.SJ-E", "wind.SJ", "ponding.SJ-E-1", "congestion.SJ-E", "load.SJ"]
    marathon = operation_indicators(MARATHON, PLANS[1], INDICATORS, REGIONS)
    assert [i.code for i in marathon] == ["ponding.SJ-W"]  # its region only (it has no drawn area)
    no_plan = operation_indicators(TYPHOON, None, INDICATORS, REGIONS)
    assert "metro.SJ-E" in {i.code for i in no_plan}  # every dimension without a plan
    touching = Operation("op-x", "x", "emergency", OperationStatus.ACTIVE, "o1", area=_box(121.30, 31.10, 121.40, 31.40))
    assert operation_indicators(touching, None, INDICATORS, REGIONS) == []  # a shared border is no overlap


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cache.db")
    changes = []
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    readings = [Reading(i.code, now - timedelta(minutes=15 * k), 5.0 + k % 7) for i in INDICATORS for k in range(1, 40)]
    for entity, records in (("region", REGIONS), ("indicator", INDICATORS), ("plan", PLANS),
                            ("operation", [TYPHOON, MARATHON]), ("reading", readings)):
        changes += [Change(seq=len(changes) + 1, entity=entity, key=key_of(r), op="upsert", data=to_wire(r))
                    for r in records]
    s.apply_changes(changes, len(changes))
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _dashboard(qtbot, store, settings, workspace="command", operation_id=None):
    ctx = AppContext(store=store, engine=None, officer=OFFICER, bus=AppBus(), workspace=workspace,
                     operation_id=operation_id)
    w = DashboardWidget(ctx, settings=settings)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    return w


def _shown(w):
    return [t.config.indicators[0] for t in w.tiles]


def _tree_codes(w):
    codes, stack = [], [w.tree.tree.topLevelItem(i) for i in range(w.tree.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.data(0, CODE_ROLE):
            codes.append(item.data(0, CODE_ROLE))
        stack.extend(item.child(k) for k in range(item.childCount()))
    return set(codes)


def test_the_toggle_belongs_to_the_command_workspace_only(qtbot, store, settings):
    w = _dashboard(qtbot, store, settings, workspace="ops")
    w.ctx.bus.operation_selected.emit("op-t")
    assert w.only_operation.isHidden() and w.scope is None
    assert set(_shown(w)) == {"wind.SJ", "load.SJ"}  # the city's first dashboard, as before


def test_the_operation_in_view_narrows_tree_and_tiles_and_the_toggle_widens_them_again(qtbot, store, settings):
    w = _dashboard(qtbot, store, settings)
    assert not w.only_operation.isHidden() and not w.only_operation.isEnabled()  # nothing in view yet
    routine = set(_shown(w))
    assert _tree_codes(w) == {i.code for i in INDICATORS}

    w.ctx.bus.operation_selected.emit("op-t")
    assert w.only_operation.isEnabled() and w.only_operation.isChecked()  # on by default
    expected = {"rain.SJ-E", "wind.SJ", "ponding.SJ-E-1", "congestion.SJ-E", "load.SJ"}
    assert _tree_codes(w) == expected
    assert set(_shown(w)) == expected  # each of the plan's dimensions, then the rest, up to six
    assert _shown(w)[:4] == ["wind.SJ", "ponding.SJ-E-1", "congestion.SJ-E", "load.SJ"]
    assert "台风防御" in w.scope_label.text() and "5" in w.scope_label.text()
    qtbot.waitUntil(lambda: all(w.feed.ladder(c).last_time for c in expected), timeout=10_000)
    w.tick()

    w.only_operation.click()  # everything again, and the workspace's own tiles back
    assert w.scope is None and _tree_codes(w) == {i.code for i in INDICATORS}
    assert set(_shown(w)) == routine and w.scope_label.isHidden()

    w.only_operation.click()
    w.ctx.bus.operation_selected.emit("op-m")  # another operation: its own indicators
    assert _tree_codes(w) == set(_shown(w)) == {"ponding.SJ-W"}
    w.ctx.bus.operation_selected.emit("")  # none in view
    assert w.scope is None and not w.only_operation.isEnabled() and set(_shown(w)) == routine


def test_an_operations_tiles_are_kept_for_it_and_the_choice_is_remembered(qtbot, store, settings):
    w = _dashboard(qtbot, store, settings, operation_id="op-t")
    assert w.scope is not None
    w.add_tile(w.tiles[0].config.__class__("series", ["rain.SJ-E"]))
    kept = _shown(w)
    w.ctx.bus.operation_selected.emit("op-m")
    assert _shown(w) == ["ponding.SJ-W"]
    w.ctx.bus.operation_selected.emit("op-t")
    assert _shown(w) == kept
    w.only_operation.click()
    again = _dashboard(qtbot, store, settings, operation_id="op-t")
    assert not again.only_operation.isChecked() and again.scope is None


def test_a_changed_area_changes_the_operations_indicators(qtbot, store, settings):
    from dataclasses import replace

    w = _dashboard(qtbot, store, settings, operation_id="op-t")
    moved = replace(TYPHOON, area=_box(121.42, 31.15, 121.50, 31.25))  # now in the west district
    store.apply_changes([Change(seq=10_000, entity="operation", key="op-t", op="upsert", data=to_wire(moved))], 10_000)
    w.ctx.bus.data_changed.emit({"operation": {"op-t"}})
    qtbot.waitUntil(lambda: "ponding.SJ-W" in _tree_codes(w), timeout=5_000)
    assert "rain.SJ-E" not in _tree_codes(w) and "ponding.SJ-W" in _shown(w)


def test_switching_the_workspace_on_the_same_context_is_followed(qtbot, store, settings):
    w = _dashboard(qtbot, store, settings, workspace="ops", operation_id="op-t")
    routine = set(_shown(w))
    assert w.scope is None and w.only_operation.isHidden()
    w.ctx.workspace = "command"  # what the main window does
    w.tick()
    assert not w.only_operation.isHidden() and w.scope is not None and "metro.SJ-E" not in _shown(w)
    w.ctx.workspace = "ops"
    w.tick()
    assert w.scope is None and set(_shown(w)) == routine
