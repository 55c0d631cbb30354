"""Officers' credentials and sessions: argon2 password hashes, sign-in throttling, opaque tokens stored hashed.

An access token lives 15 minutes and works only for the device that signed in; a refresh token is
bound to the same device and is rotated on use. Every token of one sign-in shares a family:
- a refresh whose answer was lost may be repeated within a short grace, and then *replaces* the
  successor (which was never used) instead of adding a session: one sign-in is one live session;
- any other reuse of a rotated refresh token (after the grace, or once the successor was used) is a
  replay of a stolen token: the whole family is revoked and the officer signs in again.
Disabling an officer, changing their password, and signing out revoke their sessions.

Failed sign-ins are throttled, not locked: by client, by account from one client, and (more loosely)
by account, each with a growing wait once a few attempts have failed. Nobody can lock an account for
long from one address, and every failed sign-in - unknown user, wrong password, disabled account,
throttled attempt - gets the same answer.
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

from . import audit, ledger
from .storage import Storage, Tx

ACCESS_SECONDS = 15 * 60
REFRESH_SECONDS = 30 * 24 * 3600
REFRESH_GRACE_SECONDS = 120
# (key prefix, attempts that fail freely, longest wait in seconds); the wait doubles with each failure
THROTTLES = (
    ("client", 20, 15 * 60),  # one address, whatever the accounts it tries
    ("pair", 5, 15 * 60),  # one account from one address
    ("account", 50, 60),  # one account from everywhere: never more than a minute's wait
)
THROTTLE_FORGET_SECONDS = 24 * 3600  # a failure this old no longer counts
SIGN_IN_REFUSED = "Wrong username or password, or too many attempts; wait a moment and try again."

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
    expires_at: float = float("inf")  # when the access token expires (epoch seconds)
    family: str = ""


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


def set_password(tx: Tx, officer: Officer, password_hash: str) -> bool:
    """Set (or reset) an officer's password; a reset revokes every session. True when it was a reset."""
    known = tx.one("SELECT password_hash FROM credentials WHERE officer_id = ?", (officer.id,))
    tx.execute(
        "INSERT INTO credentials (officer_id, username, password_hash) VALUES (?, ?, ?) "
        "ON CONFLICT (officer_id) DO UPDATE SET username = excluded.username, "
        "password_hash = excluded.password_hash, failed_logins = 0, locked_until = 0",
        (officer.id, officer.username, password_hash),
    )
    if known is not None and known[0] != password_hash:
        revoke_all(tx, officer.id)
        return True
    return False


def _refused() -> AuthError:
    return AuthError("invalid_credentials", SIGN_IN_REFUSED)


def login(storage: Storage, username: str, password: str, device_id: str, now: float | None = None,
          client: str = "") -> Issued:
    now = time.time() if now is None else now
    keys = _throttle_keys(username, client)
    with storage.transaction(write=True) as tx:
        throttled = _throttled(tx, keys, now)
        if throttled:
            _verify(_DUMMY_HASH, password)  # the same work, so the answer's timing tells nothing either
            outcome: Officer | str = "throttled"
        else:
            outcome = _check_password(tx, username, password, now)
        officer_id = tx.one("SELECT officer_id FROM credentials WHERE username = ?", (username,))
        code = outcome if isinstance(outcome, str) else "ok"
        tx.execute(
            "INSERT INTO login_audit (at, username, officer_id, device_id, outcome) VALUES (?, ?, ?, ?, ?)",
            (datetime.fromtimestamp(now, UTC).isoformat(), audit.clean(username, 64),
             officer_id[0] if officer_id else None, audit.clean(device_id, 128), code),
        )
        audit.record(tx, "auth.login", officer_id=officer_id[0] if officer_id else "", device_id=device_id,
                     client=client, name=username, outcome=code, at=datetime.fromtimestamp(now, UTC))
        if isinstance(outcome, Officer):
            _forget_failures(tx, keys[1:2])  # this account from this client starts afresh
            return _issue(tx, outcome, device_id, now, secrets.token_hex(16))
        if outcome != "throttled":
            _count_failure(tx, keys, now)
    raise _refused()  # after the commit, so the failure count and the audit are kept


