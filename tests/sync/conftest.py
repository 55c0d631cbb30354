"""Sync tests: real engines against a real central service on loopback, reached through a proxy
that can cut the network. Secrets stay in a process-local keyring: never a real one, never a file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import keyring
import pytest

from dispatch_desk.domain.records import Role
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring
from tests.support.central import DEFAULT_PASSWORD, CentralServer, city_bundle, visible
from tests.sync.proxy import FlakyProxy

PASSWORD = DEFAULT_PASSWORD


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def upstream_of(server: CentralServer) -> tuple[str, int]:
    parsed = urlparse(server.url)
    return parsed.hostname or "127.0.0.1", parsed.port or 80


def seed(server: CentralServer) -> None:
    """The tiny city, and two city-level ops officers who both see all of it."""
    server.load(city_bundle())
    server.create_officer("wang", Role.OPS_OFFICER, region="C", name="王")
    server.create_officer("zhao", Role.OPS_OFFICER, region="C", name="赵")


@pytest.fixture
def city(any_central: CentralServer) -> CentralServer:
    seed(any_central)
    return any_central


@pytest.fixture
def proxy_to() -> Iterator[Callable[[CentralServer], FlakyProxy]]:
    """`proxy_to(server)` — a proxy in front of a central service, closed after the test."""
    proxies: list[FlakyProxy] = []

    def factory(server: CentralServer) -> FlakyProxy:
        proxies.append(FlakyProxy(upstream_of(server)))
        return proxies[-1]

    yield factory
    for p in proxies:
        p.close()


@pytest.fixture
def proxy(central: CentralServer, proxy_to: Callable[[CentralServer], FlakyProxy]) -> FlakyProxy:
    return proxy_to(central)


EngineFactory = Callable[..., SyncEngine]


@pytest.fixture
def make_engine(tmp_path: Path) -> Iterator[EngineFactory]:
    """`make_engine(url, name)` — an engine on its own cache file `<name>.db`, fast timers for tests."""
    engines: list[SyncEngine] = []

    def factory(url: str, name: str, **options: Any) -> SyncEngine:
        options.setdefault("live", False)
        options.setdefault("poll_interval", 0.5)
        options.setdefault("max_backoff", 0.5)
        engine = SyncEngine(tmp_path / f"{name}.db", url, f"device-{name}", **options)
        engines.append(engine)
        return engine

    yield factory
    for engine in engines:
        engine.close()


def server_view(server: CentralServer, username: str) -> dict[tuple[str, str], Any]:
    """What the central service shows this officer: the whole feed replayed."""
    changes, _ = server.client(username, device_id=f"check-{username}").pull(limit=5000)
    return visible(changes)


INCIDENTS = ("incident", "incident_action")


def cache_view(store: Store, entities: tuple[str, ...] = INCIDENTS) -> dict[tuple[str, str], Any]:
    """What a cache shows of these entities (by default incidents and their actions)."""
    out: dict[tuple[str, str], Any] = {}
    for entity in entities:
        if entity == "incident":
            for (key,) in store.conn.execute("SELECT id FROM incident"):
                out[("incident", key)] = store.get("incident", key)
        else:
            for row in store.rows(entity):
                out[(entity, row.get("id") or row.get("code"))] = row
    return out


def assert_cache_matches_server(
    server: CentralServer, username: str, store: Store, entities: tuple[str, ...] = INCIDENTS
) -> None:
    expected = {k: v for k, v in server_view(server, username).items() if k[0] in entities}
    actual = cache_view(store, entities)
    assert actual.keys() == expected.keys()
    for key, data in expected.items():
        assert actual[key] == data, key


def applied_count(server: CentralServer, mutation_id: str) -> int:
    """How many times the central service applied this mutation (its audit trail)."""
    return server.applied_count(mutation_id)
