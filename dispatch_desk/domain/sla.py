"""SLA time limits per category and stage, and the SLA state of an incident at a moment.

Times are aware UTC datetimes; limits are wall-clock minutes. The business time zone only matters
where people read a time (`format_local`). Suspended time never counts: while an incident is
suspended its clock stands still, and when the suspension ends its deadlines move by the time spent
suspended (the workflow does that; `sla_state` also honours a suspension that lapsed by itself).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import (
    Category,
    Incident,
    IncidentStatus,
    Region,
    SlaRule,
    SlaStage,
    SlaState,
)

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")

# The stage whose clock runs while an incident is in a status. Statuses not listed have no clock:
# verified waits only for the formal close, and closed/cancelled/suspended are not running.
STAGE_OF_STATUS: Mapping[IncidentStatus, SlaStage] = {
    IncidentStatus.REPORTED: SlaStage.REGISTER,
    IncidentStatus.REGISTERED: SlaStage.DISPATCH,
    IncidentStatus.RETURNED: SlaStage.DISPATCH,
    IncidentStatus.ESCALATED: SlaStage.DISPATCH,
    IncidentStatus.DISPATCHED: SlaStage.ACCEPT,
    IncidentStatus.ACCEPTED: SlaStage.DISPOSE,
    IncidentStatus.DISPOSED: SlaStage.VERIFY,
}

# Used for any category without its own rule for a stage.
DEFAULT_RULES: Mapping[SlaStage, SlaRule] = {
    SlaStage.REGISTER: SlaRule("*", SlaStage.REGISTER, limit_minutes=30, near_minutes=10),
    SlaStage.DISPATCH: SlaRule("*", SlaStage.DISPATCH, limit_minutes=60, near_minutes=15),
    SlaStage.ACCEPT: SlaRule("*", SlaStage.ACCEPT, limit_minutes=120, near_minutes=30),
    SlaStage.DISPOSE: SlaRule("*", SlaStage.DISPOSE, limit_minutes=2 * 24 * 60, near_minutes=8 * 60),
    SlaStage.VERIFY: SlaRule("*", SlaStage.VERIFY, limit_minutes=24 * 60, near_minutes=4 * 60),
}


class SlaPolicy:
    """Everything the workflow needs besides the incident: categories, SLA rules and the region tree.

    `categories` empty means "any category code is accepted" (tests, early setup); once categories
    are known, reports with an unknown category are refused.
    """

    def __init__(
        self,
        categories: Iterable[Category] = (),
        rules: Iterable[SlaRule] = (),
        defaults: Mapping[SlaStage, SlaRule] | None = None,
        regions: RegionTree | Iterable[Region] | Mapping[str, Region] | None = None,
    ) -> None:
        self.categories: dict[str, Category] = {c.code: c for c in categories}
        self.rules: dict[tuple[str, SlaStage], SlaRule] = {(r.category, r.stage): r for r in rules}
        self.defaults: dict[SlaStage, SlaRule] = dict(DEFAULT_RULES)
        self.defaults.update(defaults or {})
        self.regions = RegionTree.of(regions)

    def rule(self, category: str, stage: SlaStage) -> SlaRule:
        return self.rules.get((category, stage)) or self.defaults[stage]

    def limit(self, category: str, stage: SlaStage) -> timedelta:
        return timedelta(minutes=self.rule(category, stage).limit_minutes)

    def knows_category(self, code: str) -> bool:
        return not self.categories or code in self.categories


def stage_of(status: IncidentStatus) -> SlaStage | None:
    return STAGE_OF_STATUS.get(status)


def effective_due(incident: Incident, now: datetime) -> datetime | None:
    """The current stage deadline as of `now`.

    A suspension that has reached its `suspended_until` is over even if nobody recorded it yet: the
    clock runs again from `suspended_until`, so the deadline moves by the suspended span.
    """
    if incident.status is IncidentStatus.SUSPENDED:
        if incident.due_at is None or incident.suspended_at is None or incident.suspended_until is None:
            return None
        if now < incident.suspended_until:
            return None
        return incident.due_at + (incident.suspended_until - incident.suspended_at)
    if stage_of(incident.status) is None:
        return None
    return incident.due_at


def running_stage(incident: Incident) -> SlaStage | None:
    """The stage whose clock the incident is on; a suspended incident stays on the stage it left."""
    status = incident.resume_status if incident.status is IncidentStatus.SUSPENDED else incident.status
    return stage_of(status) if status is not None else None


def sla_state(incident: Incident, now: datetime, policy: SlaPolicy) -> tuple[SlaState, float | None]:
    """The SLA state and seconds left on the current stage (negative when overdue).

    The deadline instant itself still counts as in time (left == 0 is near, not overdue); near starts
    when at most the rule's `near_minutes` are left, the boundary included.
    """
    due = effective_due(incident, now)
    stage = running_stage(incident)
    if due is None or stage is None:
        return SlaState.NONE, None
    return _state(due, due - timedelta(minutes=policy.rule(incident.category, stage).near_minutes), now)


def has_clock(status: str) -> bool:
    """Whether an SLA clock runs in `status`: the incident's `due_at` is then its running deadline."""
    return status in STAGE_OF_STATUS


def marks_state(status: str, due: datetime | None, near: datetime | None, now: datetime) -> tuple[SlaState, float | None]:
    """`sla_state` from the marks a cached row carries — its status, its stage deadline and the instant it
    turns near-overdue (`near_at`) — without the record or the policy: the queue and the map colour rows
    with this, and the store's SQL state filters spell out the same comparisons."""
    if due is None or not has_clock(status):
        return SlaState.NONE, None
    return _state(due, near, now)


def _state(due: datetime, near: datetime | None, now: datetime) -> tuple[SlaState, float]:
    left = (due - now).total_seconds()
    if left < 0:
        return SlaState.OVERDUE, left
    if near is not None and now >= near:
        return SlaState.NEAR, left
    return SlaState.OK, left


def near_at(incident: Incident, policy: SlaPolicy) -> datetime | None:
    """When the current stage turns near-overdue (for indexing queues by SLA without a clock)."""
    stage = stage_of(incident.status)
    if incident.due_at is None or stage is None:
        return None
    return incident.due_at - timedelta(minutes=policy.rule(incident.category, stage).near_minutes)


def stage_clock(
    category: str, status: IncidentStatus, now: datetime, policy: SlaPolicy, deadline: datetime | None = None
) -> tuple[datetime | None, datetime | None]:
    """`(stage_started_at, due_at)` for an incident entering `status` at `now`.

    The dispose stage runs to the overall deadline set at dispatch when there is one: that is the date
    promised to the agency, and it may be earlier or later than the default limit.
    """
    stage = stage_of(status)
    if stage is None:
        return None, None
    if stage is SlaStage.DISPOSE and deadline is not None:
        return now, deadline
    return now, now + policy.limit(category, stage)


def local_time(moment: datetime) -> datetime:
    """`moment` in the business time zone (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BUSINESS_TZ)


def local_midnight(moment: datetime) -> datetime:
    """Midnight at the start of `moment`'s day in the business time zone (an aware local time): where the
    city's "today", its weeks and its months begin."""
    return local_time(moment).replace(hour=0, minute=0, second=0, microsecond=0)


def format_local(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A time as people in the center read it (Beijing time); empty for None."""
    return "" if moment is None else local_time(moment).strftime(fmt)
