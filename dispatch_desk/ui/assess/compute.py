"""The live assessment of a period from the desk's cache, computed on a pool thread.

Everything the page shows of one period comes out of one read: the incidents reported in the period
and in the one before (for the change of rank), replayed once each through the domain's
`assessment.replay`, assessed for every kind of unit at once so that switching between agencies,
districts and streets costs nothing. The lives are kept for drill-down (`behind`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dispatch_desk.domain import assessment as a

KINDS = (a.UnitKind.AGENCY, a.UnitKind.DISTRICT, a.UnitKind.STREET)
# The overdue figures, one per stage: the page's "overdue" column adds them up.
OVERDUE_KEYS = tuple(k for k in a.FIGURE_KEYS if k.startswith("overdue_"))


@dataclass(frozen=True)
class Assessed:
    """One period's figures for every unit kind, the ranking against the period before, the lives."""

    period: a.Period
    until: datetime  # the figures are as of this moment (the period's end, or now while it runs)
    figures: dict[a.UnitKind, dict[str, a.Figures]]
    ranked: dict[a.UnitKind, list[a.Ranked]]
    city: a.Figures | None  # the whole city's totals (None: nothing was reported)
    city_before: a.Figures | None
    lives: tuple[a.Life, ...]

    @property
    def running(self) -> bool:
        return self.until < self.period.end

    def behind(self, kind: a.UnitKind, unit: str, keys: Iterable[str]) -> list[str]:
        """The incidents that add to any of `keys` for `unit`, in report order (drill-down)."""
        wanted = set()
        for key in keys:
            wanted.update(a.behind(self.lives, kind, unit, key))
        return [life.incident.id for life in self.lives if life.incident.id in wanted]


def _lives(incidents: list[Any], histories: dict[str, list[Any]], policy: Any, until: datetime) -> list[a.Life]:
    return [a.replay(i, histories.get(i.id, ()), policy, until) for i in incidents]


def assess_period(store: Any, period: a.Period, now: datetime, weights: a.Weights | None = None) -> Assessed:
    """The period's assessment from `store` (a worker thread's own Store), as of `now`."""
    before = period.previous()
    until = min(period.end, now)
    incidents, histories = store.reported_between(before.start, period.end)
    policy = store.reference().policy()
    this = [i for i in incidents if period.holds(i.reported_at)]
    earlier = [i for i in incidents if before.holds(i.reported_at)]
    lives = _lives(this, histories, policy, until)
    lives_before = _lives(earlier, histories, policy, min(before.end, now))
    figures, ranked = {}, {}
    for kind in KINDS:
        now_figures = a.assess(lives, kind, weights)
        figures[kind] = now_figures
        ranked[kind] = a.rank(now_figures, a.assess(lives_before, kind, weights))
    city = a.assess(lives, a.UnitKind.CITY, weights).get(a.CITY_UNIT)
    city_before = a.assess(lives_before, a.UnitKind.CITY, weights).get(a.CITY_UNIT)
    return Assessed(period, until, figures, ranked, city, city_before, tuple(lives))
