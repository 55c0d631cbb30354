"""A grid file is checked as a whole: every reason to refuse it is named, and a good one says what it does."""

from __future__ import annotations

import copy

import pytest

from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.grid_import import check_grid
from tests.support.central import city_bundle

BUNDLE = city_bundle()
REGIONS = RegionTree(BUNDLE.regions)
KNOWN = {c.code: c for c in BUNDLE.grid_cells}  # G11 covers street S11 (121.40–121.41 × 31.20–31.21)


def _feature(code: str, ring: list, street: str = "S11", name: str | None = None) -> dict:
    return {"type": "Feature", "properties": {"code": code, "name": name or f"{code}网格", "street": street},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


WEST = [[121.400, 31.200], [121.405, 31.200], [121.405, 31.210], [121.400, 31.210], [121.400, 31.200]]
EAST = [[121.405, 31.200], [121.410, 31.200], [121.410, 31.210], [121.405, 31.210], [121.405, 31.200]]
SPLIT = {"type": "FeatureCollection", "features": [_feature("G11", WEST), _feature("G11b", EAST)]}


def test_a_street_split_into_two_cells_is_a_good_file() -> None:
    found = check_grid(SPLIT, REGIONS, KNOWN)
    assert found.ok and (found.new, found.changed, found.unchanged) == (1, 1, 0)
    assert {c.code for c in found.cells} == {"G11", "G11b"}


def _broken(change) -> tuple[str, ...]:
    data = copy.deepcopy(SPLIT)
    change(data)
    return check_grid(data, REGIONS, KNOWN).problems


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["features"][1]["geometry"]["coordinates"][0].pop(), "not closed"),
    (lambda d: d["features"][1]["geometry"].update(type="MultiPolygon"), "not a Polygon"),
    (lambda d: d["features"][1]["geometry"]["coordinates"][0].__setitem__(1, [121.41, "north"]), "[lon, lat]"),
    (lambda d: d["features"][1]["geometry"].update(coordinates=[[[121.405, 31.2], [121.41, 31.21], [121.41, 31.2],
                                                                 [121.405, 31.21], [121.405, 31.2]]]),
     "crosses itself"),
    (lambda d: d["features"][1]["properties"].update(code="G11"), "already used"),
    (lambda d: d["features"][1]["properties"].update(street="S99"), "no street"),
    (lambda d: d["features"][1]["properties"].update(street="D1"), "no street"),
    (lambda d: d["features"][1]["properties"].update(name=""), "no name"),
    (lambda d: d["features"].pop(0), "overlap"),  # G11b over the known G11, which the file no longer replaces
    (lambda d: d["features"][1]["geometry"].update(coordinates=[[[121.405, 31.2], [121.43, 31.2], [121.43, 31.21],
                                                                 [121.405, 31.21], [121.405, 31.2]]]),
     "outside its street"),
])
def test_a_bad_file_is_refused_with_the_reason(change, words) -> None:
    problems = [p.text() for p in _broken(change)]
    assert problems and any(words in p for p in problems), problems


@pytest.mark.parametrize("data", [{}, {"type": "FeatureCollection", "features": []}, [], "grid"])
def test_what_is_no_collection_of_cells_is_refused(data) -> None:
    assert not check_grid(data, REGIONS, KNOWN).ok
