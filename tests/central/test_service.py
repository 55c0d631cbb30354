"""The service as a process: health, stop and restart on the same port and database, case numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import requests

from dispatch_desk.domain.records import Incident, IncidentStatus, Severity, Source
from dispatch_desk.domain.sla import local_time
from tests.central.conftest import populate
from tests.support.central import CentralServer, report_args


def test_health_reports_backend_and_sequence(any_city: CentralServer) -> None:
    body = requests.get(f"{any_city.url}/api/v1/health", timeout=10).json()
    assert body["status"] == "ok" and body["backend"] == any_city.backend
    assert body["seq"] == any_city.storage.current_seq() > 0


def test_a_restarted_service_serves_the_same_data_on_the_same_port(any_city: CentralServer) -> None:
    api = any_city.client("ops", device_id="desk")
    mid = "m-before-restart"
    assert api.mutate("incident.report", report_args("in-keep"), mid)["outcome"] == "applied"
    url = any_city.url
    any_city.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/api/v1/health", timeout=5)
    any_city.restart()
    assert any_city.url == url
    # sessions survive the restart; the replayed mutation is still a duplicate
    assert api.mutate("incident.report", report_args("in-keep"), mid)["outcome"] == "duplicate"
    assert any_city.applied_count(mid) == 1
    assert [e["outcome"] for e in any_city.audit(mid)] == ["applied", "duplicate"]


def test_new_case_numbers_follow_the_loaded_history(central: CentralServer) -> None:
    populate(central)
    now = datetime.now(UTC)
    # The service numbers by the business date of the moment it applies the report, which may be the
    # day after `now` when the test runs across midnight: both days get the same history.
    days = [local_time(now + timedelta(days=n)).strftime("%Y%m%d") for n in (0, 1)]
    old = Incident("hist-1", "旧案", "garbage", Source.HOTLINE_12345, Severity.NORMAL, IncidentStatus.CLOSED,
                   121.405, 31.205, now, now, code=f"{days[0]}00400")
    history = [replace(old, id=f"hist-{day}-{n}", code=f"{day}{n:05d}") for day in days for n in (400, 17)]
    central.load_incidents(history)
    api = central.client("ops")
    api.mutate("incident.report", report_args("in-new"))
    codes = {c["key"]: c["data"]["code"] for c in api.pull()[0] if c["entity"] == "incident"}
    day = codes["in-new"][:8]
    assert day in days and codes["in-new"] == f"{day}00401"
