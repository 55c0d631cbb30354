"""Measurements of the queue widget for `dispatch-desk bench` (cases in bench/cases_queue.py).

Each function returns (samples, baseline samples) in seconds, the baseline measured the same way in
the same run on something the queue cannot do better than.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QApplication, QTableView

from dispatch_desk.domain.records import Officer
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.queue.widget import QueueWidget


def application() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _widget(store: Any, officer: Officer, width: int, height: int) -> QueueWidget:
    widget = QueueWidget(AppContext(store, None, officer, AppBus()))
    widget.resize(width, height)
    return widget


def _dispose(widget: Any, app: QApplication) -> None:
    widget.close()
    widget.deleteLater()
    app.processEvents()


def time_open(store: Any, officer: Officer, runs: int = 5) -> tuple[list[float], list[float]]:
    """Construct the queue (first page read, tabs, filters) and paint it once; vs an empty QTableView."""
    app = application()
    opens, baselines = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        widget = _widget(store, officer, 1200, 700)
        widget.show()
        widget.grab()
        opens.append(time.perf_counter() - t0)
        widget.sla_timer.stop()
        _wait_counts(widget, app)
        _dispose(widget, app)
        t0 = time.perf_counter()
        empty = QTableView()
        empty.resize(1200, 700)
        empty.show()
        empty.grab()
        baselines.append(time.perf_counter() - t0)
        _dispose(empty, app)
    return opens, baselines


def _wait_counts(widget: QueueWidget, app: QApplication, timeout: float = 60.0) -> None:
    """Let the background tab counts finish so they do not slow the next sample."""
    end = time.monotonic() + timeout
    while widget.counter.busy() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def time_queries(store: Any, officer: Officer, queries: Sequence[Any], rounds: int = 2) -> tuple[list[float], list[float]]:
    """A filter or sort change: new query, first page read, table repainted; vs a plain repaint."""
    app = application()
    widget = _widget(store, officer, 1200, 700)
    widget.sla_timer.stop()
    widget.show()
    app.processEvents()
    _wait_counts(widget, app)
    samples, base = [], []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            widget.model.set_query(q)
            widget.table.viewport().repaint()
            samples.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            widget.table.viewport().repaint()
            base.append(time.perf_counter() - t0)
    _dispose(widget, app)
    return samples, base


def time_sla_tick(store: Any, officer: Officer, query: Any, ticks: int = 60) -> tuple[list[float], list[float], int]:
    """One SLA tick and the repaint it causes; vs an idle pass of the event loop. Also the visible rows."""
    app = application()
    widget = _widget(store, officer, 1400, 1000)
    widget.sla_timer.stop()
    widget.model.set_query(query)
    widget.show()
    app.processEvents()
    _wait_counts(widget, app)
    samples, base = [], []
    for _ in range(ticks):
        t0 = time.perf_counter()
        widget.tick_sla()
        app.processEvents()
        samples.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        app.processEvents()
        base.append(time.perf_counter() - t0)
    first, last = widget.table.visible_rows()
    _dispose(widget, app)
    return samples, base, last - first + 1
