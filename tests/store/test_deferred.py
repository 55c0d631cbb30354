"""Loads with the queue indexes built at the end (store/deferred.py) give exactly the cache the row-by-row
path gives: the same rows, links, counts, search hits and query plans; a kill mid-way leaves a consistent
cache that the next open finishes and the next sync completes."""

import gc
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from dispatch_desk.domain.records import IncidentAction, IncidentStatus
from dispatch_desk.store import IncidentQuery, Store, cache, deferred
from dispatch_desk.store.queries import page_sql

from .conftest import REGIONS, SLA_RULES, T0, change
from .test_queries import MAIN_QUEUES, NOW, varied

ROOT = Path(__file__).resolve().parents[2]
PAGE = 30
QUERIES = [
    *MAIN_QUEUES,
    IncidentQuery(agency="A-SW"),
    IncidentQuery(agency="A-CG", open_only=True),
    IncidentQuery(sla=("overdue",), now=NOW),
    IncidentQuery(sla=("near",), now=NOW, sort="due_at", descending=False),
    IncidentQuery(region="D01", sort="severity"),
    IncidentQuery(grid_cell="G003", sort="updated_at"),
    IncidentQuery(text="积水", statuses=("closed",)),
    IncidentQuery(text="streetlight"),
]


def records(n: int = 100):
    out = [varied(i) for i in range(n)]
    # the same incident again later in the stream (the later one wins), once with a new report time
    out.append(replace(varied(7), title="路灯不亮", status=IncidentStatus.CLOSED, co_agencies=("A-HB",)))
    out.append(replace(varied(11), reported_at=T0 + timedelta(days=3)))
    return out


def reference_changes():
    changes = [change(i + 1, r, "region", r.code) for i, r in enumerate(REGIONS)]
    return changes + [
        change(100 + i, r, "sla_rule", f"{r.category}:{r.stage}") for i, r in enumerate(SLA_RULES)
    ]


def feed(recs, first_seq=1000):
    return [change(first_seq + i, r) for i, r in enumerate(recs)]


def pages(changes, size=PAGE):
    return [
        (changes[i : i + size], changes[min(i + size, len(changes)) - 1].seq)
        for i in range(0, len(changes), size)
    ]


def new_store(path: Path) -> Store:
    store = Store.open(path)
    store.apply_changes(reference_changes(), 200)
    return store


def one_by_one(path: Path, recs) -> Store:
    """The reference: every incident its own feed page, indexes kept all along."""
    store = new_store(path)
    for ch in feed(recs):
        store.apply_changes([ch], ch.seq)
    return store


def fingerprint(store: Store) -> dict:
    conn = store.conn
    return {
        "rows": conn.execute("SELECT * FROM incident ORDER BY rid").fetchall(),
        "links": conn.execute("SELECT agency, rid FROM incident_co_agency ORDER BY agency, rid").fetchall(),
        "indexes": sorted(
            conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'").fetchall(),
            key=str,
        ),
        "counts": [store.count_incidents(q) for q in QUERIES],
        "pages": [[r.id for r in store.query_incidents(q, limit=7, offset=3)] for q in QUERIES],
        "search": [
            sorted(
                r[0]
                for r in conn.execute("SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?", (word,))
            )
            for word in ("井盖", "积水", "缺失", "路灯", "streetlight", "黄浦区南京东路100号", "20261128")
        ],  # fmt: skip
        "plans": [plan(store, q) for q in QUERIES],
        "deferred": deferred.state(conn),
        "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
    }


def plan(store: Store, q: IncidentQuery) -> str:
    sql, params = page_sql(store.conn, q, 0, 10, 100_000)
    return " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.fixture
def expected(tmp_path):
    store = one_by_one(tmp_path / "slow.db", records())
    try:
        found = fingerprint(store)
    finally:
        store.close()
    assert found["counts"][0] == 100 and found["deferred"] is None
    assert any("INDEX incident_category" in p for p in found["plans"])
    return found


def test_bulk_load_into_an_empty_cache_equals_row_by_row(tmp_path, expected, monkeypatch):
    monkeypatch.setattr(cache, "BULK_CHUNK", 16)
    store = new_store(tmp_path / "bulk.db")
    with store:
        assert store.bulk_load_incidents(iter(records())) == 102
        assert fingerprint(store) == expected


def test_a_bulk_load_that_fails_half_way_leaves_the_empty_cache_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "BULK_CHUNK", 16)

    def stream():
        yield from records()[:50]
        raise OSError("the source went away")

    with new_store(tmp_path / "bulk.db") as store:
        before, indexes = fingerprint(store), deferred.secondary_indexes(store.conn)
        with pytest.raises(OSError):
            store.bulk_load_incidents(stream())
        assert fingerprint(store) == before
        assert deferred.secondary_indexes(store.conn) == indexes  # every index back
        assert gc.isenabled()  # paused for the load only
        assert store.bulk_load_incidents(records()) == 102  # and the next load takes the fast path again


