"""Live values of the city's indicators: the everyday model of `vitals`, an anomaly now and then
that crosses a threshold, and whatever bend a running event puts on them."""

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


class Sensors:
    def __init__(self, catalogue: list[tuple[Indicator, vitals.Vital]], rng: random.Random,
                 gen: np.random.Generator) -> None:
        self.catalogue = catalogue
        self.rng = rng
        self.gen = gen
        self.anomalies: list[Anomaly] = []
        self.started = 0  # anomalies started so far

    def sample(self, now: datetime, event: EventRun | None, anomaly_chance: float) -> list[Reading]:
        """One reading of every indicator at `now`; with `anomaly_chance` a new anomaly starts first."""
        self.anomalies = [a for a in self.anomalies if a.end >= now]
        if self.rng.random() < anomaly_chance:
            self.start_anomaly(now)
        return [Reading(ind.code, now, self.value(i, now, event)) for i, (ind, _) in enumerate(self.catalogue)]

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
