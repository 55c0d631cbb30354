"""Live counts of the queue tabs, computed off the main thread.

Counting a queue over a large cache is a full SQL count; it runs on the thread pool with a store of
that worker thread's own (sqlite connections are per thread). Requests arriving while a count runs
are folded into one more run afterwards, so a burst of sync changes costs at most two counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from dispatch_desk.ui.tasks import run_in_background, worker_store

COUNT_DEBOUNCE_MS = 400

class QueueCounter(QObject):
    """Counts a list of (key, query) in the background; `counted` delivers {key: count}."""

    counted = Signal(object)
    failed = Signal(str)

    def __init__(self, store_path: Path, parent: QObject | None = None,
                 counter: Callable[[Any, Any], int] | None = None) -> None:
        super().__init__(parent)
        self._path = Path(store_path)
        self._counter = counter or (lambda store, query: store.count_incidents(query))
        self._queries: Sequence[tuple[str, Any]] = ()
        self._running = False
        self._again = False
        self._debounce = QTimer(self, singleShot=True, interval=COUNT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

    def set_queries(self, queries: Sequence[tuple[str, Any]]) -> None:
        self._queries = tuple(queries)

    def request(self, immediately: bool = False) -> None:
        if immediately:
            self._debounce.stop()
            self._start()
        else:
            self._debounce.start()

    def busy(self) -> bool:
        return self._running or self._debounce.isActive()

    def _start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        queries, path, counter = self._queries, self._path, self._counter

        def work() -> dict[str, int]:
            store = worker_store(path)
            return {key: counter(store, query) for key, query in queries}

        run_in_background(work, self._done, self._error)

    def _done(self, counts: dict[str, int]) -> None:
        self._running = False
        self.counted.emit(counts)
        if self._again:
            self._again = False
            self._start()

    def _error(self, exc: BaseException) -> None:
        self._running = False
        self._again = False
        self.failed.emit(str(exc))
