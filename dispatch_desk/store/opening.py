"""Opening the cache file: connection settings, the integrity check, and recovery from a damaged file.

A damaged cache is never thrown away: at open it is renamed beside itself (`cache.db.damaged-<time>`,
with its -wal/-shm files), a fresh cache is created, and what cannot be fetched again from the central
service is copied over as far as it can still be read (`salvage`):
- the unsent outbox, and for each of its mutations the rows it wrote optimistically (so the officer's
  pending reports and actions show at once, marked pending, before any sync), their pending marks and
  the server versions kept aside (shadows);
- the conflicts, open or resolved: what the officer meant to do and why it was refused;
- the photos and documents the central service has not confirmed yet (each checked against its
  SHA-256), so that a salvaged mutation that names them is not sent without them;
- the settings.
Everything else comes back with the next sync, which starts from the beginning of the feed. What was
recovered is recorded in the fresh cache (setting `RECOVERY_SETTING`) for the desk to tell the officer.

Damage found while the desk runs (`Store.verify`) cannot wait for the next start: every write first
looks for the rebuild marker, and the cache is rebuilt in place (`rebuild_in_place`): the damaged
files are copied aside, a fresh cache with the salvage is built beside them and copied over the live
file with SQLite's backup API in one write transaction, so the connections that other threads hold
read the fresh content from their next statement on, and no write lands in the damaged file.

An encrypted cache (crypto.py) goes the same way with its key: checked, salvaged, moved aside and
created afresh, encrypted with the same key (so the file set aside stays readable). A key that opens
no page of the file is a wrong key, not damage: the open fails and nothing is moved.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dispatch_desk.store import crypto
from dispatch_desk.store import incident_rows as ir
from dispatch_desk.store.crypto import DATABASE_ERROR, DB_ERROR
from dispatch_desk.store.migrations import migrate
from dispatch_desk.store.writes import RowWriter

log = logging.getLogger("dispatch_desk.store")


def connect(path: Path, key: str | None = None) -> sqlite3.Connection:
    """A connection with the cache's settings. Autocommit mode: transactions are explicit BEGINs.
    With a key, an SQLCipher connection (crypto.py); without, plain sqlite3."""
    conn = crypto.connect(path, key, isolation_level=None, timeout=10.0)
    try:
        conn.execute("PRAGMA journal_mode = WAL")  # the first read: a file that is no database fails here
        # NORMAL is durable across application crashes in WAL mode; the outbox raises it to FULL for
        # its own commits so a staged mutation also survives a power cut.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the hot queue indexes of a 1M cache fit
        # PRAGMA optimize (at close) may run ANALYZE; a sampling limit keeps that to milliseconds.
        conn.execute("PRAGMA analysis_limit = 1000")
    except BaseException:
        conn.close()  # nothing is left open by a file that is no cache
        raise
    return conn


# A full integrity_check reads every page: one to three seconds per 100 MB on the reference machine,
# too slow to wait for at every start of a big cache (a street's laptop cache stays well below).
# Larger files get a full check of what cannot be fetched again (outbox, settings and the rest of the
# bookkeeping) at open, and the complete check runs later through Store.verify(), off the UI thread:
# first the incident table and its indexes (what the first screens read), then every page. Damage it
# finds is marked (rebuild_marker) and the cache rebuilt at once, in place; until then every write
# waits for that rebuild instead of going into the damaged file.
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


def check(
    path: Path, *, full: bool | None = None, key: str | None = None, tables: Sequence[str] | None = None
) -> str | None:
    """None when the file is a healthy SQLite database (or absent), else what is wrong with it.
    full=None: a complete check for files up to FULL_CHECK_BYTES, the critical tables beyond.
    tables: only these tables and their indexes (full is then ignored).
    An encrypted file is checked with its key (pages' authentication codes too); raises
    crypto.KeyRejected when the key opens none of its pages."""
    if not path.exists():
        return None
    marker = rebuild_marker(path)
    if marker.exists():
        return marker.read_text(encoding="utf-8") or "marked for rebuild"
    if full is None:
        full = path.stat().st_size <= FULL_CHECK_BYTES
    if tables is not None:
        full = False
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
                    for table in (CRITICAL_TABLES if tables is None else tables)
                    if table in have
                    for row in conn.execute(f"PRAGMA integrity_check({table})").fetchall()
                ]
        finally:
            conn.close()
    except DATABASE_ERROR as exc:
        return str(exc)
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems[:5]) if problems else None


RECOVERY_SETTING = "store.recovery"  # what the last rebuild kept: see Salvage.summary()
# Settings that describe the physical state of the damaged file, not the officer's choices.
_NOT_SALVAGED = ("store.deferred_indexes", RECOVERY_SETTING)


class CacheDamaged(RuntimeError):
    """The cache is known to be damaged and could not be rebuilt while the desk runs: nothing is
    written into it; the next start rebuilds it (keeping what `salvage` keeps)."""


@dataclass
class Salvage:
    outbox: list[tuple[Any, ...]] = field(default_factory=list)  # (id, name, args, client_time, staged_at)
    settings: list[tuple[Any, ...]] = field(default_factory=list)  # (key, value)
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # column -> value
    attachments: list[tuple[Any, ...]] = field(default_factory=list)  # (sha256, mime, size, data, created_at)
    pending: list[tuple[Any, ...]] = field(default_factory=list)  # (mutation_id, entity, key)
    shadows: list[tuple[Any, ...]] = field(default_factory=list)  # (entity, key, data, seq)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # (entity, key, data or None): optimistic rows
    lost_rows: int = 0  # optimistic rows that could not be read (they come back with the sync)
    lost_attachments: int = 0  # unconfirmed attachments unreadable or not matching their hash
    unreadable: list[str] = field(default_factory=list)  # tables read only in part, or not at all

    def summary(self, moved_to: Path | str, problem: str) -> dict[str, Any]:
        return {
            "damaged_file": str(moved_to),
            "problem": problem[:500],
            "at": datetime.now(UTC).isoformat(),
            "outbox": len(self.outbox),
            "conflicts": sum(1 for c in self.conflicts if c.get("resolved_at") is None),
            "attachments": len(self.attachments),
            "rows": sum(1 for r in self.rows if r[2] is not None),
            "lost_rows": self.lost_rows,
            "lost_attachments": self.lost_attachments,
            "settings": len(self.settings),
            "unreadable": list(self.unreadable),
        }


def _read_all(conn: sqlite3.Connection, sql: str, failed: list[str], table: str) -> list[tuple[Any, ...]]:
    """All rows of a query, or as many as could be read before a damaged page (then `table` is
    noted in `failed`)."""
    try:
        return conn.execute(sql).fetchall()
    except DATABASE_ERROR:
        failed.append(table)
        out: list[tuple[Any, ...]] = []
        try:
            cursor = conn.execute(sql)
            while (row := cursor.fetchone()) is not None:
                out.append(row)
        except DATABASE_ERROR:
            pass
        return out


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    except DATABASE_ERROR:
        return []


def _read_row(
    conn: sqlite3.Connection, writer: RowWriter | None, entity: str, key: str
) -> tuple[bool, dict[str, Any] | None]:
    """(readable, the visible row) of a damaged cache; an incident whose index is damaged is looked
    for by a scan of its table."""
    if writer is not None:
        try:
            return True, writer.read(entity, key)
        except DATABASE_ERROR + (KeyError, ValueError):
            pass
    if entity == "incident":
        try:
            row = conn.execute(
                f"SELECT {', '.join(ir.COLUMNS)} FROM incident NOT INDEXED WHERE id = ?", (key,)
            ).fetchone()
            return True, None if row is None else ir.wire_from_row(row)
        except DATABASE_ERROR + (ValueError,):
            pass
    return False, None


def salvage(path: Path, key: str | None = None) -> Salvage:
    """What can still be read of a damaged cache that the central service cannot give back: the
    outbox with its optimistic rows, the conflicts, the unconfirmed attachments and the settings."""
    found = Salvage()
    try:
        conn = crypto.connect(f"file:{path}?mode=ro", key, uri=True)
    except DATABASE_ERROR:
        found.unreadable.append("file")
        return found
    failed = found.unreadable
    try:
        found.outbox = _read_all(
            conn, "SELECT id, name, args, client_time, staged_at FROM outbox ORDER BY seq", failed, "outbox"
        )
        found.settings = [
            r for r in _read_all(conn, "SELECT key, value FROM setting", failed, "setting")
            if r[0] not in _NOT_SALVAGED
        ]  # fmt: skip
        columns = _columns(conn, "conflict")
        if not columns:
            failed.append("conflict")
        else:
            found.conflicts = [
                dict(zip(columns, r, strict=True))
                for r in _read_all(conn, f"SELECT {', '.join(columns)} FROM conflict", failed, "conflict")
            ]
        for sha256, mime, data, created_at in _read_all(
            conn, "SELECT sha256, mime, data, created_at FROM attachment WHERE confirmed_at IS NULL",
            failed, "attachment",
        ):
            if data is not None and hashlib.sha256(bytes(data)).hexdigest() == sha256:
                found.attachments.append((sha256, mime, len(data), bytes(data), created_at))
            else:
                found.lost_attachments += 1
        unsent = {r[0] for r in found.outbox}
        found.pending = [
            r for r in _read_all(conn, "SELECT mutation_id, entity, key FROM pending_write", failed, "pending_write")
            if r[0] in unsent
        ]  # fmt: skip
        rows = dict.fromkeys((entity, key) for _, entity, key in found.pending)
        found.shadows = [
            r for r in _read_all(conn, "SELECT entity, key, data, seq FROM shadow", failed, "shadow")
            if (r[0], r[1]) in rows
        ]  # fmt: skip
        try:
            writer: RowWriter | None = RowWriter(conn)
        except DATABASE_ERROR:
            writer = None
        for entity, key in rows:
            readable, data = _read_row(conn, writer, entity, key)
            if readable:
                found.rows.append((entity, key, data))
            else:
                found.lost_rows += 1
    finally:
        conn.close()
    return found


def restore(conn: sqlite3.Connection, rescued: Salvage, summary: dict[str, Any] | None) -> None:
    """Write the salvage into a fresh, migrated cache, in one transaction: the outbox before the
    rows that name it, the optimistic rows marked pending, their shadows as they were kept."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "INSERT OR IGNORE INTO outbox (id, name, args, client_time, staged_at) VALUES (?, ?, ?, ?, ?)",
            rescued.outbox,
        )
        conn.executemany("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", rescued.settings)
        fresh = set(_columns(conn, "conflict"))
        for row in rescued.conflicts:
            kept = {k: v for k, v in row.items() if k in fresh}
            conn.execute(
                f"INSERT OR IGNORE INTO conflict ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})",
                tuple(kept.values()),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO attachment (sha256, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?)",
            rescued.attachments,
        )
        writer = RowWriter(conn)
        for entity, key, data in rescued.rows:
            writer.put(entity, [(key, data)], pending=1)
        conn.executemany(
            "INSERT OR IGNORE INTO shadow (entity, key, data, seq) VALUES (?, ?, ?, ?)", rescued.shadows
        )
        # a row whose server version was not readable: the first sync brings it into the shadow
        conn.executemany(
            "INSERT OR IGNORE INTO shadow (entity, key, data, seq) VALUES (?, ?, NULL, NULL)",
            [(entity, key) for entity, key, _ in rescued.rows],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO pending_write (mutation_id, entity, key) VALUES (?, ?, ?)", rescued.pending
        )
        if summary is not None:
            conn.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                (RECOVERY_SETTING, json.dumps(summary, ensure_ascii=False)),
            )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _log_rebuilt(path: Path, problem: str, moved_to: Path, rescued: Salvage) -> None:
    log.error(
        "The local cache %s was damaged (%s). It was moved to %s and a fresh cache is created; "
        "%d unsent change(s) with %d optimistic row(s), %d conflict(s), %d unsent attachment(s) and "
        "%d setting(s) were rescued (%d row(s) and %d attachment(s) were unreadable); the rest comes "
        "back with the next sync.",
        path, problem, moved_to, len(rescued.outbox), len(rescued.rows), len(rescued.conflicts),
        len(rescued.attachments), len(rescued.settings), rescued.lost_rows, rescued.lost_attachments,
    )  # fmt: skip


