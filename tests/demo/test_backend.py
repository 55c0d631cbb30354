"""The demo backend for real: `central serve` in a child process on loopback, seeded from the
generator, the simulator beside it, and a client syncing from it and working with the bots."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
import requests

from dispatch_desk import cli
from dispatch_desk.demo import backend as demo_backend
from dispatch_desk.demo.backend import DemoBackend
from dispatch_desk.demo.simulator import Rates
from dispatch_desk.store import IncidentQuery, Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring

pytestmark = pytest.mark.slow

HISTORY = 150
FAST = Rates(incidents_per_hour=3600, max_incidents_per_hour=3600, diurnal=False, reading_interval=2, tick=0.25,
             accept_share=1.0, return_share=0.0, accept_delay=(0.5, 1.5), register_delay=(0.5, 1.0),
             dispatch_delay=(0.5, 1.0))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoBackend]:
    data_dir = tmp_path_factory.mktemp("demo")
    backend = DemoBackend.start(data_dir, port=None, rates=FAST, incidents=HISTORY, days=2)
    yield backend
    backend.stop()


def wait_for(condition: Callable[[], object], timeout: float = 60.0, step: float = 0.3) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting")


@pytest.fixture
def engine(demo: DemoBackend, tmp_path: Path) -> Iterator[SyncEngine]:
    engine = SyncEngine(tmp_path / "cache.db", demo.url, f"test-{uuid.uuid4().hex[:8]}", live=False)
    engine.login("ops", "demo1234")
    yield engine
    engine.stop()


def test_the_demo_logins_work_over_loopback(demo):
    for username in ("ops", "ops.pd", "agency.cg", "street.lj", "liaison.1", "leader", "admin"):
        resp = requests.post(f"{demo.url}/api/v1/auth/login", timeout=30,
                             json={"username": username, "password": "demo1234", "device_id": "test"})
        assert resp.status_code == 200, (username, resp.text)
    assert demo.url.startswith("http://127.0.0.1:")
    basemap = json.loads((demo.data_dir / "basemap.geojson").read_text(encoding="utf-8"))
    assert basemap["type"] == "FeatureCollection" and basemap["features"]


def test_a_client_syncs_the_demo_city_and_sees_live_incidents(engine, tmp_path):
    engine.sync_once()
    store = Store.open(tmp_path / "cache.db")
    try:
        assert len(store.rows("grid_cell")) > 1800
        assert store.count_incidents(IncidentQuery()) >= HISTORY

        def live_report() -> bool:  # the simulator reports about one a second
            engine.sync_once()
            return store.count_incidents(IncidentQuery()) > HISTORY

        wait_for(live_report)
        newest = store.query_incidents(IncidentQuery(sort="reported_at", descending=True), limit=1)[0]
        assert store.get_incident(newest.id).reporter == "o-bot.intake"
    finally:
        store.close()


def test_an_officer_dispatches_and_an_agency_bot_accepts(engine, tmp_path):
    engine.sync_once()
    incident_id = f"inc-{uuid.uuid4().hex[:12]}"
    engine.issue("incident.report", {"id": incident_id, "title": "人民大道100号附近占道经营", "description": "",
                                     "category": "street_vending", "source": "hotline_12345", "severity": 2,
                                     "lon": 121.50, "lat": 31.23})
    engine.sync_once()
    engine.issue("incident.register", {"id": incident_id})
    engine.sync_once()
    engine.issue("incident.dispatch", {"id": incident_id, "lead_agency": "cg"})
    engine.sync_once()
    store = Store.open(tmp_path / "cache.db")
    try:
        def accepted() -> bool:
            engine.sync_once()
            incident = store.get_incident(incident_id)
            return incident is not None and incident.status.value == "accepted"

        wait_for(accepted)
        actions = store.incident_actions(incident_id)
        assert actions[-1].actor == "o-bot.cg"
    finally:
        store.close()


def test_the_demo_files_a_share_of_citizen_reports_through_open311(demo):
    """The demo's citizen app posts through GeoReport v2; what it files is an ordinary citizen-app incident."""
    def filed() -> list:
        resp = requests.get(f"{demo.url}/open311/v2/requests.json", timeout=30)
        assert resp.status_code == 200, resp.text
        return resp.json()

    requests_filed = wait_for(filed, timeout=120)
    assert demo.simulator.open311.filed >= 1 and demo.simulator.open311.refused == 0
    first = requests_filed[0]
    assert first["service_code"] and first["status"] in ("open", "closed")
    token = requests.post(f"{demo.url}/api/v1/auth/login", timeout=30, json={
        "username": "ops", "password": "demo1234", "device_id": "test"}).json()["access_token"]
    seen, since = {}, 0
    while True:
        page = requests.get(f"{demo.url}/api/v1/changes", params={"since": since, "limit": 5000}, timeout=30,
                            headers={"Authorization": f"Bearer {token}"}).json()
        seen.update({c["key"]: c["data"] for c in page["changes"] if c["entity"] == "incident"})
        since = page["next_since"]
        if not page["has_more"]:
            break
    mine = [d for d in seen.values() if d and d.get("source") == "citizen_app"]
    assert mine, "no citizen-app incident in the officer's feed"


