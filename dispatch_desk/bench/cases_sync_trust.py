"""Benchmarks of the officer's own work while sync runs (issue: optimistic actions never wait behind sync).

`sync.own_action_during_sync`: the time from an officer's action (`engine.issue` of a new report)
until their queue — its first page, read from the cache on another connection as the UI does — shows
it, measured while an initial sync of many incidents is being stored, and again with no sync running
(the in-run baseline).
A real central service runs in its own process on loopback; the engine syncs over HTTP.
"""

from __future__ import annotations

import statistics
import time

from dispatch_desk.bench import BenchContext, Figure, case, p95
from dispatch_desk.bench.cases_sync import PASSWORD, _central, _incidents, _memory_keyring, _reference

GAP = 0.02  # seconds between two actions of the officer (a busy officer, far busier than a real one)


@case("sync.own_action_during_sync")
def own_action_during_sync(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.store import IncidentQuery, Store
    from dispatch_desk.sync import SyncEngine
    from dispatch_desk.sync.credentials import MemoryKeyring

    _memory_keyring(MemoryKeyring)
    count = ctx.scale(100_000, 10_000)
    bundle = _reference()
    bundle.incidents = _incidents(count)
    first = bundle.incidents[0].id  # in the feed's first page, with the reference data
    queue = IncidentQuery()  # the queue as it opens: newest first
    with _central(ctx.workdir / "central.db", bundle) as url:
        engine = SyncEngine(ctx.workdir / "cache.db", url, "bench-own", live=False, poll_interval=3600,
                            live_poll_interval=3600)
        engine.login("bench_a", PASSWORD, remember=False)
        reader = Store.open(ctx.workdir / "cache.db", check=False)  # the UI's own connection
        seen = 0

        def action() -> float:
            nonlocal seen
            seen += 1
            report = {"id": f"inc-own-{seen:05d}", "title": f"路面积水 现场报告 {seen}", "category": "waterlogging",
                      "source": "grid_patrol", "severity": 2, "lon": 121.35, "lat": 31.15}  # fmt: skip
            start = time.perf_counter()
            engine.issue("incident.report", report)
            rows = reader.query_incidents(queue, limit=50)
            elapsed = (time.perf_counter() - start) * 1000
            if not any(r.id == report["id"] for r in rows):
                raise RuntimeError("the officer's report is not in their queue")
            return elapsed

        engine.start()
        deadline = time.monotonic() + 120
        while reader.get("incident", first) is None:  # the first page is in
            if time.monotonic() > deadline:
                raise RuntimeError(f"the first page never arrived: {engine.state().last_error}")
            time.sleep(0.005)
        during: list[float] = []
        started = time.perf_counter()
        while _syncing(reader, count):
            during.append(action())
            time.sleep(GAP)
        sync_seconds = time.perf_counter() - started
        _drain(engine)
        baseline = []
        for _ in range(max(30, min(len(during), 200))):
            baseline.append(action())
            time.sleep(GAP)
        _drain(engine)
        cached = reader.conn.execute("SELECT count(*) FROM incident WHERE id NOT LIKE 'inc-own-%'").fetchone()[0]
        reader.close()
        engine.close()
    if cached != count:
        raise RuntimeError(f"the cache holds {cached} incidents, expected {count}")
    if len(during) < 5:
        raise RuntimeError(f"only {len(during)} actions during the sync: too few to measure")
    return [
        Figure("sync.own_action_during_sync", p95(during), "ms p95", p95(baseline), "the same action, no sync running",
               "p95 ≤ 50 ms",
               f"{len(during)} actions while {count:,} incidents were stored ({sync_seconds:.1f} s); "
               f"p50 {statistics.median(during):.1f} ms, max {max(during):.0f} ms; "
               f"baseline p50 {statistics.median(baseline):.1f} ms"),
    ]  # fmt: skip


def _syncing(reader, count: int) -> bool:
    """Whether the initial sync is still being stored: incidents missing, or the indexes not built yet."""
    from dispatch_desk.store import deferred

    if deferred.state(reader.conn) is not None:
        return True
    return reader.conn.execute("SELECT count(*) FROM incident WHERE id NOT LIKE 'inc-own-%'").fetchone()[0] < count


def _drain(engine, timeout: float = 120) -> None:
    """Wait until the central service has every action (the outbox is empty)."""
    deadline = time.monotonic() + timeout
    engine.sync_now()
    while engine.state().pending:
        if time.monotonic() > deadline:
            raise RuntimeError("the outbox did not drain")
        engine.sync_now()
        time.sleep(0.05)
