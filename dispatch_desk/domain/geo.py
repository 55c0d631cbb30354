"""Which grid cell, street and district a point lies in.

A report only carries a position; the caller asks `GridIndex.path(lon, lat)` for the cell, street
and district before issuing `incident.report`. Cells are indexed in a shapely STRtree, so a lookup
costs a handful of polygon tests even with tens of thousands of cells.

A point on a border shared by several cells belongs to the cell with the lowest code, so every
client and the central service place it the same way. Outside every cell there is no answer (None).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np
import shapely
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel
from shapely.strtree import STRtree

from dispatch_desk.domain.geo_regions import LEVEL_RANK, RegionTree, level_above
from dispatch_desk.domain.records import GridCell, Polygon, Region, RegionLevel

__all__ = ["LEVEL_RANK", "GridIndex", "GridPath", "RegionTree", "inner_point", "level_above", "to_shape"]


class GridPath(NamedTuple):
    cell: GridCell
    street: Region | None  # None when the cell names a street the region list does not have
    district: Region | None

    def report_args(self) -> dict[str, str | None]:
        """The location arguments of an `incident.report` mutation."""
        return {
            "grid_cell": self.cell.code,
            "street": self.street.code if self.street else self.cell.street,
            "district": self.district.code if self.district else None,
        }


def to_shape(polygon: Polygon) -> BaseGeometry | None:
    """A record polygon as a valid shapely geometry, or None when it has no area.

    Self-intersecting rings (digitising errors) are repaired rather than rejected, because a cell
    that silently matched nothing would swallow reports; a repaired one can be a multi-polygon.
    """
    if not polygon or len(polygon[0]) < 3:
        return None
    shape: BaseGeometry = ShapelyPolygon(polygon[0], [ring for ring in polygon[1:] if len(ring) >= 3])
    if not shape.is_valid:
        shape = shapely.make_valid(shape)
    return shape if not shape.is_empty and shape.area > 0 else None


def inner_point(polygon: Polygon) -> tuple[float, float] | None:
    """Where an area's name goes, (lon, lat): the point inside it farthest from its edges, so that the names
    of neighbouring areas (whose bounding boxes may share a centre) sit apart and inside their own area."""
    shape = ShapelyPolygon(polygon[0], polygon[1:]) if polygon and len(polygon[0]) >= 3 else None
    if shape is None or not shape.is_valid or shape.is_empty:
        return None
    span = max(shape.bounds[2] - shape.bounds[0], shape.bounds[3] - shape.bounds[1])
    point = polylabel(shape, tolerance=span / 200)
    return point.x, point.y


class GridIndex:
    def __init__(self, cells: Iterable[GridCell], regions: RegionTree | Iterable[Region] | Mapping[str, Region] = ()):
        self.regions = RegionTree.of(regions)
        # Sorted by code so that the first match of a lookup is the lowest code (deterministic borders).
        ordered = sorted(cells, key=lambda c: c.code)
        self._by_code: dict[str, GridCell] = {c.code: c for c in ordered}
        kept: list[tuple[GridCell, object]] = []
        for cell in ordered:
            shape = to_shape(cell.polygon)
            if shape is not None:
                kept.append((cell, shape))
        self._cells: list[GridCell] = [cell for cell, _ in kept]
        self._shapes = np.array([shape for _, shape in kept], dtype=object)
        self._tree = STRtree(self._shapes)

    def __len__(self) -> int:
        return len(self._by_code)

    def cell(self, code: str) -> GridCell | None:
        return self._by_code.get(code)

    def locate(self, lon: float, lat: float) -> GridCell | None:
        """The cell covering the point (its border included), lowest code first; None outside."""
        if not (np.isfinite(lon) and np.isfinite(lat)):
            return None
        hits = self._tree.query(shapely.Point(lon, lat), predicate="intersects")
        return self._cells[int(hits.min())] if len(hits) else None

    def locate_many(self, lons: Sequence[float], lats: Sequence[float]) -> list[GridCell | None]:
        """`locate` for many points at once (imports, the demo generator): one tree query for all."""
        points = shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        # One-dimensional coordinates always give an array; the stubs also allow a 0-d input's single point.
        assert not isinstance(points, shapely.Point)
        found: list[GridCell | None] = [None] * len(points)
        point_idx, cell_idx = self._tree.query(points, predicate="intersects")
        # Walk matches in descending cell index so the lowest index (= lowest code) is written last.
        order = np.lexsort((-cell_idx, point_idx))
        for p, c in zip(point_idx[order], cell_idx[order], strict=True):
            found[int(p)] = self._cells[int(c)]
        return found

    def street_of(self, cell_code: str) -> Region | None:
        cell = self._by_code.get(cell_code)
        return self.regions.get(cell.street) if cell else None

    def district_of(self, code: str) -> Region | None:
        """The district of a cell code or of a street (or district) code."""
        cell = self._by_code.get(code)
        region_code = cell.street if cell else code
        return self.regions.get(self.regions.district_of(region_code))

    def path(self, lon: float, lat: float) -> GridPath | None:
        """(cell, street, district) of the point, or None outside every cell."""
        cell = self.locate(lon, lat)
        if cell is None:
            return None
        return GridPath(cell, self.regions.get(cell.street), self.district_of(cell.code))

    def cells_in(self, region_code: str) -> list[GridCell]:
        """Cells of a street, district or the city (for region filters on the map and in queues)."""
        if self.regions.level_of(region_code) is RegionLevel.CITY:
            return list(self._by_code.values())
        return [c for c in self._by_code.values() if self.regions.contains(region_code, c.street)]
