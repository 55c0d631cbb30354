"""Joint command (联动指挥) read from the cache: operations, task boards, the command log, situation
reports, and the incidents of an operation's area. Typed: domain records out, no SQL in the UI.

`Store.command` is a `CommandReader` on the store's own connection (same thread rules as the
Store). Every row shown is the visible one, optimistic rows of unsent mutations included; ask
`pending()` which of them are not yet confirmed by the central service.

The command log is read through the virtual columns and the index of local_db/0008: a page walks
(operation, at, key) backwards and stops after the page, a count reads index entries only, and
the text search is the bigram index `log_fts` (store/textsearch.py), the same as incident search.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar, cast

import shapely

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import (
    IncidentStatus,
    LogEntry,
    LogKind,
    Operation,
    OperationStatus,
    ReportStatus,
    SituationReport,
    Task,
)
from dispatch_desk.store.incident_rows import from_us, rid_bounds, to_us
from dispatch_desk.store.queries import ROW_COLUMNS, IncidentRow, row_from_sql
from dispatch_desk.store.textsearch import match_expression

R = TypeVar("R")
_KINDS = frozenset(k.value for k in LogKind)
AUTOMATIC, SIGNIFICANT, STRUCK = 1, 2, 4  # bits of log_entry.flags (0008_joint_command.sql)
RUNNING = (OperationStatus.ACTIVE, OperationStatus.STAND_DOWN)
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class LogQuery:
    """A filter of an operation's command log; every field narrows it, the defaults show everything."""

    agencies: tuple[str, ...] = ()  # the author's agency (entries about an agency's task carry that agency)
    kinds: tuple[str, ...] = ()  # LogKind values
    significant_only: bool = False
    automatic: bool | None = None  # True: the system's entries only, False: people's only, None: both
    include_struck: bool = True
    text: str = ""  # words to find in the text or the reason of a strike; several words must all be there

    def __post_init__(self) -> None:
        for name in ("agencies", "kinds"):
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise TypeError(f"LogQuery.{name} is a tuple of strings, not {value!r}")
            object.__setattr__(self, name, tuple(value))
        unknown = [k for k in self.kinds if k not in _KINDS]
        if unknown:
            raise ValueError(f"unknown log kind(s) {', '.join(unknown)}; expected some of {sorted(_KINDS)}")
        if not isinstance(self.text, str):
            raise TypeError(f"LogQuery.text is a string, not {self.text!r}")


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One line of an operation's after-action timeline."""

    at: datetime
    kind: str  # "log.<kind>" for people's entries, the event of automatic ones (task.done, seat.open,
    #            operation.level, …), "incident.report" / "incident.close" for incidents of the area
    key: str  # the task, seat, report or incident concerned, else the log entry's id
    text: str
    entry: str | None = None  # the log entry's id, None for incident rows
    agency: str | None = None
    author: str = ""
    struck: bool = False
    struck_reason: str = ""
    significant: bool = False

    def row(self) -> tuple[datetime, str, str, str]:
        text = f"{self.text}（已划除：{self.struck_reason}）" if self.struck else self.text
        return (self.at, self.kind, self.key, text)


# Up to this many full-text matches (in the whole cache), a search starts from the matches: their
# rows are read and sorted. Beyond, it walks the operation's index newest first and checks each
# entry against the set of matches, which stops after a page and never reads a row for a count.
FEW_MATCHES = 2000
DECODED = 8192  # records kept decoded by their JSON text (a board, a few pages of the log)
_HAVE_INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('incident_open_position', 'incident_updated')"