def _throttle_keys(username: str, client: str) -> list[str]:
    name = hashlib.sha256(username.encode("utf-8", "backslashreplace")).hexdigest()[:32]
    return [f"client:{client}", f"pair:{name}|{client}", f"account:{name}"]


def _wait(failures: int, free: int, longest: float) -> float:
    if failures < free:
        return 0.0
    return float(min(longest, 2 ** min(failures - free, 30)))


def _throttled(tx: Tx, keys: list[str], now: float) -> bool:
    marks = ", ".join("?" for _ in keys)
    rows = tx.execute(f"SELECT blocked_until FROM login_throttle WHERE key IN ({marks})", keys)
    return any(float(r[0]) > now for r in rows)


def _count_failure(tx: Tx, keys: list[str], now: float) -> None:
    for key, (_prefix, free, longest) in zip(keys, THROTTLES, strict=True):
        row = tx.one("SELECT failures, last_failure FROM login_throttle WHERE key = ?", (key,))
        failures = int(row[0]) if row and now - float(row[1]) < THROTTLE_FORGET_SECONDS else 0
        failures += 1
        tx.execute(
            "INSERT INTO login_throttle (key, failures, last_failure, blocked_until) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure, "
            "blocked_until = excluded.blocked_until",
            (key, failures, now, now + _wait(failures, free, longest)),
        )
    tx.execute("DELETE FROM login_throttle WHERE last_failure < ?", (now - THROTTLE_FORGET_SECONDS,))


def _forget_failures(tx: Tx, keys: list[str]) -> None:
    for key in keys:
        tx.execute("DELETE FROM login_throttle WHERE key = ?", (key,))


def _check_password(tx: Tx, username: str, password: str, now: float) -> Officer | str:
    """The officer, or why not (for the audit only: the caller answers every failure the same)."""
    row = tx.one("SELECT officer_id, password_hash FROM credentials WHERE username = ?", (username,))
    if row is None:
        _verify(_DUMMY_HASH, password)
        return "unknown_user"
    officer_id, password_hash = row
    if not _verify(password_hash, password):
        return "wrong_password"
    officer = ledger.get(tx, Officer, officer_id)
    if _inactive(officer, now) is not None:
        return "account_disabled"
    assert officer is not None
    return officer


def refresh(storage: Storage, refresh_token: str, device_id: str, now: float | None = None,
            client: str = "") -> Issued:
    now = time.time() if now is None else now
    with storage.transaction(write=True) as tx:
        outcome = _rotate(tx, refresh_token, device_id, now)
        officer_id = outcome.officer.id if isinstance(outcome, Issued) else ""
        if not officer_id:
            found = tx.one("SELECT officer_id FROM tokens WHERE token_hash = ?", (_digest(refresh_token),))
            officer_id = found[0] if found else ""
        audit.record(tx, "auth.refresh", officer_id=officer_id, device_id=device_id, client=client,
                     name="refresh", outcome="ok" if isinstance(outcome, Issued) else outcome.code,
                     reason="" if isinstance(outcome, Issued) else outcome.message,
                     at=datetime.fromtimestamp(now, UTC))
        if isinstance(outcome, Issued):
            return outcome
    raise outcome  # after the commit: a revoked family stays revoked


def _rotate(tx: Tx, refresh_token: str, device_id: str, now: float) -> Issued | AuthError:
    row = tx.one(
        "SELECT officer_id, device_id, expires_at, revoked_at, family, replaced_by FROM tokens "
        "WHERE token_hash = ? AND kind = ?",
        (_digest(refresh_token), "refresh"),
    )
    expired = AuthError("invalid_token", "The session has expired; log in again.")
    if row is None or row[2] <= now:
        return expired
    officer_id, bound_device, _expires, revoked_at, family, successor = row
    family = family or _digest(refresh_token)  # a token from before families: a family of its own
    if bound_device != device_id:
        return AuthError("invalid_token", "This session belongs to another device; log in again.")
    if revoked_at is not None:
        if successor is None or revoked_at <= now or _was_used(tx, successor):
            # a replay of a rotated token, or of one revoked: end the whole sign-in
            revoke_family(tx, family, now)
            return expired
        # a repeat within the grace whose answer was lost: the unused successor is replaced
        tx.execute("UPDATE tokens SET revoked_at = ? WHERE family = ? AND token_hash <> ? "
                   "AND (revoked_at IS NULL OR revoked_at > ?)", (int(now), family, _digest(refresh_token), int(now)))
    officer = ledger.get(tx, Officer, officer_id)
    refusal = _inactive(officer, now)
    if refusal is not None:
        return refusal
    assert officer is not None
    issued = _issue(tx, officer, device_id, now, family)
    tx.execute(
        "UPDATE tokens SET revoked_at = ?, replaced_by = ? WHERE token_hash = ?",
        (revoked_at if revoked_at is not None else int(now + REFRESH_GRACE_SECONDS),
         _digest(issued.refresh_token), _digest(refresh_token)),
    )
    return issued


