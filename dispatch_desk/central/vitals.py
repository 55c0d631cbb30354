"""Watching the city's vital signs: readings become alerts, alarms become incidents (智能发现).

`observe` runs inside the transaction that stores a batch of readings. For each indicator with
thresholds it feeds the new readings, in time order, to the domain `ThresholdMonitor`, whose state
(level, pending level and since when, newest reading seen) lives in `vital_monitors`: several central
instances on one database, and a restarted one, continue the same monitor, and writers are
serialized, so two batches never race on it.

- A raised level creates an `Alert` (warn or alarm); falling back below a level clears the open
  alert(s) above it (`cleared_at`). Alerts are records of the change feed, seen by every officer.
- An alarm of an indicator with `auto_incident_category` reports an incident through the same path
  as an officer's `incident.report` mutation (workflow, grid location, case number, audit), as the
  built-in system officer, and links it to the alert.
- Readings not newer than the newest one seen (replays, late arrivals) are stored but do not move the
  monitor: the same batch twice raises nothing twice.
- Minimum duration follows the cadence: 10 minutes for readings five minutes apart or more (two
  consecutive 15-minute readings beyond a threshold), 2 minutes for live data (24 five-second
  readings). Hysteresis: the domain default (a quarter of the warn-alarm gap).
- Early warning (预警): see `vitals_forecast`; a "forecast" alert is raised when crossing a threshold
  within the hour is at least even odds, and cleared when the risk passes or the real level is raised.
- A sensor gone silent (`domain.alerting.silent`) is found by a background sweep (`sweep_silent`, every
  minute): one device alert per silence, with the last reading; the early warning built on the
  silent readings is withdrawn, the warn or alarm level stands. The next reading clears the device
  alert.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from dispatch_desk.domain import codec
from dispatch_desk.domain.alerting import Level, ThresholdMonitor, ThresholdState, Transition, silent
from dispatch_desk.domain.entities import reading_key
from dispatch_desk.domain.forecast import EarlyWarning
from dispatch_desk.domain.records import Alert, AlertLevel, Direction, Indicator, Reading
from dispatch_desk.domain.sla import local_time

from . import command_log, ledger, vitals_forecast, vitals_incidents
from .periodic import PeriodicWriter
from .reference import ReferenceCache
from .storage import Tx

log = logging.getLogger(__name__)

LIVE_CADENCE = timedelta(minutes=5)  # readings closer than this are live data
MIN_DURATION_LIVE = timedelta(minutes=2)
MIN_DURATION_SLOW = timedelta(minutes=10)
_IDS = uuid.UUID("6f1d0c52-3b7e-4d0e-9a55-1f0a3c9e7b21")  # namespace of alert ids

_COLUMNS = ("level", "pending", "pending_since", "last_at", "step", "warn_alert", "alarm_alert",
            "forecast_alert", "forecast_level", "forecast_slot", "device_alert")
SILENCE_SWEEP = 60.0  # seconds between two looks for silent sensors


@dataclass
class MonitorState:
    indicator: str
    level: int = 0
    pending: int | None = None
    pending_since: datetime | None = None
    last_at: datetime | None = None
    step: float | None = None
    warn_alert: str | None = None
    alarm_alert: str | None = None
    forecast_alert: str | None = None
    forecast_level: str | None = None
    forecast_slot: int | None = None
    device_alert: str | None = None


def _load(tx: Tx, code: str) -> MonitorState | None:
    row = tx.one(f"SELECT {', '.join(_COLUMNS)} FROM vital_monitors WHERE indicator = ?", (code,))
    if row is None:
        return None
    state = MonitorState(code, *row)
    state.pending_since = codec.parse_time(state.pending_since)
    state.last_at = codec.parse_time(state.last_at)
    return state


def _save(tx: Tx, s: MonitorState) -> None:
    values = (s.level, s.pending, s.pending_since.isoformat() if s.pending_since else None,
              s.last_at.isoformat() if s.last_at else None, s.step, s.warn_alert, s.alarm_alert,
              s.forecast_alert, s.forecast_level, s.forecast_slot, s.device_alert)
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)
    tx.execute(
        f"INSERT INTO vital_monitors (indicator, {', '.join(_COLUMNS)}) VALUES ({', '.join('?' * (len(_COLUMNS) + 1))}) "
        f"ON CONFLICT (indicator) DO UPDATE SET {updates}",
        (s.indicator, *values),
    )


def min_duration(step: float | None) -> timedelta:
    """How long a value must stay beyond (or back within) a threshold, by the indicator's cadence."""
    if step is not None and step >= LIVE_CADENCE.total_seconds():
        return MIN_DURATION_SLOW
    return MIN_DURATION_LIVE


