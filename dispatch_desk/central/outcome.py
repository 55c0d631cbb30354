"""What a mutation handler sees (`Context`) and the results it answers with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dispatch_desk.domain.records import Officer
from dispatch_desk.domain.wire import Mutation, MutationResult, Outcome
from dispatch_desk.domain.workflow_actions import Code, Refused

from . import ledger, scope
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


def rejected(ctx: Context, reason: str, code: Code | str = Code.FORBIDDEN) -> MutationResult:
    """Refused whatever the server's state: invalid (`Code.BAD_ARGS`) or not permitted (by `code`)."""
    return MutationResult(id=ctx.mutation.id, outcome=Outcome.REJECTED, reason=reason, code=str(code))


# The one answer for a record that does not exist and for one the officer may not see, so that a
# refusal never tells whether an id exists outside their scope.
NOT_VISIBLE = "No such record, or it is outside your scope."


def visible_state(ctx: Context, entity: str, key: str) -> dict[str, Any] | None:
    """The stored wire dict of a record if it exists and the officer may see it, else None."""
    state = ledger.get_raw(ctx.tx, entity, key)
    if state is None:
        return None
    viewer = scope.Viewer(ctx.tx, ctx.officer, ctx.ref.regions)
    return state if viewer.sees(entity, ledger.dumps(state), ledger.parent_of(entity, state)) else None


def conflict(ctx: Context, reason: str, entity: str, key: str, code: Code | str = Code.WRONG_STATUS) -> MutationResult:
    """Refused against the current server state, which travels with the answer.

    Only state the officer may see travels: a conflict over a record outside their scope is answered
    exactly like one over a record that does not exist (no state, one reason for both), since the
    domain's reason may describe the state; its code is then `not_found` too.
    """
    state = visible_state(ctx, entity, key)
    if state is None:
        return MutationResult(id=ctx.mutation.id, outcome=Outcome.CONFLICT, reason=NOT_VISIBLE, entity=entity,
                              code=Code.NOT_FOUND.value)
    return MutationResult(id=ctx.mutation.id, outcome=Outcome.CONFLICT, reason=reason, entity=entity, state=state,
                          code=str(code))


def applied(ctx: Context, seq: int) -> MutationResult:
    return MutationResult(id=ctx.mutation.id, outcome=Outcome.APPLIED, seq=seq)


def refused(ctx: Context, refusal: Refused, entity: str, key: str) -> MutationResult:
    """A domain refusal: a conflict when it depends on the current state of `entity` `key`, else rejected."""
    if refusal.is_conflict:
        return conflict(ctx, refusal.reason, entity, key, refusal.code)
    return rejected(ctx, refusal.reason, refusal.code)
