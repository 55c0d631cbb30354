"""Input alone never makes a 5xx, bad text refuses only the mutation that holds it, and readings
that could stall a monitor (dated far away, not finite numbers) are refused with a clear error."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import requests

from dispatch_desk.central import admin
from dispatch_desk.domain.records import Alert, AlertLevel
from tests.support.central import CentralServer, report_args


def _post_json(api, path: str, text: str) -> requests.Response:
    return api.post(path, data=text.encode(), headers={"Content-Type": "application/json"})


def test_a_lone_surrogate_refuses_only_its_own_mutation(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    good, other = report_args(), report_args()
    bad = report_args(title="坏\ud800字")
    batch = {"mutations": [{"id": "m-good-0001", "name": "incident.report", "args": good},
                           {"id": "m-bad-00001", "name": "incident.report", "args": bad},
                           {"id": "m-nul-00001", "name": "incident.comment", "args": {"id": good["id"], "note": "a\x00b"}},
                           {"id": "m-good-0002", "name": "incident.report", "args": other}]}
    resp = _post_json(api, "/api/v1/mutations", json.dumps(batch))  # the escape \ud800 on the wire
    assert resp.status_code == 200, resp.text
    assert [r["outcome"] for r in resp.json()["results"]] == ["applied", "rejected", "rejected", "applied"]
    assert "cannot be stored" in resp.json()["results"][1]["reason"]
    # every one is audited, the bad text kept escaped, and the audit reads back
    entries = {e["mutation_id"]: e for e in any_city.audit() if e["kind"] == "mutation"}
    assert entries["m-bad-00001"]["outcome"] == "rejected" and entries["m-good-0002"]["outcome"] == "applied"
    assert entries["m-bad-00001"]["args"]["title"] == "坏\ud800字"  # JSON escapes survive as text
    # the desk's retry of the same batch moves on: duplicates and the same refusals
    again = _post_json(api, "/api/v1/mutations", json.dumps(batch)).json()["results"]
    assert [r["outcome"] for r in again] == ["duplicate", "rejected", "rejected", "duplicate"]


def test_bad_text_in_other_bodies_is_refused_with_a_4xx(any_city: CentralServer) -> None:
    login = requests.post(f"{any_city.url}/api/v1/auth/login", timeout=10, headers={"Content-Type": "application/json"},
                          data=json.dumps({"username": "o\ud800ps", "password": "x", "device_id": "d"}).encode())
    assert login.status_code == 422 and login.json()["error"] == "invalid_text"


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("path", ["/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/mutations",
                                  "/api/v1/readings"])
def test_deeply_nested_json_is_a_4xx_on_every_body_endpoint(any_city: CentralServer, path: str) -> None:
    api = any_city.client("ops")
    for body in (DEEP, '{"a":' * 50_000 + "1" + "}" * 50_000):
        resp = _post_json(api, path, body)
        assert 400 <= resp.status_code < 500, (path, resp.status_code, resp.text[:200])
        anonymous = requests.post(any_city.url + path, data=body.encode(), timeout=30,
                                  headers={"Content-Type": "application/json"})
        assert 400 <= anonymous.status_code < 500


def test_a_cursor_beyond_what_the_database_stores_is_a_4xx(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    for since in (2**63, 2**64 + 1, 10**40, -(2**63) - 1):
        resp = api.get("/api/v1/changes", params={"since": str(since)})
        assert resp.status_code == 422 and resp.json()["error"] == "invalid_query", since
    assert api.get("/api/v1/changes", params={"since": str(2**63 - 1)}).status_code == 200
    stream = api.get("/api/v1/stream", headers={"Last-Event-ID": "9" * 40}, timeout=10)
    assert stream.status_code == 422


def _readings(*points: tuple[str, object]) -> str:
    return json.dumps({"readings": [{"indicator": "pm25", "at": at, "value": v} for at, v in points]})


def test_readings_far_in_the_future_or_past_or_not_finite_are_refused(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    before = any_city.storage.current_seq()
    now = datetime.now(UTC)
    for at, value in (("9999-12-31T23:59:59Z", 40), ((now + timedelta(days=2)).isoformat(), 40),
                      ("0001-01-01T00:00:00+14:00", 40), ("1970-01-01T00:00:00Z", 40),
                      (now.isoformat(), "1e999")):
        text = _readings((at, value)).replace('"1e999"', "1e999")  # a literal that overflows to infinity
        resp = _post_json(api, "/api/v1/readings", text)
        assert resp.status_code == 422 and resp.json()["error"] == "invalid_reading", (at, resp.text)
        assert "readings.0" in resp.json()["message"]
    for constant in ("NaN", "Infinity", "-Infinity"):
        text = _readings((now.isoformat(), 0)).replace('"value": 0', f'"value": {constant}')
        resp = _post_json(api, "/api/v1/readings", text)
        assert resp.status_code in (400, 422) and constant in resp.json()["message"], resp.text
    assert any_city.storage.current_seq() == before  # nothing stored


def test_a_refused_future_reading_does_not_silence_the_monitor(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    assert _post_json(api, "/api/v1/readings", _readings(("9999-12-31T23:59:59Z", 40))).status_code == 422
    start = datetime.now(UTC) - timedelta(minutes=8)
    points = [((start + timedelta(seconds=5 * i)).isoformat(), 172.5) for i in range(90)]  # 1.5x the alarm line
    resp = _post_json(api, "/api/v1/readings", _readings(*points))
    assert resp.status_code == 200, resp.text
    alarms = [a for a in admin.list_records(any_city.storage, Alert) if a.level is AlertLevel.ALARM]
    assert len(alarms) == 1
