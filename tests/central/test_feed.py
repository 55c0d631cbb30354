"""The change feed: scoped per officer, paged exactly, deletes what leaves an officer's scope and
brings what enters it without a full resync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.records import LogEntry, Operation, OperationStatus, Task, TaskStatus
from tests.support.central import CentralServer, report_args, visible

T0 = datetime(2026, 11, 28, 8, tzinfo=UTC)


def _keys(state: dict, entity: str) -> set[str]:
    return {key for (kind, key) in state if kind == entity}


def test_officers_see_their_scope_and_everyone_sees_reference_data(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    ops.mutate("incident.report", report_args("in-s11"))
    ops.mutate("incident.report", report_args("in-s21", lat=31.215))
    everything = visible(ops.pull()[0])
    assert _keys(everything, "incident") == {"in-s11", "in-s21"}

    for username, expected in (("sup_s11", {"in-s11"}), ("sup_s21", {"in-s21"}), ("ops_d1", {"in-s11"}),
                               ("cg", set()), ("leader", {"in-s11", "in-s21"}),
                               ("analyst", {"in-s11", "in-s21"})):
        state = visible(any_city.client(username).pull()[0])
        assert _keys(state, "incident") == expected, username
        assert len(_keys(state, "incident_action")) == len(expected), username
        assert _keys(state, "region") == {"C", "D1", "D2", "S11", "S12", "S21", "S22"}
        assert _keys(state, "category") == {"road_damage", "garbage", "waterlogging"}
        assert "o-ops" in _keys(state, "officer")
    officer_data = everything[("officer", "o-ops")]
    assert not any("password" in key for key in officer_data)


def test_pages_deliver_every_visible_change_once_in_order(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    for i in range(12):
        ops.mutate("incident.report", report_args(f"p-{i}", lat=31.205 if i % 3 else 31.215))
    supervisor = any_city.client("sup_s11")
    whole, cursor = supervisor.pull(0, limit=5000)
    paged, paged_cursor = supervisor.pull(0, limit=3)
    assert [c["seq"] for c in paged] == [c["seq"] for c in whole]
    assert [c["seq"] for c in paged] == sorted({c["seq"] for c in paged})
    assert paged_cursor == cursor == any_city.storage.current_seq()
    assert _keys(visible(paged), "incident") == {f"p-{i}" for i in range(12) if i % 3}
    # nothing new: an empty page that keeps the cursor
    page = supervisor.changes(cursor)
    assert page == {"changes": [], "next_since": cursor, "has_more": False}


def test_a_redispatched_incident_leaves_one_agency_and_reaches_the_other_whole(any_city: CentralServer) -> None:
    ops, cg, sw = any_city.client("ops"), any_city.client("cg"), any_city.client("sw")
    ops.mutate("incident.report", report_args("in-r"))
    ops.mutate("incident.register", {"id": "in-r"})
    ops.mutate("incident.dispatch", {"id": "in-r", "lead_agency": "CG"})
    cg_seen, cg_cursor = cg.pull()
    cg_state = visible(cg_seen)
    assert _keys(cg_state, "incident") == {"in-r"} and len(_keys(cg_state, "incident_action")) == 3
    sw_state, sw_cursor = sw.pull()
    assert not _keys(visible(sw_state), "incident")

    ops.mutate("incident.dispatch", {"id": "in-r", "lead_agency": "SW"})

    cg_more, _ = cg.pull(cg_cursor)
    for change in cg_more:
        if change["op"] == "delete":
            cg_state.pop((change["entity"], change["key"]), None)
    assert not _keys(cg_state, "incident") and not _keys(cg_state, "incident_action")
    deleted = {(c["entity"], c["key"]) for c in cg_more if c["op"] == "delete"}
    assert ("incident", "in-r") in deleted

    sw_more, _ = sw.pull(sw_cursor)
    sw_now = visible(sw_more)
    assert sw_now[("incident", "in-r")]["lead_agency"] == "SW"
    assert len(_keys(sw_now, "incident_action")) == 4  # the three earlier steps arrive too
    assert not [c for c in sw_more if c["entity"] == "region"]  # no full resync


def test_a_backfill_never_carries_what_has_since_left_the_officers_scope(any_city: CentralServer) -> None:
    ops, sw = any_city.client("ops"), any_city.client("sw")
    ops.mutate("incident.report", report_args("in-b"))
    ops.mutate("incident.register", {"id": "in-b"})
    ops.mutate("incident.dispatch", {"id": "in-b", "lead_agency": "SW"})  # SW's backfill: the earlier steps
    ops.mutate("incident.dispatch", {"id": "in-b", "lead_agency": "CG"})  # gone again before SW pulls
    changes, _ = sw.pull()
    leaked = [c for c in changes if c["op"] == "upsert" and c["entity"] in ("incident", "incident_action")
              and (c["key"] == "in-b" or (c["data"] or {}).get("incident_id") == "in-b")]
    assert leaked == []


def _operation_fixture(server: CentralServer) -> None:
    server.add(
        Operation("op-1", "进博会保障", "major_event", OperationStatus.ACTIVE, "o-ops", agencies=("JT",),
                  started_at=T0),
        Task("task-1", "op-1", "JT", "交通疏导", TaskStatus.ASSIGNED, T0, T0),
        LogEntry("log-1", "op-1", T0, "o-ops", "order", "启动一级响应"),
    )


def test_a_liaison_joining_an_operation_receives_it_without_a_full_resync(any_city: CentralServer) -> None:
    _operation_fixture(any_city)
    ops, liaison = any_city.client("ops"), any_city.client("jt_liaison")
    ops.mutate("incident.report", report_args("in-op", operation="op-1"))
    ops.mutate("incident.register", {"id": "in-op"})
    before, cursor = liaison.pull()
    state = visible(before)
    assert not (_keys(state, "operation") | _keys(state, "task") | _keys(state, "log_entry"))
    assert not _keys(state, "incident") and _keys(state, "region")

    ends = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    added = ops.mutate("seat.open", {"operation": "op-1", "officer": "o-jt_liaison", "agency": "JT", "ends_at": ends,
                                     "id": "seat-1"})
    assert added["outcome"] == "applied", added

    grown, cursor2 = liaison.pull(cursor)
    state.update(visible(grown))
    assert _keys(state, "operation") == {"op-1"} and _keys(state, "task") == {"task-1"}
    assert _keys(state, "log_entry") == {"log-1", added["id"] + ".L1"}  # the seat's opening is logged
    assert _keys(state, "incident") == {"in-op"}
    assert len(_keys(state, "incident_action")) == 2
    assert not [c for c in grown if c["entity"] in ("region", "category", "agency")]
    # the liaison may now act inside the operation
    assert liaison.mutate("log.append", {"operation": "op-1", "kind": "report", "text": "已到岗"})["outcome"] == \
        "applied"

    assert ops.mutate("seat.close", {"operation": "op-1", "seat": "seat-1"})["outcome"] == "applied"
    shrunk, _ = liaison.pull(cursor2)
    deleted = {(c["entity"], c["key"]) for c in shrunk if c["op"] == "delete"}
    assert {("operation", "op-1"), ("task", "task-1"), ("log_entry", "log-1"), ("incident", "in-op")} <= deleted


def test_log_entries_are_struck_never_deleted(any_city: CentralServer) -> None:
    _operation_fixture(any_city)
    ops = any_city.client("ops")
    added = ops.mutate("log.append", {"id": "log-2", "operation": "op-1", "kind": "info", "text": "错误信息"})
    assert added["outcome"] == "applied"
    assert ops.mutate("log.strike", {"id": "log-2"})["outcome"] == "rejected"  # a reason is required
    assert ops.mutate("log.strike", {"id": "log-2", "reason": "  "})["outcome"] == "rejected"
    assert ops.mutate("log.strike", {"id": "log-2", "reason": "录入错误"})["outcome"] == "applied"
    again = ops.mutate("log.strike", {"id": "log-2", "reason": "again"})
    assert again["outcome"] == "conflict" and again["state"]["struck"] is True
    entry = visible(ops.pull()[0])[("log_entry", "log-2")]
    assert entry["struck"] and entry["text"] == "错误信息" and entry["struck_reason"] == "录入错误"
    assert ops.mutate("log.delete", {"id": "log-2"})["outcome"] == "rejected"


def test_personal_entries_page_exactly_like_the_rest(any_city: CentralServer) -> None:
    ops, cg = any_city.client("ops"), any_city.client("cg")
    ids = [f"in-{i}" for i in range(4)]
    for incident_id in ids:
        ops.mutate("incident.report", report_args(incident_id))
        ops.mutate("incident.register", {"id": incident_id})
        ops.mutate("incident.dispatch", {"id": incident_id, "lead_agency": "CG"})
    _, cursor = cg.pull()
    for incident_id in ids:
        ops.mutate("incident.dispatch", {"id": incident_id, "lead_agency": "SW"})
        ops.mutate("incident.comment", {"id": incident_id, "note": "已改派"})
    whole, end = cg.pull(cursor, limit=5000)
    paged, paged_end = cg.pull(cursor, limit=2)
    assert [(c["seq"], c["op"]) for c in paged] == [(c["seq"], c["op"]) for c in whole]
    assert paged_end == end
    deleted = {c["key"] for c in paged if c["op"] == "delete" and c["entity"] == "incident"}
    assert deleted == set(ids)
    assert not [c for c in paged if c["op"] == "upsert" and c["entity"] in ("incident", "incident_action")]


def test_moving_a_supervisor_to_another_street_swaps_their_incidents(any_city: CentralServer) -> None:
    from dataclasses import replace

    from dispatch_desk.central import admin

    ops = any_city.client("ops")
    ops.mutate("incident.report", report_args("in-a", lat=31.205))  # S11
    ops.mutate("incident.report", report_args("in-b", lat=31.215))  # S21
    supervisor = any_city.client("sup_s11")
    seen, cursor = supervisor.pull()
    state = visible(seen)
    assert _keys(state, "incident") == {"in-a"}

    moved = replace(any_city.officers["sup_s11"], region="S21")
    admin.set_officer(any_city.storage, moved)

    more, _ = supervisor.pull(cursor)
    for change in more:
        if change["op"] == "delete":
            state.pop((change["entity"], change["key"]), None)
        else:
            state[(change["entity"], change["key"])] = change["data"]
    assert _keys(state, "incident") == {"in-b"}
    assert {state[("incident_action", k)]["incident_id"] for k in _keys(state, "incident_action")} == {"in-b"}
    assert state[("officer", "o-sup_s11")]["region"] == "S21"
