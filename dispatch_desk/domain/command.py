"""Joint command (联动指挥) decisions: every operation, seat, task, log and report mutation.

`decide(name, mutation_id, args, actor=, now=, get=, regions=)` is a pure function of the records it
reads through `get(cls, key)`; it answers either the records to write (`Decided`) or a refusal
(`Refusal`). The desk runs it on its cache for the optimistic write, the central service on its
storage to decide: one rule, one place (the incident workflow's counterpart is `workflow.decide`).

Arguments are validated by one pydantic model per mutation (`ARGS`), which also documents them in
the OpenAPI document. What the system does by itself inside an operation — state changes, seats,
tasks, reports — is recorded as automatic command-log entries written by the same decision, so the
desk shows them at once and the server writes the very same entries.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.permissions import READ_ONLY_ROLES, Regions
from dispatch_desk.domain.permissions_operations import (
    OperationAction,
    acting_agencies,
    open_seats,
    operation_why_not,
)
from dispatch_desk.domain.records import (
    RESPONSE_LEVELS,
    Agency,
    Incident,
    LogEntry,
    LogKind,
    Officer,
    Operation,
    OperationKind,
    OperationStatus,
    Plan,
    Polygon,
    ReportSection,
    ReportStatus,
    Role,
    Seat,
    SituationReport,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.workflow_actions import Code, Refused

T = TypeVar("T")
Get = Callable[[type, str], Any]  # (record class, key) -> the record or None

SYSTEM = "system"  # author of the entries the central service writes by itself
TITLE_MAX = 200
TEXT_MAX = 4000
ID_MAX = 64
MAX_SEAT = timedelta(days=30)
MAX_LINKS = 50


# --- argument schemas -------------------------------------------------------------------------------


def _clean(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains characters that are not valid text") from None
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise ValueError("contains control characters")
    return value.strip()


def _required(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("needs a time zone")
    value = value.astimezone(UTC)
    if not (datetime(2000, 1, 1, tzinfo=UTC) <= value <= datetime(2100, 1, 1, tzinfo=UTC)):
        raise ValueError("is not a plausible time")
    return value


Text = Annotated[str, Field(max_length=TEXT_MAX), AfterValidator(_clean)]
Title = Annotated[str, Field(max_length=TITLE_MAX), AfterValidator(_clean), AfterValidator(_required)]
Name = Annotated[str, Field(max_length=TITLE_MAX), AfterValidator(_clean)]
Key = Annotated[str, Field(min_length=1, max_length=ID_MAX), AfterValidator(_clean), AfterValidator(_required)]
Moment = Annotated[datetime, AfterValidator(_utc)]
Reason = Annotated[str, Field(max_length=1000), AfterValidator(_clean), AfterValidator(_required)]


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OperationStartArgs(_Args):
    """`operation.create` (planned) and `operation.start` (running): a new operation, or the
    activation of a planned one (then only `id` and `started_at` are read)."""

    id: Key
    name: Name = ""
    kind: OperationKind = OperationKind.MAJOR_EVENT
    plan: Key | None = None
    area: list[list[list[float]]] | None = None  # rings of [lon, lat]
    regions: list[Key] = Field(default=[], max_length=200)
    agencies: list[Key] = Field(default=[], max_length=200)
    commander: Key | None = None  # default: the officer who opens it
    deputy: Key | None = None
    level: int = Field(default=0, ge=0, le=4)
    mode: Name = ""
    started_at: Moment | None = None


class OperationRefArgs(_Args):
    id: Key


class OperationLevelArgs(_Args):
    id: Key
    level: int = Field(ge=1, le=4)
    reason: Text = ""


class OperationTransferArgs(_Args):
    id: Key
    commander: Key
    deputy: Key | None = None
    reason: Text = ""


class OperationStandDownArgs(_Args):
    id: Key
    reason: Text = ""


class OperationCloseArgs(_Args):
    id: Key
    final_report: Key | None = None


class SeatOpenArgs(_Args):
    operation: Key
    officer: Key
    agency: Key
    ends_at: Moment
    starts_at: Moment | None = None
    id: Key | None = None


class SeatRefArgs(_Args):
    operation: Key
    seat: Key


class SeatExtendArgs(_Args):
    operation: Key
    seat: Key
    ends_at: Moment


class TaskAssignArgs(_Args):
    operation: Key
    agency: Key
    title: Title
    description: Text = ""
    due_at: Moment | None = None
    lon: float | None = Field(default=None, ge=-180, le=180)
    lat: float | None = Field(default=None, ge=-90, le=90)
    incidents: list[Key] = Field(default=[], max_length=MAX_LINKS)
    id: Key | None = None


class TaskRefArgs(_Args):
    id: Key
    note: Text = ""


class TaskReasonArgs(_Args):
    id: Key
    reason: Reason


class TaskReassignArgs(_Args):
    id: Key
    agency: Key | None = None
    due_at: Moment | None = None
    reason: Text = ""


class TaskLinkArgs(_Args):
    id: Key
    incident: Key


class LogAppendArgs(_Args):
    operation: Key
    text: Annotated[str, Field(max_length=TEXT_MAX), AfterValidator(_clean), AfterValidator(_required)]
    kind: LogKind = LogKind.INFO
    id: Key | None = None


class LogStrikeArgs(_Args):
    id: Key
    reason: Reason


class LogFlagArgs(_Args):
    id: Key
    significant: bool = True


class ReportDraftArgs(_Args):
    operation: Key
    title: Title
    conditions: Text = ""
    actions: Text = ""
    needs: Text = ""
    final: bool = False
    id: Key | None = None


class ReportEditArgs(_Args):
    id: Key
    title: Title | None = None
    conditions: Text | None = None
    actions: Text | None = None
    needs: Text | None = None
    final: bool | None = None


class ReportContributeArgs(_Args):
    id: Key
    agency: Key
    conditions: Text = ""
    actions: Text = ""
    needs: Text = ""


class ReportPublishArgs(_Args):
    id: Key


# --- decisions ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Decided:
    """What an accepted mutation writes: new record states, and officers whose scope changes with them."""

    records: tuple[Any, ...]
    scope: tuple[tuple[Officer, Officer, Operation], ...] = ()  # (officer before, after, operation after)


@dataclass(frozen=True, slots=True)
class Refusal:
    """A refusal, and the record it depends on (whose current state a conflict carries)."""

    refused: Refused
    entity: str | None = None
    key: str | None = None

    @property
    def reason(self) -> str:
        return self.refused.reason

    @property
    def code(self) -> Code:
        return self.refused.code

    @property
    def is_conflict(self) -> bool:
        return self.refused.is_conflict and self.entity is not None


class _Stop(Exception):
    def __init__(self, reason: str, code: Code = Code.BAD_ARGS, entity: str | None = None,
                 key: str | None = None) -> None:
        super().__init__(reason)
        self.refusal = Refusal(Refused(reason, code), entity, key)


@dataclass
class _Ctx:
    mutation_id: str
    actor: Officer
    now: datetime
    get: Get
    regions: Regions
    logs: int = 0

    def record(self, cls: type[T], key: str | None) -> T | None:
        return self.get(cls, key) if key else None

    def operation(self, key: str) -> Operation:
        op = self.record(Operation, key)
        if op is None:
            raise _Stop("No such operation in your scope.", Code.NOT_FOUND)
        return op

    def check(self, action: OperationAction, op: Operation, *, entity: str = "operation",
              key: str | None = None, **kw: Any) -> None:
        refused = operation_why_not(self.actor, action, op, regions=self.regions, now=self.now, **kw)
        if refused is not None:
            raise _Stop(refused.reason, refused.code, entity, key or op.id)

    def auto(self, op: Operation, event: str, text: str, subject: str = "", *details: str,
             agency: str | None = None) -> LogEntry:
        """An automatic log entry recording what this mutation did (`agency`: the agency it concerns)."""
        self.logs += 1
        return LogEntry(
            id=f"{self.mutation_id}.L{self.logs}", operation=op.id, at=self.now, author=self.actor.id,
            kind=LogKind.SYSTEM, text=text, automatic=True, agency=agency or self.actor.agency, event=event,
            subject=subject, details=tuple(details),
        )

    def new_id(self, given: str | None, cls: type, what: str) -> str:
        key = given or self.mutation_id
        if self.record(cls, key) is not None:
            raise _Stop(f"A {what} with this id already exists.", Code.EXISTS)
        return key


def _name(ctx: _Ctx, officer_id: str) -> str:
    officer = ctx.record(Officer, officer_id)
    return officer.name if officer is not None else officer_id


def _agency_name(ctx: _Ctx, code: str) -> str:
    agency = ctx.record(Agency, code)
    return (agency.short_name or agency.name) if agency is not None else code


def _known_agencies(ctx: _Ctx, codes: list[str]) -> tuple[str, ...]:
    unknown = [c for c in codes if ctx.record(Agency, c) is None]
    if unknown:
        raise _Stop(f"Unknown agency: {', '.join(unknown)}")
    return tuple(dict.fromkeys(codes))


def _active_officer(ctx: _Ctx, officer_id: str, what: str) -> Officer:
    officer = ctx.record(Officer, officer_id)
    if officer is None or not officer.active:
        raise _Stop(f"The {what} is not an active officer.")
    if officer.role in READ_ONLY_ROLES:
        raise _Stop(f"A leader or an analyst cannot be the {what}: they have read-only access.")
    return officer


def polygon(value: list[Any] | None) -> Polygon:
    """An area from JSON: closed rings of [lon, lat] enclosing an area; raises _Stop otherwise."""
    if not value:
        return ()
    rings = []
    for ring in value:
        points = []
        for point in ring:
            if len(point) != 2:
                raise _Stop("Every point of the area is a pair [lon, lat].")
            lon, lat = float(point[0]), float(point[1])
            if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
                raise _Stop("The area has a point outside the valid longitudes and latitudes.")
            points.append((lon, lat))
        if len(points) < 4 or points[0] != points[-1]:
            raise _Stop("Each ring of the area must be closed and have at least four points.")
        rings.append(tuple(points))
    shaped = tuple(rings)
    if to_shape(shaped) is None:
        raise _Stop("The area encloses no area.")
    return shaped


# --- operations


def _plan_tasks(ctx: _Ctx, op: Operation, started: datetime) -> list[Task]:
    if op.plan is None:
        return []
    plan = ctx.record(Plan, op.plan)
    if plan is None:
        raise _Stop(f"Unknown plan '{op.plan}'.")
    tasks = []
    for n, item in enumerate(plan.tasks, start=1):
        task_id = f"{op.id}-task-{n}"
        if ctx.record(Task, task_id) is not None:
            continue  # a planned operation started again keeps the tasks it has
        tasks.append(Task(
            id=task_id, operation=op.id, agency=item.agency, title=item.title, status=TaskStatus.ASSIGNED,
            assigned_at=ctx.now, updated_at=ctx.now, description=item.description,
            due_at=started + timedelta(minutes=item.offset_minutes), from_plan=True, assigned_by=ctx.actor.id,
        ))
    return tasks


def _operation_open(ctx: _Ctx, a: OperationStartArgs, start: bool) -> Decided:
    existing = ctx.record(Operation, a.id)
    started = a.started_at or ctx.now
    if existing is not None:
        if not start:
            raise _Stop("An operation with this id already exists.", Code.EXISTS, "operation", a.id)
        ctx.check(OperationAction.START, existing)
        op = replace(existing, status=OperationStatus.ACTIVE, started_at=started)
        entries = [ctx.auto(op, "operation.start", f"联动指挥启动：{op.name}", op.id)]
    else:
        commander = a.commander or ctx.actor.id
        draft = Operation(a.id, a.name, a.kind.value, OperationStatus.PLANNED, commander=commander)
        ctx.check(OperationAction.CREATE, draft)
        if not a.name:
            raise _Stop("An operation needs a name.")
        if commander != ctx.actor.id:
            _active_officer(ctx, commander, "commander")
        if a.deputy is not None:
            _active_officer(ctx, a.deputy, "deputy")
        if a.plan is not None:
            plan = ctx.record(Plan, a.plan)
            if plan is None:
                raise _Stop(f"Unknown plan '{a.plan}'.")
            if not plan.active:
                raise _Stop(f"The plan '{plan.name}' is withdrawn: it starts no new operation.")
        op = Operation(
            id=a.id, name=a.name, kind=a.kind.value,
            status=OperationStatus.ACTIVE if start else OperationStatus.PLANNED,
            commander=commander, deputy=a.deputy, area=polygon(a.area), regions=tuple(dict.fromkeys(a.regions)),
            agencies=_known_agencies(ctx, a.agencies), plan=a.plan, started_at=started if start else None,
            mode=a.mode, level=a.level, created_by=ctx.actor.id, created_at=ctx.now,
        )
        verb = "启动" if start else "创建"
        entries = [ctx.auto(op, "operation.start" if start else "operation.create", f"联动指挥{verb}：{op.name}",
                            op.id)]
    tasks = _plan_tasks(ctx, op, started) if start else []
    op = replace(op, agencies=tuple(dict.fromkeys([*op.agencies, *(t.agency for t in tasks)])))
    if tasks:
        entries.append(ctx.auto(op, "plan.tasks", f"按预案下达任务 {len(tasks)} 项", op.plan or "", str(len(tasks))))
    return Decided((op, *tasks, *entries))


def operation_create(ctx: _Ctx, a: OperationStartArgs) -> Decided:
    return _operation_open(ctx, a, start=False)


def operation_start(ctx: _Ctx, a: OperationStartArgs) -> Decided:
    return _operation_open(ctx, a, start=True)


def operation_set_level(ctx: _Ctx, a: OperationLevelArgs) -> Decided:
    op = ctx.operation(a.id)
    ctx.check(OperationAction.SET_LEVEL, op)
    if a.level not in RESPONSE_LEVELS:
        raise _Stop("The response level is 1, 2, 3 or 4.")
    if a.level == op.level:
        raise _Stop("The operation already has this response level.", Code.WRONG_STATUS, "operation", op.id)
    raised = op.level == 0 or a.level < op.level
    changed = replace(op, level=a.level)
    word = "提升" if raised else "调整"
    text = f"响应等级{word}为{'一二三四'[a.level - 1]}级" + (f"：{a.reason}" if a.reason else "")
    return Decided((changed, ctx.auto(changed, "operation.level", text, op.id, str(op.level), str(a.level),
                                      a.reason)))


def operation_transfer(ctx: _Ctx, a: OperationTransferArgs) -> Decided:
    op = ctx.operation(a.id)
    ctx.check(OperationAction.TRANSFER, op)
    _active_officer(ctx, a.commander, "commander")
    if a.deputy is not None:
        _active_officer(ctx, a.deputy, "deputy")
    if a.deputy is not None and a.deputy == a.commander:
        raise _Stop("The commander cannot be their own deputy.")
    if a.commander == op.commander and a.deputy == op.deputy:
        raise _Stop("The operation already has this command.", Code.WRONG_STATUS, "operation", op.id)
    changed = replace(op, commander=a.commander, deputy=a.deputy)
    text = f"指挥权移交：{_name(ctx, op.commander)} → {_name(ctx, a.commander)}"
    if a.deputy:
        text += f"，副总指挥 {_name(ctx, a.deputy)}"
    return Decided((changed, ctx.auto(changed, "operation.transfer", text, op.id, op.commander, a.commander,
                                      a.deputy or "")))


def operation_stand_down(ctx: _Ctx, a: OperationStandDownArgs) -> Decided:
    op = ctx.operation(a.id)
    ctx.check(OperationAction.STAND_DOWN, op)
    changed = replace(op, status=OperationStatus.STAND_DOWN, stood_down_at=ctx.now)
    text = "转入收尾阶段" + (f"：{a.reason}" if a.reason else "")
    return Decided((changed, ctx.auto(changed, "operation.stand_down", text, op.id, a.reason)))


def operation_close(ctx: _Ctx, a: OperationCloseArgs) -> Decided:
    op = ctx.operation(a.id)
    ctx.check(OperationAction.CLOSE, op)
    if a.final_report is not None:
        report = ctx.record(SituationReport, a.final_report)
        if report is None or report.operation != op.id or report.status is not ReportStatus.PUBLISHED:
            raise _Stop("The final report must be a published report of this operation.")
    closed_seats = tuple(replace(s, closed_at=ctx.now, closed_by=ctx.actor.id) if s.closed_at is None else s
                         for s in op.seats)
    closed = replace(op, status=OperationStatus.CLOSED, ended_at=ctx.now, final_report=a.final_report,
                     seats=closed_seats, liaisons=())
    scope = _seat_scope(ctx, op, closed)
    entry = ctx.auto(closed, "operation.close", f"联动指挥结束：{op.name}", op.id)
    return Decided((closed, entry, *(after for _, after, _ in scope)), scope)


# --- seats


def _with_seats(op: Operation, seats: tuple[Seat, ...], now: datetime) -> Operation:
    liaisons = tuple(dict.fromkeys(s.officer for s in seats if s.is_open(now) or
                                   (s.closed_at is None and s.starts_at > now)))
    return replace(op, seats=seats, liaisons=liaisons)


def _seat_scope(ctx: _Ctx, before: Operation, after: Operation) -> tuple[tuple[Officer, Officer, Operation], ...]:
    """Officer record changes for officers whose seats in the operation changed: `operations` follows
    whether they still hold a seat that is not closed (incidents of the operation follow that list)."""
    out = []
    for officer_id in dict.fromkeys(s.officer for s in (*before.seats, *after.seats)):
        officer = ctx.record(Officer, officer_id)
        if officer is None:
            continue
        holds = any(s.officer == officer_id and s.closed_at is None and s.ends_at > ctx.now for s in after.seats)
        ops = tuple(o for o in officer.operations if o != after.id) + ((after.id,) if holds else ())
        if ops != officer.operations:
            out.append((officer, replace(officer, operations=ops), after))
    return tuple(out)


def _seat(op: Operation, seat_id: str) -> Seat:
    for seat in op.seats:
        if seat.id == seat_id:
            return seat
    raise _Stop("No such seat in this operation.", Code.NOT_FOUND, "operation", op.id)


def _replace_seat(op: Operation, seat: Seat) -> tuple[Seat, ...]:
    return tuple(seat if s.id == seat.id else s for s in op.seats)


def seat_open(ctx: _Ctx, a: SeatOpenArgs) -> Decided:
    op = ctx.operation(a.operation)
    ctx.check(OperationAction.OPEN_SEAT, op)
    officer = _active_officer(ctx, a.officer, "seated officer")
    if officer.role is Role.ADMIN:
        raise _Stop("An administrator needs no seat.")
    _known_agencies(ctx, [a.agency])
    starts = a.starts_at or ctx.now
    if a.ends_at <= max(starts, ctx.now):
        raise _Stop("A seat must end after it starts, and in the future.")
    if a.ends_at - starts > MAX_SEAT:
        raise _Stop("A seat lasts at most 30 days; extend it later if needed.")
    if any(s.closed_at is None and s.ends_at > ctx.now for s in open_seats(officer.id, op, None)):
        raise _Stop("This officer already holds a seat in the operation.", Code.EXISTS, "operation", op.id)
    seat_id = a.id or ctx.mutation_id
    if any(s.id == seat_id for s in op.seats):
        raise _Stop("A seat with this id already exists.", Code.EXISTS, "operation", op.id)
    seat = Seat(id=seat_id, officer=officer.id, agency=a.agency, starts_at=starts, ends_at=a.ends_at,
                opened_by=ctx.actor.id)
    changed = _with_seats(op, (*op.seats, seat), ctx.now)
    if a.agency not in changed.agencies:
        changed = replace(changed, agencies=(*changed.agencies, a.agency))
    scope = _seat_scope(ctx, op, changed)
    text = f"派驻席位开设：{officer.name}（{_agency_name(ctx, a.agency)}）"
    entry = ctx.auto(changed, "seat.open", text, seat.id, officer.id, a.agency)
    return Decided((changed, entry, *(after for _, after, _ in scope)), scope)


def seat_close(ctx: _Ctx, a: SeatRefArgs) -> Decided:
    op = ctx.operation(a.operation)
    ctx.check(OperationAction.CLOSE_SEAT, op)
    seat = _seat(op, a.seat)
    if seat.closed_at is not None or seat.ends_at <= ctx.now:
        raise _Stop("The seat has already ended.", Code.WRONG_STATUS, "operation", op.id)
    closed = replace(seat, closed_at=ctx.now, closed_by=ctx.actor.id)
    changed = _with_seats(op, _replace_seat(op, closed), ctx.now)
    scope = _seat_scope(ctx, op, changed)
    entry = ctx.auto(changed, "seat.close", f"派驻席位结束：{_name(ctx, seat.officer)}（{_agency_name(ctx, seat.agency)}）",
                     seat.id, seat.officer, seat.agency)
    return Decided((changed, entry, *(after for _, after, _ in scope)), scope)


def seat_extend(ctx: _Ctx, a: SeatExtendArgs) -> Decided:
    op = ctx.operation(a.operation)
    ctx.check(OperationAction.CLOSE_SEAT, op)
    seat = _seat(op, a.seat)
    if seat.closed_at is not None or seat.ends_at <= ctx.now:
        raise _Stop("The seat has already ended.", Code.WRONG_STATUS, "operation", op.id)
    if a.ends_at <= ctx.now or a.ends_at - seat.starts_at > MAX_SEAT:
        raise _Stop("The new end must be in the future and within 30 days of the seat's start.")
    changed = _with_seats(op, _replace_seat(op, replace(seat, ends_at=a.ends_at)), ctx.now)
    entry = ctx.auto(changed, "seat.extend", f"派驻席位调整结束时间：{_name(ctx, seat.officer)}", seat.id,
                     seat.officer, a.ends_at.isoformat())
    return Decided((changed, entry))


def _check_in(inside: bool) -> Callable[[_Ctx, SeatRefArgs], Decided]:
    def decide_check(ctx: _Ctx, a: SeatRefArgs) -> Decided:
        op = ctx.operation(a.operation)
        seat = _seat(op, a.seat)
        ctx.check(OperationAction.CHECK_IN, op, seat=seat)
        if not seat.is_open(ctx.now):
            raise _Stop("The seat is not open now.", Code.WRONG_STATUS, "operation", op.id)
        if seat.is_present(ctx.now) == inside:
            word = "checked in" if inside else "checked out"
            raise _Stop(f"The seat is already {word}.", Code.WRONG_STATUS, "operation", op.id)
        moved = replace(seat, checked_in_at=ctx.now) if inside else replace(seat, checked_out_at=ctx.now)
        changed = _with_seats(op, _replace_seat(op, moved), ctx.now)
        word = "签到" if inside else "签退"
        entry = ctx.auto(changed, "seat.check_in" if inside else "seat.check_out",
                         f"{_name(ctx, seat.officer)}（{_agency_name(ctx, seat.agency)}）{word}", seat.id,
                         seat.officer, seat.agency)
        return Decided((changed, entry))

    return decide_check


def expire_seats(operation: Operation, now: datetime, get: Get) -> Decided | None:
    """Record the seats of `operation` that ran out by `now` (the central service's sweep, as the system)."""
    ran_out = [s for s in operation.seats if s.closed_at is None and s.ends_at <= now]
    if not ran_out:
        return None
    system = Officer(SYSTEM, SYSTEM, "系统", Role.ADMIN)
    ctx = _Ctx(f"{operation.id}.expire.{int(now.timestamp() * 1000)}", system, now, get, None)
    seats = operation.seats
    entries = []
    for seat in ran_out:
        seats = tuple(replace(s, closed_at=s.ends_at, closed_by=SYSTEM) if s.id == seat.id else s for s in seats)
    changed = _with_seats(operation, seats, now)
    for seat in ran_out:
        entries.append(ctx.auto(changed, "seat.expire",
                                f"派驻席位到期：{_name(ctx, seat.officer)}（{_agency_name(ctx, seat.agency)}）",
                                seat.id, seat.officer, seat.agency))
    scope = _seat_scope(ctx, operation, changed)
    return Decided((changed, *entries, *(after for _, after, _ in scope)), scope)


# --- tasks

# Which statuses each task step leaves from, and where it goes.
TASK_STEPS: dict[str, tuple[frozenset[TaskStatus], TaskStatus | None]] = {
    "accept": (frozenset({TaskStatus.ASSIGNED}), TaskStatus.ACCEPTED),
    "start": (frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.BLOCKED}), TaskStatus.IN_PROGRESS),
    "block": (frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS}), TaskStatus.BLOCKED),
    "done": (frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS}), TaskStatus.DONE),
    "note": (frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED}),
             None),
    "cancel": (frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED}),
               TaskStatus.CANCELLED),
    "reassign": (frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS,
                            TaskStatus.BLOCKED}), TaskStatus.ASSIGNED),
}
TASK_WORDS = {"accept": "签收", "start": "开始执行", "block": "受阻", "done": "完成", "note": "进展",
              "cancel": "取消", "reassign": "改派", "assign": "下达"}
