"""What a mutation handler sees (`Context`) and the results it answers with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from dispatch_desk.domain.records import Officer
from dispatch_desk.domain.wire import Mutation, MutationResult, Outcome
from dispatch_desk.domain.workflow_actions import Refused

from . import ledger
from .reference import Reference, ReferenceCache
from .storage import Tx


@dataclass
class Context:
    tx: Tx
    officer: Officer
    device_id: str
    mutation: Mutation
    now: datetime
    ref: Reference
    cache: ReferenceCache


Handler = Callable[[Context], MutationResult]


def rejected(ctx: Context, reason: str) -> MutationResult:
    return MutationResult(id=ctx.mutation.id, outcome=Outcome.REJECTED, reason=reason)


def conflict(ctx: Context, reason: str, entity: str, key: str) -> MutationResult:
    """Refused against the current server state, which travels with the answer."""
    state = ledger.get_raw(ctx.tx, entity, key)
    return MutationResult(id=ctx.mutation.id, outcome=Outcome.CONFLICT, reason=reason, entity=entity, state=state)


def applied(ctx: Context, seq: int) -> MutationResult:
    return MutationResult(id=ctx.mutation.id, outcome=Outcome.APPLIED, seq=seq)


def refused(ctx: Context, refusal: Refused, entity: str, key: str) -> MutationResult:
    """A domain refusal: a conflict when it depends on the current state of `entity` `key`, else rejected."""
    if refusal.is_conflict:
        return conflict(ctx, refusal.reason, entity, key)
    return rejected(ctx, refusal.reason)
