"""From a mutation to the optimistic rows the cache shows until the central service answers.

Incident mutations run the domain workflow on the cached incident, exactly as the server will
run it on its own state; the workflow's refusal stops the mutation before anything is staged.
Joint-command mutations (operations, seats, tasks, the command log, situation reports) run
`domain.command.decide` on the cached records, the very function the central service decides with.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any

from dispatch_desk.domain import assessment, command, duty, permissions, workflow
from dispatch_desk.domain.codec import from_wire, to_wire
from dispatch_desk.domain.entities import ENTITY_OF, key_of
from dispatch_desk.domain.records import Alert, Incident, Officer
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow_actions import Applied, Command, Refused
from dispatch_desk.sync.errors import ActionRefused

Write = tuple[str, str, dict[str, Any] | None]  # entity, key, codec dict (None deletes)


@dataclass(frozen=True)
class Context:
    mutation_id: str
    args: Mapping[str, Any]
    actor: Officer
    now: datetime
    policy: SlaPolicy
    get: Callable[[str, str], dict[str, Any] | None]
    roster: Callable[[], duty.Roster] | None = None  # the roster a duty signature is decided on

    def record(self, cls: type, entity: str, key: Any) -> Any:
        data = self.get(entity, str(key or ""))
        return None if data is None else from_wire(cls, data)


def plan(
    name: str,
    mutation_id: str,
    args: dict[str, Any],
    *,
    actor: Officer,
    now: datetime,
    policy: SlaPolicy,
    get: Callable[[str, str], dict[str, Any] | None],
    get_incident: Callable[[str], Incident | None],
    roster: Callable[[], duty.Roster] | None = None,
) -> list[Write]:
    """The rows that `name(args)` writes optimistically; raises ActionRefused when the rules say no."""
    if name.startswith("incident."):
        return _incident(name, mutation_id, args, actor, now, policy, get_incident)
    handler = _OTHERS.get(name)
    if handler is None:
        return []  # the server knows what it means; the cache shows it once the feed brings it
    return handler(Context(mutation_id, args, actor, now, policy, get, roster))


def _incident(
    name: str,
    mutation_id: str,
    args: Mapping[str, Any],
    actor: Officer,
    now: datetime,
    policy: SlaPolicy,
    get_incident: Callable[[str], Incident | None],
) -> list[Write]:
    try:
        command = Command.from_mutation(name, mutation_id, args)
    except ValueError as exc:
        raise ActionRefused(f"Unknown incident action: {name}", "bad_args") from exc
    # every incident mutation names its incident by args["id"] (for a report: the new incident's id)
    incident_id = args.get("id") or args.get("incident")
    current = get_incident(str(incident_id)) if incident_id else None
    others: dict[str, Incident] | None = None
    if command.action is workflow.Action.MERGE:
        duplicates = args.get("duplicates") or ()
        found = {str(d): get_incident(str(d)) for d in duplicates if isinstance(d, str)}
        others = {k: v for k, v in found.items() if v is not None}
    decision = workflow.decide(current, command, actor, now, policy, others)
    if not isinstance(decision, Applied):
        raise ActionRefused(decision.reason, str(decision.code))
    writes: list[Write] = [
        ("incident", decision.incident.id, to_wire(decision.incident)),
        ("incident_action", decision.action.id, to_wire(decision.action)),
    ]
    writes += [("incident", inc.id, to_wire(inc)) for inc in decision.also]
    writes += [("incident_action", act.id, to_wire(act)) for act in decision.also_actions]
    return writes


def _read_only(c: Context) -> None:
    if not c.actor.active:
        raise ActionRefused("Your account is not active.", "inactive")
    if (refused := permissions.read_only(c.actor)) is not None:
        raise ActionRefused(refused.reason + ".", refused.code.value)


def _alert_acknowledge(c: Context) -> list[Write]:
    _read_only(c)
    alert: Alert | None = c.record(Alert, "alert", c.args.get("id") or c.args.get("alert"))
    if alert is None:
        raise ActionRefused("No such alert.", "not_found")
    refusal = permissions.why_not_acknowledge(c.actor, alert, c.policy.regions, c.now)
    if refusal is not None:
        raise ActionRefused(refusal.reason + ".", str(refusal.code))
    if alert.acknowledged_at is not None:
        return []  # acknowledging twice changes nothing
    return [("alert", alert.id, to_wire(replace(alert, acknowledged_by=c.actor.id, acknowledged_at=c.now)))]


def _joint_command(name: str, c: Context) -> list[Write]:
    """Operation, seat, task, log and report mutations: decided by `domain.command`, as on the server."""
    decided = command.decide(name, c.mutation_id, dict(c.args), actor=c.actor, now=c.now,
                             get=lambda cls, key: c.record(cls, ENTITY_OF[cls], key), regions=c.policy.regions)
    if isinstance(decided, command.Refusal):
        raise ActionRefused(decided.reason, str(decided.code))
    return [(ENTITY_OF[type(r)], key_of(r), to_wire(r)) for r in decided.records]


def _assessment_publish(c: Context) -> list[Write]:
    """Decided here as on the server; the figures are the server's to count, so nothing shows until they come."""
    decided = assessment.decide_publish(c.args, c.actor, c.policy.regions, c.now,
                                        lambda key: c.get("assessment", key) is not None)
    if isinstance(decided, Refused):
        raise ActionRefused(decided.reason + ".", str(decided.code))
    return []


def _assessment_weights(c: Context) -> list[Write]:
    decided = assessment.decide_weights(c.args, c.actor, c.now)
    if isinstance(decided, Refused):
        raise ActionRefused(decided.reason + ".", str(decided.code))
    return [(ENTITY_OF[type(decided)], key_of(decided), to_wire(decided))]


def _duty(name: str, c: Context) -> list[Write]:
    """A handover's signature, decided by `domain.duty` on the cached roster as on the server."""
    if c.roster is None:
        return []  # no roster to decide on here: the handover shows once the feed brings it
    decided = duty.DECISIONS[name](dict(c.args), c.actor, c.now, c.roster())
    if isinstance(decided, Refused):
        raise ActionRefused(decided.reason + ".", str(decided.code))
    return [("handover", decided.id, to_wire(decided))]


_OTHERS: dict[str, Callable[[Context], list[Write]]] = {
    "alert.acknowledge": _alert_acknowledge,
    "assessment.publish": _assessment_publish,
    "assessment.set_weights": _assessment_weights,
    **{name: partial(_joint_command, name) for name in command.DECISIONS},
    **{name: partial(_duty, name) for name in duty.DECISIONS},
}