OPEN_TASK = TASK_STEPS["note"][0]


def task_step_refusal(task: Task, step: str) -> Refused | None:
    """Whether a task step applies in the task's status (the desk greys out its button when not)."""
    froms, _ = TASK_STEPS[step]
    if task.status in froms:
        return None
    return Refused(f"A task that is {task.status.value.replace('_', ' ')} cannot be given this step",
                   Code.WRONG_STATUS)


def _task(ctx: _Ctx, task_id: str) -> tuple[Task, Operation]:
    task = ctx.record(Task, task_id)
    op = ctx.record(Operation, task.operation) if task is not None else None
    if task is None or op is None:
        raise _Stop("No such task in your scope.", Code.NOT_FOUND)
    return task, op


def _stepped(ctx: _Ctx, op: Operation, before: Task, after: Task, step: str, detail: str = "") -> Decided:
    text = f"任务{TASK_WORDS[step]}：{after.title}（{_agency_name(ctx, after.agency)}）" + (f"：{detail}" if detail else "")
    return Decided((after, ctx.auto(op, f"task.{step}", text, after.id, after.agency, detail, agency=after.agency)))


def task_assign(ctx: _Ctx, a: TaskAssignArgs) -> Decided:
    op = ctx.operation(a.operation)
    ctx.check(OperationAction.ASSIGN_TASK, op)
    agency = _known_agencies(ctx, [a.agency])[0]
    if (a.lon is None) != (a.lat is None):
        raise _Stop("A task's location needs both longitude and latitude.")
    links = tuple(dict.fromkeys(_linkable(ctx, i).id for i in a.incidents))
    task = Task(id=ctx.new_id(a.id, Task, "task"), operation=op.id, agency=agency, title=a.title,
                status=TaskStatus.ASSIGNED, assigned_at=ctx.now, updated_at=ctx.now, description=a.description,
                due_at=a.due_at, lon=a.lon, lat=a.lat, incidents=links, assigned_by=ctx.actor.id,
                updated_by=ctx.actor.id)
    changed = op if agency in op.agencies else replace(op, agencies=(*op.agencies, agency))
    decided = _stepped(ctx, changed, task, task, "assign")
    return Decided((*((changed,) if changed is not op else ()), *decided.records))


