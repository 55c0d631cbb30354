"""Benchmarks of sync (docs/architecture.md §6): initial sync into an empty cache, and client-to-client propagation.

Both run a real central service (uvicorn on loopback, SQLite backend) in this process and real
sync engines against it over HTTP.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case, p95, stopwatch
from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    Agency,
    Category,
    Incident,
    IncidentStatus,
    Officer,
    Region,
    RegionLevel,
    Role,
    Severity,
    Source,
    Stationing,
)

PASSWORD = "bench password 1"
CATEGORIES = ("garbage", "road_damage", "waterlogging", "noise", "illegal_parking")
WORDS = "道路 积水 垃圾 堆放 噪音 扰民 占道 经营 井盖 破损 路灯 故障 违章 停车 绿化 损坏".split()  # noqa: SIM905


def _square(lon: float, lat: float, size: float) -> tuple:
    return (((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat)),)


def _reference() -> SeedBundle:
    return SeedBundle(
        regions=[
            Region("C", "示范市", RegionLevel.CITY, polygon=_square(121.3, 31.1, 0.3)),
            Region("D1", "一区", RegionLevel.DISTRICT, "C", _square(121.3, 31.1, 0.3)),
            Region("S11", "一街道", RegionLevel.STREET, "D1", _square(121.3, 31.1, 0.3)),
        ],
        agencies=[Agency("CG", "城管局", Stationing.RESIDENT)],
        categories=[Category(c, c, default_agency="CG") for c in CATEGORIES],
        officers=[
            Officer("o-bench-a", "bench_a", "甲", Role.OPS_OFFICER, region="C"),
            Officer("o-bench-b", "bench_b", "乙", Role.OPS_OFFICER, region="C"),
        ],
        passwords={"bench_a": PASSWORD, "bench_b": PASSWORD},
    )


def _incidents(count: int) -> list[Incident]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    statuses = list(IncidentStatus)
    out = []
    for i in range(count):
        at = start + timedelta(seconds=37 * i)
        title = f"{WORDS[i % len(WORDS)]}{WORDS[(i * 7) % len(WORDS)]} 第{i}号"
        out.append(
            Incident(
                id=f"inc-{i:07d}", title=title, category=CATEGORIES[i % len(CATEGORIES)],
                source=list(Source)[i % len(Source)], severity=Severity(1 + i % 4),
                status=statuses[i % len(statuses)], lon=121.3 + (i % 997) * 0.0003, lat=31.1 + (i % 991) * 0.0003,
                reported_at=at, updated_at=at, description=f"{title}，市民来电反映", code=f"2026{i:09d}",
                street="S11", district="D1", lead_agency="CG", due_at=at + timedelta(hours=2),
            )
        )  # fmt: skip
    return out


@contextmanager
def _central(path: Path, bundle: SeedBundle) -> Iterator[str]:
    """A central service on loopback, in its own process as in production (so that its work does not
    share this process's interpreter lock with the client measured), over a SQLite file loaded with
    `bundle` by its bulk loader."""
    import requests

    from dispatch_desk.central import admin
    from dispatch_desk.central.storage import Storage

    storage = Storage.open(str(path))
    try:
        admin.load_bundle(storage, bundle)
    finally:
        storage.close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    argv = [sys.executable, "-m", "dispatch_desk", "central", "serve", "--db", str(path), "--port", str(port),
            "--log-level", "warning"]  # fmt: skip
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the central service did not start")
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _raw_executemany(path: Path, incidents: list[Incident]) -> float:
    """Seconds to insert the same rows with one plain executemany: the in-run baseline."""
    names = [f.name for f in fields(Incident)]
    rows = [
        tuple(
            json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
            for v in to_wire(i).values()
        )
        for i in incidents
    ]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"CREATE TABLE incident ({', '.join(names)}, PRIMARY KEY (id))")
    with stopwatch() as t, conn:
        conn.executemany(f"INSERT INTO incident VALUES ({', '.join('?' * len(names))})", rows)
    conn.close()
    return t[0]


@case("sync.initial")
def initial_sync(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.sync import SyncEngine
    from dispatch_desk.sync.credentials import MemoryKeyring

    _memory_keyring(MemoryKeyring)
    count = ctx.scale(100_000, 20_000)
    incidents = _incidents(count)
    bundle = _reference()
    bundle.incidents = incidents
    with _central(ctx.workdir / "central.db", bundle) as url:
        engine = SyncEngine(ctx.workdir / "cache.db", url, "bench-initial", live=False)
        engine.login("bench_a", PASSWORD, remember=False)
        with stopwatch() as t:
            engine.sync_once()
        cached = engine._store().conn.execute("SELECT count(*) FROM incident").fetchone()[0]
        pages = _all_pages(engine)
        engine.close()
    if cached != count:
        raise RuntimeError(f"the cache holds {cached} incidents, expected {count}")
    write = _cache_write(ctx.workdir / "write-only.db", pages)
    raw = _raw_executemany(ctx.workdir / "raw.db", incidents)
    rate, raw_rate = count / t[0], count / raw
    return [
        Figure("sync.initial", rate, "incidents/s", raw_rate, "raw executemany of the same rows",
               "≥ 25,000/s and ≥ 10 % of raw executemany",
               f"{count:,} incidents over loopback HTTP into an empty cache with its search index, {t[0]:.2f} s"),
        Figure("sync.initial.cache_write", count / write, "incidents/s", raw_rate, "raw executemany of the same rows",
               "(diagnostic: the ceiling of sync.initial)",
               "the same pages stored by Store.apply_changes alone, no network, no parsing"),
    ]  # fmt: skip


def _all_pages(engine) -> list:
    """Every page of the feed again, parsed, to time the cache write alone."""
    pages, since = [], 0
    while True:
        page = engine._client.changes(since, engine._transfer.page_size)
        pages.append(page)
        since = page.next_since
        if not page.has_more:
            return pages


def _cache_write(path: Path, pages: list) -> float:
    from dispatch_desk.store import Store

    store = Store.open(path)
    with stopwatch() as t:
        for page in pages:
            store.apply_changes(page.changes, page.next_since)
    store.close()
    return t[0]


@case("sync.propagation")
def propagation(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.sync import SyncEngine
    from dispatch_desk.sync.credentials import MemoryKeyring

    _memory_keyring(MemoryKeyring)
    count = ctx.scale(200, 50)
    with _central(ctx.workdir / "central.db", _reference()) as url:
        a = SyncEngine(ctx.workdir / "a.db", url, "bench-a", poll_interval=3600, live_poll_interval=3600)
        b = SyncEngine(ctx.workdir / "b.db", url, "bench-b", poll_interval=3600, live_poll_interval=3600)
        a.login("bench_a", PASSWORD, remember=False)
        b.login("bench_b", PASSWORD, remember=False)
        a.sync_once()
        b.sync_once()
        arrived: dict[str, float] = {}
        cond = threading.Condition()

        def on_b(kind: str, payload: Any) -> None:
            if kind == "changed":
                now = time.perf_counter()
                with cond:
                    for key in payload.get("incident_action", ()):
                        arrived.setdefault(key, now)
                    cond.notify_all()

        b.subscribe(on_b)
        a.start()
        b.start()
        _wait(lambda: b.state().live and a.state().live, 30)
        incident_id = "inc-propagation"
        a.issue("incident.report", {"id": incident_id, "title": "积水", "category": "waterlogging",
                                    "source": "grid_patrol", "severity": 2, "lon": 121.35, "lat": 31.15})  # fmt: skip
        _wait(lambda: a.state().pending == 0, 30)
        latencies = []
        for i in range(count):
            start = time.perf_counter()
            mutation_id = a.issue("incident.comment", {"id": incident_id, "note": f"跟进 {i}"})
            with cond:
                if not cond.wait_for(lambda mid=mutation_id: mid in arrived, 30):
                    raise RuntimeError("a mutation did not reach the other client")
            latencies.append((arrived[mutation_id] - start) * 1000)
        a.close()
        b.close()
    return [
        Figure("sync.propagation", p95(latencies), "ms p95", None, "", "p95 ≤ 150 ms",
               f"{count} mutations, client A → central → live stream → client B's cache; "
               f"p50 {statistics.median(latencies):.1f} ms")
    ]  # fmt: skip


def _wait(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out waiting for the sync engines")
        time.sleep(0.01)


def _memory_keyring(backend_cls: type) -> None:
    """The bench never touches the machine's real keyring."""
    import keyring

    keyring.set_keyring(backend_cls())
