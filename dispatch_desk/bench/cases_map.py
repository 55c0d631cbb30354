"""Benchmarks of the grid map (docs/architecture.md §6): first full render, one live change, pan/zoom frames.

Each runs the real MapWidget over a real cache in a QWebEngineView (offscreen when there is no
display). "Visible" means the page reported the frame after the change as painted
(DD.paintedAfter: two requestAnimationFrame turns), not merely that the script returned.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case, p95

TARGET_RENDER = "≤ 1.0 s"
TARGET_UPDATE = "≤ 50 ms, no reload"


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    from dispatch_desk.ui.map import prepare_web_engine

    prepare_web_engine()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["dispatch-desk-bench"])


def _wait(app: Any, done: Any, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the map did not answer in time")
        app.processEvents()
        time.sleep(0.0005)


def _js(app: Any, view: Any, script: str) -> Any:
    box: list[Any] = []
    view.js(script, box.append)
    _wait(app, lambda: bool(box))
    return box[0]


def _painted(app: Any, view: Any, token: int) -> None:
    seen: list[int] = []
    view.bridge.painted.connect(seen.append)
    view.call("paintedAfter", token)
    _wait(app, lambda: token in seen)
    view.bridge.painted.disconnect(seen.append)


def _city(ctx: BenchContext, cells: int, incidents: int) -> Any:
    from dispatch_desk.domain.records import OPEN_STATUSES, IncidentStatus
    from dispatch_desk.store import Store
    from dispatch_desk.ui.map.sample import fill_store, sample_city

    ref, items = sample_city(cells=cells, incidents=incidents, seed=5)
    later = datetime.now(UTC) + timedelta(hours=3)
    # Every incident open, so that all of them are markers on the map.
    items = [i if i.status in OPEN_STATUSES else replace(i, status=IncidentStatus.DISPATCHED, due_at=later)
             for i in items]
    store = Store.open(ctx.workdir / f"map-{cells}-{incidents}.db")
    fill_store(store, ref, items)
    # A cache in use is checkpointed as it goes; a fresh bulk load sits in the WAL until then.
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store


def _widget(store: Any) -> Any:
    from dispatch_desk.domain.records import Officer, Role
    from dispatch_desk.store import IncidentQuery
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.map.widget import MapWidget

    ctx = AppContext(store, None, Officer("bench", "bench", "bench", Role.OPS_OFFICER), AppBus())
    w = MapWidget(ctx)
    w.query = IncidentQuery(open_only=True)
    w.resize(1400, 900)
    w.show()
    return w


def _close(app: Any, w: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # page before profile, now
    app.processEvents()


def _first_render(app: Any, store: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    w = _widget(store)
    loaded: list[bool] = []
    w.loaded.connect(lambda: loaded.append(True))
    _wait(app, lambda: bool(loaded))
    _painted(app, w.view, 1)
    return time.perf_counter() - start, w


def _empty_page(app: Any) -> float:
    from dispatch_desk.ui.map.view import MapView

    start = time.perf_counter()
    view = MapView()
    view.resize(1400, 900)
    view.show()
    view.start()
    _wait(app, lambda: view.is_ready)
    _painted(app, view, 1)
    elapsed = time.perf_counter() - start
    _close(app, view)
    return elapsed


@case("map.first_render")
def first_render(ctx: BenchContext) -> list[Figure]:
    app = _app()
    cells, incidents = ctx.scale(2000, 500), ctx.scale(10_000, 2_000)
    store = _city(ctx, cells, incidents)
    _close(app, _first_render(app, store)[1])  # warm: the web engine's processes start once per run
    runs, base = [], []
    for _ in range(ctx.scale(3, 1)):
        base.append(_empty_page(app))
        elapsed, w = _first_render(app, store)
        shown = _js(app, w.view, "DD.stats().incidents")
        runs.append(elapsed)
        _close(app, w)
    store.close()
    return [Figure("map.first_render", statistics.median(runs), "s", statistics.median(base),
                   "empty Leaflet page", TARGET_RENDER,
                   f"{cells} cells, {int(shown)} markers, median of {len(runs)}; page load to painted frame")]


@case("map.update")
def update(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.domain.records import Severity

    app = _app()
    cells, incidents = ctx.scale(2000, 500), ctx.scale(10_000, 2_000)
    store = _city(ctx, cells, incidents)
    elapsed, w = _first_render(app, store)
    _js(app, w.view, "window.benchMarker = 1; 1")
    ids = list(w.model.features)[: ctx.scale(40, 10)]
    samples, base = [], []
    for n, key in enumerate(ids, start=2):
        incident = store.get_incident(key)
        store.bulk_load_incidents([replace(incident, severity=Severity(n % 4 + 1))])
        start = time.perf_counter()
        w.on_data_changed({"incident": {key}})
        _painted(app, w.view, n)
        samples.append(time.perf_counter() - start)
        start = time.perf_counter()
        _js(app, w.view, "1")
        base.append(time.perf_counter() - start)
    still = _js(app, w.view, "window.benchMarker") == 1 and w.view.loads == 1
    _close(app, w)
    store.close()
    return [Figure("map.update", p95(samples) * 1000, "ms p95", p95(base) * 1000, "no-op runJavaScript round trip",
                   TARGET_UPDATE, f"{len(samples)} changes over {len(w.model.features)} markers; "
                   f"store read, diff, apply, painted frame; page reloaded: {'no' if still else 'YES'}")]


@case("map.frame_time")
def frame_time(ctx: BenchContext) -> list[Figure]:
    app = _app()
    cells, incidents = ctx.scale(2000, 500), ctx.scale(10_000, 2_000)
    duration = ctx.scale(4000, 1500)

    def frames(w: Any) -> dict:
        _js(app, w.view, f"DD.measureFrames({duration}); 1")
        _wait(app, lambda: _js(app, w.view, "DD.frames !== null") is True, timeout=duration / 1000 + 30)
        return {k: float(_js(app, w.view, f"DD.frames.{k}")) for k in ("count", "median", "p95", "max")}

    empty = _city(ctx, cells, 0)
    _, w = _first_render(app, empty)
    base = frames(w)
    _close(app, w)
    store = _city(ctx, cells, incidents)
    _, w = _first_render(app, store)
    loaded = frames(w)
    shown = int(_js(app, w.view, "DD.stats().incidents"))
    _close(app, w)
    store.close()
    empty.close()
    return [Figure("map.frame_time", loaded["p95"], "ms p95/frame", base["p95"], "same pans/zooms, no markers",
                   "smooth (report)", f"median {loaded['median']:.1f} ms, max {loaded['max']:.0f} ms over {int(loaded['count'])} frames, "
                   f"{shown} markers, {cells} cells; software rendering offscreen")]
