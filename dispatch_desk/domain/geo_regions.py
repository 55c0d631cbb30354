"""The area hierarchy (city → district → street) as a lookup structure.

Scope checks and grid lookups both ask "is this street inside that district?"; answering it from a
parent map keeps those checks free of geometry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from dispatch_desk.domain.records import Region, RegionLevel

# Handling levels in order; a higher rank supervises and approves for the ranks below it.
LEVEL_RANK: Mapping[RegionLevel, int] = {RegionLevel.STREET: 0, RegionLevel.DISTRICT: 1, RegionLevel.CITY: 2}


def level_above(level: RegionLevel) -> RegionLevel | None:
    """The next handling level up, or None at the city."""
    if level is RegionLevel.STREET:
        return RegionLevel.DISTRICT
    if level is RegionLevel.DISTRICT:
        return RegionLevel.CITY
    return None


class RegionTree:
    """Regions by code with parent links; unknown codes are simply not found (no exceptions)."""

    def __init__(self, regions: Iterable[Region] = ()) -> None:
        self._by_code: dict[str, Region] = {r.code: r for r in regions}

    @classmethod
    def of(cls, regions: RegionTree | Iterable[Region] | Mapping[str, Region] | None) -> RegionTree:
        """Accept a tree, a list of regions or a code → region mapping."""
        if isinstance(regions, RegionTree):
            return regions
        if regions is None:
            return cls()
        if isinstance(regions, Mapping):
            return cls(regions.values())
        return cls(regions)

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_code.values())

    def get(self, code: str | None) -> Region | None:
        return self._by_code.get(code) if code is not None else None

    def level_of(self, code: str | None) -> RegionLevel | None:
        region = self.get(code)
        return region.level if region else None

    def ancestors(self, code: str | None) -> list[str]:
        """The code itself and every parent up to the root (cycles in bad data are cut)."""
        chain: list[str] = []
        while code is not None and code in self._by_code and code not in chain:
            chain.append(code)
            code = self._by_code[code].parent
        return chain

    def contains(self, ancestor: str, code: str | None) -> bool:
        """Whether `code` is `ancestor` or lies below it."""
        return ancestor in self.ancestors(code)

    def up_to(self, code: str | None, level: RegionLevel) -> str | None:
        """The region at `level` that `code` lies in (itself included)."""
        for c in self.ancestors(code):
            if self._by_code[c].level is level:
                return c
        return None

    def district_of(self, code: str | None) -> str | None:
        return self.up_to(code, RegionLevel.DISTRICT)

    def city(self) -> str | None:
        """The code of the (first) city region, if the tree has one."""
        return next((r.code for r in self._by_code.values() if r.level is RegionLevel.CITY), None)

    def children(self, code: str) -> list[Region]:
        return sorted((r for r in self._by_code.values() if r.parent == code), key=lambda r: r.code)
