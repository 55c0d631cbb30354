"""From a mutation to the optimistic rows the cache shows until the central service answers.

Incident mutations run the domain workflow on the cached incident, exactly as the server will
run it on its own state; the workflow's refusal stops the mutation before anything is staged.
Alerts, the command log and tasks have small, obvious effects, written here with the same
permission rules (`permissions_operations`) the central service applies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from dispatch_desk.domain import workflow
from dispatch_desk.domain.codec import from_wire, parse_time, to_wire
from dispatch_desk.domain.permissions_operations import OperationAction, operation_why_not
from dispatch_desk.domain.records import (
    Alert,
    LogEntry,
    Officer,
    Operation,
    OperationStatus,
    Role,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow_actions import Applied, Command
from dispatch_desk.sync.errors import ActionRefused

Write = tuple[str, str, dict[str, Any] | None]  # entity, key, codec dict (None deletes)
LOG_KINDS = ("order", "report", "decision", "info")


@dataclass(frozen=True)
class Context:
    mutation_id: str
    args: Mapping[str, Any]
    actor: Officer
    now: datetime
    policy: SlaPolicy
    get: Callable[[str, str], dict | None]

    def record(self, cls: type, entity: str, key: Any) -> Any:
        data = self.get(entity, str(key or ""))
        return None if data is None else from_wire(cls, data)

    def check(self, action: OperationAction, operation: Operation, **kw: Any) -> None:
        refused = operation_why_not(
            self.actor, action, operation, regions=self.policy.regions, now=self.now, **kw
        )
        if refused is not None:
            raise ActionRefused(refused.reason, str(refused.code))


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
    """The rows that `name(args)` writes optimistically; raises ActionRefused when the rules say no."""
    if name.startswith("incident."):
        return _incident(name, mutation_id, args, actor, now, policy, get_incident)
    handler = _OTHERS.get(name)
    if handler is None:
        return []  # the server knows what it means; the cache shows it once the feed brings it
    return handler(Context(mutation_id, args, actor, now, policy, get))


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


def _read_only(c: Context) -> None:
    if not c.actor.active:
        raise ActionRefused("Your account is not active.", "inactive")
    if c.actor.role is Role.LEADER:
        raise ActionRefused("Leaders have read-only access.", "read_only")


def _alert_acknowledge(c: Context) -> list[Write]:
    _read_only(c)
    alert: Alert | None = c.record(Alert, "alert", c.args.get("id") or c.args.get("alert"))
    if alert is None:
        raise ActionRefused("No such alert.", "not_found")
    if alert.acknowledged_at is not None:
        return []  # acknowledging twice changes nothing
    return [("alert", alert.id, to_wire(replace(alert, acknowledged_by=c.actor.id, acknowledged_at=c.now)))]


def _log_append(c: Context) -> list[Write]:
    operation: Operation | None = c.record(Operation, "operation", c.args.get("operation"))
    if operation is None:
        raise ActionRefused("No such operation in your scope.", "not_found")
    c.check(OperationAction.APPEND_LOG, operation)
    text = str(c.args.get("text") or "").strip()
    if not text:
        raise ActionRefused("A log entry needs a text.", "bad_args")
    kind = c.args.get("kind", "info")
    if kind not in LOG_KINDS:
        raise ActionRefused(f"The kind of a log entry is one of {', '.join(LOG_KINDS)}.", "bad_args")
    entry_id = str(c.args.get("id") or c.mutation_id)[:64]
    if c.get("log_entry", entry_id) is not None:
        raise ActionRefused("A log entry with this id already exists.", "bad_args")
    entry = LogEntry(id=entry_id, operation=operation.id, at=c.now, author=c.actor.id, kind=kind, text=text)
    return [("log_entry", entry_id, to_wire(entry))]


def _log_strike(c: Context) -> list[Write]:
    entry: LogEntry | None = c.record(LogEntry, "log_entry", c.args.get("id"))
    operation = c.record(Operation, "operation", entry.operation) if entry else None
    if entry is None or operation is None:
        raise ActionRefused("No such log entry in your scope.", "not_found")
    c.check(OperationAction.STRIKE_LOG, operation, entry=entry)
    reason = str(c.args.get("reason") or "").strip()
    if not reason:
        raise ActionRefused("Striking an entry needs a reason.", "bad_args")
    struck = replace(entry, struck=True, struck_by=c.actor.id, struck_at=c.now, struck_reason=reason)
    return [("log_entry", entry.id, to_wire(struck))]


def _task_status(status: TaskStatus) -> Callable[[Context], list[Write]]:
    def handle(c: Context) -> list[Write]:
        task: Task | None = c.record(Task, "task", c.args.get("id"))
        operation = c.record(Operation, "operation", task.operation) if task else None
        if task is None or operation is None:
            raise ActionRefused("No such task in your scope.", "not_found")
        c.check(OperationAction.UPDATE_TASK, operation, task=task)
        if task.status in (TaskStatus.DONE, TaskStatus.CANCELLED) and status is not task.status:
            raise ActionRefused(f"The task is already {task.status.value}.", "wrong_status")
        return [("task", task.id, to_wire(replace(task, status=status, updated_at=c.now)))]

    return handle


def _task_assign(c: Context) -> list[Write]:
    operation: Operation | None = c.record(Operation, "operation", c.args.get("operation"))
    if operation is None:
        raise ActionRefused("No such operation.", "not_found")
    c.check(OperationAction.ASSIGN_TASK, operation)
    agency, title = str(c.args.get("agency") or ""), str(c.args.get("title") or "").strip()
    if c.get("agency", agency) is None or not title:
        raise ActionRefused("A task needs a known agency and a title.", "bad_args")
    task_id = str(c.args.get("id") or c.mutation_id)[:64]
    if c.get("task", task_id) is not None:
        raise ActionRefused("A task with this id already exists.", "bad_args")
    try:
        due = parse_time(c.args.get("due_at") or None)
    except (TypeError, ValueError):
        raise ActionRefused("The due time is not a valid time.", "bad_args") from None
    task = Task(
        id=task_id, operation=operation.id, agency=agency, title=title, status=TaskStatus.ASSIGNED,
        assigned_at=c.now, updated_at=c.now, description=str(c.args.get("description") or ""),
        due_at=due,
    )  # fmt: skip
    writes: list[Write] = [("task", task_id, to_wire(task))]
    if agency not in operation.agencies:
        writes.append(
            ("operation", operation.id, to_wire(replace(operation, agencies=(*operation.agencies, agency))))
        )
    return writes


def _operation_close(c: Context) -> list[Write]:
    operation: Operation | None = c.record(Operation, "operation", c.args.get("id"))
    if operation is None:
        raise ActionRefused("No such operation.", "not_found")
    c.check(OperationAction.CLOSE, operation)
    closed = replace(operation, status=OperationStatus.CLOSED, ended_at=c.now)
    return [("operation", operation.id, to_wire(closed))]


_OTHERS: dict[str, Callable[[Context], list[Write]]] = {
    "task.assign": _task_assign,
    "operation.close": _operation_close,
    "alert.acknowledge": _alert_acknowledge,
    "log.append": _log_append,
    "log.strike": _log_strike,
    "task.accept": _task_status(TaskStatus.ACCEPTED),
    "task.start": _task_status(TaskStatus.IN_PROGRESS),
    "task.done": _task_status(TaskStatus.DONE),
    "task.complete": _task_status(TaskStatus.DONE),
    "task.cancel": _task_status(TaskStatus.CANCELLED),
}
