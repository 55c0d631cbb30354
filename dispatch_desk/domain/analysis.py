"""Thematic analysis (专题分析): where, when and of what kind the city's incidents are, for decisions.

Four views over the incidents reported in a span of weeks, each keeping the incidents behind every
number so that any cell opens them:

- **trend**: reports per week, by category or by source;
- **hot spots**: the places (grid cells or streets) where one category came back again and again —
  the repeat problems that handling each report as "one thing" (一件事) should end;
- **rhythm**: reports by hour of day and day of week, in the city's time;
- **time limits by category**: the assessment's own figures with each category as the unit
  (`assessment.UnitKind.CATEGORY`), so on-time rates mean here what they mean there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from dispatch_desk.domain.assessment import Period, PeriodKind
from dispatch_desk.domain.records import Incident
from dispatch_desk.domain.sla import BUSINESS_TZ

HOT_SPOT_AT_LEAST = 3  # reports of one category in one place that make it a hot spot
WEEKDAYS, HOURS = 7, 24


@dataclass(frozen=True)
class Cells:
    """A table of counts with the incidents behind each: rows × columns, ids in report order."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    ids: tuple[tuple[tuple[str, ...], ...], ...]  # [row][column]

    def count(self, row: int, column: int) -> int:
        return len(self.ids[row][column])

    def row_total(self, row: int) -> int:
        return sum(len(cell) for cell in self.ids[row])

    def maximum(self) -> int:
        return max((len(cell) for row in self.ids for cell in row), default=0)


def weeks_ending(moment: datetime, count: int) -> list[Period]:
    """The `count` weeks (Monday first, city time) up to and including the one holding `moment`."""
    week = Period.containing(PeriodKind.WEEK, moment)
    weeks = [week]
    while len(weeks) < count:
        weeks.insert(0, weeks[0].previous())
    return weeks


def trend(incidents: Iterable[Incident], weeks: Sequence[Period], by: Callable[[Incident], str]) -> Cells:
    """Reports per week and per `by` (category, source): rows busiest first, columns the weeks."""
    cells: dict[str, list[list[str]]] = {}
    for incident in sorted(incidents, key=lambda i: i.reported_at):
        column = next((n for n, w in enumerate(weeks) if w.holds(incident.reported_at)), None)
        if column is None:
            continue
        cells.setdefault(by(incident), [[] for _ in weeks])[column].append(incident.id)
    order = sorted(cells, key=lambda key: (-sum(len(c) for c in cells[key]), key))
    return Cells(tuple(order), tuple(w.label for w in weeks), tuple(tuple(tuple(c) for c in cells[k]) for k in order))


def rhythm(incidents: Iterable[Incident]) -> Cells:
    """Reports by day of week (rows, Monday first) and hour of day (columns), in the city's time."""
    ids: list[list[list[str]]] = [[[] for _ in range(HOURS)] for _ in range(WEEKDAYS)]
    for incident in sorted(incidents, key=lambda i: i.reported_at):
        local = incident.reported_at.astimezone(BUSINESS_TZ)
        ids[local.weekday()][local.hour].append(incident.id)
    return Cells(tuple(str(d) for d in range(WEEKDAYS)), tuple(str(h) for h in range(HOURS)),
                 tuple(tuple(tuple(c) for c in row) for row in ids))


@dataclass(frozen=True)
class HotSpot:
    place: str  # a grid cell or street code
    category: str
    ids: tuple[str, ...]  # report order
    first: datetime
    last: datetime

    @property
    def span(self) -> timedelta:
        return self.last - self.first


def hot_spots(incidents: Iterable[Incident], place: Callable[[Incident], str | None],
              at_least: int = HOT_SPOT_AT_LEAST) -> list[HotSpot]:
    """Places where one category was reported at least `at_least` times, the most reports first."""
    grouped: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    for incident in incidents:
        where = place(incident)
        if where and not incident.merged_into:  # a duplicate merged into another is the same problem
            grouped[(where, incident.category)].append(incident)
    spots = []
    for (where, category), found in grouped.items():
        if len(found) >= at_least:
            found.sort(key=lambda i: i.reported_at)
            spots.append(HotSpot(where, category, tuple(i.id for i in found), found[0].reported_at,
                                 found[-1].reported_at))
    return sorted(spots, key=lambda s: (-len(s.ids), s.place, s.category))
