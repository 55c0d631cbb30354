"""Signing in: device-bound login, the refresh token in the keyring, resuming online and offline."""

from __future__ import annotations

import pytest

from dispatch_desk.sync import AuthError, OfflineError
from dispatch_desk.sync.credentials import TokenVault
from tests.sync.conftest import PASSWORD, seed


def test_login_returns_the_officer_and_keeps_only_the_refresh_token_in_the_keyring(
    central, make_engine, tmp_path
):
    seed(central)
    engine = make_engine(central.url, "a")
    officer = engine.login("wang", PASSWORD)
    assert (officer.username, officer.name, officer.region) == ("wang", "王", "C")
    token = TokenVault("dispatch-desk", central.url, "device-a").load("wang")
    assert token and token != PASSWORD
    assert not any(token.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert engine.state().connection == "online"


def test_login_without_remember_leaves_nothing_to_resume(central, make_engine):
    seed(central)
    make_engine(central.url, "a").login("wang", PASSWORD, remember=False)
    assert make_engine(central.url, "a").resume("wang") is None


def test_wrong_password_is_an_auth_error_for_people(central, make_engine):
    seed(central)
    with pytest.raises(AuthError, match="(?i)password"):
        make_engine(central.url, "a").login("wang", "not the password")


def test_unreachable_central_is_an_offline_error(central, make_engine, proxy):
    seed(central)
    proxy.go_offline()
    with pytest.raises(OfflineError):
        make_engine(proxy.url, "a").login("wang", PASSWORD)


def test_resume_refreshes_the_session_online(central, make_engine):
    seed(central)
    make_engine(central.url, "a").login("wang", PASSWORD)
    again = make_engine(central.url, "a")
    assert again.resume("wang").username == "wang"
    again.sync_once()  # the refreshed access token works
    assert again.state().connection == "online"
    # refresh tokens rotate on use: the keyring holds the newest, so the next start resumes too
    assert make_engine(central.url, "a").resume("wang").username == "wang"


def test_resume_offline_returns_the_cached_officer_and_queues_work(central, make_engine, proxy):
    seed(central)
    first = make_engine(proxy.url, "a")
    first.login("wang", PASSWORD)
    first.sync_once()
    first.close()
    proxy.go_offline()
    engine = make_engine(proxy.url, "a")
    officer = engine.resume("wang")
    assert officer is not None and officer.username == "wang"
    assert engine.state().connection == "offline"
    with pytest.raises(OfflineError):
        engine.sync_once()
    assert engine.state().connection == "offline" and engine.state().last_error


def test_a_session_remembered_for_one_device_is_not_resumed_by_another(central, make_engine):
    seed(central)
    make_engine(central.url, "a").login("wang", PASSWORD)
    assert make_engine(central.url, "b").resume("wang") is None
    assert make_engine(central.url, "a").resume("wang") is not None  # and it was not spent or forgotten


def test_resume_of_another_user_offline_is_refused(central, make_engine, proxy):
    seed(central)
    make_engine(proxy.url, "a").login("wang", PASSWORD)
    proxy.go_offline()
    assert make_engine(proxy.url, "a").resume("zhao") is None
