"""Every action from every status, and every action by every role: the life-cycle table as a spec."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.domain.records import IncidentStatus
from dispatch_desk.domain.workflow import (
    Action,
    Applied,
    Code,
    Command,
    Refused,
    allowed_actions,
    decide,
    verdicts,
)
from tests.domain.world import ALL, NOW, incident, officer, policy

S = IncidentStatus
A = Action
OPEN = set(S) - {S.CLOSED, S.CANCELLED}
SUSPENDABLE = {S.REGISTERED, S.RETURNED, S.ESCALATED, S.DISPATCHED, S.ACCEPTED}
CLOCKED = {S.REPORTED, S.REGISTERED, S.RETURNED, S.ESCALATED, S.DISPATCHED, S.ACCEPTED, S.DISPOSED}

# action → (statuses it starts from, status it leads to; None = unchanged)
LIFE_CYCLE: dict[Action, tuple[set[IncidentStatus], IncidentStatus | None]] = {
    A.REGISTER: ({S.REPORTED, S.ESCALATED}, S.REGISTERED),
    A.DISPATCH: ({S.REGISTERED, S.RETURNED, S.ESCALATED, S.DISPATCHED}, S.DISPATCHED),
    A.ACCEPT: ({S.DISPATCHED}, S.ACCEPTED),
    A.RETURN: ({S.DISPATCHED, S.ACCEPTED}, S.RETURNED),
    A.DISPOSE: ({S.ACCEPTED}, S.DISPOSED),
    A.VERIFY: ({S.DISPOSED}, S.VERIFIED),
    A.CLOSE: ({S.VERIFIED}, S.CLOSED),
    A.REOPEN: ({S.CLOSED}, S.REGISTERED),
    A.ESCALATE: ({S.REPORTED, S.REGISTERED, S.RETURNED, S.ESCALATED}, S.ESCALATED),
    A.SUSPEND: (SUSPENDABLE, None),
    A.APPROVE_SUSPENSION: (SUSPENDABLE, S.SUSPENDED),
    A.RESUME: ({S.SUSPENDED}, S.ACCEPTED),
    A.EXTEND: (CLOCKED, None),
    A.SUPERVISE: (OPEN, None),
    A.CANCEL: (OPEN, S.CANCELLED),
    A.MERGE: (OPEN - {S.SUSPENDED}, None),
    A.COMMENT: (set(S), None),
}

ARGS = {
    A.REGISTER: {},
    A.DISPATCH: {"lead_agency": "WATER", "co_agencies": ["ROADS"]},
    A.ACCEPT: {},
    A.RETURN: {"reason": "不属于本单位职责"},
    A.DISPOSE: {"note": "已修复"},
    A.VERIFY: {"passed": True},
    A.CLOSE: {},
    A.REOPEN: {"reason": "问题复发"},
    A.ESCALATE: {"reason": "需区级协调"},
    A.SUSPEND: {"reason": "暴雨无法施工", "until": (NOW + timedelta(hours=12)).isoformat()},
    A.APPROVE_SUSPENSION: {"approved": True},
    A.RESUME: {},
    A.EXTEND: {"reason": "需更换主管", "until": (NOW + timedelta(days=30)).isoformat()},
    A.SUPERVISE: {"note": "请加快处置"},
    A.CANCEL: {"reason": "重复来电"},
    A.MERGE: {"duplicates": ["DUP-1"]},
    A.COMMENT: {"note": "现场已围挡"},
}

# action → the status used to try it, and the officers allowed to do it on an incident of street S11
# (district D1) led by WATER with ROADS as co-agency.
WHO: dict[Action, tuple[IncidentStatus, set[str]]] = {
    A.REGISTER: (S.REPORTED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.DISPATCH: (S.REGISTERED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.ACCEPT: (S.DISPATCHED, {"water", "admin"}),
    A.RETURN: (S.DISPATCHED, {"water", "admin"}),
    A.DISPOSE: (S.ACCEPTED, {"water", "admin"}),
    A.VERIFY: (S.DISPOSED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.CLOSE: (S.VERIFIED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.REOPEN: (S.CLOSED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.ESCALATE: (S.REGISTERED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.SUSPEND: (S.ACCEPTED, {"city_ops", "d1_ops", "s11_sup", "water", "admin"}),
    A.APPROVE_SUSPENSION: (S.ACCEPTED, {"city_ops", "d1_ops", "admin"}),
    A.RESUME: (S.SUSPENDED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.EXTEND: (S.ACCEPTED, {"city_ops", "d1_ops", "admin"}),
    A.SUPERVISE: (S.ACCEPTED, {"city_ops", "d1_ops", "admin"}),
    A.CANCEL: (S.REGISTERED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.MERGE: (S.REGISTERED, {"city_ops", "d1_ops", "s11_sup", "admin"}),
    A.COMMENT: (S.ACCEPTED, {"city_ops", "d1_ops", "s11_sup", "water", "roads", "admin"}),
}


def _try(action: Action, status: IncidentStatus, who: str):
    target = incident(status, pending_suspension=action is A.APPROVE_SUSPENSION)
    others = {"DUP-1": incident(S.REGISTERED, id="DUP-1")}
    return decide(target, Command(action, "m-1", ARGS[action]), officer(who), NOW, policy(), others)


def test_the_tables_cover_every_action_but_report():
    assert set(LIFE_CYCLE) == set(WHO) == set(ARGS) == set(Action) - {A.REPORT}


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("action", list(LIFE_CYCLE))
def test_action_applies_exactly_in_its_statuses(action: Action, status: IncidentStatus):
    froms, to = LIFE_CYCLE[action]
    decision = _try(action, status, "admin")
    if status in froms:
        assert isinstance(decision, Applied), decision
        assert decision.incident.status is (to or status)
        assert decision.action.from_status is status
        assert decision.action.to_status is decision.incident.status
        assert decision.action.id == "m-1"
        assert decision.incident.updated_at == NOW
    else:
        assert isinstance(decision, Refused)
        assert decision.code in (Code.WRONG_STATUS, Code.PENDING)
        assert decision.reason


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("action", list(WHO))
def test_action_is_allowed_exactly_to_its_roles(action: Action, who: str):
    status, allowed = WHO[action]
    decision = _try(action, status, who)
    if who in allowed:
        assert isinstance(decision, Applied), decision
    else:
        assert isinstance(decision, Refused), who
        assert decision.code in (Code.FORBIDDEN, Code.OUT_OF_SCOPE, Code.LEVEL, Code.READ_ONLY, Code.INACTIVE)


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("status", list(S))
def test_allowed_actions_agrees_with_decide(status: IncidentStatus, who: str):
    """The buttons the client enables are exactly the commands the workflow then accepts."""
    for pending in (False, True):
        target = incident(status, pending_suspension=pending)
        offered = allowed_actions(target, officer(who), NOW, policy())
        assert offered[A.REPORT] is not None
        for action in LIFE_CYCLE:
            others = {"DUP-1": incident(S.REGISTERED, id="DUP-1")}
            decision = decide(target, Command(action, "m-1", ARGS[action]), officer(who), NOW, policy(), others)
            if offered[action] is None:
                assert isinstance(decision, Applied), (action, decision)
            else:
                assert isinstance(decision, Refused), action
                assert decision.reason == offered[action]


def test_refusal_codes_name_the_cause():
    leader = _try(A.REGISTER, S.REPORTED, "leader")
    assert leader == Refused("Leaders and analysts have read-only access", Code.READ_ONLY)
    assert _try(A.REGISTER, S.REPORTED, "inactive").code is Code.INACTIVE
    assert _try(A.REGISTER, S.REPORTED, "expired").code is Code.INACTIVE
    assert _try(A.REGISTER, S.REPORTED, "d2_ops").code is Code.OUT_OF_SCOPE
    assert _try(A.REGISTER, S.REPORTED, "s12_sup").code is Code.OUT_OF_SCOPE
    assert _try(A.ACCEPT, S.DISPATCHED, "gas").code is Code.OUT_OF_SCOPE
    assert _try(A.ACCEPT, S.DISPATCHED, "city_ops").code is Code.FORBIDDEN
    assert _try(A.APPROVE_SUSPENSION, S.ACCEPTED, "s11_sup").code is Code.FORBIDDEN
    assert _try(A.CLOSE, S.DISPOSED, "admin").reason == "Cannot close an incident that is disposed"


def test_state_refusals_are_conflicts_and_permission_refusals_are_not():
    assert _try(A.CLOSE, S.DISPOSED, "admin").is_conflict
    assert not _try(A.REGISTER, S.REPORTED, "leader").is_conflict
    assert not decide(incident(S.DISPATCHED), Command(A.RETURN, "m", {}), officer("admin"), NOW,
                      policy()).is_conflict


def test_nothing_but_report_is_offered_without_an_incident():
    offered = allowed_actions(None, officer("d1_ops"), NOW, policy())
    assert offered[A.REPORT] is None
    assert all(offered[a] == "No incident selected" for a in Action if a is not A.REPORT)
    assert allowed_actions(None, officer("leader"), NOW, policy())[A.REPORT] == "Leaders and analysts have read-only access"
    assert allowed_actions(None, officer("inactive"), NOW, policy())[A.REPORT] is not None


@pytest.mark.parametrize("who", ALL)
def test_verdicts_carry_the_codes_behind_the_reasons(who):
    target = incident(S.DISPATCHED)
    full = verdicts(target, officer(who), NOW, policy())
    assert {a: (r.reason if r else None) for a, r in full.items()} == allowed_actions(target, officer(who), NOW,
                                                                                       policy())
    for action, refusal in full.items():
        if refusal is not None and action is not A.REPORT:
            decision = decide(target, Command(action, "m-1", ARGS[action]), officer(who), NOW, policy(),
                              {"DUP-1": incident(S.REGISTERED, id="DUP-1")})
            assert decision == refusal
    assert verdicts(None, officer("leader"), NOW, policy())[A.REPORT].code is Code.READ_ONLY