def _task_step(step: str) -> Callable[[_Ctx, Any], Decided]:
    action = {"cancel": OperationAction.CANCEL_TASK, "reassign": OperationAction.REASSIGN_TASK}.get(
        step, OperationAction.UPDATE_TASK)

    def decide_step(ctx: _Ctx, a: Any) -> Decided:
        task, op = _task(ctx, a.id)
        ctx.check(action, op, task=task, entity="task", key=task.id)
        refusal = task_step_refusal(task, step)
        if refusal is not None:
            raise _Stop(refusal.reason, refusal.code, "task", task.id)
        _, to = TASK_STEPS[step]
        detail = getattr(a, "reason", "") or getattr(a, "note", "")
        after = replace(task, status=to or task.status, updated_at=ctx.now, updated_by=ctx.actor.id)
        if step == "block":
            after = replace(after, blocked_reason=a.reason)
        elif to is not TaskStatus.BLOCKED and step != "note":
            after = replace(after, blocked_reason="")
        if detail:
            after = replace(after, note=detail)
        if step == "done":
            after = replace(after, done_at=ctx.now)
        if step == "reassign":
            if a.agency is None and a.due_at is None:
                raise _Stop("Reassigning needs another agency or another due time.")
            agency = _known_agencies(ctx, [a.agency])[0] if a.agency else task.agency
            after = replace(after, agency=agency, due_at=a.due_at or task.due_at,
                            status=TaskStatus.ASSIGNED if agency != task.agency else task.status)
            changed = op if agency in op.agencies else replace(op, agencies=(*op.agencies, agency))
            decided = _stepped(ctx, changed, task, after, step, _agency_name(ctx, agency))
            return Decided((*((changed,) if changed is not op else ()), *decided.records))
        return _stepped(ctx, op, task, after, step, detail)

    return decide_step


