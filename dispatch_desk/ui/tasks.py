"""The one way the UI runs blocking work: on the global QThreadPool, results posted back by signal.

    run_in_background(lambda: store.count(q), on_done=self._show_count, on_error=self._fail, owner=self)

`on_done` and `on_error` run on the main thread. Widgets are never touched from the worker.
A job that reads the cache uses `worker_store(path)`: sqlite connections belong to their thread, so
each pool thread keeps one per cache. They are closed, each on its own thread, when the cache is let
go (`release_worker_stores`) and when the pool winds down at quit (`wind_down`).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from shiboken6 import isValid

from dispatch_desk.store.crypto import DB_ERROR, OPERATIONAL_ERROR  # plain and encrypted caches alike
from dispatch_desk.store.threads import ThreadStores

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, origin: str, lane: bool = False) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._origin = origin
        self._lane = lane

    @Slot()
    def run(self) -> None:
        ident = threading.get_ident()
        with _lock:
            _running[ident] = self._origin
            (_lane_threads if self._lane else _threads).add(ident)
        try:
            result = self._fn()
        except Exception as exc:  # reported to the caller on the main thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)
        finally:
            with _lock:
                _running.pop(ident, None)
            _close_released_here()


_live: dict[_Relay, str] = {}  # keep relays alive until their job reports; the value says who asked
_running: dict[int, str] = {}  # pool thread -> origin of the job it is running
_threads: set[int] = set()  # the pool threads that have run a job
_lane_threads: set[int] = set()  # the officer's action lane's thread(s) that have run a job
_lock = threading.Lock()
_action_lane: QThreadPool | None = None
MIN_THREADS = 4


def _origin() -> str:
    """Where the UI asked for a job: the first frame outside this module (for leak and quit reports)."""
    frame = sys._getframe(1)  # walking frames reads no source file (extract_stack stats each one)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame = frame.f_back
    return "?" if frame is None else f"{frame.f_code.co_filename}:{frame.f_lineno}"


def _pool() -> QThreadPool:
    pool = QThreadPool.globalInstance()
    pool.setExpiryTimeout(-1)  # keep the pool's threads, and with them their cache connections
    # The jobs mostly wait on SQLite (which releases the GIL) or the disk, not the CPU: a few more
    # threads than cores keep a quick count from queueing behind a long integrity check or map build.
    pool.setMaxThreadCount(max(MIN_THREADS, QThread.idealThreadCount()))
    return pool


def _lane() -> QThreadPool:
    """The officer's own actions' pool: one thread, so actions are staged in the order they were given,
    and never queued behind the shared pool's reads (tab counts, map layers, integrity checks), which a
    sync's flood of changes keeps busy."""
    global _action_lane
    if _action_lane is None:
        _action_lane = QThreadPool()
        _action_lane.setObjectName("actionLane")
        _action_lane.setMaxThreadCount(1)
        _action_lane.setExpiryTimeout(-1)  # keep its thread, and with it the engine's connection there
    return _action_lane


