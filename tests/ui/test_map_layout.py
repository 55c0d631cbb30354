"""The map on a laptop's narrow dock: a toolbar that fits its width (tools overflow into a More
menu), a breadcrumb of real names (only middle levels shortened, the full path as tooltip), a
first view that shows the officer's own area clear of the legend, and names and units from the
data in the desk's language."""

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # before pytest-qt creates the QApplication

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from dispatch_desk.domain.codec import to_wire  # noqa: E402
from dispatch_desk.domain.records import Dimension, Indicator, Officer, Reading, Role  # noqa: E402
from dispatch_desk.domain.wire import Change  # noqa: E402
from dispatch_desk.store import Store  # noqa: E402
from dispatch_desk.ui.context import AppBus, AppContext  # noqa: E402
from dispatch_desk.ui.map.sample import fill_store, sample_city  # noqa: E402
from dispatch_desk.ui.map.widget import MapWidget  # noqa: E402
from dispatch_desk.ui.shell import i18n  # noqa: E402

LOAD_TIMEOUT = 30_000
LONG_DISTRICT = "浦江沿岸滨水综合开发示范新区"  # a long middle level, to be shortened on a narrow map


def _english(name: str) -> str:
    return {"示范市": "Demo City", LONG_DISTRICT: "Riverside Waterfront Development New Area"}.get(
        name, "EN " + name)


@pytest.fixture
def store(tmp_path):
    ref, incidents = sample_city(cells=60, incidents=120, seed=11)
    first = next(r for r in ref.regions if str(r.level) == "district")
    regions = [replace(r, name=LONG_DISTRICT if r.code == first.code else r.name,
                       name_en=_english(LONG_DISTRICT if r.code == first.code else r.name)) for r in ref.regions]
    categories = [replace(c, name_en=f"Category {c.code}") for c in ref.categories]
    ref = replace(ref, regions=regions, categories=categories)
    s = Store.open(tmp_path / "cache.db")
    fill_store(s, ref, incidents)
    ind = Indicator("wait." + first.code, "平均等候时长", Dimension.VITALITY, "分钟", first.code, warn=20, alarm=40,
                    name_en="Average wait", unit_en="min")
    reading = Reading(ind.code, datetime.now(UTC) - timedelta(minutes=5), 45.0)
    s.apply_changes([
        Change(seq=5000, entity="indicator", key=ind.code, op="upsert", data=to_wire(ind)),
        Change(seq=5001, entity="reading", key=f"{ind.code}@x", op="upsert", data=to_wire(reading)),
    ], 5001)
    yield s
    s.close()


def open_map(qtbot, store, size, officer=None, first_size=None):
    officer = officer or Officer("o1", "duty", "值班员", Role.OPS_OFFICER)
    ctx = AppContext(store, None, officer, AppBus())
    w = MapWidget(ctx)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(w)
    w.resize(*(first_size or size))
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=LOAD_TIMEOUT):
        pass
    if first_size:  # the window settles to its final layout after the page has drawn once
        w.resize(*size)
        qtbot.wait(600)
    return w


def js(qtbot, w, script):
    box = []
    w.view.js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def jv(qtbot, w, expr):
    return json.loads(js(qtbot, w, f"JSON.stringify({expr})"))


def _street(store, district_long=True):
    regions = store.reference().regions
    district = next(r for r in regions if r.name == LONG_DISTRICT) if district_long else None
    return next(r for r in regions if str(r.level) == "street" and (district is None or r.parent == district.code))


def _visible_children_fit(toolbar):
    return [c.objectName() or type(c).__name__ + ":" + (getattr(c, "text", lambda: "")() or "")
            for c in toolbar.findChildren(QWidget)
            if c.isVisible() and c.parentWidget() is toolbar and c.geometry().right() > toolbar.width()]


