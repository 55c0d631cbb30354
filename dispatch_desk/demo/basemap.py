"""A light basemap of the demo city as GeoJSON: the river, a creek, main roads and parks.

It gives the grid map some context with no tile server. Feature properties: `kind` (river, water,
expressway, road, park), `name`, `name_en` (its English name) and, for lines, `rank` (1 = most important).
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.geometry import LineString, Point, mapping
from shapely.geometry.base import BaseGeometry

from dispatch_desk.demo import names

if TYPE_CHECKING:
    from dispatch_desk.demo.geography import Geography

_DECIMALS = 5  # about 1 m: plenty for a backdrop


def build_basemap(geo: Geography, rng: random.Random) -> dict:
    from dispatch_desk.demo.geography import CENTER, HALF_HEIGHT, HALF_WIDTH, river_x_at

    frame = geo.outline.buffer(0.006)
    features: list[dict] = []

    def add(geom: BaseGeometry, kind: str, name: str, rank: int | None = None) -> None:
        geom = shapely.set_precision(geom.intersection(frame), 10**-_DECIMALS)
        if geom.is_empty:
            return
        props: dict = {"kind": kind, "name": name, "name_en": names.english(name)}
        if rank is not None:
            props["rank"] = rank
        features.append({"type": "Feature", "properties": props, "geometry": mapping(geom)})

    add(geo.river.buffer(0.0022, quad_segs=4), "river", names.RIVER_NAME)
    # A creek joining the river from the west, like Suzhou Creek does.
    y0 = CENTER[1] + 0.012
    xs = np.linspace(river_x_at(geo.river, y0), CENTER[0] - HALF_WIDTH * 1.2, 80)
    ys = y0 + 0.006 * np.sin((xs - xs[0]) * 60) + (xs - xs[0]) * -0.08
    add(LineString(np.column_stack([xs, ys])).buffer(0.0007, quad_segs=3), "water", "申溪河")

    cx, cy = CENTER
    add(_ellipse(cx - 0.005, cy + 0.004, 0.042, 0.034, rng), "expressway", "内环高架路", 1)
    add(_ellipse(cx - 0.002, cy, 0.082, 0.064, rng), "expressway", "中环路", 1)
    add(LineString([(cx - HALF_WIDTH * 1.1, cy + 0.006), (cx - 0.02, cy + 0.002), (cx + 0.03, cy - 0.004),
                    (cx + HALF_WIDTH * 1.1, cy - 0.012)]), "expressway", "延安高架路", 1)
    add(LineString([(cx - 0.012, cy - HALF_HEIGHT * 1.2), (cx - 0.016, cy - 0.02), (cx - 0.01, cy + 0.03),
                    (cx - 0.018, cy + HALF_HEIGHT * 1.2)]), "expressway", "南北高架路", 1)
    add(LineString([(cx + 0.035, cy + 0.012), (cx + 0.06, cy - 0.01), (cx + 0.09, cy - 0.03)]),
        "road", "世纪大道", 2)
    for k, (road, angle) in enumerate(zip(("中山北路", "四平路", "龙吴路", "浦东大道", "杨高路", "漕溪路"),
                                          (25, 65, 110, 150, 80, 35), strict=True)):
        a = math.radians(angle + rng.uniform(-8, 8))
        off = rng.uniform(-0.03, 0.03)
        dx, dy = math.cos(a) * 0.2, math.sin(a) * 0.2
        px, py = cx + off * math.sin(a), cy - off * math.cos(a)
        add(LineString([(px - dx, py - dy), (px + dx, py + dy)]), "road", road, 2 if k < 3 else 3)

    for name, district_index in (("人民公园", 1), ("中山公园", 1), ("江湾湿地公园", 0), ("共青森林公园", 0),
                                 ("龙华公园", 2), ("滨江森林公园", 3), ("世纪公园", 3)):
        district = geo.districts()[district_index]
        from dispatch_desk.demo.geography import point_in, to_shape

        shape = to_shape(district.polygon).buffer(-0.006)
        if shape.is_empty:
            continue
        p = point_in(shape, rng)
        add(_blob(p, rng.uniform(0.003, 0.007), rng), "park", name)
    return {"type": "FeatureCollection", "features": features}


def _ellipse(cx: float, cy: float, a: float, b: float, rng: random.Random) -> LineString:
    wobble = rng.uniform(0, 2 * math.pi)
    pts = [
        (cx + a * (1 + 0.05 * math.sin(3 * t + wobble)) * math.cos(t),
         cy + b * (1 + 0.05 * math.sin(3 * t + wobble)) * math.sin(t))
        for t in np.linspace(0, 2 * math.pi, 73)
    ]
    return LineString(pts)


def _blob(p: Point, r: float, rng: random.Random) -> BaseGeometry:
    pts = []
    for k in range(16):
        t = 2 * math.pi * k / 16
        rr = r * rng.uniform(0.75, 1.2)
        pts.append((p.x + rr * math.cos(t) * 1.15, p.y + rr * math.sin(t)))
    return shapely.make_valid(shapely.Polygon(pts))
