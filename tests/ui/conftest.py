"""UI tests: QtWebEngine prepared before the QApplication exists; per-test QSettings, keyring and
standard folders, so no test reads or writes the developer's real settings, secrets or caches; and
`no_leaks`, which fails a test that leaves Qt objects or cache connections behind.

What `no_leaks` checks after each test and its fixtures have ended (in the manner of napari's
dangling-object fixtures):

- top-level widgets the test created that still exist, shown or hidden (close them and let them be
  deleted, or give them to `qtbot.addWidget`);
- QThreads the test started that still run;
- QTimers without a parent that are still active, and `QTimer.singleShot` calls without a context
  object that have not fired: either would fire into a later test;
- background jobs (`ui.tasks.run_in_background`) that have not reported back within a few seconds;
- sqlite connections opened during the test and still open. The pool threads' own cache connections
  (`ui.tasks.worker_store`) are closed first, as the pool does when it winds down.

The failure names each object and where it was made or started (file:line, innermost first), e.g.

    top-level widget QueueWidget 'queueWidget' (shown), created at tests/ui/test_x.py:40
    active QTimer without a parent (interval 200 ms), created at dispatch_desk/ui/y.py:12

A test that knowingly leaves something behind says so with `@pytest.mark.leaks_allowed("why")`.

QtWebEngine: a QWebEngineView (the map) deletes its page and render widgets asynchronously and keeps
internal, C++-side threads and timers for the profile; those are not Python objects and are not
checked. The view itself and the widgets around it are checked like any other widget: a deleted map
leaves nothing top-level behind. Chromium's own helper processes belong to the profile, which lives
as long as the QApplication: they are not leaks of a test.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import threading
import traceback
import weakref
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui import tasks
from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # the map's URL scheme must be registered before pytest-qt creates the QApplication

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve()
JOB_WAIT = 10.0  # seconds a test's background jobs get to report back after it ended
WINDOW_CLASSES = (QWidget, QFrame, QDialog, QMessageBox, QMainWindow, QMenu)
# Top-level widgets Qt makes for itself and keeps for the application's life.
QT_OWN_WINDOWS = frozenset({"QTipLabel", "QWhatsThat", "QComboBoxPrivateContainer", "QCompleterPopup"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "leaks_allowed(reason): the leak check does not fail this test")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    QCoreApplication.setOrganizationName("DispatchDeskTests")
    QCoreApplication.setApplicationName("dispatch-desk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))
    QSettings().clear()
    # QStandardPaths and platformdirs read these on every call: caches (the notification chime, ...)
    # and data folders of a test stay in its own temporary folder.
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    yield


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# --- the leak check -------------------------------------------------------------------------------
def _place(skip: int = 1) -> str:
    """The innermost frames of the project's own code calling here, innermost first."""
    frames = traceback.extract_stack()[:-skip]
    ours = [f for f in frames if f.filename.startswith(str(ROOT)) and Path(f.filename) != HERE
            and "/.venv/" not in f.filename]
    # the cache's own opening steps say little: name who opened it
    callers = [f for f in ours if "/dispatch_desk/store/" not in f.filename] or ours
    if not callers:
        return "(outside the project's code)"
    where = " ← ".join(f"{Path(f.filename).relative_to(ROOT)}:{f.lineno}" for f in reversed(callers[-3:]))
    thread = threading.current_thread()
    if thread is threading.main_thread():
        return where
    job = tasks.current_job()
    return where + (f" (on a pool thread, in the job asked for at {_relative(job)})" if job
                    else f" (on thread {thread.name})")


def _relative(where: str) -> str:
    return where.removeprefix(f"{ROOT}/")


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _describe_widget(widget) -> str:
    name = widget.objectName()
    title = widget.windowTitle()
    return (f"{type(widget).__name__}" + (f" '{name}'" if name else "") + (f" titled '{title}'" if title else "")
            + (" (shown)" if widget.isVisible() else " (hidden, not deleted)"))