def test_an_event_request_reaches_the_running_demo(demo, capsys):
    assert cli.main(["demo", "--event", "typhoon", "--event-minutes", "2", "--data-dir", str(demo.data_dir)]) == 0
    assert "typhoon" in capsys.readouterr().out
    wait_for(lambda: demo.simulator.stats.actions.get("seat.open", 0) >= 3)
    token = requests.post(f"{demo.url}/api/v1/auth/login", timeout=30, json={
        "username": "liaison.1", "password": "demo1234", "device_id": "test"}).json()["access_token"]

    def operation_visible() -> bool:
        """The liaison's feed holds the typhoon's joint command and the tasks of its plan."""
        since, seen = 0, {}
        while True:
            page = requests.get(f"{demo.url}/api/v1/changes", params={"since": since, "limit": 5000}, timeout=30,
                                headers={"Authorization": f"Bearer {token}"}).json()
            seen.update({(c["entity"], c["key"]): c["data"] for c in page["changes"]})
            since = page["next_since"]
            if not page["has_more"]:
                break
        ops = [d for (entity, _), d in seen.items() if entity == "operation" and d and d["kind"] == "emergency"]
        tasks = [d for (entity, _), d in seen.items() if entity == "task" and d and ops and d["operation"] == ops[0]["id"]]
        reports = [d for (entity, _), d in seen.items() if entity == "sitrep" and d and ops and d["operation"] == ops[0]["id"]]
        state["ops"], state["tasks"], state["reports"] = ops, tasks, reports
        return bool(ops) and ops[0]["status"] in ("active", "stand_down") and len(tasks) >= 5

    state: dict[str, list] = {}
    wait_for(operation_visible)

    # The agency bots run their side of it: checked in, tasks moved on, sections in a published report.
    def bots_at_work() -> bool:
        actions = demo.simulator.stats.actions
        return (actions.get("seat.check_in", 0) >= 5 and actions.get("task.start", 0) >= 3
                and actions.get("report.publish", 0) >= 1) and operation_visible()

    wait_for(bots_at_work, timeout=150)
    [op] = state["ops"]
    seated = {s["officer"]: s for s in op["seats"]}
    assert {"o-liaison.1", "o-liaison.2", "o-liaison.3"} <= set(seated)
    assert {f"o-bot.{a}" for a in op["agencies"]} <= set(seated)
    assert any(s["checked_in_at"] for o, s in seated.items() if o.startswith("o-bot."))
    moved = [t for t in state["tasks"] if t["status"] != "assigned"]
    assert moved and all(t["updated_by"].startswith("o-bot.") for t in moved)
    published = [r for r in state["reports"] if r["status"] == "published"]
    assert published and {s["author"] for s in published[0]["sections"]} >= {"o-bot.sw", "o-bot.mz"}


def test_a_second_demo_command_joins_the_running_one_instead_of_starting_another(demo, capsys):
    assert cli.main(["demo", "--no-client", "--data-dir", str(demo.data_dir)]) == 0
    assert f"already running at {demo.url}" in capsys.readouterr().out
    assert cli.main(["demo", "--reset", "--no-client", "--data-dir", str(demo.data_dir)]) == 1
    assert (demo.data_dir / "central.db").exists()


def test_the_demo_command_runs_headless_and_prints_the_logins(tmp_path, capsys):
    demo_backend.seed(tmp_path, 7, incidents=50, days=1)  # pre-seeded small, so the command skips seeding
    code = cli.main(["demo", "--no-client", "--exit-after", "2", "--data-dir", str(tmp_path), "--port", "0"])
    assert code == 0
    out = capsys.readouterr().out
    for username in ("ops", "agency.cg", "street.lj", "liaison.1", "leader"):
        assert username in out
    assert "demo1234" in out
    assert not (tmp_path / "control" / "running.json").exists()
