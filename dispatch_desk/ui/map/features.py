"""Plain records → the GeoJSON the map page draws, and the small diffs that keep it current.

Nothing here touches Qt or the store: the widget feeds in records (regions, grid cells, incident
rows) and sends the resulting dicts to the page, so all of it is testable on its own.

An incident is a Point feature with short property names (the page holds 10,000 of them):
  t title, k category name, s status, v severity, q SLA state, d due / e near-overdue time (epoch s),
  c grid cell, n case code.
A cell's load is [open, near-overdue, overdue] incident counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dispatch_desk.domain.geo import inner_point
from dispatch_desk.domain.records import OPEN_STATUSES, GridCell, Polygon, Region
from dispatch_desk.domain.sla import marks_state

_OPEN = {s.value for s in OPEN_STATUSES}

Load = tuple[int, int, int]  # open, near-overdue, overdue
ZERO: Load = (0, 0, 0)


def polygon_coords(polygon: Polygon) -> list[list[list[float]]]:
    return [[[float(lon), float(lat)] for lon, lat in ring] for ring in polygon]


def label_point(polygon: Polygon) -> list[float] | None:
    """Where a region's name goes, [lat, lon] as the page takes it (`domain.geo.inner_point`)."""
    point = inner_point(polygon)
    return None if point is None else [point[1], point[0]]


def region_features(regions: Iterable[Region], name: Callable[[Region], str] | None = None) -> list[dict[str, Any]]:
    """Regions as Polygon features; `name` picks the name shown (the desk's language), else `r.name`;
    `label` is where the name is written."""
    out = []
    for r in regions:
        if not r.polygon:
            continue
        out.append(
            {
                "type": "Feature",
                "id": r.code,
                "properties": {"name": name(r) if name else r.name, "level": str(r.level), "parent": r.parent,
                               "label": label_point(r.polygon)},
                "geometry": {"type": "Polygon", "coordinates": polygon_coords(r.polygon)},
            }
        )
    return out


def cell_features(cells: Iterable[GridCell | Mapping[str, Any]], regions: Iterable[Region]) -> list[dict[str, Any]]:
    """Grid cells as Polygon features; a cell may be a GridCell or its codec dict (the cache's own
    JSON, already in GeoJSON's nesting, which spares decoding 2,000 polygons into tuples and back)."""
    district_of = {r.code: r.parent for r in regions if str(r.level) == "street"}
    out = []
    for c in cells:
        if isinstance(c, Mapping):
            code, name, street, team, coords = c["code"], c["name"], c["street"], c.get("team", ""), c["polygon"]
        else:
            code, name, street, team = c.code, c.name, c.street, c.team
            coords = polygon_coords(c.polygon)
        if not coords:
            continue
        out.append({
            "type": "Feature",
            "id": code,
            "properties": {"name": name, "street": street, "district": district_of.get(street), "team": team},
            "geometry": {"type": "Polygon", "coordinates": coords},
        })
    return out


def bounds_of(polygons: Iterable[Polygon]) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of all outer rings, or None when there is nothing."""
    lons: list[float] = []
    lats: list[float] = []
    for poly in polygons:
        if poly:
            lons.extend(p[0] for p in poly[0])
            lats.extend(p[1] for p in poly[0])
    if not lons:
        return None
    return min(lons), min(lats), max(lons), max(lats)


def _value(x: Any) -> Any:
    return getattr(x, "value", x)


def sla_state(row: Any, now: datetime) -> str:
    """ok | near | overdue | none, from the row's current-stage deadline and near-overdue mark."""
    return marks_state(_value(row.status), getattr(row, "due_at", None), getattr(row, "sla_near_at", None), now)[0].value


# An incident as the model keeps it and the page's first load receives it: a flat row (the
# snapshot of 10,000 incidents is half the size, and a quarter of the work, of GeoJSON features).
COLUMNS = ("id", "lon", "lat", "t", "k", "s", "v", "q", "d", "e", "c", "n")
_ID, _LON, _LAT, _S, _Q, _D, _E, _C = 0, 1, 2, 5, 7, 8, 9, 10
Record = tuple


