"""Liaison seats that end by themselves (临时派驻到期), and seats that start later.

A seat gives its officer the operation's scope until its end time; the domain already stops counting
them as a member at that instant (`permissions_operations.is_member`), so nothing new reaches them.
What they hold in their cache goes when the sweep records the end: every `SWEEP_SECONDS` it runs
`command.expire_seats` for each operation not yet closed with a seat past its end, writes the result (the
seats closed by the system, an automatic log entry each, the officers' `operations`), and gives each
officer whose seat ran out feed deletes for the operation and everything under it (tasks, log
entries, situation reports) and for the incidents they no longer see.

Both sight checks are made at the same instant, when the seat has already ended, so comparing them
finds no difference for the operation: its deletes are computed explicitly. Incidents follow the
officer's `operations`, which only change now, so `scope.scope_changed` finds theirs.

A seat opened to start later gives its officer nothing until it starts; at the first sweep after its
start, the officer's feed gets the operation's records (`operations.unstarted`).

The sweep is a background writer (`periodic.PeriodicWriter`), on the writer path like the API.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dispatch_desk.domain import command
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Officer, Operation, OperationStatus

from . import ledger, operations, scope
from .periodic import PeriodicWriter
from .reference import ReferenceCache
from .storage import Storage, Tx

log = logging.getLogger(__name__)

SWEEP_SECONDS = 2.0


@dataclass(frozen=True)
class SeatSweep(PeriodicWriter):
    """Looks in a read transaction first: most sweeps find nothing, and need not queue behind the
    API's writes for the writer path."""

    def run_once(self, storage: Storage, now: datetime | None = None) -> Any:
        now = now or datetime.now(UTC)
        with storage.transaction() as tx:
            if not due(tx, now):
                return 0
        return super().run_once(storage, now)


def writer(cache: ReferenceCache, every: float = SWEEP_SECONDS) -> PeriodicWriter:
    """The periodic sweep, for the service's background writers."""
    return SeatSweep("seat sweep", every, lambda tx, now: sweep_in(tx, cache, now))


def _open_operations(tx: Tx) -> list[Operation]:
    return [op for op in scope.operations(tx).values() if op.status is not OperationStatus.CLOSED]


def due(tx: Tx, now: datetime) -> bool:
    """Whether a sweep at `now` has anything to record: a seat past its end, or one that has started."""
    for operation in _open_operations(tx):
        if any(s.closed_at is None and s.ends_at <= now for s in operation.seats):
            return True
        if operations.unstarted(tx, operation, now):
            return True
    return False


def sweep(storage: Storage, cache: ReferenceCache, now: datetime | None = None) -> int:
    """One sweep in a write transaction of its own; returns the number of seats that ran out."""
    ended: int = writer(cache).run_once(storage, now or datetime.now(UTC))
    return ended


def sweep_in(tx: Tx, cache: ReferenceCache, now: datetime) -> int:
    """The sweep inside an open write transaction."""
    ended = 0
    regions = None
    for operation in _open_operations(tx):
        if regions is None:
            regions = cache.get(tx).regions
        ended += _expire(tx, operation, now, regions)
        _start(tx, ledger.get(tx, Operation, operation.id) or operation, now, regions)
    return ended


def _expire(tx: Tx, operation: Operation, now: datetime, regions: RegionTree) -> int:
    decided = command.expire_seats(operation, now, lambda cls, key: ledger.get(tx, cls, key) if key else None)
    if decided is None:
        return 0
    after = next(r for r in decided.records if isinstance(r, Operation))
    ran_out = [s for s in operation.seats if s.closed_at is None and s.ends_at <= now]
    changed = {o.id: o for _, o, _ in decided.scope}
    for officer_id in dict.fromkeys(s.officer for s in ran_out):
        officer = changed.get(officer_id) or ledger.get(tx, Officer, officer_id)
        if officer is None or scope.sees_operation(officer, after, now):
            continue  # still seated for another agency, on the command staff, or an ops officer
        scope.add_personal(tx, officer_id, scope.operation_entries(tx, operation.id, "delete"))
    operations.write(tx, decided, regions, now)  # incidents: scope_changed compares the officers' operations
    for seat in ran_out:
        log.info("seat %s of %s in %s ran out at %s", seat.id, seat.officer, operation.id, seat.ends_at.isoformat())
    return len(ran_out)


def _start(tx: Tx, operation: Operation, now: datetime, regions: RegionTree) -> None:
    for seat in operations.unstarted(tx, operation, now):
        officer = ledger.get(tx, Officer, seat.officer)
        if officer is not None and not scope.sees_everything(officer, regions, now):
            scope.add_personal(tx, officer.id, scope.operation_entries(tx, operation.id, "upsert"))
        operations.mark(tx, operation.id, seat.id)
