"""Benchmark: 64 indicator series ticking at 1 Hz with a one-hour window (docs/architecture.md §6).

The figure is main-thread time per tick: append one reading per series, update each window from its
newest bucket on (`ui.charts.windows.LiveWindow`), `refresh` every tile, then paint. The baseline is the same tick with the drawing left out, so the
ratio shows what the charts themselves cost. Memory is sampled over an hour of simulated ticks.
"""

from __future__ import annotations

import os
import resource
import time

from dispatch_desk.bench import BenchContext, Figure, case, p95

SERIES = 64


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


@case("charts.tick")
def charts_tick(ctx: BenchContext) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

    from dispatch_desk.domain.records import Dimension, Indicator
    from dispatch_desk.domain.series import ResolutionLadder
    from dispatch_desk.ui.charts.tiles import SeriesTile, TileConfig
    from dispatch_desk.ui.charts.windows import LiveWindow

    app = QApplication.instance() or QApplication([])
    host = QWidget()
    grid = QGridLayout(host)
    tiles, ladders, lives = [], [], []
    t0 = 1_800_000_000.0
    for i in range(SERIES):
        ind = Indicator(f"s{i}", f"指标{i}", Dimension.TRAFFIC, "辆/时", "city", warn=80, alarm=95)
        tile = SeriesTile(TileConfig("series", [ind.code]), [ind], {"city": "全市"}, host)
        grid.addWidget(tile, i // 8, i % 8)
        ladder = ResolutionLadder()
        ladder.extend(t0 + np.arange(3600.0), 50 + 20 * np.sin(np.arange(3600.0) / 600))
        tiles.append(tile)
        ladders.append(ladder)
        lives.append(LiveWindow())
    host.resize(8 * 270, 8 * 180)
    host.show()
    app.processEvents()

    def tick(now: float, draw: bool) -> float:
        start = time.perf_counter()
        for tile, ladder, live in zip(tiles, ladders, lives, strict=True):
            ladder.append(now, 50 + 20 * np.sin(now / 600) + rng.normal(0, 2))
            w = live.window(ladder, now - 3600, now, max(50, tile.width()))
            if draw:
                tile.refresh({tile.indicators[0].code: w}, now, 3600)
        app.processEvents()  # paints what the updates made dirty, as the event loop would
        return time.perf_counter() - start

    rng = np.random.default_rng(11)
    ticks = ctx.scale(300, 120)
    now = t0 + 3600
    drawn, bare = [], []
    for _ in range(ticks):
        now += 1
        drawn.append(tick(now, True))
        now += 1
        bare.append(tick(now, False))
    # An hour of simulated ticks (quick: ten minutes) to see that memory stays flat.
    rss_before = _rss_mb()
    for _ in range(ctx.scale(3600, 600)):
        now += 1
        tick(now, True)
    rss_after = _rss_mb()
    host.close()
    return [
        Figure("charts.tick", sum(drawn) / len(drawn) * 1000, "ms/tick mean", sum(bare) / len(bare) * 1000,
               "windows only", "<= 15 ms", f"{SERIES} series, 1 h window, 1 Hz, noisy values"),
        Figure("charts.tick_p95", p95(drawn) * 1000, "ms/tick p95", p95(bare) * 1000, "windows only",
               "", "ticks that redraw: a new bucket or the axis moved"),
        Figure("charts.memory", rss_after - rss_before, "MB growth", rss_before, "MB RSS at start",
               "flat", f"over {ctx.scale(3600, 600)} simulated ticks"),
    ]
