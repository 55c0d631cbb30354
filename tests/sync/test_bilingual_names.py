"""The demo city's English names reach the desk: loaded into a real central service, sent by its change
feed, kept by the desk's cache and read back by the desk's name lookups."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from dispatch_desk.demo import names as demo_names
from dispatch_desk.demo.generator import generate
from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.entities import ENTITY_OF, key_of
from dispatch_desk.domain.records import (
    Agency,
    Category,
    Dimension,
    GridCell,
    Indicator,
    Region,
    RegionLevel,
    Role,
    Stationing,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.ui.common.names import Names
from tests.sync.conftest import PASSWORD

NOW = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)


def demo_reference() -> SeedBundle:
    city = generate(7, NOW, incidents=20, days=1)
    return SeedBundle(regions=city.regions, grid_cells=city.grid_cells, agencies=city.agencies,
                      categories=city.categories, sla_rules=city.sla_rules, indicators=city.indicators)


def test_the_demo_citys_english_names_reach_the_desk_cache_and_follow_changes(central, make_engine):
    bundle = demo_reference()
    central.load(bundle)
    central.create_officer("wang", Role.OPS_OFFICER, region=demo_names.CITY_CODE, name="王")
    engine = make_engine(central.url, "desk")
    engine.login("wang", PASSWORD)
    engine.sync_once()
    store = engine._store()

    for cls, sent in ((Region, bundle.regions), (GridCell, bundle.grid_cells), (Agency, bundle.agencies),
                      (Category, bundle.categories), (Indicator, bundle.indicators)):
        cached = {key_of(r): r for r in store.records(ENTITY_OF[cls])}
        assert cached == {key_of(r): r for r in sent}, cls.__name__
    metro = next(i for i in store.records("indicator") if i.code == f"metro.{demo_names.CITY_CODE}")
    assert (metro.name_en, metro.unit, metro.unit_en) == ("Metro ridership", "万人次/小时", "×10k person-trips/h")

    lookups = Names.load(store)  # regions are read column by column, without their polygons
    assert {c: r.name_en for c, r in lookups.regions.items()} == {r.code: r.name_en for r in bundle.regions}
    assert lookups.agencies["cg"].short_name_en == "Urban Management"
    cell = bundle.grid_cells[0]
    assert lookups._cells()[cell.code] == (cell.name, cell.name_en)

    # a later change of an English name travels by the feed like any other change
    renamed = dataclasses.replace(next(a for a in bundle.agencies if a.code == "cg"), short_name_en="City Mgmt")
    central.add(renamed)
    engine.sync_once()
    assert next(a for a in store.records("agency") if a.code == "cg") == renamed
    assert Names.load(store).agencies["cg"].short_name_en == "City Mgmt"


def test_a_cache_written_before_the_english_names_still_reads(tmp_path):
    from dispatch_desk.store import Store

    store = Store.open(tmp_path / "old.db")
    try:
        records = [Region("C", "示范市", RegionLevel.CITY), Agency("CG", "城管局", Stationing.RESIDENT, "城管"),
                   Category("garbage", "垃圾堆放", "市容环境", "CG"),
                   Indicator("pm25", "PM2.5浓度", Dimension.ENVIRONMENT, "μg/m³", "C")]
        old = []
        for seq, record in enumerate(records, start=1):
            data = {k: v for k, v in to_wire(record).items() if not k.endswith("_en")}  # as an older peer sent it
            old.append(Change(seq=seq, entity=ENTITY_OF[type(record)], key=key_of(record), op="upsert", data=data))
        store.apply_changes(old, len(old))
        assert store.records("agency")[0].short_name_en == "" and store.records("indicator")[0].unit_en == ""
        lookups = Names.load(store)
        assert lookups.regions["C"].name_en == ""
        assert (lookups.region("C"), lookups.agency("CG"), lookups.category("garbage")) == ("示范市", "城管", "垃圾堆放")
    finally:
        store.close()
