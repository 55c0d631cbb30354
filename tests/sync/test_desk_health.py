"""A desk tells the central service how it is: a running engine reports its version, feed cursor,
outbox and conflicts after its first good cycle, and the administrator's view lists it with its lag."""

from __future__ import annotations

import time

import pytest

from dispatch_desk import __version__
from tests.support.central import CentralServer, report_args
from tests.sync.conftest import PASSWORD, EngineFactory

WAIT = 30.0


@pytest.fixture(autouse=True)
def root(city: CentralServer) -> None:
    city.create_officer("root", "admin")  # before any desk syncs: an officer is a change of the feed too


def _desks(city: CentralServer) -> list[dict]:
    resp = city.client("root").get("/api/v1/admin/desks")
    assert resp.status_code == 200, resp.text
    return resp.json()


def _until(predicate, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while not (found := predicate()):
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)
    return found


def test_a_running_desk_reports_itself_and_the_administrator_sees_its_lag(city: CentralServer,
                                                                          make_engine: EngineFactory) -> None:
    engine = make_engine(city.url, "wang")
    engine.login("wang", PASSWORD, remember=False)
    engine.start()
    [desk] = _until(lambda: [d for d in _desks(city) if d["device_id"] == "device-wang"])
    assert desk["officer_id"] == "o-wang" and desk["officer_name"] == "王" and desk["version"] == __version__
    assert desk["outbox"] == 0 and desk["conflicts"] == 0 and desk["cache_bytes"] > 0
    assert desk["lag"] == 0 and desk["seen_s"] < 60
    engine.stop()
    for n in range(3):  # the feed moves on while the desk is away
        city.client("zhao").mutate("incident.report", report_args(f"inc-away-{n}"))
    [desk] = [d for d in _desks(city) if d["device_id"] == "device-wang"]
    assert desk["lag"] >= 3


@pytest.mark.parametrize("body", [{}, {"version": "1", "cursor": -1, "outbox": 0, "conflicts": 0},
                                  {"version": "1", "cursor": 0, "outbox": 0, "conflicts": 0, "extra": 1}])
def test_a_malformed_report_is_refused_and_stores_nothing(city: CentralServer, body: dict) -> None:
    resp = city.client("wang").post("/api/v1/desks/health", json=body)
    assert resp.status_code == 422
    assert _desks(city) == []


def test_only_an_administrator_lists_the_desks(city: CentralServer) -> None:
    assert city.client("wang").post("/api/v1/desks/health", json={
        "version": "1", "cursor": 0, "outbox": 2, "conflicts": 1}).status_code == 204
    assert city.client("wang").get("/api/v1/admin/desks").status_code == 403
    [desk] = _desks(city)
    assert (desk["outbox"], desk["conflicts"]) == (2, 1)
