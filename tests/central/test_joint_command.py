"""Every joint-command mutation over the API: applied, conflict and rejected answers, on both backends,
and what the officer's scope lets through (nothing of an operation they do not see)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from dispatch_desk.domain import command
from tests.support.central import ApiClient, CentralServer, report_args, visible

AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.22], [121.40, 31.22], [121.40, 31.20]]]
OUTCOMES = ("applied", "conflict", "rejected")


def later(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


class Expect:
    """Issues mutations and checks their outcome; remembers which names answered which outcome."""

    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {o: set() for o in OUTCOMES}

    def __call__(self, client: ApiClient, name: str, args: dict[str, Any], outcome: str) -> dict[str, Any]:
        result = client.mutate(name, args)
        assert result["outcome"] == outcome, (name, args, result)
        if outcome == "conflict":
            assert result["entity"] and result["state"] and result["reason"], result
        elif outcome == "rejected":
            assert result["reason"] and result.get("state") is None, result
        else:
            assert result["seq"], result
        self.seen[outcome].add(name)
        return result


def _entries(client: ApiClient, event: str) -> list[dict[str, Any]]:
    state = visible(client.pull()[0])
    return [e for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == event]


def test_every_joint_command_mutation_answers_applied_conflict_and_rejected(any_city: CentralServer) -> None:
    ops, jt, leader = any_city.client("ops"), any_city.client("jt_liaison"), any_city.client("leader")
    expect = Expect()
    long_title = "长" * 201

    # --- a planned operation, a seat, then the start
    expect(ops, "operation.create", {"id": "op-p"}, "rejected")  # no name
    expect(ops, "operation.create", {"id": "op-p", "name": "进博会保障", "kind": "major_event", "area": AREA,
                                     "agencies": ["JT"], "level": 3, "deputy": "o-ops_d1"}, "applied")
    expect(ops, "operation.create", {"id": "op-p", "name": "again"}, "conflict")
    expect(leader, "operation.create", {"id": "op-q", "name": "x"}, "rejected")
    expect(ops, "seat.open", {"operation": "op-p", "officer": "o-jt_liaison", "agency": "JT",
                              "ends_at": later(minutes=-5)}, "rejected")
    expect(ops, "seat.open", {"operation": "op-p", "officer": "o-jt_liaison", "agency": "JT",
                              "ends_at": later(hours=2), "id": "seat-jt"}, "applied")
    expect(ops, "seat.open", {"operation": "op-p", "officer": "o-jt_liaison", "agency": "JT",
                              "ends_at": later(hours=3)}, "conflict")  # already seated
    expect(ops, "report.draft", {"operation": "op-p", "title": "第一期"}, "conflict")  # not running yet
    expect(ops, "operation.start", {"id": "op-p", "started_at": "yesterday"}, "rejected")
    expect(ops, "operation.start", {"id": "op-p"}, "applied")
    expect(ops, "operation.start", {"id": "op-p"}, "conflict")

    expect(ops, "operation.set_level", {"id": "op-p", "level": 9}, "rejected")
    expect(ops, "operation.set_level", {"id": "op-p", "level": 2, "reason": "客流超预期"}, "applied")
    expect(ops, "operation.set_level", {"id": "op-p", "level": 2}, "conflict")
    expect(ops, "operation.transfer", {"id": "op-p", "commander": "o-leader"}, "rejected")  # read-only role
    expect(ops, "operation.transfer", {"id": "op-p", "commander": "o-ops"}, "applied")  # the deputy leaves
    expect(ops, "operation.transfer", {"id": "op-p", "commander": "o-ops"}, "conflict")

    # --- tasks
    expect(ops, "task.assign", {"operation": "op-p", "agency": "JT", "title": long_title}, "rejected")
    for n in range(1, 5):
        expect(ops, "task.assign", {"operation": "op-p", "agency": "JT", "title": f"任务{n}", "id": f"t-{n}"},
               "applied")
    expect(jt, "task.accept", {"id": "t-none"}, "rejected")
    expect(jt, "task.accept", {"id": "t-1"}, "applied")
    expect(jt, "task.accept", {"id": "t-1"}, "conflict")
    expect(jt, "task.start", {"id": "t-1", "bogus": 1}, "rejected")
    expect(jt, "task.start", {"id": "t-1"}, "applied")
    expect(jt, "task.start", {"id": "t-1"}, "conflict")
    expect(jt, "task.note", {"id": "t-1", "note": "x" * 5000}, "rejected")
    expect(jt, "task.note", {"id": "t-1", "note": "已封闭北侧匝道"}, "applied")
    expect(jt, "task.block", {"id": "t-1"}, "rejected")  # a reason is required
    expect(jt, "task.block", {"id": "t-1", "reason": "道路积水"}, "applied")
    expect(jt, "task.block", {"id": "t-1", "reason": "again"}, "conflict")
    expect(jt, "task.start", {"id": "t-1"}, "applied")  # blocked → in progress again
    expect(jt, "task.done", {}, "rejected")
    expect(jt, "task.done", {"id": "t-1"}, "applied")
    expect(jt, "task.done", {"id": "t-1"}, "conflict")
    expect(jt, "task.note", {"id": "t-1", "note": "late"}, "conflict")
    expect(jt, "task.complete", {"id": ""}, "rejected")
    expect(jt, "task.complete", {"id": "t-2"}, "applied")
    expect(jt, "task.complete", {"id": "t-2"}, "conflict")
    expect(jt, "task.cancel", {"id": "t-3", "reason": "重复"}, "rejected")  # only the command staff cancels
    expect(ops, "task.cancel", {"id": "t-3"}, "rejected")
    expect(ops, "task.cancel", {"id": "t-3", "reason": "重复下达"}, "applied")
    expect(ops, "task.cancel", {"id": "t-3", "reason": "again"}, "conflict")
    expect(ops, "task.reassign", {"id": "t-4"}, "rejected")  # neither another agency nor a due time
    expect(ops, "task.reassign", {"id": "t-4", "agency": "CG", "reason": "城管接手"}, "applied")
    expect(ops, "task.reassign", {"id": "t-1", "agency": "CG"}, "conflict")  # done
    ops.mutate("incident.report", report_args("in-1"))
    expect(ops, "task.link", {"id": "t-4", "incident": "in-none"}, "rejected")
    expect(ops, "task.link", {"id": "t-4", "incident": "in-1"}, "applied")
    expect(ops, "task.link", {"id": "t-4", "incident": "in-1"}, "conflict")
    expect(ops, "task.unlink", {"id": "t-4"}, "rejected")
    expect(ops, "task.unlink", {"id": "t-4", "incident": "in-1"}, "applied")
    expect(ops, "task.unlink", {"id": "t-4", "incident": "in-1"}, "conflict")

    # --- the sign-in board
    expect(jt, "seat.check_in", {"operation": "op-p"}, "rejected")
    expect(jt, "seat.check_in", {"operation": "op-p", "seat": "seat-jt"}, "applied")
    expect(jt, "seat.check_in", {"operation": "op-p", "seat": "seat-jt"}, "conflict")
    expect(jt, "seat.check_out", {"operation": "op-p", "seat": 7}, "rejected")
    expect(jt, "seat.check_out", {"operation": "op-p", "seat": "seat-jt"}, "applied")
    expect(jt, "seat.check_out", {"operation": "op-p", "seat": "seat-jt"}, "conflict")
    expect(ops, "seat.extend", {"operation": "op-p", "seat": "seat-jt", "ends_at": "2026-12-01T08:00:00"},
           "rejected")  # no time zone
    expect(ops, "seat.extend", {"operation": "op-p", "seat": "seat-jt", "ends_at": later(hours=4)}, "applied")

    # --- the command log
    expect(jt, "log.append", {"operation": "op-p", "kind": "system", "text": "x"}, "rejected")
    expect(jt, "log.append", {"operation": "op-p", "kind": "report", "text": "已到岗", "id": "log-jt"}, "applied")
    expect(jt, "log.flag", {"id": "log-jt"}, "rejected")  # only the command staff flags
    expect(ops, "log.flag", {"id": "log-jt"}, "applied")
    expect(ops, "log.flag", {"id": "log-jt"}, "conflict")
    expect(jt, "log.strike", {"id": "log-jt", "reason": ""}, "rejected")
    expect(jt, "log.strike", {"id": "log-jt", "reason": "录入错误"}, "applied")
    expect(jt, "log.strike", {"id": "log-jt", "reason": "again"}, "conflict")

    # --- a situation report
    expect(ops, "report.draft", {"operation": "op-p", "title": long_title}, "rejected")
    expect(ops, "report.draft", {"operation": "op-p", "title": "第一期态势", "conditions": "客流平稳", "id": "r-1"},
           "applied")
    expect(ops, "report.edit", {"id": "r-1", "title": ""}, "rejected")
    expect(ops, "report.edit", {"id": "r-1", "needs": "增派警力"}, "applied")
    expect(jt, "report.contribute", {"id": "r-1", "agency": "CG", "actions": "x"}, "rejected")  # not their agency
    expect(jt, "report.contribute", {"id": "r-1", "agency": "JT", "actions": "北广场限流"}, "applied")
    expect(jt, "report.publish", {"id": "r-1"}, "rejected")
    expect(ops, "report.publish", {"id": "r-1"}, "applied")
    expect(ops, "report.publish", {"id": "r-1"}, "conflict")
    expect(ops, "report.edit", {"id": "r-1", "needs": "late"}, "conflict")
    expect(jt, "report.contribute", {"id": "r-1", "agency": "JT", "actions": "late"}, "conflict")

    # --- the seat ends early; the operation stands down and closes
    expect(ops, "seat.close", {"operation": "op-p"}, "rejected")
    expect(ops, "seat.close", {"operation": "op-p", "seat": "seat-jt"}, "applied")
    expect(ops, "seat.close", {"operation": "op-p", "seat": "seat-jt"}, "conflict")
    expect(ops, "seat.extend", {"operation": "op-p", "seat": "seat-jt", "ends_at": later(hours=5)}, "conflict")
    expect(ops, "operation.stand_down", {"id": "op-p", "reason": 5}, "rejected")
    expect(ops, "operation.stand_down", {"id": "op-p", "reason": "散场"}, "applied")
    expect(ops, "operation.stand_down", {"id": "op-p"}, "conflict")
    expect(ops, "task.assign", {"operation": "op-p", "agency": "JT", "title": "late"}, "conflict")
    expect(ops, "operation.close", {"id": "op-p", "final_report": "r-none"}, "rejected")
    expect(ops, "operation.close", {"id": "op-p", "final_report": "r-1"}, "applied")
    expect(ops, "operation.close", {"id": "op-p"}, "conflict")
    expect(ops, "log.append", {"operation": "op-p", "text": "late"}, "conflict")
    expect(ops, "log.strike", {"id": "log-jt", "reason": "again"}, "conflict")

    for outcome in OUTCOMES:
        assert expect.seen[outcome] == set(command.DECISIONS), (outcome, set(command.DECISIONS) - expect.seen[outcome])

    state = visible(ops.pull()[0])
    operation = state[("operation", "op-p")]
    assert operation["status"] == "closed" and operation["final_report"] == "r-1" and operation["level"] == 2
    assert operation["agencies"] == ["JT", "CG"] and operation["deputy"] is None
    report = state[("sitrep", "r-1")]
    assert report["status"] == "published" and report["number"] == 1 and report["sections"][0]["agency"] == "JT"
    assert state[("log_entry", "log-jt")]["struck"] and state[("log_entry", "log-jt")]["significant"]
    assert [state[("task", f"t-{n}")]["status"] for n in range(1, 5)] == ["done", "done", "cancelled", "assigned"]
    events = sorted(e["event"] for (kind, _), e in state.items() if kind == "log_entry" and e["automatic"])
    for event in ("operation.create", "operation.start", "operation.level", "operation.transfer", "seat.open",
                  "seat.check_in", "seat.check_out", "seat.extend", "seat.close", "task.assign", "task.done",
                  "task.block", "task.reassign", "task.link", "report.publish", "operation.stand_down",
                  "operation.close"):
        assert event in events, event


def _running(server: CentralServer, op_id: str = "op-1", **extra: Any) -> ApiClient:
    ops = server.client("ops")
    result = ops.mutate("operation.start", {"id": op_id, "name": "防汛", "kind": "emergency", "area": AREA,
                                            "agencies": ["JT", "CG"], **extra})
    assert result["outcome"] == "applied", result
    return ops


def test_nothing_tells_an_outsider_that_an_operation_exists(any_city: CentralServer) -> None:
    ops = _running(any_city)
    ops.mutate("task.assign", {"operation": "op-1", "agency": "CG", "title": "清障", "id": "t-1"})
    ops.mutate("log.append", {"operation": "op-1", "text": "启动", "id": "log-1"})
    ops.mutate("report.draft", {"operation": "op-1", "title": "第一期", "id": "r-1"})
    cg = any_city.client("cg")  # an agency officer, not a member
    pairs = [
        ("task.accept", {"id": "t-1"}, {"id": "t-missing"}),
        ("log.strike", {"id": "log-1", "reason": "x"}, {"id": "log-missing", "reason": "x"}),
        ("report.contribute", {"id": "r-1", "agency": "CG"}, {"id": "r-missing", "agency": "CG"}),
        ("log.append", {"operation": "op-1", "text": "x"}, {"operation": "op-missing", "text": "x"}),
        ("seat.check_in", {"operation": "op-1", "seat": "s"}, {"operation": "op-missing", "seat": "s"}),
    ]
    for name, hidden, missing in pairs:
        a, b = cg.mutate(name, hidden), cg.mutate(name, missing)
        assert a["outcome"] == b["outcome"] == "rejected", (name, a, b)
        assert a["reason"] == b["reason"] and a.get("state") is None, name
    changes = cg.pull()[0]
    assert not [c for c in changes if c["entity"] in ("operation", "task", "log_entry", "sitrep")]


def test_an_id_taken_outside_the_officers_sight_is_not_overwritten(any_city: CentralServer) -> None:
    ops = _running(any_city)
    _running(any_city, "op-2")
    ops.mutate("log.append", {"operation": "op-2", "text": "另一行动的记录", "id": "log-x"})
    ops.mutate("seat.open", {"operation": "op-1", "officer": "o-jt_liaison", "agency": "JT", "ends_at": later(hours=1)})
    jt = any_city.client("jt_liaison")
    taken = jt.mutate("log.append", {"operation": "op-1", "text": "覆盖", "id": "log-x"})
    assert taken["outcome"] == "rejected" and taken.get("state") is None
    assert visible(ops.pull()[0])[("log_entry", "log-x")]["text"] == "另一行动的记录"
    # and another desk's mutation id, whose automatic entries would share ids, is refused the same way
    first = ops.mutate("task.assign", {"operation": "op-1", "agency": "JT", "title": "疏导"}, "m-same-0001")
    assert first["outcome"] == "applied"  # the task is m-same-0001, its log entry m-same-0001.L1
    again = jt.mutate("task.accept", {"id": "m-same-0001"}, "m-same-0001")  # would log as m-same-0001.L1 too
    assert again["outcome"] == "rejected" and again["reason"] == taken["reason"]
    assert jt.mutate("task.accept", {"id": "m-same-0001"})["outcome"] == "applied"


def test_a_new_deputy_receives_the_operation_and_a_former_one_loses_it(any_city: CentralServer) -> None:
    ops = _running(any_city)
    ops.mutate("task.assign", {"operation": "op-1", "agency": "CG", "title": "清障", "id": "t-1"})
    cg = any_city.client("cg")
    seen, cursor = cg.pull()
    state = visible(seen)
    assert ("operation", "op-1") not in state
    assert ops.mutate("operation.transfer", {"id": "op-1", "commander": "o-ops", "deputy": "o-cg"})["outcome"] == \
        "applied"
    grown, cursor = cg.pull(cursor)
    state.update(visible(grown))
    assert ("operation", "op-1") in state and ("task", "t-1") in state
    assert [e for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == "task.assign"]
    assert ops.mutate("operation.transfer", {"id": "op-1", "commander": "o-ops"})["outcome"] == "applied"
    shrunk, _ = cg.pull(cursor)
    deleted = {(c["entity"], c["key"]) for c in shrunk if c["op"] == "delete"}
    assert {("operation", "op-1"), ("task", "t-1")} <= deleted


def test_incidents_and_alerts_in_a_running_operations_area_are_logged(any_city: CentralServer) -> None:
    from dispatch_desk.central import command_log
    from dispatch_desk.domain.records import Alert, AlertLevel

    ops = _running(any_city, regions=["S11"])
    ops.mutate("seat.open", {"operation": "op-1", "officer": "o-jt_liaison", "agency": "JT", "ends_at": later(hours=1)})
    inside = ops.mutate("incident.report", report_args("in-in"))
    assert inside["outcome"] == "applied"
    outside = ops.mutate("incident.report", report_args("in-out", lon=121.50))
    assert outside["outcome"] == "applied"
    state = visible(ops.pull()[0])
    assert state[("incident", "in-in")]["operation"] == "op-1"
    assert state[("incident", "in-out")]["operation"] is None
    (entry,) = [e for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == "incident.report"]
    assert entry["subject"] == "in-in" and entry["automatic"] and entry["author"] == command.SYSTEM
    jt_state = visible(any_city.client("jt_liaison").pull()[0])
    assert ("incident", "in-in") in jt_state and ("incident", "in-out") not in jt_state  # tagged: the liaison sees it

    now = datetime.now(UTC)
    with any_city.storage.transaction(write=True) as tx:
        alerts = [Alert("al-s11", AlertLevel.ALARM, now, "积水深度超过告警阈值", "depth", "S11", 0.4),
                  Alert("al-city", AlertLevel.WARN, now, "全市PM2.5预警", "pm25", "C", 80.0),
                  Alert("al-none", AlertLevel.WARN, now, "无区域", "x", None, 1.0)]
        written = [command_log.note_alert(tx, alert, now) for alert in alerts]
        again = command_log.note_alert(tx, alerts[0], now)
    assert written == [1, 1, 0] and again == 0
    state = visible(ops.pull()[0])
    subjects = {e["subject"] for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == "alert.raise"}
    assert subjects == {"al-s11", "al-city"}


def test_readings_that_raise_alerts_in_the_area_reach_the_operations_log(any_city: CentralServer) -> None:
    from dispatch_desk.domain.records import Dimension, Indicator

    ponding = Indicator("ponding.S11", "易积水点水深", Dimension.SAFETY, "cm", "S11", 15, 27, decimals=0,
                        auto_incident_category="waterlogging")
    any_city.add(ponding)
    ops = _running(any_city)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    body = {"readings": [{"indicator": "ponding.S11", "at": (start + timedelta(minutes=15 * i)).isoformat(),
                          "value": v} for i, v in enumerate([5, 30, 31, 32])]}
    resp = ops.post("/api/v1/readings", json=body)
    assert resp.status_code == 200, resp.text
    state = visible(ops.pull()[0])
    raised = {a["id"] for (kind, _), a in state.items() if kind == "alert" and a["indicator"] == "ponding.S11"}
    logged = {e["subject"] for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == "alert.raise"}
    assert raised and logged == raised
    (found,) = [i for (kind, _), i in state.items() if kind == "incident" and i["indicator"] == "ponding.S11"]
    assert found["operation"] == "op-1"  # the alarm's incident lies in the area: the operation's liaisons see it
    reported = [e for (kind, _), e in state.items() if kind == "log_entry" and e["event"] == "incident.report"]
    assert [e["subject"] for e in reported] == [found["id"]]


def test_the_openapi_document_describes_every_mutations_arguments(city: CentralServer) -> None:
    import requests

    document = requests.get(f"{city.url}/api/v1/openapi.json", timeout=30).json()
    post = document["paths"]["/api/v1/mutations"]["post"]
    named = post["x-mutation-arguments"]
    assert set(named) == set(command.DECISIONS)
    schemas = document["components"]["schemas"]
    for name, ref in named.items():
        model = command.ARGS[name]
        schema = schemas[ref["$ref"].rsplit("/", 1)[1]]
        assert schema == schemas[model.__name__] and set(schema["properties"]) == set(model.model_fields), name
    assert schemas["TaskAssignArgs"]["properties"]["title"]["maxLength"] == command.TITLE_MAX
    assert "add_liaison" not in post["description"]
