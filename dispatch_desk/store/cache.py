"""`Store`: the client's local cache (SQLite through sqlite-utils), the one way to open and use it.

One Store object per thread (SQLite connections belong to their thread); readers and one writer
coexist thanks to WAL. Every write is one explicit transaction; a page of the change feed is
stored together with its cursor, and a staged mutation together with its outbox row.

Loads into an empty cache (bulk_load_incidents, the initial sync's feed pages) build the incident
queue indexes once at the end instead of row by row; deferred.py describes how that state is
recorded, seen by readers, and finished, also after a crash.
"""

from __future__ import annotations

import gc
import hashlib
import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import sqlite_utils

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import (
    Agency,
    Category,
    GridCell,
    Incident,
    IncidentAction,
    Indicator,
    Officer,
    Region,
    SlaRule,
)
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.wire import Change, Mutation, MutationResult
from dispatch_desk.store import deferred, opening
from dispatch_desk.store import incident_rows as ir
from dispatch_desk.store import pending as pending_mod
from dispatch_desk.store.command import CommandReader
from dispatch_desk.store.crypto import DATABASE_ERROR, DB_ERROR
from dispatch_desk.store.entities import JSON_ENTITIES, RECORD_CLASSES
from dispatch_desk.store.incident_rows import values_from_record
from dispatch_desk.store.opening import CacheDamaged
from dispatch_desk.store.pending import Changed, Conflict
from dispatch_desk.store.queries import (
    AreaTally,
    CountMemo,
    IncidentQuery,
    IncidentRow,
    area_tally_sql,
    count_sql,
    page_sql,
    row_from_sql,
)
from dispatch_desk.store.textsearch import TERMS_VERSION, match_expression
from dispatch_desk.store.writes import RowWriter

BULK_CHUNK = 5000
# A feed page with at least this many incident upserts, into an empty incident table, starts a load
# with the queue indexes deferred (see deferred.py); the first page of fewer changes ends it.
DEFER_MIN = 1000
TABLE_ROWS_TTL = 30.0
# The terms version each full-text index was built with, by entity.
_SEARCH_SETTINGS = {
    "incident": "store.search_terms_version",
    "knowledge_doc": "store.knowledge_search_terms_version",
    "log_entry": "store.log_search_terms_version",
}


class CursorMoved(RuntimeError):
    """A feed page was to continue from another cursor than the cache's: the cache was rebuilt (or
    another process pulled) meanwhile. Nothing was stored; pull again from `Store.cursor()`."""