def _aside_name(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    return target


def move_aside(path: Path) -> Path:
    target = _aside_name(path)
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
        _log_rebuilt(path, problem, recovered_from, rescued)
    elif key is not None and plain_file and path.exists() and path.stat().st_size:
        try:
            crypto.convert(path, key)
        except (crypto.CacheKeyError, OSError) + crypto.DB_ERROR as exc:
            log.error("The local cache %s could not be encrypted (%s); it stays as it was, and this is "
                      "tried again at the next start.", path, exc)
            key = None
    conn = connect(path, key)
    try:
        migrate(conn)
        if recovered_from is not None:
            restore(conn, rescued, rescued.summary(recovered_from, problem or ""))
    except BaseException:
        conn.close()  # a file that is no cache (or cannot be migrated) leaves no connection behind
        raise
    return conn, recovered_from


_rebuilding: dict[Path, threading.Lock] = {}
_rebuilding_lock = threading.Lock()


def _rebuild_lock(path: Path) -> threading.Lock:
    with _rebuilding_lock:
        return _rebuilding.setdefault(path.resolve(), threading.Lock())


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def rebuild_in_place(path: Path, conn: sqlite3.Connection) -> dict[str, Any] | None:
    """Rebuild the cache at `path`, marked damaged (rebuild_marker), while connections to it are
    open; `conn` is one of them, not inside a transaction. Returns the summary of what was kept, or
    None when the marker was gone (another connection of this process rebuilt it first). Raises
    CacheDamaged when the cache could not be rebuilt: the marker stays, nothing was written.

    Every write transaction of a Store looks for the marker once it holds the write lock, and comes
    here instead of writing; so once this takes the write lock (waiting for a write in progress to
    commit), nothing more is written into the damaged file, and the salvage read after that misses
    nothing that was acknowledged."""
    marker = rebuild_marker(path)
    with _rebuild_lock(path):
        if not marker.exists():
            return None
        problem = marker.read_text(encoding="utf-8") or "marked for rebuild"
        key = None if crypto.is_plain_file(path) else _key_of(path, None)
        scratch = path.with_name(path.name + ".rebuilding")
        try:
            holder = crypto.connect(path, key, isolation_level=None, timeout=30.0)
            try:
                holder.execute("BEGIN IMMEDIATE")  # the writes in progress commit; no new one starts
                moved_to = _aside_name(path)
                for suffix in ("", "-wal"):
                    side = path.with_name(path.name + suffix)
                    if side.exists():
                        shutil.copyfile(side, moved_to.with_name(moved_to.name + suffix))
                rescued = salvage(path, key)
            finally:
                holder.close()  # ends the transaction: later writers find the marker and wait here
            summary = rescued.summary(moved_to, problem)
            _remove_files(scratch)
            fresh = connect(scratch, key)
            try:
                migrate(fresh)
                restore(fresh, rescued, summary)
                fresh.backup(conn)  # the live file becomes the fresh cache, in one write transaction
            finally:
                fresh.close()
            _remove_files(scratch)
        except (OSError,) + DB_ERROR as exc:
            log.error("The damaged local cache %s could not be rebuilt while the desk runs (%s); nothing "
                      "more is written into it, and it is rebuilt at the next start.", path, exc)
            raise CacheDamaged(
                "The local cache is damaged and could not be rebuilt now; restart the desk to rebuild it "
                "(unsent changes are kept)."
            ) from exc
        marker.unlink(missing_ok=True)
        _log_rebuilt(path, problem, moved_to, rescued)
        return summary
