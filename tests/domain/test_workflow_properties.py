"""Random walks through the life cycle: whatever officers do, an incident stays consistent."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import event, given, settings
from hypothesis import strategies as st

from dispatch_desk.domain.records import IncidentStatus
from dispatch_desk.domain.sla import effective_due, sla_state, stage_of
from dispatch_desk.domain.workflow import (
    Action,
    Applied,
    Command,
    Refused,
    allowed_actions,
    decide,
    resume_lapsed,
)
from tests.domain.world import ALL, NOW, officer, policy

S = IncidentStatus
A = Action
WALKABLE = [a for a in Action if a not in (A.REPORT, A.MERGE)]
MOVING = frozenset(WALKABLE) - {A.COMMENT, A.SUPERVISE, A.EXTEND, A.CANCEL}
REPORT = {"id": "W-1", "title": "路灯不亮", "category": "pipe_burst", "source": "citizen_app", "severity": 2,
          "lon": 121.5, "lat": 31.2, "grid_cell": "G1", "street": "S11", "district": "D1"}


def valid_args(action: Action, incident, now) -> dict:
    """Arguments that are well-formed at `now`, so that only state and permissions decide."""
    due = effective_due(incident, now)
    return {
        A.DISPATCH: {"lead_agency": "WATER", "co_agencies": ["ROADS"]},
        A.RETURN: {"reason": "非本单位"},
        A.DISPOSE: {"note": "已处置"},
        A.VERIFY: {"passed": bool(now.minute % 2), "reason": "复核"},
        A.REOPEN: {"reason": "复发"},
        A.ESCALATE: {"reason": "需协调"},
        A.SUSPEND: {"reason": "天气", "until": (now + timedelta(hours=3)).isoformat()},
        A.APPROVE_SUSPENSION: {"approved": bool(now.minute % 3)},
        A.EXTEND: {"reason": "延期", "until": ((due or now) + timedelta(hours=1)).isoformat()},
        A.CANCEL: {"reason": "无效"},
        A.COMMENT: {"note": "备注"},
    }.get(action, {})


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_walks_keep_the_incident_consistent(data):
    """Each step tries one random action (it must succeed exactly when it is offered), then takes one
    of the offered actions — mostly one that moves the incident along — so walks reach deep into the
    life cycle instead of stalling at refusals."""
    now = NOW
    reported = decide(None, Command(A.REPORT, "m-0", REPORT), officer("admin"), now, policy())
    assert isinstance(reported, Applied)
    current = reported.incident
    for n in range(1, data.draw(st.integers(min_value=1, max_value=30), label="steps") + 1):
        now += timedelta(minutes=data.draw(st.integers(min_value=0, max_value=600), label="minutes"))
        who, probe = data.draw(st.sampled_from(ALL), label="who"), data.draw(st.sampled_from(WALKABLE), label="probe")
        offered = allowed_actions(current, officer(who), now, policy())
        tried = decide(current, Command(probe, "probe", valid_args(probe, current, now)), officer(who), now,
                       policy())
        assert (offered[probe] is None) is isinstance(tried, Applied), (probe, who, tried)
        if isinstance(tried, Refused):
            assert tried.reason == offered[probe]
        # choose the action first, then who does it, so that actions many officers may take (cancel,
        # comment) do not crowd out the ones only one agency may take (accept, dispose)
        doers: dict[Action, list[str]] = {}
        for w in ALL:
            for a, reason in allowed_actions(current, officer(w), now, policy()).items():
                if reason is None and a in WALKABLE:
                    doers.setdefault(a, []).append(w)
        if not doers:
            continue
        moving = sorted(a for a in doers if a in MOVING)
        wants_move = moving and data.draw(st.integers(0, 3), label="move") > 0
        action = data.draw(st.sampled_from(moving if wants_move else sorted(doers)), label="action")
        who = data.draw(st.sampled_from(doers[action]), label="who")
        decision = decide(current, Command(action, f"m-{n}", valid_args(action, current, now)), officer(who), now,
                          policy())
        assert isinstance(decision, Applied), (action, who, decision)
        event(f"applied {action.value}")
        before = resume_lapsed(current, now) or current
        new, history = decision.incident, decision.action
        assert (history.id, history.incident_id, history.at) == (f"m-{n}", new.id, now)
        assert (history.from_status, history.to_status) == (before.status, new.status)
        assert new.updated_at == now
        assert new.suspended_seconds >= current.suspended_seconds
        if new.status is S.SUSPENDED:
            assert None not in (new.suspended_at, new.suspended_until, new.resume_status, new.due_at)
        else:
            assert (new.suspended_at, new.resume_status) == (None, None)
            assert (new.due_at is None) is (stage_of(new.status) is None)
        if action is A.RESUME:  # the stage goes on where it stopped
            assert new.stage_started_at == before.stage_started_at
        elif new.status is not before.status and new.status is not S.SUSPENDED and stage_of(new.status):
            assert new.stage_started_at == now
        state, left = sla_state(new, now, policy())
        assert (left is None) is (state.value == "none")
        current = new
