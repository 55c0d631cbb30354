"""Bad input gets a 4xx with a clear ErrorBody and changes nothing; never a 5xx from input alone."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import requests

from tests.support.central import CentralServer, report_args

RECENT = (datetime.now(UTC) - timedelta(hours=1)).isoformat()  # readings may not lie far in the past


def _error(resp: requests.Response, status: int, code: str) -> str:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body["error"] == code and body["message"]
    return body["message"]


@pytest.fixture
def api(any_city: CentralServer):
    return any_city.client("ops")


def test_malformed_json_is_refused(any_city: CentralServer, api) -> None:
    before = any_city.storage.current_seq()
    for body in (b"{not json", b"\xff\xfe", b""):
        resp = api.post("/api/v1/mutations", data=body, headers={"Content-Type": "application/json"})
        _error(resp, 400, "malformed_json")
    _error(requests.post(f"{any_city.url}/api/v1/auth/login", data=b"[", timeout=10), 400, "malformed_json")
    assert any_city.storage.current_seq() == before


def test_schema_violations_name_what_is_wrong(any_city: CentralServer, api) -> None:
    before = any_city.storage.current_seq()
    cases = [
        ({"mutations": []}, "mutations"),
        ({"mutations": [{"id": "short", "name": "incident.report", "args": {}}]}, "mutations.0.id"),
        ({"mutations": [{"id": "m-12345678", "name": "DROP TABLE", "args": {}}]}, "mutations.0.name"),
        ({"mutations": [{"id": "m-12345678", "name": "incident.report", "args": []}]}, "mutations.0.args"),
        ({"mutations": [{"id": "m-12345678", "name": "incident.report"}], "extra": 1}, "extra"),
        ([1, 2, 3], "body"),
    ]
    for payload, where in cases:
        message = _error(api.post("/api/v1/mutations", json=payload), 422, "invalid_payload")
        assert where in message, message
    same_id = {"id": "m-12345678", "name": "incident.report", "args": report_args()}
    _error(api.post("/api/v1/mutations", json={"mutations": [same_id, same_id]}), 422, "invalid_payload")
    assert any_city.storage.current_seq() == before


def test_oversized_bodies_are_refused_before_being_read_whole(any_city: CentralServer, api) -> None:
    before = any_city.storage.current_seq()
    huge = {"mutations": [{"id": "m-12345678", "name": "incident.report",
                           "args": report_args(description="x" * (5 * 1024 * 1024))}]}
    _error(api.post("/api/v1/mutations", json=huge), 413, "payload_too_large")

    def chunks():  # no Content-Length: the cap applies while streaming
        for _ in range(6):
            yield b" " * (1024 * 1024)

    _error(api.post("/api/v1/mutations", data=chunks()), 413, "payload_too_large")
    assert any_city.storage.current_seq() == before


def test_readings_of_unknown_indicators_are_refused_as_a_whole(any_city: CentralServer, api) -> None:
    before = any_city.storage.current_seq()
    payload = {"readings": [{"indicator": "pm25", "at": RECENT, "value": 30},
                            {"indicator": "no_such_indicator", "at": RECENT, "value": 1}]}
    assert "no_such_indicator" in _error(api.post("/api/v1/readings", json=payload), 422, "unknown_indicator")
    bad_value = {"readings": [{"indicator": "pm25", "at": RECENT, "value": "lots"}]}
    _error(api.post("/api/v1/readings", json=bad_value), 422, "invalid_payload")
    assert any_city.storage.current_seq() == before
    ok = api.post("/api/v1/readings", json={"readings": payload["readings"][:1]})
    assert ok.status_code == 200 and ok.json()["accepted"] == 1


def test_attachments_are_verified_against_their_hash_and_idempotent(any_city: CentralServer, api) -> None:
    content = "现场照片".encode() * 100
    digest = hashlib.sha256(content).hexdigest()
    _error(api.put(f"/api/v1/attachments/{'0' * 64}", data=content), 422, "hash_mismatch")
    _error(api.put("/api/v1/attachments/not-a-hash", data=content), 400, "bad_hash")
    _error(api.get(f"/api/v1/attachments/{digest}"), 404, "not_found")
    first = api.put(f"/api/v1/attachments/{digest}", data=content, headers={"Content-Type": "image/jpeg"})
    again = api.put(f"/api/v1/attachments/{digest}", data=content, headers={"Content-Type": "image/jpeg"})
    assert (first.status_code, again.status_code) == (201, 200)
    got = api.get(f"/api/v1/attachments/{digest.upper()}")
    assert got.content == content and got.headers["content-type"] == "image/jpeg"


def test_bad_query_parameters_and_unknown_paths(any_city: CentralServer, api) -> None:
    _error(api.get("/api/v1/changes", params={"since": "yesterday"}), 422, "invalid_query")
    _error(api.get("/api/v1/changes", params={"since": -1}), 422, "invalid_query")
    _error(api.get("/api/v1/changes", params={"limit": 10**6}), 422, "invalid_query")
    _error(api.get("/api/v1/stream", headers={"Last-Event-ID": "abc"}), 422, "invalid_query")
    _error(api.get("/api/v1/nothing-here"), 404, "not_found")
    # a key no record can have (PostgreSQL text holds no NUL) is simply not found, on both backends
    _error(api.get("/api/v1/alerts/%00/cap"), 404, "not_found")
    _error(api.request("DELETE", "/api/v1/changes"), 405, "method_not_allowed")
    login = requests.post(f"{any_city.url}/api/v1/auth/login", json={"username": "ops"}, timeout=10)
    assert "password" in _error(login, 422, "invalid_payload")


def test_the_openapi_document_comes_from_the_shared_schemas(central: CentralServer) -> None:
    doc = requests.get(f"{central.url}/api/v1/openapi.json", timeout=10).json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/changes", "/api/v1/mutations",
                 "/api/v1/stream", "/api/v1/readings", "/api/v1/attachments/{sha256}", "/api/v1/health",
                 "/api/v1/cap", "/api/v1/alerts/{id}/cap"):
        assert path in doc["paths"], path
    schemas = doc["components"]["schemas"]
    assert schemas["Mutation"]["properties"]["id"]["minLength"] == 8
    assert set(schemas["Outcome"]["enum"]) == {"applied", "duplicate", "conflict", "rejected"}


def test_oversized_attachments_are_refused(city: CentralServer) -> None:
    api = city.client("ops")
    content = b"\0" * (20 * 1024 * 1024 + 1)
    digest = hashlib.sha256(content).hexdigest()
    _error(api.put(f"/api/v1/attachments/{digest}", data=content), 413, "payload_too_large")
    _error(api.get(f"/api/v1/attachments/{digest}"), 404, "not_found")
