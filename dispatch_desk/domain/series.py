"""Indicator time series at several resolutions, so a chart never draws more points than pixels.

`ResolutionLadder` keeps the recent raw samples in a ring and folds every sample into min/mean/max
buckets of one minute and fifteen minutes as it arrives, so a 30-day window is served from 2,880
pre-aggregated buckets instead of millions of readings, and memory stays flat however long it runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Window:
    """Points to draw: bucket times with min, mean and max (equal for raw samples)."""

    t: np.ndarray
    vmin: np.ndarray
    vmean: np.ndarray
    vmax: np.ndarray

    def __len__(self) -> int:
        return len(self.t)


def _empty() -> Window:
    e = np.empty(0)
    return Window(e, e, e, e)


class _Ring:
    """A fixed-capacity ring of (t, min, mean, max) rows in time order."""

    def __init__(self, capacity: int) -> None:
        self._data = np.empty((capacity, 4))
        self._start = 0
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def append(self, t: float, vmin: float, vmean: float, vmax: float) -> None:
        cap = len(self._data)
        i = (self._start + self._len) % cap
        self._data[i] = (t, vmin, vmean, vmax)
        if self._len < cap:
            self._len += 1
        else:
            self._start = (self._start + 1) % cap

    def ordered(self) -> np.ndarray:
        if self._start + self._len <= len(self._data):
            return self._data[self._start : self._start + self._len]
        return np.concatenate((self._data[self._start :], self._data[: (self._start + self._len) % len(self._data)]))


class _Bucketer:
    """Folds samples into buckets of `seconds`, flushing each finished bucket to a ring."""

    def __init__(self, seconds: float, capacity: int) -> None:
        self.seconds = seconds
        self.ring = _Ring(capacity)
        self._key: float | None = None
        self._n = 0
        self._sum = 0.0
        self._min = 0.0
        self._max = 0.0

    def add(self, t: float, vmin: float, vmean: float, vmax: float, n: int = 1) -> None:
        key = t - (t % self.seconds)
        if key != self._key:
            self.flush()
            self._key, self._n, self._sum, self._min, self._max = key, 0, 0.0, vmin, vmax
        self._n += n
        self._sum += vmean * n
        self._min = min(self._min, vmin)
        self._max = max(self._max, vmax)

    def flush(self) -> None:
        if self._key is not None and self._n:
            self.ring.append(self._key, self._min, self._sum / self._n, self._max)
        self._key, self._n = None, 0

    def rows(self) -> np.ndarray:
        """Finished buckets plus the one in progress."""
        done = self.ring.ordered()
        if self._key is None or not self._n:
            return done
        current = np.array([[self._key, self._min, self._sum / self._n, self._max]])
        return np.concatenate((done, current)) if len(done) else current


class ResolutionLadder:
    """Raw samples for the recent past, 1-minute and 15-minute buckets for longer windows."""

    def __init__(self, raw_capacity: int = 7200, minute_capacity: int = 4320, quarter_capacity: int = 3456):
        self._raw = _Ring(raw_capacity)  # 2 h at 1 Hz
        self._levels = (_Bucketer(60.0, minute_capacity), _Bucketer(900.0, quarter_capacity))  # 3 d, 36 d
        self.last_time: float | None = None
        self.last_value: float | None = None

    def append(self, t: float, value: float) -> None:
        if self.last_time is not None and t <= self.last_time:
            return  # out-of-order or repeated samples would corrupt the buckets; readings are idempotent
        self._raw.append(t, value, value, value)
        for level in self._levels:
            level.add(t, value, value, value)
        self.last_time, self.last_value = t, value

    def extend(self, times: np.ndarray, values: np.ndarray) -> None:
        for t, v in zip(times.tolist(), values.tolist(), strict=True):
            self.append(t, v)

    def source(self, start: float) -> tuple[int, np.ndarray]:
        """The finest level that reaches back to `start` (0 raw, 1 minutes, 2 quarters; else the
        coarsest) and its rows of (t, min, mean, max) in time order."""
        data = self._raw.ordered()
        for i, level in enumerate(self._levels, 1):
            if len(data) and data[0, 0] <= start:
                return i - 1, data
            data = level.rows()
        return len(self._levels), data

    def window(self, start: float, end: float, max_points: int) -> Window:
        """Points of [start, end], at most `max_points` of them, from the finest level that covers it."""
        if max_points < 1 or end <= start:
            return _empty()
        _level, rows = self.source(start)
        if not len(rows):
            return _empty()
        lo = np.searchsorted(rows[:, 0], start, side="left")
        hi = np.searchsorted(rows[:, 0], end, side="right")
        if hi - lo > max_points:
            # Buckets sit on multiples of their width, not on `start`, so that as the window slides
            # every bucket but the newest keeps its value and a chart can tell nothing moved.
            width = (end - start) / max(1, max_points - 1)
            first = math.floor(start / width) * width
            buckets = max(1, math.ceil((end - first) / width))
            sel = rows[np.searchsorted(rows[:, 0], first, side="left") : hi]
            return downsample(sel[:, 0], sel[:, 1], sel[:, 2], sel[:, 3], first, first + buckets * width, buckets)
        sel = rows[lo:hi]
        return Window(sel[:, 0].copy(), sel[:, 1].copy(), sel[:, 2].copy(), sel[:, 3].copy())


def downsample(
    t: np.ndarray, vmin: np.ndarray, vmean: np.ndarray, vmax: np.ndarray, start: float, end: float, buckets: int
) -> Window:
    """Aggregate rows into `buckets` equal slices of [start, end]: min of mins, mean of means, max of maxes.

    Min and max keep spikes visible however far a chart is zoomed out; empty slices are dropped.
    """
    width = (end - start) / buckets
    idx = np.clip(((t - start) / width).astype(np.int64), 0, buckets - 1)
    counts = np.bincount(idx, minlength=buckets)
    present = counts > 0
    sums = np.bincount(idx, weights=vmean, minlength=buckets)
    out_min = np.full(buckets, np.inf)
    out_max = np.full(buckets, -np.inf)
    np.minimum.at(out_min, idx, vmin)
    np.maximum.at(out_max, idx, vmax)
    starts = start + width * np.arange(buckets)
    return Window(starts[present], out_min[present], sums[present] / counts[present], out_max[present])
