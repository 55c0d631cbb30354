"""The live window of a chart tile: updated from its newest bucket on, it equals the window
recomputed from all its rows, however readings arrive and the window slides (no Qt)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.domain.series import ResolutionLadder
from dispatch_desk.ui.charts.windows import LiveWindow, recompute

T0 = 1_800_000_000.0


def _same(got, want):
    assert len(got) == len(want)
    np.testing.assert_array_equal(got.t, want.t)
    np.testing.assert_array_equal(got.vmin, want.vmin)
    np.testing.assert_array_equal(got.vmax, want.vmax)
    np.testing.assert_allclose(got.vmean, want.vmean, rtol=1e-12)


ticks = st.lists(
    st.tuples(st.integers(0, 400),  # seconds until the next tick
              st.lists(st.floats(-1e3, 1e3, allow_nan=False), max_size=8)),  # readings before it
    min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(history=st.integers(0, 9000), span=st.sampled_from([900, 3600, 6 * 3600]),
       points=st.integers(1, 400), steps=ticks, seed=st.integers(0, 2**16))
def test_the_live_window_equals_the_window_recomputed_from_its_rows(history, span, points, steps, seed):
    rng = np.random.default_rng(seed)
    ladder = ResolutionLadder()
    if history:
        ladder.extend(T0 + np.arange(float(history)), rng.normal(50, 10, history))
    live, now = LiveWindow(), T0 + history
    for wait, values in steps:
        for k, value in enumerate(values):  # readings at odd times too, between the ticks
            ladder.append(now + (k + 1) * wait / (len(values) + 1), value)
        now += wait
        _same(live.window(ladder, now - span, now, points), recompute(ladder, now - span, now, points))


@settings(max_examples=30, deadline=None)
@given(points=st.integers(2, 300), width_change=st.integers(-50, 50))
def test_a_tile_resized_between_ticks_gets_its_new_window(points, width_change):
    ladder = ResolutionLadder()
    ladder.extend(T0 + np.arange(3600.0), np.sin(np.arange(3600.0) / 100))
    live, now = LiveWindow(), T0 + 3599
    live.window(ladder, now - 3600, now, points)
    ladder.append(now + 1, 5.0)
    wanted = max(1, points + width_change)
    _same(live.window(ladder, now + 1 - 3600, now + 1, wanted), recompute(ladder, now + 1 - 3600, now + 1, wanted))


def test_the_window_never_has_more_points_than_asked_and_keeps_spikes():
    ladder = ResolutionLadder()
    values = np.full(3600, 10.0)
    values[1800] = 500.0
    ladder.extend(T0 + np.arange(3600.0), values)
    live = LiveWindow()
    for step in range(5):
        now = T0 + 3599 + step
        ladder.append(now, 10.0) if step else None
        w = live.window(ladder, now - 3600, now, 270)
        assert 0 < len(w) <= 270
        assert w.vmax.max() == 500.0 and w.vmin.min() == 10.0
        assert w.t[-1] <= now and np.all(np.diff(w.t) > 0)


def test_a_short_window_draws_the_readings_themselves():
    ladder = ResolutionLadder()
    ladder.extend(T0 + np.arange(100.0), np.arange(100.0))
    w = LiveWindow().window(ladder, T0 + 50, T0 + 99, 400)
    np.testing.assert_array_equal(w.t, T0 + np.arange(50.0, 100.0))
    np.testing.assert_array_equal(w.vmean, np.arange(50.0, 100.0))