def _linkable(ctx: _Ctx, incident_id: str) -> Incident:
    incident = ctx.record(Incident, incident_id)
    if incident is None:
        raise _Stop("No such incident in your scope.", Code.NOT_FOUND)
    return incident


def _task_link(link: bool) -> Callable[[_Ctx, TaskLinkArgs], Decided]:
    def decide_link(ctx: _Ctx, a: TaskLinkArgs) -> Decided:
        task, op = _task(ctx, a.id)
        ctx.check(OperationAction.LINK_TASK, op, task=task, entity="task", key=task.id)
        if link:
            incident = _linkable(ctx, a.incident)
            if incident.id in task.incidents:
                raise _Stop("The incident is already linked to this task.", Code.WRONG_STATUS, "task", task.id)
            if len(task.incidents) >= MAX_LINKS:
                raise _Stop(f"A task links at most {MAX_LINKS} incidents.")
            links = (*task.incidents, incident.id)
        else:
            if a.incident not in task.incidents:
                raise _Stop("The incident is not linked to this task.", Code.WRONG_STATUS, "task", task.id)
            links = tuple(i for i in task.incidents if i != a.incident)
        after = replace(task, incidents=links, updated_at=ctx.now, updated_by=ctx.actor.id)
        word = "关联事件" if link else "取消关联事件"
        entry = ctx.auto(op, "task.link" if link else "task.unlink", f"任务{word}：{task.title}", task.id,
                         a.incident)
        return Decided((after, entry))

    return decide_link


