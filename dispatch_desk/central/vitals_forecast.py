"""Early warning (预警) on the central service: fifteen-minute history per indicator and the domain
Holt-Winters forecast fitted on it.

Readings are folded into fifteen-minute sums as they are stored, so a fit reads at most eight days of
buckets (768 rows) whether sensors report every five seconds or every fifteen minutes. Each indicator
is checked at most once per five minutes of reading time, at an offset of its own, so 64 indicators
fed in one batch every few seconds spread their fits over the five minutes instead of all fitting
in the same write transaction.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import cast

import numpy as np

from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.forecast import DAY, EarlyWarning, early_warning, forecast, regularize
from dispatch_desk.domain.records import Indicator, Reading

from .storage import Tx

BUCKET = 900  # seconds: the forecast's step
HISTORY = timedelta(days=8)
MIN_HISTORY = 2 * round(DAY / BUCKET)  # two days: the seasonal model, never a bare trend line
CHECK_EVERY = 300  # seconds of reading time between two checks of one indicator
HORIZON = 3600.0  # the next hour
# Vital signs follow the day, but tide gauges (潮位) follow the semi-diurnal lunar tide (12 h 25 min),
# which drifts against a daily season: fitted with a daily one, a tide's forecast rises while the water
# falls. Both are fitted; the one with the smaller one-step error is believed.
SEASONS = (DAY, 44_712.0)
MIN_PROBABILITY = 0.5

_ADD = (
    "INSERT INTO vital_buckets (indicator, slot, total, count) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (indicator, slot) DO UPDATE SET total = vital_buckets.total + excluded.total, "
    "count = vital_buckets.count + excluded.count"
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")  # the reading keys' form (ledger)


def add(tx: Tx, indicator: str, readings: Sequence[Reading]) -> None:
    """Fold new readings (each seen once: the monitor skips replays) into their buckets."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0])
    for r in readings:
        cell = sums[int(r.at.timestamp() // BUCKET)]
        cell[0] += r.value
        cell[1] += 1
    tx.executemany(_ADD, [(indicator, slot, total, int(count)) for slot, (total, count) in sums.items()])


def backfill(tx: Tx, indicator: str, until: datetime) -> None:
    """Buckets of the readings stored before the indicator was first watched (seeded history)."""
    prefix = f"{indicator}@"
    rows = tx.execute(
        "SELECT data FROM records WHERE entity = 'reading' AND key >= ? AND key < ? AND deleted = 0",
        (prefix + _iso(until - HISTORY), prefix + _iso(until)),
    )
    readings = []
    for (data,) in rows:
        d = json.loads(data)
        readings.append(Reading(indicator, cast(datetime, parse_time(d["at"])), float(d["value"])))  # "at" is never null
    if readings:
        add(tx, indicator, readings)


def check_slot(indicator: str, at: datetime) -> int:
    """The five-minute slot `at` falls in, shifted by an offset of the indicator's own."""
    offset = zlib.crc32(indicator.encode()) % CHECK_EVERY
    return int((at.timestamp() + offset) // CHECK_EVERY)


def assess(tx: Tx, indicator: Indicator, at: datetime, last_value: float) -> EarlyWarning | None:
    """The early warning for `indicator` after its reading at `at`, if a crossing within the hour is likely."""
    first = int((at - HISTORY).timestamp() // BUCKET)
    tx.execute("DELETE FROM vital_buckets WHERE indicator = ? AND slot < ?", (indicator.code, first - 96))
    rows = tx.execute(
        "SELECT slot, total, count FROM vital_buckets WHERE indicator = ? AND slot >= ? ORDER BY slot",
        (indicator.code, first),
    )
    if len(rows) < MIN_HISTORY // 2:  # gaps are filled below, but mostly missing history forecasts nothing
        return None
    data = np.asarray(rows, dtype=float)
    times, values = regularize(data[:, 0] * BUCKET, data[:, 1] / data[:, 2], BUCKET)
    if len(values) < MIN_HISTORY:
        return None
    fits = [forecast(times, values, step=BUCKET, horizon=HORIZON, period=p) for p in SEASONS]
    fc = min((f for f in fits if f is not None), key=lambda f: float(f.sigma[0]), default=None)
    if fc is None:
        return None
    return early_warning(indicator, fc, last_value, min_probability=MIN_PROBABILITY)
