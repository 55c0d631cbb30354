"""The central service's database: one SQLite file or one PostgreSQL database, same SQL on both.

SQL is written once with `?` placeholders and the subset both engines share (ON CONFLICT upserts,
SAVEPOINTs, plain types); `Tx` adapts the placeholder style for psycopg. Migrations are numbered
SQL files in `migrations/`, applied in order and recorded in `schema_migrations`.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "dispatch_desk_changes"
_MIGRATION_LOCK = 4242_0001  # pg advisory lock id: two instances starting together migrate once
# Writers take this lock first, so they queue like SQLite writers do: row locks taken in different
# orders by concurrent batches (an incident, then the seq counter) can never deadlock.
_WRITER_LOCK = 4242_0002
WRITER_LOCK = _WRITER_LOCK

_DIALECT = {
    "sqlite": {"serial_pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB"},
    "postgresql": {"serial_pk": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA"},
}


def _pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class Tx:
    """One open transaction. `execute` returns the rows of a query (empty for statements)."""

    def __init__(self, conn: Any, backend: str) -> None:
        self._conn = conn
        self.backend = backend
        self.notify_seq: int | None = None  # highest seq written, announced after commit
        self._counters: dict[str, int] = {}  # counter name -> last value handed out in this transaction
        self._stored: dict[str, int] = {}  # counter name -> value in the table
        self.memo: dict[str, Any] = {}  # per-transaction state of the modules writing in it
        self.sessions_changed = False  # tokens revoked or an officer changed: open streams check again

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self.backend == "postgresql":
            cur = self._conn.execute(_pg_sql(sql), params)
            return cur.fetchall() if cur.description else []
        cur = self._conn.execute(sql, params)
        return cur.fetchall() if cur.description else []

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self.execute(sql, params)
        return rows[0] if rows else None

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if self.backend == "postgresql":
            with self._conn.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)
        else:
            self._conn.executemany(sql, rows)

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Bulk insert: COPY on PostgreSQL, executemany on SQLite."""
        if self.backend == "postgresql":
            with self._conn.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            self._conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    @contextmanager
    def savepoint(self, name: str = "sp") -> Iterator[None]:
        self.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.execute(f"RELEASE SAVEPOINT {name}")

    def next_seq(self, count: int = 1) -> int:
        """Reserve `count` sequence numbers; returns the first.

        Writers are serialized (SQLite's write lock, PostgreSQL's writer lock), so numbers are handed
        out in commit order; the counter row itself is written once, just before commit, which keeps
        a batch from piling up row versions of that one hot row.
        """
        first = self.next_value("seq", count)
        self.notify_seq = first + count - 1
        return first

    def next_value(self, name: str, count: int = 1) -> int:
        """The next `count` values of a named counter (a missing one starts at 0); returns the first."""
        last = self._counters.get(name)
        if last is None:
            lock = " FOR UPDATE" if self.backend == "postgresql" else ""
            row = self.one(f"SELECT value FROM counters WHERE name = ?{lock}", (name,))
            last = int(row[0]) if row else 0
            self._stored[name] = last
        self._counters[name] = last + count
        return last + 1

    def raise_value(self, name: str, at_least: int) -> None:
        """Make a named counter continue after `at_least`."""
        if self.next_value(name, 0) - 1 < at_least:
            self._counters[name] = at_least

    def flush_counters(self) -> None:
        for name, value in self._counters.items():
            if value != self._stored.get(name):
                # an upsert: a savepoint rolled back since the read must not lose a new counter
                self.execute(
                    "INSERT INTO counters (name, value) VALUES (?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    (name, value),
                )
                self._stored[name] = value

    def current_seq(self) -> int:
        if "seq" in self._counters:
            return self._counters["seq"]
        row = self.one("SELECT value FROM counters WHERE name = 'seq'")
        return int(row[0]) if row else 0