# --- command log


def log_append(ctx: _Ctx, a: LogAppendArgs) -> Decided:
    op = ctx.operation(a.operation)
    ctx.check(OperationAction.APPEND_LOG, op)
    if a.kind is LogKind.SYSTEM:
        raise _Stop("System entries are written by the system only.")
    agencies = sorted(acting_agencies(ctx.actor, op, ctx.now))
    entry = LogEntry(id=ctx.new_id(a.id, LogEntry, "log entry"), operation=op.id, at=ctx.now, author=ctx.actor.id,
                     kind=a.kind.value, text=a.text, agency=agencies[0] if agencies else ctx.actor.agency)
    return Decided((entry,))


def _entry(ctx: _Ctx, entry_id: str) -> tuple[LogEntry, Operation]:
    entry = ctx.record(LogEntry, entry_id)
    op = ctx.record(Operation, entry.operation) if entry is not None else None
    if entry is None or op is None:
        raise _Stop("No such log entry in your scope.", Code.NOT_FOUND)
    return entry, op


def log_strike(ctx: _Ctx, a: LogStrikeArgs) -> Decided:
    entry, op = _entry(ctx, a.id)
    ctx.check(OperationAction.STRIKE_LOG, op, entry=entry, entity="log_entry", key=entry.id)
    return Decided((replace(entry, struck=True, struck_by=ctx.actor.id, struck_at=ctx.now, struck_reason=a.reason),))


