"""Joint command end to end: a commander's desk and a liaison's desk against the real central service,
on SQLite and on PostgreSQL.

The operation starts from a plan; the liaison is seated for their agency, works their tasks (one of
them while their laptop is cut off from the central service), writes and strikes log entries and
contributes to a situation report that the commander publishes. Their seat then ends by itself and
their cache drops the operation and everything under it; the commander closes with a final report.
Both desks sync in the background; every wait polls the cache until a condition holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from dispatch_desk.domain.records import Plan, PlanTask, Role
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from tests.support.central import report_args
from tests.sync.conftest import PASSWORD, applied_count, assert_cache_matches_server, server_view

AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.22], [121.40, 31.22], [121.40, 31.20]]]
OP = "op-flood"
OPERATION_ENTITIES = ("operation", "task", "log_entry", "sitrep")
TIMEOUT = 90.0  # generous: the machine may be busy; nothing asserts how long a step takes


def wait_for(condition: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def at(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).isoformat()


def held(store: Store, entity: str, key: str, **expected: Any) -> bool:
    """Whether the cache holds the server's version of the record with these values."""
    data = store.get(entity, key)
    return data is not None and not store.is_pending(entity, key) and all(data.get(k) == v for k, v in expected.items())


def operation_records(store: Store) -> set[tuple[str, str]]:
    out = {("operation", row["id"]) for row in store.rows("operation")}
    for entity in OPERATION_ENTITIES[1:]:
        out |= {(entity, row["id"]) for row in store.rows(entity) if row["operation"] == OP}
    return out


def settled(engine: SyncEngine) -> bool:
    state = engine.state()
    return state.connection == "online" and state.pending == 0


