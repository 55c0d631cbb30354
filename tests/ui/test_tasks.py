"""Background work: answers come back on the main thread, and never to a widget that is gone."""

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel

from dispatch_desk.ui.tasks import run_in_background, worker_store


def test_the_answer_arrives_on_the_main_thread(qtbot):
    seen = []
    run_in_background(lambda: threading.current_thread().name, lambda v: seen.append((v, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker, receiver = seen[0]
    assert receiver is threading.main_thread() and worker != threading.main_thread().name


def test_an_error_reaches_on_error():
    errors = []

    def fail():
        raise ValueError("no such incident")

    run_in_background(fail, on_error=errors.append)
    QThreadPool.globalInstance().waitForDone(5000)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert [str(e) for e in errors] == ["no such incident"]


def test_an_answer_for_a_deleted_widget_is_dropped(qtbot):
    label = QLabel()
    gate = threading.Event()
    run_in_background(lambda: gate.wait(5) and "late", label.setText)  # bound method: the label owns it
    calls = []
    run_in_background(lambda: gate.wait(5), lambda _v: calls.append(label.text()), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=5000)
    gate.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert calls == []  # neither callback touched the deleted label


def _alive(widget) -> bool:
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return isValid(widget)


def test_each_worker_thread_gets_its_own_cache_connection(tmp_path):
    from dispatch_desk.store import Store

    Store.open(tmp_path / "c.db").close()
    seen = []
    barrier = threading.Barrier(2)

    def work():
        a = worker_store(tmp_path / "c.db")
        b = worker_store(tmp_path / "c.db")
        barrier.wait(5)
        seen.append((id(a), a is b))

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(same for _, same in seen) and len({i for i, _ in seen}) == 2


def test_pool_jobs_reuse_their_threads_cache_connection(tmp_path, monkeypatch, qtbot):
    from dispatch_desk.store import Store

    Store.open(tmp_path / "jobs.db").close()
    opened = []
    real_open = Store.open.__func__

    def counting_open(cls, path, **kw):
        opened.append(path)
        return real_open(cls, path, **kw)

    monkeypatch.setattr(Store, "open", classmethod(counting_open))
    done, threads = [], []

    def job():
        threads.append(threading.get_ident())
        return worker_store(tmp_path / "jobs.db").pending_count()

    jobs = QThreadPool.globalInstance().maxThreadCount() + 2  # more jobs than threads, on any machine
    for n in range(1, jobs + 1):
        run_in_background(job, done.append)
        qtbot.waitUntil(lambda n=n: len(done) == n, timeout=5000)
    # the cache was opened once on each pool thread that ran a job, not once per job
    assert len(opened) == len(set(threads)) < jobs


def test_releasing_a_cache_closes_each_pool_threads_connection_on_that_thread(tmp_path, monkeypatch, qtbot):
    from dispatch_desk.store import Store
    from dispatch_desk.ui import tasks

    path = tmp_path / "release.db"
    Store.open(path).close()
    closed_on = []
    real_close = Store.close

    def recording_close(self):
        closed_on.append((self.path, threading.get_ident()))
        real_close(self)

    monkeypatch.setattr(Store, "close", recording_close)
    together = threading.Barrier(2)
    opened = []

    def job():
        tasks.worker_store(path)
        opened.append(threading.get_ident())
        together.wait(10)  # two jobs at once: two threads, two connections

    for _ in range(2):
        run_in_background(job)
    assert tasks.wait_for_jobs(10)
    assert tasks.open_worker_stores(path) == 2
    assert tasks.release_worker_stores(path, timeout=15.0)
    assert tasks.open_worker_stores(path) == 0
    assert sorted(ident for p, ident in closed_on if p == path) == sorted(opened)  # each on its own thread


def test_of_several_writes_of_a_setting_the_last_one_is_stored_and_shown_until_then(tmp_path, qtbot):
    from dispatch_desk.store import Store
    from dispatch_desk.ui import tasks

    path = tmp_path / "settings.db"
    Store.open(path).close()
    for n in range(6):
        tasks.store_setting(path, "queue.saved.o-1", [{"name": f"q{n}"}])
        assert tasks.unsaved_setting(path, "queue.saved.o-1") == [{"name": f"q{n}"}]  # shown at once
    assert tasks.wait_for_jobs(10)
    assert tasks.unsaved_setting(path, "queue.saved.o-1", None) is None
    with Store.open(path, check=False) as store:
        assert store.get_setting("queue.saved.o-1") == [{"name": "q5"}]
