"""The refresh token lives in the keyring, per user, central service and device.

Every check goes through keyring's own API (`keyring.get_password`, `keyring.set_keyring`, its
backend selection from the environment), with a process-local backend in place of the OS keyring.
"""

import keyring
import keyring.backends.fail
import keyring.core
import pytest

from dispatch_desk.sync.credentials import MemoryKeyring, TokenVault

SERVICE = "dispatch-desk"


def test_tokens_are_kept_per_user_and_service_and_can_be_forgotten(memory_keyring):
    a = TokenVault(SERVICE, "http://127.0.0.1:1/")
    b = TokenVault(SERVICE, "http://127.0.0.1:2")
    assert a.save("zhang", "token-a") and b.save("zhang", "token-b")
    assert a.load("zhang") == "token-a" and b.load("zhang") == "token-b"
    a.forget("zhang")
    a.forget("zhang")  # forgetting twice is harmless
    assert a.load("zhang") is None and b.load("zhang") == "token-b"


def test_the_token_is_in_the_keyring_under_the_service_and_a_key_naming_user_server_and_device(memory_keyring):
    vault = TokenVault(SERVICE, "http://10.0.0.5:8765/", device_id="desk-7")
    assert vault.save("zhang", "token-1")
    assert keyring.get_password(SERVICE, "refresh:zhang@http://10.0.0.5:8765#desk-7") == "token-1"
    assert keyring.get_password("another-tool", "refresh:zhang@http://10.0.0.5:8765#desk-7") is None
    # another device on the same computer (another tool with its own id) never picks it up
    assert TokenVault(SERVICE, "http://10.0.0.5:8765", device_id="desk-8").load("zhang") is None
    vault.save("zhang", "token-2")  # a rotated token replaces the spent one
    assert vault.load("zhang") == "token-2"


def test_an_operator_password_set_with_the_keyring_tool_is_read(memory_keyring):
    keyring.set_password(SERVICE, "duty-desk", "s3cret")  # what `keyring set dispatch-desk duty-desk` does
    vault = TokenVault(SERVICE, "http://127.0.0.1:8765")
    assert vault.password("duty-desk") == "s3cret"
    assert vault.password("nobody") is None


def test_without_a_usable_keyring_the_session_is_not_remembered_and_nothing_fails():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # keyring's own "no backend available"
    try:
        vault = TokenVault(SERVICE, "http://127.0.0.1:8765", device_id="d")
        assert vault.save("zhang", "token") is False
        assert vault.load("zhang") is None
        assert vault.password("zhang") is None
        vault.forget("zhang")
    finally:
        keyring.set_keyring(previous)


def test_the_documented_environment_variable_selects_the_memory_backend(monkeypatch: pytest.MonkeyPatch):
    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "dispatch_desk.sync.credentials.MemoryKeyring")
    try:
        keyring.core.init_backend()
        assert isinstance(keyring.get_keyring(), MemoryKeyring)
        vault = TokenVault(SERVICE, "http://127.0.0.1:8765")
        assert vault.save("li", "t") and vault.load("li") == "t"
    finally:
        keyring.set_keyring(previous)
