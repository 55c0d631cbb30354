"""Incident queues as SQL: the filter of a queue (`IncidentQuery`), what one row shows (`IncidentRow`),
and the statement that fetches one page.

SQL does the filtering, sorting and paging (DESIGN.md §3). The incident key rid is in report-time
order, so the default sort is a walk of the table, every index on a sort key (all of `SORT_KEYS`
but title) also orders by report time within equal values, and the order always ends in rid, so
pages are stable and a page costs about the same at any table size. A text search with the default
sort is driven by the full-text index itself, newest match first, and stops after the page.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from dispatch_desk.store.incident_rows import from_us, rid_bounds, to_us
from dispatch_desk.store.textsearch import match_expression

# Accepted values of IncidentQuery.sort. All but "title" are served by an index.
SORT_KEYS = (
    "reported_at", "updated_at", "due_at", "severity", "status", "category", "source", "code",
    "title", "street", "district", "grid_cell", "lead_agency",
)  # fmt: skip
SLA_STATES = ("ok", "near", "overdue", "none")


@dataclass(frozen=True)
class IncidentQuery:
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    severities: tuple[int, ...] = ()
    region: str | None = None  # district or street code (a city code means everything)
    grid_cell: str | None = None
    agency: str | None = None  # lead or co-agency
    sla: tuple[str, ...] = ()  # "ok" | "near" | "overdue" | "none", at `now`
    supervised: bool | None = None
    open_only: bool = False
    reported_from: datetime | None = None  # inclusive
    reported_to: datetime | None = None  # exclusive
    text: str = ""  # full text over title, description, address and code
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    pending_only: bool = False
    sort: str = "reported_at"
    descending: bool = True
    now: datetime | None = None  # the moment SLA states are computed for (default: now)


@dataclass(frozen=True, slots=True)
class IncidentRow:
    id: str
    code: str
    title: str
    category: str
    source: str
    severity: int
    status: str
    street: str | None
    district: str | None
    grid_cell: str | None
    lead_agency: str | None
    reported_at: datetime
    due_at: datetime | None
    sla_near_at: datetime | None
    supervised: bool
    pending: bool
    lon: float
    lat: float


ROW_COLUMNS = (
    "id, code, title, category, source, severity, status, street, district, grid_cell, lead_agency, "
    "reported_at, due_at, near_at, supervised, pending, lon, lat"
)


def row_from_sql(r: tuple) -> IncidentRow:
    return IncidentRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
        from_us(r[11]), from_us(r[12]), from_us(r[13]), bool(r[14]), bool(r[15]), r[16], r[17],
    )  # fmt: skip


def where_clause(conn: sqlite3.Connection, q: IncidentQuery) -> tuple[str, list]:
    """The WHERE clause (without the keyword; "1" when nothing filters) and its parameters."""
    terms: list[str] = []
    params: list = []

    def among(column: str, values: tuple) -> None:
        if values:
            terms.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)

    among("status", tuple(str(s) for s in q.statuses))
    among("category", q.categories)
    among("source", tuple(str(s) for s in q.sources))
    among("severity", tuple(int(s) for s in q.severities))
    if q.open_only:
        terms.append("open = 1")
    if q.region:
        level = conn.execute(
            "SELECT json_extract(data, '$.level') FROM region WHERE key = ?", (q.region,)
        ).fetchone()
        if level is None:
            terms.append("(district = ? OR street = ?)")
            params += [q.region, q.region]
        elif level[0] in ("district", "street"):
            terms.append(f"{level[0]} = ?")
            params.append(q.region)
    if q.grid_cell:
        terms.append("grid_cell = ?")
        params.append(q.grid_cell)
    if q.agency:
        terms.append("(lead_agency = ? OR rid IN (SELECT rid FROM incident_co_agency WHERE agency = ?))")
        params += [q.agency, q.agency]
    if q.sla:
        now = to_us(q.now or datetime.now(UTC))
        states = []
        for state in q.sla:
            if state == "overdue":
                states.append("(clock = 1 AND due_at < ?)")
                params.append(now)
            elif state == "near":
                states.append("(clock = 1 AND due_at >= ? AND near_at <= ?)")
                params += [now, now]
            elif state == "ok":
                states.append("(clock = 1 AND due_at >= ? AND near_at > ?)")
                params += [now, now]
            elif state == "none":
                states.append("(clock = 0 OR due_at IS NULL)")
            else:
                raise ValueError(f"unknown SLA state {state!r}; expected one of {SLA_STATES}")
        terms.append("(" + " OR ".join(states) + ")")
    if q.supervised is not None:
        # A literal, not a parameter, so the partial index "WHERE supervised = 1" can serve it.
        terms.append(f"supervised = {int(q.supervised)}")
    if q.pending_only:
        terms.append("pending = 1")
    if q.reported_from is not None:
        terms.append("incident.rid >= ?")
        params.append(rid_bounds(q.reported_from))
    if q.reported_to is not None:
        terms.append("incident.rid < ?")
        params.append(rid_bounds(q.reported_to))
    if q.bbox is not None:
        terms.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [q.bbox[0], q.bbox[2], q.bbox[1], q.bbox[3]]
    if q.text.strip():
        match = match_expression(q.text)
        if match is None:
            terms.append("0")  # only punctuation was typed: nothing can match
        elif not driven_by_text(q):
            terms.append("incident.rid IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
            params.append(match)
    return (" AND ".join(terms) or "1"), params


def driven_by_text(q: IncidentQuery) -> bool:
    """Whether the page is read from the full-text index in its own (report-time) order."""
    return bool(q.sort == "reported_at" and q.text.strip() and match_expression(q.text))


def order_clause(q: IncidentQuery) -> str:
    if q.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort {q.sort!r}; expected one of {SORT_KEYS}")
    d = "DESC" if q.descending else "ASC"
    if q.sort == "reported_at":
        return f"incident.rid {d}"
    if q.sort == "due_at":
        # Ascending (most urgent first) lists running clocks before stopped ones, walking the
        # (clock DESC, due_at) index forwards; descending is the exact reverse walk.
        return f"clock {'ASC' if q.descending else 'DESC'}, due_at {d}, rid {d}"
    return f"{q.sort} {d}, rid {d}"


def _from(conn: sqlite3.Connection, q: IncidentQuery) -> tuple[str, list]:
    where, params = where_clause(conn, q)
    if driven_by_text(q):
        # CROSS JOIN keeps the full-text index as the outer loop; it consumes ORDER BY rowid.
        source = "incident_fts CROSS JOIN incident ON incident.rid = incident_fts.rowid"
        return f"{source} WHERE incident_fts MATCH ? AND {where}", [match_expression(q.text), *params]
    return f"incident WHERE {where}", params


def page_sql(conn: sqlite3.Connection, q: IncidentQuery, offset: int, limit: int) -> tuple[str, list]:
    source, params = _from(conn, q)
    order = order_clause(q)
    if driven_by_text(q):
        order = f"incident_fts.rowid {'DESC' if q.descending else 'ASC'}"
    sql = f"SELECT {ROW_COLUMNS} FROM {source} ORDER BY {order} LIMIT ? OFFSET ?"
    return sql, [*params, limit, offset]


def count_sql(conn: sqlite3.Connection, q: IncidentQuery) -> tuple[str, list]:
    source, params = _from(conn, q)
    return f"SELECT count(*) FROM {source}", params
