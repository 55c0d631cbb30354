"""Who may act inside a joint command (联动指挥), and in which states of the operation.

The parts of an operation's staff:

- *command staff*: its commander and deputy (and admins) — run the operation, seat liaisons,
  assign tasks, publish reports;
- *members*: the command staff, officers holding a seat that is open now (临时派驻), and officers
  seconded to it (`Officer.operations`); a member acts for the agencies of their open seats and for
  their own agency;
- *city ops officers*: the center's own officers — open, start and close operations, take over
  command, and write the log of any operation they see.

Leaders read only; admins may do everything. Each action has one rule and one set of operation
statuses it applies in; `operation_why_not` is the single place both the desk (to enable its
controls and for its optimistic write) and the central service (to decide) ask.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum

from dispatch_desk.domain.permissions import READ_ONLY_ROLES, Regions, is_active, officer_level, read_only
from dispatch_desk.domain.records import (
    LogEntry,
    Officer,
    Operation,
    OperationStatus,
    RegionLevel,
    ReportStatus,
    Role,
    Seat,
    SituationReport,
    Task,
)
from dispatch_desk.domain.workflow_actions import Code, Refused

PLANNED, ACTIVE, STAND_DOWN, CLOSED = (OperationStatus.PLANNED, OperationStatus.ACTIVE,
                                       OperationStatus.STAND_DOWN, OperationStatus.CLOSED)


class OperationAction(StrEnum):
    CREATE = "create"  # open a new operation (planned or running)
    START = "start"  # a planned operation goes active (战时)
    SET_LEVEL = "set_level"  # raise or lower the response level
    TRANSFER = "transfer"  # hand command to another officer, name a deputy
    STAND_DOWN = "stand_down"
    CLOSE = "close"
    OPEN_SEAT = "open_seat"
    CLOSE_SEAT = "close_seat"  # end a seat early, or extend it
    CHECK_IN = "check_in"  # and check out
    ASSIGN_TASK = "assign_task"
    REASSIGN_TASK = "reassign_task"  # another agency or due time
    CANCEL_TASK = "cancel_task"
    UPDATE_TASK = "update_task"  # accept, start, block, note, mark done
    LINK_TASK = "link_task"  # link or unlink incidents
    APPEND_LOG = "append_log"
    STRIKE_LOG = "strike_log"
    FLAG_LOG = "flag_log"  # mark a significant event
    DRAFT_REPORT = "draft_report"  # and edit the commander's part of a draft
    CONTRIBUTE_REPORT = "contribute_report"  # an agency's section
    PUBLISH_REPORT = "publish_report"


_OPEN = frozenset({PLANNED, ACTIVE, STAND_DOWN})

# The operation statuses each action applies in.
OPERATION_STATUSES: Mapping[OperationAction, frozenset[OperationStatus]] = {
    OperationAction.CREATE: frozenset({PLANNED}),  # checked against the draft of the new operation
    OperationAction.START: frozenset({PLANNED}),
    OperationAction.SET_LEVEL: frozenset({PLANNED, ACTIVE}),
    OperationAction.TRANSFER: _OPEN,
    OperationAction.STAND_DOWN: frozenset({ACTIVE}),
    OperationAction.CLOSE: frozenset({ACTIVE, STAND_DOWN}),
    OperationAction.OPEN_SEAT: frozenset({PLANNED, ACTIVE}),
    OperationAction.CLOSE_SEAT: _OPEN,
    OperationAction.CHECK_IN: _OPEN,
    OperationAction.ASSIGN_TASK: frozenset({PLANNED, ACTIVE}),
    OperationAction.REASSIGN_TASK: _OPEN,
    OperationAction.CANCEL_TASK: _OPEN,
    OperationAction.UPDATE_TASK: frozenset({ACTIVE, STAND_DOWN}),
    OperationAction.LINK_TASK: frozenset({ACTIVE, STAND_DOWN}),
    OperationAction.APPEND_LOG: _OPEN,
    OperationAction.STRIKE_LOG: _OPEN,
    OperationAction.FLAG_LOG: _OPEN,
    OperationAction.DRAFT_REPORT: frozenset({ACTIVE, STAND_DOWN}),
    OperationAction.CONTRIBUTE_REPORT: frozenset({ACTIVE, STAND_DOWN}),
    OperationAction.PUBLISH_REPORT: frozenset({ACTIVE, STAND_DOWN}),
}


def open_seats(officer_id: str, operation: Operation, now: datetime | None) -> list[Seat]:
    """The officer's seats in the operation that are open at `now` (any not closed when `now` is None)."""
    return [s for s in operation.seats if s.officer == officer_id
            and (s.closed_at is None if now is None else s.is_open(now))]


