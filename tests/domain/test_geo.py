"""Grid lookup: inside, on shared borders and corners, in holes, outside; 10,000 cells."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.geo import GridIndex, to_shape
from dispatch_desk.domain.records import GridCell, Region, RegionLevel

REGIONS = [
    Region("C", "示例市", RegionLevel.CITY),
    Region("D1", "东区", RegionLevel.DISTRICT, "C"),
    Region("S11", "东一街道", RegionLevel.STREET, "D1"),
    Region("S12", "东二街道", RegionLevel.STREET, "D1"),
]


def square(x: float, y: float, size: float = 1.0, x2: float | None = None, y2: float | None = None):
    x2 = x + size if x2 is None else x2
    y2 = y + size if y2 is None else y2
    return (((x, y), (x2, y), (x2, y2), (x, y2), (x, y)),)


def grid(n: int, size: float = 1.0, street=lambda i, j: "S11") -> list[GridCell]:
    """n×n unit cells; cell (i, j) has code Gjjjjiiii so codes grow row by row."""
    # Neighbours share exactly the same corner coordinates (no float gaps between cells).
    return [GridCell(f"G{j:04d}{i:04d}", f"网格{i}-{j}", street(i, j),
                     square(i * size, j * size, x2=(i + 1) * size, y2=(j + 1) * size))
            for i in range(n) for j in range(n)]


# Built in reverse order so that "lowest code" cannot come from insertion order.
SMALL = GridIndex(list(reversed(grid(3, street=lambda i, j: "S11" if i < 2 else "S12"))), REGIONS)


def test_a_point_inside_a_cell_finds_it():
    assert SMALL.locate(0.5, 0.5).code == "G00000000"
    assert SMALL.locate(2.5, 1.5).code == "G00010002"


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [
        (1.0, 0.5, "G00000000"),  # border between (0,0) and (1,0)
        (0.5, 1.0, "G00000000"),  # border between (0,0) and (0,1)
        (1.0, 1.0, "G00000000"),  # corner shared by four cells
        (2.0, 2.0, "G00010001"),  # corner of (1,1), (2,1), (1,2), (2,2)
        (0.0, 0.0, "G00000000"),  # outer corner of the grid still belongs to it
        (3.0, 3.0, "G00020002"),
    ],
)
def test_points_on_shared_borders_go_to_the_lowest_code(lon, lat, code):
    assert SMALL.locate(lon, lat).code == code


@pytest.mark.parametrize(("lon", "lat"), [(-0.001, 0.5), (3.001, 3.0), (10, 10), (float("nan"), 1.0)])
def test_points_outside_the_city_have_no_cell(lon, lat):
    assert SMALL.locate(lon, lat) is None
    assert SMALL.path(lon, lat) is None


def test_path_gives_cell_street_and_district():
    path = SMALL.path(2.5, 0.5)
    assert (path.cell.code, path.street.code, path.district.code) == ("G00000002", "S12", "D1")
    assert path.report_args() == {"grid_cell": "G00000002", "street": "S12", "district": "D1"}
    assert SMALL.street_of("G00000000").code == "S11"
    assert SMALL.district_of("G00000000").code == "D1"
    assert SMALL.district_of("S12").code == "D1"
    assert SMALL.street_of("nope") is None
    assert SMALL.district_of("nope") is None


def test_cells_whose_street_is_unknown_still_locate():
    index = GridIndex([GridCell("X1", "x", "S99", square(0, 0))], REGIONS)
    path = index.path(0.5, 0.5)
    assert (path.street, path.district) == (None, None)
    assert path.report_args() == {"grid_cell": "X1", "street": "S99", "district": None}


def test_holes_are_not_part_of_the_cell():
    ring = ((0, 0), (4, 0), (4, 4), (0, 4), (0, 0))
    hole = ((1, 1), (3, 1), (3, 3), (1, 3), (1, 1))
    index = GridIndex([GridCell("A", "环", "S11", (ring, hole)), GridCell("B", "心", "S11", (hole,))], REGIONS)
    assert index.locate(0.5, 0.5).code == "A"
    assert index.locate(2, 2).code == "B"
    assert index.locate(1, 2).code == "A"  # the hole's rim is shared: lowest code


def test_a_self_intersecting_cell_is_repaired_not_dropped():
    bowtie = (((0, 0), (2, 2), (2, 0), (0, 2), (0, 0)),)
    assert to_shape(bowtie) is not None
    index = GridIndex([GridCell("BOW", "蝴蝶", "S11", bowtie)], REGIONS)
    assert index.locate(0.2, 1.0).code == "BOW"
    assert index.locate(1.0, 1.8) is None


def test_cells_without_area_are_kept_by_code_but_never_located():
    flat = GridCell("FLAT", "线", "S11", (((0, 0), (1, 1), (2, 2), (0, 0)),))
    index = GridIndex([flat, GridCell("EMPTY", "空", "S11", ())], REGIONS)
    assert len(index) == 2 and index.cell("FLAT") is flat
    assert index.locate(1, 1) is None


def test_cells_in_a_region():
    assert len(SMALL.cells_in("C")) == 9
    assert len(SMALL.cells_in("D1")) == 9
    assert {c.code[-4:] for c in SMALL.cells_in("S12")} == {"0002"}


def test_ten_thousand_cells_place_every_point_correctly():
    size = 0.001  # about 100 m
    index = GridIndex(grid(100, size), REGIONS)
    assert len(index) == 10_000
    lons = [(i + 0.5) * size for i in range(100) for j in range(100)]
    lats = [(j + 0.5) * size for i in range(100) for j in range(100)]
    expected = [f"G{j:04d}{i:04d}" for i in range(100) for j in range(100)]
    assert [c.code for c in index.locate_many(lons, lats)] == expected
    for k in range(0, 10_000, 97):
        assert index.locate(lons[k], lats[k]).code == expected[k]
    # interior grid corners: the lowest of the four codes around them
    for i, j in [(1, 1), (50, 17), (99, 99)]:
        assert index.locate(i * size, j * size).code == f"G{j - 1:04d}{i - 1:04d}"
    assert index.locate(-size, 0.05) is None


def test_many_point_lookup_agrees_with_single_lookups_on_borders_and_outside():
    points = [(1.0, 1.0), (2.0, 0.5), (0.5, 0.5), (9, 9), (3.0, 3.0)]
    many = SMALL.locate_many([p[0] for p in points], [p[1] for p in points])
    single = [SMALL.locate(*p) for p in points]
    assert many == single
