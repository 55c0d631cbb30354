"""Joint commands over the API: opening with a plan's tasks, closing, assigning and updating tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.records import Plan, PlanTask
from tests.support.central import CentralServer, visible

AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.22], [121.40, 31.22], [121.40, 31.20]]]


def _plan(server: CentralServer) -> None:
    server.add(Plan("plan-typhoon", "防台风预案", "emergency", (
        PlanTask("SW", "排查积水点", offset_minutes=30),
        PlanTask("JT", "封闭下穿通道", offset_minutes=60),
    )))


def test_a_city_ops_officer_opens_an_operation_with_its_plans_tasks(any_city: CentralServer) -> None:
    _plan(any_city)
    ops = any_city.client("ops")
    result = ops.mutate("operation.start", {"id": "op-t", "name": "台风应急", "kind": "emergency",
                                            "plan": "plan-typhoon", "area": AREA, "mode": "二级响应",
                                            "started_at": "2026-11-28T08:00:00Z"})
    assert result["outcome"] == "applied", result
    state = visible(ops.pull()[0])
    operation = state[("operation", "op-t")]
    assert operation["status"] == "active" and operation["commander"] == "o-ops"
    assert operation["agencies"] == ["SW", "JT"] and operation["area"] == AREA
    task = state[("task", "op-t-task-2")]
    assert (task["agency"], task["status"], task["due_at"]) == ("JT", "assigned", "2026-11-28T09:00:00Z")
    assert task["from_plan"] and task["assigned_by"] == "o-ops"
    started = [e for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == "operation.start"]
    assert len(started) == 1 and started[0]["automatic"] and started[0]["operation"] == "op-t"
    again = ops.mutate("operation.start", {"id": "op-t", "name": "台风应急"})
    assert again["outcome"] == "conflict" and again["state"]["status"] == "active"


def test_only_city_level_opens_and_bad_arguments_are_rejected(city: CentralServer) -> None:
    _plan(city)
    for username in ("ops_d1", "cg", "leader"):
        result = city.client(username).mutate("operation.start", {"id": "op-x", "name": "x"})
        assert result["outcome"] == "rejected", username
    ops = city.client("ops")
    bad = [
        {"id": "op-y", "name": "x", "area": [[[121.4, 31.2], [121.5, 31.2]]]},
        {"id": "op-y", "name": "x", "area": [[[500, 31.2], [121.5, 31.2], [121.5, 31.3], [500, 31.2]]]},
        {"id": "op-y", "name": "x", "area": "polygon"},
        {"id": "op-y", "name": "x", "agencies": ["NOPE"]},
        {"id": "op-y", "name": "x", "plan": "plan-missing"},
        {"id": "op-y", "name": "x", "kind": "party"},
        {"id": "op-y"},
    ]
    for args in bad:
        result = ops.mutate("operation.start", args)
        assert result["outcome"] == "rejected" and result["reason"], args
    assert not [c for c in ops.pull()[0] if c["entity"] == "operation"]


def test_tasks_are_assigned_updated_by_their_agency_and_the_operation_closes(city: CentralServer) -> None:
    ops, liaison = city.client("ops"), city.client("jt_liaison")
    ops.mutate("operation.start", {"id": "op-m", "name": "马拉松保障", "kind": "major_event"})
    assigned = ops.mutate("task.assign", {"id": "t-1", "operation": "op-m", "agency": "JT", "title": "交通管制"})
    assert assigned["outcome"] == "applied"
    assert liaison.mutate("task.accept", {"id": "t-1"})["outcome"] == "rejected"  # not a member yet
    ends = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    seated = ops.mutate("seat.open", {"operation": "op-m", "officer": "o-jt_liaison", "agency": "JT", "ends_at": ends})
    assert seated["outcome"] == "applied", seated
    assert liaison.mutate("task.accept", {"id": "t-1"})["outcome"] == "applied"
    assert liaison.mutate("task.done", {"id": "t-1"})["outcome"] == "applied"
    assert ops.mutate("operation.close", {"id": "op-m"})["outcome"] == "applied"
    closed_again = ops.mutate("operation.close", {"id": "op-m"})
    assert closed_again["outcome"] == "conflict" and closed_again["state"]["status"] == "closed"
    state = visible(ops.pull()[0])
    assert state[("task", "t-1")]["status"] == "done" and state[("operation", "op-m")]["ended_at"]