def _monitor(indicator: Indicator, state: MonitorState) -> ThresholdMonitor:
    monitor = ThresholdMonitor(indicator, min_duration=min_duration(state.step))
    pending = Level(state.pending) if state.pending is not None else None
    monitor.restore(ThresholdState(Level(state.level), pending, state.pending_since))
    return monitor


def observe(tx: Tx, cache: ReferenceCache, readings: Sequence[Reading]) -> list[Alert]:
    """Feed a stored batch of readings to the monitors; returns the alerts raised or changed."""
    by_indicator: dict[str, list[Reading]] = defaultdict(list)
    for r in readings:
        by_indicator[r.indicator].append(r)
    changed: list[Alert] = []
    for code in sorted(by_indicator):
        indicator = ledger.get(tx, Indicator, code)
        if indicator is None or (indicator.warn is None and indicator.alarm is None):
            continue
        changed.extend(_observe_one(tx, cache, indicator, sorted(by_indicator[code], key=lambda r: r.at)))
    return changed


def _first_state(tx: Tx, indicator: Indicator) -> MonitorState:
    """A new monitor adopts the indicator's open alerts (seeded or imported history), so it continues
    their episode and clears them when the value returns, instead of raising the same alert again."""
    state = MonitorState(indicator.code)
    pattern = f'%"indicator":{json.dumps(indicator.code, ensure_ascii=False)}%'  # records hold compact JSON
    rows = tx.execute("SELECT data FROM records WHERE entity = 'alert' AND deleted = 0 AND data LIKE ?", (pattern,))
    open_alerts = sorted((a for a in (ledger.decode(Alert, json.loads(r[0])) for r in rows)
                          if a.indicator == indicator.code and a.cleared_at is None), key=lambda a: a.raised_at)
    for alert in open_alerts:
        if alert.level is AlertLevel.ALARM:
            state.alarm_alert, state.level = alert.id, int(Level.ALARM)
        elif alert.level is AlertLevel.WARN:
            state.warn_alert, state.level = alert.id, max(state.level, int(Level.WARN))
    return state


def _observe_one(tx: Tx, cache: ReferenceCache, indicator: Indicator, batch: list[Reading]) -> list[Alert]:
    state = _load(tx, indicator.code)
    if state is None:
        state = _first_state(tx, indicator)
        vitals_forecast.backfill(tx, indicator.code, batch[0].at)
        # the first check waits for the indicator's own slot, so a first batch of every indicator
        # does not fit them all in one transaction
        state.forecast_slot = vitals_forecast.check_slot(indicator.code, batch[0].at)
    fresh = [r for r in batch if state.last_at is None or r.at > state.last_at]
    if not fresh:
        return []
    times = [state.last_at] if state.last_at else []
    times += [r.at for r in fresh]
    if len(times) >= 2:
        state.step = (times[-1] - times[-2]).total_seconds()
    monitor = _monitor(indicator, state)
    changed: list[Alert] = []
    if state.device_alert and (back := _clear(tx, state.device_alert, fresh[0].at)):  # the sensor sends again
        changed.append(back)
    state.device_alert = None
    for r in fresh:
        transition = monitor.observe(r.at, r.value)
        if transition is not None:
            changed.extend(_on_transition(tx, cache, indicator, state, transition))
    kept = monitor.state
    state.level = int(kept.level)
    state.pending = int(kept.pending) if kept.pending is not None else None
    state.pending_since = kept.pending_since
    state.last_at = fresh[-1].at
    vitals_forecast.add(tx, indicator.code, fresh)
    slot = vitals_forecast.check_slot(indicator.code, fresh[-1].at)
    if slot != state.forecast_slot:
        state.forecast_slot = slot
        warning = vitals_forecast.assess(tx, indicator, fresh[-1].at, fresh[-1].value)
        changed.extend(_on_forecast(tx, indicator, state, warning, fresh[-1]))
    _save(tx, state)
    return changed


