"""What the wall display shows, read from the local cache in one go: a `WallSnapshot`.

Read on a worker thread (`read_snapshot`), so a refresh never waits on the sync writer in the window.
The rules are the domain's and the store's: SLA states come from the columns the cache derives on write
(`Store.area_tallies`, `IncidentQuery.sla`), an indicator's level from `alerting.threshold_level`, the
headline vital signs from `plan_dimensions.city_headline`, open tasks from `command.OPEN_TASK`. Names are
in the desk's language at the time of the read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain.alerting import AlertTally, Level, tally, threshold_level
from dispatch_desk.domain.command import OPEN_TASK
from dispatch_desk.domain.geo import inner_point
from dispatch_desk.domain.plan_dimensions import city_headline
from dispatch_desk.domain.records import Alert, AlertLevel, Indicator, Region, RegionLevel
from dispatch_desk.domain.sla import local_midnight
from dispatch_desk.store import AreaTally, IncidentQuery
from dispatch_desk.store.command import RUNNING
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.shell.i18n import data_text

TOP_OVERDUE = 8
TOP_ALERTS = 8
TOP_STREETS = 8
MAX_POINTS = 3000  # overdue incidents drawn on the map; a city rarely has more, and dots merge beyond that
MAX_INDICATORS = 8
SPARK_SPAN = timedelta(hours=6)
SPARK_POINTS = 120


@dataclass(frozen=True)
class Figures:
    """One area's counts at the moment of the snapshot (see `store.AreaTally`)."""

    code: str
    name: str
    open: int = 0
    near: int = 0
    overdue: int = 0
    supervised: int = 0
    reported: int = 0  # today, in city time
    closed: int = 0  # today

    def plus(self, t: AreaTally) -> Figures:
        return Figures(self.code, self.name, self.open + t.open, self.near + t.near, self.overdue + t.overdue,
                       self.supervised + t.supervised, self.reported + t.reported, self.closed + t.closed)


@dataclass(frozen=True)
class OverdueItem:
    id: str
    code: str
    title: str
    category: str
    place: str  # street (or district) name
    agency: str
    due_at: datetime


@dataclass(frozen=True)
class IndicatorNow:
    indicator: Indicator
    name: str  # in the desk's language, with its region when that is not the whole city
    unit: str
    value: float | None
    at: datetime | None
    level: Level
    spark: tuple[tuple[float, float], ...] = ()  # (epoch s, value), oldest first, over SPARK_SPAN


@dataclass(frozen=True)
class AlertNow:
    level: str  # an AlertLevel value
    title: str  # the indicator and its region in the desk's language, else the alert's own message
    value: str  # the reading that raised it, with its unit ("" for an outside warning)
    raised_at: datetime
    acknowledged: bool


@dataclass(frozen=True)
class OperationNow:
    id: str
    name: str
    level: int
    open_tasks: int
    overdue_tasks: int


@dataclass(frozen=True)
class Area:
    """A district or street outline for the map: code, parent district, outer ring (lon, lat)."""

    code: str
    name: str
    level: RegionLevel
    parent: str | None
    ring: tuple[tuple[float, float], ...]
    label: tuple[float, float] | None  # where its name goes (domain.geo.inner_point), found on the worker


@dataclass(frozen=True)
class WallSnapshot:
    at: datetime
    day_start: datetime  # the city day the "today" figures count from
    city: Figures
    districts: tuple[Figures, ...]  # most open first
    streets: dict[str, Figures]
    overdue: tuple[OverdueItem, ...]  # the longest overdue first
    overdue_points: tuple[tuple[float, float], ...]
    indicators: tuple[IndicatorNow, ...]
    alerts: AlertTally
    active_alerts: tuple[AlertNow, ...]  # not cleared: alarms first, then the newest
    operations: tuple[OperationNow, ...]
    areas: tuple[Area, ...] = field(default=(), compare=False)


def outlines(regions: Iterable[Region], names: Names) -> tuple[Area, ...]:
    """Districts and streets that have an outline, districts first."""
    out = [Area(r.code, names.region(r.code), r.level, r.parent, tuple((float(x), float(y)) for x, y in r.polygon[0]),
                inner_point(r.polygon) if r.level is RegionLevel.DISTRICT else None)
           for r in regions if r.level in (RegionLevel.DISTRICT, RegionLevel.STREET) and r.polygon]
    out.sort(key=lambda a: (a.level is RegionLevel.STREET, a.code))
    return tuple(out)


def figures(tallies: Iterable[AreaTally], names: Names) -> tuple[Figures, dict[str, Figures], dict[str, Figures]]:
    """The city's, each district's and each street's figures from the per-street tallies."""
    city_code = next((code for code, r in names.regions.items() if r.parent is None), "")
    city = Figures(city_code, names.region(city_code))
    districts: dict[str, Figures] = {}
    streets: dict[str, Figures] = {}
    for t in tallies:
        city = city.plus(t)
        if t.district:
            d = districts.get(t.district) or Figures(t.district, names.region(t.district))
            districts[t.district] = d.plus(t)
        if t.street:
            s = streets.get(t.street) or Figures(t.street, names.region(t.street))
            streets[t.street] = s.plus(t)
    return city, districts, streets


