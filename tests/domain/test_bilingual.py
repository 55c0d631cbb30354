"""Reference records carry English names beside the Chinese: they travel through the codec, older
records without them still decode, and bad English text is refused like a bad Chinese name."""

from __future__ import annotations

import pytest

from dispatch_desk.domain import codec
from dispatch_desk.domain.bundle import SeedBundle, bundle_text_problems, text_problem
from dispatch_desk.domain.records import (
    Agency,
    Category,
    Dimension,
    GridCell,
    Indicator,
    Region,
    RegionLevel,
    Stationing,
)

RECORDS = [
    Region("310115", "浦东新区", RegionLevel.DISTRICT, "310000", name_en="Pudong New Area"),
    Agency("cg", "市城管执法局", Stationing.RESIDENT, "城管", name_en="Municipal Urban Management Bureau",
           short_name_en="Urban Management"),
    Category("garbage", "暴露垃圾", "市容环境", "cg", Dimension.ENVIRONMENT, name_en="Exposed garbage",
             group_en="City appearance"),
    GridCell("310115007001", "陆家嘴街道第001网格", "310115007", (), name_en="Lujiazui Subdistrict Grid 001"),
    Indicator("metro", "地铁客流", Dimension.TRAFFIC, "万人次/小时", "310000", name_en="Metro ridership",
              unit_en="×10k person-trips/h"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_the_english_texts_survive_the_wire(record):
    wire = codec.to_wire(record)
    assert wire["name_en"] == record.name_en
    assert codec.from_wire(type(record), wire) == record


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_a_record_from_before_the_english_names_decodes_with_empty_ones(record):
    wire = {k: v for k, v in codec.to_wire(record).items() if not k.endswith("_en")}
    old = codec.from_wire(type(record), wire)
    assert old.name == record.name and old.name_en == ""
    assert all(getattr(old, f) == "" for f in ("short_name_en", "group_en", "unit_en") if hasattr(old, f))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_good_names_pass(record):
    assert text_problem(record) is None


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("name_en", "Pudong\x00", "control characters"),
    ("name_en", "Pudong\ud800", "valid string"),
    ("name_en", "P" * 201, "at most 200 characters"),
    ("name_en", 5, "valid string"),
    ("name", "", "must not be empty"),
    ("name", "浦东\x07新区", "control characters"),
])
def test_a_bad_name_is_named_in_the_problem(field, value, reason):
    region = Region("310115", "浦东新区", RegionLevel.DISTRICT)
    object.__setattr__(region, field, value)  # as the wire may deliver it: records do not check types
    problem = text_problem(region)
    assert problem is not None and "Region '310115'" in problem and field in problem and reason in problem


@pytest.mark.parametrize(("cls", "field"), [
    (Agency, "short_name_en"), (Category, "group_en"), (Indicator, "unit_en"), (Indicator, "unit"),
    (GridCell, "name_en"),
])
def test_every_english_text_is_checked(cls, field):
    record = codec.from_wire(cls, codec.to_wire(next(r for r in RECORDS if isinstance(r, cls))))  # a copy
    object.__setattr__(record, field, "bad\x00")
    assert f": {field} —" in (text_problem(record) or "")


def test_a_bundle_lists_its_first_problems():
    bad = [Region(f"S{i}", f"{i}街道", RegionLevel.STREET, name_en=f"Street {i}\x00") for i in range(9)]
    problems = bundle_text_problems(SeedBundle(regions=bad, agencies=[RECORDS[1]]))
    assert len(problems) == 5 and problems[0].startswith("Region 'S0': name_en")
    assert bundle_text_problems(SeedBundle(regions=[RECORDS[0]], agencies=[RECORDS[1]])) == []
