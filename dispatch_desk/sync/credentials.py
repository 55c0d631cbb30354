"""Where the client keeps the refresh token and the offline password verifier: the OS keyring, never a
plain file.

`MemoryKeyring` is a process-local backend for tests and headless runs; select it with
`keyring.set_keyring(MemoryKeyring())` or `PYTHON_KEYRING_BACKEND=dispatch_desk.sync.credentials.MemoryKeyring`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import secrets

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)
DEFAULT_SERVICE = "dispatch-desk"  # the keyring service of the desk's secrets


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets kept in this process only; gone when it exits."""

    priority = 0.1  # never chosen on its own over a real keyring

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's KeyringBackend.__init__ is unannotated
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class TokenVault:
    """The refresh token of one user of one central service on one device, in the keyring.

    The server binds a refresh token to the device it was issued to, so the device is part of the
    key: another tool on the same machine with its own device id never picks up (and spends) it.
    """

    def __init__(self, service: str, central_url: str, device_id: str = "") -> None:
        self.service = service
        self.central_url = central_url.rstrip("/")
        self.device_id = device_id

    def _key(self, username: str) -> str:
        return f"refresh:{username}@{self.central_url}#{self.device_id}"

    def load(self, username: str) -> str | None:
        try:
            return keyring.get_password(self.service, self._key(username))
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable, cannot resume the session: %s", exc)
            return None

    def save(self, username: str, token: str) -> bool:
        """False when no keyring is available: the session then lives only as long as the process."""
        try:
            keyring.set_password(self.service, self._key(username), token)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable, the session will not be remembered: %s", exc)
            return False
        return True

    def forget(self, username: str) -> None:
        # nothing stored, or no keyring: nothing to forget
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(self.service, self._key(username))

    def password(self, username: str) -> str | None:
        """A password an operator stored for headless runs (`keyring set <service> <user>`)."""
        try:
            return keyring.get_password(self.service, username)
        except keyring.errors.KeyringError:
            return None


class PasswordVerifier:
    """What unlocks a locked desk while the central service cannot be reached: a scrypt hash of the
    officer's password (random salt), kept in the keyring at sign-in. Never the password itself."""

    N, R, P = 2**14, 8, 1  # about 16 MiB and tens of milliseconds per check

    def __init__(self, service: str, central_url: str) -> None:
        self.service = service
        self.central_url = central_url.rstrip("/")

    def _key(self, username: str) -> str:
        return f"verifier:{username}@{self.central_url}"

    @classmethod
    def _hash(cls, password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 1024 * 1024)

    def remember(self, username: str, password: str) -> bool:
        salt = secrets.token_bytes(16)
        digest = self._hash(password, salt, self.N, self.R, self.P)
        value = f"scrypt${self.N}${self.R}${self.P}${salt.hex()}${digest.hex()}"
        try:
            keyring.set_password(self.service, self._key(username), value)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable, the desk cannot be unlocked offline: %s", exc)
            return False
        return True

    def check(self, username: str, password: str) -> bool | None:
        """Whether `password` is the one remembered; None when nothing is remembered (or no keyring)."""
        try:
            value = keyring.get_password(self.service, self._key(username))
        except keyring.errors.KeyringError:
            return None
        try:
            kind, n, r, p, salt, digest = (value or "").split("$")
            if kind != "scrypt":
                return None
            got = self._hash(password, bytes.fromhex(salt), int(n), int(r), int(p))
        except ValueError:
            return None
        return hmac.compare_digest(got, bytes.fromhex(digest))

    def forget(self, username: str) -> None:
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(self.service, self._key(username))
