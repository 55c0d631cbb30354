"""Code → name lookups of the small reference tables (categories, agencies, regions, grid cells).

Read once from the store and refreshed when sync changes a reference entity, so that the queue's
`data()` is a dictionary lookup and never a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dispatch_desk.domain.records import Agency, Category, GridCell, Region

REFERENCE_ENTITIES = frozenset({"category", "agency", "region", "grid_cell", "sla_rule", "officer"})


@dataclass
class Names:
    categories: dict[str, Category] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    grid_cells: dict[str, GridCell] = field(default_factory=dict)
    officers: dict[str, Any] = field(default_factory=dict)
    reference: Any = None  # the store's Reference, kept for the workflow policy

    @classmethod
    def load(cls, store: Any) -> Names:
        ref = store.reference()
        return cls(
            categories={c.code: c for c in getattr(ref, "categories", ())},
            agencies={a.code: a for a in getattr(ref, "agencies", ())},
            regions={r.code: r for r in getattr(ref, "regions", ())},
            grid_cells={g.code: g for g in getattr(ref, "grid_cells", ())},
            officers={o.id: o for o in getattr(ref, "officers", ())},
            reference=ref,
        )

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
        g = self.grid_cells.get(code or "")
        return g.name if g else (code or "")

    def officer(self, officer_id: str | None) -> str:
        o = self.officers.get(officer_id or "")
        return o.name if o else (officer_id or "")
