"""The figures a situation report (态势报告) is prefilled from: a pure summary of an operation's live data.

`situation_figures(...)` takes plain inputs — the operation, its tasks, the incidents in its area (as
records or as counts), the indicators with their latest values — and answers a frozen
`SituationFigures`: incidents in the area by status and overdue, indicator values against their
warn/alarm thresholds (indicators of the area's regions and of the plan's dimensions), and task
progress per agency. The desk words the figures in the officer's language; nothing here knows Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from dispatch_desk.domain.alerting import Level, threshold_level
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import (
    OPEN_STATUSES,
    Category,
    Dimension,
    Direction,
    Incident,
    IncidentStatus,
    Indicator,
    Operation,
    Plan,
    Region,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.sla import effective_due

# The order incident statuses are listed in: the life cycle, then the side states.
STATUS_ORDER: tuple[IncidentStatus, ...] = (
    IncidentStatus.REPORTED, IncidentStatus.REGISTERED, IncidentStatus.DISPATCHED, IncidentStatus.ACCEPTED,
    IncidentStatus.DISPOSED, IncidentStatus.VERIFIED, IncidentStatus.CLOSED, IncidentStatus.RETURNED,
    IncidentStatus.ESCALATED, IncidentStatus.SUSPENDED, IncidentStatus.CANCELLED,
)
TASK_ORDER: tuple[TaskStatus, ...] = (
    TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE,
    TaskStatus.CANCELLED,
)
_OPEN_TASKS = frozenset({TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED})


@dataclass(frozen=True, slots=True)
class IncidentFigures:
    """Incidents in the operation's area."""

    by_status: tuple[tuple[IncidentStatus, int], ...] = ()  # only statuses with incidents, in STATUS_ORDER
    overdue: int = 0  # open incidents past their stage deadline

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_status)

    @property
    def open(self) -> int:
        return sum(n for s, n in self.by_status if s in OPEN_STATUSES)

    def count(self, status: IncidentStatus) -> int:
        return dict(self.by_status).get(status, 0)


@dataclass(frozen=True, slots=True)
class IndicatorFigure:
    """An indicator's latest value against its thresholds."""

    code: str
    name: str
    unit: str
    region: str
    dimension: Dimension
    value: float | None  # None: no reading yet
    at: datetime | None
    warn: float | None
    alarm: float | None
    direction: Direction
    decimals: int
    level: Level
    name_en: str = ""  # the indicator's name and unit in English, for desks that speak it
    unit_en: str = ""

    def formatted(self, value: float | None = None) -> str:
        v = self.value if value is None else value
        return "—" if v is None else f"{v:.{max(0, self.decimals)}f}"


@dataclass(frozen=True, slots=True)
class AgencyProgress:
    """One agency's tasks in the operation."""

    agency: str
    assigned: int = 0
    accepted: int = 0
    in_progress: int = 0
    blocked: int = 0
    done: int = 0
    cancelled: int = 0
    overdue: int = 0  # open tasks past their due time
    blocked_reasons: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.assigned + self.accepted + self.in_progress + self.blocked + self.done + self.cancelled

    @property
    def open(self) -> int:
        return self.assigned + self.accepted + self.in_progress + self.blocked

    def count(self, status: TaskStatus) -> int:
        return int(getattr(self, status.value))


@dataclass(frozen=True, slots=True)
class SituationFigures:
    """What a situation report draft says from the data, at `at`."""

    operation: str
    at: datetime
    incidents: IncidentFigures
    indicators: tuple[IndicatorFigure, ...]  # alarm first, then warn, then normal; then by name
    agencies: tuple[AgencyProgress, ...]  # in the operation's agency order, then the others by code

    @property
    def tasks_total(self) -> int:
        return sum(a.total for a in self.agencies)

    @property
    def tasks_done(self) -> int:
        return sum(a.done for a in self.agencies)

    @property
    def tasks_open(self) -> int:
        return sum(a.open for a in self.agencies)

    @property
    def tasks_overdue(self) -> int:
        return sum(a.overdue for a in self.agencies)

    @property
    def tasks_blocked(self) -> int:
        return sum(a.blocked for a in self.agencies)

    def beyond(self, level: Level) -> tuple[IndicatorFigure, ...]:
        """The indicators at `level` exactly (WARN or ALARM)."""
        return tuple(f for f in self.indicators if f.level is level)


# --- inputs ------------------------------------------------------------------------------------------


def incident_counts(incidents: Iterable[Incident], now: datetime) -> tuple[dict[IncidentStatus, int], int]:
    """(count by status, open and overdue) of incident records."""
    counts: Counter[IncidentStatus] = Counter()
    overdue = 0
    for incident in incidents:
        counts[incident.status] += 1
        due = effective_due(incident, now) if incident.status in OPEN_STATUSES else None
        if due is not None and now > due:
            overdue += 1
    return dict(counts), overdue


