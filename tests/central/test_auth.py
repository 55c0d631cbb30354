"""Logging in, sessions, lockout and revocation; every endpoint needs a token, each role gets what it should."""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from dispatch_desk.central import admin, auth
from tests.support.central import DEFAULT_PASSWORD, CentralServer, report_args

RECENT = (datetime.now(UTC) - timedelta(hours=1)).isoformat()  # readings may not lie far in the past


def test_login_returns_tokens_and_the_officer(any_city: CentralServer) -> None:
    resp = any_city.login("sup_s11", device_id="laptop-7")
    assert resp.status_code == 200
    body = resp.json()
    assert body["expires_in"] == 15 * 60
    assert body["officer"] == {"id": "o-sup_s11", "username": "sup_s11", "name": "sup_s11",
                               "role": "street_supervisor", "agency": None, "region": "S11", "operations": []}
    assert body["access_token"] != body["refresh_token"]


def test_wrong_password_and_unknown_user_get_the_same_answer(city: CentralServer) -> None:
    wrong = city.login("ops", "not the password")
    unknown = city.login("nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["error"] == unknown.json()["error"] == "invalid_credentials"


def test_failed_logins_are_throttled_not_locked(any_city: CentralServer) -> None:
    for _ in range(auth.THROTTLES[1][1]):
        assert any_city.login("cg", "wrong password").status_code == 401
    # now this client waits before trying this account again, and gets the same answer meanwhile
    throttled = any_city.login("cg")
    assert throttled.status_code == 401 and throttled.json()["error"] == "invalid_credentials"
    # other accounts are unaffected
    assert any_city.login("sw").status_code == 200
    # the account is not locked: another client signs in
    issued = auth.login(any_city.storage, "cg", DEFAULT_PASSWORD, "dev", client="10.0.0.9")
    assert issued.officer.username == "cg"
    # and once the wait is over, this client too
    issued = auth.login(any_city.storage, "cg", DEFAULT_PASSWORD, "dev", now=time.time() + 60, client="127.0.0.1")
    assert issued.officer.username == "cg"


def test_a_successful_login_resets_the_failure_count(city: CentralServer) -> None:
    for _ in range(4):
        city.login("cg", "wrong password")
    assert city.login("cg").status_code == 200
    for _ in range(4):
        assert city.login("cg", "wrong password").status_code == 401


def test_refresh_gives_a_new_pair_for_the_same_device_only(any_city: CentralServer) -> None:
    tokens = any_city.login("ops", device_id="desk-1").json()
    url = f"{any_city.url}/api/v1/auth/refresh"
    other = requests.post(url, json={"refresh_token": tokens["refresh_token"], "device_id": "desk-2"}, timeout=10)
    assert other.status_code == 401
    fresh = requests.post(url, json={"refresh_token": tokens["refresh_token"], "device_id": "desk-1"}, timeout=10)
    assert fresh.status_code == 200
    new = fresh.json()
    assert new["access_token"] != tokens["access_token"] and new["refresh_token"] != tokens["refresh_token"]
    feed = requests.get(f"{any_city.url}/api/v1/changes", timeout=10,
                        headers={"Authorization": f"Bearer {new['access_token']}"})
    assert feed.status_code == 200


def test_a_refresh_token_is_not_an_access_token(city: CentralServer) -> None:
    tokens = city.login("ops").json()
    resp = requests.get(f"{city.url}/api/v1/changes", timeout=10,
                        headers={"Authorization": f"Bearer {tokens['refresh_token']}"})
    assert resp.status_code == 401


def test_a_replaced_refresh_token_expires_after_a_short_grace(city: CentralServer) -> None:
    tokens = city.login("ops", device_id="d").json()
    first = auth.refresh(city.storage, tokens["refresh_token"], "d")
    # a lost answer can be retried for a little while ...
    assert auth.refresh(city.storage, tokens["refresh_token"], "d").officer.id == first.officer.id
    # ... but not for long
    with pytest.raises(auth.AuthError):
        auth.refresh(city.storage, tokens["refresh_token"], "d", now=time.time() + auth.REFRESH_GRACE_SECONDS + 5)


def test_access_tokens_expire_after_fifteen_minutes(city: CentralServer) -> None:
    token = city.login("ops").json()["access_token"]
    assert auth.authenticate(city.storage, token).officer.username == "ops"
    with pytest.raises(auth.AuthError) as refused:
        auth.authenticate(city.storage, token, now=time.time() + 15 * 60 + 1)
    assert refused.value.code == "token_expired"


def test_disabling_an_officer_revokes_their_sessions(any_city: CentralServer) -> None:
    api = any_city.client("sup_s11", device_id="laptop")
    assert api.changes()["changes"]
    admin.disable_officer(any_city.storage, "sup_s11")
    assert api.get("/api/v1/changes").status_code in (401, 403)
    refreshed = requests.post(f"{any_city.url}/api/v1/auth/refresh", timeout=10,
                              json={"refresh_token": api.tokens["refresh_token"], "device_id": "laptop"})
    assert refreshed.status_code in (401, 403)
    again = any_city.login("sup_s11")  # answered like any failed sign-in
    assert again.status_code == 401 and again.json()["error"] == "invalid_credentials"


PROTECTED = [
    ("GET", "/api/v1/changes"),
    ("POST", "/api/v1/mutations"),
    ("GET", "/api/v1/stream"),
    ("POST", "/api/v1/readings"),
    ("PUT", "/api/v1/attachments/" + "0" * 64),
    ("GET", "/api/v1/attachments/" + "0" * 64),
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_every_endpoint_but_health_and_login_needs_a_token(central: CentralServer, method: str, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic b3BzOm9wcw=="}):
        resp = requests.request(method, central.url + path, headers=headers, timeout=10, json={})
        assert resp.status_code == 401, (headers, resp.text)
        assert resp.json()["error"] in ("unauthorized", "invalid_token")
    assert requests.get(central.url + "/api/v1/health", timeout=10).status_code == 200
    assert requests.get(central.url + "/api/v1/openapi.json", timeout=10).status_code == 200


# role -> (may post readings, may upload attachments, may report an incident in S11)
ROLE_MATRIX = {
    "admin": (True, True, True),
    "ops": (True, True, True),
    "ops_d1": (True, True, True),
    "sup_s11": (False, True, True),
    "sup_s21": (False, True, False),  # another street
    "cg": (False, True, True),  # an agency reports what its staff find anywhere
    "jt_liaison": (False, True, False),  # only inside their operations
    "leader": (False, False, False),  # read-only
    "analyst": (False, False, False),  # read-only
}


@pytest.mark.parametrize("username", sorted(ROLE_MATRIX))
def test_each_role_can_do_exactly_what_it_should(city: CentralServer, username: str) -> None:
    readings_ok, upload_ok, report_ok = ROLE_MATRIX[username]
    api = city.client(username)
    assert api.get("/api/v1/changes").status_code == 200
    with api.get("/api/v1/stream", stream=True, timeout=10) as stream:
        assert stream.status_code == 200
    readings = api.post("/api/v1/readings",
                        json={"readings": [{"indicator": "pm25", "at": RECENT, "value": 40}]})
    assert readings.status_code == (200 if readings_ok else 403)
    content = f"photo by {username}".encode()
    digest = hashlib.sha256(content).hexdigest()
    upload = api.put(f"/api/v1/attachments/{digest}", data=content)
    assert upload.status_code == (201 if upload_ok else 403)
    if upload_ok:
        assert api.get(f"/api/v1/attachments/{digest}").content == content
    result = api.mutate("incident.report", report_args())
    assert result["outcome"] == ("applied" if report_ok else "rejected"), result


def test_a_temporary_seat_ends_at_its_time(city: CentralServer) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    liaison = city.officers["jt_liaison"]
    admin.set_officer(city.storage, replace(liaison, scope_until=datetime.now(UTC) + timedelta(minutes=5)))
    api = city.client("jt_liaison")
    assert api.get("/api/v1/changes").status_code == 200
    with pytest.raises(auth.AuthError) as ended:
        auth.authenticate(city.storage, api.tokens["access_token"], now=time.time() + 10 * 60)
    assert "seat has ended" in ended.value.message
    admin.set_officer(city.storage, replace(liaison, scope_until=datetime.now(UTC) - timedelta(minutes=1)))
    assert api.get("/api/v1/changes").status_code == 403
    assert city.login("jt_liaison").json()["error"] == "invalid_credentials"


def test_login_attempts_are_audited(any_city: CentralServer) -> None:
    any_city.login("sw", "wrong password", device_id="kiosk")
    any_city.login("sw", device_id="kiosk")
    any_city.login("ghost", "x", device_id="kiosk")
    with any_city.storage.transaction() as tx:
        rows = tx.execute("SELECT username, officer_id, device_id, outcome FROM login_audit ORDER BY id")
    # the trail knows why; the answers did not tell
    assert rows == [("sw", "o-sw", "kiosk", "wrong_password"), ("sw", "o-sw", "kiosk", "ok"),
                    ("ghost", None, "kiosk", "unknown_user")]
