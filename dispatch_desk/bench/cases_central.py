"""Benchmark of the central service: mutations accepted per second over loopback HTTP, on SQLite and
(when a PostgreSQL server can be started here) on PostgreSQL, beside GET /health round trips per
second measured the same way in the same run."""

from __future__ import annotations

import time
import uuid
from contextlib import ExitStack

import requests

from dispatch_desk.bench import BenchContext, Figure, case
from dispatch_desk.central import admin
from dispatch_desk.central.background import BackgroundCentral
from dispatch_desk.central.storage import Storage
from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.records import Category, GridCell, Officer, Region, RegionLevel, Role

BATCH = 50
PASSWORD = "bench password"


def _square(lon: float, lat: float, size: float) -> tuple:
    return (((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat)),)


def _city() -> SeedBundle:
    """Ten streets of ten grid cells each, one category, one city ops officer."""
    regions = [Region("C", "市", RegionLevel.CITY), Region("D", "区", RegionLevel.DISTRICT, "C")]
    cells = []
    for s in range(10):
        regions.append(Region(f"S{s}", f"街道{s}", RegionLevel.STREET, "D"))
        for c in range(10):
            cells.append(GridCell(f"G{s}{c}", f"网格{s}{c}", f"S{s}", _square(121.0 + c * 0.01, 31.0 + s * 0.01, 0.01)))
    officer = Officer("o-bench", "bench", "压测", Role.OPS_OFFICER, region="C")
    return SeedBundle(regions=regions, grid_cells=cells, categories=[Category("garbage", "垃圾堆放")],
                      officers=[officer], passwords={"bench": PASSWORD})


def _report(i: int) -> dict:
    return {"id": f"m-{uuid.uuid4().hex}", "name": "incident.report",
            "args": {"id": f"b-{uuid.uuid4().hex[:16]}", "title": f"压测事件 {i}", "category": "garbage",
                     "source": "grid_patrol", "severity": 2, "lon": 121.0 + (i % 97) * 0.001,
                     "lat": 31.0 + (i % 89) * 0.001}}


def _measure(url: str, mutations: int) -> tuple[float, float, float]:
    """(mutations/s in batches, mutations/s one per request, health round trips/s)."""
    http = requests.Session()
    login = http.post(f"{url}/api/v1/auth/login", timeout=30,
                      json={"username": "bench", "password": PASSWORD, "device_id": "bench"})
    login.raise_for_status()
    http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    for _ in range(20):  # warm up connections and caches
        http.get(f"{url}/api/v1/health", timeout=30)
    rounds = max(50, mutations // 4)
    start = time.perf_counter()
    for _ in range(rounds):
        http.get(f"{url}/api/v1/health", timeout=30).raise_for_status()
    health_rate = rounds / (time.perf_counter() - start)

    batches = [[_report(i * BATCH + j) for j in range(BATCH)] for i in range(max(1, mutations // BATCH))]
    start = time.perf_counter()
    for batch in batches:
        resp = http.post(f"{url}/api/v1/mutations", json={"mutations": batch}, timeout=120)
        resp.raise_for_status()
        assert all(r["outcome"] == "applied" for r in resp.json()["results"])
    batched_rate = sum(len(b) for b in batches) / (time.perf_counter() - start)

    singles = [_report(i) for i in range(max(20, mutations // 4))]
    start = time.perf_counter()
    for mutation in singles:
        http.post(f"{url}/api/v1/mutations", json={"mutations": [mutation]}, timeout=30).raise_for_status()
    single_rate = len(singles) / (time.perf_counter() - start)
    return batched_rate, single_rate, health_rate


def _figures(backend: str, url: str, mutations: int) -> list[Figure]:
    batched, single, health = _measure(url, mutations)
    note = f"{backend}; incident.report through the domain workflow, grid lookup, audit; loopback HTTP"
    return [
        Figure("central.mutations", batched, "mutations/s", health, "GET /health round trips/s",
               note=f"{note}; batches of {BATCH}"),
        Figure("central.mutations", single, "mutations/s", health, "GET /health round trips/s",
               note=f"{note}; one mutation per request"),
    ]


@case("central.mutations")
def central_mutations(ctx: BenchContext) -> list[Figure]:
    mutations = ctx.scale(2000, 300)
    figures: list[Figure] = []
    with ExitStack() as stack:
        storage = Storage.open(str(ctx.workdir / "central.db"))
        stack.callback(storage.close)
        admin.load_bundle(storage, _city())
        server = BackgroundCentral(storage).start()
        stack.callback(server.stop)
        figures += _figures("SQLite", server.url, mutations)
    figures += _postgres(ctx, mutations)
    return figures


def _postgres(ctx: BenchContext, mutations: int) -> list[Figure]:
    from dispatch_desk.central.scratch_pg import PostgresMissing, ScratchPostgres

    try:
        pg = ScratchPostgres().start()
    except (PostgresMissing, RuntimeError, OSError) as exc:
        return [Figure("central.mutations", 0.0, "mutations/s", note=f"PostgreSQL not measured: {exc}")]
    with ExitStack() as stack:
        stack.callback(pg.stop)
        storage = Storage.open(pg.create_database())
        stack.callback(storage.close)
        admin.load_bundle(storage, _city())
        server = BackgroundCentral(storage).start()
        stack.callback(server.stop)
        return _figures("PostgreSQL (scratch server, fsync off)", server.url, mutations)
