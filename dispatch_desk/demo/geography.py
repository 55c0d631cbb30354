"""The shape of the demo city: outline, river, districts, streets and the unit grid.

Districts split the city along the river; streets are a clipped Voronoi of each district; grid
cells are each street cut by a regular grid. Every level is cut from the level above, so the
cells tile their street and the streets tile their district exactly (up to coordinate rounding).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import split

from dispatch_desk.demo import names
from dispatch_desk.domain.records import GridCell, Region, RegionLevel
from dispatch_desk.domain.records import Polygon as RecordPolygon

CENTER = (121.525, 31.225)
HALF_WIDTH, HALF_HEIGHT = 0.11, 0.085  # degrees: about 21 km x 19 km
CELL_DX, CELL_DY = 0.0042, 0.0036  # about 400 m x 400 m at this latitude
SLIVER_SHARE = 0.3  # cut cells smaller than this share of a full cell join a neighbour
DECIMALS = 7  # about 1 cm


@dataclass
class HotSpot:
    lon: float
    lat: float
    weight: float
    name: str
    district: str


@dataclass
class Geography:
    outline: Polygon
    river: LineString
    regions: list[Region]
    cells: list[GridCell]
    cell_shapes: list[Polygon]  # the exact shapes, same order as `cells`
    street_shapes: dict[str, Polygon]
    hot_spots: list[HotSpot]
    street_roads: dict[str, tuple[str, ...]]
    basemap: dict = field(default_factory=dict)

    def streets(self) -> list[Region]:
        return [r for r in self.regions if r.level == RegionLevel.STREET]

    def districts(self) -> list[Region]:
        return [r for r in self.regions if r.level == RegionLevel.DISTRICT]


def build(rng: random.Random) -> Geography:
    from dispatch_desk.demo.basemap import build_basemap

    outline = _outline(rng)
    river = _river(rng)
    district_shapes = _districts(outline, river, rng)
    regions = [Region(names.CITY_CODE, names.CITY_NAME, RegionLevel.CITY, None, to_record(outline),
                      names.english(names.CITY_NAME))]
    street_shapes: dict[str, Polygon] = {}
    street_roads: dict[str, tuple[str, ...]] = {}
    cells: list[GridCell] = []
    cell_shapes: list[Polygon] = []
    hot_spots: list[HotSpot] = []
    for (suffix, dname, dkey, streets), dshape in zip(names.DISTRICTS, district_shapes, strict=True):
        dcode = names.CITY_CODE[:4] + suffix
        regions.append(Region(dcode, dname, RegionLevel.DISTRICT, names.CITY_CODE, to_record(dshape),
                              names.english(dname)))
        roads = list(names.ROADS[dkey])
        rng.shuffle(roads)
        for i, (sshape, (sname, _skey)) in enumerate(
            zip(_split_voronoi(dshape, len(streets), rng), streets, strict=True)
        ):
            scode = f"{dcode}{i + 1:03d}"
            regions.append(Region(scode, sname, RegionLevel.STREET, dcode, to_record(sshape), names.english(sname)))
            street_shapes[scode] = sshape
            street_roads[scode] = tuple(roads[i * 5 : i * 5 + 5])
            for n, shape in enumerate(_cut_cells(sshape), start=1):
                cells.append(_cell(scode, sname, n, shape, rng, names.english(sname)))
                cell_shapes.append(shape)
        hot_spots.extend(_hot_spots(dshape, dcode, roads, rng))
    geo = Geography(outline, river, regions, cells, cell_shapes, street_shapes, hot_spots, street_roads)
    geo.basemap = build_basemap(geo, rng)
    return geo


def to_record(shape: Polygon) -> RecordPolygon:
    def ring(coords) -> tuple[tuple[float, float], ...]:
        return tuple((round(x, DECIMALS), round(y, DECIMALS)) for x, y in coords)

    return (ring(shape.exterior.coords), *(ring(r.coords) for r in shape.interiors))


def to_shape(polygon: RecordPolygon) -> Polygon:
    return Polygon(polygon[0], polygon[1:])


def _outline(rng: random.Random) -> Polygon:
    p1, p2 = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    pts = []
    for k in range(96):
        t = 2 * math.pi * k / 96
        r = 1 + 0.07 * math.sin(3 * t + p1) + 0.04 * math.sin(5 * t + p2) + rng.uniform(-0.012, 0.012)
        pts.append((CENTER[0] + HALF_WIDTH * r * math.cos(t), CENTER[1] + HALF_HEIGHT * r * math.sin(t)))
    return shapely.make_valid(Polygon(pts))


def _river(rng: random.Random) -> LineString:
    """A river entering in the south and leaving in the north-east, winding like the Huangpu."""
    phase = rng.uniform(0, 2 * math.pi)
    ts = np.linspace(0.0, 1.0, 240)
    ys = CENTER[1] - 0.14 + 0.28 * ts
    xs = CENTER[0] + 0.03 + 0.016 * np.sin(2 * math.pi * 1.4 * ts + phase) + 0.03 * (ts - 0.5)
    return LineString(np.column_stack([xs, ys]))


def river_x_at(river: LineString, lat: float) -> float:
    xs, ys = np.asarray(river.coords).T
    return float(np.interp(lat, ys, xs))


def _districts(outline: Polygon, river: LineString, rng: random.Random) -> list[Polygon]:
    """Three districts west of the river (north, centre, south) and one east of it."""
    west, east = [], []
    for piece in split(outline, river).geoms:
        p = piece.representative_point()
        (east if p.x > river_x_at(river, p.y) else west).append(piece)
    west_shape, east_shape = shapely.union_all(west), shapely.union_all(east)
    minx, miny, maxx, maxy = west_shape.bounds
    seeds = [
        (minx + (maxx - minx) * rng.uniform(0.25, 0.75), miny + (maxy - miny) * (q + rng.uniform(-0.05, 0.05)))
        for q in (0.82, 0.5, 0.18)
    ]
    west_parts = _voronoi(west_shape, seeds)
    return _single_parts([*west_parts, east_shape])


def _voronoi(shape: Polygon, seeds: list[tuple[float, float]]) -> list[BaseGeometry]:
    cells = shapely.voronoi_polygons(MultiPoint(seeds), extend_to=shape.envelope.buffer(0.2), ordered=True)
    return [shapely.intersection(c, shape) for c in cells.geoms]


def _split_voronoi(shape: Polygon, k: int, rng: random.Random) -> list[Polygon]:
    """Split `shape` into k parts of similar area: Voronoi around k-means centres of random points."""
    pts = _sample_points(shape, 600, rng)
    centres = pts[rng.sample(range(len(pts)), k)]
    for _ in range(12):
        d = ((pts[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
        labels = d.argmin(axis=1)
        centres = np.array([pts[labels == j].mean(axis=0) if (labels == j).any() else centres[j] for j in range(k)])
    # North-west first, so street numbering reads like a map.
    order = sorted(range(k), key=lambda j: (-round(centres[j][1], 2), centres[j][0]))
    parts = _single_parts(_voronoi(shape, [tuple(centres[j]) for j in order]))
    return parts


def _sample_points(shape: Polygon, n: int, rng: random.Random) -> np.ndarray:
    minx, miny, maxx, maxy = shape.bounds
    gen = np.random.default_rng(rng.getrandbits(32))
    out: list[np.ndarray] = []
    total = 0
    while total < n:
        xs = gen.uniform(minx, maxx, n)
        ys = gen.uniform(miny, maxy, n)
        keep = shapely.contains_xy(shape, xs, ys)
        out.append(np.column_stack([xs[keep], ys[keep]]))
        total += int(keep.sum())
    return np.concatenate(out)[:n]


def _polygons_of(geom: BaseGeometry) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom] if geom.area > 0 else []
    return [p for g in getattr(geom, "geoms", []) for p in _polygons_of(g)]


def _single_parts(parts: list[BaseGeometry]) -> list[Polygon]:
    """Make every part one polygon: stray pieces join the neighbour they share most border with."""
    pieces = [_polygons_of(p) for p in parts]
    main = [max(ps, key=lambda p: p.area) for ps in pieces]
    strays = [p for ps, m in zip(pieces, main, strict=True) for p in ps if p is not m]
    for stray in sorted(strays, key=lambda p: -p.area):
        main = _join(stray, main)
    return main


def _join(piece: Polygon, shapes: list[Polygon], candidates: list[int] | None = None) -> list[Polygon]:
    idx = range(len(shapes)) if candidates is None else candidates
    shared = sorted(((piece.boundary.intersection(shapes[i].boundary).length, i) for i in idx), reverse=True)
    for length, i in shared:
        if length <= 0:
            break
        merged = shapely.union(shapes[i], piece)
        if isinstance(merged, Polygon):
            shapes = list(shapes)
            shapes[i] = merged
            return shapes
    return [*shapes, piece]  # nowhere to go: it stays a piece of its own


def _cut_cells(street: Polygon) -> list[Polygon]:
    minx, miny, maxx, maxy = street.bounds
    ox, oy = CENTER[0] - HALF_WIDTH * 1.5, CENTER[1] - HALF_HEIGHT * 1.5  # one global grid origin
    i0, i1 = math.floor((minx - ox) / CELL_DX), math.ceil((maxx - ox) / CELL_DX)
    j0, j1 = math.floor((miny - oy) / CELL_DY), math.ceil((maxy - oy) / CELL_DY)
    ii, jj = np.meshgrid(np.arange(i0, i1), np.arange(j0, j1))
    boxes = shapely.box(ox + ii.ravel() * CELL_DX, oy + jj.ravel() * CELL_DY,
                        ox + (ii.ravel() + 1) * CELL_DX, oy + (jj.ravel() + 1) * CELL_DY)
    shapely.prepare(street)
    boxes = boxes[shapely.intersects(street, boxes)]
    pieces = [p for g in shapely.intersection(boxes, street) for p in _polygons_of(g)]
    full = CELL_DX * CELL_DY
    big = [p for p in pieces if p.area >= SLIVER_SHARE * full]
    small = sorted((p for p in pieces if p.area < SLIVER_SHARE * full), key=lambda p: -p.area)
    tree_shapes = big
    for piece in small:
        tree = shapely.STRtree(tree_shapes)
        near = [int(i) for i in tree.query(piece, predicate="intersects")]
        tree_shapes = _join(piece, tree_shapes, near)
    return sorted(tree_shapes, key=lambda p: (-round(p.centroid.y / CELL_DY), p.centroid.x))


def _cell(street_code: str, street_name: str, n: int, shape: Polygon, rng: random.Random,
          street_name_en: str) -> GridCell:
    leader = rng.choice(names.SURNAMES) + rng.choice(names.GIVEN_NAMES)
    code = f"{street_code}{n:03d}"
    return GridCell(
        code=code,
        name=f"{street_name}第{n:03d}网格",
        street=street_code,
        polygon=to_record(shape),
        team=f"网格长 {leader}",
        agency_grids=(f"城管责任网格 CG{code[-6:]}", f"警务网格 JW{code[-6:]}", f"市场监管网格 SJ{code[-6:]}"),
        name_en=f"{street_name_en} Grid {n:03d}",
    )


_SPOT_KINDS = (("商圈", 3.0), ("菜市场", 2.0), ("地铁站", 2.5), ("夜市", 1.5), ("老旧小区", 2.0))


def _hot_spots(district: Polygon, dcode: str, roads: list[str], rng: random.Random) -> list[HotSpot]:
    spots: list[HotSpot] = []
    candidates = _sample_points(district.buffer(-0.004), 60, rng)
    for k, (kind, weight) in enumerate(rng.sample(_SPOT_KINDS, 3)):
        # The candidate farthest from the spots chosen so far, so hot spots spread out.
        far = max(candidates, key=lambda c: min((math.hypot(c[0] - s.lon, c[1] - s.lat) for s in spots),
                                                default=rng.random()))
        spots.append(HotSpot(float(far[0]), float(far[1]), weight, f"{roads[k % len(roads)]}{kind}", dcode))
    return spots


def point_in(shape: Polygon, rng: random.Random) -> Point:
    p = _sample_points(shape, 1, rng)[0]
    return Point(p)
