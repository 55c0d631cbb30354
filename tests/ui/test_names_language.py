"""The desk's name lookups speak the desk's language: English names after installing English, the
Chinese after installing Chinese, and the Chinese whenever a record has no English name."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.entities import ENTITY_OF, key_of
from dispatch_desk.domain.records import (
    Agency,
    Category,
    Dimension,
    GridCell,
    Region,
    RegionLevel,
    Stationing,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.shell import i18n

RECORDS = [
    Region("310000", "申江市", RegionLevel.CITY, name_en="Shenjiang"),
    Region("310115", "浦东新区", RegionLevel.DISTRICT, "310000", name_en="Pudong New Area"),
    Region("310115007", "陆家嘴街道", RegionLevel.STREET, "310115", name_en="Lujiazui Subdistrict"),
    Region("310115103", "高桥镇", RegionLevel.STREET, "310115"),  # no English name
    Agency("cg", "市城管执法局", Stationing.RESIDENT, "城管", name_en="Municipal Urban Management Bureau",
           short_name_en="Urban Management"),
    Agency("sw", "市水务局", Stationing.REGULAR, "水务", name_en="Municipal Water Authority"),  # no English short
    Agency("jt", "市交通委", Stationing.TEMPORARY),  # Chinese only
    Category("garbage", "暴露垃圾", "市容环境", "cg", Dimension.ENVIRONMENT, name_en="Exposed garbage",
             group_en="City appearance"),
    Category("pets", "宠物扰民", "民生服务", "ga"),
    GridCell("310115007001", "陆家嘴街道第001网格", "310115007", (), name_en="Lujiazui Subdistrict Grid 001"),
    GridCell("310115103001", "高桥镇第001网格", "310115103", ()),
]


@pytest.fixture
def names(tmp_path, qapp):
    store = Store.open(tmp_path / "cache.db")
    changes = [Change(seq=n, entity=ENTITY_OF[type(r)], key=key_of(r), op="upsert", data=to_wire(r))
               for n, r in enumerate(RECORDS, start=1)]
    store.apply_changes(changes, len(changes))
    try:
        yield Names.load(store)
    finally:
        store.close()
        i18n.install("en")


def test_english_names_in_the_english_desk(names):
    i18n.install("en")
    assert [names.region(c) for c in ("310000", "310115", "310115007")] == [
        "Shenjiang", "Pudong New Area", "Lujiazui Subdistrict"]
    assert names.agency("cg") == "Urban Management"
    assert names.agency_full("cg") == "Municipal Urban Management Bureau"
    assert names.agency("sw") == "Municipal Water Authority"  # the English full name beats a Chinese short one
    assert (names.category("garbage"), names.category_group("garbage")) == ("Exposed garbage", "City appearance")
    assert names.grid_cell("310115007001") == "Lujiazui Subdistrict Grid 001"


def test_chinese_names_in_the_chinese_desk(names):
    i18n.install("zh_CN")
    assert [names.region(c) for c in ("310000", "310115", "310115007")] == ["申江市", "浦东新区", "陆家嘴街道"]
    assert (names.agency("cg"), names.agency_full("cg"), names.agency("sw")) == ("城管", "市城管执法局", "水务")
    assert (names.category("garbage"), names.category_group("garbage")) == ("暴露垃圾", "市容环境")
    assert names.grid_cells["310115007001"] == "陆家嘴街道第001网格"


def test_the_same_lookups_follow_a_language_switch(names):
    i18n.install("en")
    english = (names.region("310115"), names.agency("cg"), names.category("garbage"), names.grid_cell("310115007001"))
    i18n.install("zh_CN")
    chinese = (names.region("310115"), names.agency("cg"), names.category("garbage"), names.grid_cell("310115007001"))
    assert english == ("Pudong New Area", "Urban Management", "Exposed garbage", "Lujiazui Subdistrict Grid 001")
    assert chinese == ("浦东新区", "城管", "暴露垃圾", "陆家嘴街道第001网格")


def test_records_without_english_fall_back_to_chinese_and_unknown_codes_to_the_code(names):
    i18n.install("en")
    assert names.region("310115103") == "高桥镇"
    assert (names.agency("jt"), names.agency_full("jt")) == ("市交通委", "市交通委")
    assert (names.category("pets"), names.category_group("pets")) == ("宠物扰民", "民生服务")
    assert (names.grid_cell("310115103001"), names.grid_cell("nothing")) == ("高桥镇第001网格", "nothing")
    assert (names.region("nowhere"), names.agency(None), names.category_group("nothing")) == ("nowhere", "", "")


def test_the_dispatch_dialog_lists_agencies_in_the_desks_language(names, qtbot):
    from dispatch_desk.domain.records import Officer, Role
    from dispatch_desk.ui.common.dialogs import ActionDialog
    from dispatch_desk.ui.context import AppBus, AppContext

    i18n.install("en")
    ctx = AppContext(names._store, None, Officer("o-1", "ops", "王值班", Role.OPS_OFFICER, region="310000"), AppBus())
    dialog = ActionDialog(ctx, "dispatch", None, names=names)
    qtbot.addWidget(dialog)
    lead = [dialog.lead.itemText(i) for i in range(dialog.lead.count())]
    co = [dialog.co.item(i).text() for i in range(dialog.co.count())]
    assert "Municipal Urban Management Bureau" in lead and "Municipal Water Authority" in co
    assert "市城管执法局" not in lead + co and "市交通委" in lead  # Chinese only where no English name exists


def test_the_queue_filters_list_data_names_in_the_desks_language(names, qtbot):
    from dispatch_desk.ui.queue.filters import FilterBar

    def texts(combo):
        return [combo.itemText(i).strip() for i in range(combo.count())]

    i18n.install("en")
    bar = FilterBar(names)
    qtbot.addWidget(bar)
    assert "Exposed garbage" in texts(bar.category) and "暴露垃圾" not in texts(bar.category)
    assert {"Pudong New Area", "Lujiazui Subdistrict", "高桥镇"} <= set(texts(bar.region))
    assert "Urban Management" in texts(bar.agency) and "城管" not in texts(bar.agency)
    i18n.install("zh_CN")
    bar.set_names(names)
    assert "暴露垃圾" in texts(bar.category) and "浦东新区" in texts(bar.region) and "城管" in texts(bar.agency)


def test_quick_search_finds_and_names_grid_cells_in_english(names, qtbot):
    from dispatch_desk.domain.records import Officer, Role
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.shell.palette import QuickSearchPalette

    i18n.install("en")
    ctx = AppContext(names._store, None, Officer("o-1", "ops", "王值班", Role.OPS_OFFICER, region="310000"), AppBus())
    palette = QuickSearchPalette(ctx)
    qtbot.addWidget(palette)
    palette.edit.setText("Lujiazui Subdistrict Grid")  # the English name finds the cell
    palette.search()
    shown = [palette.list.item(i).text().strip() for i in range(palette.list.count())]
    assert "Lujiazui Subdistrict Grid 001  (310115007001)" in shown
