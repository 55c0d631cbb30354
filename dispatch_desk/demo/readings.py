"""Thirty days of indicator readings with a few anomalies, and the alerts those anomalies raised."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

import numpy as np

from dispatch_desk.demo.vitals import Vital, anomaly_value, values
from dispatch_desk.domain.alerting import Level, ThresholdMonitor
from dispatch_desk.domain.records import Alert, AlertLevel, Direction, Indicator, Officer, Reading

STEP = timedelta(minutes=15)
ANOMALIES_PER_INDICATOR = 2  # over the whole history, for indicators with thresholds


def build(catalogue: list[tuple[Indicator, Vital]], now: datetime, days: int, acknowledgers: list[Officer],
          rng: random.Random, step: timedelta = STEP) -> tuple[list[Reading], list[Alert]]:
    gen = np.random.default_rng(rng.getrandbits(32))
    end = now.replace(second=0, microsecond=0)
    end -= timedelta(minutes=end.minute % int(step.total_seconds() // 60))
    n = int(timedelta(days=days) / step)
    start = end - step * (n - 1)
    moments = [start + step * i for i in range(n)]
    epoch = np.array([m.timestamp() for m in moments])
    readings: list[Reading] = []
    alerts: list[Alert] = []
    for indicator, vital in catalogue:
        series = values(vital, epoch, gen)
        if indicator.warn is not None:
            for _ in range(ANOMALIES_PER_INDICATOR):
                _inject(series, vital, gen, rng)
        readings.extend(Reading(indicator.code, m, float(v)) for m, v in zip(moments, series, strict=True))
        if indicator.warn is not None or indicator.alarm is not None:
            alerts.extend(_alerts(indicator, moments, series, now, acknowledgers, rng))
    return readings, alerts


def _inject(series: np.ndarray, vital: Vital, gen: np.random.Generator, rng: random.Random) -> None:
    """An episode that ramps beyond a threshold and back, lasting one to three hours."""
    length = int(gen.integers(4, 13))
    at = int(gen.integers(0, len(series) - length - 1))
    peak = anomaly_value(vital, rng.choice((0.4, 0.6, 1.1, 1.3)))
    ramp = np.sin(np.linspace(0.15, np.pi - 0.15, length)) ** 0.5
    base = series[at : at + length]
    series[at : at + length] = np.round(base + (peak - base) * ramp, vital.decimals)


def _alerts(indicator: Indicator, moments: list[datetime], series: np.ndarray, now: datetime,
            acknowledgers: list[Officer], rng: random.Random) -> list[Alert]:
    monitor = ThresholdMonitor(indicator, min_duration=timedelta(minutes=10))
    out: list[Alert] = []
    open_alerts: list[Alert] = []
    for at, value in zip(moments, series, strict=True):
        t = monitor.observe(at, float(value))
        if t is None:
            continue
        if t.raised and t.alert_level is not None:
            alert = Alert(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), level=t.alert_level, raised_at=at,
                message=message(indicator, t.alert_level, float(value)), indicator=indicator.code,
                region=indicator.region, value=float(value),
            )
            out.append(alert)
            open_alerts.append(alert)
        else:
            still = []
            for alert in open_alerts:
                rank = Level.ALARM if alert.level is AlertLevel.ALARM else Level.WARN
                if rank > t.after:
                    out[out.index(alert)] = _cleared(alert, at, now, acknowledgers, rng)
                else:
                    still.append(alert)
            open_alerts = still
    return out


def _cleared(alert: Alert, at: datetime, now: datetime, acknowledgers: list[Officer], rng: random.Random) -> Alert:
    from dataclasses import replace

    ack_at = alert.raised_at + timedelta(minutes=rng.uniform(1, 20))
    if ack_at > now:
        return replace(alert, cleared_at=at)
    return replace(alert, cleared_at=at, acknowledged_by=rng.choice(acknowledgers).id, acknowledged_at=ack_at)


def message(indicator: Indicator, level: AlertLevel, value: float) -> str:
    threshold = indicator.alarm if level is AlertLevel.ALARM else indicator.warn
    word = "超过" if indicator.direction is Direction.UP else "低于"
    label = "告警" if level is AlertLevel.ALARM else "预警"
    unit = indicator.unit
    return f"{indicator.name}{word}{label}阈值：当前{value:g}{unit}（阈值{threshold:g}{unit}）"