def incident_record(row: Any, now: datetime, category_names: Mapping[str, str] | None = None) -> Record:
    """One incident (an IncidentRow or an Incident) as a flat record in COLUMNS order."""
    due = row.due_at
    near = getattr(row, "sla_near_at", None)
    return (
        row.id,
        round(float(row.lon), 6),
        round(float(row.lat), 6),
        row.title,
        (category_names or {}).get(row.category, row.category),
        _value(row.status),
        int(row.severity),
        sla_state(row, now),
        int(due.timestamp()) if due is not None else None,
        int(near.timestamp()) if near is not None else None,
        row.grid_cell,
        getattr(row, "code", "") or "",
    )


def feature_of(rec: Record) -> dict[str, Any]:
    """A record as the GeoJSON Point feature that live diffs carry."""
    return {
        "type": "Feature",
        "id": rec[_ID],
        "geometry": {"type": "Point", "coordinates": [rec[_LON], rec[_LAT]]},
        "properties": dict(zip(COLUMNS[3:], rec[3:], strict=True)),
    }


def incident_feature(row: Any, now: datetime, category_names: Mapping[str, str] | None = None) -> dict[str, Any]:
    return feature_of(incident_record(row, now, category_names))


def load_of(records: Iterable[Record]) -> dict[str, Load]:
    """Open / near-overdue / overdue incident counts per grid cell."""
    counts: dict[str, list[int]] = {}
    for r in records:
        if r[_S] not in _OPEN or not r[_C]:
            continue
        c = counts.setdefault(r[_C], [0, 0, 0])
        c[0] += 1
        if r[_Q] == "near":
            c[1] += 1
        elif r[_Q] == "overdue":
            c[2] += 1
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


@dataclass
class MapDiff:
    """What changed since the page last heard: incidents added, changed, removed; cells recolored."""

    added: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    cells: dict[str, Load] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.cells)

    def to_js(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "cells": {k: list(v) for k, v in self.cells.items()},
        }


class IncidentLayerModel:
    """The incidents the page shows (id → record), kept in step with the page by diffs."""

    def __init__(self, category_names: Mapping[str, str] | None = None) -> None:
        self.category_names = dict(category_names or {})
        self.features: dict[str, Record] = {}
        self.load: dict[str, Load] = {}

    def snapshot(self) -> dict[str, Any]:
        return {"columns": list(COLUMNS), "rows": list(self.features.values())}

    def _finish(self, diff: MapDiff, touched_cells: set[str | None]) -> MapDiff:
        fresh = load_of(r for r in self.features.values() if r[_C] in touched_cells)
        for cell in touched_cells:
            if not cell:
                continue
            new = fresh.get(cell, ZERO)
            if self.load.get(cell, ZERO) != new:
                diff.cells[cell] = new
            if new == ZERO:
                self.load.pop(cell, None)
            else:
                self.load[cell] = new
        return diff

    def load_all(self, rows: Iterable[Any], now: datetime) -> None:
        """Start from these incidents; the page gets them whole in a snapshot, not as a diff."""
        names = self.category_names
        self.features = {r.id: incident_record(r, now, names) for r in rows}
        self.load = load_of(self.features.values())

    def replace_all(self, rows: Iterable[Any], now: datetime) -> MapDiff:
        """Show exactly these incidents (a new filter, or a full refresh)."""
        names = self.category_names
        new = {r.id: incident_record(r, now, names) for r in rows}
        diff = MapDiff()
        touched: set[str | None] = set()
        if not self.features:  # the first load: everything is new
            diff.added = [feature_of(r) for r in new.values()]
            self.features = new
            self.load = load_of(new.values())
            diff.cells = dict(self.load)
            return diff
        for key, rec in new.items():
            old = self.features.get(key)
            if old is None:
                diff.added.append(feature_of(rec))
            elif old != rec:
                diff.changed.append(feature_of(rec))
                touched.add(old[_C])
            else:
                continue
            touched.add(rec[_C])
        for key, old in self.features.items():
            if key not in new:
                diff.removed.append(key)
                touched.add(old[_C])
        self.features = new
        return self._finish(diff, touched)

    def upsert(self, rows: Iterable[Any], now: datetime) -> MapDiff:
        diff = MapDiff()
        touched: set[str | None] = set()
        for r in rows:
            rec = incident_record(r, now, self.category_names)
            old = self.features.get(r.id)
            if old == rec:
                continue
            (diff.added if old is None else diff.changed).append(feature_of(rec))
            if old is not None:
                touched.add(old[_C])
            touched.add(rec[_C])
            self.features[r.id] = rec
        return self._finish(diff, touched)

    def remove(self, ids: Iterable[str]) -> MapDiff:
        diff = MapDiff()
        touched: set[str | None] = set()
        for key in ids:
            old = self.features.pop(key, None)
            if old is not None:
                diff.removed.append(key)
                touched.add(old[_C])
        return self._finish(diff, touched)

    def retime(self, now: datetime) -> MapDiff:
        """Re-evaluate SLA states as time passes: markers turn near-overdue, then overdue."""
        diff = MapDiff()
        touched: set[str | None] = set()
        t = now.timestamp()
        for key, rec in self.features.items():
            if rec[_D] is None or rec[_S] not in _OPEN or rec[_Q] == "none":
                continue
            q = "overdue" if t >= rec[_D] else "near" if rec[_E] is not None and t >= rec[_E] else "ok"
            if q != rec[_Q]:
                rec = rec[:_Q] + (q,) + rec[_Q + 1:]
                self.features[key] = rec
                diff.changed.append(feature_of(rec))
                touched.add(rec[_C])
        return self._finish(diff, touched)


