"""Benchmarks of the wall display (大屏): what one refresh and one page cost.

- `wall.refresh`: one `read_snapshot` as the wall runs it on a worker every 15 s and soon after sync
  changed something (the per-street tallies, the longest overdue, the overdue dots, the vital signs and
  their last six hours, the alerts, the joint commands), over the demo city's 50 days of history, and over
  a large synthetic cache (incidents only). Baseline: one raw scan of the columns the tallies read.
- `wall.paint`: painting each page at 1920×1080 from a snapshot, against painting an empty widget of the
  same size (what the grab itself costs).

Targets: a refresh within 1 s at 100k incidents (it runs off the window's thread), a page within 50 ms.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case
from dispatch_desk.bench.cases_assess import NOW, _fill


def _scan(store: Any) -> None:
    store.conn.execute("SELECT district, street, open, clock, due_at, near_at, supervised, rid, closed_at "
                       "FROM incident").fetchall()


def _timed(fn: Any, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


@case("wall.refresh")
def refresh(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.bench.cases_store import synthetic_incidents
    from dispatch_desk.store import Store
    from dispatch_desk.ui.wall.snapshot import read_snapshot

    rounds = ctx.scale(5, 2)
    figures = []
    n = ctx.scale(20_000, 3_000)
    store = Store.open(ctx.workdir / "wall-demo.db")
    try:
        _fill(store, n, city_life=True)
        base = _timed(lambda: _scan(store), rounds)
        figure = _timed(lambda: read_snapshot(store, NOW), rounds)
        figures.append(Figure("wall.refresh", figure, "s", base, "raw scan of the tallied columns", "≤ 1 s at 100k",
                              f"the demo city, {n:,} incidents over 50 days"))
    finally:
        store.close()
    big = ctx.scale(100_000, 10_000)
    store = Store.open(ctx.workdir / "wall-large.db")
    try:
        store.bulk_load_incidents(synthetic_incidents(big))
        base = _timed(lambda: _scan(store), rounds)
        figure = _timed(lambda: read_snapshot(store, NOW), rounds)
        figures.append(Figure("wall.refresh_large", figure, "s", base, "raw scan of the tallied columns",
                              "≤ 1 s at 100k", f"{big:,} synthetic incidents over two years"))
    finally:
        store.close()
    return figures


@case("wall.paint")
def paint(ctx: BenchContext) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from dispatch_desk.store import Store
    from dispatch_desk.ui.wall.paint import PAGES
    from dispatch_desk.ui.wall.snapshot import read_snapshot

    app = QApplication.instance() or QApplication(["dispatch-desk-bench"])
    store = Store.open(ctx.workdir / "wall-paint.db")
    try:
        _fill(store, ctx.scale(20_000, 3_000), city_life=True)
        snapshot = read_snapshot(store, NOW)
    finally:
        store.close()
    rounds = ctx.scale(20, 5)
    blank = QWidget()
    blank.resize(1920, 1080)
    base = _timed(blank.grab, rounds)
    figures = []
    for cls in PAGES:
        page = cls()
        page.resize(1920, 1080)
        page.show_snapshot(snapshot)
        app.processEvents()
        figures.append(Figure(f"wall.paint.{cls.__name__}", _timed(page.grab, rounds), "s", base,
                              "grab of an empty widget", "≤ 50 ms", "1920×1080"))
        page.deleteLater()
    blank.deleteLater()
    app.processEvents()
    return figures
