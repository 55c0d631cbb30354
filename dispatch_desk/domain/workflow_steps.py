"""What each workflow action changes on an incident, once `workflow.decide` has allowed it.

Every step is a pure function of (incident, args, now, policy) returning the changed incident and the
details to keep in the history entry. Steps that change the status go through `enter`, which starts
the SLA clock of the new stage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain import workflow_rules as rules
from dispatch_desk.domain.geo_regions import level_above
from dispatch_desk.domain.records import Incident, IncidentStatus, SlaStage
from dispatch_desk.domain.sla import SlaPolicy, effective_due, stage_clock
from dispatch_desk.domain.workflow_actions import Action, Code, Refused
from dispatch_desk.domain.workflow_rules import BadArgs

S = IncidentStatus


@dataclass(frozen=True)
class Step:
    incident: Incident
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    incident: Incident
    args: Mapping[str, Any]
    now: datetime
    policy: SlaPolicy
    note: str


def enter(incident: Incident, status: IncidentStatus, now: datetime, policy: SlaPolicy, **changes: Any) -> Incident:
    """The incident in a new status, with the SLA clock of the new stage started at `now`.

    A suspension request still waiting for approval is dropped: it asked to stop the clock of a stage
    that has now ended, and approving it later would stop the wrong one.
    """
    if incident.status is S.SUSPENDED:
        incident = end_suspension(incident, now)
    category, deadline = changes.get("category", incident.category), changes.get("deadline", incident.deadline)
    started, due = stage_clock(category, status, now, policy, deadline)
    return replace(incident, status=status, suspended_until=None, stage_started_at=started, due_at=due, **changes)


def end_suspension(incident: Incident, now: datetime) -> Incident:
    """Back to the status before the suspension, deadlines moved by the time spent suspended.

    A suspension ends at its `suspended_until` at the latest, so a late resume never counts time after
    it as suspended.
    """
    assert incident.suspended_at is not None and incident.resume_status is not None
    end = min(now, incident.suspended_until) if incident.suspended_until else now
    span = max(end - incident.suspended_at, timedelta(0))
    return replace(
        incident,
        status=incident.resume_status,
        due_at=incident.due_at + span if incident.due_at else None,
        deadline=incident.deadline + span if incident.deadline else None,
        suspended_seconds=incident.suspended_seconds + int(span.total_seconds()),
        suspended_at=None,
        suspended_until=None,
        resume_status=None,
    )


def _register(c: Context) -> Step:
    return Step(enter(c.incident, S.REGISTERED, c.now, c.policy, registered_at=c.now), c.note)


def _dispatch(c: Context) -> Step:
    category = c.policy.categories.get(c.incident.category)
    lead = rules.optional_code(c.args, "lead_agency") or (category.default_agency if category else None)
    if not lead:
        raise BadArgs("Choose a lead agency")
    co = tuple(a for a in rules.codes(c.args, "co_agencies") if a != lead)
    deadline = rules.moment(c.args, "deadline")
    if deadline is not None and deadline <= c.now:
        raise BadArgs("The deadline must be in the future")
    if deadline is None:
        cat = c.incident.category
        deadline = c.now + c.policy.limit(cat, SlaStage.ACCEPT) + c.policy.limit(cat, SlaStage.DISPOSE)
    incident = enter(
        c.incident, S.DISPATCHED, c.now, c.policy, lead_agency=lead, co_agencies=co, deadline=deadline,
        dispatched_at=c.now, accepted_at=None, disposed_at=None, return_reason="",
    )
    return Step(incident, c.note, {"lead_agency": lead, "co_agencies": list(co), "deadline": deadline.isoformat()})


def _accept(c: Context) -> Step:
    return Step(enter(c.incident, S.ACCEPTED, c.now, c.policy, accepted_at=c.now), c.note)


def _return(c: Context) -> Step:
    incident = enter(c.incident, S.RETURNED, c.now, c.policy, return_reason=c.note, accepted_at=None)
    return Step(incident, c.note, {"agency": c.incident.lead_agency})


def _dispose(c: Context) -> Step:
    return Step(enter(c.incident, S.DISPOSED, c.now, c.policy, disposed_at=c.now), c.note)


def _verify(c: Context) -> Step:
    passed = rules.flag(c.args, "passed")
    if passed:
        return Step(enter(c.incident, S.VERIFIED, c.now, c.policy, verified_at=c.now), c.note, {"passed": True})
    if not c.note:
        raise BadArgs("A failed verification needs a reason")
    incident = enter(c.incident, S.DISPATCHED, c.now, c.policy, dispatched_at=c.now, accepted_at=None,
                     disposed_at=None)
    return Step(incident, c.note, {"passed": False})


def _close(c: Context) -> Step:
    return Step(enter(c.incident, S.CLOSED, c.now, c.policy, closed_at=c.now), c.note)


def _reopen(c: Context) -> Step:
    incident = enter(
        c.incident, S.REGISTERED, c.now, c.policy, registered_at=c.now, dispatched_at=None, accepted_at=None,
        disposed_at=None, verified_at=None, closed_at=None, deadline=None, return_reason="",
    )
    return Step(incident, c.note)


def _escalate(c: Context) -> Step:
    higher = level_above(c.incident.level)
    assert higher is not None  # state_refusal() refuses escalation at city level
    incident = enter(c.incident, S.ESCALATED, c.now, c.policy, level=higher)
    return Step(incident, c.note, {"from_level": c.incident.level.value, "to_level": higher.value})


def _suspend(c: Context) -> Step:
    until = rules.moment(c.args, "until", required=True)
    assert until is not None
    if until <= c.now:
        raise BadArgs("A suspension must end in the future")
    return Step(replace(c.incident, suspended_until=until), c.note, {"until": until.isoformat()})


def _approve_suspension(c: Context) -> Step:
    approved = rules.flag(c.args, "approved", True)
    if not approved:
        return Step(replace(c.incident, suspended_until=None), c.note, {"approved": False})
    assert c.incident.suspended_until is not None  # state_refusal() checked that a request is waiting
    incident = replace(c.incident, status=S.SUSPENDED, resume_status=c.incident.status, suspended_at=c.now)
    return Step(incident, c.note, {"approved": True, "until": c.incident.suspended_until.isoformat()})


def _resume(c: Context) -> Step:
    incident = end_suspension(c.incident, c.now)
    return Step(incident, c.note, {"suspended_seconds": incident.suspended_seconds - c.incident.suspended_seconds})


def _extend(c: Context) -> Step:
    until = rules.moment(c.args, "until", required=True)
    current = effective_due(c.incident, c.now)
    assert until is not None and current is not None
    if until <= current:
        raise BadArgs("An extension must move the deadline later")
    deadline = c.incident.deadline
    if deadline is not None and until > deadline:
        deadline = until
    incident = replace(c.incident, due_at=until, deadline=deadline)
    return Step(incident, c.note, {"from": current.isoformat(), "until": until.isoformat()})


def _supervise(c: Context) -> Step:
    return Step(replace(c.incident, supervised=True), c.note)


def _cancel(c: Context) -> Step:
    return Step(enter(c.incident, S.CANCELLED, c.now, c.policy), c.note)


def _comment(c: Context) -> Step:
    return Step(c.incident, c.note)


STEPS: Mapping[Action, Callable[[Context], Step | Refused]] = {
    Action.REGISTER: _register,
    Action.DISPATCH: _dispatch,
    Action.ACCEPT: _accept,
    Action.RETURN: _return,
    Action.DISPOSE: _dispose,
    Action.VERIFY: _verify,
    Action.CLOSE: _close,
    Action.REOPEN: _reopen,
    Action.ESCALATE: _escalate,
    Action.SUSPEND: _suspend,
    Action.APPROVE_SUSPENSION: _approve_suspension,
    Action.RESUME: _resume,
    Action.EXTEND: _extend,
    Action.SUPERVISE: _supervise,
    Action.CANCEL: _cancel,
    Action.COMMENT: _comment,
}


def suspension_pending(incident: Incident, now: datetime) -> bool:
    """Whether a suspension request waits for approval; a request whose end has passed has lapsed."""
    until = incident.suspended_until
    return until is not None and incident.status is not S.SUSPENDED and until > now


def state_refusal(action: Action, incident: Incident, now: datetime) -> Refused | None:
    """Refusals that depend on more than the status (checked after the status table)."""
    pending = suspension_pending(incident, now)
    if action is Action.SUSPEND and pending:
        return Refused("A suspension request is already waiting for approval", Code.PENDING)
    if action is Action.APPROVE_SUSPENSION and not pending:
        return Refused("No suspension request is waiting for approval", Code.PENDING)
    if action is Action.ESCALATE and level_above(incident.level) is None:
        return Refused("The incident is already handled at city level", Code.LEVEL)
    if action is Action.EXTEND and effective_due(incident, now) is None:
        return Refused("There is no running deadline to extend", Code.WRONG_STATUS)
    if action is Action.RESUME and (incident.suspended_at is None or incident.resume_status is None):
        return Refused("The incident is not suspended", Code.WRONG_STATUS)
    return None
