"""Joint-command decisions (`domain.command.decide`), pure: the records each mutation writes, or why not."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from dispatch_desk.domain import command
from dispatch_desk.domain.command import TASK_STEPS, Decided, Refusal, decide, task_step_refusal
from dispatch_desk.domain.permissions_operations import is_member, operation_in_scope
from dispatch_desk.domain.records import (
    Agency,
    Incident,
    LogEntry,
    LogKind,
    Officer,
    Operation,
    OperationStatus,
    Plan,
    PlanTask,
    ReportStatus,
    Role,
    SituationReport,
    Stationing,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.workflow_actions import Code
from tests.domain.world import NOW, REGIONS, incident

AREA = [[[121.4, 31.1], [121.6, 31.1], [121.6, 31.3], [121.4, 31.3], [121.4, 31.1]]]
CITY_OPS = Officer("city_ops", "city_ops", "市值班员", Role.OPS_OFFICER, region="C")
DEPUTY = Officer("d1_ops", "d1_ops", "东区值班员", Role.OPS_OFFICER, region="D1")
LIAISON = Officer("liu", "liu", "刘联络员", Role.LIAISON, agency="WATER")
GAS_LIAISON = Officer("zhou", "zhou", "周联络员", Role.LIAISON, agency="GAS")
LEADER = Officer("leader", "leader", "领导", Role.LEADER, region="C")
ADMIN = Officer("admin", "admin", "管理员", Role.ADMIN)
MINUTE, HOUR = timedelta(minutes=1), timedelta(hours=1)


class World:
    """Records by class and key, as the cache or the central storage would hold them."""

    def __init__(self) -> None:
        self.records: dict[tuple[type, str], Any] = {}
        self.add(CITY_OPS, DEPUTY, LIAISON, GAS_LIAISON, LEADER, ADMIN,
                 Agency("WATER", "水务局", Stationing.REGULAR, "水务"), Agency("GAS", "燃气集团", Stationing.REGULAR),
                 Plan("plan-flood", "防汛预案", "emergency", (PlanTask("WATER", "排查积水点", offset_minutes=30),
                                                            PlanTask("GAS", "巡查燃气管线", offset_minutes=60))),
                 incident(id="INC-1"), incident(id="INC-2"))
        self.count = 0

    def add(self, *records: Any) -> None:
        for record in records:
            key = getattr(record, "id", None) or record.code
            self.records[(type(record), key)] = record

    def get(self, cls: type, key: str) -> Any:
        return self.records.get((cls, key))

    def decide(self, name: str, args: dict[str, Any], actor: Officer = CITY_OPS, now=NOW) -> Decided | Refusal:
        self.count += 1
        return decide(name, f"m-{self.count}", args, actor=actor, now=now, get=self.get, regions=REGIONS)

    def do(self, name: str, args: dict[str, Any], actor: Officer = CITY_OPS, now=NOW) -> Decided:
        decided = self.decide(name, args, actor, now)
        assert isinstance(decided, Decided), (name, decided)
        self.add(*decided.records)
        return decided

    def refused(self, name: str, args: dict[str, Any], actor: Officer = CITY_OPS, now=NOW) -> Refusal:
        decided = self.decide(name, args, actor, now)
        assert isinstance(decided, Refusal), (name, decided)
        return decided

    def op(self, key: str = "OP1") -> Operation:
        return self.get(Operation, key)

    def entries(self, event: str | None = None) -> list[LogEntry]:
        found = [r for (cls, _), r in self.records.items() if cls is LogEntry]
        return [e for e in found if event is None or e.event == event]


def _entries_of(decided: Decided) -> list[LogEntry]:
    return [r for r in decided.records if isinstance(r, LogEntry)]


@pytest.fixture
def world() -> World:
    return World()


def running(world: World, **extra: Any) -> World:
    world.do("operation.start", {"id": "OP1", "name": "防汛", "kind": "emergency", "area": AREA,
                                 "agencies": ["WATER"], "deputy": "d1_ops", **extra})
    return world


def seated(world: World, officer: Officer = LIAISON, agency: str = "WATER", ends=NOW + HOUR, **extra) -> Decided:
    return world.do("seat.open", {"operation": "OP1", "officer": officer.id, "agency": agency, "ends_at": ends.isoformat(),
                           "id": f"seat-{officer.id}", **extra})


def task(world: World, agency: str = "WATER", key: str = "T1", **extra: Any) -> Task:
    world.do("task.assign", {"operation": "OP1", "agency": agency, "title": "排涝", "id": key, **extra})
    return world.get(Task, key)


# --- life cycle -------------------------------------------------------------------------------------


def test_an_operation_goes_planned_active_stand_down_closed(world):
    created = world.do("operation.create", {"id": "OP1", "name": "防汛", "kind": "emergency", "plan": "plan-flood",
                                            "area": AREA, "agencies": ["WATER"], "deputy": "d1_ops"})
    op = world.op()
    assert op.status is OperationStatus.PLANNED and op.commander == "city_ops" and op.started_at is None
    assert [e.event for e in _entries_of(created)] == ["operation.create"]
    assert not [r for r in created.records if isinstance(r, Task)]  # plan tasks come with the start

    start = NOW + HOUR
    started = world.do("operation.start", {"id": "OP1", "started_at": start.isoformat()}, now=start)
    op = world.op()
    assert op.status is OperationStatus.ACTIVE and op.started_at == start
    tasks = sorted((r for r in started.records if isinstance(r, Task)), key=lambda t: t.id)
    assert [(t.id, t.agency, t.due_at, t.from_plan) for t in tasks] == [
        ("OP1-task-1", "WATER", start + 30 * MINUTE, True), ("OP1-task-2", "GAS", start + HOUR, True)]
    assert op.agencies == ("WATER", "GAS")
    assert [e.event for e in _entries_of(started)] == ["operation.start", "plan.tasks"]

    assert world.refused("operation.start", {"id": "OP1"}).code is Code.WRONG_STATUS
    world.do("operation.stand_down", {"id": "OP1", "reason": "雨停"}, now=start + 2 * HOUR)
    assert world.op().status is OperationStatus.STAND_DOWN and world.op().stood_down_at == start + 2 * HOUR
    refusal = world.refused("operation.stand_down", {"id": "OP1"})
    assert refusal.code is Code.WRONG_STATUS and refusal.is_conflict and refusal.entity == "operation"
    closed = world.do("operation.close", {"id": "OP1"}, now=start + 3 * HOUR)
    assert world.op().status is OperationStatus.CLOSED and world.op().ended_at == start + 3 * HOUR
    assert [e.event for e in _entries_of(closed)] == ["operation.close"]
    assert world.refused("operation.close", {"id": "OP1"}).is_conflict
    assert world.refused("log.append", {"operation": "OP1", "text": "x"}).code is Code.WRONG_STATUS


def test_opening_an_operation_needs_a_city_ops_officer_a_name_and_known_things(world):
    assert world.refused("operation.start", {"id": "OP1", "name": "x"}, DEPUTY).code is Code.FORBIDDEN
    assert world.refused("operation.start", {"id": "OP1", "name": "x"}, LEADER).code is Code.READ_ONLY
    for args in ({"id": "OP1"}, {"id": "OP1", "name": "x", "agencies": ["NOPE"]},
                 {"id": "OP1", "name": "x", "plan": "plan-none"}, {"id": "OP1", "name": "x", "kind": "party"},
                 {"id": "OP1", "name": "x", "commander": "leader"}, {"id": "OP1", "name": "x", "deputy": "ghost"},
                 {"id": "OP1", "name": "x", "area": [[[121.4, 31.1], [121.5, 31.1]]]},
                 {"id": "OP1", "name": "x", "area": [[[121.4, 31.1], [121.5, 31.1], [121.4, 31.1], [121.4, 31.1]]]},
                 {"id": "OP1", "name": "x", "area": [[[500, 31.1], [121.5, 31.1], [121.5, 31.2], [500, 31.1]]]},
                 {"id": "OP1", "name": "x", "level": 5}, {"id": "", "name": "x"}, {"id": "OP1", "name": "x", "y": 1}):
        refusal = world.refused("operation.start", args)
        assert refusal.code is Code.BAD_ARGS and not refusal.is_conflict, args
    assert world.get(Operation, "OP1") is None
    running(world)
    again = world.refused("operation.create", {"id": "OP1", "name": "x"})
    assert again.code is Code.EXISTS and again.is_conflict


def test_the_response_level_is_raised_and_lowered_in_the_log(world):
    running(world)
    raised = world.do("operation.set_level", {"id": "OP1", "level": 3, "reason": "暴雨预警"})
    (entry,) = _entries_of(raised)
    assert world.op().level == 3 and entry.event == "operation.level" and entry.details == ("0", "3", "暴雨预警")
    assert "提升" in entry.text and "三级" in entry.text and entry.automatic and entry.kind == LogKind.SYSTEM
    higher = _entries_of(world.do("operation.set_level", {"id": "OP1", "level": 1}))[0]
    assert "提升" in higher.text and "一级" in higher.text
    lower = _entries_of(world.do("operation.set_level", {"id": "OP1", "level": 2}))[0]
    assert "调整" in lower.text and lower.details[:2] == ("1", "2")
    assert world.refused("operation.set_level", {"id": "OP1", "level": 2}).code is Code.WRONG_STATUS
    assert world.refused("operation.set_level", {"id": "OP1", "level": 0}).code is Code.BAD_ARGS
    assert world.refused("operation.set_level", {"id": "OP1", "level": 3}, LIAISON).code is Code.FORBIDDEN


def test_a_transfer_of_command_is_logged(world):
    running(world)
    decided = world.do("operation.transfer", {"id": "OP1", "commander": "d1_ops", "deputy": "city_ops",
                                              "reason": "交接班"})
    op = world.op()
    assert (op.commander, op.deputy) == ("d1_ops", "city_ops")
    (entry,) = _entries_of(decided)
    assert entry.event == "operation.transfer" and entry.details == ("city_ops", "d1_ops", "city_ops")
    assert "市值班员" in entry.text and "东区值班员" in entry.text
    assert world.refused("operation.transfer", {"id": "OP1", "commander": "d1_ops", "deputy": "city_ops"}).is_conflict
    assert world.refused("operation.transfer", {"id": "OP1", "commander": "d1_ops", "deputy": "d1_ops"}).code \
        is Code.BAD_ARGS


# --- seats --------------------------------------------------------------------------------------------


def test_a_seat_opens_extends_checks_in_and_out_and_closes(world):
    running(world)
    opened = seated(world)
    op = world.op()
    (seat,) = op.seats
    assert (seat.officer, seat.agency, seat.starts_at, seat.ends_at) == ("liu", "WATER", NOW, NOW + HOUR)
    assert op.liaisons == ("liu",)
    ((before, after, changed),) = opened.scope
    assert before.operations == () and after.operations == ("OP1",) and changed == op
    assert world.get(Officer, "liu").operations == ("OP1",)
    assert [e.event for e in _entries_of(opened)] == ["seat.open"]

    assert world.refused("seat.open", {"operation": "OP1", "officer": "liu", "agency": "WATER",
                                       "ends_at": (NOW + 2 * HOUR).isoformat()}).code is Code.EXISTS
    for ends in (NOW - MINUTE, NOW + timedelta(days=31)):
        assert world.refused("seat.open", {"operation": "OP1", "officer": "zhou", "agency": "GAS",
                                           "ends_at": ends.isoformat()}).code is Code.BAD_ARGS
    assert world.refused("seat.open", {"operation": "OP1", "officer": "admin", "agency": "GAS",
                                       "ends_at": (NOW + HOUR).isoformat()}).code is Code.BAD_ARGS

    later = NOW + 10 * MINUTE
    world.do("seat.check_in", {"operation": "OP1", "seat": "seat-liu"}, LIAISON, later)
    assert world.op().seats[0].is_present(later)
    assert world.refused("seat.check_in", {"operation": "OP1", "seat": "seat-liu"}, LIAISON, later).code \
        is Code.WRONG_STATUS
    assert world.refused("seat.check_in", {"operation": "OP1", "seat": "seat-liu"}, GAS_LIAISON, later).code \
        is Code.FORBIDDEN
    world.do("seat.check_out", {"operation": "OP1", "seat": "seat-liu"}, LIAISON, later + MINUTE)
    assert not world.op().seats[0].is_present(later + MINUTE)

    extended = world.do("seat.extend", {"operation": "OP1", "seat": "seat-liu",
                                        "ends_at": (NOW + 3 * HOUR).isoformat()})
    assert world.op().seats[0].ends_at == NOW + 3 * HOUR and not extended.scope
    assert world.refused("seat.extend", {"operation": "OP1", "seat": "seat-liu", "ends_at": "2026-11-28T09:00:00"}
                         ).code is Code.BAD_ARGS  # no time zone
    assert world.refused("seat.extend", {"operation": "OP1", "seat": "seat-liu", "ends_at": (NOW + 4 * HOUR).isoformat()},
                         LIAISON).code \
        is Code.FORBIDDEN

    closed = world.do("seat.close", {"operation": "OP1", "seat": "seat-liu"}, now=later + HOUR)
    seat = world.op().seats[0]
    assert seat.closed_at == later + HOUR and seat.closed_by == "city_ops" and world.op().liaisons == ()
    ((_, after, _),) = closed.scope
    assert after.operations == ()
    assert world.refused("seat.close", {"operation": "OP1", "seat": "seat-liu"}).code is Code.WRONG_STATUS
    assert world.refused("seat.close", {"operation": "OP1", "seat": "seat-none"}).code is Code.NOT_FOUND
    events = [e.event for e in sorted(world.entries(), key=lambda e: e.at)]
    for event in ("seat.open", "seat.check_in", "seat.check_out", "seat.extend", "seat.close"):
        assert event in events


def test_membership_lasts_exactly_while_the_seat_is_open(world):
    running(world)
    seated(world, starts_at=(NOW + HOUR).isoformat(), ends=NOW + 2 * HOUR)
    op, liaison = world.op(), world.get(Officer, "liu")
    for at, member in ((NOW, False), (NOW + HOUR - timedelta(microseconds=1), False), (NOW + HOUR, True),
                       (NOW + 2 * HOUR - timedelta(microseconds=1), True), (NOW + 2 * HOUR, False)):
        assert is_member(liaison, op, at) is member, at
        assert operation_in_scope(liaison, op, at) is member, at
    t = task(world)
    assert world.refused("task.accept", {"id": t.id}, liaison, NOW + 30 * MINUTE).code is Code.OUT_OF_SCOPE
    world.do("task.accept", {"id": t.id}, liaison, NOW + 90 * MINUTE)
    assert world.refused("task.start", {"id": t.id}, liaison, NOW + 2 * HOUR).code is Code.OUT_OF_SCOPE


def test_seats_that_ran_out_are_recorded_by_the_system(world):
    running(world)
    seated(world)
    seated(world, GAS_LIAISON, "GAS", ends=NOW + 2 * HOUR)
    assert command.expire_seats(world.op(), NOW + 30 * MINUTE, world.get) is None
    at = NOW + HOUR
    decided = command.expire_seats(world.op(), at, world.get)
    world.add(*decided.records)
    water, gas = world.op().seats
    assert water.closed_at == NOW + HOUR and water.closed_by == command.SYSTEM and gas.closed_at is None
    assert world.op().liaisons == ("zhou",)
    ((before, after, _),) = decided.scope
    assert before.id == "liu" and after.operations == ()
    (entry,) = _entries_of(decided)
    assert entry.event == "seat.expire" and entry.author == command.SYSTEM and entry.subject == "seat-liu"
    assert command.expire_seats(world.op(), at, world.get) is None  # recorded once


# --- tasks -------------------------------------------------------------------------------------------

STEP_ARGS = {"accept": {}, "start": {}, "done": {}, "note": {"note": "进展"}, "block": {"reason": "积水过深"},
             "cancel": {"reason": "重复"}, "reassign": {"agency": "GAS", "reason": "燃气接手"}}


@pytest.mark.parametrize("status", list(TaskStatus))
@pytest.mark.parametrize("step", list(TASK_STEPS))
def test_the_task_steps_table(world, step, status):
    running(world)
    seated(world)
    stored = replace(task(world), status=status)
    world.add(stored)
    actor = CITY_OPS if step in ("cancel", "reassign") else LIAISON
    froms, to = TASK_STEPS[step]
    result = world.decide(f"task.{step}", {"id": "T1", **STEP_ARGS[step]}, actor)
    if status in froms:
        assert isinstance(result, Decided), result
        after = next(r for r in result.records if isinstance(r, Task))
        assert after.status is (to or status) and after.updated_at == NOW and after.updated_by == actor.id
        (entry,) = _entries_of(result)
        assert entry.event == f"task.{step}" and entry.subject == "T1" and entry.automatic
        assert task_step_refusal(stored, step) is None
    else:
        assert isinstance(result, Refusal) and result.code is Code.WRONG_STATUS and result.is_conflict
        assert (result.entity, result.key) == ("task", "T1")
        assert task_step_refusal(stored, step).code is Code.WRONG_STATUS


def test_a_blocked_task_says_why_and_goes_on_when_started_again(world):
    running(world)
    seated(world)
    task(world)
    world.do("task.block", {"id": "T1", "reason": "道路积水无法通行"}, LIAISON)
    blocked = world.get(Task, "T1")
    assert blocked.status is TaskStatus.BLOCKED and blocked.blocked_reason == "道路积水无法通行"
    assert world.refused("task.block", {"id": "T1"}, LIAISON).code is Code.BAD_ARGS
    world.do("task.start", {"id": "T1"}, LIAISON)
    assert world.get(Task, "T1").status is TaskStatus.IN_PROGRESS and world.get(Task, "T1").blocked_reason == ""
    world.do("task.done", {"id": "T1"}, LIAISON, NOW + 30 * MINUTE)
    assert world.get(Task, "T1").done_at == NOW + 30 * MINUTE
    assert world.decide("task.complete", {"id": "T1"}, LIAISON).code is Code.WRONG_STATUS


def test_reassigning_moves_a_task_to_another_agency_or_due_time(world):
    running(world)
    seated(world)
    task(world, due_at=(NOW + HOUR).isoformat())
    world.do("task.accept", {"id": "T1"}, LIAISON)
    assert world.refused("task.reassign", {"id": "T1"}).code is Code.BAD_ARGS
    assert world.refused("task.reassign", {"id": "T1", "agency": "GAS"}, LIAISON).code is Code.FORBIDDEN
    later = world.do("task.reassign", {"id": "T1", "due_at": (NOW + 2 * HOUR).isoformat()})
    moved = world.get(Task, "T1")
    assert moved.due_at == NOW + 2 * HOUR and moved.status is TaskStatus.ACCEPTED and moved.agency == "WATER"
    assert _entries_of(later)[0].event == "task.reassign"
    world.do("task.reassign", {"id": "T1", "agency": "GAS"})
    moved = world.get(Task, "T1")
    assert (moved.agency, moved.status) == ("GAS", TaskStatus.ASSIGNED) and "GAS" in world.op().agencies
    assert world.refused("task.start", {"id": "T1"}, LIAISON).code is Code.OUT_OF_SCOPE  # no longer WATER's
    assert world.refused("task.reassign", {"id": "T1", "agency": "NOPE"}).code is Code.BAD_ARGS


def test_an_assigned_task_is_checked_and_adds_its_agency(world):
    running(world)
    made = task(world, "GAS", lon=121.5, lat=31.2, incidents=["INC-1"], due_at=(NOW + HOUR).isoformat())
    assert (made.status, made.assigned_by, made.incidents, made.lon) == (TaskStatus.ASSIGNED, "city_ops",
                                                                          ("INC-1",), 121.5)
    assert world.op().agencies == ("WATER", "GAS")
    for args in ({"agency": "NOPE"}, {"lon": 121.5}, {"lat": 95, "lon": 121.5}, {"incidents": ["INC-none"]},
                 {"due_at": "soon"}, {"title": ""}, {"title": "   "}):
        refusal = world.refused("task.assign", {"operation": "OP1", "agency": "WATER", "title": "排涝",
                                                "id": "T9", **args})
        assert refusal.code in (Code.BAD_ARGS, Code.NOT_FOUND) and not refusal.is_conflict, args
    assert world.refused("task.assign", {"operation": "OP1", "agency": "WATER", "title": "x", "id": made.id}).code \
        is Code.EXISTS
    assert world.refused("task.assign", {"operation": "OP-none", "agency": "WATER", "title": "x"}).code \
        is Code.NOT_FOUND


def test_tasks_link_and_unlink_incidents(world):
    running(world)
    seated(world)
    task(world)
    linked = world.do("task.link", {"id": "T1", "incident": "INC-1"}, LIAISON)
    assert world.get(Task, "T1").incidents == ("INC-1",) and _entries_of(linked)[0].event == "task.link"
    world.do("task.link", {"id": "T1", "incident": "INC-2"}, LIAISON)
    assert world.get(Task, "T1").incidents == ("INC-1", "INC-2")
    assert world.refused("task.link", {"id": "T1", "incident": "INC-1"}, LIAISON).is_conflict
    assert world.refused("task.link", {"id": "T1", "incident": "INC-9"}, LIAISON).code is Code.NOT_FOUND
    world.do("task.unlink", {"id": "T1", "incident": "INC-1"}, LIAISON)
    assert world.get(Task, "T1").incidents == ("INC-2",)
    assert world.refused("task.unlink", {"id": "T1", "incident": "INC-1"}, LIAISON).is_conflict
    full = replace(world.get(Task, "T1"), incidents=tuple(f"X-{i}" for i in range(command.MAX_LINKS)))
    world.add(full)
    assert world.refused("task.link", {"id": "T1", "incident": "INC-1"}, LIAISON).code is Code.BAD_ARGS


# --- the command log ------------------------------------------------------------------------------


def test_log_entries_are_appended_struck_with_a_reason_and_flagged(world):
    running(world)
    seated(world)
    world.do("log.append", {"operation": "OP1", "kind": "report", "text": "泵站已开启", "id": "L1"}, LIAISON)
    entry = world.get(LogEntry, "L1")
    assert (entry.author, entry.agency, entry.kind, entry.automatic) == ("liu", "WATER", "report", False)
    assert world.refused("log.append", {"operation": "OP1", "kind": "system", "text": "x"}, LIAISON).code \
        is Code.BAD_ARGS
    assert world.refused("log.append", {"operation": "OP1", "kind": "gossip", "text": "x"}, LIAISON).code \
        is Code.BAD_ARGS
    assert world.refused("log.append", {"operation": "OP1", "text": " "}, LIAISON).code is Code.BAD_ARGS
    assert world.refused("log.append", {"operation": "OP1", "text": "x", "id": "L1"}, LIAISON).code is Code.EXISTS
    assert world.refused("log.strike", {"id": "L1"}, LIAISON).code is Code.BAD_ARGS
    assert world.refused("log.strike", {"id": "L1", "reason": "错"}, GAS_LIAISON).code is Code.FORBIDDEN
    world.do("log.strike", {"id": "L1", "reason": "录入错误"}, LIAISON, NOW + MINUTE)
    struck = world.get(LogEntry, "L1")
    assert struck.struck and struck.struck_reason == "录入错误" and struck.struck_at == NOW + MINUTE
    assert struck.text == "泵站已开启"  # struck, never rewritten
    assert world.refused("log.strike", {"id": "L1", "reason": "again"}, CITY_OPS).is_conflict
    assert world.refused("log.flag", {"id": "L1"}, LIAISON).code is Code.FORBIDDEN
    world.do("log.flag", {"id": "L1"})
    assert world.get(LogEntry, "L1").significant
    assert world.refused("log.flag", {"id": "L1"}).is_conflict
    world.do("log.flag", {"id": "L1", "significant": False})
    assert not world.get(LogEntry, "L1").significant


# --- situation reports ------------------------------------------------------------------------------


def test_a_report_is_drafted_contributed_published_numbered_and_immutable(world):
    running(world)
    seated(world)
    seated(world, GAS_LIAISON, "GAS")
    world.do("report.draft", {"operation": "OP1", "title": "第一期态势", "conditions": "降雨持续", "id": "R1"})
    assert world.refused("report.draft", {"operation": "OP1", "title": "x"}, LIAISON).code is Code.FORBIDDEN
    world.do("report.edit", {"id": "R1", "needs": "增派泵车"})
    world.do("report.contribute", {"id": "R1", "agency": "WATER", "actions": "开启泵站3座"}, LIAISON)
    world.do("report.contribute", {"id": "R1", "agency": "GAS", "conditions": "管线正常"}, GAS_LIAISON)
    world.do("report.contribute", {"id": "R1", "agency": "WATER", "actions": "开启泵站4座"}, LIAISON)
    assert world.refused("report.contribute", {"id": "R1", "agency": "GAS"}, LIAISON).code is Code.OUT_OF_SCOPE
    draft = world.get(SituationReport, "R1")
    assert [(s.agency, s.author) for s in draft.sections] == [("GAS", "zhou"), ("WATER", "liu")]
    assert draft.sections[1].actions == "开启泵站4座" and draft.needs == "增派泵车" and draft.conditions == "降雨持续"
    assert world.refused("report.publish", {"id": "R1"}, LIAISON).code is Code.FORBIDDEN

    published = world.do("report.publish", {"id": "R1"}, DEPUTY, NOW + HOUR)
    report = world.get(SituationReport, "R1")
    assert (report.status, report.number, report.published_by, report.published_at) == (
        ReportStatus.PUBLISHED, 1, "d1_ops", NOW + HOUR)
    assert world.op().reports_published == 1
    assert _entries_of(published)[0].event == "report.publish"
    for name, args, actor in (("report.edit", {"id": "R1", "title": "改"}, CITY_OPS),
                              ("report.contribute", {"id": "R1", "agency": "WATER"}, LIAISON),
                              ("report.publish", {"id": "R1"}, CITY_OPS)):
        refusal = world.refused(name, args, actor)
        assert refusal.code is Code.WRONG_STATUS and refusal.is_conflict and refusal.entity == "sitrep"
    world.do("report.draft", {"operation": "OP1", "title": "终期报告", "final": True, "id": "R2"})
    world.do("report.publish", {"id": "R2"})
    assert world.get(SituationReport, "R2").number == 2 and world.get(SituationReport, "R2").final
    assert world.refused("operation.close", {"id": "OP1", "final_report": "R-none"}).code is Code.BAD_ARGS
    world.do("operation.close", {"id": "OP1", "final_report": "R2"})
    assert world.op().final_report == "R2"


def test_a_draft_is_not_a_final_report(world):
    running(world)
    world.do("report.draft", {"operation": "OP1", "title": "草稿", "id": "R1"})
    assert world.refused("operation.close", {"id": "OP1", "final_report": "R1"}).code is Code.BAD_ARGS


def test_closing_ends_every_seat_and_the_liaisons_scope(world):
    running(world)
    seated(world)
    closed = world.do("operation.close", {"id": "OP1"}, now=NOW + MINUTE)
    assert all(s.closed_at == NOW + MINUTE for s in world.op().seats) and world.op().liaisons == ()
    ((_, after, _),) = closed.scope
    assert after.operations == () and not operation_in_scope(after, world.op(), NOW + MINUTE)


# --- arguments the desk and the server refuse alike ---------------------------------------------


@pytest.mark.parametrize(("name", "field"), [("task.assign", "title"), ("report.draft", "title")])
def test_a_title_over_200_characters_is_refused_identically(world, name, field):
    running(world)
    base = {"operation": "OP1", "agency": "WATER"} if name == "task.assign" else {"operation": "OP1"}
    assert isinstance(world.decide(name, {**base, field: "长" * 200}), Decided)
    first = world.refused(name, {**base, field: "长" * 201})
    second = World()
    running(second)
    again = second.refused(name, {**base, field: "长" * 201})
    assert first.code is Code.BAD_ARGS and first.reason == again.reason and "200" in first.reason
    assert first.reason.startswith("Invalid arguments: 'title'")


@pytest.mark.parametrize("text", ["\ud800", "a\udfffb", "bell\x07"])
def test_text_that_is_not_valid_text_is_refused(world, text):
    running(world)
    for name, args in (("task.assign", {"operation": "OP1", "agency": "WATER", "title": text}),
                       ("log.append", {"operation": "OP1", "text": text}),
                       ("report.draft", {"operation": "OP1", "title": "x", "conditions": text})):
        refusal = world.refused(name, args)
        assert refusal.code is Code.BAD_ARGS and not refusal.is_conflict, name


def test_unknown_mutations_and_malformed_arguments_are_refused(world):
    assert world.refused("operation.add_liaison", {"operation": "OP1", "officer": "liu"}).code is Code.BAD_ARGS
    assert world.refused("task.accept", [1, 2]).code is Code.BAD_ARGS  # type: ignore[arg-type]
    assert world.refused("task.accept", {"id": ["T1"]}).code is Code.BAD_ARGS


def test_a_refusal_depends_only_on_what_is_read(world):
    """The same mutation on the same records answers the same on the desk and on the server."""
    running(world)
    seated(world)
    task(world)
    for _ in range(2):
        assert world.decide("task.accept", {"id": "T1"}, GAS_LIAISON).reason == \
            world.decide("task.accept", {"id": "T1"}, GAS_LIAISON).reason


# --- automatic entries ------------------------------------------------------------------------------


def test_every_state_change_writes_an_automatic_entry(world):
    running(world)
    seated(world)
    t = task(world)
    for step in ("accept", "start", "done"):
        world.do(f"task.{step}", {"id": t.id}, LIAISON)
    manual = world.do("log.append", {"operation": "OP1", "text": "人工记录"}, LIAISON)
    assert not _entries_of(manual)[0].automatic
    automatic = [e for e in world.entries() if e.automatic]
    assert {e.event for e in automatic} >= {"operation.start", "seat.open", "task.assign", "task.accept",
                                            "task.start", "task.done"}
    assert all(e.kind == LogKind.SYSTEM and e.operation == "OP1" and e.text for e in automatic)
    assert len({e.id for e in world.entries()}) == len(world.entries())
    done = next(e for e in automatic if e.event == "task.done")
    assert done.agency == "WATER" and done.details[0] == "WATER" and "水务" in done.text


def test_incidents_and_alerts_inside_a_running_operations_area(world):
    running(world)
    op = world.op()
    assert command.running(op) and command.running(replace(op, status=OperationStatus.STAND_DOWN))
    assert not command.running(replace(op, status=OperationStatus.PLANNED))
    assert not command.running(replace(op, status=OperationStatus.CLOSED))
    assert command.in_area(op, 121.5, 31.2) and command.in_area(op, 121.4, 31.2)  # the edge counts
    assert not command.in_area(op, 121.7, 31.2) and not command.in_area(replace(op, area=()), 121.5, 31.2)
    found: Incident = incident(id="INC-7", title="道路积水")
    entry = command.incident_entry(op, found, NOW)
    assert (entry.event, entry.subject, entry.author, entry.automatic) == ("incident.report", "INC-7",
                                                                           command.SYSTEM, True)
    assert entry.details == ("道路积水", found.category) and entry.id == command.incident_entry(op, found, NOW).id
    alert = command.alert_entry(op, "AL-1", "积水深度超过告警阈值", "alarm", NOW)
    assert (alert.event, alert.subject, alert.details, alert.kind) == ("alert.raise", "AL-1",
                                                                       ("积水深度超过告警阈值", "alarm"), LogKind.SYSTEM)
    assert alert.id != entry.id


def test_a_task_is_overdue_only_while_open_and_past_its_due_time(world):
    running(world)
    seated(world)
    t = task(world, due_at=(NOW + HOUR).isoformat())
    assert not command.task_overdue(t, NOW + HOUR) and command.task_overdue(t, NOW + HOUR + MINUTE)
    assert not command.task_overdue(replace(t, status=TaskStatus.DONE), NOW + 2 * HOUR)
