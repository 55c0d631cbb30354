"""Liaison seats that end by themselves, and seats that start later: the central service's seat sweep,
on both backends."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from dispatch_desk.central import seats
from dispatch_desk.domain import command
from tests.support.central import ApiClient, CentralServer, report_args, visible

AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.22], [121.40, 31.22], [121.40, 31.20]]]
OPERATION_RECORDS = ("operation", "task", "log_entry", "sitrep")


def _operation(server: CentralServer) -> ApiClient:
    ops = server.client("ops")
    assert ops.mutate("operation.start", {"id": "op-1", "name": "防汛", "kind": "emergency", "area": AREA,
                                          "agencies": ["JT"]})["outcome"] == "applied"
    ops.mutate("task.assign", {"operation": "op-1", "agency": "JT", "title": "疏导", "id": "t-1"})
    ops.mutate("log.append", {"operation": "op-1", "text": "启动防汛四级响应", "id": "log-1"})
    ops.mutate("report.draft", {"operation": "op-1", "title": "第一期", "id": "r-1"})
    ops.mutate("incident.report", report_args("in-op"))  # inside the area: tagged with the operation
    return ops


def _seat(ops: ApiClient, ends_at: datetime, starts_at: datetime | None = None) -> None:
    args: dict[str, Any] = {"operation": "op-1", "officer": "o-jt_liaison", "agency": "JT", "id": "seat-jt",
                            "ends_at": ends_at.isoformat()}
    if starts_at is not None:
        args["starts_at"] = starts_at.isoformat()
    result = ops.mutate("seat.open", args)
    assert result["outcome"] == "applied", result


def _held(state: dict) -> set[tuple[str, str]]:
    return {k for k in state if k[0] in (*OPERATION_RECORDS, "incident")}


def _until(condition: Callable[[], Any], timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.2)


def test_a_seat_that_runs_out_takes_the_operation_out_of_the_liaisons_feed(any_city: CentralServer) -> None:
    ops = _operation(any_city)
    now = datetime.now(UTC)
    _seat(ops, now + timedelta(hours=1))
    jt = any_city.client("jt_liaison")
    seen, cursor = jt.pull()
    state = visible(seen)
    held = _held(state)
    assert {("operation", "op-1"), ("task", "t-1"), ("log_entry", "log-1"), ("sitrep", "r-1"),
            ("incident", "in-op")} <= held

    cache = any_city.app.state.central.cache
    ended = now + timedelta(hours=2)
    with any_city.storage.transaction() as tx:
        assert not seats.due(tx, now) and seats.due(tx, ended)
    assert seats.sweep(any_city.storage, cache, ended) == 1
    gone, cursor = jt.pull(cursor)
    deleted = {(c["entity"], c["key"]) for c in gone if c["op"] == "delete"}
    assert held <= deleted
    actions = {k for k in state if k[0] == "incident_action" and state[k]["incident_id"] == "in-op"}
    assert actions and actions <= deleted
    for change in gone:
        if change["op"] == "delete":
            state.pop((change["entity"], change["key"]), None)
        else:
            state[(change["entity"], change["key"])] = change["data"]
    assert not _held(state)
    assert state[("officer", "o-jt_liaison")]["operations"] == []

    record = visible(ops.pull()[0])
    (seat,) = record[("operation", "op-1")]["seats"]
    assert seat["closed_by"] == command.SYSTEM and seat["closed_at"] == seat["ends_at"]
    assert record[("operation", "op-1")]["liaisons"] == []
    expired = [e for (kind, _), e in record.items() if kind == "log_entry" and e["event"] == "seat.expire"]
    assert len(expired) == 1 and expired[0]["automatic"] and expired[0]["subject"] == "seat-jt"

    with any_city.storage.transaction() as tx:
        assert not seats.due(tx, ended)  # the next sweeps only look, in a read transaction
    top = any_city.storage.current_seq()
    assert seats.sweep(any_city.storage, cache, ended + timedelta(minutes=1)) == 0  # recorded once
    assert any_city.storage.current_seq() == top
    refused = jt.mutate("log.append", {"operation": "op-1", "text": "还在吗"})
    assert refused["outcome"] == "rejected" and refused.get("state") is None


def test_the_service_sweeps_seats_by_itself(any_city: CentralServer) -> None:
    ops = _operation(any_city)
    _seat(ops, datetime.now(UTC) + timedelta(seconds=3))
    jt = any_city.client("jt_liaison")
    seen, cursor = jt.pull()
    state = visible(seen)
    assert ("operation", "op-1") in state

    def dropped() -> bool:
        nonlocal cursor
        more, cursor = jt.pull(cursor)
        for change in more:
            if change["op"] == "delete":
                state.pop((change["entity"], change["key"]), None)
            else:
                state[(change["entity"], change["key"])] = change["data"]
        return not _held(state)

    _until(dropped)
    assert state[("officer", "o-jt_liaison")]["operations"] == []


def test_a_seat_that_starts_later_brings_the_operation_at_its_start(any_city: CentralServer) -> None:
    ops = _operation(any_city)
    start = datetime.now(UTC) + timedelta(seconds=2)
    _seat(ops, start + timedelta(hours=1), start)
    jt = any_city.client("jt_liaison")
    seen, cursor = jt.pull()
    state = visible(seen)
    assert ("operation", "op-1") not in state and ("task", "t-1") not in state
    assert jt.mutate("log.append", {"operation": "op-1", "text": "早到"})["outcome"] == "rejected"

    def arrived() -> bool:
        nonlocal cursor
        more, cursor = jt.pull(cursor)
        state.update(visible(more))
        return {("operation", "op-1"), ("task", "t-1"), ("log_entry", "log-1"), ("sitrep", "r-1")} <= state.keys()

    _until(arrived)
    assert jt.mutate("task.accept", {"id": "t-1"})["outcome"] == "applied"