def area_regions(operation: Operation, regions: Iterable[Region]) -> frozenset[str]:
    """The regions whose indicators speak for the operation's area: those it was taken from, those
    its area overlaps, and the regions above them (a city-wide indicator covers every area)."""
    regions = list(regions)
    by_code = {r.code: r for r in regions}
    chosen: set[str] = {c for c in operation.regions if c in by_code}
    area = to_shape(operation.area) if operation.area else None
    if area is not None:
        for region in regions:
            shape = to_shape(region.polygon) if region.polygon else None
            if shape is not None and shape.intersects(area) and shape.intersection(area).area > 0:
                chosen.add(region.code)
    out = set(chosen)
    for code in chosen:
        parent = by_code[code].parent
        while parent is not None and parent not in out and parent in by_code:
            out.add(parent)
            parent = by_code[parent].parent
    return frozenset(out)


def plan_dimensions(plan: Plan | None, categories: Iterable[Category]) -> frozenset[Dimension] | None:
    """The vital-sign dimensions a plan concerns: those of the incident categories routed to the
    agencies its tasks go to. None (every dimension) without a plan or when nothing says more."""
    if plan is None:
        return None
    agencies = {t.agency for t in plan.tasks}
    dims = frozenset(c.dimension for c in categories if c.dimension is not None and c.default_agency in agencies)
    return dims or None


def _indicator_figures(indicators: Iterable[Indicator], latest: Mapping[str, tuple[datetime, float]],
                       regions: frozenset[str] | None, dimensions: frozenset[Dimension] | None,
                       ) -> tuple[IndicatorFigure, ...]:
    out = []
    for ind in indicators:
        if regions is not None and ind.region not in regions:
            continue
        if dimensions is not None and ind.dimension not in dimensions:
            continue
        at, value = latest.get(ind.code, (None, None))
        out.append(IndicatorFigure(
            code=ind.code, name=ind.name, unit=ind.unit, region=ind.region, dimension=ind.dimension,
            value=value, at=at, warn=ind.warn, alarm=ind.alarm, direction=ind.direction, decimals=ind.decimals,
            level=threshold_level(ind, value), name_en=ind.name_en, unit_en=ind.unit_en,
        ))
    out.sort(key=lambda f: (-int(f.level), f.value is None, f.name, f.code))
    return tuple(out)


def _progress(operation: Operation, tasks: Iterable[Task], now: datetime) -> tuple[AgencyProgress, ...]:
    counts: dict[str, Counter[TaskStatus]] = {}
    overdue: Counter[str] = Counter()
    reasons: dict[str, list[str]] = {}
    for task in tasks:
        if task.operation != operation.id:
            continue
        counts.setdefault(task.agency, Counter())[task.status] += 1
        if task.status in _OPEN_TASKS and task.due_at is not None and now > task.due_at:
            overdue[task.agency] += 1
        if task.status is TaskStatus.BLOCKED and task.blocked_reason:
            reasons.setdefault(task.agency, []).append(task.blocked_reason)
    order = [a for a in operation.agencies if a in counts] + sorted(a for a in counts if a not in operation.agencies)
    return tuple(
        AgencyProgress(agency, **{s.value: counts[agency][s] for s in TASK_ORDER}, overdue=overdue[agency],
                       blocked_reasons=tuple(dict.fromkeys(reasons.get(agency, ()))))
        for agency in order
    )


def situation_figures(
    operation: Operation,
    *,
    now: datetime,
    tasks: Iterable[Task] = (),
    incidents: Iterable[Incident] | None = None,
    counts: Mapping[IncidentStatus | str, int] | None = None,
    overdue: int = 0,
    indicators: Iterable[Indicator] = (),
    latest: Mapping[str, tuple[datetime, float]] | None = None,
    regions: frozenset[str] | None = None,
    dimensions: frozenset[Dimension] | None = None,
) -> SituationFigures:
    """The figures of `operation` at `now`.

    Incidents in the area come either as records (`incidents`: counted and judged overdue here) or as
    counts by status with the number overdue (`counts`, `overdue`: what the cache counts for large
    areas). `latest` maps an indicator code to its newest (time, value); only indicators of `regions`
    (see `area_regions`) and of `dimensions` (see `plan_dimensions`) are reported, None meaning all.
    """
    if incidents is not None:
        by_status, overdue = incident_counts(incidents, now)
    else:
        by_status = {IncidentStatus(k): int(v) for k, v in (counts or {}).items()}
    if any(n < 0 for n in by_status.values()) or overdue < 0:
        raise ValueError("incident counts cannot be negative")
    figures = IncidentFigures(tuple((s, by_status[s]) for s in STATUS_ORDER if by_status.get(s)), overdue)
    return SituationFigures(
        operation=operation.id,
        at=now,
        incidents=figures,
        indicators=_indicator_figures(indicators, latest or {}, regions, dimensions),
        agencies=_progress(operation, tasks, now),
    )