class WriterQueue:
    """The writer path of one process: write transactions take turns in the order they asked.

    SQLite's own lock is no queue: a writer that finds the database busy polls it, every 100 ms once
    it has waited a while, and a writer arriving in between (or one committing and beginning again
    at once) takes the lock first. Under a steady flow of API writes a background writer (the
    suspension sweep) lost every race until its busy timeout ran out with `database is locked`.
    Every writer of the process waits here first, so the database lock is only contended across
    processes. Re-entrant per thread: a write transaction may be opened inside another one's turn.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._next_ticket = 0
        self._serving = 0
        self._owner: int | None = None
        self._depth = 0

    @contextmanager
    def turn(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                nested = True
            else:
                nested = False
                ticket = self._next_ticket
                self._next_ticket += 1
                while self._serving != ticket:
                    self._cond.wait()
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._cond:
                self._depth -= 1
                if not nested or self._depth == 0:
                    self._owner = None
                    self._depth = 0
                    self._serving += 1
                    self._cond.notify_all()

    @property
    def waiting(self) -> int:
        """Writers queued or writing (for tests and diagnostics)."""
        with self._cond:
            return self._next_ticket - self._serving


class Storage:
    """Opens connections and transactions; `on_commit` listeners learn the new seq after each write."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.backend, self._target = parse_url(url)
        self._listeners: list[Callable[[int], None]] = []
        self._session_listeners: list[Callable[[], None]] = []
        self.writers = WriterQueue()
        self._local = threading.local()
        self._pool: Any = None
        self._sqlite_conns: list[sqlite3.Connection] = []
        self._sqlite_lock = threading.Lock()
        if self.backend == "postgresql":
            from psycopg_pool import ConnectionPool

            self._pool = ConnectionPool(self._target, min_size=1, max_size=16, open=True,
                                        kwargs={"autocommit": False})
        else:
            Path(self._target).parent.mkdir(parents=True, exist_ok=True)

    @property
    def sqlite_path(self) -> str | None:
        """The database file of a SQLite storage (None on PostgreSQL)."""
        return None if self.backend == "postgresql" else self._target

    @classmethod
    def open(cls, url: str) -> Storage:
        storage = cls(url)
        storage.migrate()
        return storage

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        with self._sqlite_lock:
            for conn in self._sqlite_conns:
                # a connection of another thread may refuse; it is closed when its thread ends
                with contextlib.suppress(sqlite3.ProgrammingError):
                    conn.close()
            self._sqlite_conns.clear()

    def add_listener(self, fn: Callable[[int], None]) -> None:
        self._listeners.append(fn)

    def add_session_listener(self, fn: Callable[[], None]) -> None:
        """`fn()` runs after each commit that revoked sessions or changed an officer (see Tx.sessions_changed)."""
        self._session_listeners.append(fn)

    # --- connections

    def _sqlite_conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self._target, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")  # an acknowledged mutation survives a power cut
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
            with self._sqlite_lock:
                self._sqlite_conns.append(conn)
        return conn

    @contextmanager
    def transaction(self, write: bool = False) -> Iterator[Tx]:
        """A transaction; `write=True` waits for its turn on the writer path (`writers`), then takes
        the database's write lock at once (SQLite BEGIN IMMEDIATE, PostgreSQL's writer lock)."""
        if write:
            with self.writers.turn():
                yield from self._transaction(True)
        else:
            yield from self._transaction(False)

    def _transaction(self, write: bool) -> Iterator[Tx]:
        if self.backend == "postgresql":
            with self._pool.connection() as conn:
                tx = Tx(conn, self.backend)
                with conn.transaction():
                    if write:
                        tx.execute("SELECT pg_advisory_xact_lock(?)", (_WRITER_LOCK,))
                    yield tx
                    tx.flush_counters()
                    if tx.notify_seq is not None:
                        tx.execute("SELECT pg_notify(?, ?)", (NOTIFY_CHANNEL, str(tx.notify_seq)))
        else:
            conn = self._sqlite_conn()
            tx = Tx(conn, self.backend)
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield tx
                tx.flush_counters()
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        if tx.sessions_changed:  # first, so a stream woken by the new seq already knows
            for hook in self._session_listeners:
                hook()
        if tx.notify_seq is not None:
            for fn in self._listeners:
                fn(tx.notify_seq)

    def current_seq(self) -> int:
        with self.transaction() as tx:
            return tx.current_seq()

    # --- migrations

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns their names."""
        applied: list[str] = []
        with self.transaction(write=True) as tx:
            if self.backend == "postgresql":
                tx.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            tx.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {int(r[0]) for r in tx.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in _migrations():
                if version in done:
                    continue
                for statement in _statements(sql.format(**_DIALECT[self.backend])):
                    tx.execute(statement)
                tx.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, datetime.now(UTC).isoformat()),
                )
                applied.append(name)
        if applied:
            log.info("applied migrations: %s", ", ".join(applied))
        return applied

    def listen(self, on_seq: Callable[[int], None], stop: threading.Event) -> None:
        """PostgreSQL only: call `on_seq` for every NOTIFY of another instance's write, until `stop`."""
        import psycopg

        with psycopg.connect(self._target, autocommit=True) as conn:
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
            while not stop.is_set():
                for note in conn.notifies(timeout=0.5, stop_after=1):
                    try:
                        on_seq(int(note.payload))
                    except ValueError:
                        log.warning("ignored a malformed notification: %r", note.payload)


def parse_url(url: str) -> tuple[str, str]:
    """("sqlite", file path) or ("postgresql", conninfo) from a DB URL or a plain file path."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    if url.startswith("sqlite:///"):
        return "sqlite", url[len("sqlite:///") :]  # sqlite:///rel/path, sqlite:////abs/path
    if "://" in url:
        raise ValueError(f"unsupported database URL: {url!r} (use a file path, sqlite:///path or postgresql://...)")
    return "sqlite", url


def _migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for (version, first, _), (again, second, _) in zip(found, found[1:], strict=False):
        if version == again:
            raise RuntimeError(f"two migrations are numbered {version:04d}: {first} and {second}; renumber one")
    return found


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
