"""Conflict and rejected answers carry the domain's stable refusal code beside the English reason,
so a desk words them in its officer's language (docs/architecture.md §4)."""

from __future__ import annotations

from dispatch_desk.domain.workflow_actions import Code
from tests.support.central import CentralServer, report_args

AREA = [[[121.40, 31.20], [121.42, 31.20], [121.42, 31.22], [121.40, 31.22], [121.40, 31.20]]]


def test_an_incident_refused_against_its_state_is_a_conflict_with_its_code(city: CentralServer) -> None:
    ops = city.client("ops")
    args = report_args()
    assert ops.mutate("incident.report", args)["outcome"] == "applied"
    assert ops.mutate("incident.cancel", {"id": args["id"], "note": "重复"})["outcome"] == "applied"
    result = ops.mutate("incident.register", {"id": args["id"]})
    assert (result["outcome"], result["code"]) == ("conflict", Code.WRONG_STATUS)
    assert result["state"]["status"] == "cancelled" and result["reason"]


def test_rejections_carry_the_code_of_why(city: CentralServer) -> None:
    ops, leader = city.client("ops"), city.client("leader")
    args = report_args()
    assert ops.mutate("incident.report", args)["outcome"] == "applied"
    cases = [
        (leader.mutate("incident.register", {"id": args["id"]}), Code.READ_ONLY),
        (ops.mutate("incident.dispatch", {"id": args["id"], "lead_agency": "NOPE"}), Code.BAD_ARGS),
        (ops.mutate("incident.fly", {"id": args["id"]}), Code.BAD_ARGS),
        (ops.mutate("incident.register", {}), Code.BAD_ARGS),
        (ops.mutate("incident.comment", {"id": args["id"], "note": "a\x00b"}), Code.BAD_ARGS),
        (ops.mutate("nothing.here", {}), Code.BAD_ARGS),
        (leader.mutate("alert.acknowledge", {"id": "a-1"}), Code.READ_ONLY),
        (ops.mutate("alert.acknowledge", {"id": "a-missing"}), Code.NOT_FOUND),
    ]
    for result, code in cases:
        assert (result["outcome"], result["code"]) == ("rejected", code), result


def test_a_record_outside_the_officers_scope_answers_not_found_without_its_state(city: CentralServer) -> None:
    ops = city.client("ops")
    args = report_args()  # street S11, district D1
    assert ops.mutate("incident.report", args)["outcome"] == "applied"
    outsider = city.client("sup_s21")
    result = outsider.mutate("incident.register", {"id": args["id"]})
    assert result["code"] == Code.NOT_FOUND and result.get("state") is None
    missing = ops.mutate("incident.register", {"id": "inc-none"})
    assert (missing["outcome"], missing["code"]) == ("conflict", Code.NOT_FOUND)


def test_joint_command_refusals_carry_the_domains_code(city: CentralServer) -> None:
    ops, sw = city.client("ops"), city.client("sw")
    assert ops.mutate("operation.start", {"id": "op-1", "name": "台风应急", "kind": "emergency",
                                          "area": AREA})["outcome"] == "applied"
    assert ops.mutate("task.assign", {"id": "t-1", "operation": "op-1", "agency": "SW",
                                      "title": "排查积水点"})["outcome"] == "applied"
    assert ops.mutate("task.cancel", {"id": "t-1", "reason": "已由区里处理"})["outcome"] == "applied"
    done = ops.mutate("task.done", {"id": "t-1"})
    assert (done["outcome"], done["code"], done["state"]["status"]) == ("conflict", Code.WRONG_STATUS, "cancelled")
    bad = ops.mutate("task.assign", {"operation": "op-1", "agency": "SW", "title": ""})
    assert (bad["outcome"], bad["code"]) == ("rejected", Code.BAD_ARGS)
    level = ops.mutate("operation.set_level", {"id": "op-1", "level": 7})
    assert (level["outcome"], level["code"]) == ("rejected", Code.BAD_ARGS)
    hidden = sw.mutate("log.append", {"operation": "op-1", "text": "到场"})
    assert (hidden["outcome"], hidden["code"]) == ("rejected", Code.NOT_FOUND)


def test_a_replayed_refusal_answers_the_same_code(city: CentralServer) -> None:
    ops = city.client("ops")
    first = ops.mutate("incident.register", {"id": "inc-none"}, mutation_id="m-replayed-1")
    again = ops.mutate("incident.register", {"id": "inc-none"}, mutation_id="m-replayed-1")
    assert first["code"] == again["code"] == Code.NOT_FOUND
    other = ops.mutate("incident.register", {"id": "inc-other"}, mutation_id="m-replayed-1")
    assert (other["outcome"], other["code"]) == ("rejected", Code.EXISTS)
