"""Benchmarks of the standard messages (CAP 1.2 in, Open311 GeoReport v2 in).

`standards.cap_to_desk`: a CAP warning posted by an outside system reaches a desk. The central service
runs in its own process on loopback; one desk's sync engine is live in this process. Each round posts
one new CAP 1.2 warning (`POST /api/v1/cap`: the schema check, the grid intersection, the alert in the
feed) and waits until the alert is in the desk's cache through the live stream. The in-run baseline is
the same path for a plain mutation (`POST /api/v1/mutations`, a comment) to the same desk. Target: a
warning on every desk within a second.

`standards.open311_post`: service requests filed one per request through `POST
/open311/v2/requests.json` (form-encoded, api_key, located in the grid), beside incident reports posted
one per request through `/api/v1/mutations` by an officer, against the same service.
"""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case, p95
from dispatch_desk.bench.cases_sync import PASSWORD, _central, _memory_keyring, _reference, _wait

AREA = (((121.32, 31.12), (121.38, 31.12), (121.38, 31.18), (121.32, 31.18), (121.32, 31.12)),)


def _session(url: str, username: str) -> Any:
    import requests

    http = requests.Session()
    login = http.post(f"{url}/api/v1/auth/login", timeout=30,
                      json={"username": username, "password": PASSWORD, "device_id": f"bench-{username}"})
    login.raise_for_status()
    http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    return http


@case("standards.cap_to_desk")
def cap_to_desk(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.central.cap_xml import render
    from dispatch_desk.demo.cap_warning import typhoon_message
    from dispatch_desk.sync import SyncEngine
    from dispatch_desk.sync.credentials import MemoryKeyring

    _memory_keyring(MemoryKeyring)
    rounds = ctx.scale(60, 12)
    with _central(ctx.workdir / "central.db", _reference()) as url:
        desk = SyncEngine(ctx.workdir / "desk.db", url, "bench-desk", poll_interval=3600, live_poll_interval=3600)
        desk.login("bench_b", PASSWORD, remember=False)
        desk.sync_once()
        arrived: dict[tuple[str, str], float] = {}
        cond = threading.Condition()

        def on_change(kind: str, payload: Any) -> None:
            if kind == "changed":
                now = time.perf_counter()
                with cond:
                    for entity in ("alert", "incident_action"):
                        for key in payload.get(entity, ()):
                            arrived.setdefault((entity, key), now)
                    cond.notify_all()

        desk.subscribe(on_change)
        desk.start()
        _wait(lambda: desk.state().live, 30)
        http = _session(url, "bench_a")
        incident = f"inc-{uuid.uuid4().hex[:12]}"
        report = {"id": f"m-{uuid.uuid4().hex}", "name": "incident.report",
                  "args": {"id": incident, "title": "积水", "category": "waterlogging", "source": "grid_patrol",
                           "severity": 2, "lon": 121.35, "lat": 31.15}}
        http.post(f"{url}/api/v1/mutations", json={"mutations": [report]}, timeout=30).raise_for_status()

        def reach(entity: str, key: str, start: float) -> float:
            with cond:
                if not cond.wait_for(lambda: (entity, key) in arrived, 30):
                    raise RuntimeError(f"the {entity} {key} did not reach the desk")
                return (arrived[entity, key] - start) * 1000

        cap_ms, plain_ms = [], []
        base = typhoon_message(AREA, datetime.now(UTC).replace(microsecond=0))
        for i in range(rounds):
            message = replace(base, identifier=f"BENCH-TY-{uuid.uuid4().hex[:12]}")
            body = render(message)
            start = time.perf_counter()
            resp = http.post(f"{url}/api/v1/cap", data=body, timeout=30,
                             headers={"Content-Type": "application/cap+xml"})
            resp.raise_for_status()
            cap_ms.append(reach("alert", resp.json()["alerts"][0], start))
            comment = {"id": f"m-{uuid.uuid4().hex}", "name": "incident.comment",
                       "args": {"id": incident, "note": f"跟进 {i}"}}
            start = time.perf_counter()
            http.post(f"{url}/api/v1/mutations", json={"mutations": [comment]}, timeout=30).raise_for_status()
            plain_ms.append(reach("incident_action", comment["id"], start))
        desk.close()
    return [
        Figure("standards.cap_to_desk", p95(cap_ms), "ms p95", p95(plain_ms), "ms p95 of a plain mutation",
               "a warning on every desk within 1 s",
               f"{rounds} CAP 1.2 warnings (schema check, grid area, feed) from POST to the desk's cache over "
               f"the live stream; p50 {statistics.median(cap_ms):.1f} ms, max {max(cap_ms):.0f} ms"),
    ]


@case("standards.open311_post")
def open311_post(ctx: BenchContext) -> list[Figure]:
    import requests

    from dispatch_desk.bench.cases_central import _city  # ten streets of grid cells, one category
    from dispatch_desk.central import open311_keys
    from dispatch_desk.central.storage import Storage

    count = ctx.scale(200, 30)
    path = ctx.workdir / "central.db"
    city = _city()
    city.passwords["bench"] = PASSWORD
    with _central(path, city) as url:
        storage = Storage.open(str(path))
        try:
            api_key = open311_keys.issue(storage, "bench app")[1]
        finally:
            storage.close()
        http, officer = requests.Session(), _session(url, "bench")
        start = time.perf_counter()
        for i in range(count):
            resp = http.post(f"{url}/open311/v2/requests.json", timeout=30, data={
                "api_key": api_key, "service_code": "garbage", "lat": f"{31.005 + (i % 90) * 0.001:.6f}",
                "long": f"{121.005 + (i % 90) * 0.001:.6f}", "description": f"积水 {i}", "phone": "13800000000"})
            if resp.status_code not in (200, 201):
                raise RuntimeError(f"an Open311 request was refused: {resp.status_code} {resp.text[:200]}")
        open311_rate = count / (time.perf_counter() - start)
        start = time.perf_counter()
        for i in range(count):
            report = {"id": f"m-{uuid.uuid4().hex}", "name": "incident.report",
                      "args": {"id": f"inc-{uuid.uuid4().hex[:12]}", "title": f"积水 {i}", "category": "garbage",
                               "source": "citizen_app", "severity": 2, "lon": 121.005 + (i % 90) * 0.001,
                               "lat": 31.005 + (i % 90) * 0.001}}
            officer.post(f"{url}/api/v1/mutations", json={"mutations": [report]}, timeout=30).raise_for_status()
        report_rate = count / (time.perf_counter() - start)
    return [
        Figure("standards.open311_post", open311_rate, "requests/s", report_rate, "reports/s via /api/v1/mutations",
               "", f"{count} service requests, one per request (api_key check, grid location, the same report "
                   f"mutation, requester data kept apart)"),
    ]
