"""A chart's live window over a resolution ladder, updated from its newest bucket on (no Qt).

A tile asks for the same window once a second. Between two asks readings only arrive after the
newest one, so every bucket but the newest keeps its value; `LiveWindow` keeps the buckets it has
computed and aggregates only the rows from the newest bucket on, instead of bucketing the whole
window (3,600 raw readings for an hour) again on every tick.

Buckets sit on multiples of their width in absolute time: bucket `k` holds the rows with
`k * width <= t < (k + 1) * width` and is drawn at `k * width`, so a bucket's rows, and thus its
value, do not depend on where the window starts. `recompute` is the same window from scratch.
"""

from __future__ import annotations

import math

import numpy as np

from dispatch_desk.domain.series import ResolutionLadder, Window

_EMPTY = np.empty(0)


def _width(start: float, end: float, max_points: int) -> float:
    return (end - start) / max(1, max_points - 1)


def _aggregate(rows: np.ndarray, width: float) -> tuple[np.ndarray, ...]:
    """Per absolute bucket of `rows` (in time order): index, min, sum of means, count, max."""
    keys = np.floor(rows[:, 0] / width).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    counts = np.diff(np.r_[starts, len(keys)])
    return (keys[starts], np.minimum.reduceat(rows[:, 1], starts), np.add.reduceat(rows[:, 2], starts),
            counts, np.maximum.reduceat(rows[:, 3], starts))


def _aggregate_few(rows: np.ndarray, width: float) -> tuple[np.ndarray, ...]:
    """`_aggregate` for the few rows of a tick (usually one or two buckets), without numpy's overhead."""
    if len(rows) > 16:
        return _aggregate(rows, width)
    out: list[list] = []
    for t, lo, mean, hi in rows.tolist():
        key = math.floor(t / width)
        if out and out[-1][0] == key:
            last = out[-1]
            last[1], last[2], last[3], last[4] = min(last[1], lo), last[2] + mean, last[3] + 1, max(last[4], hi)
        else:
            out.append([key, lo, mean, 1, hi])
    cols = list(zip(*out, strict=True)) if out else [(), (), (), (), ()]
    return (np.array(cols[0], dtype=np.int64), np.array(cols[1], dtype=float), np.array(cols[2], dtype=float),
            np.array(cols[3], dtype=np.int64), np.array(cols[4], dtype=float))


def _rows(data: np.ndarray, start: float, end: float) -> np.ndarray:
    lo = np.searchsorted(data[:, 0], start, side="left")
    hi = np.searchsorted(data[:, 0], end, side="right")
    return data[lo:hi]


def recompute(ladder: ResolutionLadder, start: float, end: float, max_points: int) -> Window:
    """The window of [start, end] with at most `max_points` points, computed from all its rows."""
    if max_points < 1 or end <= start:
        return Window(_EMPTY, _EMPTY, _EMPTY, _EMPTY)
    _level, data = ladder.source(start)
    sel = _rows(data, start, end) if len(data) else data
    if len(sel) <= max_points:
        return Window(sel[:, 0].copy(), sel[:, 1].copy(), sel[:, 2].copy(), sel[:, 3].copy())
    width = _width(start, end, max_points)
    sel = _rows(data, math.floor(start / width) * width, end)
    keys, lo, sums, counts, hi = _aggregate(sel, width)
    return Window(keys * width, lo, sums / counts, hi)


class LiveWindow:
    """One window kept up to date across ticks; equal to `recompute` with the same arguments."""

    def __init__(self) -> None:
        self._shape: tuple | None = None  # (level, width, max_points) the kept buckets are for
        self._keys = np.empty(0, dtype=np.int64)
        self._min = self._sum = self._count = self._max = _EMPTY

    def window(self, ladder: ResolutionLadder, start: float, end: float, max_points: int) -> Window:
        if max_points < 1 or end <= start:
            self._shape = None
            return Window(_EMPTY, _EMPTY, _EMPTY, _EMPTY)
        level, data = ladder.source(start)
        width = _width(start, end, max_points)
        first = math.floor(start / width)
        shape = (level, width, max_points)
        if self._shape != shape or not len(self._keys):
            sel = _rows(data, start, end) if len(data) else data
            if len(sel) <= max_points:
                self._shape = None  # few enough rows to draw them all: nothing to keep
                return Window(sel[:, 0].copy(), sel[:, 1].copy(), sel[:, 2].copy(), sel[:, 3].copy())
            self._keep(_aggregate(_rows(data, first * width, end), width))
            self._shape = shape
        else:
            # The newest kept bucket may have grown, later ones may be new; the older ones stand.
            newest = int(self._keys[-1])
            col = data[:, 0]
            lo, tail_from = np.searchsorted(col, (start, max(newest, first) * width), side="left")
            hi = int(np.searchsorted(col, end, side="right"))
            if hi - lo <= max_points:
                self._shape = None  # the ladder was emptied or replaced: fewer rows than points
                return recompute(ladder, start, end, max_points)
            fresh = _aggregate_few(data[tail_from:hi], width)
            oldest = int(np.searchsorted(self._keys, first, side="left"))
            self._keep(tuple(np.concatenate((a[oldest:-1], b)) for a, b in zip(self._parts(), fresh, strict=True)))
        return Window(self._keys * width, self._min.copy(), self._sum / self._count, self._max.copy())

    def _parts(self) -> tuple[np.ndarray, ...]:
        return self._keys, self._min, self._sum, self._count, self._max

    def _keep(self, parts: tuple[np.ndarray, ...]) -> None:
        self._keys, self._min, self._sum, self._count, self._max = parts
