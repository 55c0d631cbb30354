"""A damaged cache is set aside and rebuilt with its unsent outbox; a killed client loses nothing it
acknowledged (docs/architecture.md §7)."""

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.wire import Mutation
from dispatch_desk.store import IncidentQuery, Store, opening

from .conftest import incident

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_fresh_cache_created(tmp_path, caplog):
    path = tmp_path / "cache.db"
    path.write_bytes(b"this is not an SQLite file at all " * 500)
    with caplog.at_level(logging.ERROR, logger="dispatch_desk.store"), Store.open(path) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes().startswith(b"this is not an SQLite file")
        assert store.recovered_from.name.startswith("cache.db.damaged-")
        assert store.cursor() == 0 and store.count_incidents(IncidentQuery()) == 0
    assert "was damaged" in caplog.text and str(store.recovered_from) in caplog.text
    with Store.open(path) as again:  # the fresh cache is healthy: opened as is
        assert again.recovered_from is None


def test_damaged_pages_lose_the_cache_but_not_the_unsent_outbox_nor_its_optimistic_rows(tmp_path):
    path = tmp_path / "cache.db"
    with Store.open(path) as store:
        store.bulk_load_incidents(incident(n) for n in range(3000))
        staged = []
        for n in range(3):
            m = Mutation(
                id=f"m-unsent-{n:04d}", name="incident.comment", args={"id": f"inc-{n:04d}", "note": "到场"}
            )
            store.stage(m, [("incident", f"inc-{n:04d}", to_wire(incident(n, title="已到场")))])
            staged.append(m)
        store.set_setting("tile_url", "https://tiles.example/{z}/{x}/{y}.png")
        pages = [r[0] for r in store.conn.execute("SELECT pageno FROM dbstat WHERE name = 'incident_street'")]
        page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    assert not Path(f"{path}-wal").exists()  # checkpointed on close: the damage below hits the main file
    with open(path, "r+b") as f:
        for page in pages[len(pages) // 2 :]:
            f.seek((page - 1) * page_size)
            f.write(os.urandom(page_size))

    with Store.open(path) as store:
        assert store.recovered_from is not None and store.recovered_from.exists()
        assert store.outbox() == staged
        assert store.get_setting("tile_url") == "https://tiles.example/{z}/{x}/{y}.png"
        # the rest comes back with the next sync; the officer's pending changes show at once
        assert store.count_incidents(IncidentQuery()) == 3
        rows = store.query_incidents(IncidentQuery(pending_only=True), limit=10)
        assert sorted((r.id, r.title) for r in rows) == [(f"inc-{n:04d}", "已到场") for n in range(3)]
        assert store.cursor() == 0
        assert store.rebuilt is not None and store.rebuilt["outbox"] == 3 and store.rebuilt["rows"] == 3
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def corrupt_index(path: Path, index: str) -> None:
    with Store.open(path, check=False) as store:
        pages = [r[0] for r in store.conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (index,))]
        page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as f:
        for page in pages[len(pages) // 2 :]:
            f.seek((page - 1) * page_size)
            f.write(os.urandom(page_size))


def test_a_big_cache_opens_on_a_check_of_its_bookkeeping_and_verify_rebuilds_it_at_once(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(opening, "FULL_CHECK_BYTES", 0)  # every file counts as big
    path = tmp_path / "cache.db"
    with Store.open(path) as store:
        store.bulk_load_incidents(incident(n) for n in range(3000))
        m = Mutation(id="m-unsent-0001", name="incident.comment", args={"note": "到场"})
        store.stage(m, [("incident", "inc-0001", to_wire(incident(1, title="已到场")))])
    corrupt_index(path, "incident_grid_cell")
    with Store.open(path) as store:
        assert store.recovered_from is None  # the incident tables were not read at open
        assert store.verify()
        assert store.rebuilt is not None and store.rebuilt["outbox"] == 1
        assert Path(store.rebuilt["damaged_file"]).exists()
        assert store.outbox() == [m]
        assert store.verify() is None
    with Store.open(path) as store:
        assert store.recovered_from is None  # nothing left to do at the next start
        assert store.outbox() == [m]
    assert not opening.rebuild_marker(path).exists()


CHILD = textwrap.dedent(
    """
    import sys
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.wire import Mutation
    from dispatch_desk.store import Store
    from tests.store.conftest import incident

    store = Store.open(sys.argv[1])
    if sys.argv[2] == "stage":
        n = 0
        while True:
            m = Mutation(id=f"m-kill-{n:06d}", name="incident.comment", args={"n": n})
            store.stage(m, [("incident", f"inc-{n % 50:04d}", to_wire(incident(n % 50, title=f"第{n}次")))])
            print(n, flush=True)  # acknowledged: stage() has returned
            n += 1
    else:
        print("loading", flush=True)
        store.bulk_load_incidents(incident(n) for n in range(200_000))
        print("loaded", flush=True)
    """
)


def run_and_kill(path: Path, mode: str, after_lines: int, then_wait: float = 0.0) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), mode], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    lines = [child.stdout.readline().strip() for _ in range(after_lines)]
    time.sleep(then_wait)  # not a measurement: only to land the kill inside the write
    child.send_signal(signal.SIGKILL)
    child.wait()
    return lines + child.stdout.read().split()


