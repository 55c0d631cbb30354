"""Suspension (挂起) with approval, and deadline extension (延期): suspended time never counts."""

from __future__ import annotations

from datetime import timedelta

from dispatch_desk.domain.records import IncidentStatus, RegionLevel, SlaState
from dispatch_desk.domain.sla import sla_state
from dispatch_desk.domain.workflow import Action, Applied, Code, Command, Refused, decide, resume_lapsed
from tests.domain.world import NOW, incident, officer, policy

S = IncidentStatus
A = Action
H = timedelta(hours=1)


def apply(target, action, who, args=None, at=NOW) -> Applied:
    decision = decide(target, Command(action, f"m-{action}", args or {}), officer(who), at, policy())
    assert isinstance(decision, Applied), decision
    return decision


def refuse(target, action, who, args=None, at=NOW) -> Refused:
    decision = decide(target, Command(action, "m-x", args or {}), officer(who), at, policy())
    assert isinstance(decision, Refused), decision
    return decision


def _requested(until=NOW + 10 * H):
    accepted = incident(S.ACCEPTED)
    return apply(accepted, A.SUSPEND, "water", {"reason": "暴雨停工", "until": until.isoformat()}).incident


def test_a_suspension_request_keeps_the_clock_running_until_approved():
    accepted = incident(S.ACCEPTED)
    requested = _requested()
    assert (requested.status, requested.suspended_until, requested.due_at) == (S.ACCEPTED, NOW + 10 * H,
                                                                               accepted.due_at)
    assert sla_state(requested, NOW, policy())[0] is not SlaState.NONE
    assert refuse(requested, A.SUSPEND, "water", {"reason": "again", "until": (NOW + H).isoformat()}).code \
        is Code.PENDING


def test_a_suspension_request_needs_a_reason_and_a_future_end():
    accepted = incident(S.ACCEPTED)
    assert refuse(accepted, A.SUSPEND, "water", {"until": (NOW + H).isoformat()}).code is Code.BAD_ARGS
    assert refuse(accepted, A.SUSPEND, "water", {"reason": "x"}).code is Code.BAD_ARGS
    assert refuse(accepted, A.SUSPEND, "water", {"reason": "x", "until": NOW.isoformat()}).code is Code.BAD_ARGS


def test_approval_stops_the_clock_and_resume_moves_the_deadlines_by_the_suspended_span():
    requested = _requested()
    suspended = apply(requested, A.APPROVE_SUSPENSION, "d1_ops", at=NOW + H).incident
    assert (suspended.status, suspended.resume_status, suspended.suspended_at) == (S.SUSPENDED, S.ACCEPTED, NOW + H)
    assert sla_state(suspended, NOW + 5 * H, policy()) == (SlaState.NONE, None)
    resumed = apply(suspended, A.RESUME, "s11_sup", at=NOW + 3 * H)
    new = resumed.incident
    assert (new.status, new.suspended_seconds, new.suspended_until, new.resume_status) == (
        S.ACCEPTED, 7200, None, None)
    assert new.due_at == requested.due_at + 2 * H
    assert new.deadline == requested.deadline + 2 * H
    assert resumed.action.data == {"suspended_seconds": 7200}


def test_a_rejected_request_is_dropped():
    rejected = apply(_requested(), A.APPROVE_SUSPENSION, "d1_ops", {"approved": False, "note": "不予批准"})
    assert (rejected.incident.status, rejected.incident.suspended_until) == (S.ACCEPTED, None)
    assert refuse(rejected.incident, A.APPROVE_SUSPENSION, "d1_ops").code is Code.PENDING


def test_approval_comes_from_above_the_handling_level():
    assert refuse(_requested(), A.APPROVE_SUSPENSION, "s11_sup").code is Code.FORBIDDEN
    at_district = incident(S.ACCEPTED, level=RegionLevel.DISTRICT, pending_suspension=True)
    assert refuse(at_district, A.APPROVE_SUSPENSION, "d1_ops").code is Code.LEVEL
    assert apply(at_district, A.APPROVE_SUSPENSION, "city_ops").incident.status is S.SUSPENDED
    at_city = incident(S.ACCEPTED, level=RegionLevel.CITY, pending_suspension=True)
    assert apply(at_city, A.APPROVE_SUSPENSION, "city_ops").incident.status is S.SUSPENDED


def test_a_request_whose_end_has_passed_lapses_unapproved():
    requested = _requested(until=NOW + H)
    assert refuse(requested, A.APPROVE_SUSPENSION, "d1_ops", at=NOW + H) == Refused(
        "No suspension request is waiting for approval", Code.PENDING)
    again = apply(requested, A.SUSPEND, "water", {"reason": "仍在下雨", "until": (NOW + 5 * H).isoformat()}, at=NOW + H)
    assert again.incident.suspended_until == NOW + 5 * H