def _log_where(conn: sqlite3.Connection, op_id: str, q: LogQuery) -> tuple[str, list[str | int]]:
    terms = ["operation = ?"]
    params: list[str | int] = [op_id]
    if q.agencies:
        terms.append(f"agency IN ({', '.join('?' * len(q.agencies))})")
        params += q.agencies
    if q.kinds:
        terms.append(f"kind IN ({', '.join('?' * len(q.kinds))})")
        params += q.kinds
    if q.significant_only:
        terms.append(f"flags & {SIGNIFICANT}")
    if q.automatic is not None:
        terms.append(f"flags & {AUTOMATIC} = {AUTOMATIC if q.automatic else 0}")
    if not q.include_struck:
        terms.append(f"flags & {STRUCK} = 0")
    if q.text.strip():
        match = match_expression(q.text)
        if match is None:
            terms.append("0")  # only punctuation was typed: nothing can match
        else:
            few = (
                conn.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM log_fts WHERE log_fts MATCH ? LIMIT ?)",
                    (match, FEW_MATCHES),
                ).fetchone()[0]
                < FEW_MATCHES
            )
            # "+" keeps SQLite from starting at the operation's index, or at the matches.
            terms[0] = "+operation = ?" if few else "operation = ?"
            terms.append(f"{'' if few else '+'}rowid IN (SELECT rowid FROM log_fts WHERE log_fts MATCH ?)")
            params.append(match)
    return " AND ".join(terms), params


