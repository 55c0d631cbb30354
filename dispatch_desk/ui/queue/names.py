"""Code → name lookups of the small reference tables (categories, agencies, regions, grid cells).

Read once from the store and refreshed when sync changes a reference entity, so that the queue's
`data()` is a dictionary lookup and never a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dispatch_desk.domain.records import Agency, Category, Region, RegionLevel, SlaRule

REFERENCE_ENTITIES = frozenset({"category", "agency", "region", "grid_cell", "sla_rule", "officer"})


@dataclass
class Names:
    categories: dict[str, Category] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)  # without polygons: names and the tree only
    officers: dict[str, Any] = field(default_factory=dict)
    sla_rules: list[SlaRule] = field(default_factory=list)
    _store: Any = None
    _grid_cells: dict[str, str] | None = None

    @classmethod
    def load(cls, store: Any) -> Names:
        """Read what names need and nothing more: polygons stay in the cache (a city has thousands)."""
        regions = {
            code: Region(code, name, RegionLevel(level), parent)
            for code, name, level, parent in store.db.execute(
                "SELECT key, json_extract(data, '$.name'), json_extract(data, '$.level'), "
                "json_extract(data, '$.parent') FROM region ORDER BY key"
            ).fetchall()
        }
        return cls(
            categories={c.code: c for c in store.records("category")},
            agencies={a.code: a for a in store.records("agency")},
            regions=regions,
            officers={o.id: o for o in store.records("officer")},
            sla_rules=list(store.records("sla_rule")),
            _store=store,
        )

    @property
    def grid_cells(self) -> dict[str, str]:
        """Grid cell code → name, read on first use (only tooltips and the detail need it)."""
        if self._grid_cells is None:
            self._grid_cells = {} if self._store is None else dict(
                self._store.db.execute(
                    "SELECT key, json_extract(data, '$.name') FROM grid_cell").fetchall())
        return self._grid_cells

    def category(self, code: str | None) -> str:
        c = self.categories.get(code or "")
        return c.name if c else (code or "")

    def agency(self, code: str | None) -> str:
        a = self.agencies.get(code or "")
        return (a.short_name or a.name) if a else (code or "")

    def agency_full(self, code: str | None) -> str:
        a = self.agencies.get(code or "")
        return a.name if a else (code or "")

    def region(self, code: str | None) -> str:
        r = self.regions.get(code or "")
        return r.name if r else (code or "")

    def grid_cell(self, code: str | None) -> str:
        return self.grid_cells.get(code or "") or (code or "")

    def officer(self, officer_id: str | None) -> str:
        o = self.officers.get(officer_id or "")
        return o.name if o else (officer_id or "")
