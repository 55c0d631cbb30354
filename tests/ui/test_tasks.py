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
