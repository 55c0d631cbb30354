"""Officers' credentials and sessions: argon2 password hashes, lockout, opaque tokens stored hashed.

An access token lives 15 minutes; a refresh token is bound to the device it was issued to and is
rotated on use (the replaced one stays valid for a short grace period, so a refresh whose answer was
lost can be repeated). Disabling an officer revokes all their tokens.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dispatch_desk.domain import permissions
from dispatch_desk.domain.records import Officer

from . import ledger
from .storage import Storage, Tx

ACCESS_SECONDS = 15 * 60
REFRESH_SECONDS = 30 * 24 * 3600
REFRESH_GRACE_SECONDS = 120
MAX_FAILED_LOGINS = 5
LOCK_SECONDS = 10 * 60

_hasher = PasswordHasher()
# Verified against when the username is unknown, so that a wrong name costs as much as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")


class AuthError(Exception):
    """Refused authentication; `code` is the ErrorBody code and `status` the HTTP status."""

    def __init__(self, code: str, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Session:
    officer: Officer
    device_id: str


@dataclass(frozen=True)
class Issued:
    access_token: str
    refresh_token: str
    expires_in: int
    officer: Officer


def use_hasher(hasher: PasswordHasher) -> None:
    """Choose the argon2 parameters (tests use a cheap profile; production keeps the default)."""
    global _hasher, _DUMMY_HASH
    _hasher = hasher
    _DUMMY_HASH = hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def set_password(tx: Tx, officer: Officer, password_hash: str) -> None:
    tx.execute(
        "INSERT INTO credentials (officer_id, username, password_hash) VALUES (?, ?, ?) "
        "ON CONFLICT (officer_id) DO UPDATE SET username = excluded.username, "
        "password_hash = excluded.password_hash, failed_logins = 0, locked_until = 0",
        (officer.id, officer.username, password_hash),
    )


def login(storage: Storage, username: str, password: str, device_id: str, now: float | None = None) -> Issued:
    now = time.time() if now is None else now
    with storage.transaction(write=True) as tx:
        outcome = _check_password(tx, username, password, now)
        officer_id = tx.one("SELECT officer_id FROM credentials WHERE username = ?", (username,))
        tx.execute(
            "INSERT INTO login_audit (at, username, officer_id, device_id, outcome) VALUES (?, ?, ?, ?, ?)",
            (datetime.fromtimestamp(now, UTC).isoformat(), username[:64], officer_id[0] if officer_id else None,
             device_id, outcome.code if isinstance(outcome, AuthError) else "ok"),
        )
        if isinstance(outcome, AuthError):
            refused = outcome  # raised after the commit, so the failed-login count and the audit are kept
        else:
            return _issue(tx, outcome, device_id, now)
    raise refused


def _check_password(tx: Tx, username: str, password: str, now: float) -> Officer | AuthError:
    row = tx.one(
        "SELECT officer_id, password_hash, failed_logins, locked_until FROM credentials WHERE username = ?",
        (username,),
    )
    if row is None:
        _verify(_DUMMY_HASH, password)
        return AuthError("invalid_credentials", "Wrong username or password.")
    officer_id, password_hash, failed, locked_until = row
    if locked_until > now:
        minutes = max(1, round((locked_until - now) / 60))
        return AuthError(
            "account_locked",
            f"Too many failed logins: the account is locked for about {minutes} more minute(s).",
            403,
        )
    if not _verify(password_hash, password):
        failed = (0 if locked_until else failed) + 1
        lock = int(now + LOCK_SECONDS) if failed >= MAX_FAILED_LOGINS else 0
        tx.execute(
            "UPDATE credentials SET failed_logins = ?, locked_until = ? WHERE officer_id = ?",
            (0 if lock else failed, lock, officer_id),
        )
        if lock:
            return AuthError("account_locked", "Too many failed logins: the account is locked for ten minutes.", 403)
        return AuthError("invalid_credentials", "Wrong username or password.")
    officer = ledger.get(tx, Officer, officer_id)
    refusal = _inactive(officer, now)
    if refusal is not None:
        return refusal
    tx.execute("UPDATE credentials SET failed_logins = 0, locked_until = 0 WHERE officer_id = ?", (officer_id,))
    return officer


def refresh(storage: Storage, refresh_token: str, device_id: str, now: float | None = None) -> Issued:
    now = time.time() if now is None else now
    with storage.transaction(write=True) as tx:
        row = tx.one(
            "SELECT officer_id, device_id, expires_at, revoked_at FROM tokens WHERE token_hash = ? AND kind = ?",
            (_digest(refresh_token), "refresh"),
        )
        if row is None or row[2] <= now or (row[3] is not None and row[3] <= now):
            raise AuthError("invalid_token", "The session has expired; log in again.")
        officer_id, bound_device = row[0], row[1]
        if bound_device != device_id:
            raise AuthError("invalid_token", "This session belongs to another device; log in again.")
        officer = ledger.get(tx, Officer, officer_id)
        refusal = _inactive(officer, now)
        if refusal is not None:
            raise refusal
        assert officer is not None
        if row[3] is None:
            tx.execute(
                "UPDATE tokens SET revoked_at = ? WHERE token_hash = ?",
                (int(now + REFRESH_GRACE_SECONDS), _digest(refresh_token)),
            )
        return _issue(tx, officer, device_id, now)


def authenticate(storage: Storage, access_token: str, now: float | None = None) -> Session:
    now = time.time() if now is None else now
    with storage.transaction() as tx:
        row = tx.one(
            "SELECT officer_id, device_id, expires_at, revoked_at FROM tokens WHERE token_hash = ? AND kind = ?",
            (_digest(access_token), "access"),
        )
        if row is None or row[3] is not None:
            raise AuthError("invalid_token", "Not logged in, or the session was ended.")
        if row[2] <= now:
            raise AuthError("token_expired", "The access token has expired; refresh it.")
        officer = ledger.get(tx, Officer, row[0])
    refusal = _inactive(officer, now)
    if refusal is not None:
        raise refusal
    assert officer is not None
    return Session(officer, row[1])


def _inactive(officer: Officer | None, now: float) -> AuthError | None:
    """Disabled accounts and temporary seats past their end may not act or see anything."""
    if officer is None or not officer.active:
        return AuthError("account_disabled", "This account is disabled.", 403)
    if not permissions.is_active(officer, datetime.fromtimestamp(now, UTC)):
        return AuthError("account_disabled", "This temporary seat has ended.", 403)
    return None


def revoke_all(tx: Tx, officer_id: str, now: float | None = None) -> None:
    now = time.time() if now is None else now
    tx.execute(
        "UPDATE tokens SET revoked_at = ? WHERE officer_id = ? AND (revoked_at IS NULL OR revoked_at > ?)",
        (int(now), officer_id, int(now)),
    )


def _issue(tx: Tx, officer: Officer, device_id: str, now: float) -> Issued:
    access, refresh_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    tx.executemany(
        "INSERT INTO tokens (token_hash, kind, officer_id, device_id, expires_at) VALUES (?, ?, ?, ?, ?)",
        [
            (_digest(access), "access", officer.id, device_id, int(now + ACCESS_SECONDS)),
            (_digest(refresh_token), "refresh", officer.id, device_id, int(now + REFRESH_SECONDS)),
        ],
    )
    tx.execute("DELETE FROM tokens WHERE expires_at < ?", (int(now) - 3600,))
    return Issued(access, refresh_token, ACCESS_SECONDS, officer)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