def is_staff(officer: Officer, operation: Operation) -> bool:
    return officer.id == operation.commander or (operation.deputy is not None and officer.id == operation.deputy)


def is_member(officer: Officer, operation: Operation, now: datetime | None = None) -> bool:
    """Command staff, an officer on a seat open at `now`, or one seconded to the operation.

    An officer who holds or held a seat is a member exactly while a seat is open: the seat's end
    takes the scope away at that instant, before anything records that it ran out.
    """
    if is_staff(officer, operation):
        return True
    if any(s.officer == officer.id for s in operation.seats):
        return bool(open_seats(officer.id, operation, now))
    return operation.id in officer.operations


def is_city_ops(officer: Officer, regions: Regions = None) -> bool:
    return officer.role is Role.OPS_OFFICER and officer_level(officer, regions) is RegionLevel.CITY


def acting_agencies(officer: Officer, operation: Operation, now: datetime | None = None) -> frozenset[str]:
    """The agencies an officer acts for inside the operation: their open seats' and their own."""
    agencies = {s.agency for s in open_seats(officer.id, operation, now)}
    if officer.agency is not None and is_member(officer, operation, now):
        agencies.add(officer.agency)
    return frozenset(agencies)


def operation_in_scope(officer: Officer, operation: Operation, now: datetime | None = None) -> bool:
    """Whether the officer sees the operation (the change-feed filter for operations, tasks, logs, reports)."""
    if not is_active(officer, now):
        return False
    if officer.role in (Role.ADMIN, Role.OPS_OFFICER, *READ_ONLY_ROLES):
        return True
    return is_member(officer, operation, now)


# --- rules ------------------------------------------------------------------------------------------
# Each rule gets the actor, the operation and the keywords of `operation_why_not`.


def _city(actor: Officer, op: Operation, regions: Regions = None, **_: object) -> Refused | None:
    if is_city_ops(actor, regions):
        return None
    return Refused("Only a city ops officer opens a joint command", Code.FORBIDDEN)


def _commander_or_city(actor: Officer, op: Operation, regions: Regions = None, **_: object) -> Refused | None:
    if is_staff(actor, op) or is_city_ops(actor, regions):
        return None
    return Refused("Only the command staff or a city ops officer can do this", Code.FORBIDDEN)


def _staff(actor: Officer, op: Operation, **_: object) -> Refused | None:
    if is_staff(actor, op):
        return None
    return Refused("Only the commander or the deputy can do this", Code.FORBIDDEN)


def _seat_holder(actor: Officer, op: Operation, seat: Seat | None = None, now: datetime | None = None,
                 **_: object) -> Refused | None:
    if seat is None:
        return Refused("No seat given", Code.BAD_ARGS)
    if is_staff(actor, op):
        return None
    if actor.id != seat.officer:
        return Refused("Only the seated officer or the command staff checks a seat in or out", Code.FORBIDDEN)
    return None


def _task_agency(actor: Officer, op: Operation, task: Task | None = None, now: datetime | None = None,
                 **_: object) -> Refused | None:
    if task is None:
        return Refused("No task given", Code.BAD_ARGS)
    if task.operation != op.id:
        return Refused("The task belongs to another operation", Code.BAD_ARGS)
    if is_staff(actor, op) or task.agency in acting_agencies(actor, op, now):
        return None
    return Refused("Only the agency the task is assigned to can update it", Code.OUT_OF_SCOPE)