def log_flag(ctx: _Ctx, a: LogFlagArgs) -> Decided:
    entry, op = _entry(ctx, a.id)
    ctx.check(OperationAction.FLAG_LOG, op, entity="log_entry", key=entry.id)
    if entry.significant == a.significant:
        raise _Stop("The entry is already marked so.", Code.WRONG_STATUS, "log_entry", entry.id)
    return Decided((replace(entry, significant=a.significant),))


# --- situation reports


def _report(ctx: _Ctx, report_id: str) -> tuple[SituationReport, Operation]:
    report = ctx.record(SituationReport, report_id)
    op = ctx.record(Operation, report.operation) if report is not None else None
    if report is None or op is None:
        raise _Stop("No such report in your scope.", Code.NOT_FOUND)
    return report, op


def report_draft(ctx: _Ctx, a: ReportDraftArgs) -> Decided:
    op = ctx.operation(a.operation)
    ctx.check(OperationAction.DRAFT_REPORT, op)
    report = SituationReport(
        id=ctx.new_id(a.id, SituationReport, "report"), operation=op.id, title=a.title, status=ReportStatus.DRAFT,
        created_by=ctx.actor.id, created_at=ctx.now, conditions=a.conditions, actions=a.actions, needs=a.needs,
        final=a.final, updated_at=ctx.now,
    )
    return Decided((report,))