def _was_used(tx: Tx, successor: str) -> bool:
    """Whether a successor refresh token was itself rotated (its holder had it, so the repeat is a replay)."""
    row = tx.one("SELECT replaced_by FROM tokens WHERE token_hash = ?", (successor,))
    return row is None or row[0] is not None


def revoke_family(tx: Tx, family: str, now: float | None = None) -> None:
    now = time.time() if now is None else min(now, time.time())  # revoked from now on, whatever the clock
    tx.execute(
        "UPDATE tokens SET revoked_at = ? WHERE family = ? AND (revoked_at IS NULL OR revoked_at > ?)",
        (int(now), family, int(now)),
    )
    tx.sessions_changed = True


def logout(storage: Storage, session: Session, client: str = "") -> None:
    """End the sign-in of `session`: every token of its family."""
    with storage.transaction(write=True) as tx:
        if session.family:
            revoke_family(tx, session.family)
        audit.record(tx, "auth.logout", officer_id=session.officer.id, device_id=session.device_id,
                     client=client, name="logout", outcome="ok")


def authenticate(storage: Storage, access_token: str, now: float | None = None) -> Session:
    now = time.time() if now is None else now
    with storage.transaction() as tx:
        row = tx.one(
            "SELECT officer_id, device_id, expires_at, revoked_at, family FROM tokens "
            "WHERE token_hash = ? AND kind = ?",
            (_digest(access_token), "access"),
        )
        if row is None or (row[3] is not None and row[3] <= now):
            raise AuthError("invalid_token", "Not logged in, or the session was ended.")
        if row[2] <= now:
            raise AuthError("token_expired", "The access token has expired; refresh it.")
        officer = ledger.get(tx, Officer, row[0])
    refusal = _inactive(officer, now)
    if refusal is not None:
        raise refusal
    assert officer is not None
    return Session(officer, row[1], float(row[2]), row[4] or "")


def _inactive(officer: Officer | None, now: float) -> AuthError | None:
    """Disabled accounts and temporary seats past their end may not act or see anything."""
    if officer is None or not officer.active:
        return AuthError("account_disabled", "This account is disabled.", 403)
    if not permissions.is_active(officer, datetime.fromtimestamp(now, UTC)):
        return AuthError("account_disabled", "This temporary seat has ended.", 403)
    return None


def revoke_all(tx: Tx, officer_id: str, now: float | None = None) -> None:
    now = time.time() if now is None else min(now, time.time())
    tx.execute(
        "UPDATE tokens SET revoked_at = ? WHERE officer_id = ? AND (revoked_at IS NULL OR revoked_at > ?)",
        (int(now), officer_id, int(now)),
    )
    tx.sessions_changed = True


def _issue(tx: Tx, officer: Officer, device_id: str, now: float, family: str) -> Issued:
    access, refresh_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    tx.executemany(
        "INSERT INTO tokens (token_hash, kind, officer_id, device_id, expires_at, family) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (_digest(access), "access", officer.id, device_id, int(now + ACCESS_SECONDS), family),
            (_digest(refresh_token), "refresh", officer.id, device_id, int(now + REFRESH_SECONDS), family),
        ],
    )
    tx.execute("DELETE FROM tokens WHERE expires_at < ?", (int(now) - 3600,))
    return Issued(access, refresh_token, ACCESS_SECONDS, officer)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
