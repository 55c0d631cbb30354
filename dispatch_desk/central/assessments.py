"""Published assessments (考核评价): the city center freezes a finished period on the central service.

`assessment.publish` (args: `period`, "month" or "week", and `start`, the period's first instant)
counts the period over every incident the service holds, with the domain's own `assessment.replay`
and `assessment.standing` (the functions the desk counts its live figures with), and stores the
result as a `PublishedAssessment`. The feed brings it to every desk, which then shows those figures
for the period instead of its own count: one set of figures for the whole city, whatever each desk's
scope. A published period stays as it was published; a second publication is a conflict.

`assessment.set_weights` (args `weights`) keeps the administrator's weights of the composite score
(`AssessmentWeights`); publications and every desk's live figures count with them from then on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import fields

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.records import AssessmentWeights, IncidentAction, PublishedAssessment
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow_actions import Code, Refused

from . import ledger
from .incident_reads import reported_in
from .outcome import Context, Handler, applied, conflict, rejected
from .storage import Tx

_CHUNK = 500  # incident ids per history read


def publish(ctx: Context) -> MutationResult:
    decided = a.decide_publish(ctx.mutation.args, ctx.officer, ctx.ref.regions, ctx.now,
                               lambda key: ledger.exists(ctx.tx, "assessment", key))
    if isinstance(decided, Refused):
        if decided.code is Code.EXISTS:
            period = a.requested_period(ctx.mutation.args)
            assert period is not None  # decided: the arguments name one
            return conflict(ctx, decided.reason + ".", "assessment", a.published_id(period), Code.EXISTS)
        return rejected(ctx, decided.reason + ".", decided.code)
    period, policy = decided, ctx.ref.policy
    weights = a.weights_of(ledger.get(ctx.tx, AssessmentWeights, a.WEIGHTS_KEY))
    lives = _lives(ctx.tx, period, policy)
    lives_before = _lives(ctx.tx, period.previous(), policy)
    record = PublishedAssessment(
        id=a.published_id(period), period_kind=period.kind.value, start=period.start, end=period.end,
        published_at=ctx.now, published_by=ctx.officer.id, published_by_name=ctx.officer.name,
        incidents=len(lives), weights={f.name: float(getattr(weights, f.name)) for f in fields(weights)},
        standing=a.freeze(a.standing(lives, lives_before, weights)),
    )
    return applied(ctx, ledger.put(ctx.tx, record))


def set_weights(ctx: Context) -> MutationResult:
    """`assessment.set_weights`: the administrator's weights, used by every count from now on."""
    decided = a.decide_weights(ctx.mutation.args, ctx.officer, ctx.now)
    if isinstance(decided, Refused):
        return rejected(ctx, decided.reason + ".", decided.code)
    return applied(ctx, ledger.put(ctx.tx, decided))


def _lives(tx: Tx, period: a.Period, policy: SlaPolicy) -> list[a.Life]:
    """Every incident reported in the period, replayed up to its end."""
    incidents = reported_in(tx, period.start, period.end)
    histories: dict[str, list[IncidentAction]] = defaultdict(list)
    ids = [i.id for i in incidents]
    for n in range(0, len(ids), _CHUNK):
        part = ids[n:n + _CHUNK]
        marks = ", ".join("?" for _ in part)
        for (data,) in tx.execute(f"SELECT data FROM records WHERE entity = 'incident_action' AND deleted = 0 "
                                  f"AND parent IN ({marks})", part):
            action = ledger.decode(IncidentAction, json.loads(data))
            histories[action.incident_id].append(action)
    return [a.replay(i, histories.get(i.id, ()), policy, period.end) for i in incidents]


HANDLERS: dict[str, Handler] = {"assessment.publish": publish, "assessment.set_weights": set_weights}