def report_edit(ctx: _Ctx, a: ReportEditArgs) -> Decided:
    report, op = _report(ctx, a.id)
    ctx.check(OperationAction.DRAFT_REPORT, op, report=report, entity="sitrep", key=report.id)
    changes = {k: v for k, v in a.model_dump(exclude={"id"}).items() if v is not None}
    return Decided((replace(report, **changes, updated_at=ctx.now),))


def report_contribute(ctx: _Ctx, a: ReportContributeArgs) -> Decided:
    report, op = _report(ctx, a.id)
    ctx.check(OperationAction.CONTRIBUTE_REPORT, op, report=report, agency=a.agency, entity="sitrep", key=report.id)
    _known_agencies(ctx, [a.agency])
    section = ReportSection(a.agency, a.conditions, a.actions, a.needs, ctx.actor.id, ctx.now)
    sections = tuple(s for s in report.sections if s.agency != a.agency) + (section,)
    return Decided((replace(report, sections=sections, updated_at=ctx.now),))


def report_publish(ctx: _Ctx, a: ReportPublishArgs) -> Decided:
    report, op = _report(ctx, a.id)
    ctx.check(OperationAction.PUBLISH_REPORT, op, report=report, entity="sitrep", key=report.id)
    number = op.reports_published + 1
    published = replace(report, status=ReportStatus.PUBLISHED, number=number, published_by=ctx.actor.id,
                        published_at=ctx.now, updated_at=ctx.now)
    changed = replace(op, reports_published=number)
    kind = "终期报告" if report.final else "态势报告"
    entry = ctx.auto(changed, "report.publish", f"发布第{number}期{kind}：{report.title}", report.id, str(number))
    return Decided((published, changed, entry))


