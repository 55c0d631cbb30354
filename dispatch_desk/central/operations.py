"""Joint commands (联动指挥): opening and closing them, their liaisons and their tasks.

`operation.start` opens a new operation (or activates a planned one) and instantiates its plan's
tasks; `operation.close` ends it; `task.assign` adds a task and `task.<status>` moves one on.
Permissions come from `domain.permissions_operations`; a new operation may be opened by a city ops
officer (or an admin). Adding a liaison widens their scope: `scope.scope_changed` backfills what
they now see, and removing one takes it back.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.permissions_operations import OperationAction, operation_why_not
from dispatch_desk.domain.records import Officer, Operation, OperationStatus, Plan, Polygon, Task, TaskStatus
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow_actions import Refused

from . import ledger, scope
from .outcome import Context, Handler, applied, conflict, refused, rejected

KINDS = ("major_event", "emergency")


class Invalid(ValueError):
    """An argument is malformed; the message is for people."""


def polygon(value: Any) -> Polygon:
    """An area from JSON: a list of closed rings of [lon, lat] with an area; raises Invalid otherwise."""
    if value in (None, []):
        return ()
    if not isinstance(value, list) or not all(isinstance(ring, list) for ring in value):
        raise Invalid("'area' must be a list of rings of [lon, lat] points")
    rings = []
    for ring in value:
        points = []
        for point in ring:
            if (not isinstance(point, list | tuple) or len(point) != 2
                    or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)):
                raise Invalid("every point of 'area' is a pair [lon, lat] of numbers")
            lon, lat = float(point[0]), float(point[1])
            if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
                raise Invalid("'area' has a point outside the valid longitudes and latitudes")
            points.append((lon, lat))
        if len(points) < 4 or points[0] != points[-1]:
            raise Invalid("each ring of 'area' must be closed and have at least four points")
        rings.append(tuple(points))
    shaped = tuple(rings)
    if to_shape(shaped) is None:
        raise Invalid("'area' encloses no area")
    return shaped


def _text(args: dict[str, Any], key: str, *, required: bool = False, limit: int = 200) -> str:
    value = args.get(key) or ""
    if not isinstance(value, str):
        raise Invalid(f"'{key}' must be text")
    value = value.strip()
    if required and not value:
        raise Invalid(f"'{key}' is required")
    if len(value) > limit:
        raise Invalid(f"'{key}' is longer than {limit} characters")
    return value


def _moment(args: dict[str, Any], key: str) -> datetime | None:
    value = args.get(key)
    if value in (None, ""):
        return None
    try:
        return parse_time(value)
    except (TypeError, ValueError, AttributeError):
        raise Invalid(f"'{key}' must be an ISO-8601 time") from None


def _agencies(ctx: Context, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Invalid("'agencies' must be a list of agency codes")
    unknown = [code for code in value if not ledger.exists(ctx.tx, "agency", code)]
    if unknown:
        raise Invalid(f"Unknown agency: {', '.join(unknown)}")
    return tuple(dict.fromkeys(value))


def _guarded(handler: Handler) -> Handler:
    def handle(ctx: Context) -> MutationResult:
        try:
            return handler(ctx)
        except Invalid as invalid:
            return rejected(ctx, str(invalid))

    return handle


def why_not(ctx: Context, action: OperationAction, operation: Operation, **kw: Any) -> Refused | None:
    return operation_why_not(ctx.officer, action, operation, regions=ctx.ref.regions, now=ctx.now, **kw)


def in_view(ctx: Context, key: Any) -> Operation | None:
    """The operation named `key` if the acting officer sees it (others do not learn that it exists)."""
    operation = ledger.get(ctx.tx, Operation, str(key or ""))
    return operation if operation is not None and scope.sees_operation(ctx.officer, operation, ctx.now) else None


@_guarded
def operation_start(ctx: Context) -> MutationResult:
    args = ctx.mutation.args
    op_id = _text(args, "id", required=True, limit=64)
    existing = ledger.get(ctx.tx, Operation, op_id)
    started = _moment(args, "started_at") or ctx.now
    if existing is not None:
        refusal = why_not(ctx, OperationAction.START, existing)
        if refusal:
            return refused(ctx, refusal, "operation", op_id)
        operation = replace(existing, status=OperationStatus.ACTIVE, started_at=started)
    else:
        kind = args.get("kind", "major_event")
        if kind not in KINDS:
            raise Invalid(f"'kind' is one of {', '.join(KINDS)}")
        # only a city ops officer (or an admin) opens a new joint command; they become its commander
        draft = Operation(op_id, "", kind, OperationStatus.PLANNED, commander="")
        refusal = why_not(ctx, OperationAction.START, draft)
        if refusal:
            return rejected(ctx, refusal.reason)
        operation = Operation(
            id=op_id, name=_text(args, "name", required=True), kind=kind, status=OperationStatus.ACTIVE,
            commander=ctx.officer.id, area=polygon(args.get("area")), agencies=_agencies(ctx, args.get("agencies")),
            plan=_text(args, "plan", limit=64) or None, started_at=started, mode=_text(args, "mode", limit=64),
        )
    tasks = _plan_tasks(ctx, operation, started)
    agencies = tuple(dict.fromkeys([*operation.agencies, *(t.agency for t in tasks)]))
    seq = ledger.put(ctx.tx, replace(operation, agencies=agencies))
    for task in tasks:
        seq = ledger.put(ctx.tx, task)
    return applied(ctx, seq)


def _plan_tasks(ctx: Context, operation: Operation, started: datetime) -> list[Task]:
    if operation.plan is None:
        return []
    plan = ledger.get(ctx.tx, Plan, operation.plan)
    if plan is None:
        raise Invalid(f"Unknown plan '{operation.plan}'")
    tasks = []
    for n, item in enumerate(plan.tasks, start=1):
        task_id = f"{operation.id}-task-{n}"
        if ledger.exists(ctx.tx, "task", task_id):
            continue  # a planned operation activated again keeps the tasks it has
        tasks.append(Task(
            id=task_id, operation=operation.id, agency=item.agency, title=item.title, status=TaskStatus.ASSIGNED,
            assigned_at=ctx.now, updated_at=ctx.now, description=item.description,
            due_at=started + timedelta(minutes=item.offset_minutes),
        ))
    return tasks


@_guarded
def operation_close(ctx: Context) -> MutationResult:
    operation = ledger.get(ctx.tx, Operation, _text(ctx.mutation.args, "id", required=True, limit=64))
    if operation is None:
        return rejected(ctx, "No such operation.")
    refusal = why_not(ctx, OperationAction.CLOSE, operation)
    if refusal:
        return refused(ctx, refusal, "operation", operation.id)
    closed = replace(operation, status=OperationStatus.CLOSED, ended_at=ctx.now)
    return applied(ctx, ledger.put(ctx.tx, closed))


@_guarded
def task_assign(ctx: Context) -> MutationResult:
    args = ctx.mutation.args
    operation = ledger.get(ctx.tx, Operation, _text(args, "operation", required=True, limit=64))
    if operation is None:
        return rejected(ctx, "No such operation.")
    refusal = why_not(ctx, OperationAction.ASSIGN_TASK, operation)
    if refusal:
        return refused(ctx, refusal, "operation", operation.id)
    agency = _agencies(ctx, [_text(args, "agency", required=True, limit=64)])[0]
    task_id = _text(args, "id", limit=64) or ctx.mutation.id
    if ledger.exists(ctx.tx, "task", task_id):
        return rejected(ctx, "A task with this id already exists.")
    task = Task(id=task_id, operation=operation.id, agency=agency, title=_text(args, "title", required=True),
                status=TaskStatus.ASSIGNED, assigned_at=ctx.now, updated_at=ctx.now,
                description=_text(args, "description", limit=4000), due_at=_moment(args, "due_at"))
    seq = ledger.put(ctx.tx, task)
    if agency not in operation.agencies:
        seq = ledger.put(ctx.tx, replace(operation, agencies=(*operation.agencies, agency)))
    return applied(ctx, seq)


def _task_status(status: TaskStatus) -> Handler:
    def handle(ctx: Context) -> MutationResult:
        task = ledger.get(ctx.tx, Task, str(ctx.mutation.args.get("id") or ""))
        operation = in_view(ctx, task.operation) if task else None
        if task is None or operation is None:
            return rejected(ctx, "No such task in your scope.")
        refusal = why_not(ctx, OperationAction.UPDATE_TASK, operation, task=task)
        if refusal:
            return refused(ctx, refusal, "task", task.id)
        if task.status in (TaskStatus.DONE, TaskStatus.CANCELLED) and status is not task.status:
            return conflict(ctx, f"The task is already {task.status.value}.", "task", task.id)
        return applied(ctx, ledger.put(ctx.tx, replace(task, status=status, updated_at=ctx.now)))

    return handle


def _liaison(add: bool) -> Handler:
    """Liaisons join or leave an operation; whoever may assign its tasks may change them."""

    def handle(ctx: Context) -> MutationResult:
        args = ctx.mutation.args
        operation = in_view(ctx, args.get("operation"))
        if operation is None:
            return rejected(ctx, "No such operation in your scope.")
        refusal = why_not(ctx, OperationAction.ASSIGN_TASK, operation)
        if refusal:
            return refused(ctx, refusal, "operation", operation.id)
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
    "operation.start": operation_start,
    "operation.close": operation_close,
    "operation.add_liaison": _liaison(True),
    "operation.remove_liaison": _liaison(False),
    "task.assign": task_assign,
    "task.accept": _task_status(TaskStatus.ACCEPTED),
    "task.start": _task_status(TaskStatus.IN_PROGRESS),
    "task.done": _task_status(TaskStatus.DONE),
    "task.complete": _task_status(TaskStatus.DONE),
    "task.cancel": _task_status(TaskStatus.CANCELLED),
}