def sweep_silent(tx: Tx, now: datetime) -> list[Alert]:
    """A device alert for each indicator whose sensor has gone silent since the last sweep; returns them."""
    raised: list[Alert] = []
    rows = tx.execute("SELECT indicator FROM vital_monitors WHERE device_alert IS NULL AND last_at IS NOT NULL")
    for (code,) in rows:
        state = _load(tx, code)
        indicator = ledger.get(tx, Indicator, code)
        if state is None or indicator is None or not silent(state.last_at, state.step, now):
            continue
        assert state.last_at is not None  # silent() says so
        last = ledger.get(tx, Reading, reading_key(code, codec.encode_time(state.last_at)))
        alert = Alert(id=alert_id(code, AlertLevel.DEVICE, state.last_at), level=AlertLevel.DEVICE, raised_at=now,
                      message=silence_message(indicator, state.last_at, now, last.value if last else None),
                      indicator=code, region=indicator.region, value=last.value if last else None)
        ledger.put(tx, alert)
        raised.append(alert)
        state.device_alert = alert.id
        if cleared := _clear(tx, state.forecast_alert, now):  # a forecast of readings that stopped is no forecast
            raised.append(cleared)
        state.forecast_alert = state.forecast_level = None
        _save(tx, state)
    return raised


def silence_writer() -> PeriodicWriter:
    return PeriodicWriter("sensor silence", SILENCE_SWEEP, sweep_silent)