def test_a_suspension_ends_by_itself_at_its_end_time():
    suspended = incident(S.SUSPENDED)  # suspended at NOW until NOW + 1 day, from accepted
    day = timedelta(days=1)
    assert resume_lapsed(suspended, NOW + day - timedelta(seconds=1)) is None
    lapsed = resume_lapsed(suspended, NOW + day + H)
    assert lapsed is not None
    assert (lapsed.status, lapsed.suspended_seconds, lapsed.due_at) == (S.ACCEPTED, 86400, suspended.due_at + day)
    # the next action sees the lapsed state; resume is no longer offered
    commented = apply(suspended, A.COMMENT, "water", {"note": "已复工"}, at=NOW + day + H)
    assert commented.incident.status is S.ACCEPTED
    assert commented.action.from_status is S.ACCEPTED
    assert commented.action.data == {"suspension_ended": True}
    assert refuse(suspended, A.RESUME, "d1_ops", at=NOW + day + H).code is Code.WRONG_STATUS


def test_resume_after_the_end_time_counts_only_until_the_end():
    suspended = incident(S.SUSPENDED, suspended_until=NOW + 2 * H)
    assert resume_lapsed(suspended, NOW + H) is None
    resumed = apply(suspended, A.RESUME, "d1_ops", at=NOW + H).incident
    assert resumed.suspended_seconds == 3600


def test_extension_moves_the_stage_and_overall_deadline_later_only():
    accepted = incident(S.ACCEPTED)
    assert refuse(accepted, A.EXTEND, "d1_ops", {"reason": "x", "until": (accepted.due_at - H).isoformat()}) \
        == Refused("An extension must move the deadline later", Code.BAD_ARGS)
    assert refuse(accepted, A.EXTEND, "d1_ops", {"until": (NOW + 9 * H).isoformat()}).code is Code.BAD_ARGS
    assert refuse(accepted, A.EXTEND, "water", {"reason": "x", "until": (NOW + 9 * H).isoformat()}).code \
        is Code.FORBIDDEN
    extended = apply(accepted, A.EXTEND, "d1_ops", {"reason": "需换管", "until": (NOW + 9 * H).isoformat()})
    assert (extended.incident.due_at, extended.incident.deadline) == (NOW + 9 * H, NOW + 9 * H)
    assert extended.incident.status is S.ACCEPTED
    assert extended.action.data == {"from": accepted.due_at.isoformat(), "until": (NOW + 9 * H).isoformat()}


def test_an_early_stage_extension_leaves_the_disposal_deadline():
    dispatched = incident(S.DISPATCHED)  # accept due in 20 minutes, disposal deadline in 4 hours
    extended = apply(dispatched, A.EXTEND, "city_ops", {"reason": "联系不上", "until": (NOW + H).isoformat()})
    assert (extended.incident.due_at, extended.incident.deadline) == (NOW + H, dispatched.deadline)


def test_verified_incidents_have_no_deadline_to_extend():
    verified = incident(S.VERIFIED)
    assert refuse(verified, A.EXTEND, "admin", {"reason": "x", "until": (NOW + H).isoformat()}).code \
        is Code.WRONG_STATUS


def test_a_waiting_request_is_dropped_when_the_stage_ends():
    requested = _requested()
    disposed = apply(requested, A.DISPOSE, "water", {"note": "已抢修完毕"}).incident
    assert (disposed.status, disposed.suspended_until) == (S.DISPOSED, None)
    failed = apply(disposed, A.VERIFY, "d1_ops", {"passed": False, "reason": "仍漏水"}).incident
    assert refuse(failed, A.APPROVE_SUSPENSION, "d1_ops").code is Code.PENDING  # the old request is gone
    assert apply(failed, A.SUSPEND, "water", {"reason": "等配件", "until": (NOW + H).isoformat()}) \
        .incident.suspended_until == NOW + H


def test_cancelling_a_suspended_incident_ends_the_suspension_first():
    suspended = incident(S.SUSPENDED)
    cancelled = apply(suspended, A.CANCEL, "d1_ops", {"reason": "重复"}, at=NOW + 2 * H).incident
    assert (cancelled.status, cancelled.suspended_seconds) == (S.CANCELLED, 7200)
    assert (cancelled.suspended_at, cancelled.suspended_until, cancelled.resume_status, cancelled.due_at) == (
        None, None, None, None)
