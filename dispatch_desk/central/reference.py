"""Reference data the server decides with — policy, region tree, grid index, officers — cached per
process and rebuilt when the latest seq of their kinds changes (another instance may have written)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from dispatch_desk.domain.geo import GridIndex
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Category, GridCell, Officer, Region, SlaRule
from dispatch_desk.domain.sla import SlaPolicy

from . import ledger
from .storage import Tx

KINDS = ("category", "sla_rule", "region", "grid_cell", "officer", "indicator")


@dataclass(frozen=True)
class Reference:
    policy: SlaPolicy
    regions: RegionTree
    officers: tuple[Officer, ...]
    indicators: frozenset[str]
    categories: frozenset[str]


class ReferenceCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fingerprint: tuple[Any, ...] | None = None
        self._value: Reference | None = None
        self._grid_for: tuple[Any, ...] | None = None
        self._grid: Any = None

    def get(self, tx: Tx) -> Reference:
        fingerprint = ledger.fingerprint(tx, KINDS)
        with self._lock:
            if self._value is not None and fingerprint == self._fingerprint:
                return self._value
        regions = ledger.all_of(tx, Region)
        categories = ledger.all_of(tx, Category)
        tree = RegionTree(regions)
        value = Reference(
            policy=SlaPolicy(categories, ledger.all_of(tx, SlaRule), regions=tree),
            regions=tree,
            officers=tuple(ledger.all_of(tx, Officer)),
            indicators=frozenset(r[0] for r in tx.execute(
                "SELECT key FROM records WHERE entity = 'indicator' AND deleted = 0")),
            categories=frozenset(c.code for c in categories),
        )
        with self._lock:
            self._fingerprint, self._value = fingerprint, value
        return value

    def grid(self, tx: Tx) -> Any:
        """The grid index, rebuilt only when grid cells or regions change."""
        fingerprint = ledger.fingerprint(tx, ("region", "grid_cell"))
        with self._lock:
            if self._grid is not None and fingerprint == self._grid_for:
                return self._grid
        grid = GridIndex(ledger.all_of(tx, GridCell), ledger.all_of(tx, Region))
        with self._lock:
            self._grid_for, self._grid = fingerprint, grid
        return grid

