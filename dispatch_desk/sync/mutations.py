"""From a mutation to the optimistic rows the cache shows until the central service answers.

Incident mutations run the domain workflow on the cached incident, exactly as the server will
run it on its own state; the workflow's refusal stops the mutation before anything is staged.
Other mutations (alerts, command log, tasks) have obvious effects written here directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from dispatch_desk.domain import workflow
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import Officer
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow_actions import Applied, Command
from dispatch_desk.sync.errors import ActionRefused

Write = tuple[str, str, dict[str, Any] | None]  # entity, key, codec dict (None deletes)


def plan(
    name: str,
    mutation_id: str,
    args: dict[str, Any],
    *,
    actor: Officer,
    now: datetime,
    policy: SlaPolicy,
    get: Callable[[str, str], dict | None],
    get_incident: Callable[[str], Any],
) -> list[Write]:
    """The rows that `name(args)` writes optimistically; raises ActionRefused when the workflow says no."""
    entity, _, verb = name.partition(".")
    if entity == "incident":
        return _incident(name, mutation_id, args, actor, now, policy, get_incident)
    handler = _OTHERS.get(name)
    if handler is None:
        return []  # the server knows what it means; the cache shows it once the feed brings it
    return handler(mutation_id, args, actor, now, get)


def _incident(name, mutation_id, args, actor, now, policy, get_incident) -> list[Write]:
    try:
        command = Command.from_mutation(name, mutation_id, args)
    except ValueError as exc:
        raise ActionRefused(f"Unknown incident action: {name}", "bad_args") from exc
    # every incident mutation names its incident by args["id"] (for a report: the new incident's id)
    incident_id = args.get("id") or args.get("incident")
    current = get_incident(str(incident_id)) if incident_id else None
    others = None
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


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _alert_acknowledge(mutation_id, args, actor, now, get) -> list[Write]:
    row = get("alert", str(args.get("id", "")))
    if row is None:
        raise ActionRefused("No such alert.", "not_found")
    if row.get("acknowledged_at"):
        return []
    return [("alert", row["id"], {**row, "acknowledged_by": actor.id, "acknowledged_at": _iso(now)})]


def _log_append(mutation_id, args, actor, now, get) -> list[Write]:
    if not args.get("operation") or not str(args.get("text", "")).strip():
        raise ActionRefused("A log entry needs an operation and a text.", "bad_args")
    entry_id = str(args.get("id") or mutation_id)
    row = {
        "id": entry_id,
        "operation": args["operation"],
        "at": _iso(now),
        "author": actor.id,
        "kind": args.get("kind", "info"),
        "text": args["text"],
        "struck": False,
        "struck_by": None,
        "struck_at": None,
        "struck_reason": "",
    }
    return [("log_entry", entry_id, row)]


def _log_strike(mutation_id, args, actor, now, get) -> list[Write]:
    row = get("log_entry", str(args.get("id", "")))
    if row is None:
        raise ActionRefused("No such log entry.", "not_found")
    if row.get("struck"):
        raise ActionRefused("The entry is already struck.", "wrong_status")
    struck = {"struck": True, "struck_by": actor.id, "struck_at": _iso(now)}
    return [("log_entry", row["id"], {**row, **struck, "struck_reason": args.get("reason", "")})]


def _task_status(status: str) -> Callable[..., list[Write]]:
    def handler(mutation_id, args, actor, now, get) -> list[Write]:
        row = get("task", str(args.get("id", "")))
        if row is None:
            raise ActionRefused("No such task.", "not_found")
        return [("task", row["id"], {**row, "status": status, "updated_at": _iso(now)})]

    return handler


_OTHERS: dict[str, Callable[..., list[Write]]] = {
    "alert.acknowledge": _alert_acknowledge,
    "log.append": _log_append,
    "log.strike": _log_strike,
    "task.accept": _task_status("accepted"),
    "task.start": _task_status("in_progress"),
    "task.done": _task_status("done"),
    "task.complete": _task_status("done"),
    "task.cancel": _task_status("cancelled"),
}
