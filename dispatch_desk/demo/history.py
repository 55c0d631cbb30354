"""Thirty days of incidents, stepped through the real workflow so every history row is one the
central service itself would have written.

Each incident gets a planned life (delays per stage drawn around its SLA limits, with a share of
returns, failed verifications, escalations, suspensions, cancellations and supervision); the plan is
played through `workflow.decide` until the moment reaches "now", so the incident stops in whatever
stage it has reached, overdue or near-overdue ones included.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import numpy as np

from dispatch_desk.demo import texts
from dispatch_desk.demo.catalog import CATEGORY_SPECS, CategorySpec, stage_limits
from dispatch_desk.demo.geography import Geography
from dispatch_desk.demo.people import INTAKE_BOT, People
from dispatch_desk.domain.geo import GridIndex
from dispatch_desk.domain.records import (
    Incident,
    IncidentAction,
    IncidentStatus,
    Officer,
    Role,
    Severity,
    SlaStage,
    Source,
)
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow import Action, Applied, Command, decide

# Relative number of reports per local hour: quiet nights, busy mornings and evenings.
HOURLY = (0.25, 0.18, 0.12, 0.1, 0.12, 0.25, 0.6, 1.1, 1.5, 1.6, 1.5, 1.3,
          1.2, 1.3, 1.4, 1.45, 1.4, 1.35, 1.3, 1.2, 1.05, 0.85, 0.6, 0.4)
HOT_SPOT_SHARE = 0.35
HOT_SPOT_SPREAD = 0.0035  # degrees, about 350 m
SOURCE_WEIGHTS = (0.5, 0.25, 0.15, 0.1)


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass
class Actors:
    """Who does what in the history: picked among the officers the permission rules allow."""

    people: People
    rng: random.Random

    def __post_init__(self) -> None:
        ops = self.people.with_role(Role.OPS_OFFICER)
        self.city_ops = [o for o in ops if o.region and o.region.endswith("00")]
        self.district_ops = {o.region: [] for o in ops if o not in self.city_ops}
        for o in ops:
            if o not in self.city_ops:
                self.district_ops[o.region].append(o)
        self.street = {o.region: o for o in self.people.with_role(Role.STREET_SUPERVISOR)}
        self.agency: dict[str, list[Officer]] = {}
        for o in self.people.with_role(Role.AGENCY_OFFICER):
            self.agency.setdefault(o.agency or "", []).append(o)
        self.intake = self.people.by_username(INTAKE_BOT)

    def handler(self, inc: Incident) -> Officer:
        r = self.rng.random()
        if inc.level.value == "street" and r < 0.5 and inc.street in self.street:
            return self.street[inc.street]
        if inc.level.value != "city" and r < 0.8 and inc.district in self.district_ops:
            return self.rng.choice(self.district_ops[inc.district])
        return self.rng.choice(self.city_ops)

    def above(self, inc: Incident) -> Officer:
        return self.rng.choice(self.city_ops)

    def lead(self, inc: Incident) -> Officer:
        return self.rng.choice(self.agency[inc.lead_agency or ""])

    def reporter(self, source: Source, street: str | None, agency: str) -> Officer:
        if source is Source.GRID_PATROL and street in self.street:
            return self.street[street]
        if source is Source.AGENCY_REPORT and agency in self.agency:
            return self.rng.choice(self.agency[agency])
        return self.intake


def build(geo: Geography, people: People, policy: SlaPolicy, now: datetime, rng: random.Random,
          count: int = 20_000, days: int = 30) -> tuple[list[Incident], list[IncidentAction]]:
    gen = np.random.default_rng(rng.getrandbits(32))
    times = _report_times(now, days, count, gen)
    lons, lats = _locations(geo, count, gen)
    index = GridIndex(geo.cells, geo.regions)
    paths = index.locate_many(lons, lats)
    actors = Actors(people, rng)
    weights = [s.weight for s in CATEGORY_SPECS]
    specs = rng.choices(CATEGORY_SPECS, weights=weights, k=count)
    street_name = {r.code: r.name for r in geo.regions}
    incidents: list[Incident] = []
    actions: list[IncidentAction] = []
    daily_serial: dict[str, int] = {}
    for k in np.argsort(times):
        at = times[k]
        cell = paths[k]
        assert cell is not None  # points are drawn inside the city, and the cells tile it
        spec = specs[k]
        source = rng.choices(spec.sources, weights=SOURCE_WEIGHTS[: len(spec.sources)])[0]
        road = rng.choice(geo.street_roads[cell.street])
        number = rng.randint(1, 1200)
        day = (at + timedelta(hours=8)).strftime("%Y%m%d")
        daily_serial[day] = daily_serial.get(day, 0) + 1
        severity = spec.severity
        if rng.random() < 0.12:
            severity = Severity(min(4, max(1, severity + rng.choice((-1, 1)))))
        district = cell.street[:6]
        args = {
            "id": uid(rng), "title": texts.title(spec, road, number),
            "description": texts.description(spec, source, road, number, rng),
            "category": spec.code, "source": source.value, "severity": int(severity),
            "lon": round(float(lons[k]), 6), "lat": round(float(lats[k]), 6),
            "address": f"{street_name[district]}{street_name[cell.street]}{road}{number}号",
            "code": f"{day}{daily_serial[day]:05d}",
            "grid_cell": cell.code, "street": cell.street, "district": district,
        }
        reporter = actors.reporter(source, cell.street, spec.agency)
        life = _Life(spec, policy, actors, rng, now)
        incident, history = life.play(args, reporter, at)
        incidents.append(incident)
        actions.extend(history)
    return incidents, actions


def _report_times(now: datetime, days: int, count: int, gen: np.random.Generator) -> list[datetime]:
    hourly = np.array(HOURLY) / sum(HOURLY)
    day_offsets = gen.integers(0, days, count)
    hours = gen.choice(24, count, p=hourly)
    seconds = gen.integers(0, 3600, count)
    # Local midnight of today, then back by whole days; reports "in the future" of today fold back a day.
    local_midnight = (now + timedelta(hours=8)).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(
        hours=8)
    out = []
    for d, h, s in zip(day_offsets, hours, seconds, strict=True):
        t = local_midnight - timedelta(days=int(d)) + timedelta(hours=int(h), seconds=int(s))
        if t >= now:
            t -= timedelta(days=1)
        out.append(t.replace(microsecond=0))
    return out


def _locations(geo: Geography, count: int, gen: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    import shapely

    spots = geo.hot_spots
    w = np.array([s.weight for s in spots])
    lons = np.empty(0)
    lats = np.empty(0)
    minx, miny, maxx, maxy = geo.outline.bounds
    shapely.prepare(geo.outline)
    while len(lons) < count:
        n = count
        near = gen.random(n) < HOT_SPOT_SHARE
        which = gen.choice(len(spots), n, p=w / w.sum())
        xs = np.where(near, np.array([s.lon for s in spots])[which] + gen.normal(0, HOT_SPOT_SPREAD, n),
                      gen.uniform(minx, maxx, n))
        ys = np.where(near, np.array([s.lat for s in spots])[which] + gen.normal(0, HOT_SPOT_SPREAD * 0.85, n),
                      gen.uniform(miny, maxy, n))
        keep = shapely.contains_xy(geo.outline, xs, ys)
        lons, lats = np.concatenate([lons, xs[keep]]), np.concatenate([lats, ys[keep]])
    return lons[:count], lats[:count]


class _Life:
    """One incident's planned life, played through the workflow up to `now`."""

    def __init__(self, spec: CategorySpec, policy: SlaPolicy, actors: Actors, rng: random.Random, now: datetime):
        self.spec, self.policy, self.actors, self.rng, self.now = spec, policy, actors, rng, now
        self.limits = stage_limits(spec)
        self.incident: Incident | None = None
        self.history: list[IncidentAction] = []
        self.at: datetime = now

    def delay(self, stage: SlaStage, late_share: float = 0.1) -> timedelta:
        """A handling time around the stage limit: most in time, some late."""
        limit = self.limits[stage]
        if self.rng.random() < late_share:
            share = self.rng.uniform(1.05, 3.0)
        else:
            share = min(0.98, math.exp(self.rng.gauss(math.log(0.45), 0.6)))
        return timedelta(seconds=round(max(60.0, limit * share * 60)))

    def step(self, action: Action, actor: Officer, after: timedelta, **args) -> bool:
        """Play one action `after` the previous one; False once the plan has run into the future."""
        at = (self.at + after).replace(microsecond=0)  # whole seconds, like the clocks people read
        if at > self.now:
            return False
        decision = decide(self.incident, Command(action, uid(self.rng), args), actor, at, self.policy)
        if not isinstance(decision, Applied):
            raise AssertionError(f"demo history refused {action} by {actor.username}: {decision.reason}")
        self.incident, self.at = decision.incident, at
        self.history.append(decision.action)
        return True

    def play(self, args: dict, reporter: Officer, at: datetime) -> tuple[Incident, list[IncidentAction]]:
        self.at = at
        self.step(Action.REPORT, reporter, timedelta(0), **args)
        self._live()
        self._supervise_if_late()
        assert self.incident is not None
        incident = replace(self.incident, version=len(self.history))
        return incident, self.history

    def _live(self) -> None:
        rng, a, inc = self.rng, self.actors, lambda: self.incident
        if rng.random() < 0.015 and inc().level.value == "street":
            street_actor = a.street.get(inc().street or "")
            if street_actor and not self.step(Action.ESCALATE, street_actor, self.delay(SlaStage.REGISTER),
                                              reason=rng.choice(texts.ESCALATE_REASONS)):
                return
        if rng.random() < 0.035:
            self.step(Action.CANCEL, a.handler(inc()), self.delay(SlaStage.REGISTER),
                      reason=rng.choice(texts.CANCEL_REASONS))
            return
        if not self.step(Action.REGISTER, a.handler(inc()), self.delay(SlaStage.REGISTER),
                         note=rng.choice(texts.REGISTER_NOTES)):
            return
        if not self._dispatch():
            return
        if rng.random() < 0.06:  # the agency sends it back, the desk re-routes it
            other = rng.choice([s for s in a.agency if s != inc().lead_agency])
            if not self.step(Action.RETURN, a.lead(inc()), self.delay(SlaStage.ACCEPT),
                             reason=rng.choice(texts.RETURN_REASONS).format(other=other)):
                return
            if not self._dispatch():
                return
        for attempt in range(2):
            if not self.step(Action.ACCEPT, a.lead(inc()), self.delay(SlaStage.ACCEPT),
                             note=rng.choice(texts.ACCEPT_NOTES)):
                return
            if attempt == 0 and rng.random() < 0.02 and not self._suspension():
                return
            if not self.step(Action.DISPOSE, a.lead(inc()), self.delay(SlaStage.DISPOSE, 0.2),
                             note=rng.choice(texts.DISPOSE_NOTES)):
                return
            passed = attempt == 1 or rng.random() > 0.04
            if not self.step(Action.VERIFY, a.handler(inc()), self.delay(SlaStage.VERIFY, 0.03), passed=passed,
                             note=rng.choice(texts.VERIFY_PASS if passed else texts.VERIFY_FAIL)):
                return
            if passed:
                break
        self.step(Action.CLOSE, a.handler(inc()), timedelta(seconds=rng.randint(120, 10_800)),
                  note=rng.choice(texts.CLOSE_NOTES))

    def _dispatch(self) -> bool:
        co = list(self.spec.co_agencies) if self.rng.random() < 0.5 else []
        return self.step(Action.DISPATCH, self.actors.handler(self.incident), self.delay(SlaStage.DISPATCH),
                         lead_agency=self.spec.agency, co_agencies=co, note=self.rng.choice(texts.DISPATCH_NOTES))

    def _suspension(self) -> bool:
        lead = self.actors.lead(self.incident)
        until = self.at + timedelta(days=self.rng.randint(2, 7))
        if not self.step(Action.SUSPEND, lead, timedelta(minutes=self.rng.uniform(10, 120)),
                         until=until.isoformat(), reason=self.rng.choice(texts.SUSPEND_REASONS)):
            return False
        if not self.step(Action.APPROVE_SUSPENSION, self.actors.above(self.incident),
                         timedelta(minutes=self.rng.uniform(10, 90)), approved=True):
            return False
        # Resumed early half of the time; otherwise it lapses by itself at `until`.
        resume_after = (until - self.at) * self.rng.uniform(0.3, 0.9)
        if self.rng.random() < 0.5:
            return self.step(Action.RESUME, self.actors.handler(self.incident), resume_after,
                             note="配合单位已到场，恢复处置。")
        if until > self.now:
            return False
        self.at = until
        return True

    def _supervise_if_late(self) -> None:
        """Overdue open incidents get supervised (督办) by the city desk, most of them."""
        inc = self.incident
        if inc is None or inc.due_at is None or inc.status in (IncidentStatus.SUSPENDED,):
            return
        late = self.now - inc.due_at
        if late > timedelta(minutes=30) and self.rng.random() < 0.5:
            self.at = max(self.at, inc.due_at)
            after = min(late, timedelta(hours=2)) * self.rng.uniform(0.3, 1.0)
            self.step(Action.SUPERVISE, self.actors.above(inc), after, note=self.rng.choice(texts.SUPERVISE_NOTES))
