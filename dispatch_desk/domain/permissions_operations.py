"""Who may act inside a joint command (联动指挥): start and close it, assign and update tasks, and
write or strike command-log entries.

Members of an operation are its commander, its listed liaisons and officers seconded to it
(`Officer.operations`). City-level ops officers may open and close any operation; everything inside
one is for its members. Leaders read only; admins may do everything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum

from dispatch_desk.domain.permissions import Regions, is_active, officer_level
from dispatch_desk.domain.records import (
    LogEntry,
    Officer,
    Operation,
    OperationStatus,
    RegionLevel,
    Role,
    Task,
)
from dispatch_desk.domain.workflow_actions import Code, Refused


class OperationAction(StrEnum):
    START = "start"
    CLOSE = "close"
    ASSIGN_TASK = "assign_task"
    UPDATE_TASK = "update_task"  # accept, report progress, mark done
    APPEND_LOG = "append_log"
    STRIKE_LOG = "strike_log"


# The operation statuses each action applies in.
OPERATION_STATUSES: Mapping[OperationAction, frozenset[OperationStatus]] = {
    OperationAction.START: frozenset({OperationStatus.PLANNED}),
    OperationAction.CLOSE: frozenset({OperationStatus.ACTIVE}),
    OperationAction.ASSIGN_TASK: frozenset({OperationStatus.PLANNED, OperationStatus.ACTIVE}),
    OperationAction.UPDATE_TASK: frozenset({OperationStatus.ACTIVE}),
    OperationAction.APPEND_LOG: frozenset({OperationStatus.PLANNED, OperationStatus.ACTIVE}),
    OperationAction.STRIKE_LOG: frozenset({OperationStatus.PLANNED, OperationStatus.ACTIVE}),
}


def is_member(officer: Officer, operation: Operation) -> bool:
    return (
        officer.id == operation.commander
        or officer.id in operation.liaisons
        or operation.id in officer.operations
    )


def operation_in_scope(officer: Officer, operation: Operation, now: datetime | None = None) -> bool:
    """Whether the officer sees the operation (the change-feed filter for operations, tasks, logs)."""
    if not is_active(officer, now):
        return False
    if officer.role in (Role.ADMIN, Role.LEADER, Role.OPS_OFFICER):
        return True
    return is_member(officer, operation)


def _commander_or_city(actor: Officer, op: Operation, regions: Regions, **_: object) -> Refused | None:
    if actor.id == op.commander:
        return None
    if actor.role is Role.OPS_OFFICER and officer_level(actor, regions) is RegionLevel.CITY:
        return None
    return Refused("Only the commander or a city ops officer can open or close an operation", Code.FORBIDDEN)


def _assigner(actor: Officer, op: Operation, **_: object) -> Refused | None:
    if actor.id == op.commander or (actor.role is Role.OPS_OFFICER and is_member(actor, op)):
        return None
    return Refused("Only the commander and ops officers of the operation assign tasks", Code.FORBIDDEN)


def _task_owner(actor: Officer, op: Operation, task: Task | None = None, **_: object) -> Refused | None:
    if actor.id == op.commander:
        return None
    if task is None:
        return Refused("No task given", Code.BAD_ARGS)
    if task.operation != op.id:
        return Refused("The task belongs to another operation", Code.BAD_ARGS)
    if is_member(actor, op) and actor.agency is not None and actor.agency == task.agency:
        return None
    return Refused("Only the agency the task is assigned to can update it", Code.OUT_OF_SCOPE)


def _member(actor: Officer, op: Operation, **_: object) -> Refused | None:
    if is_member(actor, op):
        return None
    return Refused("Only members of the operation write its command log", Code.OUT_OF_SCOPE)


def _striker(actor: Officer, op: Operation, entry: LogEntry | None = None, **_: object) -> Refused | None:
    if entry is None:
        return Refused("No log entry given", Code.BAD_ARGS)
    if entry.operation != op.id:
        return Refused("The entry belongs to another operation", Code.BAD_ARGS)
    if entry.struck:
        return Refused("The entry is already struck", Code.WRONG_STATUS)
    if actor.id in (entry.author, op.commander):
        return None
    return Refused("Only the author or the commander can strike an entry", Code.FORBIDDEN)


OPERATION_RULES: Mapping[OperationAction, Callable[..., Refused | None]] = {
    OperationAction.START: _commander_or_city,
    OperationAction.CLOSE: _commander_or_city,
    OperationAction.ASSIGN_TASK: _assigner,
    OperationAction.UPDATE_TASK: _task_owner,
    OperationAction.APPEND_LOG: _member,
    OperationAction.STRIKE_LOG: _striker,
}


def operation_why_not(
    actor: Officer,
    action: OperationAction,
    operation: Operation,
    *,
    task: Task | None = None,
    entry: LogEntry | None = None,
    regions: Regions = None,
    now: datetime | None = None,
) -> Refused | None:
    """None when `actor` may do `action` in `operation`, else the refusal."""
    if not is_active(actor, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if actor.role is Role.LEADER:
        return Refused("Leaders have read-only access", Code.READ_ONLY)
    if operation.status not in OPERATION_STATUSES[action]:
        verb = action.value.replace("_", " ")
        return Refused(f"Cannot {verb} in an operation that is {operation.status.value}", Code.WRONG_STATUS)
    if actor.role is Role.ADMIN:
        if action is OperationAction.STRIKE_LOG and entry is not None and entry.struck:
            return Refused("The entry is already struck", Code.WRONG_STATUS)
        return None
    return OPERATION_RULES[action](actor, operation, task=task, entry=entry, regions=regions)


def can_operate(
    actor: Officer,
    action: OperationAction,
    operation: Operation,
    *,
    task: Task | None = None,
    entry: LogEntry | None = None,
    regions: Regions = None,
    now: datetime | None = None,
) -> bool:
    return operation_why_not(actor, action, operation, task=task, entry=entry, regions=regions, now=now) is None
