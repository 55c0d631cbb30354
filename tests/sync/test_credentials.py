"""The refresh token lives in the keyring, per user and per central service."""

import keyring

from dispatch_desk.sync.credentials import MemoryKeyring, TokenVault


def test_tokens_are_kept_per_user_and_service_and_can_be_forgotten(memory_keyring):
    a = TokenVault("dispatch-desk", "http://127.0.0.1:1/")
    b = TokenVault("dispatch-desk", "http://127.0.0.1:2")
    assert a.save("zhang", "token-a") and b.save("zhang", "token-b")
    assert a.load("zhang") == "token-a" and b.load("zhang") == "token-b"
    a.forget("zhang")
    a.forget("zhang")  # forgetting twice is harmless
    assert a.load("zhang") is None and b.load("zhang") == "token-b"


def test_the_memory_backend_is_what_keyring_uses_in_tests(memory_keyring):
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
