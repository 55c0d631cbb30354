"""Grid cells (网格) imported from a GeoJSON file, checked before anything is written.

A file is a FeatureCollection; each feature is one cell: a Polygon (its outer ring and any holes) and
the properties `code`, `name` and `street` (the code of the street it belongs to), optionally
`name_en` and `team`. A cell already known by its code is replaced; the others are kept.

The file is refused as a whole, with every reason found (up to `MAX_PROBLEMS`), when any cell:

- is not a Polygon of closed rings (first position = last) of at least four finite lon/lat positions;
- crosses itself (an invalid ring);
- repeats a code of the file, or has no name;
- names a street the city does not have (or a region that is not a street);
- lies outside its street's outline (by more than `OUTSIDE_TOLERANCE` of its area); or
- overlaps another cell of the same street (the file's or one kept), by more than `OVERLAP_TOLERANCE`
  of the smaller one: the same ground cannot be two cells' work.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import shapely
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.strtree import STRtree

from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import GridCell, Polygon, RegionLevel

MAX_CELLS = 20_000
MAX_PROBLEMS = 50
CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
OUTSIDE_TOLERANCE = 0.01  # share of a cell's area that may lie outside its street (digitising noise)
OVERLAP_TOLERANCE = 0.001  # share of the smaller cell two cells may share (a shared border, drawn twice)


# Why a file is refused, each with its English text ({code}: the cell's code, {other}: the other cell
# or the street); a desk words them by their kind.
TEXTS = {
    "not_collection": "The file is not a GeoJSON FeatureCollection",
    "empty": "The file has no cells",
    "too_many": f"One import takes {MAX_CELLS:,} cells at most",
    "not_feature": "Not a GeoJSON Feature",
    "no_properties": "No properties",
    "bad_code": "No code of 1 to 64 letters, digits, '.', '_' or '-'",
    "no_name": "{code}: no name of 1 to 60 characters",
    "no_street": "{code}: no street",
    "not_polygon": "{code}: the geometry is not a Polygon",
    "short_ring": "{code}: a ring needs at least four positions",
    "bad_position": "{code}: a position is not [lon, lat] in numbers",
    "out_of_range": "{code}: a position lies outside longitude -180..180 or latitude -90..90",
    "not_closed": "{code}: a ring is not closed (its first and last positions differ)",
    "invalid_shape": "{code}: the outline crosses itself or has no area",
    "duplicate": "{code}: the code is already used by another cell of the file",
    "unknown_street": "{code}: there is no street {other}",
    "outside": "{code}: the cell lies outside its street {other}",
    "overlap": "{code} and {other} overlap: the same ground cannot be two cells of one street",
}


@dataclass(frozen=True)
class Problem:
    kind: str  # a key of TEXTS
    feature: int | None = None  # the feature's place in the file, from 1
    code: str = ""
    other: str = ""

    def text(self) -> str:
        words = TEXTS[self.kind].format(code=self.code, other=self.other)
        return f"Feature {self.feature}: {words}." if self.feature is not None else f"{words}."


@dataclass(frozen=True)
class GridImport:
    """What a file would do: its cells, how many are new or replace a known one, and what is wrong."""

    cells: tuple[GridCell, ...]
    new: int
    changed: int
    unchanged: int
    problems: tuple[Problem, ...]
    more: int = 0  # problems found beyond the MAX_PROBLEMS listed

    @property
    def ok(self) -> bool:
        return not self.problems


def _ring(raw: Any) -> tuple[tuple[float, float], ...] | str:
    """The ring's positions, or the kind of what is wrong with it."""
    if not isinstance(raw, list) or len(raw) < 4:
        return "short_ring"
    ring = []
    for position in raw:
        if not isinstance(position, list) or len(position) < 2 or not all(
                isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in position[:2]):
            return "bad_position"
        lon, lat = float(position[0]), float(position[1])
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return "out_of_range"
        ring.append((lon, lat))
    if ring[0] != ring[-1]:
        return "not_closed"
    return tuple(ring)