def test_the_toolbar_fits_a_narrow_map_and_the_tools_that_do_not_fit_are_in_a_more_menu(qtbot, store):
    w = open_map(qtbot, store, (460, 560))
    bar = w.toolbar
    assert _visible_children_fit(bar) == []  # nothing cut off at the right edge
    assert bar.width() <= w.width()
    in_menu = [a.text() for a in bar.more.menu().actions()]
    assert bar.more.isVisible() and in_menu == bar.overflowed() and in_menu
    shown = [b.text() for b in bar.tools if b.isVisible()]
    assert set(shown) | set(in_menu) == {"Heat", "Measure", "Draw area", "Clear", "Export…"}  # none is lost
    # A tool in the menu works as its button does.
    action = next(a for a in bar.more.menu().actions() if a.text() == in_menu[0])
    if in_menu[0] == "Measure":
        with qtbot.waitSignal(bar.measure_requested, timeout=2_000):
            action.trigger()
    else:
        with qtbot.waitSignal(bar.export_requested if in_menu[0] == "Export…" else bar.clear_requested
                              if in_menu[0] == "Clear" else bar.draw_requested if in_menu[0] == "Draw area"
                              else bar.heat_toggled, timeout=2_000):
            action.trigger()
    # Wide again: every tool back in the row, no More button.
    w.resize(1300, 560)
    qtbot.waitUntil(lambda: not bar.more.isVisible(), timeout=5_000)
    assert all(b.isVisible() for b in bar.tools if b is not bar.prefetch) and bar.overflowed() == []
    assert _visible_children_fit(bar) == []


def test_the_color_mode_box_is_as_wide_as_the_mode_chosen_not_the_longest_indicator(qtbot, store):
    w = open_map(qtbot, store, (900, 560))
    box = w.toolbar.mode
    longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    current = box.fontMetrics().horizontalAdvance(box.currentText())
    assert longest > current + 40
    assert box.width() < longest and box.width() >= current


def test_the_breadcrumb_shows_real_names_and_shortens_only_the_middle_level(qtbot, store, monkeypatch):
    from dispatch_desk.ui.shell import i18n

    monkeypatch.setattr(i18n, "_current", "zh_CN")  # names from the data in Chinese, whatever ran before
    street = _street(store)
    officer = Officer("o2", "sup", "街道", Role.STREET_SUPERVISOR, region=street.code)
    w = open_map(qtbot, store, (1300, 600), officer=officer)
    qtbot.waitUntil(lambda: w.scope.get("code") == street.code, timeout=10_000)
    assert w.toolbar.trail_names() == ["Whole city", LONG_DISTRICT, street.name]  # room enough: all in full

    w.resize(440, 600)
    qtbot.waitUntil(lambda: w.toolbar.trail_names()[1] != LONG_DISTRICT, timeout=5_000)
    first, middle, last = w.toolbar.trail_names()
    assert first == "Whole city" and last == street.name  # the ends keep their names
    assert middle.endswith("…") and LONG_DISTRICT.startswith(middle[:-1])
    assert w.toolbar.trail_path() == f"Whole city › {LONG_DISTRICT} › {street.name}"
    assert all(b.toolTip() == w.toolbar.trail_path() for b in w.toolbar.trail.buttons)
    assert _visible_children_fit(w.toolbar) == []
    trail = w.toolbar.trail
    assert trail.geometry().right() <= w.toolbar.width()