def _corrupt(exc: BaseException) -> bool:
    """Whether SQLite said the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB), not busy or misused."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (11, 26)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


@contextmanager
def gc_paused(pause: bool = True) -> Iterator[None]:
    """No cyclic garbage collection during a bulk write. Its rows are tuples and lists freed by
    reference counting, but their sheer number keeps triggering collections that walk every object
    of the process: about a tenth of a bulk load's time. Collection resumes afterwards, unless
    something else had turned it off."""
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(frozen=True)
class Reference:
    """The small reference tables, as records."""

    regions: list[Region]
    grid_cells: list[GridCell]
    agencies: list[Agency]
    categories: list[Category]
    sla_rules: list[SlaRule]
    officers: list[Officer]
    indicators: list[Indicator]

    def policy(self) -> SlaPolicy:
        """The SLA policy these tables make: what every deadline the desk shows is computed with."""
        return SlaPolicy(categories=self.categories, rules=self.sla_rules, regions=self.regions)


class Store:
    def __init__(self, path: Path, conn: sqlite3.Connection, recovered_from: Path | None = None) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.recovered_from = recovered_from  # where a damaged cache was moved, if it was
        # what a rebuild kept (opening.Salvage.summary), when this connection did one at open or later
        self.rebuilt: dict[str, Any] | None = (
            self.get_setting(opening.RECOVERY_SETTING) if recovered_from else None
        )
        self._marker = opening.rebuild_marker(path)
        self._writer = RowWriter(conn)
        self._rows_estimate: tuple[int, float] | None = None
        self._count_memo: CountMemo = {}
        self._deferring = False  # this connection stored feed pages with the queue indexes deferred
        # Joint command: operations, tasks, the command log, reports, incidents of an area.
        self.command = CommandReader(conn, self._settle_indexes)

    @classmethod
    def open(cls, path: str | Path, *, check: bool = True) -> Store:
        """Open (create, migrate) the cache, checking its integrity first: completely up to
        opening.FULL_CHECK_BYTES, the bookkeeping tables beyond (then call verify() in a worker).
        A damaged file is moved aside (see recovered_from). check=False skips the check: for extra
        connections of a process that already opened and checked the file."""
        path = Path(path)
        conn, recovered_from = opening.open_checked(path, check_integrity=check)
        store = cls(path, conn, recovered_from)
        store._index_search()
        store._settle_indexes()  # a load cut short, that no page continued for a while: finished now
        return store

    def _index_search(self) -> None:
        """Full-text indexes built with other terms than index_terms makes now (TERMS_VERSION), or
        not built yet (a migration that adds one leaves it empty), are built again from the rows."""
        for entity, setting in _SEARCH_SETTINGS.items():
            if self.get_setting(setting) == TERMS_VERSION:
                continue
            with self.transaction(durable=True) as conn:
                if self.get_setting(setting) == TERMS_VERSION:
                    continue  # another connection did it meanwhile
                if entity == "incident":
                    self._writer.rebuild_incident_search()
                else:
                    self._writer.rebuild_json_search(entity)
                conn.execute(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (setting, TERMS_VERSION)
                )

    def verify(self) -> str | None:
        """The complete integrity check (slow on a big cache: run it in a worker), the incident table
        and its indexes first. On damage the cache is marked, so that no connection writes into it
        any more, and rebuilt at once in place (`rebuilt` then says what was kept); if that fails,
        the next open sets it aside and rebuilds it. Returns the problem."""
        problem = opening.check(self.path, tables=("incident",)) or opening.check(self.path, full=True)
        if problem is not None:
            self._mark_damaged(problem)
            with suppress(CacheDamaged):
                self._rebuild_if_marked()
        return problem

    def _mark_damaged(self, problem: str) -> None:
        opening.log.error("The local cache %s is damaged (%s); it is rebuilt now.", self.path, problem)
        self._marker.write_text(problem, encoding="utf-8")

    def _rebuild_if_marked(self) -> None:
        """A cache marked damaged is rebuilt (by this connection, or another of this process while
        this one waits) before anything more is written; raises CacheDamaged when it cannot be."""
        if not self._marker.exists() or self.conn.in_transaction:
            return
        summary = opening.rebuild_in_place(self.path, self.conn)
        if summary is not None:
            self.rebuilt = summary
        self._rows_estimate = None
        self._count_memo.clear()
        self._deferring = False
        self._writer.load_windows()

    def reader(self) -> Store:
        """Another connection to the same cache, for a worker thread (call it on that thread)."""
        return Store.open(self.path, check=False)

    def close(self) -> None:
        if self._deferring:
            # the feed stopped on a big page: build the indexes now rather than at the next start
            # (if this fails, the state stays recorded and the next open finishes it)
            with suppress(*DB_ERROR):
                self.finish_deferred_indexes()
        with suppress(*DB_ERROR):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; durable=True makes its commit survive a power cut (synchronous=FULL).
        Never into a file known to be damaged: it is rebuilt first (opening.rebuild_in_place)."""
        if durable:
            self.conn.execute("PRAGMA synchronous = FULL")  # not allowed inside the transaction
        try:
            for _ in range(3):
                self._rebuild_if_marked()
                self.conn.execute("BEGIN IMMEDIATE")
                if not self._marker.exists():
                    break
                self.conn.execute("ROLLBACK")  # marked while this waited for the lock: rebuild first
            else:
                raise CacheDamaged(f"The local cache {self.path} is damaged and is being rebuilt; try again.")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
        finally:
            if durable:
                self.conn.execute("PRAGMA synchronous = NORMAL")

    # --- sync feed

    def apply_changes(
        self,
        changes: Sequence[Change],
        next_since: int,
        page: Sequence[Change] | None = None,
        *,
        after: int | None = None,
    ) -> Changed:
        """Store one page of the change feed and the new cursor in one transaction. Rows with
        pending mutations keep their optimistic version; the server's goes to their shadow.
        Returns the keys whose visible rows changed, by entity. `page`: when `changes` is one slice
        of a page (stored in slices, each with the cursor at its last change), the whole page, which
        decides about deferred indexes as if it were stored at once. `after`: the cursor the changes
        continue from; when the cache's is another (it was rebuilt meanwhile), raises CursorMoved
        and stores nothing."""
        changed: Changed = defaultdict(set)
        page = changes if page is None else page
        # The central sends full pages while it has more: a page this big is part of a backlog.
        backlog = len(page) >= DEFER_MIN
        with gc_paused(backlog), self.transaction() as conn:
            if after is not None:
                since = conn.execute("SELECT since FROM sync_cursor WHERE id = 1").fetchone()[0]
                if since != after:
                    raise CursorMoved(f"the page continues from {after}, the cache is at {since}")
            current = deferred.state(conn)
            if current is not None and backlog:
                deferred.touch(conn, current)
                self._deferring = True
            elif (
                current is None
                and sum(1 for ch in page if ch.entity == "incident" and ch.op == "upsert") >= DEFER_MIN
                # empty, or holding only the officer's pending rows (a rebuilt cache's first sync)
                and conn.execute("SELECT 1 FROM incident WHERE pending = 0 LIMIT 1").fetchone() is None
            ):
                deferred.defer(conn)  # the initial sync's first big page: indexes built at the end
                current, self._deferring = {}, True
            held = pending_mod.shadowed(conn)
            run: list[tuple[str, Any]] = []
            run_entity = ""  # no run yet: every kind kept has a name
            for ch in changes:
                if ch.entity not in RECORD_CLASSES:
                    continue  # a kind this client version does not know: skipped, not an error
                data = ch.data if ch.op == "upsert" else None
                if (ch.entity, ch.key) in held:
                    conn.execute(
                        "UPDATE shadow SET data = ?, seq = ? WHERE entity = ? AND key = ?",
                        (None if data is None else json.dumps(data, ensure_ascii=False), ch.seq,
                         ch.entity, ch.key),
                    )  # fmt: skip
                    continue
                if ch.entity != run_entity:
                    if run:
                        self._writer.put(run_entity, run)
                    run, run_entity = [], ch.entity
                run.append((ch.key, data))
                changed[ch.entity].add(ch.key)
            if run:
                self._writer.put(run_entity, run)
            if current is not None and not backlog:
                deferred.finish(conn)  # the backlog is drained: one sort per index
                self._deferring = False
            conn.execute(
                "UPDATE sync_cursor SET since = ?, updated_at = ? WHERE id = 1",
                (next_since, datetime.now(UTC).isoformat()),
            )
        return dict(changed)

    def finish_deferred_indexes(self) -> bool:
        """Build the queue indexes a load deferred, if any (deferred.py); returns whether it did."""
        with self.transaction() as conn:
            done = deferred.finish(conn)
        self._deferring = False
        return done

    def _settle_indexes(self) -> None:
        """Before an incident query: a deferred-index load that stopped getting pages is finished,
        so queries are not left reading without their indexes (deferred.py)."""
        if deferred.idle(deferred.state(self.conn)):
            self.finish_deferred_indexes()

    def cursor(self) -> int:
        since: int = self.conn.execute("SELECT since FROM sync_cursor WHERE id = 1").fetchone()[0]
        return since

    # --- reads

    def get(self, entity: str, key: str) -> dict[str, Any] | None:
        """The visible version (optimistic if pending) of any record, as a codec dict."""
        return self._writer.read(entity, key)

    def get_incident(self, incident_id: str) -> Incident | None:
        data = self._writer.read("incident", incident_id)
        return None if data is None else from_wire(Incident, data)

    def is_pending(self, entity: str, key: str) -> bool:
        return bool(
            self.conn.execute(
                "SELECT 1 FROM pending_write WHERE entity = ? AND key = ?", (entity, key)
            ).fetchone()
        )

    def rows(self, entity: str, where: str = "", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Codec dicts of a JSON-kept entity (the small tables). `where` may use `data` through
        json_extract, e.g. rows("grid_cell", "json_extract(data, '$.street') = ?", ["S01"])."""
        if entity not in JSON_ENTITIES:
            raise KeyError(f"rows() reads JSON-kept entities, not {entity!r}")
        sql = f"SELECT data FROM {entity}" + (f" WHERE {where}" if where else "") + " ORDER BY key"
        return [json.loads(r[0]) for r in self.conn.execute(sql, tuple(params))]

    def records(self, entity: str, where: str = "", params: Sequence[Any] = ()) -> list[Any]:
        """Like rows(), decoded into the entity's record class."""
        cls = RECORD_CLASSES[entity]
        return [from_wire(cls, d) for d in self.rows(entity, where, params)]

    def reference(self) -> Reference:
        return Reference(
            regions=self.records("region"),
            grid_cells=self.records("grid_cell"),
            agencies=self.records("agency"),
            categories=self.records("category"),
            sla_rules=self.records("sla_rule"),
            officers=self.records("officer"),
            indicators=self.records("indicator"),
        )

    def query_incidents(self, q: IncidentQuery, offset: int = 0, limit: int = 100) -> list[IncidentRow]:
        self._settle_indexes()
        rows = self._table_rows()
        sql, params = page_sql(self.conn, q, offset, limit, rows, self._count_memo)
        return [row_from_sql(r) for r in self.conn.execute(sql, params)]

    def _table_rows(self) -> int:
        """About how many incidents there are: only the order of magnitude matters (queries.py),
        so the count is refreshed at most every TABLE_ROWS_TTL seconds, and with it the per-filter
        counts that choose how a page is read."""
        now = time.monotonic()
        if self._rows_estimate is None or now - self._rows_estimate[1] > TABLE_ROWS_TTL:
            n = self.conn.execute("SELECT count(*) FROM incident").fetchone()[0]
            self._rows_estimate = (n, now)
            self._count_memo.clear()
        return self._rows_estimate[0]

    def count_incidents(self, q: IncidentQuery) -> int:
        self._settle_indexes()
        sql, params = count_sql(self.conn, q)
        n: int = self.conn.execute(sql, params).fetchone()[0]
        return n

    def area_tallies(self, now: datetime, since: datetime) -> list[AreaTally]:
        """What the incidents of each street add up to at `now` (open, near, overdue, supervised) and
        since `since` (reported, closed): one pass over the table, for a situation display."""
        self._settle_indexes()
        sql, params = area_tally_sql(now, since)
        return [AreaTally(*r[:2], *(int(v or 0) for v in r[2:])) for r in self.conn.execute(sql, params)]

    def incident_actions(self, incident_id: str) -> list[IncidentAction]:
        """Oldest first, pending ones included."""
        actions = [
            from_wire(IncidentAction, json.loads(r[0]))
            for r in self.conn.execute(
                "SELECT data FROM incident_action WHERE json_extract(data, '$.incident_id') = ?",
                (incident_id,),
            )
        ]
        actions.sort(key=lambda a: a.at)
        return actions

    def reported_between(
        self, start: datetime, end: datetime
    ) -> tuple[list[Incident], dict[str, list[IncidentAction]]]:
        """The incidents reported in [start, end) and each one's history, oldest first: what an
        assessment of the period counts."""
        return self.with_histories([key for key, _ in self.reported_versions(start, end)])

    def reported_versions(self, start: datetime, end: datetime) -> list[tuple[str, tuple[int, int, int]]]:
        """Each incident reported in [start, end), in report order, with what changes whenever it or
        its history does: (version, updated_at, number of history entries). Read from the indexes
        alone, so a caller can skip what it has already seen."""
        self._settle_indexes()
        low, high = ir.rid_bounds(start), ir.rid_bounds(end)
        return [(key, (version, updated, entries)) for key, version, updated, entries in self.conn.execute(
            "SELECT id, version, updated_at, (SELECT count(*) FROM incident_action "
            # `+` drops the column's text affinity, which would keep the expression index out of use
            "WHERE json_extract(data, '$.incident_id') = +incident.id) "
            "FROM incident WHERE rid >= ? AND rid < ? ORDER BY rid", (low, high))]

    def with_histories(self, ids: Sequence[str]) -> tuple[list[Incident], dict[str, list[IncidentAction]]]:
        """The incidents of `ids` (in report order, unknown ones left out) and each one's history,
        oldest first."""
        wanted = json.dumps(list(ids))
        incidents = [from_wire(Incident, ir.wire_from_row(r)) for r in self.conn.execute(
            f"SELECT {', '.join(ir.COLUMNS)} FROM incident WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rid",
            (wanted,))]
        histories: dict[str, list[IncidentAction]] = defaultdict(list)
        for (data,) in self.conn.execute(
            "SELECT data FROM incident_action WHERE json_extract(data, '$.incident_id') IN "
            "(SELECT value FROM json_each(?))", (wanted,)
        ):
            action = from_wire(IncidentAction, json.loads(data))
            histories[action.incident_id].append(action)
        for actions in histories.values():
            actions.sort(key=lambda a: a.at)
        return incidents, dict(histories)

    def search_knowledge(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Knowledge docs matching `text`, best match first."""
        match = match_expression(text)
        if match is None:
            return []
        return [
            json.loads(r[0])
            for r in self.conn.execute(
                "SELECT k.data FROM knowledge_fts f JOIN knowledge_doc k ON k.rowid = f.rowid "
                "WHERE knowledge_fts MATCH ? ORDER BY f.rank LIMIT ?",
                (match, limit),
            )
        ]

    def readings(
        self, indicator: str, since: datetime, until: datetime | None = None
    ) -> list[tuple[float, float]]:
        """(epoch seconds, value) of an indicator in [since, until), oldest first."""
        hi = float("inf") if until is None else until.timestamp()
        return self.conn.execute(
            "SELECT at, value FROM reading WHERE indicator = ? AND at >= ? AND at < ? ORDER BY at",
            (indicator, since.timestamp(), hi),
        ).fetchall()

    def latest_readings(self, indicators: Iterable[str]) -> dict[str, tuple[datetime, float]]:
        """The newest (time, value) of each of these indicators that has a reading (the figures of a
        situation report); one index seek each."""
        out = {}
        for code in dict.fromkeys(indicators):
            row = self.conn.execute(
                "SELECT at, value FROM reading WHERE indicator = ? ORDER BY at DESC LIMIT 1", (code,)
            ).fetchone()
            if row is not None:
                out[code] = (datetime.fromtimestamp(row[0], UTC), float(row[1]))
        return out

    # --- bulk

    def bulk_load_incidents(self, incidents: Iterable[Incident]) -> int:
        """Upsert many incidents fast (initial load, bench, tests), search index kept.

        Into an empty table, all rows go in one transaction with the queue indexes dropped and
        built again at the end (sorting once beats a million B-tree inserts, deferred.py); nobody
        sees the table without its indexes, and a crash leaves the cache as it was. Otherwise
        chunks of BULK_CHUNK rows, each its own transaction, so readers are never blocked for long.
        Either way no deferred state is left behind."""
        self._rows_estimate = None
        if self.conn.execute("SELECT 1 FROM incident LIMIT 1").fetchone() is None:
            with gc_paused(), self.transaction() as conn:
                dropped = deferred.drop(conn)
                total = 0
                for values, terms in self._prepared(incidents):
                    self._writer.put_incidents(values, terms)
                    total += len(values)
                deferred.create(conn, dropped)
                deferred.finish(conn)
            self._deferring = False
            return total
        total = 0
        with gc_paused():
            for values, terms in self._prepared(incidents):
                with self.transaction():
                    self._writer.put_incidents(values, terms)
                total += len(values)
        if deferred.state(self.conn) is not None:
            self.finish_deferred_indexes()
        return total

    def _prepared(self, incidents: Iterable[Incident]) -> Iterator[tuple[list[tuple[Any, ...]], list[str]]]:
        """Chunks of (row values, search terms). Made on this thread: a worker preparing the next
        chunk meanwhile gained nothing measurable (its Python holds the interpreter lock that
        executemany needs again between rows, so the two mostly take turns)."""
        windows = self._writer.windows
        source = iter(incidents)
        while chunk := list(islice(source, BULK_CHUNK)):
            values = [values_from_record(i, windows) for i in chunk]
            yield values, RowWriter.search_terms(values)

    # --- optimistic writes and the outbox

    def stage(self, mutation: Mutation, writes: Sequence[tuple[str, str, dict[str, Any] | None]]) -> None:
        """Write the optimistic rows (marked pending) and the outbox row in one durable transaction;
        the server's version of each written row is kept aside first. A write that finds the file
        damaged marks it, has it rebuilt (keeping the outbox) and is written into the rebuilt cache."""
        try:
            with self.transaction(durable=True) as conn:
                pending_mod.stage(conn, self._writer, mutation, writes)
        except DATABASE_ERROR as exc:
            if not _corrupt(exc):
                raise
            self._mark_damaged(str(exc))
            with self.transaction(durable=True) as conn:
                pending_mod.stage(conn, self._writer, mutation, writes)

    def outbox(self, limit: int = 200) -> list[Mutation]:
        """Unsent mutations, oldest first."""
        return pending_mod.outbox(self.conn, limit)

    def pending_count(self) -> int:
        n: int = self.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        return n

    def settle(self, results: Sequence[MutationResult]) -> Changed:
        with self.transaction(durable=True) as conn:
            return pending_mod.settle(conn, self._writer, results)

    def conflicts(self, include_resolved: bool = False) -> list[Conflict]:
        return pending_mod.conflicts(self.conn, include_resolved)

    def resolve_conflict(
        self,
        conflict_id: str,
        resolution: str,
        reason: str = "",
        restage: Callable[[Mutation], Sequence[tuple[str, str, dict[str, Any] | None]]] | None = None,
    ) -> Mutation | None:
        """Record the decision. "reissue" returns the new mutation; with `restage` (which plans its
        optimistic rows, and may raise to refuse) it is staged in the same transaction, so a conflict
        is never closed without what the officer meant being back in the outbox."""
        with self.transaction(durable=True) as conn:
            again = pending_mod.resolve(conn, conflict_id, resolution, reason)
            if again is not None and restage is not None:
                pending_mod.stage(conn, self._writer, again, restage(again))
            return again

    # --- settings that must not corrupt

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction(durable=True) as conn:
            if value is None:
                conn.execute("DELETE FROM setting WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                    (key, json.dumps(value, ensure_ascii=False)),
                )

    # --- attachments (content-addressed)

    def put_attachment(self, data: bytes, mime: str) -> str:
        """Keep a photo or document; returns its SHA-256 (hex). Storing the same bytes twice is harmless."""
        digest = hashlib.sha256(data).hexdigest()
        with self.transaction(durable=True) as conn:
            conn.execute(
                "INSERT OR IGNORE INTO attachment (sha256, mime, size, data, created_at) VALUES (?, ?, ?, ?, ?)",
                (digest, mime, len(data), data, datetime.now(UTC).isoformat()),
            )
        return digest

    def attachment(self, sha256: str) -> bytes | None:
        row = self.conn.execute("SELECT data FROM attachment WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else bytes(row[0])

    def attachment_mime(self, sha256: str) -> str | None:
        row = self.conn.execute("SELECT mime FROM attachment WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else row[0]

    def unconfirmed_attachments(self) -> list[str]:
        """Attachments the central service has not confirmed yet, oldest first (to upload)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT sha256 FROM attachment WHERE confirmed_at IS NULL ORDER BY created_at"
            )
        ]

    def confirm_attachment(self, sha256: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE attachment SET confirmed_at = ? WHERE sha256 = ? AND confirmed_at IS NULL",
                (datetime.now(UTC).isoformat(), sha256),
            )