def test_initial_sync_with_indexes_deferred_equals_row_by_row(tmp_path, expected, monkeypatch):
    monkeypatch.setattr(cache, "DEFER_MIN", 15)
    store = new_store(tmp_path / "sync.db")
    reader = store.reader()
    all_pages = pages(feed(records()))
    with store, reader:
        for n, (changes, seq) in enumerate(all_pages):
            store.apply_changes(changes, seq)
            if n < len(all_pages) - 1:  # between big pages: no queue indexes, yet the same answers
                assert deferred.state(store.conn) is not None
                assert not deferred.secondary_indexes(store.conn)
                loaded = {ch.key for changes, _ in all_pages[: n + 1] for ch in changes}
                assert reader.count_incidents(IncidentQuery()) == len(loaded)
                assert reader.count_incidents(IncidentQuery(text="井盖")) == sum(
                    1 for r in {r.id: r for r in records() if r.id in loaded}.values() if "井盖" in r.title
                )
            if n == 1:  # a full page of other kinds in the middle of the backlog: still deferred
                actions = [
                    change(5000 + i, IncidentAction(f"act-{i}", "inc-0001", "comment", "u1", T0, None,
                                          IncidentStatus.DISPATCHED, f"第{i}次"),
                           "incident_action")
                    for i in range(cache.DEFER_MIN)
                ]  # fmt: skip
                store.apply_changes(actions, seq)
                assert deferred.state(store.conn) is not None
        assert len(all_pages[-1][0]) < cache.DEFER_MIN  # the partial last page built the indexes
        assert fingerprint(store) == expected
        assert fingerprint(reader) == expected


def test_a_feed_that_ends_on_a_big_page_is_finished_at_close_or_by_an_idle_reader(
    tmp_path, expected, monkeypatch
):
    monkeypatch.setattr(cache, "DEFER_MIN", 15)
    all_pages = pages(feed(records()), size=51)  # 102 changes: two big pages, nothing after
    path = tmp_path / "sync.db"
    store = new_store(path)
    for changes, seq in all_pages:
        store.apply_changes(changes, seq)
    reader = store.reader()
    assert reader.count_incidents(IncidentQuery()) == 100  # pages may still be coming: left as is
    assert deferred.state(reader.conn) is not None
    monkeypatch.setattr(deferred, "IDLE_SECONDS", 0.0)
    time.sleep(0.01)
    assert reader.count_incidents(IncidentQuery()) == 100  # no page for a while: the reader finishes it
    assert deferred.state(reader.conn) is None
    reader.close()
    store.close()
    with Store.open(path) as again:
        assert fingerprint(again) == expected

    monkeypatch.setattr(deferred, "IDLE_SECONDS", 3600.0)
    path = tmp_path / "closed.db"
    store = new_store(path)
    for changes, seq in all_pages:
        store.apply_changes(changes, seq)
    store.close()  # the connection that stored the pages builds them when it closes
    conn = Store.open(path, check=False).conn
    try:
        assert deferred.state(conn) is None and deferred.secondary_indexes(conn)
    finally:
        conn.close()


def test_pages_into_a_filled_cache_keep_their_indexes(store, monkeypatch):
    monkeypatch.setattr(cache, "DEFER_MIN", 15)
    indexes = deferred.secondary_indexes(store.conn)
    store.apply_changes(feed([varied(0)]), 1000)
    store.apply_changes(feed([varied(n) for n in range(1, 40)], 1001), 1040)
    assert deferred.state(store.conn) is None
    assert deferred.secondary_indexes(store.conn) == indexes


def test_a_recorded_state_whose_indexes_exist_is_finished_harmlessly(store):
    """E.g. the setting salvaged from a damaged cache into a rebuilt one."""
    indexes = deferred.secondary_indexes(store.conn)
    store.set_setting(deferred.SETTING, {"indexes": indexes, "touched": 0})
    assert store.count_incidents(IncidentQuery()) == 0  # no page for long: finished before counting
    assert deferred.state(store.conn) is None
    assert deferred.secondary_indexes(store.conn) == indexes


CHILD = textwrap.dedent(
    """
    import sys, time
    from dispatch_desk.store import Store, cache
    from tests.store.test_deferred import feed, new_store, pages, records

    class Stuck(list):
        # stop half-way through the page's walk inside its transaction
        def __iter__(self):
            for n, ch in enumerate(super().__iter__()):
                if store.conn.in_transaction and n == len(self) // 2:
                    print("inside", flush=True)
                    time.sleep(3600)
                yield ch

    cache.DEFER_MIN = 15
    store = new_store(sys.argv[1])
    for n, (changes, seq) in enumerate(pages(feed(records()), size=int(sys.argv[2]))):
        store.apply_changes(Stuck(changes) if n == 2 else changes, seq)
        print(n, flush=True)  # this page and its cursor are committed
    """
)


@pytest.mark.parametrize("idle", [0.0, 3600.0], ids=["restart-later", "restart-at-once"])
def test_killed_during_an_initial_sync_the_cache_is_consistent_and_the_sync_resumes(
    tmp_path, expected, monkeypatch, idle
):
    monkeypatch.setattr(cache, "DEFER_MIN", 15)
    monkeypatch.setattr(deferred, "IDLE_SECONDS", idle)
    path = tmp_path / "cache.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), "30"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    acked = [child.stdout.readline().strip() for _ in range(3)]
    child.send_signal(signal.SIGKILL)  # in the middle of the third page's transaction
    child.wait()
    assert acked == ["0", "1", "inside"]
    time.sleep(0.01)
    with Store.open(path) as store:
        # a load nobody continues is finished at open; one still (re)starting is left deferred
        assert (deferred.state(store.conn) is None) == (idle == 0.0)
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        since = store.cursor()
        stored = {r[0] for r in store.conn.execute("SELECT id FROM incident")}
        done = [p for p in pages(feed(records())) if p[1] <= since]
        assert len(done) == 2
        assert stored == {ch.key for changes, _ in done for ch in changes}  # exactly the committed pages
        for changes, seq in pages(feed(records())):
            if seq > since:  # what the engine does next: pull from the cursor
                store.apply_changes(changes, seq)
        assert fingerprint(store) == expected
