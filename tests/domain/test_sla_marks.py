"""One SLA rule: the state the queue and the map read from a cached row's marks (status, `due_at`,
`near_at`) is the state the domain computes from the whole record and the policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from dispatch_desk.domain.records import IncidentStatus, SlaState
from dispatch_desk.domain.sla import marks_state, near_at, sla_state
from tests.domain.world import NOW, incident, policy

S = IncidentStatus
RUNNING = [s for s in S if s is not S.SUSPENDED]  # a suspended row's marks stop the clock on their own


@given(status=st.sampled_from(RUNNING), due=st.one_of(st.none(), st.integers(-3 * 86400, 3 * 86400)),
       at=st.integers(-3 * 86400, 3 * 86400))
def test_the_marks_of_a_row_give_the_state_of_its_record(status, due, at):
    record = replace(incident(status), due_at=None if due is None else NOW + timedelta(seconds=due))
    now = NOW + timedelta(seconds=at)
    assert marks_state(record.status.value, record.due_at, near_at(record, policy()), now) == \
        sla_state(record, now, policy())


def test_the_deadline_instant_is_near_and_one_microsecond_later_overdue():
    record = replace(incident(S.DISPATCHED), due_at=NOW)
    near = near_at(record, policy())
    assert marks_state("dispatched", record.due_at, near, NOW) == (SlaState.NEAR, 0.0)
    assert marks_state("dispatched", record.due_at, near, NOW + timedelta(microseconds=1))[0] is SlaState.OVERDUE
    assert marks_state("dispatched", record.due_at, near, near - timedelta(microseconds=1))[0] is SlaState.OK


def test_no_clock_runs_while_suspended_verified_closed_or_cancelled_whatever_the_row_says():
    for status in ("suspended", "verified", "closed", "cancelled"):
        assert marks_state(status, NOW, NOW, NOW + timedelta(hours=9)) == (SlaState.NONE, None)
