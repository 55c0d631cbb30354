"""What each step of the life cycle does to an incident: clocks, deadlines, side paths, history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.domain.records import IncidentStatus, RegionLevel, Severity, SlaState
from dispatch_desk.domain.sla import sla_state
from dispatch_desk.domain.workflow import Action, Applied, Code, Command, Refused, decide
from tests.domain.world import NOW, incident, officer, policy

S = IncidentStatus
A = Action
H = timedelta(hours=1)

REPORT = {
    "id": "INC-9", "title": "井盖缺失", "description": "人行道井盖缺失", "category": "litter",
    "source": "grid_patrol", "severity": 3, "lon": 121.47, "lat": 31.23, "address": "东一路 12 号",
    "grid_cell": "G1", "street": "S11", "district": "D1",
}


def apply(target, action, who, args=None, at=NOW, others=None) -> Applied:
    decision = decide(target, Command(action, f"m-{action}", args or {}), officer(who), at, policy(), others)
    assert isinstance(decision, Applied), decision
    return decision


def refuse(target, action, who, args=None, at=NOW, others=None) -> Refused:
    decision = decide(target, Command(action, "m-x", args or {}), officer(who), at, policy(), others)
    assert isinstance(decision, Refused), decision
    return decision


# --- report ---------------------------------------------------------------------------------------


def test_report_creates_the_incident_with_the_given_id_and_starts_the_register_clock():
    done = apply(None, A.REPORT, "s11_sup", REPORT)
    new = done.incident
    assert (new.id, new.status, new.level, new.reporter) == ("INC-9", S.REPORTED, RegionLevel.STREET, "s11_sup")
    assert (new.severity, new.grid_cell, new.street, new.district) == (Severity.HIGH, "G1", "S11", "D1")
    assert new.reported_at == new.updated_at == new.stage_started_at == NOW
    assert new.due_at == NOW + timedelta(minutes=30)  # default register limit
    assert (done.action.id, done.action.incident_id, done.action.from_status) == ("m-report", "INC-9", None)


def test_report_outside_every_street_is_handled_by_the_city():
    args = {**REPORT, "grid_cell": None, "street": None, "district": None}
    assert apply(None, A.REPORT, "city_ops", args).incident.level is RegionLevel.CITY
    assert refuse(None, A.REPORT, "d1_ops", args).code is Code.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"title": "  "}, "'title' is required"),
        ({"category": "unheard_of"}, "Unknown category 'unheard_of'"),
        ({"source": "fax"}, "Unknown source"),
        ({"severity": 5}, "Severity must be 1, 2, 3 or 4"),
        ({"severity": True}, "Severity must be 1, 2, 3 or 4"),
        ({"lon": float("nan")}, "'lon' must be a number"),
        ({"lat": 91}, "'lat' must be between -90 and 90"),
        ({"lon": "121.4"}, "'lon' must be a number"),
        ({"id": ""}, "'id' is required"),
    ],
)
def test_malformed_reports_are_refused_with_a_reason(change, reason):
    assert refuse(None, A.REPORT, "d1_ops", {**REPORT, **change}) == Refused(reason, Code.BAD_ARGS)


def test_a_report_cannot_reuse_an_existing_id():
    assert refuse(incident(), A.REPORT, "d1_ops", REPORT).code is Code.EXISTS


def test_agencies_report_anywhere_liaisons_only_inside_their_operations():
    assert apply(None, A.REPORT, "gas", REPORT).incident.reporter == "gas"
    assert refuse(None, A.REPORT, "liaison", REPORT).code is Code.OUT_OF_SCOPE
    assert apply(None, A.REPORT, "liaison", {**REPORT, "operation": "OP1"}).incident.operation == "OP1"


def test_other_actions_need_an_incident():
    assert refuse(None, A.REGISTER, "admin").code is Code.NOT_FOUND


# --- the main path ---------------------------------------------------------------------------------


def test_register_starts_the_dispatch_clock():
    new = apply(incident(S.REPORTED), A.REGISTER, "d1_ops").incident
    assert (new.registered_at, new.stage_started_at, new.due_at) == (NOW, NOW, NOW + H)


def test_dispatch_defaults_lead_agency_and_deadline_from_the_category():
    done = apply(incident(S.REGISTERED), A.DISPATCH, "d1_ops", {"co_agencies": ["ROADS", "WATER", "ROADS"]})
    new = done.incident
    assert (new.lead_agency, new.co_agencies) == ("WATER", ("ROADS",))
    # pipe_burst: accept within 20 minutes, dispose within 240
    assert new.due_at == NOW + timedelta(minutes=20)
    assert new.deadline == NOW + timedelta(minutes=260)
    assert done.action.data["lead_agency"] == "WATER"


def test_dispatch_without_any_agency_to_route_to_is_refused():
    litter = incident(S.REGISTERED, category="litter")
    assert refuse(litter, A.DISPATCH, "d1_ops") == Refused("Choose a lead agency", Code.BAD_ARGS)


def test_dispatch_deadline_must_lie_ahead_and_then_bounds_disposal():
    assert refuse(incident(S.REGISTERED), A.DISPATCH, "d1_ops",
                  {"lead_agency": "GAS", "deadline": (NOW - H).isoformat()}).code is Code.BAD_ARGS
    assert refuse(incident(S.REGISTERED), A.DISPATCH, "d1_ops",
                  {"lead_agency": "GAS", "deadline": "tomorrow"}).code is Code.BAD_ARGS
    dispatched = apply(incident(S.REGISTERED), A.DISPATCH, "d1_ops",
                       {"lead_agency": "GAS", "deadline": "2026-11-29T08:00:00+08:00"}).incident
    assert dispatched.deadline == NOW + 16 * H  # 08:00 Beijing time next day
    assert dispatched.deadline.utcoffset() == timedelta(0)
    gas = officer("gas")
    accepted = decide(dispatched, Command(A.ACCEPT, "m-a"), gas, NOW + H, policy())
    assert accepted.incident.due_at == dispatched.deadline  # dispose stage runs to the promised date


def test_return_needs_a_reason_and_goes_back_to_the_dispatcher_for_redispatch():
    assert refuse(incident(S.DISPATCHED), A.RETURN, "water") == Refused("A return needs a reason", Code.BAD_ARGS)
    returned = apply(incident(S.DISPATCHED), A.RETURN, "water", {"reason": "属燃气管线"}).incident
    assert (returned.status, returned.return_reason, returned.due_at) == (S.RETURNED, "属燃气管线", NOW + H)
    redispatched = apply(returned, A.DISPATCH, "d1_ops", {"lead_agency": "GAS"}).incident
    assert (redispatched.status, redispatched.lead_agency, redispatched.return_reason) == (S.DISPATCHED, "GAS", "")


def test_dispose_needs_a_result_and_starts_the_verify_clock():
    assert refuse(incident(S.ACCEPTED), A.DISPOSE, "water").code is Code.BAD_ARGS
    disposed = apply(incident(S.ACCEPTED), A.DISPOSE, "water", {"note": "已更换管段"})
    assert disposed.action.note == "已更换管段"
    assert disposed.incident.disposed_at == NOW
    assert disposed.incident.due_at == NOW + timedelta(days=1)


def test_failed_verification_goes_back_to_dispatched_with_a_reason():
    assert refuse(incident(S.DISPOSED), A.VERIFY, "s11_sup", {"passed": False}).code is Code.BAD_ARGS
    assert refuse(incident(S.DISPOSED), A.VERIFY, "s11_sup", {}).code is Code.BAD_ARGS
    failed = apply(incident(S.DISPOSED, accepted_at=NOW - H, disposed_at=NOW), A.VERIFY, "s11_sup",
                   {"passed": False, "reason": "仍在漏水"})
    new = failed.incident
    assert (new.status, new.accepted_at, new.disposed_at, new.lead_agency) == (S.DISPATCHED, None, None, "WATER")
    assert new.due_at == NOW + timedelta(minutes=20)
    assert failed.action.data == {"passed": False}


def test_verify_close_and_reopen():
    verified = apply(incident(S.DISPOSED), A.VERIFY, "s11_sup", {"passed": True}).incident
    closed = apply(verified, A.CLOSE, "d1_ops", at=NOW + H).incident
    assert (closed.verified_at, closed.closed_at, closed.due_at) == (NOW, NOW + H, None)
    assert refuse(closed, A.REOPEN, "d1_ops").code is Code.BAD_ARGS
    reopened = apply(closed, A.REOPEN, "d1_ops", {"reason": "复发"}, at=NOW + 2 * H).incident
    assert (reopened.status, reopened.closed_at, reopened.deadline) == (S.REGISTERED, None, None)
    assert reopened.due_at == NOW + 3 * H


def test_escalation_climbs_one_level_at_a_time_until_the_city():
    at_district = apply(incident(S.REGISTERED), A.ESCALATE, "s11_sup", {"reason": "跨街道"}).incident
    assert (at_district.status, at_district.level) == (S.ESCALATED, RegionLevel.DISTRICT)
    assert refuse(at_district, A.REGISTER, "s11_sup").code is Code.LEVEL
    at_city = apply(at_district, A.ESCALATE, "d1_ops", {"reason": "跨区"}).incident
    assert at_city.level is RegionLevel.CITY
    assert refuse(at_city, A.DISPATCH, "d1_ops", {"lead_agency": "WATER"}).code is Code.LEVEL
    assert refuse(at_city, A.ESCALATE, "city_ops", {"reason": "x"}).code is Code.LEVEL
    taken = apply(at_city, A.REGISTER, "city_ops").incident
    assert (taken.status, taken.level) == (S.REGISTERED, RegionLevel.CITY)


def test_supervision_needs_a_higher_level_and_leaves_the_status():
    at_district = incident(S.ACCEPTED, level=RegionLevel.DISTRICT)
    assert refuse(at_district, A.SUPERVISE, "d1_ops").code is Code.LEVEL
    supervised = apply(at_district, A.SUPERVISE, "city_ops", {"note": "限今日办结"})
    assert supervised.incident.supervised and supervised.incident.status is S.ACCEPTED
    assert supervised.incident.due_at == at_district.due_at


def test_cancel_needs_a_reason_and_stops_the_clock():
    assert refuse(incident(S.REGISTERED), A.CANCEL, "d1_ops").code is Code.BAD_ARGS
    cancelled = apply(incident(S.REGISTERED), A.CANCEL, "d1_ops", {"reason": "恶意来电"}).incident
    assert (cancelled.status, cancelled.due_at) == (S.CANCELLED, None)
    assert sla_state(cancelled, NOW + 100 * H, policy()) == (SlaState.NONE, None)


def test_comment_changes_nothing_but_the_history():
    before = incident(S.ACCEPTED, updated_at=NOW - H)
    done = apply(before, A.COMMENT, "roads", {"note": "配合封路"})
    assert done.incident.status is S.ACCEPTED and done.incident.due_at == before.due_at
    assert done.incident.updated_at == NOW
    assert (done.action.actor, done.action.agency, done.action.note) == ("roads", "ROADS", "配合封路")
    assert refuse(before, A.COMMENT, "roads", {"note": "   "}).code is Code.BAD_ARGS


# --- merge ---------------------------------------------------------------------------------------


def test_merge_cancels_the_duplicates_into_the_target_and_keeps_their_urgency():
    target = incident(S.REGISTERED)
    dups = {
        "D-1": incident(S.REPORTED, id="D-1", severity=Severity.CRITICAL),
        "D-2": incident(S.REGISTERED, id="D-2", supervised=True),
    }
    done = apply(target, A.MERGE, "d1_ops", {"duplicates": ["D-1", "D-2"], "note": "同一爆管"}, others=dups)
    assert (done.incident.severity, done.incident.supervised) == (Severity.CRITICAL, True)
    assert done.action.data == {"duplicates": ["D-1", "D-2"]}
    assert [(d.id, d.status, d.merged_into, d.due_at) for d in done.also] == [
        ("D-1", S.CANCELLED, "INC-1", None), ("D-2", S.CANCELLED, "INC-1", None)]
    assert [(a.id, a.incident_id, a.from_status) for a in done.also_actions] == [
        ("m-merge/D-1", "D-1", S.REPORTED), ("m-merge/D-2", "D-2", S.REGISTERED)]


def test_merge_refuses_unknown_closed_foreign_or_self_duplicates():
    target = incident(S.REGISTERED)
    assert refuse(target, A.MERGE, "d1_ops", {"duplicates": ["nope"]}, others={}).code is Code.NOT_FOUND
    assert refuse(target, A.MERGE, "d1_ops", {"duplicates": []}).code is Code.BAD_ARGS
    assert refuse(target, A.MERGE, "d1_ops", {"duplicates": ["INC-1"]}).code is Code.BAD_ARGS
    closed = {"D-1": incident(S.CLOSED, id="D-1")}
    assert refuse(target, A.MERGE, "d1_ops", {"duplicates": ["D-1"]}, others=closed).code is Code.WRONG_STATUS
    foreign = {"D-1": incident(S.REPORTED, id="D-1", street="S21", district="D2")}
    refusal = refuse(target, A.MERGE, "d1_ops", {"duplicates": ["D-1"]}, others=foreign)
    assert refusal == Refused("Duplicate D-1: This incident is outside your area", Code.OUT_OF_SCOPE)


def test_command_names_match_mutation_names():
    assert Command.from_mutation("incident.approve_suspension", "m", {}).action is A.APPROVE_SUSPENSION
    assert Command("dispose", "m").action is A.DISPOSE
    with pytest.raises(ValueError):
        Command.from_mutation("task.accept", "m", {})
    with pytest.raises(ValueError):
        Command.from_mutation("incident.explode", "m", {})


PHOTO = "a" * 64


def test_photos_are_kept_in_the_history_entry_of_any_action():
    assert apply(None, A.REPORT, "d1_ops", {**REPORT, "photos": [PHOTO, PHOTO]}).action.data == {"photos": [PHOTO]}
    disposed = apply(incident(S.ACCEPTED), A.DISPOSE, "water", {"note": "已修复", "photos": [PHOTO]})
    assert disposed.action.data == {"photos": [PHOTO]}


@pytest.mark.parametrize("bad", ["a" * 64, ["not-a-hash"], ["A" * 64], [f"{i:064x}" for i in range(21)]])
def test_malformed_photo_lists_are_refused(bad):
    assert refuse(incident(S.ACCEPTED), A.COMMENT, "water", {"note": "现场", "photos": bad}).code is Code.BAD_ARGS
