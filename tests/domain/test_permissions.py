"""Who sees which incidents and who may act in a joint command: the permission matrix."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from dispatch_desk.domain.permissions import (
    INCIDENT_RULES,
    can,
    in_scope,
    officer_level,
    role_may_ever,
    why_not,
    why_not_acknowledge,
)
from dispatch_desk.domain.permissions_operations import (
    OPERATION_STATUSES,
    OperationAction,
    acting_agencies,
    can_operate,
    is_member,
    is_staff,
    operation_in_scope,
    operation_why_not,
)
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    IncidentStatus,
    LogEntry,
    Officer,
    Operation,
    OperationStatus,
    RegionLevel,
    ReportStatus,
    Role,
    Seat,
    SituationReport,
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
    "IN_S11": (IN_S11, {"city_ops", "d1_ops", "s11_sup", "water", "roads", "leader", "analyst", "admin"}),
    "IN_S21": (IN_S21, {"city_ops", "d2_ops", "gas", "leader", "analyst", "admin"}),
    "IN_OP1": (IN_OP1, {"city_ops", "d2_ops", "gas", "liaison", "leader", "analyst", "admin"}),
    "NOWHERE": (NOWHERE, {"city_ops", "leader", "analyst", "admin"}),
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


def test_leaders_and_analysts_may_do_nothing_and_admins_everything():
    for action in INCIDENT_RULES:
        for seat in ("leader", "analyst"):
            refusal = why_not(officer(seat), action, IN_S11, REGIONS)
            assert refusal is not None and refusal.code is Code.READ_ONLY
            assert not role_may_ever(officer(seat).role, action)  # the desk shows no control for it
        assert can(officer("admin"), action, IN_S11, REGIONS)


def test_a_read_only_seat_is_refused_every_other_kind_of_change_alike():
    from dispatch_desk.domain import permissions as p

    for seat in ("leader", "analyst"):
        me = officer(seat)
        for refusal in (p.read_only(me), p.why_not_publish_assessment(me, REGIONS), p.why_not_set_assessment_weights(me),
                        p.why_not_export_open_data(me), p.why_not_acknowledge(me, Alert("a1", AlertLevel.ALARM, NOW, "水深", region="S11"), REGIONS)):
            assert refusal is not None and refusal.code is Code.READ_ONLY, (seat, refusal)
    assert p.read_only(officer("city_ops")) is None


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
# The role × action matrix: every OperationAction for every kind of officer a joint command knows.

HOUR = timedelta(hours=1)
COMMANDER = Officer("cmd", "cmd", "总指挥", Role.OPS_OFFICER, region="D1")
DEPUTY = Officer("dep", "dep", "副总指挥", Role.AGENCY_OFFICER, agency="GAS")
SEATED = replace(officer("liaison"), operations=("OP1",))  # WATER, seated for WATER
OTHER_LIAISON = Officer("liaison_gas", "liaison_gas", "燃气联络员", Role.LIAISON, agency="GAS", operations=("OP1",))
EXPIRED_LIAISON = Officer("liaison_old", "liaison_old", "已到期联络员", Role.LIAISON, agency="WATER",
                          operations=("OP1",))
SEAT = Seat("seat-1", SEATED.id, "WATER", NOW - HOUR, NOW + HOUR, opened_by="cmd")
SEATS = (SEAT, Seat("seat-2", OTHER_LIAISON.id, "GAS", NOW - HOUR, NOW + HOUR, opened_by="cmd"),
         Seat("seat-3", EXPIRED_LIAISON.id, "WATER", NOW - 2 * HOUR, NOW - HOUR, opened_by="cmd"))
ROLES = {
    "commander": COMMANDER,
    "deputy": DEPUTY,
    "seated_liaison": SEATED,
    "other_agency_liaison": OTHER_LIAISON,
    "expired_liaison": EXPIRED_LIAISON,
    "city_ops": officer("city_ops"),
    "district_ops": officer("d2_ops"),
    "agency_officer": officer("water"),  # of the task's agency, but no member
    "street_supervisor": officer("s11_sup"),
    "leader": officer("leader"),
    "admin": officer("admin"),
}
STAFF = {"commander", "deputy", "admin"}

OP = Operation("OP1", "马拉松保障", "major_event", OperationStatus.ACTIVE, commander="cmd", deputy="dep",
               agencies=("WATER", "GAS"), liaisons=(SEATED.id, OTHER_LIAISON.id), seats=SEATS)
PLANNED = replace(OP, status=OperationStatus.PLANNED)
STOOD_DOWN = replace(OP, status=OperationStatus.STAND_DOWN)
CLOSED = replace(OP, status=OperationStatus.CLOSED)
TASK = Task("T1", "OP1", "WATER", "保障供水", TaskStatus.ASSIGNED, NOW, NOW)
ENTRY = LogEntry("L1", "OP1", NOW, SEATED.id, "report", "供水正常")
REPORT = SituationReport("R1", "OP1", "第一期", ReportStatus.DRAFT, "cmd", NOW)

A = OperationAction
# action → (the operation it is tried on, the officers allowed)
MATRIX: dict[OperationAction, tuple[Operation, set[str]]] = {
    A.CREATE: (PLANNED, {"city_ops", "admin"}),
    A.START: (PLANNED, STAFF | {"city_ops"}),
    A.SET_LEVEL: (OP, STAFF),
    A.TRANSFER: (OP, STAFF | {"city_ops"}),
    A.STAND_DOWN: (OP, STAFF),
    A.CLOSE: (OP, STAFF | {"city_ops"}),
    A.OPEN_SEAT: (OP, STAFF),
    A.CLOSE_SEAT: (OP, STAFF),
    A.CHECK_IN: (OP, STAFF | {"seated_liaison"}),  # the seat given is the seated liaison's
    A.ASSIGN_TASK: (OP, STAFF),
    A.REASSIGN_TASK: (OP, STAFF),
    A.CANCEL_TASK: (OP, STAFF),
    A.UPDATE_TASK: (OP, STAFF | {"seated_liaison"}),  # the task is WATER's
    A.LINK_TASK: (OP, STAFF | {"seated_liaison"}),
    A.APPEND_LOG: (OP, STAFF | {"seated_liaison", "other_agency_liaison", "city_ops"}),
    A.STRIKE_LOG: (OP, {"commander", "seated_liaison", "admin"}),  # the entry is the seated liaison's
    A.FLAG_LOG: (OP, STAFF),
    A.DRAFT_REPORT: (OP, STAFF),
    A.CONTRIBUTE_REPORT: (OP, STAFF | {"seated_liaison"}),  # WATER's section
    A.PUBLISH_REPORT: (OP, STAFF),
}


def test_the_matrix_covers_every_action():
    assert set(MATRIX) == set(OperationAction)


@pytest.mark.parametrize("who", list(ROLES))
@pytest.mark.parametrize("action", list(OperationAction))
def test_operation_permission_matrix(action, who):
    op, allowed = MATRIX[action]
    refusal = operation_why_not(ROLES[who], action, op, task=TASK, entry=ENTRY, seat=SEAT, report=REPORT,
                                agency="WATER", regions=REGIONS, now=NOW)
    assert (refusal is None) is (who in allowed), refusal
    if refusal is not None:
        assert refusal.reason and not refusal.is_conflict  # who may act never depends on the state


@pytest.mark.parametrize("who", list(ROLES))
def test_who_sees_an_operation(who):
    seen = {"commander", "deputy", "seated_liaison", "other_agency_liaison", "city_ops", "district_ops", "leader",
            "admin"}
    assert operation_in_scope(ROLES[who], OP, NOW) is (who in seen)


def test_a_seated_liaison_is_a_member_exactly_while_the_seat_is_open():
    ends = SEAT.ends_at
    assert is_member(SEATED, OP, ends - timedelta(microseconds=1))
    assert not is_member(SEATED, OP, ends)  # the end takes the scope away at that instant
    assert not is_member(SEATED, OP, SEAT.starts_at - timedelta(microseconds=1))
    assert acting_agencies(SEATED, OP, NOW) == {"WATER"}
    assert acting_agencies(SEATED, OP, ends) == frozenset()
    closed = replace(OP, seats=(replace(SEAT, closed_at=NOW - timedelta(minutes=1)), *SEATS[1:]))
    assert not is_member(SEATED, closed, NOW)
    assert not can_operate(SEATED, A.UPDATE_TASK, closed, task=TASK, now=NOW)


def test_a_liaison_seated_for_another_agency_acts_for_both():
    twice = replace(OP, seats=(*SEATS, Seat("seat-4", OTHER_LIAISON.id, "WATER", NOW - HOUR, NOW + HOUR)))
    assert acting_agencies(OTHER_LIAISON, twice, NOW) == {"GAS", "WATER"}
    assert can_operate(OTHER_LIAISON, A.UPDATE_TASK, twice, task=TASK, now=NOW)
    assert not can_operate(OTHER_LIAISON, A.UPDATE_TASK, OP, task=TASK, now=NOW)


def test_a_seconded_officer_without_a_seat_is_a_member():
    seconded = replace(officer("water"), operations=("OP1",))
    assert is_member(seconded, OP, NOW) and not is_staff(seconded, OP)
    assert can_operate(seconded, A.APPEND_LOG, OP, now=NOW)
    assert can_operate(seconded, A.UPDATE_TASK, OP, task=TASK, now=NOW)  # their own agency's task
    assert not can_operate(seconded, A.ASSIGN_TASK, OP, now=NOW)


def test_automatic_entries_are_struck_by_the_commander_only():
    auto = replace(ENTRY, automatic=True, kind="system")
    assert not can_operate(SEATED, A.STRIKE_LOG, OP, entry=auto, now=NOW)
    assert can_operate(COMMANDER, A.STRIKE_LOG, OP, entry=auto, now=NOW)


STATUS_OF = {OperationStatus.PLANNED: PLANNED, OperationStatus.ACTIVE: OP, OperationStatus.STAND_DOWN: STOOD_DOWN,
             OperationStatus.CLOSED: CLOSED}


@pytest.mark.parametrize("action", list(OperationAction))
@pytest.mark.parametrize("status", list(OperationStatus))
def test_operation_status_gates_its_actions(action, status):
    refusal = operation_why_not(officer("admin"), action, STATUS_OF[status], task=TASK, entry=ENTRY, seat=SEAT,
                                report=REPORT, agency="WATER", regions=REGIONS, now=NOW)
    if status in OPERATION_STATUSES[action]:
        assert refusal is None
    else:
        assert refusal.code is Code.WRONG_STATUS and refusal.is_conflict
        assert status.value.replace("_", " ") in refusal.reason


def test_nothing_is_done_in_a_closed_operation():
    assert not any(CLOSED.status in OPERATION_STATUSES[a] for a in OperationAction)


def test_log_entries_are_struck_once_and_only_within_their_operation():
    struck = replace(ENTRY, struck=True, struck_by=SEATED.id, struck_at=NOW)
    assert operation_why_not(COMMANDER, A.STRIKE_LOG, OP, entry=struck).code is Code.WRONG_STATUS
    assert operation_why_not(officer("admin"), A.STRIKE_LOG, OP, entry=struck).code is Code.WRONG_STATUS
    other = replace(ENTRY, operation="OP2")
    assert operation_why_not(SEATED, A.STRIKE_LOG, OP, entry=other, now=NOW).code is Code.BAD_ARGS
    assert operation_why_not(SEATED, A.STRIKE_LOG, OP, now=NOW).code is Code.BAD_ARGS


def test_a_task_is_updated_by_its_own_agency():
    gas_task = replace(TASK, agency="GAS")
    assert not can_operate(SEATED, A.UPDATE_TASK, OP, task=gas_task, now=NOW)
    assert can_operate(OTHER_LIAISON, A.UPDATE_TASK, OP, task=gas_task, now=NOW)
    assert operation_why_not(SEATED, A.UPDATE_TASK, OP, now=NOW).code is Code.BAD_ARGS
    assert operation_why_not(SEATED, A.UPDATE_TASK, OP, task=replace(TASK, operation="OP2"), now=NOW).code \
        is Code.BAD_ARGS


def test_a_published_report_no_longer_changes():
    published = replace(REPORT, status=ReportStatus.PUBLISHED, number=1)
    for action in (A.DRAFT_REPORT, A.CONTRIBUTE_REPORT, A.PUBLISH_REPORT):
        refusal = operation_why_not(COMMANDER, action, OP, report=published, agency="WATER", now=NOW)
        assert refusal.code is Code.WRONG_STATUS


def test_inactive_and_expired_accounts_may_do_nothing():
    for who in ("inactive", "expired"):
        for action in OperationAction:
            refusal = operation_why_not(replace(officer(who), id="cmd"), action, MATRIX[action][0], task=TASK,
                                        entry=ENTRY, seat=SEAT, report=REPORT, regions=REGIONS, now=NOW)
            assert refusal.code is Code.INACTIVE
        assert not operation_in_scope(officer(who), OP, NOW)



@pytest.mark.parametrize("action", list(Action))
def test_a_role_that_may_never_do_an_action_is_refused_it_for_its_role_alone(action):
    """role_may_ever decides which controls a desk shows; it must agree with why_not for every officer."""
    from dispatch_desk.domain.permissions import role_may_ever, why_not

    for who in map(officer, ALL):
        for target in (IN_S11, IN_S21):
            refusal = why_not(who, action, target, REGIONS, NOW)
            if refusal is not None and refusal.code is Code.INACTIVE:
                continue  # nothing else is asked of a disabled account
            by_role = refusal is not None and refusal.code in (Code.FORBIDDEN, Code.READ_ONLY)
            assert by_role == (not role_may_ever(who.role, action)), (who.id, action, refusal)


# Who acknowledges an alert of street S11, of the city, and one without a region (the city's).
ACK_EXPECTED = {
    "city_ops": (None, None, None), "d1_ops": (None, Code.OUT_OF_SCOPE, Code.OUT_OF_SCOPE),
    "d2_ops": (Code.OUT_OF_SCOPE,) * 3, "s11_sup": (None, Code.OUT_OF_SCOPE, Code.OUT_OF_SCOPE),
    "s12_sup": (Code.OUT_OF_SCOPE,) * 3, "water": (Code.FORBIDDEN,) * 3, "roads": (Code.FORBIDDEN,) * 3,
    "gas": (Code.FORBIDDEN,) * 3, "liaison": (Code.FORBIDDEN,) * 3, "leader": (Code.READ_ONLY,) * 3, "analyst": (Code.READ_ONLY,) * 3,
    "admin": (None, None, None), "inactive": (Code.INACTIVE,) * 3, "expired": (Code.INACTIVE,) * 3,
}


def test_acknowledge_matrix_covers_every_officer():
    assert set(ACK_EXPECTED) == set(ALL)


@pytest.mark.parametrize("who", ALL)
def test_who_may_acknowledge_an_alert(who):
    alerts = [Alert(f"a-{n}", AlertLevel.ALARM, NOW, "水深", region=region) for n, region in
              enumerate(("S11", "C", None))]
    got = tuple(getattr(why_not_acknowledge(officer(who), a, REGIONS, NOW), "code", None) for a in alerts)
    assert got == ACK_EXPECTED[who]