def test_a_joint_command_from_plan_to_close_with_a_liaison_desk(city, make_engine, proxy_to):
    city.create_officer("liu", Role.LIAISON, agency="SW", name="刘联络员")
    city.add(Plan("plan-flood", "防汛预案", "emergency", (PlanTask("SW", "排查积水点", offset_minutes=30),
                                                        PlanTask("CG", "清理下水口", offset_minutes=60))))
    proxy = proxy_to(city)  # the liaison's laptop reaches the central service through it
    commander = make_engine(city.url, "commander")
    liaison = make_engine(proxy.url, "liaison")
    commander.login("wang", PASSWORD)
    liaison.login("liu", PASSWORD)
    commander.start()
    liaison.start()
    desk, laptop = commander._store(), liaison._store()
    wait_for(lambda: desk.get("plan", "plan-flood") and desk.get("officer", "o-liu"), "the commander's first sync")

    # --- the commander starts the operation from the plan and seats the liaison
    commander.issue("operation.start", {"id": OP, "name": "城区防汛", "kind": "emergency", "plan": "plan-flood",
                                        "area": AREA, "agencies": ["SW"], "level": 3})
    assert desk.get("task", f"{OP}-task-1")["title"] == "排查积水点"  # the plan's tasks, at once
    wait_for(lambda: held(desk, "operation", OP, status="active"), "the operation on the server")
    commander.issue("seat.open", {"operation": OP, "officer": "o-liu", "agency": "SW", "id": "seat-liu",
                                  "ends_at": at(timedelta(minutes=30))})
    commander.issue("incident.report", report_args("in-flood", category="waterlogging"))  # inside the area
    wait_for(lambda: held(laptop, "operation", OP) and held(laptop, "task", f"{OP}-task-1")
             and held(laptop, "incident", "in-flood", operation=OP), "the operation on the liaison's laptop")
    assert liaison.officer.operations == (OP,)
    assert laptop.get("task", f"{OP}-task-2")["agency"] == "CG"  # the board shows every lane

    # --- the liaison signs in and works their agency's tasks
    liaison.issue("seat.check_in", {"operation": OP, "seat": "seat-liu"})
    liaison.issue("task.accept", {"id": f"{OP}-task-1"})
    liaison.issue("task.start", {"id": f"{OP}-task-1"})
    commander.issue("task.assign", {"operation": OP, "agency": "SW", "title": "调派泵车至积水点", "id": "t-pump",
                                    "due_at": at(timedelta(hours=1)), "lon": 121.405, "lat": 31.205,
                                    "incidents": ["in-flood"]})
    wait_for(lambda: held(laptop, "task", "t-pump", status="assigned"), "the new task on the laptop")
    liaison.issue("task.done", {"id": f"{OP}-task-1", "note": "积水点已排查"})
    wait_for(lambda: held(desk, "task", f"{OP}-task-1", status="done"), "the first task done on the commander's desk")

    # --- offline: the laptop loses the central service, the liaison goes on working
    proxy.go_offline()
    wait_for(lambda: liaison.state().connection == "offline", "the laptop to notice it is offline")
    done_offline = liaison.issue("task.done", {"id": "t-pump", "note": "泵车已到位排水"})
    logged_offline = liaison.issue("log.append", {"operation": OP, "kind": "report", "text": "泵车已到位",
                                                  "id": "log-pump"})
    assert laptop.get("task", "t-pump")["status"] == "done" and laptop.is_pending("task", "t-pump")
    assert laptop.get("log_entry", "log-pump")["text"] == "泵车已到位" and liaison.state().pending >= 2
    assert desk.get("task", "t-pump")["status"] == "assigned"
    proxy.go_online()
    wait_for(lambda: settled(liaison), "the laptop's outbox to drain")
    wait_for(lambda: held(desk, "task", "t-pump", status="done") and held(desk, "log_entry", "log-pump"),
             "the offline work on the commander's desk")
    assert applied_count(city, done_offline) == 1 and applied_count(city, logged_offline) == 1
    assert liaison.conflicts() == []

    # --- a wrong log entry is struck, never deleted
    wrong = liaison.issue("log.append", {"operation": OP, "kind": "info", "text": "三号泵站故障"})
    liaison.issue("log.strike", {"id": wrong, "reason": "误报，泵站运行正常"})
    wait_for(lambda: held(desk, "log_entry", wrong, struck=True), "the struck entry on the commander's desk")
    assert desk.get("log_entry", wrong)["text"] == "三号泵站故障"

    # --- a situation report: drafted by the commander, contributed by the liaison, published
    commander.issue("report.draft", {"operation": OP, "id": "r-1", "title": "第1期防汛态势",
                                     "conditions": "城区积水点1处", "needs": "泵车2台"})
    wait_for(lambda: held(laptop, "sitrep", "r-1", status="draft"), "the draft on the laptop")
    liaison.issue("report.contribute", {"id": "r-1", "agency": "SW", "actions": "泵车已排水，积水消退"})
    wait_for(lambda: held(desk, "sitrep", "r-1") and desk.get("sitrep", "r-1")["sections"],
             "the liaison's section on the commander's desk")
    commander.issue("report.publish", {"id": "r-1"})
    wait_for(lambda: held(laptop, "sitrep", "r-1", status="published", number=1), "the published report on the laptop")
    assert laptop.get("sitrep", "r-1")["sections"][0]["agency"] == "SW"
    wait_for(lambda: settled(commander) and settled(liaison), "both desks settled")
    assert_cache_matches_server(city, "liu", laptop, OPERATION_ENTITIES)
    assert_cache_matches_server(city, "wang", desk, OPERATION_ENTITIES)

    # --- the seat ends by itself a few seconds from now; the laptop drops what it no longer may see
    commander.issue("seat.extend", {"operation": OP, "seat": "seat-liu", "ends_at": at(timedelta(seconds=3))})
    wait_for(lambda: not operation_records(laptop) and laptop.get("incident", "in-flood") is None,
             "the operation to leave the laptop")
    wait_for(lambda: liaison.officer.operations == (), "the liaison's own record to follow")
    assert not [r for r in laptop.rows("incident_action") if r["incident_id"] == "in-flood"]
    assert_cache_matches_server(city, "liu", laptop, (*OPERATION_ENTITIES, "incident", "incident_action"))
    seat = wait_for(lambda: held(desk, "operation", OP) and desk.get("operation", OP)["seats"][0]["closed_at"]
                    and desk.get("operation", OP)["seats"][0], "the seat's end on the commander's desk")
    assert seat["closed_by"] == "system" and seat["checked_in_at"]

    # --- the commander closes with a final report
    commander.issue("report.draft", {"operation": OP, "id": "r-final", "title": "防汛终期报告", "final": True,
                                     "conditions": "积水全部消退"})
    commander.issue("report.publish", {"id": "r-final"})
    commander.issue("operation.close", {"id": OP, "final_report": "r-final"})
    wait_for(lambda: held(desk, "operation", OP, status="closed", final_report="r-final"), "the close on the server")
    wait_for(lambda: settled(commander), "the commander's outbox to drain")
    assert desk.get("sitrep", "r-final")["number"] == 2 and commander.conflicts() == []
    server = server_view(city, "wang")
    events = {e["event"] for (kind, _), e in server.items() if kind == "log_entry" and e["operation"] == OP}
    for event in ("operation.start", "plan.tasks", "seat.open", "seat.check_in", "task.done", "task.assign",
                  "incident.report", "report.publish", "seat.extend", "seat.expire", "operation.close"):
        assert event in events, event
    assert_cache_matches_server(city, "wang", desk, OPERATION_ENTITIES)
