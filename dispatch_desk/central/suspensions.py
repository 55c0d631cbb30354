"""Suspensions that run out end in the records too, not only in the workflow's reading of them.

A suspension ends by itself at its `suspended_until` (docs/architecture.md §2, 挂起/延期): the domain already
treats such an incident as resumed, but the stored row, and with it every cache's queue columns and
SLA filters, only learn it when something is written. A periodic sweep writes it: a note by the
system officer through the workflow, which records the incident as resumed on the way, like any
officer's action would. The mutation id is derived from the incident and its end, so instances
sweeping one database at once, or a sweep repeated, record it once.

The sweep is a background writer (`periodic.PeriodicWriter`): it writes through the same writer path
as the API, so a steady flow of API writes can no longer starve it of SQLite's lock.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from dispatch_desk.domain import workflow
from dispatch_desk.domain.records import Incident
from dispatch_desk.domain.wire import Mutation

from . import ledger, mutations
from .outcome import Context
from .periodic import PeriodicWriter
from .reference import ReferenceCache
from .storage import Storage, Tx
from .system import system_officer

log = logging.getLogger(__name__)

SWEEP_SECONDS = 60.0
DEVICE = "central.suspensions"
NOTE = "挂起期满，自动恢复处置"


def lapsed(tx: Tx, now: datetime) -> list[Incident]:
    # Records are compact JSON (ledger.dumps), so a plain LIKE finds the suspended ones on both backends.
    rows = tx.execute(
        "SELECT data FROM records WHERE entity = 'incident' AND deleted = 0 AND data LIKE ?",
        ('%"status":"suspended"%',),
    )
    found = (ledger.decode(Incident, json.loads(data)) for (data,) in rows)
    return [i for i in found if workflow.resume_lapsed(i, now) is not None]


def sweep(storage: Storage, cache: ReferenceCache, now: datetime | None = None) -> int:
    """Record every suspension that has run out; returns how many were."""
    resumed: int = writer(cache).run_once(storage, now or datetime.now(UTC))
    return resumed


def writer(cache: ReferenceCache) -> PeriodicWriter:
    """The periodic sweep, for the service's background writers."""
    return PeriodicWriter("suspension sweep", SWEEP_SECONDS, lambda tx, now: sweep_in(tx, cache, now))


def sweep_in(tx: Tx, cache: ReferenceCache, now: datetime) -> int:
    """The sweep inside an open write transaction."""
    ended = lapsed(tx, now)
    if not ended:
        return 0
    officer, ref = system_officer(tx), cache.get(tx)
    for incident in ended:
        assert incident.suspended_until is not None
        mutation = Mutation(
            id=f"lapse-{incident.id}-{int(incident.suspended_until.timestamp())}",
            name="incident.comment",
            args={"id": incident.id, "note": NOTE},
        )
        result = mutations._apply_one(Context(tx, officer, DEVICE, mutation, now, ref, cache))
        log.info("suspension of %s ended at its term: %s", incident.id, result.outcome.value)
    return len(ended)
