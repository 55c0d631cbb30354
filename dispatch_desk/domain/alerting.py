"""Thresholds → alerts: warn and alarm levels with hysteresis and a minimum duration.

A noisy value hovering at a threshold must not flap: a level is entered only after the value has
stayed beyond its threshold for `min_duration`, and left only after it has come back past the
threshold by the hysteresis band for the same time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum

from dispatch_desk.domain.records import AlertLevel, Direction, Indicator


class Level(IntEnum):
    NORMAL = 0
    WARN = 1
    ALARM = 2


def threshold_level(indicator: Indicator, value: float | None) -> Level:
    """Where one value stands against the indicator's thresholds, without hysteresis or duration:
    what a tile's colour or a report's line says about the latest reading (the monitor below decides
    alarms)."""
    if value is None:
        return Level.NORMAL
    up = indicator.direction is Direction.UP
    for level, threshold in ((Level.ALARM, indicator.alarm), (Level.WARN, indicator.warn)):
        if threshold is not None and (value >= threshold if up else value <= threshold):
            return level
    return Level.NORMAL


@dataclass(frozen=True)
class Transition:
    """The monitored indicator moved from one level to another at `at`."""

    indicator: str
    at: datetime
    before: Level
    after: Level
    value: float

    @property
    def raised(self) -> bool:
        return self.after > self.before

    @property
    def alert_level(self) -> AlertLevel | None:
        return {Level.WARN: AlertLevel.WARN, Level.ALARM: AlertLevel.ALARM}.get(self.after)


def default_hysteresis(indicator: Indicator) -> float:
    """A quarter of the gap between warn and alarm, or 5 % of the only threshold there is."""
    if indicator.warn is not None and indicator.alarm is not None and indicator.warn != indicator.alarm:
        return abs(indicator.alarm - indicator.warn) * 0.25
    ref = indicator.alarm if indicator.alarm is not None else indicator.warn
    return abs(ref or 1.0) * 0.05


class ThresholdMonitor:
    """Follows one indicator's readings and reports level transitions."""

    def __init__(
        self,
        indicator: Indicator,
        *,
        hysteresis: float | None = None,
        min_duration: timedelta = timedelta(minutes=2),
    ) -> None:
        self.indicator = indicator
        self.hysteresis = default_hysteresis(indicator) if hysteresis is None else hysteresis
        self.min_duration = min_duration
        self.level = Level.NORMAL
        self._pending: Level | None = None
        self._pending_since: datetime | None = None

    def _beyond(self, value: float, threshold: float | None, band: float) -> bool:
        if threshold is None:
            return False
        if self.indicator.direction is Direction.UP:
            return value >= threshold - band
        return value <= threshold + band

    def _target(self, value: float) -> Level:
        """The level `value` belongs to, leaning towards the current level by the hysteresis band."""
        thresholds = {Level.WARN: self.indicator.warn, Level.ALARM: self.indicator.alarm}
        for level in (Level.ALARM, Level.WARN):
            # Staying in (or above) a level needs only to be within the band; entering needs the threshold.
            band = self.hysteresis if level <= self.level else 0.0
            if self._beyond(value, thresholds[level], band):
                return level
        return Level.NORMAL

    def observe(self, at: datetime, value: float) -> Transition | None:
        target = self._target(value)
        if target == self.level:
            self._pending = self._pending_since = None
            return None
        if self._pending is None or (target > self.level) != (self._pending > self.level):
            self._pending, self._pending_since = target, at  # a new move away from the current level
        elif target > self.level:
            # Going up, the level held the whole time is the lowest seen since the move began: a
            # value swinging across the alarm line still holds "warn" and raises it in time.
            self._pending = min(self._pending, target)
        else:
            self._pending = max(self._pending, target)
        assert self._pending_since is not None
        if at - self._pending_since < self.min_duration:
            return None
        before, self.level = self.level, self._pending
        self._pending = self._pending_since = None
        return Transition(self.indicator.code, at, before, self.level, value)

    @property
    def state(self) -> ThresholdState:
        """What must be kept between runs (e.g. in a database) to resume watching exactly here."""
        return ThresholdState(self.level, self._pending, self._pending_since)

    def restore(self, state: ThresholdState) -> None:
        self.level, self._pending, self._pending_since = state.level, state.pending, state.pending_since


@dataclass(frozen=True)
class ThresholdState:
    level: Level
    pending: Level | None = None  # the level the value has held since `pending_since`, not yet long enough
    pending_since: datetime | None = None
