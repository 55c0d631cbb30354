"""Code → name lookups of the small reference tables (categories, agencies, regions, grid cells).

Read once from the store and refreshed when sync changes a reference entity, so that the queue's
`data()` is a dictionary lookup and never a query. Names are in the desk's language (`data_text`):
the English of a record when the desk speaks English and the record has one, else its Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dispatch_desk.domain.records import Agency, Category, Region, RegionLevel, SlaRule
from dispatch_desk.ui.shell.i18n import data_text

REFERENCE_ENTITIES = frozenset({"category", "agency", "region", "grid_cell", "sla_rule", "officer"})


@dataclass
class Names:
    categories: dict[str, Category] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)  # without polygons: names and the tree only
    officers: dict[str, Any] = field(default_factory=dict)
    sla_rules: list[SlaRule] = field(default_factory=list)
    _store: Any = None
    _grid_cells: dict[str, tuple[str, str]] | None = None

    @classmethod
    def load(cls, store: Any) -> Names:
        """Read what names need and nothing more: polygons stay in the cache (a city has thousands)."""
        regions = {
            code: Region(code, name, RegionLevel(level), parent, name_en=name_en or "")
            for code, name, level, parent, name_en in store.db.execute(
                "SELECT key, json_extract(data, '$.name'), json_extract(data, '$.level'), "
                "json_extract(data, '$.parent'), json_extract(data, '$.name_en') FROM region ORDER BY key"
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
        """Grid cell code → name in the desk's language."""
        return {code: data_text(*names) for code, names in self._cells().items()}

    def _cells(self) -> dict[str, tuple[str, str]]:
        """Grid cell code → (name, English name), read on first use (only tooltips and the detail need it)."""
        if self._grid_cells is None:
            self._grid_cells = {} if self._store is None else {
                code: (name, name_en or "")
                for code, name, name_en in self._store.db.execute(
                    "SELECT key, json_extract(data, '$.name'), json_extract(data, '$.name_en') FROM grid_cell")}
        return self._grid_cells

    def category(self, code: str | None) -> str:
        c = self.categories.get(code or "")
        return data_text(c.name, c.name_en) if c else (code or "")

    def category_group(self, code: str | None) -> str:
        """The group (大类) of a category, "" when it has none or is unknown."""
        c = self.categories.get(code or "")
        return data_text(c.group, c.group_en) if c else ""

    def agency(self, code: str | None) -> str:
        """The short name (the full one when there is no short one in the desk's language)."""
        a = self.agencies.get(code or "")
        if a is None:
            return code or ""
        return data_text(a.short_name or a.name, a.short_name_en or a.name_en)

    def agency_full(self, code: str | None) -> str:
        a = self.agencies.get(code or "")
        return data_text(a.name, a.name_en) if a else (code or "")

    def region(self, code: str | None) -> str:
        r = self.regions.get(code or "")
        return data_text(r.name, r.name_en) if r else (code or "")

    def grid_cell(self, code: str | None) -> str:
        names = self._cells().get(code or "")
        return (data_text(*names) if names else "") or (code or "")

    def officer(self, officer_id: str | None) -> str:
        o = self.officers.get(officer_id or "")
        return o.name if o else (officer_id or "")