@pytest.mark.parametrize("size", [(480, 620), (900, 520)])
def test_the_first_view_shows_the_supervisors_street_clear_of_the_legend(qtbot, store, size):
    street = _street(store, district_long=False)
    officer = Officer("o2", "sup", "街道", Role.STREET_SUPERVISOR, region=street.code)
    # The page first draws in a large window, which then settles to a laptop's map.
    w = open_map(qtbot, store, size, officer=officer, first_size=(1400, 900))
    qtbot.waitUntil(lambda: w.scope.get("code") == street.code, timeout=10_000)
    qtbot.wait(400)
    ring = street.polygon[0]
    points = jv(qtbot, w, "[" + ",".join(
        f"(function(){{var p = map_dd.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y];}})()"
        for lon, lat in ring) + "]")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = jv(qtbot, w, "[map_dd.getSize().x, map_dd.getSize().y]")
    assert min(xs) >= 0 and min(ys) >= 0 and max(xs) <= width and max(ys) <= height  # all of it in view
    legend = jv(qtbot, w, "(function(){var r = document.querySelector('.dd-legend').getBoundingClientRect();"
                          " var m = map_dd.getContainer().getBoundingClientRect();"
                          " return [r.left - m.left, r.top - m.top, r.right - m.left, r.bottom - m.top];})()")
    overlap_x = min(max(xs), legend[2]) - max(min(xs), legend[0])
    overlap_y = min(max(ys), legend[3]) - max(min(ys), legend[1])
    assert overlap_x <= 0 or overlap_y <= 0, (legend, (min(xs), min(ys), max(xs), max(ys)))
    # And it is not a postage stamp: the street takes a good part of the map's free side.
    assert (max(xs) - min(xs)) * (max(ys) - min(ys)) > 0.2 * width * height


def test_names_and_units_from_the_data_are_in_english_on_an_english_desk(qtbot, store, monkeypatch):
    monkeypatch.setattr(i18n, "_current", "en")
    street = _street(store)
    officer = Officer("o2", "sup", "街道", Role.STREET_SUPERVISOR, region=street.code)
    w = open_map(qtbot, store, (1300, 700), officer=officer)
    qtbot.waitUntil(lambda: w.scope.get("code") == street.code, timeout=10_000)
    assert w.toolbar.trail_names() == ["Whole city", _english(LONG_DISTRICT), _english(street.name)]
    modes = [w.toolbar.mode.itemText(i) for i in range(w.toolbar.mode.count())]
    assert "Indicator: Average wait (min)" in modes
    assert not any("平均" in m or "分钟" in m for m in modes)
    ind = next(i for i in store.records("indicator") if i.name_en == "Average wait")
    w.ctx.bus.indicator_on_map.emit(ind.code)
    qtbot.waitUntil(lambda: jv(qtbot, w, "DD.stats()")["mode"] == "indicator", timeout=10_000)
    legend = js(qtbot, w, "document.querySelector('.dd-legend').innerText")
    if "Average wait" not in legend:  # folded: open it
        js(qtbot, w, "document.querySelector('.dd-legend-head').click(); 1")
        legend = js(qtbot, w, "document.querySelector('.dd-legend').innerText")
    assert "Average wait (min)" in legend and "分钟" not in legend
    # Region labels and incident popups use the same names.
    labels = js(qtbot, w, "Array.prototype.map.call(document.querySelectorAll('.dd-label'),"
                          " function (e) { return e.innerText; }).join('|')")
    assert _english(street.name) in labels
    assert w.model.category_names["c01"] == "Category c01"  # the incidents' popups name their category so


@pytest.mark.parametrize("measured", [False, True])
def test_the_toolbar_never_squeezes_a_crumb_below_its_text_at_any_width(qtbot, measured):
    """The row's fit counts every gap it lays out: at no width does the layout take from a crumb what the
    fit gave it (Qt would then elide the street's name in the middle, "陆…道")."""
    from dispatch_desk.ui.map.controls import MapToolbar

    bar = MapToolbar(has_tiles=False, indicators=[])
    qtbot.addWidget(bar)
    bar.show_trail([{"code": "D", "name": "东浦区"}, {"code": "S", "name": "陆家嘴街道"}])
    if measured:
        bar.show_distance(1234.0)
    bar.show()
    squeezed = []
    # Narrower than about 460 px (a laptop's map is wider) all tools are in the menu and, with a measured
    # distance shown, no name has room enough left.
    for width in range(470, 900, 3):
        bar.resize(width, 40)
        qtbot.wait(1)
        squeezed += [(width, b.text(), b.width(), b.sizeHint().width())
                     for b in bar.trail.buttons if b.width() < b.sizeHint().width()]
    assert squeezed == []
    assert _visible_children_fit(bar) == []
