"""The forecast is sane on synthetic seasonal data: it predicts a crossing before it happens."""

import numpy as np
import pytest

from dispatch_desk.domain.forecast import (
    crossing_probability,
    early_warning,
    forecast,
    regularize,
)
from dispatch_desk.domain.records import Dimension, Direction, Indicator

STEP = 900.0  # 15-minute readings, like the cached history
DAY = 86400.0
LOAD = Indicator("power_load", "用电负荷", Dimension.UTILITIES, "万kW", "city", warn=950, alarm=1000)


def daily_series(days, noise=5.0, seed=1):
    """Times, noisy values and the noiseless daily curve (peak 980 at 15:00, trough 620)."""
    rng = np.random.default_rng(seed)
    t = np.arange(0, days * DAY, STEP) + 1_700_000_000.0 - (1_700_000_000.0 % DAY)
    phase = (t % DAY) / DAY
    curve = 800 + 180 * np.sin(2 * np.pi * (phase - 0.375))
    return t, curve + rng.normal(0, noise, len(t)), curve


def test_seasonal_forecast_tracks_the_daily_cycle():
    t, y, _ = daily_series(8)
    train = len(t) - 96
    fc = forecast(t[:train], y[:train], step=STEP, horizon=DAY)
    assert fc is not None and len(fc.mean) == 96
    error = np.abs(fc.mean - y[train:])
    assert error.mean() < 20  # noise is 5; a trend-only model misses the cycle by ~100
    lower, upper = fc.band()
    inside = ((y[train:] >= lower) & (y[train:] <= upper)).mean()
    assert inside > 0.75


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_predicts_the_crossing_within_the_hour_before_it_happens(seed):
    t, y, curve = daily_series(8, seed=seed)
    crossing = next(i for i in range(len(y) - 96, len(y)) if curve[i] >= LOAD.warn)
    cut = crossing - 3  # the crossing is 45 minutes after the last reading, which is still below
    assert y[cut - 1] < LOAD.warn
    fc = forecast(t[:cut], y[:cut], step=STEP, horizon=3600)
    warning = early_warning(LOAD, fc, y[cut - 1])
    assert warning is not None
    assert warning.level == "warn" and warning.probability >= 0.5
    assert warning.expected_at is not None and warning.expected_at <= t[crossing] + STEP


def test_no_warning_in_the_quiet_hours():
    t, y, _ = daily_series(8)
    night = next(i for i in range(len(y) - 96, len(y)) if ((t[i] % DAY) / DAY) == 0.125)  # 03:00
    fc = forecast(t[:night], y[:night], step=STEP, horizon=3600)
    assert early_warning(LOAD, fc, y[night - 1]) is None
    assert crossing_probability(fc, LOAD.warn, Direction.UP) < 0.05


def test_short_history_falls_back_to_a_trend():
    t = np.arange(20) * 60.0
    y = 10 + 2.0 * np.arange(20)
    fc = forecast(t, y, step=60.0, horizon=300)
    assert fc.mean[-1] == pytest.approx(10 + 2.0 * 24, rel=0.05)


def test_regularize_averages_and_fills_gaps():
    t = np.array([0.0, 10.0, 20.0, 70.0, 200.0])
    v = np.array([1.0, 3.0, 5.0, 7.0, 9.0])
    times, values = regularize(t, v, 60.0)
    np.testing.assert_allclose(times, [0, 60, 120, 180])
    np.testing.assert_allclose(values, [3.0, 7.0, 7.0, 9.0])
