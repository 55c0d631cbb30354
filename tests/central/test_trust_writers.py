"""Background writers share the writer path: a steady flow of other writes cannot starve them.

The suspension sweep failed with `database is locked` while API writes went through: SQLite's busy
handler is no queue, and a writer that committed and began again at once kept winning the lock over
one that had been waiting. Writers of one process now take turns in the order they asked.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from dispatch_desk.central import suspensions
from dispatch_desk.central.periodic import PeriodicWriter
from dispatch_desk.central.storage import Storage
from tests.support.central import CentralServer


def test_a_background_writer_gets_its_turn_while_other_writers_keep_writing(tmp_path: Path) -> None:
    storage = Storage.open(str(tmp_path / "central.db"))
    probe_done = threading.Event()
    stop = threading.Event()
    writes_after_probe = [0, 0]
    started = threading.Barrier(3)

    def keep_writing(i: int) -> None:
        started.wait()
        while not stop.is_set():
            with storage.transaction(write=True) as tx:  # commit and begin again at once, like a busy API
                tx.next_value(f"busy-{i}")
                time.sleep(0.002)  # the work of a batch, holding the lock
            if probe_done.is_set():
                writes_after_probe[i] += 1
                if writes_after_probe[i] >= 20:
                    return

    threads = [threading.Thread(target=keep_writing, args=(i,), daemon=True) for i in range(2)]
    for t in threads:
        t.start()
    try:
        started.wait()
        writer = PeriodicWriter("probe", 60.0, lambda tx, now: tx.next_value("probe"))
        assert writer.run_once(storage) == 1  # gets its turn instead of timing out on the database lock
        probe_done.set()
        for t in threads:
            t.join(60)
        # the other writers were still writing when the probe got through: it did not wait them out
        assert writes_after_probe == [20, 20]
    finally:
        stop.set()
        for t in threads:
            t.join(60)
        storage.close()


def test_writers_take_turns_in_the_order_they_asked(tmp_path: Path) -> None:
    storage = Storage.open(str(tmp_path / "central.db"))
    release = threading.Event()
    holding = threading.Event()
    order: list[str] = []

    def first() -> None:
        with storage.transaction(write=True) as tx:
            tx.next_value("first")
            holding.set()
            release.wait(60)
        order.append("first")

    def then(name: str) -> None:
        with storage.transaction(write=True) as tx:
            tx.next_value(name)
            order.append(name)

    threads = [threading.Thread(target=first, daemon=True)]
    threads[0].start()
    try:
        assert holding.wait(60)
        for count, name in enumerate(("sweep", "api-1", "api-2"), start=2):
            threads.append(threading.Thread(target=then, args=(name,), daemon=True))
            threads[-1].start()
            while storage.writers.waiting < count:  # queued before the next one asks
                time.sleep(0.001)
        release.set()
        for t in threads:
            t.join(60)
        assert order == ["first", "sweep", "api-1", "api-2"]
    finally:
        release.set()
        storage.close()


def test_a_write_transaction_may_open_another_in_its_own_turn(tmp_path: Path) -> None:
    storage = Storage.open(str(tmp_path / "central.db"))
    try:
        with storage.transaction(write=True) as tx:
            tx.next_value("outer")
            queue = storage.writers
            with queue.turn():  # the same thread: re-entrant, no deadlock
                assert queue.waiting == 1
        assert storage.writers.waiting == 0
    finally:
        storage.close()


def test_the_suspension_sweep_is_a_background_writer_of_the_service(city: CentralServer) -> None:
    writers = city.app.state.central.background_writers
    sweep = next(w for w in writers if w.name == "suspension sweep")
    assert sweep.every == suspensions.SWEEP_SECONDS
    assert sweep.run_once(city.storage) == 0  # nothing suspended: runs in a write transaction of its own
