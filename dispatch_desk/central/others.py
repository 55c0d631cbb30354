"""Mutations besides incidents: alert acknowledgement, the command log, tasks, operation liaisons.

The command log is append-only: entries are struck with a reason, never deleted or edited. Adding a
liaison to an operation widens their scope; `scope.scope_changed` backfills what they now see.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dispatch_desk.domain import permissions
from dispatch_desk.domain.permissions_operations import OperationAction, operation_why_not
from dispatch_desk.domain.records import Alert, LogEntry, Officer, Operation, Role, Task, TaskStatus
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow_actions import Refused

from . import ledger, scope
from .outcome import Context, Handler, applied, conflict, rejected

LOG_KINDS = ("order", "report", "decision", "info")


def _text(args: dict[str, Any], key: str, limit: int = 4000) -> str:
    value = args.get(key, "")
    return value.strip()[:limit] if isinstance(value, str) else ""


def _refusal(ctx: Context, refused: Refused, entity: str, key: str) -> MutationResult:
    if refused.is_conflict:
        return conflict(ctx, refused.reason, entity, key)
    return rejected(ctx, refused.reason)


def _why_not(ctx: Context, action: OperationAction, operation: Operation, **kw: Any) -> Refused | None:
    return operation_why_not(ctx.officer, action, operation, regions=ctx.ref.regions, now=ctx.now, **kw)


def alert_acknowledge(ctx: Context) -> MutationResult:
    if not permissions.is_active(ctx.officer, ctx.now):
        return rejected(ctx, "Your account is not active.")
    if ctx.officer.role is Role.LEADER:
        return rejected(ctx, "Leaders have read-only access.")
    key = str(ctx.mutation.args.get("id") or ctx.mutation.args.get("alert") or "")
    alert = ledger.get(ctx.tx, Alert, key)
    if alert is None:
        return rejected(ctx, "No such alert.")
    if alert.acknowledged_at is not None:  # acknowledging twice changes nothing
        return applied(ctx, ctx.tx.current_seq())
    return applied(ctx, ledger.put(ctx.tx, replace(alert, acknowledged_by=ctx.officer.id, acknowledged_at=ctx.now)))


def _operation(ctx: Context, key: Any) -> Operation | None:
    operation = ledger.get(ctx.tx, Operation, str(key or ""))
    return operation if operation is not None and scope.sees_operation(ctx.officer, operation, ctx.now) else None


def log_append(ctx: Context) -> MutationResult:
    args = ctx.mutation.args
    operation = _operation(ctx, args.get("operation"))
    if operation is None:
        return rejected(ctx, "No such operation in your scope.")
    refused = _why_not(ctx, OperationAction.APPEND_LOG, operation)
    if refused:
        return _refusal(ctx, refused, "operation", operation.id)
    text = _text(args, "text")
    if not text:
        return rejected(ctx, "A log entry needs a text.")
    kind = args.get("kind", "info")
    if kind not in LOG_KINDS:
        return rejected(ctx, f"The kind of a log entry is one of {', '.join(LOG_KINDS)}.")
    entry_id = str(args.get("id") or ctx.mutation.id)[:64]
    if ledger.exists(ctx.tx, "log_entry", entry_id):
        return rejected(ctx, "A log entry with this id already exists.")
    entry = LogEntry(id=entry_id, operation=operation.id, at=ctx.now, author=ctx.officer.id, kind=kind, text=text)
    return applied(ctx, ledger.put(ctx.tx, entry))


def log_strike(ctx: Context) -> MutationResult:
    args = ctx.mutation.args
    entry = ledger.get(ctx.tx, LogEntry, str(args.get("id") or ""))
    operation = _operation(ctx, entry.operation) if entry else None
    if entry is None or operation is None:
        return rejected(ctx, "No such log entry in your scope.")
    refused = _why_not(ctx, OperationAction.STRIKE_LOG, operation, entry=entry)
    if refused:
        return _refusal(ctx, refused, "log_entry", entry.id)
    reason = _text(args, "reason", 1000)
    if not reason:
        return rejected(ctx, "Striking an entry needs a reason.")
    struck = replace(entry, struck=True, struck_by=ctx.officer.id, struck_at=ctx.now, struck_reason=reason)
    return applied(ctx, ledger.put(ctx.tx, struck))


def _task_status(status: TaskStatus) -> Handler:
    def handle(ctx: Context) -> MutationResult:
        task = ledger.get(ctx.tx, Task, str(ctx.mutation.args.get("id") or ""))
        operation = _operation(ctx, task.operation) if task else None
        if task is None or operation is None:
            return rejected(ctx, "No such task in your scope.")
        refused = _why_not(ctx, OperationAction.UPDATE_TASK, operation, task=task)
        if refused:
            return _refusal(ctx, refused, "task", task.id)
        if task.status in (TaskStatus.DONE, TaskStatus.CANCELLED) and status is not task.status:
            return conflict(ctx, f"The task is already {task.status.value}.", "task", task.id)
        return applied(ctx, ledger.put(ctx.tx, replace(task, status=status, updated_at=ctx.now)))

    return handle


def _liaison(add: bool) -> Handler:
    """Liaisons join or leave an operation; whoever may assign its tasks may change them."""

    def handle(ctx: Context) -> MutationResult:
        args = ctx.mutation.args
        operation = _operation(ctx, args.get("operation"))
        if operation is None:
            return rejected(ctx, "No such operation in your scope.")
        refused = _why_not(ctx, OperationAction.ASSIGN_TASK, operation)
        if refused:
            return _refusal(ctx, refused, "operation", operation.id)
        liaison = ledger.get(ctx.tx, Officer, str(args.get("officer") or ""))
        if liaison is None:
            return rejected(ctx, "No such officer.")
        ids = [i for i in operation.liaisons if i != liaison.id] + ([liaison.id] if add else [])
        ops = [o for o in liaison.operations if o != operation.id] + ([operation.id] if add else [])
        changed = replace(operation, liaisons=tuple(ids))
        after = replace(liaison, operations=tuple(ops))
        scope.scope_changed(ctx.tx, liaison, after, ctx.ref.regions, changed)
        ledger.put(ctx.tx, changed)
        return applied(ctx, ledger.put(ctx.tx, after))

    return handle


HANDLERS: dict[str, Handler] = {
    "alert.acknowledge": alert_acknowledge,
    "log.append": log_append,
    "log.strike": log_strike,
    "task.accept": _task_status(TaskStatus.ACCEPTED),
    "task.start": _task_status(TaskStatus.IN_PROGRESS),
    "task.done": _task_status(TaskStatus.DONE),
    "task.complete": _task_status(TaskStatus.DONE),
    "task.cancel": _task_status(TaskStatus.CANCELLED),
    "operation.add_liaison": _liaison(True),
    "operation.remove_liaison": _liaison(False),
}
