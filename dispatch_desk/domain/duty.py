"""Duty and handover (值班值守 and 交接班): who is on duty, what one shift hands to the next, and who signs.

A duty is a post (值班长 / 值班员 / 联络员) kept for a center level (a region: the city, a district,
a street) or for a stationed agency; the roster is a list of `DutyShift`s, one officer each. The
shift after another on the same duty is the one that starts when it ends (within an hour).

A handover (`Handover`) is kept for the incoming shift and signed twice:
- the leaving officer hands over (`duty.hand_over`) from 30 minutes before their shift ends until
  four hours after, with their notes; the open items of the duty's scope are prepared from the data
  at that moment (`prepare`): incidents near or over their deadline, alerts nobody acknowledged,
  running joint commands and their open tasks;
- the incoming officer takes over (`duty.take_over`) from 30 minutes before their shift starts until
  it ends. When the leaving officer never signed, taking over prepares the items then, and the
  handover shows it was not handed over; the leaving officer may still add their signature later.

A team (the shifts of one duty slot: same region or agency, same hours) with nobody of it signed in
10 minutes after it started is unstaffed (`unstaffed`): the central service raises a duty alert.

These are the rules the desk decides its optimistic writes with and the central service applies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain import cap, permissions
from dispatch_desk.domain.command import OPEN_TASK, running
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import (
    OPEN_STATUSES,
    Alert,
    DutyShift,
    Handover,
    HandoverItem,
    Incident,
    Officer,
    Operation,
    RegionLevel,
    SlaState,
    Task,
)
from dispatch_desk.domain.sla import SlaPolicy, effective_due, sla_state
from dispatch_desk.domain.workflow_actions import Code, Refused

POSTS = ("值班长", "值班员", "联络员")  # duty chief, duty officer, liaison
CHIEF = POSTS[0]
SIGN_BEFORE = timedelta(minutes=30)  # either signature from this long before the change of shift
SIGN_LATE = timedelta(hours=4)  # the leaving officer may still sign this long after their shift ended
UNSTAFFED_AFTER = timedelta(minutes=10)  # a team nobody of which signed in this long after it started
CHANGE_SLACK = timedelta(hours=1)  # the next shift starts within this of the end of the last
NOTE_LIMIT = 2000

Regions = permissions.Regions


# --- the roster ------------------------------------------------------------------------------------

def covering(shifts: Iterable[DutyShift], now: datetime) -> list[DutyShift]:
    """The shifts on duty at `now`, chiefs first, then by scope and post."""
    found = [s for s in shifts if s.starts_at <= now < s.ends_at]
    return sorted(found, key=lambda s: (s.agency or "", s.region or "", _post_rank(s.post), s.officer))


def current(shifts: Iterable[DutyShift], officer_id: str, now: datetime) -> DutyShift | None:
    """The officer's shift on duty at `now` (the one that started last, if two overlap)."""
    mine = [s for s in shifts if s.officer == officer_id and s.starts_at <= now < s.ends_at]
    return max(mine, key=lambda s: s.starts_at, default=None)


def upcoming(shifts: Iterable[DutyShift], officer_id: str, now: datetime,
             within: timedelta = timedelta(days=2)) -> DutyShift | None:
    """The officer's next shift that starts after `now` and within `within`."""
    later = [s for s in shifts if s.officer == officer_id and now < s.starts_at <= now + within]
    return min(later, key=lambda s: s.starts_at, default=None)


def same_duty(a: DutyShift, b: DutyShift) -> bool:
    return a.region == b.region and a.agency == b.agency and a.post == b.post


def next_of(shifts: Iterable[DutyShift], shift: DutyShift) -> DutyShift | None:
    """The shift that takes over from `shift`: same duty, starting closest to when `shift` ends."""
    near = [s for s in shifts if s.id != shift.id and same_duty(s, shift)
            and abs(s.starts_at - shift.ends_at) <= CHANGE_SLACK and s.starts_at > shift.starts_at]
    return min(near, key=lambda s: (abs(s.starts_at - shift.ends_at), s.id), default=None)


