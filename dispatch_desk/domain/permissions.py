"""Who may do what: roles, scopes and the ties between an officer and an incident or operation.

An action is allowed when the officer holds one of the *ties* the rule table lists for it:

- handler: an ops officer or street supervisor whose area covers the incident, at or above the level
  currently handling it (street < district < city);
- above: an ops officer above the handling level (the city counts as above itself, since nobody is
  higher) whose area covers the incident — approves suspensions and extensions, supervises (督办);
- lead: an officer of the incident's lead agency (a liaison only inside their operations);
- party: anyone who sees the incident (area, lead or co-agency, operation, own report);
- reporter: who may raise a new incident at that place.

Admins may do everything, leaders and analysts nothing (`READ_ONLY_ROLES`). Disabled accounts and
expired temporary seats may do nothing and see nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from enum import StrEnum

from dispatch_desk.domain.geo_regions import LEVEL_RANK, RegionTree
from dispatch_desk.domain.records import Alert, Incident, Officer, Region, RegionLevel, Role
from dispatch_desk.domain.workflow_actions import Action, Code, Refused

Regions = RegionTree | Iterable[Region] | Mapping[str, Region] | None


class Tie(StrEnum):
    HANDLER = "handler"
    ABOVE = "above"
    LEAD = "lead"
    PARTY = "party"
    REPORTER = "reporter"


INCIDENT_RULES: Mapping[Action, tuple[Tie, ...]] = {
    Action.REPORT: (Tie.REPORTER,),
    Action.REGISTER: (Tie.HANDLER,),
    Action.DISPATCH: (Tie.HANDLER,),
    Action.ACCEPT: (Tie.LEAD,),
    Action.RETURN: (Tie.LEAD,),
    Action.DISPOSE: (Tie.LEAD,),
    Action.VERIFY: (Tie.HANDLER,),
    Action.CLOSE: (Tie.HANDLER,),
    Action.REOPEN: (Tie.HANDLER,),
    Action.ESCALATE: (Tie.HANDLER,),
    Action.SUSPEND: (Tie.HANDLER, Tie.LEAD),
    Action.APPROVE_SUSPENSION: (Tie.ABOVE,),
    Action.RESUME: (Tie.HANDLER, Tie.ABOVE),
    Action.EXTEND: (Tie.ABOVE,),
    Action.SUPERVISE: (Tie.ABOVE,),
    Action.CANCEL: (Tie.HANDLER,),
    Action.MERGE: (Tie.HANDLER,),
    Action.COMMENT: (Tie.PARTY,),
}

# Which roles can hold each tie at all.
TIE_ROLES: Mapping[Tie, frozenset[Role]] = {
    Tie.HANDLER: frozenset({Role.OPS_OFFICER, Role.STREET_SUPERVISOR}),
    Tie.ABOVE: frozenset({Role.OPS_OFFICER}),
    Tie.LEAD: frozenset({Role.AGENCY_OFFICER, Role.STREET_SUPERVISOR, Role.LIAISON}),
    Tie.PARTY: frozenset({Role.OPS_OFFICER, Role.STREET_SUPERVISOR, Role.AGENCY_OFFICER, Role.LIAISON}),
    Tie.REPORTER: frozenset({Role.OPS_OFFICER, Role.STREET_SUPERVISOR, Role.AGENCY_OFFICER, Role.LIAISON}),
}

# Roles that read and never write: the leader's and the analyst's seats.
READ_ONLY_ROLES = frozenset({Role.LEADER, Role.ANALYST})
READ_ONLY_REASON = "Leaders and analysts have read-only access"
# Roles whose view of incidents is an area of the region tree.
AREA_ROLES = frozenset({Role.OPS_OFFICER, Role.STREET_SUPERVISOR, *READ_ONLY_ROLES})


def read_only(officer: Officer) -> Refused | None:
    """The refusal of any change by a read-only seat, or None for a seat that may write."""
    return Refused(READ_ONLY_REASON, Code.READ_ONLY) if officer.role in READ_ONLY_ROLES else None


def is_active(officer: Officer, now: datetime | None = None) -> bool:
    if not officer.active:
        return False
    return not (now is not None and officer.scope_until is not None and now > officer.scope_until)


def officer_level(officer: Officer, regions: Regions = None) -> RegionLevel | None:
    """The level an officer works at: the level of their region; no region means the whole city."""
    if officer.role is Role.STREET_SUPERVISOR:
        return RegionLevel.STREET
    if officer.region is None:
        return RegionLevel.CITY
    return RegionTree.of(regions).level_of(officer.region)


def why_not_publish_assessment(officer: Officer, regions: Regions = None, now: datetime | None = None) -> Refused | None:
    """Publishing (freezing) an assessment is the city center's: its ops officers and administrators."""
    if not is_active(officer, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if (refused := read_only(officer)) is not None:
        return refused
    if officer.role is Role.ADMIN or (officer.role is Role.OPS_OFFICER
                                      and officer_level(officer, regions) is RegionLevel.CITY):
        return None
    return Refused("Only the city operations center publishes assessments", Code.FORBIDDEN)


def why_not_set_assessment_weights(officer: Officer, now: datetime | None = None) -> Refused | None:
    """The weights of the composite score are the administrator's to change."""
    if not is_active(officer, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if (refused := read_only(officer)) is not None:
        return refused
    if officer.role is not Role.ADMIN:
        return Refused("Only an administrator changes the weights of the score", Code.FORBIDDEN)
    return None


def _admin_only(officer: Officer, now: datetime | None, forbidden: str) -> Refused | None:
    if not is_active(officer, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if (refused := read_only(officer)) is not None:
        return refused
    if officer.role is not Role.ADMIN:
        return Refused(forbidden, Code.FORBIDDEN)
    return None


def why_not_export_open_data(officer: Officer, now: datetime | None = None) -> Refused | None:
    """Open data (数据开放) leaves the city through an administrator only, who reviews it first."""
    return _admin_only(officer, now, "Only an administrator exports open data")


def why_not_administer(officer: Officer, now: datetime | None = None) -> Refused | None:
    """Officers' accounts, categories and time limits are changed by an administrator."""
    return _admin_only(officer, now, "Only an administrator changes accounts and reference data")


def why_not_maintain(officer: Officer, now: datetime | None = None) -> Refused | None:
    """The operations and maintenance view (一体化运维: the service, the sensors, the audit) is the
    administrator's alone."""
    return _admin_only(officer, now, "Only an administrator sees operations and maintenance")


def covers_area(officer: Officer, incident: Incident, regions: Regions = None) -> bool:
    """Whether the officer's region contains the incident's street or district.

    An incident outside every street and district (located outside the grid) belongs to the city.
    """
    return region_covers(officer.region, (incident.street, incident.district), regions)


def region_covers(region: str | None, codes: tuple[str | None, ...], regions: Regions = None) -> bool:
    """Whether `region` (None: the whole city) holds what lies in any of `codes` (a street, a district);
    the city holds everything, what lies in no region included."""
    if region is None:
        return True
    tree = RegionTree.of(regions)
    if tree.level_of(region) is RegionLevel.CITY:
        return True
    if region in codes:
        return True
    return any(tree.contains(region, code) for code in codes if code)


def in_operation(officer: Officer, operation_id: str | None) -> bool:
    return operation_id is not None and operation_id in officer.operations


def is_agency_party(officer: Officer, incident: Incident) -> bool:
    agency = officer.agency
    return agency is not None and (agency == incident.lead_agency or agency in incident.co_agencies)


def in_scope(officer: Officer, incident: Incident, regions: Regions = None, now: datetime | None = None) -> bool:
    """Whether the officer sees the incident at all (the change-feed filter of the central service)."""
    if not is_active(officer, now):
        return False
    if officer.role is Role.ADMIN:
        return True
    if incident.reporter == officer.id or in_operation(officer, incident.operation):
        return True
    if officer.role is Role.LIAISON:
        return False
    if officer.role in AREA_ROLES and covers_area(officer, incident, regions):
        return True
    return officer.role not in READ_ONLY_ROLES and is_agency_party(officer, incident)


# --- ties ------------------------------------------------------------------------------------------


def _handler(officer: Officer, incident: Incident, tree: RegionTree) -> Refused | None:
    if not covers_area(officer, incident, tree):
        return Refused("This incident is outside your area", Code.OUT_OF_SCOPE)
    level = officer_level(officer, tree)
    if level is None or LEVEL_RANK[level] < LEVEL_RANK[incident.level]:
        return Refused(f"This incident is handled at {incident.level} level", Code.LEVEL)
    return None


def _above(officer: Officer, incident: Incident, tree: RegionTree) -> Refused | None:
    if not covers_area(officer, incident, tree):
        return Refused("This incident is outside your area", Code.OUT_OF_SCOPE)
    level = officer_level(officer, tree)
    if level is RegionLevel.CITY or (level is not None and LEVEL_RANK[level] > LEVEL_RANK[incident.level]):
        return None
    return Refused("Only an officer above the handling level can do this", Code.LEVEL)


def _lead(officer: Officer, incident: Incident, tree: RegionTree) -> Refused | None:
    if officer.agency is None or officer.agency != incident.lead_agency:
        return Refused("Only the lead agency can do this", Code.OUT_OF_SCOPE)
    if officer.role is Role.LIAISON and not in_operation(officer, incident.operation):
        return Refused("Liaisons act only inside their operations", Code.OUT_OF_SCOPE)
    return None


def _party(officer: Officer, incident: Incident, tree: RegionTree) -> Refused | None:
    return None if in_scope(officer, incident, tree) else Refused("You do not take part in this incident",
                                                                   Code.OUT_OF_SCOPE)


def _reporter(officer: Officer, incident: Incident, tree: RegionTree) -> Refused | None:
    if officer.role is Role.AGENCY_OFFICER:
        return None  # an agency reports what its own staff find, anywhere in the city
    if officer.role is Role.LIAISON:
        if in_operation(officer, incident.operation):
            return None
        return Refused("Liaisons report only inside their operations", Code.OUT_OF_SCOPE)
    if covers_area(officer, incident, tree):
        return None
    return Refused("This place is outside your area", Code.OUT_OF_SCOPE)


TIE_CHECKS: Mapping[Tie, Callable[[Officer, Incident, RegionTree], Refused | None]] = {
    Tie.HANDLER: _handler,
    Tie.ABOVE: _above,
    Tie.LEAD: _lead,
    Tie.PARTY: _party,
    Tie.REPORTER: _reporter,
}


def role_may_ever(role: Role, action: Action) -> bool:
    """Whether an officer of this role could do `action` on some incident: the desk shows no control for
    an action the role never may do (a leader or an analyst sees no 新建事件, an agency officer no 派遣)."""
    if role is Role.ADMIN:
        return True
    return role not in READ_ONLY_ROLES and any(role in TIE_ROLES[t] for t in INCIDENT_RULES[action])


def why_not(
    actor: Officer, action: Action, incident: Incident, regions: Regions = None, now: datetime | None = None
) -> Refused | None:
    """None when `actor` may do `action` on `incident` (status aside), else the refusal."""
    if not is_active(actor, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if actor.role is Role.ADMIN:
        return None
    if (refused := read_only(actor)) is not None:
        return refused
    if not role_may_ever(actor.role, action):
        return Refused(f"Your role cannot {action.verb} incidents", Code.FORBIDDEN)
    ties = [t for t in INCIDENT_RULES[action] if actor.role in TIE_ROLES[t]]
    tree = RegionTree.of(regions)
    first: Refused | None = None
    for tie in ties:
        refusal = TIE_CHECKS[tie](actor, incident, tree)
        if refusal is None:
            return None
        first = first or refusal
    return first


# Who acknowledges alerts (告警确认): the officers who watch an area, not the agencies that act on incidents.
ACKNOWLEDGE_ROLES = frozenset({Role.ADMIN, Role.OPS_OFFICER, Role.STREET_SUPERVISOR})


def why_not_acknowledge(
    actor: Officer, alert: Alert, regions: Regions = None, now: datetime | None = None
) -> Refused | None:
    """None when `actor` may acknowledge `alert` (whether it already is aside): an admin, or an ops
    officer or street supervisor whose area holds the alert's region; an alert without a region is the
    whole city's, so only the city level acknowledges it. The desk greys its button by the same rule."""
    if not is_active(actor, now):
        return Refused("Your account is not active", Code.INACTIVE)
    if actor.role is Role.ADMIN:
        return None
    if (refused := read_only(actor)) is not None:
        return refused
    if actor.role not in ACKNOWLEDGE_ROLES:
        return Refused("Your role cannot acknowledge alerts", Code.FORBIDDEN)
    tree = RegionTree.of(regions)
    if officer_level(actor, tree) is RegionLevel.CITY:
        return None
    if alert.region is not None and actor.region is not None and (
        actor.region == alert.region or tree.contains(actor.region, alert.region)
    ):
        return None
    return Refused("The alert is outside your area", Code.OUT_OF_SCOPE)


def can(
    actor: Officer, action: Action, incident: Incident, regions: Regions = None, now: datetime | None = None
) -> bool:
    return why_not(actor, action, incident, regions, now) is None
