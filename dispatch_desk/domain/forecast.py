"""Short-term early warning (预警): an additive Holt-Winters forecast with a prediction band, and
the probability that an indicator crosses a threshold within the horizon.

Vital signs follow a daily rhythm, so a seasonal model predicts the evening peak that a straight
trend line would miss. With less than two seasons of history the model falls back to Holt's
linear trend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import product

import numpy as np

from dispatch_desk.domain.records import Direction, Indicator

DAY = 86400.0


@dataclass(frozen=True)
class Forecast:
    start: float  # epoch seconds of the first forecast point
    step: float  # seconds between points
    mean: np.ndarray
    sigma: np.ndarray  # standard deviation of each point's error

    def times(self) -> np.ndarray:
        return self.start + self.step * np.arange(len(self.mean))

    def band(self, z: float = 1.645) -> tuple[np.ndarray, np.ndarray]:
        """The 90 % prediction band by default."""
        return self.mean - z * self.sigma, self.mean + z * self.sigma


@dataclass(frozen=True)
class EarlyWarning:
    indicator: str
    threshold: float
    level: str  # "alarm" or "warn": which threshold is predicted to be crossed
    probability: float
    expected_at: float | None  # epoch seconds when the forecast mean crosses, if it does


def regularize(times: np.ndarray, values: np.ndarray, step: float) -> tuple[np.ndarray, np.ndarray]:
    """Mean per `step`-long slot, gaps filled with the previous slot's value."""
    if not len(times):
        return times, values
    origin = times[0] - times[0] % step
    idx = ((times - origin) // step).astype(np.int64)
    n = int(idx[-1]) + 1
    sums = np.bincount(idx, weights=values, minlength=n)
    counts = np.bincount(idx, minlength=n)
    out = np.empty(n)
    last = values[0]
    for i in range(n):
        if counts[i]:
            last = sums[i] / counts[i]
        out[i] = last
    return origin + step * np.arange(n), out


def _holt_winters(
    y: np.ndarray, period: int, alpha: float, beta: float, gamma: float
) -> tuple[float, float, list[float], np.ndarray]:
    """One pass of additive Holt-Winters; returns level, trend, seasonal ring and one-step errors."""
    level = float(y[:period].mean())
    trend = float((y[period : 2 * period].mean() - y[:period].mean()) / period) if len(y) >= 2 * period else 0.0
    season: list[float] = (y[:period] - y[:period].mean()).tolist()
    errors = []
    for i in range(period, len(y)):
        s = season[i % period]
        predicted = level + trend + s
        errors.append(y[i] - predicted)
        new_level = alpha * (y[i] - s) + (1 - alpha) * (level + trend)
        trend = beta * (new_level - level) + (1 - beta) * trend
        season[i % period] = gamma * (y[i] - new_level) + (1 - gamma) * s
        level = new_level
    return level, trend, season, np.asarray(errors)


def _holt(y: np.ndarray, alpha: float, beta: float) -> tuple[float, float, np.ndarray]:
    level, trend = float(y[0]), float(y[1] - y[0]) if len(y) > 1 else 0.0
    errors = []
    for v in y[1:]:
        predicted = level + trend
        errors.append(v - predicted)
        new_level = alpha * v + (1 - alpha) * predicted
        trend = beta * (new_level - level) + (1 - beta) * trend
        level = new_level
    return level, trend, np.asarray(errors)


def _seasonal_fit(
    y: np.ndarray, period: int, alpha: float, beta: float, gamma: float
) -> tuple[float, float, float, list[float], float]:
    """Mean squared one-step error over the last four seasons, level, trend, seasonal ring, alpha."""
    level, trend, season, err = _holt_winters(y, period, alpha, beta, gamma)
    return float(np.mean(err[-4 * period :] ** 2)), level, trend, season, alpha


def _trend_fit(y: np.ndarray, alpha: float, beta: float) -> tuple[float, float, float, float]:
    """Mean squared one-step error over the last 200 steps, level, trend, alpha."""
    level, trend, err = _holt(y, alpha, beta)
    return float(np.mean(err[-200:] ** 2)), level, trend, alpha


def forecast(
    times: np.ndarray, values: np.ndarray, *, step: float, horizon: float, period: float = DAY
) -> Forecast | None:
    """Forecast `horizon` seconds past the last sample of a regular series (see `regularize`)."""
    y = np.asarray(values, dtype=float)
    if len(y) < 4:
        return None
    h = max(1, math.ceil(horizon / step))
    steps = np.arange(1, h + 1)
    p = round(period / step)
    # A small grid keeps fitting cheap and robust; the parameters with the lowest one-step error win
    # (the first of equals).
    if p >= 2 and len(y) >= 2 * p:
        sse, level, trend, season, alpha = min(
            (_seasonal_fit(y, p, alpha, beta, gamma)
             for alpha, beta, gamma in product((0.1, 0.3, 0.6), (0.0, 0.05), (0.1, 0.3))),
            key=lambda fit: fit[0],
        )
        n = len(y)
        seasonal = np.array([season[(n + k - 1) % p] for k in steps])
        mean = level + trend * steps + seasonal
    else:
        sse, level, trend, alpha = min(
            (_trend_fit(y, alpha, beta) for alpha, beta in product((0.2, 0.5, 0.8), (0.0, 0.1, 0.3))),
            key=lambda fit: fit[0],
        )
        mean = level + trend * steps
    # Error grows with the horizon as the level's uncertainty accumulates (simple-smoothing variance).
    sigma = math.sqrt(sse) * np.sqrt(1 + (steps - 1) * alpha**2)
    return Forecast(start=float(times[-1]) + step, step=step, mean=mean, sigma=sigma)


def _exceed_probability(mean: float, sigma: float, threshold: float, direction: Direction) -> float:
    if sigma <= 0:
        crossed = mean >= threshold if direction is Direction.UP else mean <= threshold
        return 1.0 if crossed else 0.0
    z = (threshold - mean) / sigma
    upper_tail = 0.5 * math.erfc(z / math.sqrt(2))
    return upper_tail if direction is Direction.UP else 1.0 - upper_tail


def crossing_probability(fc: Forecast, threshold: float, direction: Direction) -> float:
    """Probability that some forecast point lies beyond the threshold.

    The largest per-point probability: a lower bound of the path probability that does not assume
    independent errors (they are strongly correlated between neighbouring points).
    """
    return max(_exceed_probability(m, s, threshold, direction) for m, s in zip(fc.mean, fc.sigma, strict=True))


def early_warning(
    indicator: Indicator, fc: Forecast, last_value: float, *, min_probability: float = 0.5
) -> EarlyWarning | None:
    """A 预警 when a threshold not yet crossed is likely to be crossed within the forecast horizon."""
    up = indicator.direction is Direction.UP
    for level, threshold in (("alarm", indicator.alarm), ("warn", indicator.warn)):
        if threshold is None:
            continue
        already = last_value >= threshold if up else last_value <= threshold
        if already:
            return None  # the threshold monitor reports crossings that have happened
        probability = crossing_probability(fc, threshold, indicator.direction)
        if probability >= min_probability:
            beyond = fc.mean >= threshold if up else fc.mean <= threshold
            expected = float(fc.times()[np.argmax(beyond)]) if beyond.any() else None
            return EarlyWarning(indicator.code, threshold, level, probability, expected)
    return None