# --- the table ---------------------------------------------------------------------------------------

DECISIONS: dict[str, tuple[type[_Args], Callable[[_Ctx, Any], Decided]]] = {
    "operation.create": (OperationStartArgs, operation_create),
    "operation.start": (OperationStartArgs, operation_start),
    "operation.set_level": (OperationLevelArgs, operation_set_level),
    "operation.transfer": (OperationTransferArgs, operation_transfer),
    "operation.stand_down": (OperationStandDownArgs, operation_stand_down),
    "operation.close": (OperationCloseArgs, operation_close),
    "seat.open": (SeatOpenArgs, seat_open),
    "seat.close": (SeatRefArgs, seat_close),
    "seat.extend": (SeatExtendArgs, seat_extend),
    "seat.check_in": (SeatRefArgs, _check_in(True)),
    "seat.check_out": (SeatRefArgs, _check_in(False)),
    "task.assign": (TaskAssignArgs, task_assign),
    "task.accept": (TaskRefArgs, _task_step("accept")),
    "task.start": (TaskRefArgs, _task_step("start")),
    "task.done": (TaskRefArgs, _task_step("done")),
    "task.complete": (TaskRefArgs, _task_step("done")),
    "task.note": (TaskRefArgs, _task_step("note")),
    "task.block": (TaskReasonArgs, _task_step("block")),
    "task.cancel": (TaskReasonArgs, _task_step("cancel")),
    "task.reassign": (TaskReassignArgs, _task_step("reassign")),
    "task.link": (TaskLinkArgs, _task_link(True)),
    "task.unlink": (TaskLinkArgs, _task_link(False)),
    "log.append": (LogAppendArgs, log_append),
    "log.strike": (LogStrikeArgs, log_strike),
    "log.flag": (LogFlagArgs, log_flag),
    "report.draft": (ReportDraftArgs, report_draft),
    "report.edit": (ReportEditArgs, report_edit),
    "report.contribute": (ReportContributeArgs, report_contribute),
    "report.publish": (ReportPublishArgs, report_publish),
}
ARGS: dict[str, type[_Args]] = {name: schema for name, (schema, _) in DECISIONS.items()}


def _bad_args(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "arguments"
        parts.append(f"'{where}' {error['msg'].removeprefix('Value error, ')}")
    return "Invalid arguments: " + "; ".join(parts)


def decide(name: str, mutation_id: str, args: dict[str, Any], *, actor: Officer, now: datetime, get: Get,
           regions: Regions = None) -> Decided | Refusal:
    """The records `name(args)` writes when `actor` issues it at `now`, or why not."""
    entry = DECISIONS.get(name)
    if entry is None:
        return Refusal(Refused(f"Unknown mutation '{name}'.", Code.BAD_ARGS))
    schema, handler = entry
    try:
        parsed = schema.model_validate(args)
    except ValidationError as exc:
        return Refusal(Refused(_bad_args(exc), Code.BAD_ARGS))
    except (TypeError, ValueError) as exc:
        return Refusal(Refused(f"Invalid arguments: {exc}", Code.BAD_ARGS))
    try:
        return handler(_Ctx(mutation_id, actor, now, get, regions), parsed)
    except _Stop as stop:
        return stop.refusal


def in_area(operation: Operation, lon: float, lat: float) -> bool:
    """Whether a point lies inside the operation's area (an operation without an area covers nothing)."""
    from shapely.geometry import Point

    shape = to_shape(operation.area) if operation.area else None
    return shape is not None and shape.covers(Point(lon, lat))


def incident_entry(operation: Operation, incident: Incident, now: datetime) -> LogEntry:
    """The automatic log entry for an incident reported inside a running operation's area."""
    return LogEntry(
        id=f"{operation.id}.incident.{incident.id}"[:ID_MAX * 2], operation=operation.id, at=now, author=SYSTEM,
        kind=LogKind.SYSTEM, text=f"区域内新报事件：{incident.title}", automatic=True, event="incident.report",
        subject=incident.id, details=(incident.title, incident.category),
    )


def alert_entry(operation: Operation, alert_id: str, title: str, level: str, now: datetime) -> LogEntry:
    """The automatic log entry for an alert raised inside a running operation's area."""
    return LogEntry(
        id=f"{operation.id}.alert.{alert_id}"[:ID_MAX * 2], operation=operation.id, at=now, author=SYSTEM,
        kind=LogKind.SYSTEM, text=f"区域内告警：{title}", automatic=True, event="alert.raise", subject=alert_id,
        details=(title, level),
    )


def running(operation: Operation) -> bool:
    return operation.status in (OperationStatus.ACTIVE, OperationStatus.STAND_DOWN)


def task_overdue(task: Task, now: datetime) -> bool:
    return task.status in OPEN_TASK and task.due_at is not None and now > task.due_at
