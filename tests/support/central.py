"""Fixtures: a real central service on loopback (SQLite or PostgreSQL backend).

    def test_something(central):              # SQLite, the cheap default
        central.load(city_bundle())
        officer = central.create_officer("li", Role.OPS_OFFICER)
        api = central.client("li")            # logged in, bearer token attached
        api.mutate("incident.report", {...})  # -> MutationResult dict

    def test_on_both(any_central): ...        # runs once on SQLite and once on PostgreSQL
    def test_custom(central_factory):         # central_factory("postgresql"), or two on one db_url

The server is uvicorn in a background thread, on a free port, serving the real application.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from argon2 import PasswordHasher

from dispatch_desk.central import admin, auth
from dispatch_desk.central.background import BackgroundCentral
from dispatch_desk.central.storage import Storage
from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.records import (
    Agency,
    Category,
    Dimension,
    GridCell,
    Incident,
    Indicator,
    Officer,
    Region,
    RegionLevel,
    Role,
    SlaRule,
    SlaStage,
    Stationing,
)

DEFAULT_PASSWORD = "correct horse 1"


def square(lon: float, lat: float, size: float = 0.01) -> tuple:
    ring = ((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat))
    return (ring,)


def city_bundle() -> SeedBundle:
    """A tiny city: two districts of two streets, one 0.01° grid cell per street, three agencies.

    Street S11 covers lon 121.40–121.41, lat 31.20–31.21; S12 is east of it (121.41–121.42);
    district D2's streets S21 and S22 are the same a row north (lat 31.21–31.22).
    """
    regions = [Region("C", "示范市", RegionLevel.CITY, polygon=square(121.40, 31.20, 0.02))]
    cells = []
    for d, lat in (("D1", 31.20), ("D2", 31.21)):
        regions.append(Region(d, f"{d}区", RegionLevel.DISTRICT, "C", square(121.40, lat, 0.02)))
        for s, lon in ((f"S{d[1]}1", 121.40), (f"S{d[1]}2", 121.41)):
            regions.append(Region(s, f"{s}街道", RegionLevel.STREET, d, square(lon, lat)))
            cells.append(GridCell(f"G{s[1:]}", f"{s}网格", s, square(lon, lat)))
    return SeedBundle(
        regions=regions,
        grid_cells=cells,
        agencies=[
            Agency("CG", "城管局", Stationing.RESIDENT),
            Agency("SW", "水务局", Stationing.REGULAR),
            Agency("JT", "交通委", Stationing.TEMPORARY),
        ],
        categories=[
            Category("road_damage", "道路破损", "设施设备", "JT", Dimension.TRAFFIC),
            Category("garbage", "垃圾堆放", "市容环境", "CG", Dimension.ENVIRONMENT),
            Category("waterlogging", "道路积水", "设施设备", "SW", Dimension.UTILITIES),
        ],
        sla_rules=[SlaRule("road_damage", SlaStage.REGISTER, 20, 5)],
        indicators=[Indicator("pm25", "PM2.5", Dimension.ENVIRONMENT, "µg/m³", "C", 75, 115)],
    )


def report_args(incident_id: str | None = None, *, lon: float = 121.405, lat: float = 31.205,
                category: str = "garbage", **extra: Any) -> dict[str, Any]:
    """Arguments of an `incident.report` (by default in street S11, grid cell G11)."""
    return {"id": incident_id or f"inc-{uuid.uuid4().hex[:12]}", "title": "垃圾堆放在路边",
            "description": "", "category": category, "source": "grid_patrol", "severity": 2,
            "lon": lon, "lat": lat, **extra}


class ApiClient:
    """A logged-in HTTP client of one officer on one device."""

    def __init__(self, base: str, tokens: dict[str, Any], device_id: str) -> None:
        self.base = base
        self.tokens = tokens
        self.device_id = device_id
        self.officer = tokens["officer"]
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {tokens['access_token']}"

    def request(self, method: str, path: str, **kw: Any) -> requests.Response:
        kw.setdefault("timeout", 30)
        return self.http.request(method, self.base + path, **kw)

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.request("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.request("PUT", path, **kw)

    def patch(self, path: str, **kw: Any) -> requests.Response:
        return self.request("PATCH", path, **kw)

    def mutate_many(self, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        resp = self.post("/api/v1/mutations", json={"mutations": mutations})
        assert resp.status_code == 200, resp.text
        return resp.json()["results"]

    def mutate(self, name: str, args: dict[str, Any], mutation_id: str | None = None) -> dict[str, Any]:
        mutation = {"id": mutation_id or f"m-{uuid.uuid4().hex}", "name": name, "args": args}
        return self.mutate_many([mutation])[0]

    def changes(self, since: int = 0, limit: int = 1000) -> dict[str, Any]:
        resp = self.get("/api/v1/changes", params={"since": since, "limit": limit})
        assert resp.status_code == 200, resp.text
        return resp.json()

    def pull(self, since: int = 0, limit: int = 1000) -> tuple[list[dict[str, Any]], int]:
        """Every change after `since`, page by page; returns (changes, the final cursor)."""
        out: list[dict[str, Any]] = []
        while True:
            page = self.changes(since, limit)
            out.extend(page["changes"])
            since = page["next_since"]
            if not page["has_more"]:
                return out, since


def visible(changes: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any] | None]:
    """Replay changes like a cache does: (entity, key) -> data of the records still present."""
    state: dict[tuple[str, str], dict[str, Any] | None] = {}
    for change in changes:
        if change["op"] == "delete":
            state.pop((change["entity"], change["key"]), None)
        else:
            state[(change["entity"], change["key"])] = change["data"]
    return state


@dataclass
class CentralServer:
    url: str  # the base URL, e.g. http://127.0.0.1:40123
    db_url: str
    storage: Storage
    app: Any
    backend: str
    runner: BackgroundCentral
    officers: dict[str, Officer] = field(default_factory=dict)

    def load(self, bundle: SeedBundle) -> None:
        admin.load_bundle(self.storage, bundle)

    def add(self, *records: Any) -> None:
        admin.put_records(self.storage, list(records))

    def create_officer(self, username: str, role: Role | str, *, password: str = DEFAULT_PASSWORD,
                       agency: str | None = None, region: str | None = None, operations: tuple[str, ...] = (),
                       name: str | None = None, officer_id: str | None = None) -> Officer:
        officer = Officer(id=officer_id or f"o-{username}", username=username, name=name or username,
                          role=Role(role), agency=agency, region=region, operations=tuple(operations))
        admin.create_officer(self.storage, officer, password)
        self.officers[username] = officer
        return officer

    def login(self, username: str, password: str = DEFAULT_PASSWORD,
              device_id: str = "test-device") -> requests.Response:
        return requests.post(f"{self.url}/api/v1/auth/login", timeout=30,
                             json={"username": username, "password": password, "device_id": device_id})

    def client(self, username: str, password: str = DEFAULT_PASSWORD, device_id: str = "test-device") -> ApiClient:
        resp = self.login(username, password, device_id)
        assert resp.status_code == 200, resp.text
        return ApiClient(self.url, resp.json(), device_id)

    def load_incidents(self, incidents: list[Incident]) -> None:
        """Bulk insert incidents (and nothing else), e.g. for an initial-sync test."""
        admin.load_bundle(self.storage, SeedBundle(incidents=list(incidents)))

    def audit(self, mutation_id: str | None = None) -> list[dict[str, Any]]:
        """The audit records (oldest first): officer_id, device_id, mutation_id, name, outcome, reason, seq, at."""
        return admin.audit_entries(self.storage, mutation_id=mutation_id)

    def applied_count(self, mutation_id: str) -> int:
        """How many times the server applied this mutation id (exactly-once checks expect 1)."""
        return sum(1 for entry in self.audit(mutation_id) if entry["outcome"] == "applied")

    def stop(self) -> None:
        """Stop serving (the port refuses connections from then on) and close the database."""
        self.runner.stop()
        self.storage.close()

    def restart(self) -> None:
        """Stop, then serve the same database again on the same port (a central service restart)."""
        port, heartbeat = self.runner.port, self.runner.heartbeat
        self.stop()
        self.storage = Storage.open(self.db_url)
        self.runner = BackgroundCentral(self.storage, heartbeat=heartbeat).start(port=port)
        self.app = self.runner.app
        assert self.runner.url == self.url


def start_central(db_url: str, backend: str, *, heartbeat: float = 15.0) -> CentralServer:
    storage = Storage.open(db_url)
    runner = BackgroundCentral(storage, heartbeat=heartbeat).start()
    return CentralServer(runner.url, db_url, storage, runner.app, backend, runner)


CentralFactory = Callable[..., CentralServer]


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> None:
    """Real argon2, with parameters cheap enough for hundreds of test logins on a shared machine."""
    auth.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def central_factory(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[CentralFactory]:
    """`factory(backend="sqlite", *, db_url=None, heartbeat=15.0)` starts a central service.

    Passing the `db_url` of an earlier one starts a second instance on the same database.
    """
    started: list[CentralServer] = []
    pg_urls: list[str] = []

    def factory(backend: str = "sqlite", *, db_url: str | None = None, heartbeat: float = 15.0) -> CentralServer:
        if db_url is None:
            if backend == "sqlite":
                db_url = str(tmp_path / f"central-{len(started)}.db")
            else:
                db_url = request.getfixturevalue("postgres_server").create_database()
                pg_urls.append(db_url)
        server = start_central(db_url, backend, heartbeat=heartbeat)
        started.append(server)
        return server

    yield factory
    for server in reversed(started):
        server.stop()
    for url in pg_urls:
        request.getfixturevalue("postgres_server").drop_database(url)


@pytest.fixture
def central(central_factory: CentralFactory) -> CentralServer:
    """A central service on a fresh SQLite file."""
    return central_factory("sqlite")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def central_backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def any_central(central_factory: CentralFactory, central_backend: str) -> CentralServer:
    """A central service on each backend in turn (the test runs once per backend)."""
    return central_factory(central_backend)
