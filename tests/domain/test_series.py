"""Aggregation across windows: what a chart draws equals what brute force over the raw data says."""

import numpy as np
import pytest

from dispatch_desk.domain.series import ResolutionLadder, downsample


def brute_force(t, v, start, end, buckets):
    width = (end - start) / buckets
    out = []
    for b in range(buckets):
        lo, hi = start + b * width, start + (b + 1) * width
        mask = (t >= lo) & ((t < hi) if b < buckets - 1 else (t <= end))
        if mask.any():
            out.append((lo, v[mask].min(), v[mask].mean(), v[mask].max()))
    return np.array(out)


@pytest.mark.parametrize("buckets", [1, 7, 100, 999])
def test_downsample_matches_brute_force(buckets):
    rng = np.random.default_rng(3)
    t = np.sort(rng.uniform(0, 10_000, 5000))
    v = rng.normal(50, 10, 5000)
    got = downsample(t, v, v, v, 0.0, 10_000.0, buckets)
    want = brute_force(t, v, 0.0, 10_000.0, buckets)
    assert len(got) == len(want)
    np.testing.assert_allclose(got.t, want[:, 0])
    np.testing.assert_allclose(got.vmin, want[:, 1])
    np.testing.assert_allclose(got.vmean, want[:, 2])
    np.testing.assert_allclose(got.vmax, want[:, 3])


def test_spike_survives_any_zoom_level():
    ladder = ResolutionLadder()
    t0 = 1_700_000_000.0
    for i in range(3 * 3600):
        ladder.append(t0 + i, 500.0 if i == 5000 else 10.0)
    for points in (10, 100, 1000):
        w = ladder.window(t0, t0 + 3 * 3600, points)
        assert len(w) <= points
        assert w.vmax.max() == 500.0
        assert w.vmin.min() == 10.0


def test_window_never_exceeds_point_budget_and_uses_buckets_for_long_windows():
    ladder = ResolutionLadder(raw_capacity=3600)
    t0 = 1_700_000_000.0
    times = t0 + np.arange(0, 10 * 86400, 60.0)  # ten days of one reading a minute
    values = np.sin(times / 86400 * 2 * np.pi) * 10 + 50
    ladder.extend(times, values)
    w = ladder.window(t0, times[-1], 800)
    assert 0 < len(w) <= 800
    # the mean over the whole window is preserved by aggregation
    assert w.vmean.mean() == pytest.approx(values.mean(), abs=0.5)
    # a recent one-hour window comes from raw samples, exactly
    recent = ladder.window(times[-1] - 3600, times[-1], 800)
    np.testing.assert_allclose(recent.vmean, values[-61:])


def test_memory_is_flat_however_long_it_runs():
    ladder = ResolutionLadder(raw_capacity=100, minute_capacity=50, quarter_capacity=20)
    for i in range(200_000):
        ladder.append(float(i), float(i % 17))
    sizes = [len(ladder._raw)] + [len(level.ring) for level in ladder._levels]
    assert sizes == [100, 50, 20]


def test_out_of_order_reading_is_ignored():
    ladder = ResolutionLadder()
    ladder.append(100.0, 1.0)
    ladder.append(101.0, 2.0)
    ladder.append(100.5, 99.0)
    w = ladder.window(0.0, 200.0, 100)
    assert 99.0 not in w.vmax


def test_sliding_window_keeps_finished_buckets_unchanged():
    ladder = ResolutionLadder()
    t0 = 1_700_000_000.0
    rng = np.random.default_rng(5)
    for i in range(7200):
        ladder.append(t0 + i, float(rng.normal(50, 5)))
    a = ladder.window(t0 + 3600, t0 + 7199, 200)
    ladder.append(t0 + 7200, 80.0)
    b = ladder.window(t0 + 3601, t0 + 7200, 200)
    assert len(a) <= 200 and len(b) <= 200
    shared = np.intersect1d(a.t, b.t)[:-1]  # every bucket but the newest
    assert len(shared) > 150
    ia, ib = np.searchsorted(a.t, shared), np.searchsorted(b.t, shared)
    np.testing.assert_array_equal(a.vmean[ia], b.vmean[ib])
