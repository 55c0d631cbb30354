"""The officer's own work first: pushed while a long first sync is still pulling, staged between two
slices of a page, and every staged mutation ending applied, duplicate, conflict or rejected.

Real engines against a real central service on loopback. Page fetches are held by a hook on the
engine's client (`Hold`), so every interleaving below is forced, not hoped for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from dispatch_desk.bench.cases_sync import _incidents as bench_incidents
from dispatch_desk.domain.records import IncidentStatus
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.transfer import SETTLED, WriteLock
from tests.central.conftest import populate
from tests.support.central import CentralServer, report_args
from tests.sync.conftest import PASSWORD, assert_cache_matches_server

WAIT = 30.0  # seconds a positive wait may take on a loaded machine before the test fails


def wait_for(predicate: Callable[[], Any], what: str, timeout: float = WAIT) -> None:
    event = threading.Event()
    deadline = threading.Event()
    timer = threading.Timer(timeout, deadline.set)
    timer.start()
    try:
        while not predicate():
            if deadline.is_set():
                pytest.fail(f"timed out waiting until {what}")
            event.wait(0.01)
    finally:
        timer.cancel()


class Hold:
    """Holds page fetches of an engine: once armed, the next fetch reaches the central service and
    its answer is kept from the engine until released."""

    def __init__(self, engine: SyncEngine) -> None:
        self.client = engine._client
        self._real = self.client.changes_body
        self.armed = threading.Event()
        self.holding = threading.Event()
        self.released = threading.Event()
        self.client.changes_body = self._fetch  # type: ignore[method-assign]

    def _fetch(self, since: int, limit: int) -> bytes:
        body = self._real(since, limit)
        if self.armed.is_set():
            self.armed.clear()
            self.holding.set()
            self.released.wait(WAIT)
        return body

    def release(self) -> None:
        self.released.set()


def server_seq(server: CentralServer) -> int:
    return server.storage.current_seq()


def fresh_cache_synced(engine: SyncEngine, server: CentralServer) -> bool:
    return engine._store().cursor() >= server_seq(server) and not engine._transfer.acknowledged()


@pytest.fixture
def city(central: CentralServer) -> CentralServer:
    return populate(central)


def dispatched_to_cg(count: int) -> list:
    return [replace(i, status=IncidentStatus.DISPATCHED, category="garbage", lead_agency="CG", street="S11",
                    district="D1", grid_cell="G11") for i in bench_incidents(count)]  # fmt: skip


# --- item 12: pushed while the first sync pulls ------------------------------------------------


def test_work_staged_during_a_long_first_sync_reaches_the_center_before_the_pull_ends(city, make_engine):
    incidents = dispatched_to_cg(200)
    city.load_incidents(incidents)
    engine = make_engine(city.url, "agency", page_size=20)  # ten pages and more
    engine.login("cg", PASSWORD)
    hold = Hold(engine)
    first = incidents[0].id
    engine.start()
    wait_for(lambda: engine._store().get("incident", first) is not None, "the first page is stored")
    hold.armed.set()
    wait_for(hold.holding.is_set, "a page fetch is held")
    assert engine._store().cursor() < server_seq(city)  # the first sync is still pulling

    mutation_id = engine.issue("incident.accept", {"id": first})
    assert engine.unsent() == 1  # what a quit warning counts
    wait_for(lambda: city.applied_count(mutation_id) == 1, "the central service applied the accept")
    assert not hold.released.is_set() and engine._store().cursor() < server_seq(city)
    wait_for(lambda: engine.unsent() == 0, "the desk counts the accept as answered")

    hold.release()
    wait_for(lambda: fresh_cache_synced(engine, city), "the first sync ends")
    store = engine._store()
    assert store.get("incident", first)["status"] == "accepted"
    assert not store.is_pending("incident", first)
    assert engine.outcome(mutation_id) == "applied"
    engine.stop()
    assert_cache_matches_server(city, "cg", store)


def test_unsent_counts_only_what_the_center_has_not_answered(city, make_engine, proxy_to):
    city.load_incidents(dispatched_to_cg(3))
    proxy = proxy_to(city)
    engine = make_engine(proxy.url, "agency")
    engine.login("cg", PASSWORD)
    engine.sync_once()
    proxy.go_offline()
    engine.issue("incident.accept", {"id": "inc-0000000"})
    engine.issue("incident.accept", {"id": "inc-0000001"})
    assert engine.unsent() == 2 and engine.state().pending == 2
    proxy.go_online()
    engine.sync_once()
    assert engine.unsent() == 0 and engine.state().pending == 0


# --- item 13: staging goes between two slices of a page ----------------------------------------


def test_a_short_write_goes_before_a_waiting_bulk_write():
    lock = WriteLock()
    order: list[str] = []
    lock._acquire(False)  # a slice is being written
    bulk_waiting, urgent_waiting = threading.Event(), threading.Event()

    def bulk() -> None:
        bulk_waiting.set()
        with lock.bulk():
            order.append("next slice")

    def urgent() -> None:
        urgent_waiting.set()
        with lock:
            order.append("officer")

    threads = [threading.Thread(target=bulk), threading.Thread(target=urgent)]
    threads[0].start()
    bulk_waiting.wait()
    threads[1].start()
    wait_for(lambda: lock._urgent == 1, "the officer's write waits")
    lock._release()
    for t in threads:
        t.join(WAIT)
    assert order == ["officer", "next slice"]


def test_an_action_during_a_page_is_stored_before_the_pages_next_slice(city, make_engine):
    city.load_incidents(dispatched_to_cg(600))
    engine = make_engine(city.url, "agency", page_size=600)  # one page, three slices
    engine.login("cg", PASSWORD)
    transfer = engine._transfer
    real_bulk = transfer.bulk
    seen: list[int] = []  # the outbox size at the start of each slice
    issued: list[str] = []

    def bulk(store, work):
        seen.append(store.pending_count())
        if len(seen) == 2:  # inside the page's first slices: the officer acts
            lock = transfer.write_lock

            def act() -> None:
                issued.append(engine.issue("incident.accept", {"id": "inc-0000000"}))

            with lock.bulk():  # hold the lock as a slice does, until the officer waits for it
                worker = threading.Thread(target=act)
                worker.start()
                wait_for(lambda: lock._urgent == 1, "the officer's write waits")
            worker.join(WAIT)
        return real_bulk(store, work)

    transfer.bulk = bulk  # type: ignore[method-assign]
    engine.sync_once()
    assert len(seen) >= 4 and seen[:2] == [0, 0] and seen[2] == 1
    assert issued and engine.outcome(issued[0]) == "applied"
    assert_cache_matches_server(city, "cg", engine._store())


# --- item 14: an escalation racing an automatic dispatch from another desk -----------------------


@pytest.fixture
def desks(city, make_engine):
    """Desk A (district ops officer) and desk B (city ops officer) on a registered street incident."""
    a = make_engine(city.url, "a")
    b = make_engine(city.url, "b")
    a.login("ops_d1", PASSWORD)
    b.login("ops", PASSWORD)
    a.sync_once()
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id, street="S11", district="D1", grid_cell="G11"))
    a.issue("incident.register", {"id": incident_id})
    a.sync_once()
    b.sync_once()
    return a, b, incident_id


@pytest.mark.parametrize("first", ["escalation", "dispatch"])
def test_an_escalation_racing_an_automatic_dispatch_ends_visibly(city, desks, first):
    a, b, incident_id = desks
    statuses: list[str] = []  # what desk A shows of the incident after each change it hears of
    ended: dict[str, str] = {}

    def watch(kind: str, payload: object) -> None:
        if kind == "changed" and incident_id in payload.get("incident", ()):  # type: ignore[union-attr]
            row = a._store().get("incident", incident_id)
            statuses.append(row["status"] if row else "gone")
        elif kind == SETTLED:
            ended.update(payload)  # type: ignore[arg-type]

    a.subscribe(watch)
    # Desk A fetches a page holding the incident as it is now, and is kept from storing it until
    # both desks have acted: the page is older than the escalation when it is stored.
    b.issue("incident.comment", {"id": incident_id, "note": "网格员已到场"})
    b.sync_once()
    hold = Hold(a)
    hold.armed.set()
    a.start()
    wait_for(hold.holding.is_set, "desk A's page fetch is held")

    if first == "dispatch":
        b.issue("incident.dispatch", {"id": incident_id})  # no agency named: the category's default
        b.sync_once()
    escalation = a.issue("incident.escalate", {"id": incident_id, "reason": "需区级协调"})
    wait_for(lambda: city.audit(escalation), "the escalation reaches the central service")
    if first == "escalation":
        b.issue("incident.dispatch", {"id": incident_id})
        b.sync_once()
    hold.release()
    wait_for(lambda: escalation in ended and fresh_cache_synced(a, city), "desk A settles the escalation")
    a.stop()

    outcome = city.audit(escalation)[-1]["outcome"]
    assert ended[escalation] == a.outcome(escalation) == outcome
    store = a._store()
    final = store.get("incident", incident_id)
    assert final["status"] == "dispatched" and final["lead_agency"] == "CG"
    conflicts = {c.id: c for c in a.conflicts()}
    if first == "escalation":
        assert outcome == "applied" and escalation not in conflicts
        assert store.get("incident_action", escalation)["action"] == "escalate"
        assert final["level"] == "district"
        # the page older than the escalation never took it off the officer's screen
        assert "registered" not in statuses[statuses.index("escalated"):]
    else:
        assert outcome == "conflict"
        assert conflicts[escalation].outcome == "conflict" and conflicts[escalation].state["status"] == "dispatched"
        assert store.get("incident_action", escalation) is None
    assert not store.is_pending("incident", incident_id) and a.state().pending == 0
    assert_cache_matches_server(city, "ops_d1", store)