def test_killed_while_staging_every_acknowledged_mutation_survives_whole(tmp_path):
    path = tmp_path / "cache.db"
    acked = run_and_kill(path, "stage", 40)
    last = int(acked[-1])
    with Store.open(path) as store:
        assert store.recovered_from is None
        ids = [m.id for m in store.outbox(limit=100_000)]
        assert ids[: last + 1] == [f"m-kill-{n:06d}" for n in range(last + 1)]
        # each staged mutation is whole: its optimistic row, its pending mark, its shadow
        written = store.conn.execute("SELECT count(DISTINCT mutation_id) FROM pending_write").fetchone()[0]
        assert written == len(ids)
        pending = {r.id for r in store.query_incidents(IncidentQuery(pending_only=True), limit=100)}
        shadows = {r[0] for r in store.conn.execute("SELECT key FROM shadow WHERE entity = 'incident'")}
        assert pending == shadows == {f"inc-{n % 50:04d}" for n in range(len(ids))}


def test_killed_during_a_bulk_load_the_cache_keeps_its_indexes(tmp_path):
    path = tmp_path / "cache.db"
    with Store.open(path) as store:
        expected = sorted(
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        )
    assert "loaded" not in run_and_kill(path, "bulk", 1, then_wait=1.5)  # killed inside the load
    with Store.open(path) as store:
        assert store.recovered_from is None
        names = sorted(
            r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        )
        assert names == expected
        n = store.count_incidents(IncidentQuery())
        assert n in (0, 200_000)
        assert store.count_incidents(IncidentQuery(text="井盖")) == n


def test_integrity_problems_are_reported_with_the_file(tmp_path):
    from dispatch_desk.store.opening import check

    assert check(tmp_path / "absent.db") is None
    healthy = tmp_path / "ok.db"
    sqlite3.connect(healthy).execute("CREATE TABLE t (x)").connection.close()
    assert check(healthy) is None
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\\0garbage" * 100)
    assert check(bad)


def test_a_file_that_is_no_cache_leaves_no_connection_open(tmp_path):
    import contextlib
    import os
    import sqlite3

    from dispatch_desk.store import Store

    path = tmp_path / "not-a-cache.db"
    path.write_bytes(b"not a database" * 100)

    def open_on_it() -> int:  # file descriptors of this process on the file
        return sum(1 for fd in os.listdir("/proc/self/fd")
                   if os.path.realpath(f"/proc/self/fd/{fd}") == str(path.resolve()))

    for check in (False, True):
        with contextlib.suppress(sqlite3.DatabaseError):
            Store.open(path, check=check).close()
        assert open_on_it() == 0