def previous_of(shifts: Iterable[DutyShift], shift: DutyShift) -> DutyShift | None:
    """The shift `shift` takes over from."""
    near = [s for s in shifts if s.id != shift.id and same_duty(s, shift)
            and abs(s.ends_at - shift.starts_at) <= CHANGE_SLACK and s.starts_at < shift.starts_at]
    return min(near, key=lambda s: (abs(s.ends_at - shift.starts_at), s.id), default=None)


def _post_rank(post: str) -> int:
    return POSTS.index(post) if post in POSTS else len(POSTS)


# --- the scope of a duty ---------------------------------------------------------------------------

def covers_incident(shift: DutyShift, incident: Incident, regions: Regions = None) -> bool:
    """An agency's duty holds the incidents the agency leads or co-handles; a center's, those of its region."""
    if shift.agency is not None:
        return shift.agency == incident.lead_agency or shift.agency in incident.co_agencies
    return permissions.region_covers(shift.region, (incident.street, incident.district), regions)


def covers_alert(shift: DutyShift, alert: Alert, regions: Regions = None) -> bool:
    """Alerts are the centers' to acknowledge: those of the duty's region (one of no region is the city's)."""
    if shift.agency is not None:
        return False
    if alert.region is None:
        return shift.region is None or RegionTree.of(regions).level_of(shift.region) is RegionLevel.CITY
    return permissions.region_covers(shift.region, (alert.region,), regions)


def covers_operation(shift: DutyShift, operation: Operation, regions: Regions = None) -> bool:
    """An agency's duty holds the joint commands the agency takes part in; a center's, those whose
    regions meet its own (one inside the other); the city's, all of them."""
    if shift.agency is not None:
        return shift.agency in operation.agencies
    tree = RegionTree.of(regions)
    if shift.region is None or tree.level_of(shift.region) is RegionLevel.CITY:
        return True
    return any(tree.contains(shift.region, r) or tree.contains(r, shift.region) for r in operation.regions)


def sees_handover(officer: Officer, handover: Handover, regions: Regions = None,
                  now: datetime | None = None) -> bool:
    """Who reads a handover: its signers, an administrator, and the centers' officers whose region
    holds the duty's region (an agency's handover: the agency's officers)."""
    if not permissions.is_active(officer, now):
        return False
    if officer.role.value == "admin" or officer.id in (handover.handed_over_by, handover.taken_over_by):
        return True
    if handover.agency is not None:
        return officer.agency == handover.agency
    if officer.role not in permissions.AREA_ROLES:
        return False
    return permissions.region_covers(officer.region, (handover.region,), regions)


# --- preparing a handover --------------------------------------------------------------------------

def prepare(
    shift: DutyShift,
    *,
    incidents: Iterable[Incident],
    alerts: Iterable[Alert],
    operations: Iterable[Operation],
    tasks: Iterable[Task],
    policy: SlaPolicy,
    now: datetime,
) -> tuple[HandoverItem, ...]:
    """The open items of the duty's scope at `now`, most pressing first: incidents over then near
    their deadline (soonest due first), alerts nobody acknowledged (oldest first), running joint
    commands each followed by its open tasks (soonest due first)."""
    regions = policy.regions
    found: list[tuple[int, datetime, HandoverItem]] = []
    for incident in incidents:
        if incident.status not in OPEN_STATUSES or not covers_incident(shift, incident, regions):
            continue
        state, _left = sla_state(incident, now, policy)
        if state not in (SlaState.NEAR, SlaState.OVERDUE):
            continue
        due = effective_due(incident, now)
        title = f"{incident.code} {incident.title}".strip() if incident.code else incident.title
        found.append((0 if state is SlaState.OVERDUE else 1, due or now,
                      HandoverItem("incident", incident.id, title, state.value, due)))
    incident_items = [item for *_, item in sorted(found, key=lambda f: (f[0], f[1], f[2].key))]
    alert_items = [
        HandoverItem("alert", a.id, a.message or a.indicator or a.id, a.level.value)
        for a in sorted(alerts, key=lambda a: (a.raised_at, a.id))
        if a.cleared_at is None and a.acknowledged_at is None and cap.counts(a, now)
        and covers_alert(shift, a, regions)
    ]
    open_tasks: dict[str, list[Task]] = {}
    for task in tasks:
        if task.status in OPEN_TASK and (shift.agency is None or task.agency == shift.agency):
            open_tasks.setdefault(task.operation, []).append(task)
    operation_items: list[HandoverItem] = []
    for op in sorted(operations, key=lambda o: (o.started_at or now, o.id)):
        if not running(op) or not covers_operation(shift, op, regions):
            continue
        operation_items.append(HandoverItem("operation", op.id, op.name, op.status.value))
        for task in sorted(open_tasks.get(op.id, ()), key=lambda t: (t.due_at or datetime.max.replace(
                tzinfo=now.tzinfo), t.id)):
            operation_items.append(HandoverItem("task", task.id, task.title, task.status.value, task.due_at, op.id))
    return (*incident_items, *alert_items, *operation_items)