def _log_writer(actor: Officer, op: Operation, regions: Regions = None, now: datetime | None = None,
                **_: object) -> Refused | None:
    if is_member(actor, op, now) or is_city_ops(actor, regions):
        return None
    return Refused("Only members of the operation write its command log", Code.OUT_OF_SCOPE)


def _striker(actor: Officer, op: Operation, entry: LogEntry | None = None, **_: object) -> Refused | None:
    if entry is None:
        return Refused("No log entry given", Code.BAD_ARGS)
    if entry.operation != op.id:
        return Refused("The entry belongs to another operation", Code.BAD_ARGS)
    if actor.id == op.commander or (actor.id == entry.author and not entry.automatic):
        return None
    return Refused("Only the author or the commander can strike an entry", Code.FORBIDDEN)


def _contributor(actor: Officer, op: Operation, agency: str | None = None, now: datetime | None = None,
                 **_: object) -> Refused | None:
    if is_staff(actor, op):
        return None
    if agency is not None and agency in acting_agencies(actor, op, now):
        return None
    return Refused("Only the agency's own liaison or the command staff writes its section", Code.OUT_OF_SCOPE)


OPERATION_RULES: Mapping[OperationAction, Callable[..., Refused | None]] = {
    OperationAction.CREATE: _city,
    OperationAction.START: _commander_or_city,
    OperationAction.SET_LEVEL: _staff,
    OperationAction.TRANSFER: _commander_or_city,
    OperationAction.STAND_DOWN: _staff,
    OperationAction.CLOSE: _commander_or_city,
    OperationAction.OPEN_SEAT: _staff,
    OperationAction.CLOSE_SEAT: _staff,
    OperationAction.CHECK_IN: _seat_holder,
    OperationAction.ASSIGN_TASK: _staff,
    OperationAction.REASSIGN_TASK: _staff,
    OperationAction.CANCEL_TASK: _staff,
    OperationAction.UPDATE_TASK: _task_agency,
    OperationAction.LINK_TASK: _task_agency,
    OperationAction.APPEND_LOG: _log_writer,
    OperationAction.STRIKE_LOG: _striker,
    OperationAction.FLAG_LOG: _staff,
    OperationAction.DRAFT_REPORT: _staff,
    OperationAction.CONTRIBUTE_REPORT: _contributor,
    OperationAction.PUBLISH_REPORT: _staff,
}

# Actions on a report that only apply while it is a draft.
_DRAFT_ONLY = frozenset({OperationAction.DRAFT_REPORT, OperationAction.CONTRIBUTE_REPORT,
                         OperationAction.PUBLISH_REPORT})


def operation_why_not(
    actor: Officer,
    action: OperationAction,
    operation: Operation,
    *,
    task: Task | None = None,
    entry: LogEntry | None = None,
    seat: Seat | None = None,
    report: SituationReport | None = None,
    agency: str | None = None,
    regions: Regions = None,
    now: datetime | None = None,
) -> Refused | None:
    """None when `actor` may do `action` in `operation`, else the refusal."""
    if not is_active(actor, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if (refused := read_only(actor)) is not None:
        return refused
    if operation.status not in OPERATION_STATUSES[action]:
        verb = action.value.replace("_", " ")
        return Refused(f"Cannot {verb} in an operation that is {operation.status.value.replace('_', ' ')}",
                       Code.WRONG_STATUS)
    if entry is not None and entry.struck and action is OperationAction.STRIKE_LOG:
        return Refused("The entry is already struck", Code.WRONG_STATUS)
    if report is not None and action in _DRAFT_ONLY and report.status is not ReportStatus.DRAFT:
        return Refused("The report is published and can no longer change", Code.WRONG_STATUS)
    if actor.role is Role.ADMIN:
        return None
    return OPERATION_RULES[action](actor, operation, task=task, entry=entry, seat=seat, report=report,
                                   agency=agency, regions=regions, now=now)


def can_operate(actor: Officer, action: OperationAction, operation: Operation, **kw: object) -> bool:
    return operation_why_not(actor, action, operation, **kw) is None  # type: ignore[arg-type]