class _TrackedConnection(sqlite3.Connection):
    closed = False

    def close(self) -> None:
        super().close()
        self.closed = True


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest, qapp, monkeypatch: pytest.MonkeyPatch):
    allowed = request.node.get_closest_marker("leaks_allowed") is not None
    before = set(QApplication.topLevelWidgets())
    created: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # widget -> where
    timers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # QTimer -> where started
    threads: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # QThread -> where started
    shots: list[dict] = []
    connections: list[tuple[weakref.ref, str, str]] = []

    def tracking_init(real_init):
        def init(self, *args, **kwargs):
            real_init(self, *args, **kwargs)
            created.setdefault(self, _place(2))
        return init

    timer_init, thread_init, single_shot = QTimer.__init__, QThread.__init__, QTimer.singleShot
    real_connect = sqlite3.connect

    # QTimer.start and QThread.start are left alone: connected to a signal, they would get its arguments
    in_single_shot = [False]

    def tracking_timer_init(self, *args, **kwargs):
        timer_init(self, *args, **kwargs)
        if not in_single_shot[0]:  # a single shot's own timer is reported as the single shot
            timers[self] = _place(2)

    def tracking_single_shot(*args, **kwargs):
        target = args[-1] if args else None
        context = [a for a in args[1:-1] if isinstance(a, QObject)]
        bound = getattr(target, "__self__", None)
        if kwargs or context or not callable(target) or isinstance(target, QObject) or isinstance(bound, QObject):
            return single_shot(*args, **kwargs)
        entry = {"fired": False, "where": _place(2), "ms": args[0]}
        shots.append(entry)

        def fire():
            entry["fired"] = True
            target()

        in_single_shot[0] = True
        try:
            return single_shot(*args[:-1], fire)
        finally:
            in_single_shot[0] = False

    def tracking_thread_init(self, *args, **kwargs):
        thread_init(self, *args, **kwargs)
        threads[self] = _place(2)

    def tracking_connect(database, *args, **kwargs):
        if "factory" not in kwargs and len(args) < 5:
            kwargs["factory"] = _TrackedConnection
        conn = real_connect(database, *args, **kwargs)
        connections.append((weakref.ref(conn), str(database), _place(2)))
        return conn

    for cls in WINDOW_CLASSES:  # where a window was made, for the message (Python subclasses included)
        monkeypatch.setattr(cls, "__init__", tracking_init(cls.__init__))
    monkeypatch.setattr(QTimer, "__init__", tracking_timer_init)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(tracking_single_shot))
    monkeypatch.setattr(QThread, "__init__", tracking_thread_init)
    monkeypatch.setattr(sqlite3, "connect", tracking_connect)

    yield

    leaks: list[str] = []
    _settle()
    gc.collect()  # what only Python still holds (pyqtgraph's menus of a deleted plot) goes now
    _settle()
    if not tasks.wait_for_jobs(JOB_WAIT):  # (the answers it delivers may start more: waited for too)
        leaks += [f"background job still running {JOB_WAIT:.0f} s after the test, asked for at {_relative(where)}"
                  for where in tasks.pending_jobs()]
    tasks.release_worker_stores(None, timeout=JOB_WAIT)  # the pool winds down between tests, as at quit

    left_widgets = [w for w in QApplication.topLevelWidgets()
                    if w not in before and isValid(w) and w.parentWidget() is None
                    and type(w).__name__ not in QT_OWN_WINDOWS]
    for widget in left_widgets:
        where = created.get(widget)
        leaks.append(f"top-level widget {_describe_widget(widget)}"
                     + (f", created at {where}" if where else ""))

    for thread, where in list(threads.items()):
        if isValid(thread) and thread.isRunning():
            leaks.append(f"QThread {type(thread).__name__} still running, created at {where}")

    left_timers = []
    for timer, where in list(timers.items()):
        if isValid(timer) and timer.isActive() and timer.parent() is None:
            left_timers.append(timer)
            leaks.append(f"active QTimer without a parent (interval {timer.interval()} ms), created at {where}")
    for entry in shots:
        if not entry["fired"]:
            leaks.append(f"QTimer.singleShot({entry['ms']} ms) without a context object, not fired yet, "
                         f"called at {entry['where']}")

    # A job's answer may ask for one more read while the pool winds down (a banner reloading after its
    # first answer): give such late reads the same wind-down before calling their connections leaked.
    for _ in range(3):
        if not any((c := ref()) is not None and not getattr(c, "closed", True) for ref, _d, _w in connections):
            break
        _settle()
        tasks.wait_for_jobs(JOB_WAIT)
        tasks.release_worker_stores(None, timeout=JOB_WAIT)

    left_connections = []
    for ref, database, where in connections:
        conn = ref()
        if conn is not None and not getattr(conn, "closed", True):
            left_connections.append(conn)
            leaks.append(f"sqlite connection to {database} still open, opened at {where}")

    # Clean up what leaked, so the next test starts clean and is not blamed for it.
    for widget in left_widgets:
        widget.close()
        widget.deleteLater()
    for timer in left_timers:
        timer.stop()
    for conn in left_connections:
        with contextlib.suppress(sqlite3.ProgrammingError):  # another thread's: it goes with that thread
            conn.close()
    _settle()

    if leaks and not allowed:
        pytest.fail(f"{request.node.nodeid} left behind {len(leaks)} object(s):\n  " + "\n  ".join(leaks)
                    + "\n(see the no_leaks fixture in tests/ui/conftest.py for what to do about each)",
                    pytrace=False)