def indicator_name(ind: Indicator, names: Names) -> str:
    region = names.regions.get(ind.region)
    name = data_text(ind.name, ind.name_en)
    if region is None or region.parent is None:
        return name
    return f"{name} · {names.region(ind.region)}"


def chosen_indicators(indicators: list[Indicator], regions: list[Region], latest: dict[str, tuple[datetime, float]]
                      ) -> list[Indicator]:
    """Indicators in alarm first, then in warning (the city's first), then the city's headline ones."""
    depth = {RegionLevel.CITY: 0, RegionLevel.DISTRICT: 1, RegionLevel.STREET: 2}
    level_of = {r.code: r.level for r in regions}

    def level(ind: Indicator) -> Level:
        reading = latest.get(ind.code)
        return threshold_level(ind, reading[1] if reading else None)

    troubled = sorted((i for i in indicators if level(i) > Level.NORMAL),
                      key=lambda i: (-level(i), depth.get(level_of.get(i.region, RegionLevel.STREET), 3), i.code))
    chosen = troubled[:MAX_INDICATORS]
    for ind in city_headline(indicators, regions, limit=MAX_INDICATORS):
        if len(chosen) >= MAX_INDICATORS:
            break
        if ind not in chosen:
            chosen.append(ind)
    return chosen


def thin(rows: list[tuple[float, float]], start: float, end: float, points: int = SPARK_POINTS
         ) -> tuple[tuple[float, float], ...]:
    """The readings of [start, end) as at most `points` time buckets, each the mean of its readings at its
    middle: history kept at 15 minutes and live readings every second weigh by time, not by count."""
    width = (end - start) / points
    sums: dict[int, list[float]] = {}
    for t, v in rows:
        if start <= t < end:
            acc = sums.setdefault(int((t - start) // width), [0.0, 0])
            acc[0] += v
            acc[1] += 1
    return tuple((start + (k + 0.5) * width, total / count) for k, (total, count) in sorted(sums.items()))


def alert_now(alert: Alert, ind: Indicator | None, names: Names) -> AlertNow:
    value = ""
    if ind is not None and alert.value is not None:
        value = f"{alert.value:.{max(0, ind.decimals)}f} {data_text(ind.unit, ind.unit_en)}".strip()
    title = indicator_name(ind, names) if ind is not None else alert.message
    return AlertNow(str(alert.level), title, value, alert.raised_at, alert.acknowledged_at is not None)


def read_snapshot(store: Any, now: datetime, names: Names | None = None) -> WallSnapshot:
    """Everything the wall shows at `now`, from this cache connection."""
    names = names or Names.load(store)
    day = local_midnight(now)
    city, districts, streets = figures(store.area_tallies(now, day), names)

    overdue_q = IncidentQuery(sla=("overdue",), sort="due_at", descending=False, now=now)
    top = store.query_incidents(overdue_q, limit=TOP_OVERDUE)
    overdue = tuple(OverdueItem(r.id, r.code, r.title, names.category(r.category),
                                names.region(r.street or r.district), names.agency(r.lead_agency), r.due_at)
                    for r in top if r.due_at is not None)
    points = tuple((r.lon, r.lat) for r in store.query_incidents(overdue_q, limit=MAX_POINTS))

    regions: list[Region] = store.records("region")
    indicators: list[Indicator] = store.records("indicator")
    latest = store.latest_readings(i.code for i in indicators)
    shown = []
    spark_from = (now - SPARK_SPAN).timestamp()
    for ind in chosen_indicators(indicators, regions, latest):
        at, value = latest.get(ind.code, (None, None))
        shown.append(IndicatorNow(ind, indicator_name(ind, names), data_text(ind.unit, ind.unit_en), value, at,
                                  threshold_level(ind, value),
                                  thin(store.readings(ind.code, now - SPARK_SPAN, now), spark_from, now.timestamp())))

    alerts: list[Alert] = store.records("alert")
    by_code = {i.code: i for i in indicators}
    rank = {AlertLevel.ALARM: 0, AlertLevel.EXTERNAL: 1, AlertLevel.WARN: 1, AlertLevel.FORECAST: 2,
            AlertLevel.DEVICE: 2, AlertLevel.DUTY: 1}
    active = sorted((x for x in alerts if x.cleared_at is None),
                    key=lambda x: (rank.get(x.level, 3), -x.raised_at.timestamp(), x.id))
    operations = []
    for op in store.command.operations(include_closed=False):
        if op.status not in RUNNING:
            continue
        tasks = [t for t in store.command.tasks(op.id) if t.status in OPEN_TASK]
        late = sum(1 for t in tasks if t.due_at is not None and t.due_at < now)
        operations.append(OperationNow(op.id, op.name, op.level, len(tasks), late))

    return WallSnapshot(
        at=now,
        day_start=day,
        city=city,
        districts=tuple(sorted(districts.values(), key=lambda f: (-f.open, f.code))),
        streets=streets,
        overdue=overdue,
        overdue_points=points,
        indicators=tuple(shown),
        alerts=tally(alerts),
        active_alerts=tuple(alert_now(x, by_code.get(x.indicator or ""), names) for x in active[:TOP_ALERTS]),
        operations=tuple(operations),
        areas=outlines(regions, names),
    )