# --- signing ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Roster:
    """What a signature is decided on: the roster, the handovers kept, and the preparation of items."""

    shifts: Sequence[DutyShift]
    handover: Callable[[str], Handover | None]
    items: Callable[[DutyShift], tuple[HandoverItem, ...]]

    def shift(self, key: Any) -> DutyShift | None:
        return next((s for s in self.shifts if s.id == key), None) if isinstance(key, str) and key else None


def _writer(actor: Officer, now: datetime) -> Refused | None:
    if not permissions.is_active(actor, now):
        return Refused("Your account is not active", Code.INACTIVE)
    return permissions.read_only(actor)


def _text(args: dict[str, Any], name: str) -> str | Refused:
    value = args.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        return Refused(f"'{name}' must be text", Code.BAD_ARGS)
    value = value.strip()
    if len(value) > NOTE_LIMIT:
        return Refused(f"The {name} is longer than {NOTE_LIMIT} characters", Code.BAD_ARGS)
    return value


def why_not_hand_over(actor: Officer, shift: DutyShift, now: datetime) -> Refused | None:
    """Whether `actor` may sign the handover of `shift` (theirs, ending) now."""
    if (refused := _writer(actor, now)) is not None:
        return refused
    if shift.officer != actor.id:
        return Refused("Only the officer on a shift hands it over", Code.FORBIDDEN)
    if now < shift.ends_at - SIGN_BEFORE:
        return Refused("A shift is handed over from 30 minutes before it ends", Code.WRONG_STATUS)
    if now > shift.ends_at + SIGN_LATE:
        return Refused("This shift ended more than four hours ago; its handover can no longer be signed",
                       Code.WRONG_STATUS)
    return None


def why_not_take_over(actor: Officer, shift: DutyShift, now: datetime) -> Refused | None:
    """Whether `actor` may take over `shift` (theirs, starting or running) now."""
    if (refused := _writer(actor, now)) is not None:
        return refused
    if shift.officer != actor.id:
        return Refused("Only the officer on a shift takes it over", Code.FORBIDDEN)
    if now < shift.starts_at - SIGN_BEFORE:
        return Refused("A shift is taken over from 30 minutes before it starts", Code.WRONG_STATUS)
    if now >= shift.ends_at:
        return Refused("This shift is over", Code.WRONG_STATUS)
    return None


def hand_over(args: dict[str, Any], actor: Officer, now: datetime, roster: Roster) -> Handover | Refused:
    """`duty.hand_over {shift, note}`: the leaving officer signs, with notes, the handover to the next shift."""
    if (refused := _writer(actor, now)) is not None:
        return refused
    note = _text(args, "note")
    if isinstance(note, Refused):
        return note
    shift = roster.shift(args.get("shift"))
    if shift is None:
        return Refused("No such shift", Code.NOT_FOUND)
    if (refused := why_not_hand_over(actor, shift, now)) is not None:
        return refused
    following = next_of(roster.shifts, shift)
    if following is None:
        return Refused("No shift follows yours in the roster; ask for the roster to be completed", Code.NOT_FOUND)
    kept = roster.handover(following.id)
    if kept is not None and kept.handed_over_by is not None:
        return Refused("This shift has already been handed over", Code.EXISTS)
    if kept is not None:  # taken over before the leaving officer signed: their signature and notes are added
        return replace(kept, previous=shift.id, note=note, handed_over_by=actor.id, handed_over_at=now)
    return Handover(id=following.id, shift=following.id, previous=shift.id, region=following.region,
                    agency=following.agency, post=following.post, prepared_at=now, items=roster.items(following),
                    note=note, handed_over_by=actor.id, handed_over_at=now)


