"""A small made-up city of a chosen size, for the map's tests and benchmark.

A grid of square cells in streets in districts with incidents scattered over it; `fill_store`
puts it into a real cache the way the change feed would.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from dispatch_desk.domain.records import (
    OPEN_STATUSES,
    Category,
    GridCell,
    Incident,
    IncidentStatus,
    Indicator,
    Region,
    RegionLevel,
    Severity,
    SlaRule,
    SlaStage,
    Source,
)

CATEGORIES = (
    Category("c01", "暴露垃圾", "市容环境"),
    Category("c02", "占道经营", "街面秩序"),
    Category("c03", "井盖缺失", "设施设备"),
    Category("c04", "道路积水", "设施设备"),
    Category("c05", "违章停车", "街面秩序"),
)
DISTRICT_NAMES = ("东城区", "西城区", "南湖区", "北港区", "新江区", "老城区")
STREET_NAMES = ("和平", "建设", "人民", "解放", "长江", "黄河", "中山", "文化", "光明")


@dataclass
class Reference:
    regions: list[Region] = field(default_factory=list)
    grid_cells: list[GridCell] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    sla_rules: list[SlaRule] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    agencies: list = field(default_factory=list)
    officers: list = field(default_factory=list)


def _square(lon: float, lat: float, w: float, h: float) -> tuple:
    return (((lon, lat), (lon + w, lat), (lon + w, lat + h), (lon, lat + h), (lon, lat)),)


def sample_city(cells: int = 120, incidents: int = 300, seed: int = 7, now: datetime | None = None):
    """(Reference, incidents) for a city of about `cells` grid cells: 2×N districts of 3×3 streets."""
    rnd = random.Random(seed)
    now = now or datetime.now(UTC)
    per_street = max(1, math.ceil((cells / (len(DISTRICT_NAMES) * 9)) ** 0.5))  # k×k cells per street
    lon0, lat0 = 121.30, 31.10
    cw, ch = 0.006, 0.005
    street_w, street_h = per_street * cw, per_street * ch
    regions = [Region("C", "示范市", RegionLevel.CITY, None, _square(lon0, lat0, 3 * 3 * street_w, 2 * 3 * street_h))]
    grid: list[GridCell] = []
    for d, dname in enumerate(DISTRICT_NAMES):
        dlon, dlat = lon0 + (d % 3) * 3 * street_w, lat0 + (d // 3) * 3 * street_h
        dcode = f"D{d + 1:02d}"
        regions.append(Region(dcode, dname, RegionLevel.DISTRICT, "C", _square(dlon, dlat, 3 * street_w, 3 * street_h)))
        for s in range(9):
            slon, slat = dlon + (s % 3) * street_w, dlat + (s // 3) * street_h
            scode = f"{dcode}S{s + 1}"
            sname = STREET_NAMES[s] + "街道"
            regions.append(Region(scode, sname, RegionLevel.STREET, dcode, _square(slon, slat, street_w, street_h)))
            for i in range(per_street * per_street):
                glon, glat = slon + (i % per_street) * cw, slat + (i // per_street) * ch
                grid.append(GridCell(f"{scode}G{i + 1:02d}", f"{sname}第{i + 1}网格", scode,
                                     _square(glon, glat, cw, ch), team=f"网格{i + 1}组"))
    if len(grid) > cells:  # a whole number of cells per street overshoots: drop some from the last streets
        keep = set(range(len(grid)))
        step = len(grid) / (len(grid) - cells)
        keep -= {int(i * step) for i in range(len(grid) - cells)}
        grid = [g for i, g in enumerate(grid) if i in keep]
    rules = [SlaRule(c.code, st, 240, 60) for c in CATEGORIES for st in SlaStage]
    street_of = {r.code: r.parent for r in regions if r.level == RegionLevel.STREET}
    # A few hot spots make the grid load uneven, as in a real city.
    hot = [rnd.choice(grid) for _ in range(max(3, len(grid) // 25))]
    statuses = list(IncidentStatus)
    weights = [6, 6, 10, 10, 4, 2, 8, 1, 1, 1, 1]
    items: list[Incident] = []
    for n in range(incidents):
        cell = rnd.choice(hot) if rnd.random() < 0.35 else rnd.choice(grid)
        (x0, y0), _, (x1, y1) = cell.polygon[0][0], cell.polygon[0][1], cell.polygon[0][2]
        lon, lat = rnd.uniform(x0, x1), rnd.uniform(y0, y1)
        status = rnd.choices(statuses, weights)[0]
        reported = now - timedelta(minutes=rnd.randint(5, 60 * 30))
        # Most open incidents are within their limit; some are near it and a few overdue.
        due = now + timedelta(minutes=rnd.choice((-200, -30, 20, 45, 90, 180, 300, 480, 600, 900)) + rnd.randint(0, 15))
        due = due if status in OPEN_STATUSES else None
        cat = rnd.choice(CATEGORIES)
        items.append(Incident(
            id=f"inc-{n:05d}", title=f"{cat.name}（{cell.name}）", category=cat.code,
            source=rnd.choice(list(Source)), severity=Severity(rnd.choices((1, 2, 3, 4), (5, 4, 2, 1))[0]),
            status=status, lon=lon, lat=lat, reported_at=reported, updated_at=reported, code=f"2026{n:07d}",
            grid_cell=cell.code, street=cell.street, district=street_of[cell.street], due_at=due,
        ))
    ref = Reference(regions=regions, grid_cells=grid, categories=list(CATEGORIES), sla_rules=rules)
    return ref, items


def fill_store(store: Any, reference: Reference, incidents: list[Incident]) -> None:
    """Put a sample city into a real cache, the way the change feed would."""
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.wire import Change

    changes = []
    for entity, records in (("region", reference.regions), ("grid_cell", reference.grid_cells),
                            ("category", reference.categories), ("indicator", reference.indicators)):
        for r in records:
            changes.append(Change(seq=len(changes) + 1, entity=entity, key=r.code, op="upsert", data=to_wire(r)))
    for r in reference.sla_rules:
        key = f"{r.category}:{r.stage}"
        changes.append(Change(seq=len(changes) + 1, entity="sla_rule", key=key, op="upsert", data=to_wire(r)))
    store.apply_changes(changes, len(changes))
    store.bulk_load_incidents(incidents)