def silence_message(indicator: Indicator, last_at: datetime, now: datetime, value: float | None) -> str:
    """E.g. "设备告警：PM2.5浓度传感器已 25 分钟无读数（最后读数 09:40，38.0 μg/m³）"."""
    minutes = int((now - last_at).total_seconds() // 60)
    shown = f"，{_value_text(indicator, value)}" if value is not None else ""
    return f"设备告警：{indicator.name}传感器已 {minutes} 分钟无读数（最后读数 {local_time(last_at):%H:%M}{shown}）"


def alert_id(indicator: str, level: AlertLevel, at: datetime) -> str:
    """The same crossing always gets the same id, whichever instance sees it."""
    return str(uuid.uuid5(_IDS, f"{indicator}|{level.value}|{at.isoformat()}"))


def _value_text(indicator: Indicator, value: float) -> str:
    text = f"{value:.{max(indicator.decimals, 0)}f}"
    return f"{text} {indicator.unit}" if indicator.unit else text


def _threshold_text(indicator: Indicator, threshold: float) -> str:
    return f"{threshold:g} {indicator.unit}" if indicator.unit else f"{threshold:g}"


def message(indicator: Indicator, level: AlertLevel, value: float) -> str:
    """E.g. "PM2.5浓度 132 μg/m³ 超过告警阈值 115"."""
    threshold = indicator.alarm if level is AlertLevel.ALARM else indicator.warn
    word = "超过" if indicator.direction is Direction.UP else "低于"
    label = "告警" if level is AlertLevel.ALARM else "预警"
    return f"{indicator.name} {_value_text(indicator, value)} {word}{label}阈值 {threshold:g}"


def forecast_message(indicator: Indicator, warning: EarlyWarning, value: float) -> str:
    word = "超过" if indicator.direction is Direction.UP else "低于"
    label = "告警" if warning.level == "alarm" else "预警"
    when = ""
    if warning.expected_at is not None:
        when = f"{local_time(datetime.fromtimestamp(warning.expected_at, UTC)):%H:%M}前后"
    return (f"趋势预警：{indicator.name}预计1小时内{when}{word}{label}阈值 "
            f"{_threshold_text(indicator, warning.threshold)}（概率{warning.probability:.0%}），"
            f"当前 {_value_text(indicator, value)}")


def _clear(tx: Tx, key: str | None, at: datetime) -> Alert | None:
    alert = ledger.get(tx, Alert, key) if key else None
    if alert is None or alert.cleared_at is not None:
        return None
    cleared = replace(alert, cleared_at=at)
    ledger.put(tx, cleared)
    return cleared


def _on_transition(tx: Tx, cache: ReferenceCache, indicator: Indicator, state: MonitorState,
                   t: Transition) -> list[Alert]:
    changed: list[Alert] = []
    if not t.raised:
        if t.after < Level.ALARM and (alert := _clear(tx, state.alarm_alert, t.at)):
            changed.append(alert)
            state.alarm_alert = None
        if t.after < Level.WARN and (alert := _clear(tx, state.warn_alert, t.at)):
            changed.append(alert)
            state.warn_alert = None
        return changed
    level = t.alert_level
    assert level is not None
    alert = Alert(id=alert_id(indicator.code, level, t.at), level=level, raised_at=t.at,
                  message=message(indicator, level, t.value), indicator=indicator.code,
                  region=indicator.region, value=t.value)
    if level is AlertLevel.ALARM and indicator.auto_incident_category:
        incident_id = vitals_incidents.report(tx, cache, indicator, alert)
        if incident_id is not None:
            alert = replace(alert, incident_id=incident_id)
    ledger.put(tx, alert)
    command_log.note_alert(tx, alert)  # an entry in the log of joint commands whose area it lies in
    changed.append(alert)
    if level is AlertLevel.ALARM:
        state.alarm_alert = alert.id
    else:
        state.warn_alert = alert.id
    if state.forecast_alert and (level is AlertLevel.ALARM or state.forecast_level == "warn"):
        # the real crossing is now an alert of its own
        if cleared := _clear(tx, state.forecast_alert, t.at):
            changed.append(cleared)
        state.forecast_alert = state.forecast_level = None
    return changed


def _beyond(indicator: Indicator, value: float, threshold: float | None) -> bool:
    if threshold is None:
        return False
    return value >= threshold if indicator.direction is Direction.UP else value <= threshold


def _on_forecast(tx: Tx, indicator: Indicator, state: MonitorState, warning: EarlyWarning | None,
                 last: Reading) -> list[Alert]:
    if warning is None:
        if state.forecast_alert is None:
            return []
        threshold = indicator.alarm if state.forecast_level == "alarm" else indicator.warn
        if _beyond(indicator, last.value, threshold):
            return []  # crossed but not yet for the minimum duration: the monitor takes over when it is
        cleared = _clear(tx, state.forecast_alert, last.at)
        state.forecast_alert = state.forecast_level = None
        return [cleared] if cleared else []
    if state.forecast_alert is not None:
        return []  # still at risk: the open forecast alert stands
    if warning.level == "warn" and state.level >= Level.WARN:
        return []
    alert = Alert(id=alert_id(indicator.code, AlertLevel.FORECAST, last.at), level=AlertLevel.FORECAST,
                  raised_at=last.at, message=forecast_message(indicator, warning, last.value),
                  indicator=indicator.code, region=indicator.region, value=last.value)
    ledger.put(tx, alert)
    state.forecast_alert, state.forecast_level = alert.id, warning.level
    return [alert]