def take_over(args: dict[str, Any], actor: Officer, now: datetime, roster: Roster) -> Handover | Refused:
    """`duty.take_over {shift, remark}`: the incoming officer signs that they have taken the shift over."""
    if (refused := _writer(actor, now)) is not None:
        return refused
    remark = _text(args, "remark")
    if isinstance(remark, Refused):
        return remark
    shift = roster.shift(args.get("shift"))
    if shift is None:
        return Refused("No such shift", Code.NOT_FOUND)
    if (refused := why_not_take_over(actor, shift, now)) is not None:
        return refused
    kept = roster.handover(shift.id)
    if kept is not None and kept.taken_over_by is not None:
        return Refused("This shift has already been taken over", Code.EXISTS)
    if kept is None:  # nobody handed over: the items are prepared now, and the handover says it was not signed
        before = previous_of(roster.shifts, shift)
        kept = Handover(id=shift.id, shift=shift.id, previous=before.id if before else None, region=shift.region,
                        agency=shift.agency, post=shift.post, prepared_at=now, items=roster.items(shift))
    return replace(kept, taken_over_by=actor.id, taken_over_at=now, remark=remark)


def awaiting(shifts: Sequence[DutyShift], officer_id: str, now: datetime,
             handover: Callable[[str], Handover | None]) -> tuple[str, DutyShift] | None:
    """The signature the officer owes now, if any: ("hand_over", their shift that is ending and not
    yet handed over) first, else ("take_over", their shift that is starting or running and not yet
    taken over). A leaving shift with no successor on the roster owes nothing it could sign."""
    mine = sorted((s for s in shifts if s.officer == officer_id), key=lambda s: s.starts_at)
    for shift in mine:
        if shift.ends_at - SIGN_BEFORE <= now <= shift.ends_at + SIGN_LATE:
            following = next_of(shifts, shift)
            kept = handover(following.id) if following is not None else None
            if following is not None and (kept is None or kept.handed_over_by is None):
                return "hand_over", shift
    for shift in mine:
        if shift.starts_at - SIGN_BEFORE <= now < shift.ends_at:
            kept = handover(shift.id)
            if kept is None or kept.taken_over_by is None:
                return "take_over", shift
    return None


DECISIONS: dict[str, Callable[[dict[str, Any], Officer, datetime, Roster], Handover | Refused]] = {
    "duty.hand_over": hand_over,
    "duty.take_over": take_over,
}


# --- staffing --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Team:
    """The shifts of one duty slot on duty now: one region (or agency), the same hours."""

    region: str | None
    agency: str | None
    starts_at: datetime
    ends_at: datetime
    shifts: tuple[DutyShift, ...]

    @property
    def key(self) -> str:
        return _team_key(self.agency, self.region, self.starts_at)

    @property
    def officers(self) -> tuple[str, ...]:
        return tuple(s.officer for s in self.shifts)


def _team_key(agency: str | None, region: str | None, starts_at: datetime) -> str:
    return f"{agency or ''}|{region or ''}|{starts_at.isoformat()}"


def team_key(shift: DutyShift) -> str:
    """The key of the team a shift belongs to (`Team.key`)."""
    return _team_key(shift.agency, shift.region, shift.starts_at)


def teams(shifts: Iterable[DutyShift], now: datetime) -> list[Team]:
    """The teams on duty at `now`."""
    slots: dict[tuple[str | None, str | None, datetime, datetime], list[DutyShift]] = {}
    for shift in covering(shifts, now):
        slots.setdefault((shift.region, shift.agency, shift.starts_at, shift.ends_at), []).append(shift)
    return [Team(region, agency, starts, ends, tuple(found)) for (region, agency, starts, ends), found in slots.items()]


def unstaffed(shifts: Iterable[DutyShift], signed_in: set[str], now: datetime) -> list[Team]:
    """Teams on duty for at least `UNSTAFFED_AFTER` with none of their officers signed in."""
    return [t for t in teams(shifts, now)
            if now - t.starts_at >= UNSTAFFED_AFTER and not any(o in signed_in for o in t.officers)]
