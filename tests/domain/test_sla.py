"""SLA states at their exact boundaries, per-category rules, time zones and suspended time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dispatch_desk.domain.records import IncidentStatus, SlaRule, SlaStage, SlaState
from dispatch_desk.domain.sla import (
    BUSINESS_TZ,
    SlaPolicy,
    format_local,
    local_time,
    near_at,
    sla_state,
    stage_clock,
    stage_of,
)
from tests.domain.world import NOW, incident, policy

S = IncidentStatus
SECOND = timedelta(seconds=1)

# A dispatched pipe burst must be accepted within 20 minutes; near-overdue in the last 5.
DISPATCHED = incident(S.DISPATCHED)
DUE = NOW + timedelta(minutes=20)


@pytest.mark.parametrize(
    ("at", "state", "left"),
    [
        (NOW, SlaState.OK, 1200.0),
        (DUE - timedelta(minutes=5) - SECOND, SlaState.OK, 301.0),
        (DUE - timedelta(minutes=5), SlaState.NEAR, 300.0),  # near starts at the threshold itself
        (DUE - SECOND, SlaState.NEAR, 1.0),
        (DUE, SlaState.NEAR, 0.0),  # the deadline instant is still in time
        (DUE + timedelta(microseconds=1), SlaState.OVERDUE, -0.000001),
        (DUE + timedelta(hours=2), SlaState.OVERDUE, -7200.0),
    ],
)
def test_states_around_the_near_threshold_and_the_deadline(at, state, left):
    assert DISPATCHED.due_at == DUE
    assert sla_state(DISPATCHED, at, policy()) == (state, pytest.approx(left))


def test_near_at_is_where_near_begins():
    assert near_at(DISPATCHED, policy()) == DUE - timedelta(minutes=5)
    assert near_at(incident(S.CLOSED), policy()) is None


def test_category_rules_override_the_defaults_per_stage():
    p = policy()
    assert p.rule("pipe_burst", SlaStage.ACCEPT).limit_minutes == 20
    assert p.rule("pipe_burst", SlaStage.REGISTER).limit_minutes == 30  # default
    assert p.rule("litter", SlaStage.ACCEPT).limit_minutes == 120  # default
    custom = SlaPolicy(defaults={SlaStage.ACCEPT: SlaRule("*", SlaStage.ACCEPT, 45, 15)})
    assert custom.rule("anything", SlaStage.ACCEPT).limit_minutes == 45
    assert custom.knows_category("anything")
    assert not p.knows_category("anything")


@pytest.mark.parametrize(
    ("status", "stage"),
    [
        (S.REPORTED, SlaStage.REGISTER),
        (S.REGISTERED, SlaStage.DISPATCH),
        (S.RETURNED, SlaStage.DISPATCH),
        (S.ESCALATED, SlaStage.DISPATCH),
        (S.DISPATCHED, SlaStage.ACCEPT),
        (S.ACCEPTED, SlaStage.DISPOSE),
        (S.DISPOSED, SlaStage.VERIFY),
        (S.VERIFIED, None),
        (S.CLOSED, None),
        (S.CANCELLED, None),
        (S.SUSPENDED, None),
    ],
)
def test_each_status_runs_the_clock_of_its_stage(status, stage):
    assert stage_of(status) is stage
    started, due = stage_clock("litter", status, NOW, policy())
    if stage is None:
        assert (started, due) == (None, None)
    else:
        assert started == NOW and due == NOW + policy().limit("litter", stage)


@pytest.mark.parametrize("status", [S.VERIFIED, S.CLOSED, S.CANCELLED])
def test_finished_incidents_have_no_sla(status):
    stale = replace(incident(status), due_at=NOW - timedelta(days=3))
    assert sla_state(stale, NOW, policy()) == (SlaState.NONE, None)


def test_suspended_time_does_not_count():
    suspended = incident(S.SUSPENDED, suspended_until=NOW + timedelta(hours=10))
    assert sla_state(suspended, NOW + timedelta(hours=9), policy()) == (SlaState.NONE, None)
    # At the end of the suspension the clock runs again with the same time left as when it stopped.
    left_when_stopped = (suspended.due_at - suspended.suspended_at).total_seconds()
    assert sla_state(suspended, NOW + timedelta(hours=10), policy())[1] == left_when_stopped
    state, left = sla_state(suspended, NOW + timedelta(hours=10) + timedelta(hours=5), policy())
    assert (state, left) == (SlaState.OVERDUE, left_when_stopped - 5 * 3600)


def test_a_suspension_without_a_stage_deadline_has_no_sla():
    odd = replace(incident(S.SUSPENDED), due_at=None)
    assert sla_state(odd, NOW + timedelta(days=5), policy()) == (SlaState.NONE, None)


def test_times_in_other_zones_are_the_same_instants():
    shanghai_now = (DUE - timedelta(minutes=5)).astimezone(ZoneInfo("Asia/Shanghai"))
    new_york_now = (DUE - timedelta(minutes=5)).astimezone(ZoneInfo("America/New_York"))
    assert sla_state(DISPATCHED, shanghai_now, policy()) == sla_state(DISPATCHED, new_york_now, policy()) \
        == (SlaState.NEAR, 300.0)


def test_business_time_is_beijing_time_across_the_date_line():
    late = datetime(2026, 11, 28, 16, 30, tzinfo=UTC)
    assert BUSINESS_TZ.key == "Asia/Shanghai"
    assert format_local(late) == "2026-11-29 00:30"
    assert format_local(late, "%H:%M:%S") == "00:30:00"
    assert local_time(datetime(2026, 11, 28, 16, 30)).hour == 0  # naive means UTC
    assert local_time(late).utcoffset() == timedelta(hours=8)
    assert format_local(None) == ""
