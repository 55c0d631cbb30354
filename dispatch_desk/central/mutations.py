"""Applying mutations: each at most once, decided by the domain, audited whatever the outcome.

A batch runs in one write transaction with a savepoint per mutation, so one refused or failing
mutation never undoes the others. The outcome of every new mutation id is stored with a hash of its
payload: replaying the same id and payload answers `duplicate` with the first result (or the same
refusal again); the same id with another payload is rejected. Mutation ids are unique per officer:
another officer's mutation under the same id is a mutation of its own.

Text that cannot be stored (a lone surrogate, a NUL character) rejects that one mutation; the rest
of the batch is applied, and the refusal is audited with the text escaped.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime

from dispatch_desk.domain.records import Officer
from dispatch_desk.domain.wire import Mutation, MutationResult, Outcome
from dispatch_desk.domain.workflow_actions import Code

from . import alerts, assessments, audit, command_log, duty, incidents, operations
from .http import bad_text
from .outcome import Context, Handler
from .reference import ReferenceCache
from .storage import Storage

log = logging.getLogger(__name__)


BAD_TEXT = "The change holds text that cannot be stored (a lone surrogate or a NUL character); it was not applied."


def payload_hash(mutation: Mutation) -> str:
    canonical = json.dumps({"name": mutation.name, "args": mutation.args}, sort_keys=True, ensure_ascii=True,
                           separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def apply_batch(
    storage: Storage, cache: ReferenceCache, officer: Officer, device_id: str, batch: list[Mutation],
    client: str = "",
) -> list[MutationResult]:
    results: list[MutationResult] = []
    with storage.transaction(write=True) as tx:
        ref = cache.get(tx)
        for mutation in batch:
            now = datetime.now(UTC)
            results.append(_apply_one(Context(tx, officer, device_id, mutation, now, ref, cache), client))
    return results


def _apply_one(ctx: Context, client: str = "") -> MutationResult:
    m, tx = ctx.mutation, ctx.tx
    if bad_text([m.id, m.name, m.args]):
        result = MutationResult(id=audit.clean(m.id, 64), outcome=Outcome.REJECTED, reason=BAD_TEXT,
                                code=Code.BAD_ARGS.value)
        _audit(ctx, result, client)
        return result
    digest = payload_hash(m)
    row = tx.one("SELECT payload_hash, result FROM mutations WHERE officer_id = ? AND id = ?",
                 (ctx.officer.id, m.id))
    if row is not None:
        if row[0] != digest:
            result = MutationResult(id=m.id, outcome=Outcome.REJECTED,
                                    reason="This mutation id was already used for a different change.",
                                    code=Code.EXISTS.value)
        else:
            first = MutationResult.model_validate_json(row[1])
            outcome = Outcome.DUPLICATE if first.outcome in (Outcome.APPLIED, Outcome.DUPLICATE) else first.outcome
            result = first.model_copy(update={"outcome": outcome})
        _audit(ctx, result, client)
        return result
    handler = HANDLERS.get(m.name) or (incidents.handle if m.name.startswith("incident.") else None)
    if handler is None:
        result = MutationResult(id=m.id, outcome=Outcome.REJECTED, reason=f"Unknown mutation '{m.name}'.",
                                code=Code.BAD_ARGS.value)
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
    _audit(ctx, result, client)
    return result


class _Undo(Exception):
    """Leaves a savepoint without its writes: a refused mutation changes nothing."""

    def __init__(self, result: MutationResult) -> None:
        super().__init__(result.reason)
        self.result = result


def _audit(ctx: Context, result: MutationResult, client: str = "") -> None:
    m = ctx.mutation
    audit.record(ctx.tx, "mutation", officer_id=ctx.officer.id, device_id=ctx.device_id, client=client,
                 mutation_id=m.id, name=m.name, args=m.args, outcome=result.outcome.value, reason=result.reason,
                 seq=result.seq, at=ctx.now)


HANDLERS: dict[str, Handler] = {**alerts.HANDLERS, **assessments.HANDLERS, **command_log.HANDLERS,
                                **duty.HANDLERS, **operations.HANDLERS}
