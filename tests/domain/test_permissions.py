"""Who sees which incidents and who may act in a joint command: the permission matrix."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from dispatch_desk.domain.permissions import INCIDENT_RULES, can, in_scope, officer_level
from dispatch_desk.domain.permissions_operations import (
    OperationAction,
    can_operate,
    operation_in_scope,
    operation_why_not,
)
from dispatch_desk.domain.records import (
    IncidentStatus,
    LogEntry,
    Officer,
    Operation,
    OperationStatus,
    RegionLevel,
    Role,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.workflow import Action, Code
from tests.domain.world import ALL, NOW, REGIONS, incident, officer

S = IncidentStatus
IN_S11 = incident(S.ACCEPTED)  # street S11 of district D1, led by WATER, ROADS co-agency
IN_S21 = incident(S.ACCEPTED, street="S21", district="D2", lead_agency="GAS", co_agencies=())
IN_OP1 = incident(S.ACCEPTED, street="S21", district="D2", lead_agency="GAS", co_agencies=(), operation="OP1")
NOWHERE = incident(S.REPORTED, grid_cell=None, street=None, district=None, level=RegionLevel.CITY)

SEES = {
    "IN_S11": (IN_S11, {"city_ops", "d1_ops", "s11_sup", "water", "roads", "leader", "admin"}),
    "IN_S21": (IN_S21, {"city_ops", "d2_ops", "gas", "leader", "admin"}),
    "IN_OP1": (IN_OP1, {"city_ops", "d2_ops", "gas", "liaison", "leader", "admin"}),
    "NOWHERE": (NOWHERE, {"city_ops", "leader", "admin"}),
}


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("case", list(SEES))
def test_each_officer_sees_exactly_the_incidents_of_their_scope(case, who):
    target, seen_by = SEES[case]
    assert in_scope(officer(who), target, REGIONS, NOW) is (who in seen_by)


def test_officers_see_what_they_reported_themselves():
    mine = replace(IN_S21, reporter="s11_sup")
    assert in_scope(officer("s11_sup"), mine, REGIONS)


def test_temporary_seats_expire():
    seat = Officer("t", "t", "临时", Role.LIAISON, agency="WATER", operations=("OP1",),
                   scope_until=NOW + timedelta(hours=1))
    assert in_scope(seat, IN_OP1, REGIONS, NOW)
    assert in_scope(seat, IN_OP1, REGIONS, NOW + timedelta(hours=1))
    assert not in_scope(seat, IN_OP1, REGIONS, NOW + timedelta(hours=1, seconds=1))


def test_levels_come_from_the_region_tree():
    assert officer_level(officer("city_ops"), REGIONS) is RegionLevel.CITY
    assert officer_level(officer("d1_ops"), REGIONS) is RegionLevel.DISTRICT
    assert officer_level(officer("s11_sup"), REGIONS) is RegionLevel.STREET
    assert officer_level(officer("admin"), REGIONS) is RegionLevel.CITY  # no region: the whole city
    assert officer_level(Officer("x", "x", "x", Role.OPS_OFFICER, region="nowhere"), REGIONS) is None


def test_without_a_region_tree_only_exact_areas_match():
    assert in_scope(officer("d1_ops"), IN_S11)
    assert not in_scope(officer("city_ops"), IN_S11)  # the tree is what says "C" is the city
    assert in_scope(replace(officer("city_ops"), region=None), IN_S11)


def test_leaders_may_do_nothing_and_admins_everything():
    for action in INCIDENT_RULES:
        assert not can(officer("leader"), action, IN_S11, REGIONS)
        assert can(officer("admin"), action, IN_S11, REGIONS)


def test_a_liaison_acts_for_its_agency_only_inside_its_operations():
    led_in_op = replace(IN_OP1, lead_agency="WATER", status=S.DISPATCHED)
    assert can(officer("liaison"), Action.ACCEPT, led_in_op, REGIONS)
    assert can(officer("liaison"), Action.COMMENT, led_in_op, REGIONS)
    assert not can(officer("liaison"), Action.ACCEPT, replace(led_in_op, operation=None), REGIONS)
    assert not can(officer("liaison"), Action.REGISTER, led_in_op, REGIONS)


def test_a_street_supervisor_can_be_the_lead_agency_of_its_own_street():
    own = replace(IN_S11, lead_agency="S11-OFFICE", status=S.DISPATCHED)
    assert can(officer("s11_sup"), Action.ACCEPT, own, REGIONS)
    assert can(officer("s11_sup"), Action.DISPOSE, own, REGIONS)
    assert not can(officer("s12_sup"), Action.ACCEPT, own, REGIONS)


# --- operations -----------------------------------------------------------------------------------

OP = Operation("OP1", "马拉松保障", "major_event", OperationStatus.ACTIVE, commander="d1_ops",
               agencies=("WATER", "GAS"), liaisons=("liaison",))
PLANNED = replace(OP, status=OperationStatus.PLANNED)
CLOSED = replace(OP, status=OperationStatus.CLOSED)
TASK = Task("T1", "OP1", "WATER", "保障供水", TaskStatus.ASSIGNED, NOW, NOW)
ENTRY = LogEntry("L1", "OP1", NOW, "liaison", "report", "供水正常")

# action → (operation, officers allowed)
OPERATING = {
    OperationAction.START: (PLANNED, {"d1_ops", "city_ops", "admin"}),
    OperationAction.CLOSE: (OP, {"d1_ops", "city_ops", "admin"}),
    OperationAction.ASSIGN_TASK: (OP, {"d1_ops", "admin"}),
    OperationAction.UPDATE_TASK: (OP, {"d1_ops", "liaison", "admin"}),
    OperationAction.APPEND_LOG: (OP, {"d1_ops", "liaison", "admin"}),
    OperationAction.STRIKE_LOG: (OP, {"d1_ops", "liaison", "admin"}),
}


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("action", list(OperationAction))
def test_operation_permission_matrix(action, who):
    op, allowed = OPERATING[action]
    ok = can_operate(officer(who), action, op, task=TASK, entry=ENTRY, regions=REGIONS, now=NOW)
    assert ok is (who in allowed)


def test_a_seconded_ops_officer_assigns_tasks():
    seconded = replace(officer("d2_ops"), operations=("OP1",))
    assert can_operate(seconded, OperationAction.ASSIGN_TASK, OP)
    assert not can_operate(officer("water"), OperationAction.ASSIGN_TASK, replace(OP, liaisons=("water",)))


def test_operation_status_gates_its_actions():
    assert operation_why_not(officer("admin"), OperationAction.START, OP).code is Code.WRONG_STATUS
    assert operation_why_not(officer("admin"), OperationAction.CLOSE, PLANNED).code is Code.WRONG_STATUS
    for action in (OperationAction.APPEND_LOG, OperationAction.ASSIGN_TASK, OperationAction.STRIKE_LOG):
        refusal = operation_why_not(officer("d1_ops"), action, CLOSED, entry=ENTRY)
        assert refusal.code is Code.WRONG_STATUS
        assert "closed" in refusal.reason


def test_log_entries_are_struck_once_and_only_within_their_operation():
    struck = replace(ENTRY, struck=True, struck_by="liaison", struck_at=NOW)
    assert operation_why_not(officer("d1_ops"), OperationAction.STRIKE_LOG, OP, entry=struck).code \
        is Code.WRONG_STATUS
    assert operation_why_not(officer("admin"), OperationAction.STRIKE_LOG, OP, entry=struck).code \
        is Code.WRONG_STATUS
    other = replace(ENTRY, operation="OP2")
    assert operation_why_not(officer("liaison"), OperationAction.STRIKE_LOG, OP, entry=other).code is Code.BAD_ARGS
    assert operation_why_not(officer("liaison"), OperationAction.STRIKE_LOG, OP).code is Code.BAD_ARGS


def test_a_task_is_updated_by_its_own_agency():
    gas_task = replace(TASK, agency="GAS")
    assert not can_operate(officer("liaison"), OperationAction.UPDATE_TASK, OP, task=gas_task)
    assert operation_why_not(officer("liaison"), OperationAction.UPDATE_TASK, OP).code is Code.BAD_ARGS


def test_who_sees_an_operation():
    seen = {who for who in ALL if operation_in_scope(officer(who), OP, NOW)}
    assert seen == {"city_ops", "d1_ops", "d2_ops", "liaison", "leader", "admin"}
