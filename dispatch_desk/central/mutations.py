"""Applying mutations: each at most once, decided by the domain, audited whatever the outcome.

A batch runs in one write transaction with a savepoint per mutation, so one refused or failing
mutation never undoes the others. The outcome of every new mutation id is stored with a hash of its
payload: replaying the same id and payload answers `duplicate` with the first result (or the same
refusal again); the same id with another payload is rejected.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime

from dispatch_desk.domain.records import Officer
from dispatch_desk.domain.wire import Mutation, MutationResult, Outcome

from . import alerts, command_log, incidents, operations
from .outcome import Context, Handler
from .reference import ReferenceCache
from .storage import Storage

log = logging.getLogger(__name__)


def payload_hash(mutation: Mutation) -> str:
    canonical = json.dumps({"name": mutation.name, "args": mutation.args}, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def apply_batch(
    storage: Storage, cache: ReferenceCache, officer: Officer, device_id: str, batch: list[Mutation]
) -> list[MutationResult]:
    results: list[MutationResult] = []
    with storage.transaction(write=True) as tx:
        ref = cache.get(tx)
        for mutation in batch:
            now = datetime.now(UTC)
            results.append(_apply_one(Context(tx, officer, device_id, mutation, now, ref, cache)))
    return results


def _apply_one(ctx: Context) -> MutationResult:
    m, tx = ctx.mutation, ctx.tx
    digest = payload_hash(m)
    row = tx.one("SELECT payload_hash, result, officer_id FROM mutations WHERE id = ?", (m.id,))
    if row is not None:
        if row[0] != digest or row[2] != ctx.officer.id:
            result = MutationResult(id=m.id, outcome=Outcome.REJECTED,
                                    reason="This mutation id was already used for a different change.")
        else:
            first = MutationResult.model_validate_json(row[1])
            outcome = Outcome.DUPLICATE if first.outcome in (Outcome.APPLIED, Outcome.DUPLICATE) else first.outcome
            result = first.model_copy(update={"outcome": outcome})
        _audit(ctx, result)
        return result
    handler = HANDLERS.get(m.name) or (incidents.handle if m.name.startswith("incident.") else None)
    if handler is None:
        result = MutationResult(id=m.id, outcome=Outcome.REJECTED, reason=f"Unknown mutation '{m.name}'.")
    else:
        try:
            with tx.savepoint("mutation"):
                result = handler(ctx)
                if result.outcome is not Outcome.APPLIED:
                    raise _Undo(result)
        except _Undo as undo:
            result = undo.result
        except Exception:
            log.exception("mutation %s (%s) failed", m.id, m.name)
            result = MutationResult(id=m.id, outcome=Outcome.REJECTED,
                                    reason="The server could not apply this change; it was not applied.")
    tx.execute(
        "INSERT INTO mutations (id, officer_id, device_id, name, payload_hash, outcome, result, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (m.id, ctx.officer.id, ctx.device_id, m.name, digest, result.outcome.value, result.model_dump_json(),
         ctx.now.isoformat()),
    )
    _audit(ctx, result)
    return result


class _Undo(Exception):
    """Leaves a savepoint without its writes: a refused mutation changes nothing."""

    def __init__(self, result: MutationResult) -> None:
        super().__init__(result.reason)
        self.result = result


def _audit(ctx: Context, result: MutationResult) -> None:
    m = ctx.mutation
    ctx.tx.execute(
        "INSERT INTO audit (at, officer_id, device_id, mutation_id, name, args, outcome, reason, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (ctx.now.isoformat(), ctx.officer.id, ctx.device_id, m.id, m.name,
         json.dumps(m.args, ensure_ascii=False, default=str)[:20000], result.outcome.value, result.reason,
         result.seq),
    )


HANDLERS: dict[str, Handler] = {**alerts.HANDLERS, **command_log.HANDLERS, **operations.HANDLERS}
