"""Opening the cache file: connection settings, the integrity check, and recovery from a damaged file.

A damaged cache is never overwritten: it is renamed beside itself (`cache.db.damaged-<time>`, with
its -wal/-shm files), a fresh cache is created, and what cannot be fetched again from the central
service — the unsent outbox and the settings — is copied over when it can still be read.
Everything else comes back with the next sync.

An encrypted cache (crypto.py) goes the same way with its key: checked, salvaged, moved aside and
created afresh, encrypted with the same key (so the file set aside stays readable). A key that opens
no page of the file is a wrong key, not damage: the open fails and nothing is moved.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dispatch_desk.store import crypto
from dispatch_desk.store.crypto import DATABASE_ERROR
from dispatch_desk.store.migrations import migrate

log = logging.getLogger("dispatch_desk.store")


def connect(path: Path, key: str | None = None) -> sqlite3.Connection:
    """A connection with the cache's settings. Autocommit mode: transactions are explicit BEGINs.
    With a key, an SQLCipher connection (crypto.py); without, plain sqlite3."""
    conn = crypto.connect(path, key, isolation_level=None, timeout=10.0)
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode; the outbox raises it to FULL for
    # its own commits so a staged mutation also survives a power cut.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the hot queue indexes of a 1M cache fit
    # PRAGMA optimize (at close) may run ANALYZE; a sampling limit keeps that to milliseconds.
    conn.execute("PRAGMA analysis_limit = 1000")
    return conn


# A full integrity_check reads every page: one to three seconds per 100 MB on the reference machine,
# too slow to wait for at every start of a big cache (a street's laptop cache stays well below). Larger files get a full check of what cannot be fetched
# again (outbox, settings and the rest of the bookkeeping) at open, and the complete check runs
# later through Store.verify(), off the UI thread; damage it finds is marked for the next start.
FULL_CHECK_BYTES = 32 * 1024 * 1024
CRITICAL_TABLES = (
    "schema_migration",
    "sync_cursor",
    "setting",
    "outbox",
    "pending_write",
    "shadow",
    "conflict",
)


def rebuild_marker(path: Path) -> Path:
    return path.with_name(path.name + ".needs-rebuild")


def _key_of(path: Path, key: str | None) -> str | None:
    """The given key, else the one an encrypted file was opened with in this process (or the keyring's)."""
    if key is None and path.exists() and not crypto.is_plain_file(path):
        return crypto.wanted_key(path, fresh=False)
    return key


def check(path: Path, *, full: bool | None = None, key: str | None = None) -> str | None:
    """None when the file is a healthy SQLite database (or absent), else what is wrong with it.
    full=None: a complete check for files up to FULL_CHECK_BYTES, the critical tables beyond.
    An encrypted file is checked with its key (pages' authentication codes too); raises
    crypto.KeyRejected when the key opens none of its pages."""
    if not path.exists():
        return None
    marker = rebuild_marker(path)
    if marker.exists():
        return marker.read_text(encoding="utf-8") or "marked for rebuild"
    if full is None:
        full = path.stat().st_size <= FULL_CHECK_BYTES
    key = _key_of(path, key) if not crypto.is_plain_file(path) else None
    if key is not None and not crypto.key_fits(path, key):
        raise crypto.KeyRejected(
            f"The key in this computer's keyring does not open the local cache {path}; it was left as it is."
        )
    try:
        conn = crypto.connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            if full:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                if key is not None:
                    rows += conn.execute("PRAGMA cipher_integrity_check").fetchall()
            else:
                have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                rows = [
                    row
                    for table in CRITICAL_TABLES
                    if table in have
                    for row in conn.execute(f"PRAGMA integrity_check({table})").fetchall()
                ]
        finally:
            conn.close()
    except DATABASE_ERROR as exc:
        return str(exc)
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems[:5]) if problems else None


@dataclass
class Salvage:
    outbox: list[tuple] = field(default_factory=list)  # (id, name, args, client_time, staged_at)
    settings: list[tuple] = field(default_factory=list)  # (key, value)


def salvage(path: Path, key: str | None = None) -> Salvage:
    """What can still be read of the outbox and the settings of a damaged cache."""
    found = Salvage()
    try:
        conn = crypto.connect(f"file:{path}?mode=ro", key, uri=True)
    except DATABASE_ERROR:
        return found
    try:
        for table, columns, target in (
            ("outbox", "id, name, args, client_time, staged_at", found.outbox),
            ("setting", "key, value", found.settings),
        ):
            order = " ORDER BY seq" if table == "outbox" else ""
            try:
                target.extend(conn.execute(f"SELECT {columns} FROM {table}{order}"))
            except DATABASE_ERROR:
                # A damaged page in the middle: fall back to row by row from the start of the table.
                try:
                    cursor = conn.execute(f"SELECT {columns} FROM {table}{order}")
                    while (row := cursor.fetchone()) is not None:
                        target.append(row)
                except DATABASE_ERROR:
                    pass
    finally:
        conn.close()
    return found


def move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target


def open_checked(path: Path, *, check_integrity: bool = True) -> tuple[sqlite3.Connection, Path | None]:
    """Connect to the cache at `path`, migrated to the current schema. Returns the connection and,
    when the file was damaged, where it was moved. The checked open also encrypts a plain cache whose
    encryption was turned on (crypto.py); an encrypted one without its key raises crypto.CacheKeyError
    and changes nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = crypto.wanted_key(path, fresh=check_integrity)
    plain_file = key is None or crypto.is_plain_file(path)
    problem = check(path, key=None if plain_file else key) if check_integrity else None
    recovered_from = None
    rescued = Salvage()
    if problem is not None:
        rescued = salvage(path, None if plain_file else key)
        recovered_from = move_aside(path)
        rebuild_marker(path).unlink(missing_ok=True)
        log.error(
            "The local cache %s was damaged (%s). It was moved to %s and a fresh cache is created; "
            "%d unsent change(s) and %d setting(s) were rescued, the rest comes back with the next sync.",
            path, problem, recovered_from, len(rescued.outbox), len(rescued.settings),
        )  # fmt: skip
    elif key is not None and plain_file and path.exists() and path.stat().st_size:
        try:
            crypto.convert(path, key)
        except (crypto.CacheKeyError, OSError, *crypto.DB_ERROR) as exc:
            log.error("The local cache %s could not be encrypted (%s); it stays as it was, and this is "
                      "tried again at the next start.", path, exc)
            key = None
    conn = connect(path, key)
    migrate(conn)
    if rescued.outbox or rescued.settings:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT OR IGNORE INTO outbox (id, name, args, client_time, staged_at) VALUES (?, ?, ?, ?, ?)",
            rescued.outbox,
        )
        conn.executemany("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", rescued.settings)
        conn.execute("COMMIT")
    return conn, recovered_from
