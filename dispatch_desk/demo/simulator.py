"""The live demo city: new incidents, moving indicators and bot officers that keep the queues moving.

The simulator runs beside the central service and talks to it only as bot officers over API v1:
`bot.intake` reports incidents from every source (daily rhythm, hot spots), `bot.sensor` posts
readings every few seconds (daily patterns, noise, occasional threshold-crossing anomalies),
`bot.ops` registers, dispatches, verifies and closes a share of what comes in (the rest is left for
people), and one bot per agency accepts, returns or disposes a share of what is dispatched to it,
after realistic delays. It follows the change feed as `bot.ops` to see what people do. During a
scripted event (events.py) the agency bots also sit as liaisons in its joint command and work its
tasks, command log and situation reports.

Every rate is bounded (`Rates`): a token bucket caps reports per hour whatever the settings say.
With a `SimulatedClock` a whole day runs in moments.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from dispatch_desk.demo import cap_warning, catalog, texts, vitals
from dispatch_desk.demo.bots import Central, CentralDown, new_id
from dispatch_desk.demo.clock import Clock, WallClock
from dispatch_desk.demo.desk import Desk
from dispatch_desk.demo.duty_desks import DutyDesks
from dispatch_desk.demo.events import DEFAULT_DURATION, EVENTS, EventRun
from dispatch_desk.demo.generator import city_of
from dispatch_desk.demo.history import HOT_SPOT_SHARE, HOT_SPOT_SPREAD, HOURLY, SOURCE_WEIGHTS
from dispatch_desk.demo.people import INTAKE_BOT, OPS_BOT, SENSOR_BOT
from dispatch_desk.demo.sensors import OUTAGES_PER_HOUR, Sensors
from dispatch_desk.domain.geo import GridIndex
from dispatch_desk.domain.records import IncidentStatus, Severity

log = logging.getLogger(__name__)
S = IncidentStatus


@dataclass
class Rates:
    """How lively the city is. Delays are seconds of (real or simulated) time."""

    incidents_per_hour: float = 90.0  # daily mean; the hour of day shapes it
    diurnal: bool = True  # False: the same rate at every hour (a test on the wall clock must not depend on it)
    max_incidents_per_hour: float = 600.0  # hard cap, whatever else is set
    reading_interval: float = 5.0
    anomalies_per_hour: float = 1.5
    ops_share: float = 0.6  # of bot-reported incidents, the share bot.ops takes through the whole cycle
    accept_share: float = 0.85  # of dispatched incidents, accepted by the agency bot
    return_share: float = 0.07  # of dispatched incidents, returned with a reason
    dispose_share: float = 0.85  # of accepted incidents, disposed
    verify_share: float = 0.6  # of disposed incidents not handled by bot.ops, verified by it anyway
    register_delay: tuple[float, float] = (20, 120)
    dispatch_delay: tuple[float, float] = (10, 90)
    accept_delay: tuple[float, float] = (15, 120)
    dispose_delay: tuple[float, float] = (120, 900)
    verify_delay: tuple[float, float] = (60, 600)
    close_delay: tuple[float, float] = (20, 120)
    pickup_after: tuple[float, float] = (1200, 2400)  # bot.ops takes over what people left this long
    tick: float = 1.0
    max_actions_per_tick: int = 40

    def bounded(self) -> Rates:
        """The same rates with every figure inside sane limits."""
        from dataclasses import replace

        return replace(
            self,
            incidents_per_hour=min(max(self.incidents_per_hour, 0.0), self.max_incidents_per_hour),
            reading_interval=max(self.reading_interval, 1.0),
            anomalies_per_hour=min(max(self.anomalies_per_hour, 0.0), 30.0),
            tick=max(self.tick, 0.05),
        )


@dataclass
class Stats:
    reports: int = 0
    readings: int = 0
    actions: dict[str, int] = field(default_factory=dict)
    anomalies: int = 0
    refused: int = 0


class Simulator:
    def __init__(self, central: Central, *, seed: int = 7, rates: Rates | None = None, clock: Clock | None = None,
                 control_dir: Path | None = None, follow_feed: bool = True,
                 keep_going: bool = False, open311: Any = None) -> None:
        self.central = central
        self.open311 = open311  # an open311_client.Open311Client: files a share of citizen reports through Open311
        self.rates = (rates or Rates()).bounded()
        self.clock = clock or WallClock()
        self.control_dir = control_dir
        self.follow_feed = follow_feed
        self.keep_going = keep_going  # a long-running demo logs a failed tick and carries on; tests fail fast
        self.rng = random.Random(seed * 7919 + 1)
        self.gen = np.random.default_rng(seed * 104729 + 3)
        self.geo = city_of(seed)
        self.index = GridIndex(self.geo.cells, self.geo.regions)
        self.names = {r.code: r.name for r in self.geo.regions}
        self.catalogue = vitals.catalogue([d.code for d in self.geo.districts()], [s.code for s in self.geo.streets()])
        self.sensors = Sensors(self.catalogue, self.rng, self.gen)
        self.stats = Stats()
        self.desk = Desk(central, self.rates, self.rng, self.stats)
        self.duty = DutyDesks(central, random.Random(seed * 31 + 5))
        self.stop_event = threading.Event()
        self.event: EventRun | None = None
        self._cursor: int | None = None
        self._last_readings: datetime | None = None
        self._bucket = 1.0  # token bucket of reports
        self._last_tick: datetime | None = None

    # ----------------------------------------------------------------- running
    def run(self, duration: float | None = None) -> Stats:
        """Tick until stopped (or for `duration` seconds of the simulator's clock)."""
        end = self.clock.now() + timedelta(seconds=duration) if duration is not None else None
        while not self.stop_event.is_set() and (end is None or self.clock.now() < end):
            try:
                self.tick()
            except CentralDown as exc:
                log.warning("central service unreachable, retrying: %s", exc)
                self.clock.sleep(min(5.0, self.rates.tick * 5), self.stop_event)
            except Exception:
                if not self.keep_going:
                    raise
                log.exception("simulator tick failed; carrying on")
            self.clock.sleep(self.rates.tick, self.stop_event)
        if self.stop_event.is_set() and self.event is not None:
            self._end_event()
        return self.stats

    def _end_event(self) -> None:
        """Stopping mid-event closes its joint command, so no operation stays open with nobody behind it."""
        assert self.event is not None
        try:
            self.event.tick(self.event.start + self.event.duration)
        except CentralDown as exc:
            log.warning("could not close the operation of the running event: %s", exc)
        self.event = None

    def stop(self) -> None:
        self.stop_event.set()

    def start_event(self, kind: str, minutes: float | None = None) -> EventRun:
        """Start a scripted major event now ("typhoon" or "marathon"), lasting `minutes` (default 30)."""
        if kind not in EVENTS:
            raise ValueError(f"unknown event {kind!r}; choose one of {', '.join(EVENTS)}")
        duration = timedelta(minutes=min(max(minutes, 1.0), 24 * 60)) if minutes else DEFAULT_DURATION
        self.event = EVENTS[kind](self, self.clock.now(), duration)
        if kind == "typhoon":  # the weather office's CAP warning comes first; desks see it propose the plan
            cap_warning.post_typhoon_warning(self.central, OPS_BOT, self.event.area(), self.clock.now())
        self.event.begin()
        return self.event

    def tick(self) -> None:
        now = self.clock.now()
        dt = (now - self._last_tick).total_seconds() if self._last_tick else self.rates.tick
        self._last_tick = now
        self._check_control()
        if self.follow_feed:
            self._follow()
        self._report(now, dt)
        self._readings(now)
        self.desk.act(now)
        if self.follow_feed:  # the duty desks read the roster from the feed
            self.duty.act(now)
        if self.event is not None:
            self.event.tick(now)
            if self.event.finished:
                self.event = None

    # ----------------------------------------------------------------- control file
    def _check_control(self) -> None:
        """`dispatch-desk demo --event typhoon` drops `event.request` ("<kind> [minutes]") in the control
        dir of a running demo."""
        if self.control_dir is None:
            return
        request = self.control_dir / "event.request"
        if request.exists():
            words = request.read_text(encoding="utf-8").split()
            if not words:
                return  # caught between its creation and its text: read it on the next tick
            request.unlink(missing_ok=True)
            try:
                minutes = float(words[1]) if len(words) > 1 else None
                self.start_event(words[0] if words else "", minutes)
                log.info("started scripted event %s", words[0])
            except ValueError as exc:
                log.warning("cannot start the requested event: %s", exc)

    # ----------------------------------------------------------------- reports
    def hourly_rate(self, now: datetime) -> float:
        """Reports per hour at this moment: the daily mean shaped by the hour of day (and an event)."""
        rate = self.rates.incidents_per_hour
        if self.rates.diurnal:
            rate *= HOURLY[(now + timedelta(hours=8)).hour] / (sum(HOURLY) / 24)
        if self.event is not None:
            rate *= self.event.report_factor(now)
        return min(rate, self.rates.max_incidents_per_hour)

    def _report(self, now: datetime, dt: float) -> None:
        cap = self.rates.max_incidents_per_hour / 3600.0
        # The bucket holds at most a minute's worth of the cap, so a burst never exceeds the bound much.
        self._bucket = min(self._bucket + cap * dt, max(1.0, cap * 60))
        expected = self.hourly_rate(now) / 3600.0 * dt
        n = int(self.gen.poisson(expected))
        batch = []
        for _ in range(n):
            if self._bucket < 1.0:
                break
            self._bucket -= 1.0
            batch.append(self._new_report(now))
        self._submit_reports(now, batch)

    def _submit_reports(self, now: datetime, batch: list[dict[str, Any]]) -> None:
        if self.open311 is not None:
            batch = self.open311.take(batch)
        if not batch:
            return
        results = self.central.mutate(INTAKE_BOT, [(new_id(), "incident.report", args) for args in batch])
        for args, result in zip(batch, results, strict=False):
            if result.outcome.value == "applied":
                self.stats.reports += 1
                if self.event is not None and args.get("operation") == self.event.operation_id:
                    self.event.reported(args)
                owned = self.rng.random() < self.rates.ops_share or bool(args.get("operation"))
                self.desk.reported(args["id"], now, owned)
            else:
                self.stats.refused += 1
                log.debug("report refused: %s", result.reason)

    def _new_report(self, now: datetime) -> dict[str, Any]:
        weights = self.event.category_weights() if self.event is not None else None
        specs = catalog.CATEGORY_SPECS
        spec = self.rng.choices(specs, weights=weights or [s.weight for s in specs])[0]
        source = self.rng.choices(spec.sources, weights=SOURCE_WEIGHTS[: len(spec.sources)])[0]
        lon, lat = self._place()
        cell = self.index.locate(lon, lat)
        street = cell.street if cell else None
        road = self.rng.choice(self.geo.street_roads[street]) if street else "春申江沿岸"
        number = self.rng.randint(1, 1200)
        severity = spec.severity
        if self.rng.random() < 0.12:
            severity = Severity(min(4, max(1, severity + self.rng.choice((-1, 1)))))
        args: dict[str, Any] = {
            "id": new_id(), "title": texts.title(spec, road, number),
            "description": texts.description(spec, source, road, number, self.rng),
            "category": spec.code, "source": source.value, "severity": int(severity),
            "lon": round(lon, 6), "lat": round(lat, 6),
            "address": (f"{self.names[street[:6]]}{self.names[street]}{road}{number}号" if street else road),
        }
        if self.event is not None and self.event.operation_id:
            args["operation"] = self.event.operation_id
        return args

    def _place(self) -> tuple[float, float]:
        import shapely

        spots = self.event.hot_spots() if self.event is not None else None
        spots = spots or self.geo.hot_spots
        while True:
            if self.rng.random() < HOT_SPOT_SHARE or (self.event is not None and self.rng.random() < 0.5):
                spot = self.rng.choices(spots, weights=[s.weight for s in spots])[0]
                lon = self.rng.gauss(spot.lon, HOT_SPOT_SPREAD)
                lat = self.rng.gauss(spot.lat, HOT_SPOT_SPREAD * 0.85)
            else:
                minx, miny, maxx, maxy = self.geo.outline.bounds
                lon, lat = self.rng.uniform(minx, maxx), self.rng.uniform(miny, maxy)
            if shapely.contains_xy(self.geo.outline, lon, lat):
                return lon, lat

    # ----------------------------------------------------------------- readings
    def _readings(self, now: datetime) -> None:
        if self._last_readings is not None and (now - self._last_readings).total_seconds() < self.rates.reading_interval:
            return
        self._last_readings = now
        chance = self.rates.anomalies_per_hour * self.rates.reading_interval / 3600.0
        outage = OUTAGES_PER_HOUR * self.rates.reading_interval / 3600.0
        batch = self.sensors.sample(now, self.event, chance, outage)
        self.stats.readings += self.central.post_readings(SENSOR_BOT, batch)
        self.stats.anomalies = self.sensors.started
        # 智能发现 incidents are raised by the central service from these readings (central/vitals.py)

    # ----------------------------------------------------------------- the feed and bot reactions
    def _follow(self) -> None:
        if self._cursor is None:
            self._cursor = self.central.seq()  # history is for people; bots react to what happens from now on
        while True:
            page = self.central.changes(OPS_BOT, self._cursor)
            for change in page.changes:
                if change.entity == "incident" and change.data is not None:
                    self.desk.observe(change.data, self.clock.now())
                elif change.entity in ("duty_shift", "handover"):
                    self.duty.observe(change.entity, change.data)
                elif self.event is not None and change.entity in ("task", "sitrep", "operation"):
                    self.event.observe(change.entity, change.data, self.clock.now())
            self._cursor = page.next_since
            if not page.has_more:
                return

    def schedule(self, at: datetime, bot: str, name: str, args: dict[str, Any]) -> None:
        """Plan any mutation by a bot (scripted events use it)."""
        self.desk.schedule(at, bot, name, args)