# --- an operation's tasks --------------------------------------------------------------------------
# A task with a place is a Point feature with short property names, like incidents:
#   t title, s status, a agency name, o overdue (bool), d due time (epoch s or None).
# Cancelled tasks are off the map; tasks without a place are on the board only.

_TASK_OPEN = {"assigned", "accepted", "in_progress", "blocked"}


def task_feature(task: Any, now: datetime, agency_names: Mapping[str, str] | None = None) -> dict[str, Any] | None:
    """The map feature of a task (a Task or its codec dict), or None when it has no place on the map."""
    get = task.get if isinstance(task, Mapping) else lambda k, d=None: getattr(task, k, d)
    lon, lat, status = get("lon"), get("lat"), _value(get("status"))
    if lon is None or lat is None or status == "cancelled":
        return None
    due = get("due_at")
    if isinstance(due, str):
        due = datetime.fromisoformat(due.replace("Z", "+00:00"))
    agency = get("agency")
    return {
        "type": "Feature",
        "id": get("id"),
        "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
        "properties": {
            "t": get("title"),
            "s": status,
            "a": (agency_names or {}).get(agency, agency),
            "o": bool(status in _TASK_OPEN and due is not None and now > due),
            "d": int(due.timestamp()) if due is not None else None,
        },
    }


@dataclass
class TaskDiff:
    added: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def to_js(self) -> dict[str, Any]:
        return {"added": self.added, "changed": self.changed, "removed": self.removed}


class TaskLayerModel:
    """The tasks of the operation in view that the page shows (id → feature), kept in step by diffs."""

    def __init__(self) -> None:
        self.operation: str | None = None
        self.features: dict[str, dict[str, Any]] = {}

    def snapshot(self) -> list[dict[str, Any]]:
        return list(self.features.values())

    def replace_all(self, operation: str | None, tasks: Iterable[Any], now: datetime,
                    agency_names: Mapping[str, str] | None = None) -> None:
        """Show the tasks of another operation (the page gets them whole)."""
        self.operation = operation
        self.features = {}
        for task in tasks:
            f = task_feature(task, now, agency_names)
            if f is not None:
                self.features[f["id"]] = f

    def update(self, key: str, task: Any | None, now: datetime,
               agency_names: Mapping[str, str] | None = None) -> TaskDiff:
        """One task changed (None: gone from the cache). Tasks of other operations are ignored."""
        diff = TaskDiff()
        get = (task.get if isinstance(task, Mapping) else lambda k: getattr(task, k, None)) if task else None
        feature = task_feature(task, now, agency_names) if get and get("operation") == self.operation else None
        old = self.features.get(key)
        if feature is None:
            if old is not None:
                del self.features[key]
                diff.removed.append(key)
        elif old != feature:
            self.features[key] = feature
            (diff.changed if old is not None else diff.added).append(feature)
        return diff

    def retime(self, now: datetime) -> TaskDiff:
        """Open tasks turn overdue as their due time passes."""
        diff = TaskDiff()
        t = now.timestamp()
        for key, f in self.features.items():
            p = f["properties"]
            overdue = p["s"] in _TASK_OPEN and p["d"] is not None and t > p["d"]
            if overdue != p["o"]:
                f = {**f, "properties": {**p, "o": overdue}}
                self.features[key] = f
                diff.changed.append(f)
        return diff
