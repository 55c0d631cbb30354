"""Thresholds → alerts: warn and alarm levels with hysteresis and a minimum duration, and what an
alert may still lead to.

A noisy value hovering at a threshold must not flap: a level is entered only after the value has
stayed beyond its threshold for `min_duration`, and left only after it has come back past the
threshold by the hysteresis band for the same time.

A sensor that stops sending is a device alert (`silent`): after three of its usual intervals without a
reading, and never before ten minutes. Its last known level stands (a silent sensor does not make a
flood go away), but an early warning built on its readings is withdrawn.

An alert raises at most one incident (`raise_refusal`): the desk offers the incident it raised
instead, and the central service refuses a second report from it. The incident's title and
description are written once (`alarm_incident_texts`), by the desk and by the central service alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum

from dispatch_desk.domain.records import Alert, AlertLevel, Direction, Indicator


class Level(IntEnum):
    NORMAL = 0
    WARN = 1
    ALARM = 2


SILENT_INTERVALS = 3  # usual intervals without a reading before a sensor counts as silent
MIN_SILENCE = timedelta(minutes=10)


def silence_limit(step: float | None) -> timedelta:
    """How long an indicator may go without a reading, by its usual interval (`step`, seconds)."""
    return max(MIN_SILENCE, timedelta(seconds=SILENT_INTERVALS * step)) if step else MIN_SILENCE


def silent(last_at: datetime | None, step: float | None, now: datetime) -> bool:
    """Whether the sensor behind an indicator has gone silent: it sent before, and not for too long since."""
    return last_at is not None and now - last_at > silence_limit(step)


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


# --- what an alert leads to ----------------------------------------------------------------------

ALREADY_RAISED = "This alert has already raised an incident; open that incident instead."


def raise_refusal(alert: Alert | None) -> str | None:
    """Why no incident may be raised from `alert` now, or None when one may: an alert raises at
    most one incident."""
    if alert is not None and alert.incident_id:
        return ALREADY_RAISED
    return None


_SEPARATORS = " ·-–—:：,，"


def name_without_region(name: str, region_name: str) -> str:
    """An indicator's name without the region it is named after, for places that show the region
    beside it: "陆家嘴街道易积水点水深" of 陆家嘴街道 → "易积水点水深", "Ponding (Lujiazui Subdistrict)" of
    Lujiazui Subdistrict → "Ponding"; the name itself when it does not name its region."""
    if not region_name or name == region_name:
        return name
    for opening, closing in (("(", ")"), ("（", "）")):
        suffix = f"{opening}{region_name}{closing}"
        if name.endswith(suffix) and name[: -len(suffix)].strip():
            return name[: -len(suffix)].rstrip(_SEPARATORS)
    if not name.startswith(region_name):
        return name
    rest = name[len(region_name):].lstrip(_SEPARATORS)
    if not rest:
        return name
    return rest[0].upper() + rest[1:] if rest[0].isascii() else rest


def name_with_region(name: str, region_name: str) -> str:
    """The indicator's name led by its region, said once ("陆家嘴街道易积水点水深", whether the name
    already begins with 陆家嘴街道 or not)."""
    if not region_name:
        return name
    return f"{region_name}{name_without_region(name, region_name)}"


def alarm_incident_texts(indicator: Indicator, region_name: str, level: AlertLevel, value: float | None
                         ) -> tuple[str, str]:
    """The title and description of the incident an alert raises. Incident texts are case records
    that agencies read, so they are written in Chinese whatever the language of the desk."""
    unit = indicator.unit
    shown = "" if value is None else f"{value:.{max(indicator.decimals, 0)}f}{unit}"
    label = "告警" if level is AlertLevel.ALARM else "预警"
    where = name_with_region(indicator.name, region_name)
    title = f"{where}{label} {shown}".strip()
    threshold = indicator.alarm if level is AlertLevel.ALARM else indicator.warn
    word = "超过" if indicator.direction is Direction.UP else "低于"
    limit = f"{word}{label}阈值{threshold:g}{unit}" if threshold is not None else ""
    reading = f"读数{shown}，{limit}" if shown and limit else f"读数{shown}" if shown else limit
    description = f"城市体征{label}：{where}{reading}。请核实现场并处置。"
    return title, description


@dataclass(frozen=True)
class AlertTally:
    """What the alerts list counts: alerts not yet cleared, by kind, and how many of those nobody
    has acknowledged; cleared ones apart."""

    alarms: int = 0
    alarms_unacknowledged: int = 0
    warnings: int = 0  # threshold warnings and outside warnings
    warnings_unacknowledged: int = 0
    early_warnings: int = 0  # 预警: forecast to cross
    devices: int = 0  # sensors gone silent
    cleared: int = 0


def tally(alerts: Iterable[Alert]) -> AlertTally:
    counts = dict.fromkeys(("alarms", "alarms_unacknowledged", "warnings", "warnings_unacknowledged",
                            "early_warnings", "devices", "cleared"), 0)
    for alert in alerts:
        if alert.cleared_at is not None:
            counts["cleared"] += 1
        elif alert.level is AlertLevel.FORECAST:
            counts["early_warnings"] += 1
        elif alert.level is AlertLevel.DEVICE:
            counts["devices"] += 1
        else:
            kind = "alarms" if alert.level is AlertLevel.ALARM else "warnings"
            counts[kind] += 1
            if alert.acknowledged_at is None:
                counts[f"{kind}_unacknowledged"] += 1
    return AlertTally(**counts)