class CommandReader:
    """Reads of the operation workspace on one cache connection."""

    def __init__(self, conn: sqlite3.Connection, settle: Callable[[], None] = lambda: None) -> None:
        self.conn = conn
        self._settle = settle  # finishes a deferred incident-index load before incident reads

    # --- operations

    def operations(self, include_closed: bool = True) -> list[Operation]:
        """Running operations first (active, standing down), then the others; newest first within each."""
        ops = [_record(Operation, r[0]) for r in self.conn.execute("SELECT data FROM operation")]
        if not include_closed:
            ops = [o for o in ops if o.status is not OperationStatus.CLOSED]
        ops.sort(key=lambda o: o.id, reverse=True)
        ops.sort(key=lambda o: (o.status not in RUNNING, -_stamp(o.started_at or o.created_at)))
        return ops

    def operation(self, op_id: str) -> Operation | None:
        row = self.conn.execute("SELECT data FROM operation WHERE key = ?", (op_id,)).fetchone()
        return None if row is None else _record(Operation, row[0])

    # --- tasks

    def tasks(self, op_id: str, agency: str | None = None) -> list[Task]:
        """An operation's tasks (of one agency), by due time (none last), then title and id."""
        sql = "SELECT data FROM task WHERE json_extract(data, '$.operation') = ?"
        params = [op_id]
        if agency is not None:
            sql += " AND json_extract(data, '$.agency') = ?"
            params.append(agency)
        tasks = [_record(Task, r[0]) for r in self.conn.execute(sql, params)]
        tasks.sort(key=lambda t: (t.due_at is None, t.due_at or _EARLIEST, t.title, t.id))
        return tasks

    def task(self, task_id: str) -> Task | None:
        row = self.conn.execute("SELECT data FROM task WHERE key = ?", (task_id,)).fetchone()
        return None if row is None else _record(Task, row[0])

    # --- the command log

    def log_page(self, op_id: str, q: LogQuery, offset: int = 0, limit: int = 200) -> list[LogEntry]:
        """One page of the log, newest first (entries of the same instant by id, descending)."""
        _check_page(offset, limit)
        where, params = _log_where(self.conn, op_id, q)
        # The page's keys come from the index alone; only their rows are read.
        sql = (
            "SELECT data FROM log_entry WHERE rowid IN (SELECT rowid FROM log_entry "
            f"WHERE {where} ORDER BY at DESC, key DESC LIMIT ? OFFSET ?) ORDER BY at DESC, key DESC"
        )
        rows = self.conn.execute(sql, [*params, limit, offset])
        return [_record(LogEntry, r[0]) for r in rows]

    def log_count(self, op_id: str, q: LogQuery) -> int:
        where, params = _log_where(self.conn, op_id, q)
        n: int = self.conn.execute(f"SELECT count(*) FROM log_entry WHERE {where}", params).fetchone()[0]
        return n

    def log_entry(self, entry_id: str) -> LogEntry | None:
        row = self.conn.execute("SELECT data FROM log_entry WHERE key = ?", (entry_id,)).fetchone()
        return None if row is None else _record(LogEntry, row[0])

    # --- situation reports

    def reports(self, op_id: str) -> list[SituationReport]:
        """Published reports by number, then drafts newest first."""
        reports = [
            _record(SituationReport, r[0])
            for r in self.conn.execute(
                "SELECT data FROM sitrep WHERE json_extract(data, '$.operation') = ?", (op_id,)
            )
        ]
        published = sorted(
            (r for r in reports if r.status is ReportStatus.PUBLISHED), key=lambda r: (r.number, r.id)
        )
        drafts = [r for r in reports if r.status is not ReportStatus.PUBLISHED]
        drafts.sort(key=lambda r: r.id, reverse=True)
        drafts.sort(key=lambda r: r.created_at, reverse=True)
        return published + drafts

    def report(self, report_id: str) -> SituationReport | None:
        row = self.conn.execute("SELECT data FROM sitrep WHERE key = ?", (report_id,)).fetchone()
        return None if row is None else _record(SituationReport, row[0])

    # --- pending state

    def pending(self, entity: str, keys: Iterable[str]) -> frozenset[str]:
        """Which of these rows (of "operation", "task", "log_entry" or "sitrep") show unsent changes."""
        if entity not in ("operation", "task", "log_entry", "sitrep"):
            raise KeyError(f"pending() reads operation, task, log_entry or sitrep rows, not {entity!r}")
        return frozenset(
            r[0]
            for r in self.conn.execute(
                f"SELECT key FROM {entity} WHERE pending = 1 AND key IN (SELECT value FROM json_each(?))",
                (json.dumps(list(keys)),),
            )
        )

    # --- incidents of the area

    def incidents_in_area(self, op_id: str, limit: int = 5000) -> list[IncidentRow]:
        """Incidents of the operation, newest first: those whose point lies in its area (its border
        included) and that were open at some time while it ran — still open, or changed since it
        started — and were reported before it ended; and every incident raised in the operation."""
        _check_page(0, limit)
        rows = self._area_rows(op_id)
        rows.sort(key=lambda r: r[-1], reverse=True)
        return [row_from_sql(r[:18]) for r in rows[:limit]]

    def area_incident_counts(self, op_id: str, now: datetime | None = None) -> dict[str, int]:
        """Incidents of `incidents_in_area` by status (every IncidentStatus value, zeros included),
        plus "overdue": open with a running SLA clock past its deadline at `now` (the queues' rule)."""
        at = to_us(now or datetime.now(UTC))
        counts = {s.value: 0 for s in IncidentStatus}
        overdue = 0
        for r in self._area_rows(op_id):
            counts[r[6]] = counts.get(r[6], 0) + 1
            if r[18] and r[19] and r[12] is not None and r[12] < at:
                overdue += 1
        counts["overdue"] = overdue
        return counts

    def _area_rows(self, op_id: str) -> list[tuple[Any, ...]]:
        """ROW_COLUMNS + (open, clock, updated_at, closed_at, operation, rid) of the incidents
        of the operation (see incidents_in_area), in no particular order."""
        op = self.operation(op_id)
        if op is None:
            return []
        self._settle()
        columns = f"{ROW_COLUMNS}, open, clock, updated_at, closed_at, operation, rid"
        found: dict[str, tuple[Any, ...]] = {
            r[0]: r
            for r in self.conn.execute(f"SELECT {columns} FROM incident WHERE operation = ?", (op_id,))
        }
        shape = to_shape(op.area) if op.area else None
        if shape is None:
            return list(found.values())
        min_lon, min_lat, max_lon, max_lat = shape.bounds
        box = "lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?"
        box_params = [min_lon, max_lon, min_lat, max_lat]
        since = op.started_at or op.created_at
        # Each part of the union is read through its own index: named, because the sampled
        # statistics of a big cache (PRAGMA analysis_limit) can make (open, clock, due_at) look
        # cheaper for "open = 1", which reads every open incident (0.7 s at 1M). While a load has
        # the queue indexes deferred (deferred.py) they are missing, and SQLite picks what is there.
        have = {r[0] for r in self.conn.execute(_HAVE_INDEXES)}
        by_position = " INDEXED BY incident_open_position" if "incident_open_position" in have else ""
        by_update = " INDEXED BY incident_updated" if "incident_updated" in have else ""
        parts = [f"SELECT rid FROM incident{by_position} WHERE open = 1 AND {box}"]
        params: list[float | int] = list(box_params)
        if since is not None:
            parts.append(f"SELECT rid FROM incident{by_update} WHERE updated_at >= ? AND {box}")
            params += [to_us(since), *box_params]
        sql = f"SELECT {columns} FROM incident WHERE rid IN ({' UNION '.join(parts)})"
        if op.ended_at is not None:
            sql += " AND rid < ?"
            params.append(rid_bounds(op.ended_at))
        candidates = [r for r in self.conn.execute(sql, params) if r[0] not in found]
        if candidates:
            shapely.prepare(shape)
            inside = shapely.intersects_xy(shape, [r[16] for r in candidates], [r[17] for r in candidates])
            found.update((r[0], r) for r, hit in zip(candidates, inside, strict=True) if hit)
        return list(found.values())

    # --- after-action timeline

    def timeline_events(self, op_id: str) -> list[TimelineEvent]:
        """Every log entry (the automatic task.* entries are the tasks' history) and the report and
        close of every incident of the area, oldest first."""
        events: list[TimelineEvent] = []
        seen: set[tuple[str, str]] = set()
        rows = self.conn.execute("SELECT data FROM log_entry WHERE operation = ? ORDER BY at, key", (op_id,))
        for (data,) in rows:
            e = _record(LogEntry, data)
            kind = (e.event or f"log.{e.kind}") if e.automatic else f"log.{e.kind}"
            key = e.subject if e.automatic and e.subject else e.id
            seen.add((kind, key))
            events.append(TimelineEvent(e.at, kind, key, e.text, e.id, e.agency, e.author, e.struck,
                                        e.struck_reason, e.significant))  # fmt: skip
        for r in self._area_rows(op_id):
            incident_id, title, reported, closed = r[0], r[2], from_us(r[11]), from_us(r[21])
            if ("incident.report", incident_id) not in seen and reported is not None:
                events.append(TimelineEvent(reported, "incident.report", incident_id, title))
            if closed is not None:
                events.append(TimelineEvent(closed, "incident.close", incident_id, title))
        events.sort(key=lambda e: e.at)  # stable: the log's own order stays for equal times
        return events

    def timeline(self, op_id: str) -> list[tuple[datetime, str, str, str]]:
        """(time, kind, key, text) of `timeline_events`, for the after-action CSV; a struck entry's
        text says so, with the reason."""
        return [e.row() for e in self.timeline_events(op_id)]


@lru_cache(maxsize=DECODED)
def _decoded(cls: type, data: str) -> object:
    return from_wire(cls, json.loads(data))


def _record(cls: type[R], data: str) -> R:
    """The record of a row's JSON. Decoding is most of a read (about 25 µs a record, 500 tasks
    12 ms), and a board or log reads the same rows again on every change; records are immutable,
    so one decoded from the very same text is shared."""
    kind: type = cls  # as a plain type: mypy does not see type[R] as Hashable
    return cast(R, _decoded(kind, data))


def forget_decoded() -> None:
    """Drop the records kept decoded (benchmarks of a first read)."""
    _decoded.cache_clear()


def _stamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else float("-inf")


def _check_page(offset: int, limit: int) -> None:
    if offset < 0 or limit < 0:
        raise ValueError(f"offset and limit must not be negative (got {offset}, {limit})")
