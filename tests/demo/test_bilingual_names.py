"""Every name the demo city's reference data gives people has an English text, and it is English."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from dispatch_desk.demo.generator import generate
from dispatch_desk.domain.bundle import SeedBundle, bundle_text_problems
from dispatch_desk.domain.records import RegionLevel

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
NOW = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def city() -> SeedBundle:
    return generate(7, NOW, incidents=50, days=1)


def english(text: str) -> bool:
    return bool(text.strip()) and not CJK.search(text)


def test_every_region_has_an_english_name(city):
    assert len(city.regions) == 21
    assert [r.name_en for r in city.regions if not english(r.name_en)] == []
    by_name = {r.name: r.name_en for r in city.regions}
    assert by_name["陆家嘴街道"] == "Lujiazui Subdistrict"
    assert by_name["江湾镇"] == "Jiangwan Town"
    assert by_name["江湾区"] == "Jiangwan District"
    levels = {r.level: r for r in city.regions}
    assert levels[RegionLevel.CITY].name_en == "Shenjiang"
    assert len({r.name_en for r in city.regions}) == len({r.name for r in city.regions})


def test_every_grid_cell_has_an_english_name(city):
    assert city.grid_cells
    assert [c.code for c in city.grid_cells if not english(c.name_en)] == []
    streets = {r.code: r.name_en for r in city.regions}
    first = city.grid_cells[0]
    assert first.name_en == f"{streets[first.street]} Grid {first.code[-3:]}"


def test_every_agency_has_an_english_name_and_short_name(city):
    assert city.agencies
    for agency in city.agencies:
        assert english(agency.name_en) and english(agency.short_name_en), agency.code
        assert len(agency.short_name_en) < len(agency.name_en)
    assert len({a.short_name_en for a in city.agencies}) == len(city.agencies)


def test_every_category_and_group_has_an_english_name(city):
    assert city.categories
    for category in city.categories:
        assert english(category.name_en) and english(category.group_en), category.code
    groups = {c.group: c.group_en for c in city.categories}
    assert len(set(groups.values())) == len(groups)  # one English text per group, each its own
    assert len({c.name_en for c in city.categories}) == len(city.categories)


def test_every_indicator_has_an_english_name_and_a_unit_that_reads_in_english(city):
    assert city.indicators
    for indicator in city.indicators:
        assert english(indicator.name_en), indicator.code
        shown = indicator.unit_en or indicator.unit  # what the English desk shows
        assert not CJK.search(shown), (indicator.code, indicator.unit)
    units = {i.unit: i.unit_en for i in city.indicators}
    assert units["万人次/小时"] == "×10k person-trips/h"
    assert units["件/小时"] == "calls/h"
    assert units["μg/m³"] == ""  # reads the same in both languages
    # a district's indicator names its district in English as in Chinese
    district = next(i for i in city.indicators if i.code == "pm25.319901")
    assert (district.name, district.name_en) == ("江湾区PM2.5浓度", "PM2.5 concentration (Jiangwan District)")


def test_the_basemap_labels_have_english_names(city):
    features = city.basemap["features"]
    assert features
    assert [f["properties"]["name"] for f in features if not english(f["properties"].get("name_en", ""))] == []


def test_the_demo_names_pass_the_import_checks(city):
    assert bundle_text_problems(city, limit=100) == []
