"""Schema migrations of the cache: the numbered SQL files of local_db/, applied in order.

Each file runs in its own transaction together with its row in `schema_migration`, so a cache is
always at exactly one version, and opening an older cache upgrades it.

Where the files are found: in a checkout, the top-level `local_db/` directory (the one source).
A wheel or a frozen build has no checkout; their builds copy `local_db/` into the package as
`dispatch_desk/local_db/` (setup.py, installers/dispatch-desk.spec), which is looked at next.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_PACKAGE = Path(__file__).resolve().parents[1]
CHECKOUT_DIR = _PACKAGE.parent / "local_db"
INSTALLED_DIR = _PACKAGE / "local_db"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """All migrations, oldest first, from the checkout if there is one, else from the installed package."""
    if CHECKOUT_DIR.is_dir() and (CHECKOUT_DIR.parent / "pyproject.toml").is_file():
        folder = CHECKOUT_DIR
    elif INSTALLED_DIR.is_dir():
        folder = INSTALLED_DIR
    else:
        raise RuntimeError(f"no cache migrations: neither {CHECKOUT_DIR} nor {INSTALLED_DIR} exists")
    files = [(p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir()]
    found = []
    for name, sql in files:
        match = _NAME.match(name)
        if match:
            found.append(Migration(int(match.group(1)), name, sql))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"local_db migrations must be numbered 0001.. without gaps, found {versions}")
    return found


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"
    ).fetchone()
    if not exists:
        return 0
    version: int = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migration").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply the migrations newer than the cache's version (up to `upto`); returns those applied.

    The connection must be in autocommit mode (isolation_level=None): each migration is wrapped in
    its own BEGIN IMMEDIATE ... COMMIT here.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migration "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    have = current_version(conn)
    migrations = available()
    if have > len(migrations):
        raise RuntimeError(
            f"the cache has schema version {have}, newer than this program knows ({len(migrations)})"
        )
    applied = []
    for m in migrations:
        if m.version <= have or (upto is not None and m.version > upto):
            continue
        stamp = datetime.now(UTC).isoformat()
        record = f"INSERT INTO schema_migration VALUES ({m.version}, '{m.name}', '{stamp}');"
        try:
            # executescript runs the whole file; BEGIN/COMMIT around it make file + record atomic.
            conn.executescript(f"BEGIN IMMEDIATE;\n{m.sql}\n;{record}\nCOMMIT;")
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied
