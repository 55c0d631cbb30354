"""Queue indexes of the incident table built once at the end of a big load, not row by row.

Keeping ~13 secondary indexes up to date costs more than the rows themselves, and every commit of
a page writes the index pages it touched again; creating an index once over the loaded table is
one sort. So a load into an EMPTY incident table drops those indexes first and creates them again
when it is done. Two loads use this:

- `Store.bulk_load_incidents` into an empty table: drop, load and build in ONE transaction, so no
  other connection ever sees the table without its indexes.
- The initial sync (`Store.apply_changes`: a first page of DEFER_MIN or more incidents into an
  empty table — or one holding only the officer's pending rows, as a rebuilt cache does — and the
  pages after it). Each page is its own transaction with its cursor
  (docs/architecture.md §4), so here the deferred state outlives a page. It is recorded in the cache, in the
  same transaction that drops the indexes, as the setting `store.deferred_indexes` =
  {"indexes": [[name, sql], ...], "touched": epoch seconds of the last backlog page}, and each
  later page of DEFER_MIN or more changes (of any kind) touches it. It ends, in one transaction
  that creates the indexes and deletes the setting:
  * with the first page of fewer than DEFER_MIN changes: the central fills every page while it
    has more, so that is the backlog's last page (or a live change after it);
  * at `Store.open` or before an incident query or count, on any connection, once no backlog page
    came for IDLE_SECONDS: a sync that ended on an exactly full page, went offline mid-way, or
    was killed. A sync restarted at once just goes on deferred, and its last page finishes it;
  * at `Store.close` of the connection that stored the pages.
  Until then other connections (the UI's readers) get the same rows and counts, through full
  scans instead of the indexes: every query in queries.py is plain SQL that names no index, and
  the id, rid and full-text lookups that writes need are never deferred.

Rows, search terms and co-agency links are written exactly as by the row-by-row path; only the
order in which the B-trees are built differs. The indexes are created again from their own
recorded SQL, so the schema (names, columns, partial conditions) and the query plans afterwards
are the same. Finishing creates only what is missing ("IF NOT EXISTS"; SQLite records the plain
statement), so it is idempotent, e.g. for a recorded state salvaged into a rebuilt cache.
Migrations run before a state is finished: one that changes incident indexes must also update or
finish a recorded state.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from typing import Any

SETTING = "store.deferred_indexes"
IDLE_SECONDS = 15.0  # pages come back to back (the engine fetches the next while storing one)
_CREATE = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(?!IF\s)", re.IGNORECASE)


def secondary_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the incident table's own indexes (not the automatic UNIQUE/PRIMARY KEY ones)."""
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incident' "
            "AND sql IS NOT NULL ORDER BY rowid"
        )
    ]


def state(conn: sqlite3.Connection) -> dict[str, Any] | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    return None if row is None else json.loads(row[0])


def drop(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Drop the secondary indexes (inside the caller's transaction); returns what to create again."""
    indexes = secondary_indexes(conn)
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return indexes


def create(conn: sqlite3.Connection, indexes: list[tuple[str, str]] | list[list[str]]) -> None:
    for _, sql in indexes:
        conn.execute(_CREATE.sub(lambda m: f"CREATE {m.group(1) or ''}INDEX IF NOT EXISTS ", sql, count=1))


def defer(conn: sqlite3.Connection) -> None:
    """Enter the recorded deferred state (inside the caller's transaction, with the page)."""
    value = {"indexes": drop(conn), "touched": time.time()}
    conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (SETTING, json.dumps(value)))


def touch(conn: sqlite3.Connection, current: dict[str, Any]) -> None:
    """Note that another bulk page came (readers leave the state alone while pages keep coming)."""
    current = {**current, "touched": time.time()}
    conn.execute("UPDATE setting SET value = ? WHERE key = ?", (json.dumps(current), SETTING))


def finish(conn: sqlite3.Connection) -> bool:
    """Create the deferred indexes and leave the deferred state (inside the caller's transaction).
    Returns whether there was anything to finish."""
    current = state(conn)
    if current is None:
        return False
    create(conn, current["indexes"])
    conn.execute("DELETE FROM setting WHERE key = ?", (SETTING,))
    return True


def idle(current: dict[str, Any] | None) -> bool:
    """Whether a recorded load got no page for IDLE_SECONDS (either way: a clock set back counts)."""
    return current is not None and abs(time.time() - float(current.get("touched", 0))) > IDLE_SECONDS
