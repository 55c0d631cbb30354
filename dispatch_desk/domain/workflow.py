"""The incident life cycle (after GB/T 30428.8) as one pure function.

`decide(incident, command, actor, now, policy)` returns `Applied` (the new incident and its history
entry) or `Refused` (a reason for people and a stable code). The client runs it on cached state for
optimistic updates and to enable buttons (`allowed_actions`); the central service runs the same code
to decide for real.

Suspension model (挂起/延期): `suspend` is a request — it records `suspended_until` and leaves the
status alone (the clock keeps running). `approve_suspension` by an officer above the handling level
either approves (status → suspended, clock stopped, previous status kept in `resume_status`) or, with
`approved: false`, rejects (request dropped). The suspension ends with `resume` or by itself at
`suspended_until`; its span is added to `suspended_seconds` and to the running deadlines.
Extension model: `extend` moves the running stage deadline (and the overall deadline, when later) and
is done directly by an approver (an officer above the handling level); agencies ask for it in a
comment or request a suspension.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from dispatch_desk.domain import workflow_rules as rules
from dispatch_desk.domain.permissions import TIE_ROLES, Tie, is_active, read_only, why_not
from dispatch_desk.domain.records import (
    Incident,
    IncidentAction,
    IncidentStatus,
    Officer,
    RegionLevel,
    Role,
    Severity,
    Source,
)
from dispatch_desk.domain.sla import SlaPolicy, stage_clock
from dispatch_desk.domain.workflow_actions import Action, Applied, Code, Command, Decision, Refused
from dispatch_desk.domain.workflow_rules import BadArgs, status_refusal
from dispatch_desk.domain.workflow_steps import STEPS, Context, Step, end_suspension, enter, state_refusal

Policy = SlaPolicy

__all__ = [
    "Action", "Applied", "Code", "Command", "Decision", "Policy", "Refused", "allowed_actions", "decide",
    "resume_lapsed", "verdicts",
]


def resume_lapsed(incident: Incident, now: datetime) -> Incident | None:
    """The incident with its suspension ended, if the suspension reached `suspended_until` by `now`."""
    if (
        incident.status is IncidentStatus.SUSPENDED
        and incident.suspended_until is not None
        and incident.suspended_at is not None
        and incident.resume_status is not None
        and now >= incident.suspended_until
    ):
        return replace(end_suspension(incident, now), updated_at=now)
    return None


def decide(
    incident: Incident | None,
    command: Command,
    actor: Officer,
    now: datetime,
    policy: SlaPolicy,
    others: Mapping[str, Incident] | None = None,
) -> Decision:
    """Apply `command` by `actor` at `now`, or refuse it.

    `others` gives the incidents a merge names as duplicates (looked up by the caller); other actions
    ignore it.
    """
    try:
        if command.action is Action.REPORT:
            return _report(incident, command, actor, now, policy)
        if incident is None:
            return Refused("The incident does not exist", Code.NOT_FOUND)
        lapsed = resume_lapsed(incident, now)
        current = lapsed or incident
        refusal = _refusal(command.action, current, actor, now, policy)
        if refusal is not None:
            return refusal
        note = rules.note(command.args, command.action)
        attached = rules.photos(command.args)
        if command.action is Action.MERGE:
            return _merge(current, command, actor, now, policy, others or {}, note)
        step = STEPS[command.action](Context(current, command.args, now, policy, note))
    except BadArgs as error:
        return Refused(str(error), Code.BAD_ARGS)
    if isinstance(step, Refused):
        return step
    if attached:
        step.data["photos"] = attached
    if lapsed is not None:
        step.data["suspension_ended"] = True
    changed = replace(step.incident, updated_at=now)
    return Applied(changed, _history(command, actor, now, current.status, changed, step))


def allowed_actions(
    incident: Incident | None, actor: Officer, now: datetime, policy: SlaPolicy
) -> dict[Action, str | None]:
    """For each action: None when it is allowed now, else the reason (arguments aside)."""
    return {action: refusal.reason if refusal else None
            for action, refusal in verdicts(incident, actor, now, policy).items()}


def verdicts(incident: Incident | None, actor: Officer, now: datetime, policy: SlaPolicy) -> dict[Action, Refused | None]:
    """`allowed_actions` with the full refusal (reason and code, e.g. for a translated tooltip)."""
    if incident is None:
        result: dict[Action, Refused | None] = dict.fromkeys(Action, Refused("No incident selected", Code.NOT_FOUND))
        result[Action.REPORT] = _report_role_refusal(actor, now)
        return result
    current = resume_lapsed(incident, now) or incident
    result = {Action.REPORT: Refused("The incident is already reported", Code.EXISTS)}
    for action in Action:
        if action is not Action.REPORT:
            result[action] = _refusal(action, current, actor, now, policy)
    return result


def _refusal(action: Action, incident: Incident, actor: Officer, now: datetime, policy: SlaPolicy) -> Refused | None:
    return (
        why_not(actor, action, incident, policy.regions, now)
        or status_refusal(action, incident.status)
        or state_refusal(action, incident, now)
    )


def _history(
    command: Command, actor: Officer, now: datetime, from_status: IncidentStatus | None, incident: Incident,
    step: Step,
) -> IncidentAction:
    return IncidentAction(
        id=command.id, incident_id=incident.id, action=command.action.value, actor=actor.id, at=now,
        from_status=from_status, to_status=incident.status, note=step.note, actor_name=actor.name,
        agency=actor.agency, data=step.data,
    )


def _report_role_refusal(actor: Officer, now: datetime) -> Refused | None:
    """Whether the officer may report at all; where is checked once the place is known."""
    if not is_active(actor, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if (refused := read_only(actor)) is not None:
        return refused
    if actor.role is not Role.ADMIN and actor.role not in TIE_ROLES[Tie.REPORTER]:
        return Refused("Your role cannot report incidents", Code.FORBIDDEN)
    return None


def _report(
    existing: Incident | None, command: Command, actor: Officer, now: datetime, policy: SlaPolicy
) -> Decision:
    if existing is not None:
        return Refused("An incident with this id already exists", Code.EXISTS)
    args = command.args
    incident = _new_incident(args, actor, now, policy)
    refusal = why_not(actor, Action.REPORT, incident, policy.regions, now)
    if refusal is not None:
        return refusal
    attached = rules.photos(args)
    step = Step(incident, rules.text(args, "note"), {"photos": attached} if attached else {})
    return Applied(incident, _history(command, actor, now, None, incident, step))


def _new_incident(args: Mapping[str, Any], actor: Officer, now: datetime, policy: SlaPolicy) -> Incident:
    incident_id = rules.text(args, "id", required=True, limit=64)
    category = rules.text(args, "category", required=True, limit=64)
    if not policy.knows_category(category):
        raise BadArgs(f"Unknown category '{category}'")
    try:
        source = Source(args.get("source", ""))
    except ValueError:
        raise BadArgs("Unknown source") from None
    severity_value = args.get("severity", Severity.NORMAL)
    if isinstance(severity_value, bool) or severity_value not in set(Severity):
        raise BadArgs("Severity must be 1, 2, 3 or 4")
    street = rules.optional_code(args, "street")
    district = rules.optional_code(args, "district")
    level = RegionLevel.STREET if street else RegionLevel.DISTRICT if district else RegionLevel.CITY
    started, due = stage_clock(category, IncidentStatus.REPORTED, now, policy)
    return Incident(
        id=incident_id,
        title=rules.text(args, "title", required=True, limit=200),
        category=category,
        source=source,
        severity=Severity(severity_value),
        status=IncidentStatus.REPORTED,
        lon=rules.number(args, "lon", -180, 180),
        lat=rules.number(args, "lat", -90, 90),
        reported_at=now,
        updated_at=now,
        description=rules.text(args, "description", limit=4000),
        code=rules.text(args, "code", limit=64),
        address=rules.text(args, "address", limit=400),
        grid_cell=rules.optional_code(args, "grid_cell"),
        street=street,
        district=district,
        level=level,
        reporter=actor.id,
        operation=rules.optional_code(args, "operation"),
        indicator=rules.optional_code(args, "indicator"),
        stage_started_at=started,
        due_at=due,
    )


def _merge(
    target: Incident, command: Command, actor: Officer, now: datetime, policy: SlaPolicy,
    others: Mapping[str, Incident], note: str,
) -> Decision:
    """Duplicates of one problem become cancelled, pointing at the target ("一件事").

    The target keeps the highest severity and the supervision of any duplicate, so merging never
    makes a problem look less urgent than one of its reports.
    """
    ids = rules.codes(command.args, "duplicates")
    if not ids:
        raise BadArgs("Name at least one duplicate to merge")
    if target.id in ids:
        raise BadArgs("An incident cannot be merged into itself")
    merged: list[Incident] = []
    histories: list[IncidentAction] = []
    for dup_id in ids:
        duplicate = others.get(dup_id)
        if duplicate is None:
            return Refused(f"Duplicate {dup_id} does not exist", Code.NOT_FOUND)
        duplicate = resume_lapsed(duplicate, now) or duplicate
        refusal = _refusal(Action.CANCEL, duplicate, actor, now, policy)
        if refusal is not None:
            return Refused(f"Duplicate {dup_id}: {refusal.reason}", refusal.code)
        cancelled = replace(enter(duplicate, IncidentStatus.CANCELLED, now, policy, merged_into=target.id),
                            updated_at=now)
        merged.append(cancelled)
        step = Step(cancelled, note, {"merged_into": target.id})
        dup_command = Command(Action.MERGE, f"{command.id}/{dup_id}", command.args)
        histories.append(_history(dup_command, actor, now, duplicate.status, cancelled, step))
    changed = replace(
        target,
        severity=max([target.severity, *(d.severity for d in merged)]),
        supervised=target.supervised or any(d.supervised for d in merged),
        updated_at=now,
    )
    step = Step(changed, note, {"duplicates": list(ids)})
    action = _history(command, actor, now, target.status, changed, step)
    return Applied(changed, action, tuple(merged), tuple(histories))