def run_action(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Like `run_in_background`, for an officer's own write (staging a mutation): on the action lane, one
    after another in the order asked, never behind the shared pool's reads. The wait left is the write
    lock, which a sync hands over after at most one slice (docs/architecture.md §4)."""
    _start(_lane(), fn, on_done, on_error, owner, lane=True)


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
    _start(_pool(), fn, on_done, on_error, owner)


def _start(
    pool: QThreadPool,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None,
    on_error: Callable[[BaseException], None] | None,
    owner: QObject | None,
    lane: bool = False,
) -> None:
    relay = _Relay()
    _live[relay] = _origin()
    owners = [o for o in (owner, getattr(on_done, "__self__", None), getattr(on_error, "__self__", None))
              if isinstance(o, QObject)]

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.pop(relay, None)
        relay.deleteLater()
        if callback is not None and all(isValid(o) for o in owners):
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    pool.start(_Job(fn, relay, _live[relay], lane))


def current_job() -> str | None:
    """On a pool thread, where the job it runs was asked for; else None."""
    with _lock:
        return _running.get(threading.get_ident())


def pending_jobs() -> list[str]:
    """Where each job that has not reported back yet was asked for (running, queued or undelivered)."""
    return list(_live.values())


def wait_for_jobs(timeout: float) -> bool:
    """Deliver the answers of the pool's jobs, and of the jobs those answers start, for up to `timeout`
    seconds; True when none is left."""
    deadline = time.monotonic() + timeout
    pool = QThreadPool.globalInstance()
    while True:
        QCoreApplication.processEvents()
        lane_busy = _action_lane is not None and _action_lane.activeThreadCount() > 0
        if not _live and pool.activeThreadCount() == 0 and not lane_busy:
            return True
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        # Not pool.waitForDone: once done, it lets the pool's threads go, and with them the cache
        # connections only those threads could close.
        time.sleep(min(left, 0.005))


# --- per-thread cache connections ---------------------------------------------------------------
_caches: dict[Path, ThreadStores] = {}  # cache file -> the pool threads' connections to it
_released: dict[int, list[Any]] = {}  # pool thread -> its connections to close on it


def worker_store(path: Path) -> Any:
    """The calling pool thread's own Store on `path`, opened once per thread (store.threads)."""
    with _lock:
        stores = _caches.setdefault(Path(path), ThreadStores(path, check_first=False))  # the UI checked it
    return stores.get()


def open_worker_stores(path: Path | None = None) -> int:
    """How many pool threads hold a connection to `path` (to any cache when None)."""
    with _lock:
        return sum(len(stores) for p, stores in _caches.items() if path is None or p == Path(path))


def release_worker_stores(path: Path | None = None, timeout: float = 2.0) -> bool:
    """Close the pool threads' connections to `path` (to every cache when None), each on its own
    thread: at once on the idle threads, at the end of its job on a busy one. True when all are
    closed within `timeout` seconds. A later `worker_store(path)` opens a fresh one."""
    def mine(store: Any) -> bool:
        return path is None or Path(store.path) == Path(path)

    with _lock:
        for p, stores in _caches.items():
            if path is None or p == Path(path):
                for ident in stores.held():
                    _released.setdefault(ident, []).append(stores.take(ident))
        holders = {ident for ident, taken in _released.items() if any(mine(s) for s in taken)}
    if not holders:
        return True
    on_every_pool_thread(_close_released_here, timeout, threads=holders)
    with _lock:
        return not any(mine(s) for taken in _released.values() for s in taken)


def _close_released_here() -> None:
    with _lock:
        stores = _released.pop(threading.get_ident(), [])
    for store in stores:
        with contextlib.suppress(*DB_ERROR):
            store.close()


class _Visit(QRunnable):
    """One of the jobs that `on_every_pool_thread` spreads over the threads."""

    def __init__(self, visit: Callable[[], None]) -> None:
        super().__init__()
        self._visit = visit

    @Slot()
    def run(self) -> None:
        self._visit()


def on_every_pool_thread(fn: Callable[[], None], timeout: float = 5.0, *, threads: set[int] | None = None) -> bool:
    """Run `fn` once on each thread of the pool that has run a job, as soon as it is idle, for up to
    `timeout` seconds (it is for work that must be done on a given thread: closing that thread's
    sqlite connections). True when every such thread (or every one of `threads`) was visited.

    The visits go in rounds of as many as the pool runs at once; each keeps its thread until the whole
    round has arrived, so no two of a round share a thread. Idle threads are handed out oldest-waiting
    first, so the rounds go round all of them (a pool may hold more threads than it runs at once).
    """
    pool = _pool()
    deadline = time.monotonic() + timeout
    visited: set[int] = set()
    with _lock:
        lane = set(_lane_threads) if threads is None else set(threads) & _lane_threads
        targets = set(_threads) if threads is None else set(threads) - lane
    if lane and _action_lane is not None:  # the action lane's one thread: one visit, after its queued actions
        arrived = threading.Event()

        def visit_lane() -> None:
            with _lock:
                visited.add(threading.get_ident())
            try:
                fn()
            except Exception:
                log.exception("work on the action lane failed")
            finally:
                arrived.set()

        _action_lane.start(_Visit(visit_lane))
        arrived.wait(max(0.0, deadline - time.monotonic()))
    while not targets <= visited and time.monotonic() < deadline:
        _visit_round(pool, fn, visited, deadline)
    return (targets | lane) <= visited


def _visit_round(pool: QThreadPool, fn: Callable[[], None], visited: set[int], deadline: float) -> None:
    wanted = pool.maxThreadCount()
    arrived = 0
    returned = 0
    cond = threading.Condition()

    def visit() -> None:
        nonlocal arrived, returned
        try:
            ident = threading.get_ident()
            with cond:
                if time.monotonic() > deadline:
                    return
                first = ident not in visited
                visited.add(ident)
            if first:
                try:
                    fn()
                except Exception:
                    log.exception("work on a pool thread failed")
            with cond:
                arrived += 1
                cond.notify_all()
                cond.wait_for(lambda: arrived >= wanted, max(0.0, deadline - time.monotonic()))
        finally:
            with cond:
                returned += 1
                cond.notify_all()

    for _ in range(wanted):
        pool.start(_Visit(visit))
    # Waited for by count, not by pool.waitForDone: once done, that lets the pool's threads go, and
    # with them the cache connections of the threads not visited yet, which nothing could close then.
    with cond:
        cond.wait_for(lambda: returned >= wanted, max(0.0, deadline - time.monotonic()) + 0.1)


# --- the desk's own settings, written off the main thread ------------------------------------------
_UNSET = object()
_unsaved: dict[tuple[Path, str], tuple[int, Any]] = {}  # (cache, key) -> (version, value) not yet stored
_versions: dict[tuple[Path, str], int] = {}
_setting_locks: dict[tuple[Path, str], threading.Lock] = {}
_writing: set[int] = set()  # pool threads storing the desk's own data: never interrupted at quit
WRITE_ATTEMPTS = 3  # each waits up to the cache's busy timeout for the sync writer


def unsaved_setting(path: Path, key: str, default: Any = _UNSET) -> Any:
    """The value of a cache setting the desk has decided but not stored yet, else `default`."""
    entry = _unsaved.get((Path(path), key))
    return default if entry is None else entry[1]


def store_setting(
    path: Path,
    key: str,
    value: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Store one cache setting on a pool thread, not on the main thread where the write could wait
    seconds behind a bulk page of the sync writer. The UI shows the new value at once: until it is
    stored, `unsaved_setting` answers it. Of several writes of one key the last one wins, whatever
    order the pool runs them in; a cache busy beyond its timeout is tried again. When every attempt
    fails the value stays unsaved (shown, and stored by the next write of the key) and `on_error` is
    told."""
    where = (Path(path), key)
    version = _versions.get(where, 0) + 1
    _versions[where] = version
    _unsaved[where] = (version, value)
    lock = _setting_locks.setdefault(where, threading.Lock())

    def write() -> bool:
        ident = threading.get_ident()
        with _lock:
            _writing.add(ident)
        try:
            with lock:
                if _versions.get(where) != version:
                    return False  # a newer value is on its way
                for attempt in range(WRITE_ATTEMPTS):
                    try:
                        worker_store(where[0]).set_setting(key, value)
                        return True
                    except OPERATIONAL_ERROR:
                        if attempt == WRITE_ATTEMPTS - 1:
                            raise
                        log.info("the cache is busy; storing %s again", key)
                return False
        finally:
            with _lock:
                _writing.discard(ident)

    def alive() -> bool:  # the bookkeeping is done whoever asked; the callbacks only while it exists
        return owner is None or isValid(owner)

    def stored(_written: bool) -> None:
        if _unsaved.get(where, (None,))[0] == version:
            del _unsaved[where]
        if on_done is not None and alive():
            on_done(value)

    def failed(exc: BaseException) -> None:
        log.error("could not store the setting %s in %s: %s", key, where[0], exc)
        if on_error is not None and alive():
            on_error(exc)

    run_in_background(write, stored, failed)


def wind_down(timeout: float = 3.0) -> list[str]:
    """At quit: let the pool's jobs finish and report back for up to `timeout` seconds, then cut short
    the cache reads still running (sqlite interrupts them: their answer would go to a closed window;
    the desk's own settings being stored are let finish) and close every pool thread's connection. Returns where the jobs that did not end were
    asked for. Writes of the officer's own actions go through the sync engine's connections, which
    this never interrupts; the outbox is durable the moment a mutation is staged."""
    if wait_for_jobs(timeout):
        release_worker_stores(None, timeout=1.0)
        return []
    with _lock:
        busy = [store for stores in _caches.values() for ident, store in stores.held().items()
                if ident in _running and ident not in _writing and ident not in _lane_threads]
    for store in busy:
        with contextlib.suppress(*DB_ERROR, AttributeError):
            store.conn.interrupt()  # callable from any thread
    wait_for_jobs(1.0)
    release_worker_stores(None, timeout=1.0)
    left = pending_jobs()
    if left:
        log.warning("quitting with %d background job(s) still running, asked for at: %s", len(left), ", ".join(left))
    return left
