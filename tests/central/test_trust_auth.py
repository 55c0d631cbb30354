"""Sessions: one sign-in is one session, a replayed refresh token ends it, resets and disabling end
every session, tokens work only for their device; failed sign-ins are throttled, never told apart."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
import requests

from dispatch_desk.central import admin, auth
from tests.support.central import DEFAULT_PASSWORD, CentralServer


def _refresh(server: CentralServer, token: str, device: str = "test-device") -> requests.Response:
    return requests.post(f"{server.url}/api/v1/auth/refresh", timeout=10,
                         json={"refresh_token": token, "device_id": device})


def _works(server: CentralServer, access_token: str) -> bool:
    resp = requests.get(f"{server.url}/api/v1/changes", timeout=10, headers={"Authorization": f"Bearer {access_token}"})
    return resp.status_code == 200


def _live_refresh_tokens(server: CentralServer, officer_id: str) -> int:
    now = int(time.time())
    with server.storage.transaction() as tx:
        row = tx.one("SELECT COUNT(*) FROM tokens WHERE officer_id = ? AND kind = 'refresh' "
                     "AND (revoked_at IS NULL OR revoked_at > ?)", (officer_id, now))
    return int(row[0])


def test_repeating_a_refresh_within_the_grace_replaces_the_session_instead_of_adding_one(
    any_city: CentralServer,
) -> None:
    first = any_city.login("ops").json()
    second = _refresh(any_city, first["refresh_token"]).json()
    issued = [_refresh(any_city, first["refresh_token"]) for _ in range(5)]  # the answer was "lost" five times
    assert all(r.status_code == 200 for r in issued)
    last = issued[-1].json()
    # only the last pair works: the others were never used and have been replaced
    assert _works(any_city, last["access_token"])
    assert not _works(any_city, second["access_token"])
    assert _refresh(any_city, second["refresh_token"]).status_code == 401
    with any_city.storage.transaction() as tx:
        families = tx.execute("SELECT DISTINCT family FROM tokens WHERE officer_id = 'o-ops'")
    assert len(families) == 1


def test_reusing_a_rotated_refresh_token_revokes_the_whole_sign_in(any_city: CentralServer) -> None:
    first = any_city.login("ops").json()
    second = _refresh(any_city, first["refresh_token"]).json()
    third = _refresh(any_city, second["refresh_token"]).json()  # the successor was used: the first is spent
    assert _refresh(any_city, first["refresh_token"]).status_code == 401  # a replay of a stolen token
    assert not _works(any_city, third["access_token"])
    assert _refresh(any_city, third["refresh_token"]).status_code == 401
    assert _live_refresh_tokens(any_city, "o-ops") == 0
    assert any_city.login("ops").status_code == 200  # the officer signs in again


def test_reusing_a_refresh_token_after_the_grace_revokes_the_sign_in(city: CentralServer) -> None:
    first = city.login("ops").json()
    second = _refresh(city, first["refresh_token"]).json()
    later = time.time() + auth.REFRESH_GRACE_SECONDS + 5
    with pytest.raises(auth.AuthError):
        auth.refresh(city.storage, first["refresh_token"], "test-device", now=later)
    assert not _works(city, second["access_token"])
    assert _refresh(city, second["refresh_token"]).status_code == 401


@pytest.mark.parametrize("how", ["password_reset", "disabled"])
def test_a_password_reset_and_disabling_end_every_session(any_city: CentralServer, how: str) -> None:
    laptop, desk = any_city.client("cg", device_id="laptop"), any_city.client("cg", device_id="desk")
    officer = any_city.officers["cg"]
    if how == "password_reset":
        admin.create_officer(any_city.storage, officer, "a brand new password")
    else:
        admin.set_officer(any_city.storage, replace(officer, active=False))
    for api in (laptop, desk):
        assert api.get("/api/v1/changes").status_code in (401, 403)
        assert _refresh(any_city, api.tokens["refresh_token"], api.device_id).status_code in (401, 403)
    assert _live_refresh_tokens(any_city, officer.id) == 0


def test_signing_out_ends_the_sign_in(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    assert api.post("/api/v1/auth/logout").status_code == 204
    assert api.get("/api/v1/changes").status_code == 401
    assert _refresh(any_city, api.tokens["refresh_token"]).status_code == 401


def test_an_access_token_works_only_for_the_device_that_signed_in(any_city: CentralServer) -> None:
    api = any_city.client("ops", device_id="laptop-1")
    assert api.get("/api/v1/changes", headers={"X-Device-Id": "laptop-1"}).status_code == 200
    stolen = api.get("/api/v1/changes", headers={"X-Device-Id": "attacker"})
    assert stolen.status_code == 401 and stolen.json()["error"] == "invalid_token"
    assert _refresh(any_city, api.tokens["refresh_token"], "attacker").status_code == 401


def test_nobody_can_lock_an_account_by_failing_to_sign_in_as_it(any_city: CentralServer) -> None:
    for _ in range(40):  # an attacker from one address, far beyond the old five-failure lock
        assert any_city.login("admin", "guess").status_code == 401
    # the admin, from their own address, signs in at once
    issued = auth.login(any_city.storage, "admin", DEFAULT_PASSWORD, "admin-desk", client="10.20.30.40")
    assert issued.officer.username == "admin"
    # the attacker's address waits, and is told nothing more than for any failure
    assert any_city.login("admin").status_code == 401


def test_every_failed_sign_in_gets_the_same_answer(city: CentralServer) -> None:
    admin.set_officer(city.storage, replace(city.officers["sw"], active=False))
    answers = {
        "unknown user": city.login("nobody", "whatever"),
        "wrong password": city.login("cg", "wrong"),
        "disabled, right password": city.login("sw"),
        "disabled, wrong password": city.login("sw", "wrong"),
    }
    for _ in range(auth.THROTTLES[1][1]):
        city.login("ops", "wrong")
    answers["throttled, right password"] = city.login("ops")
    bodies = {name: (resp.status_code, resp.json()) for name, resp in answers.items()}
    assert len({repr(b) for b in bodies.values()}) == 1, bodies
    assert bodies["unknown user"][0] == 401
