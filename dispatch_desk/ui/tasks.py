"""The one way the UI runs blocking work: on the global QThreadPool, results posted back by signal.

    run_in_background(lambda: store.count(q), on_done=self._show_count, on_error=self._fail)

`on_done` and `on_error` run on the main thread. Widgets are never touched from the worker.
A job that reads the cache uses `worker_store(path)`: sqlite connections belong to their thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from shiboken6 import isValid


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the caller on the main thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their job reports
MIN_THREADS = 4


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Run `fn` on the pool; report to `on_done` or `on_error` on the main thread.

    A job may outlive the widget that asked for it (a dock closed, a window signed out): its answer
    is then dropped. The widget is `owner`, or else the object of a bound-method callback.
    """
    pool = QThreadPool.globalInstance()
    pool.setExpiryTimeout(-1)  # keep the pool's threads, and with them their cache connections
    # The jobs mostly wait on SQLite (which releases the GIL) or the disk, not the CPU: a few more
    # threads than cores keep a quick count from queueing behind a long integrity check or map build.
    pool.setMaxThreadCount(max(MIN_THREADS, QThread.idealThreadCount()))
    relay = _Relay()
    _live.add(relay)
    owners = [o for o in (owner, getattr(on_done, "__self__", None), getattr(on_error, "__self__", None))
              if isinstance(o, QObject)]

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.discard(relay)
        relay.deleteLater()
        if callback is not None and all(isValid(o) for o in owners):
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    pool.start(_Job(fn, relay))


_stores: dict[tuple[int, Path], Any] = {}
_stores_lock = threading.Lock()


def worker_store(path: Path) -> Any:
    """The calling pool thread's own Store on `path`, opened once per thread.

    Keyed by the OS thread: a Qt pool thread starts every job with a fresh Python thread state, so
    a threading.local would be empty each time and the cache reopened for every job.
    """
    key = (threading.get_ident(), Path(path))
    with _stores_lock:
        store = _stores.get(key)
    if store is None:
        from dispatch_desk.store import Store

        store = Store.open(path, check=False)  # the UI checked it when it opened it
        with _stores_lock:
            _stores[key] = store
    return store
