"""Live values of the city's indicators: the everyday model of `vitals`, an anomaly now and then
that crosses a threshold, whatever bend a running event puts on them, and a sensor that goes silent
for a while (the first one a few minutes after the start, then one every few hours), which the central
service turns into a device alert and clears when the sensor sends again."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from dispatch_desk.demo import vitals
from dispatch_desk.domain.records import Indicator, Reading

if TYPE_CHECKING:
    from dispatch_desk.demo.events import EventRun


@dataclass
class Anomaly:
    indicator: str
    start: datetime
    end: datetime
    peak: float


@dataclass
class Outage:
    indicator: str
    start: datetime
    end: datetime


SECOND = timedelta(seconds=1)
FIRST_OUTAGE = timedelta(minutes=2)  # after the first sample: the device alert comes within the first quarter hour
OUTAGE = (timedelta(minutes=14), timedelta(minutes=20))  # longer than the ten minutes a silence needs
OUTAGES_PER_HOUR = 0.3


class Sensors:
    def __init__(self, catalogue: list[tuple[Indicator, vitals.Vital]], rng: random.Random,
                 gen: np.random.Generator) -> None:
        self.catalogue = catalogue
        self.rng = rng
        self.gen = gen
        self.anomalies: list[Anomaly] = []
        self.started = 0  # anomalies started so far
        self.outages: list[Outage] = []
        self.first_sample: datetime | None = None

    def sample(self, now: datetime, event: EventRun | None, anomaly_chance: float,
               outage_chance: float = 0.0) -> list[Reading]:
        """One reading of every indicator at `now` but those whose sensor is out; with `anomaly_chance` a
        new anomaly starts first, with `outage_chance` a sensor goes silent."""
        self.anomalies = [a for a in self.anomalies if a.end >= now]
        self.outages = [o for o in self.outages if o.end >= now]
        if self.first_sample is None:
            self.first_sample = now
            self.start_outage(now + FIRST_OUTAGE)
        if self.rng.random() < anomaly_chance:
            self.start_anomaly(now)
        if self.rng.random() < outage_chance:
            self.start_outage(now)
        silent = {o.indicator for o in self.outages if o.start <= now}
        return [Reading(ind.code, now, self.value(i, now, event)) for i, (ind, _) in enumerate(self.catalogue)
                if ind.code not in silent]

    def start_outage(self, start: datetime) -> Outage:
        """One monitored sensor (it has thresholds) goes silent from `start` for a quarter of an hour or so."""
        indicator, _ = self.rng.choice([(ind, v) for ind, v in self.catalogue if ind.warn is not None])
        outage = Outage(indicator.code, start, start + self.rng.uniform(*(d.total_seconds() for d in OUTAGE)) * SECOND)
        self.outages.append(outage)
        return outage

    def value(self, index: int, now: datetime, event: EventRun | None = None) -> float:
        indicator, vital = self.catalogue[index]
        value = float(vitals.values(vital, np.array([now.timestamp()]), self.gen)[0])
        for a in self.anomalies:
            if a.indicator == indicator.code and a.start <= now <= a.end:
                share = math.sin(math.pi * (now - a.start) / (a.end - a.start)) ** 0.5
                value = value + (a.peak - value) * share
        if event is not None:
            value = event.adjust(indicator, vital, value, now)
        return float(vitals.clamp(vital, np.array([value]))[0])

    def start_anomaly(self, now: datetime) -> Anomaly:
        indicator, vital = self.rng.choice([(ind, v) for ind, v in self.catalogue if ind.warn is not None])
        minutes = self.rng.uniform(3, 15)
        peak = vitals.anomaly_value(vital, self.rng.choice((0.5, 0.8, 1.2)))
        anomaly = Anomaly(indicator.code, now, now + timedelta(minutes=minutes), peak)
        self.anomalies.append(anomaly)
        self.started += 1
        return anomaly
