"""What an officer may not see never travels back in an answer, and mutations are checked against
records that exist and that the officer may use: incidents, operations, agencies, alerts, ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dispatch_desk.central import incidents, outcome
from dispatch_desk.domain.records import Alert, AlertLevel, Operation, OperationStatus
from tests.support.central import CentralServer, report_args

IN_S21 = {"lon": 121.405, "lat": 31.215}  # street S21, district D2


def _reported_in_s21(city: CentralServer) -> str:
    args = report_args(**IN_S21)
    assert city.client("ops").mutate("incident.report", args)["outcome"] == "applied"
    return args["id"]


@pytest.mark.parametrize("username", ["sup_s11", "ops_d1", "cg", "jt_liaison"])
def test_a_report_under_an_out_of_scope_incident_id_reveals_nothing(any_city: CentralServer, username: str) -> None:
    hidden = _reported_in_s21(any_city)
    api = any_city.client(username)
    result = api.mutate("incident.report", report_args(hidden))
    assert result["outcome"] == "rejected" and result.get("state") is None
    assert "垃圾" not in str(result) and hidden not in result["reason"]


@pytest.mark.parametrize("username", ["sup_s11", "cg", "jt_liaison"])
def test_acting_on_an_out_of_scope_incident_is_answered_like_on_a_missing_one(
    any_city: CentralServer, username: str
) -> None:
    hidden = _reported_in_s21(any_city)
    api = any_city.client(username)
    for name, args in (("incident.register", {}), ("incident.comment", {"note": "看看"}),
                       ("incident.dispatch", {"lead_agency": "CG"})):
        on_hidden = api.mutate(name, {"id": hidden, **args})
        on_missing = api.mutate(name, {"id": "inc-does-not-exist", **args})
        for answer in (on_hidden, on_missing):
            answer.pop("id")
        assert on_hidden == on_missing, name
        assert on_hidden.get("state") is None


def test_a_conflict_carries_the_state_only_when_the_officer_sees_it(any_city: CentralServer) -> None:
    mine = report_args()
    api = any_city.client("sup_s11")
    assert api.mutate("incident.report", mine)["outcome"] == "applied"
    again = api.mutate("incident.report", mine)
    assert again["outcome"] == "conflict" and again["state"]["id"] == mine["id"]
    assert outcome.NOT_VISIBLE  # the one reason for missing and hidden records


def test_a_report_inside_an_operation_needs_an_open_operation_the_reporter_sees(any_city: CentralServer) -> None:
    now = datetime.now(UTC)
    any_city.add(
        Operation("op-open", "国庆保障", "major_event", OperationStatus.ACTIVE, commander="o-ops", started_at=now),
        Operation("op-closed", "上届保障", "major_event", OperationStatus.CLOSED, commander="o-ops", started_at=now,
                  ended_at=now),
    )
    ops, cg = any_city.client("ops"), any_city.client("cg")
    refusals = set()
    for api, operation in ((ops, "op-missing"), (ops, "op-closed"), (cg, "op-open"), (ops, 42)):
        result = api.mutate("incident.report", report_args(operation=operation))
        assert result["outcome"] == "rejected", (operation, result)
        refusals.add(result["reason"])
    assert len(refusals) == 1  # missing, closed and foreign operations look alike
    assert ops.mutate("incident.report", report_args(operation="op-open"))["outcome"] == "applied"


def test_dispatch_names_an_agency_that_exists(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    args = report_args()
    assert ops.mutate("incident.report", args)["outcome"] == "applied"
    assert ops.mutate("incident.register", {"id": args["id"]})["outcome"] == "applied"
    for bad in ({"lead_agency": "NOPE"}, {"lead_agency": "CG", "co_agencies": ["SW", "GHOST"]}):
        result = ops.mutate("incident.dispatch", {"id": args["id"], **bad})
        assert result["outcome"] == "rejected" and "Unknown agency" in result["reason"], result
    assert ops.mutate("incident.dispatch", {"id": args["id"], "lead_agency": "CG"})["outcome"] == "applied"


def test_only_officers_whose_region_holds_an_alert_acknowledge_it(any_city: CentralServer) -> None:
    raised = datetime(2026, 11, 28, 8, tzinfo=UTC)
    any_city.add(
        Alert("al-s11", AlertLevel.ALARM, raised, "积水", "pm25", region="S11"),
        Alert("al-city", AlertLevel.WARN, raised, "PM2.5 超标", "pm25", region="C"),
        Alert("al-none", AlertLevel.WARN, raised, "PM2.5 超标", "pm25"),
    )
    expected = {
        ("sup_s21", "al-s11"): "rejected", ("cg", "al-s11"): "rejected", ("ops_d1", "al-city"): "rejected",
        ("ops_d1", "al-none"): "rejected", ("sup_s11", "al-city"): "rejected",
        ("sup_s11", "al-s11"): "applied", ("ops_d1", "al-s11"): "applied", ("ops", "al-city"): "applied",
        ("admin", "al-none"): "applied",
    }
    for (username, alert), answer in expected.items():
        result = any_city.client(username).mutate("alert.acknowledge", {"id": alert})
        assert result["outcome"] == answer, (username, alert, result)


def test_one_officers_mutation_id_never_blocks_anothers(any_city: CentralServer) -> None:
    shared = "m-shared-00000001"
    first = any_city.client("sup_s11").mutate("incident.report", report_args(), shared)
    other = report_args()
    second = any_city.client("ops").mutate("incident.report", other, shared)
    assert first["outcome"] == second["outcome"] == "applied", second
    # both histories are kept: the second entry got an id of its own
    state = {c["key"]: c["data"] for c in any_city.client("ops").pull()[0] if c["entity"] == "incident_action"}
    mine = [a for a in state.values() if a["incident_id"] == other["id"]]
    assert len(mine) == 1 and mine[0]["id"] != shared and mine[0]["id"].startswith(shared)
    # each officer replaying their own id gets their own first answer
    assert any_city.client("ops").mutate("incident.report", other, shared)["outcome"] == "duplicate"
    assert incidents.REPORT_ID_TAKEN