def _cell(feature: Any, n: int) -> GridCell | Problem:
    if not isinstance(feature, Mapping) or feature.get("type") != "Feature":
        return Problem("not_feature", n)
    props, geometry = feature.get("properties"), feature.get("geometry")
    if not isinstance(props, Mapping):
        return Problem("no_properties", n)
    code, name, street = props.get("code"), props.get("name"), props.get("street")
    if not isinstance(code, str) or not CODE.match(code):
        return Problem("bad_code", n)
    if not isinstance(name, str) or not name.strip() or len(name) > 60:
        return Problem("no_name", n, code)
    if not isinstance(street, str) or not street:
        return Problem("no_street", n, code)
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Polygon":
        return Problem("not_polygon", n, code)
    rings_raw = geometry.get("coordinates")
    if not isinstance(rings_raw, list) or not rings_raw:
        return Problem("short_ring", n, code)
    rings = []
    for raw in rings_raw:
        ring = _ring(raw)
        if isinstance(ring, str):
            return Problem(ring, n, code)
        rings.append(ring)
    polygon: Polygon = tuple(rings)
    shape = ShapelyPolygon(polygon[0], polygon[1:])
    if not shape.is_valid or shape.area <= 0:
        return Problem("invalid_shape", n, code)
    name_en, team = props.get("name_en", ""), props.get("team", "")
    return GridCell(code, name.strip(), street, polygon, team if isinstance(team, str) else "",
                    name_en=name_en if isinstance(name_en, str) else "")


def check_grid(data: Any, regions: RegionTree, known: Mapping[str, GridCell]) -> GridImport:
    """What importing `data` (parsed GeoJSON) would do over the `known` cells, and every reason to refuse it."""
    if not isinstance(data, Mapping) or data.get("type") != "FeatureCollection" or not isinstance(
            data.get("features"), list):
        return GridImport((), 0, 0, 0, (Problem("not_collection"),))
    features = data["features"]
    if not features:
        return GridImport((), 0, 0, 0, (Problem("empty"),))
    if len(features) > MAX_CELLS:
        return GridImport((), 0, 0, 0, (Problem("too_many"),))
    problems: list[Problem] = []
    cells: dict[str, GridCell] = {}
    for n, feature in enumerate(features, start=1):
        made = _cell(feature, n)
        if isinstance(made, Problem):
            problems.append(made)
        elif made.code in cells:
            problems.append(Problem("duplicate", n, made.code))
        elif (region := regions.get(made.street)) is None or region.level is not RegionLevel.STREET:
            problems.append(Problem("unknown_street", n, made.code, made.street))
        else:
            cells[made.code] = made
    problems += _geometry_problems(cells, regions, known)
    new = sum(1 for code in cells if code not in known)
    changed = sum(1 for code, c in cells.items() if code in known and known[code] != c)
    return GridImport(tuple(cells.values()), new, changed, len(cells) - new - changed, tuple(problems[:MAX_PROBLEMS]),
                      max(0, len(problems) - MAX_PROBLEMS))


def _geometry_problems(cells: Mapping[str, GridCell], regions: RegionTree,
                       known: Mapping[str, GridCell]) -> list[Problem]:
    problems: list[Problem] = []
    shapes = {code: ShapelyPolygon(c.polygon[0], c.polygon[1:]) for code, c in cells.items()}
    streets: dict[str, Any] = {}
    for code, cell in cells.items():
        region = regions.get(cell.street)
        if region is None or not region.polygon:
            continue
        outline = streets.setdefault(cell.street, shapely.make_valid(ShapelyPolygon(region.polygon[0],
                                                                                    region.polygon[1:])))
        shape = shapes[code]
        if shape.difference(outline).area > OUTSIDE_TOLERANCE * shape.area:
            problems.append(Problem("outside", None, code, cell.street))
    # every cell of each street after the import: the file's, and the known ones it does not replace
    after = dict(shapes)
    after.update({code: ShapelyPolygon(c.polygon[0], c.polygon[1:]) for code, c in known.items()
                  if code not in cells and len(c.polygon) and len(c.polygon[0]) >= 4})
    street_of = {**{code: c.street for code, c in known.items()}, **{code: c.street for code, c in cells.items()}}
    codes = list(after)
    tree = STRtree([after[c] for c in codes])
    seen: set[tuple[str, str]] = set()
    for code in cells:
        for j in tree.query(after[code]):
            other = codes[int(j)]
            pair = (min(code, other), max(code, other))
            if other == code or pair in seen or street_of.get(other) != street_of[code]:
                continue
            seen.add(pair)
            shared = after[code].intersection(after[other]).area
            if shared > OVERLAP_TOLERANCE * min(after[code].area, after[other].area):
                problems.append(Problem("overlap", None, pair[0], pair[1]))
    return problems
