"""api_keys of Open311 clients (citizen apps, 12345 systems): issued and revoked by the administrator.

A key is shown once, when it is issued; the database keeps its SHA-256 only (keys are 256 random
bits, so a plain digest cannot be reversed by guessing). Issuing and revoking are audited.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from . import audit
from .storage import Storage, Tx

PREFIX = "o311_"


class KeyError_(Exception):
    """A refused key command; the message is for the person at the console."""


@dataclass(frozen=True)
class ApiKey:
    id: str
    name: str
    created_at: str
    revoked_at: str | None


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "backslashreplace")).hexdigest()


def issue(storage: Storage, name: str) -> tuple[ApiKey, str]:
    """A new key for the client `name`; returns its record and the key itself (shown only now)."""
    name = name.strip()
    if not name or len(name) > 200:
        raise KeyError_("Name the client the key is for (at most 200 characters).")
    key = PREFIX + secrets.token_urlsafe(32)
    record = ApiKey(f"k-{uuid.uuid4().hex[:12]}", name, datetime.now(UTC).isoformat(), None)
    with storage.transaction(write=True) as tx:
        tx.execute("INSERT INTO open311_keys (id, key_hash, name, created_at) VALUES (?, ?, ?, ?)",
                   (record.id, digest(key), record.name, record.created_at))
        audit.record(tx, "admin.open311_key_issue", device_id="console", name=record.id, args={"name": name},
                     outcome="ok")
    return record, key


def revoke(storage: Storage, key_id: str) -> ApiKey:
    """Revoke a key at once: its next POST is refused with 403."""
    now = datetime.now(UTC).isoformat()
    with storage.transaction(write=True) as tx:
        row = tx.one("SELECT id, name, created_at, revoked_at FROM open311_keys WHERE id = ?", (key_id,))
        if row is None:
            raise KeyError_(f"No Open311 api_key {key_id!r}.")
        if row[3] is None:
            tx.execute("UPDATE open311_keys SET revoked_at = ? WHERE id = ?", (now, key_id))
        audit.record(tx, "admin.open311_key_revoke", device_id="console", name=key_id, args={"name": row[1]},
                     outcome="ok" if row[3] is None else "already_revoked")
    return ApiKey(row[0], row[1], row[2], row[3] or now)


def list_keys(storage: Storage) -> list[ApiKey]:
    with storage.transaction() as tx:
        rows = tx.execute("SELECT id, name, created_at, revoked_at FROM open311_keys ORDER BY created_at, id")
    return [ApiKey(*row) for row in rows]


def key_of(tx: Tx, key: str) -> ApiKey | None:
    """The valid (not revoked) key record of `key`, or None."""
    if not key or len(key) > 200:
        return None
    row = tx.one("SELECT id, name, created_at, revoked_at FROM open311_keys WHERE key_hash = ?", (digest(key),))
    if row is None or row[3] is not None:
        return None
    return ApiKey(*row)
