"""The assessment of a period as the desk shows it, computed on a pool thread.

A period the city center has published shows the figures it froze (`records.PublishedAssessment`,
counted by the central service over every incident), the same on every desk. Any other period is
counted live from the desk's cache: the incidents reported in the period and in the one before (for
the change of rank; while a period runs, the same stretch of the one before), replayed through the
domain's `assessment.replay` and assessed for every kind of unit at once, so that switching between
agencies, districts and streets costs nothing. Either way the period's lives come from the cache, for
drill-down (`behind`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import AssessmentWeights, PublishedAssessment
from dispatch_desk.domain.sla import SlaPolicy

log = logging.getLogger(__name__)

KINDS = a.RANKED_KINDS
# The overdue figures, one per stage: the page's "overdue" column adds them up.
OVERDUE_KEYS = tuple(k for k in a.FIGURE_KEYS if k.startswith("overdue_"))


@dataclass(frozen=True)
class Assessed:
    """One period's figures for every unit kind, the ranking against the period before, the lives."""

    period: a.Period
    until: datetime  # the figures are as of this moment (the period's end, or now while it runs)
    figures: Mapping[a.UnitKind, Mapping[str, a.Figures]]
    ranked: Mapping[a.UnitKind, Sequence[a.Ranked]]
    city: a.Figures | None  # the whole city's totals (None: nothing was reported)
    city_before: a.Figures | None
    lives: tuple[a.Life, ...]
    published: PublishedAssessment | None = None  # the frozen figures shown, if the center published them

    @property
    def running(self) -> bool:
        return self.until < self.period.end

    def behind(self, kind: a.UnitKind, unit: str, keys: Iterable[str]) -> list[str]:
        """The incidents that add to any of `keys` for `unit`, in report order (drill-down)."""
        wanted = set()
        for key in keys:
            wanted.update(a.behind(self.lives, kind, unit, key))
        return [life.incident.id for life in self.lives if life.incident.id in wanted]


@dataclass(frozen=True)
class _Replayed:
    """One incident's life as replayed up to `until`, and the signature of the cache rows it came from."""

    signature: tuple[int, int, int]
    until: datetime
    last_at: datetime | None  # the newest history entry it counted (None: none)
    whole: bool  # it counted the whole history, and no stage was still running at `until`
    life: a.Life

    def serves(self, signature: tuple[int, int, int], until: datetime) -> bool:
        """Whether this life is the one a replay up to `until` would give now."""
        if signature != self.signature:
            return False
        return until == self.until or (self.whole and (self.last_at is None or until >= self.last_at))


class Lives:
    """The lives replayed so far from one cache, kept between recounts: an incident is read and replayed
    again only when its row or its history changed, or when a running stage is judged at another time.
    A period's recount then costs about what its changes cost. Bounded: beyond `limit` lives the
    oldest-used are dropped. Another SLA policy (the reference tables changed) replays everything."""

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self._kept: dict[str, _Replayed] = {}
        self._rules: object = None  # what the policy was built from
        self._lock = threading.Lock()  # one recount at a time reads and fills it
        self.replayed = 0  # lives computed (not served from the kept ones), for the bench and the tests

    def of(self, store: Any, versions: list[tuple[str, tuple[int, int, int]]], policy: SlaPolicy,
           until: datetime, rules: object) -> list[a.Life]:
        """The lives of the incidents of `versions` (as `Store.reported_versions` lists them), in order;
        `policy` is built from `rules`, which tell when it changed."""
        with self._lock:
            if rules != self._rules:
                self._kept.clear()
                self._rules = rules
            return self._of(store, versions, policy, until)

    def _of(self, store: Any, versions: list[tuple[str, tuple[int, int, int]]], policy: SlaPolicy,
            until: datetime) -> list[a.Life]:
        missing = [key for key, signature in versions
                   if (kept := self._kept.get(key)) is None or not kept.serves(signature, until)]
        if missing:
            incidents, histories = store.with_histories(missing)
            signatures = dict(versions)
            for incident in incidents:
                history = histories.get(incident.id, ())
                life = a.replay(incident, history, policy, until)
                last_at = max((x.at for x in history), default=None)
                whole = (last_at is None or last_at <= until) and all(p.ended is not None for p in life.passes)
                self._kept.pop(incident.id, None)
                self._kept[incident.id] = _Replayed(signatures[incident.id], until, last_at, whole, life)
            self.replayed += len(incidents)
        out = []
        for key, _ in versions:
            kept = self._kept.pop(key, None)
            if kept is not None:
                self._kept[key] = kept  # most recently used last
                out.append(kept.life)
        while len(self._kept) > self.limit:
            self._kept.pop(next(iter(self._kept)))
        return out


_LIVES: dict[str, Lives] = {}  # per cache file, for the worker threads of this process


def lives_of(path: str) -> Lives:
    return _LIVES.setdefault(path, Lives())


def assess_period(store: Any, period: a.Period, now: datetime, weights: a.Weights | None = None,
                  lives: Lives | None = None) -> Assessed:
    """The period's assessment from `store` (a worker thread's own Store), as of `now`; `lives` keeps
    what was replayed for the next recount."""
    lives = lives or Lives()
    if weights is None:
        weights = a.weights_of(weights_record(store))
    before = period.previous()
    until = min(period.end, now)
    reference = store.reference()
    policy, rules = reference.policy(), (reference.categories, reference.sla_rules, reference.regions)
    this = lives.of(store, store.reported_versions(period.start, period.end), policy, until, rules)
    published = published_of(store, period)
    if published is not None:
        try:
            frozen = a.thaw(published.standing)
            return Assessed(period, period.end, frozen.figures, frozen.ranked, frozen.city, frozen.city_before,
                            tuple(this), published)
        except ValueError as exc:
            log.warning("published assessment %s cannot be read, counting live: %s", published.id, exc)
    # A running period is read against the same stretch of the one before (its first 3 days against the
    # first 3 days of that one), not against all of it.
    cut = min(before.start + (until - period.start), before.end) if until < period.end else before.end
    earlier = lives.of(store, store.reported_versions(before.start, cut), policy, min(cut, now), rules)
    s = a.standing(this, earlier, weights)
    return Assessed(period, until, s.figures, s.ranked, s.city, s.city_before, tuple(this))


def published_of(store: Any, period: a.Period) -> PublishedAssessment | None:
    """The period's published assessment in the cache, if any."""
    data = store.get("assessment", a.published_id(period))
    try:
        return None if data is None else from_wire(PublishedAssessment, data)
    except (TypeError, ValueError) as exc:
        log.warning("published assessment %s cannot be read, counting live: %s", a.published_id(period), exc)
        return None


def weights_record(store: Any) -> AssessmentWeights | None:
    """The administrator's weights as the cache holds them (None: the defaults apply)."""
    data = store.get("assessment_weights", a.WEIGHTS_KEY)
    try:
        return None if data is None else from_wire(AssessmentWeights, data)
    except (TypeError, ValueError) as exc:
        log.warning("the weights of the score cannot be read, using the defaults: %s", exc)
        return None
