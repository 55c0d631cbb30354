"""Incident queues as SQL: the filter of a queue (`IncidentQuery`), what one row shows (`IncidentRow`),
and the statement that fetches one page.

SQL does the filtering, sorting and paging (docs/architecture.md §3). The incident key rid is in report-time
order, so the default sort is a walk of the table, every index on a sort key (all of `SORT_KEYS`)
also orders by report time within equal values, and the order always ends in rid, so
pages are stable and a page costs about the same at any table size. A text search with the default
sort is driven by the full-text index itself, newest match first, and stops after the page.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from math import isqrt
from typing import Any

from dispatch_desk.store.incident_rows import from_us, rid_bounds, to_us
from dispatch_desk.store.textsearch import match_expression

# Accepted values of IncidentQuery.sort; each is served by an index.
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
    ids: tuple[str, ...] = ()  # only these incidents (the ones behind a figure drilled into)
    also: tuple[str, ...] = ()  # these incidents too, whenever they were reported (a shift's handed-over ones)
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


def row_from_sql(r: tuple[Any, ...]) -> IncidentRow:
    return IncidentRow(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
        from_us(r[11]), from_us(r[12]), from_us(r[13]), bool(r[14]), bool(r[15]), r[16], r[17],
    )  # fmt: skip


def where_clause(
    conn: sqlite3.Connection, q: IncidentQuery, p: str = "", *, text: bool = True
) -> tuple[str, list[Any]]:
    """The WHERE clause (without the keyword; "1" when nothing filters) and its parameters.

    p = "+" turns every column reference into an expression, which keeps SQLite from reading the
    filter's index, so that it walks the index of the sort instead (see page_sql). text=False
    leaves the full-text condition out, for a statement driven by the full-text index itself.
    """
    terms: list[str] = []
    params: list[Any] = []

    def among(column: str, values: tuple[Any, ...]) -> None:
        if values:
            terms.append(f"{p}{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)

    among("status", tuple(str(s) for s in q.statuses))
    among("category", q.categories)
    among("source", tuple(str(s) for s in q.sources))
    among("severity", tuple(int(s) for s in q.severities))
    if q.open_only:
        terms.append(f"{p}open = 1")
    if q.region:
        level = conn.execute(
            "SELECT json_extract(data, '$.level') FROM region WHERE key = ?", (q.region,)
        ).fetchone()
        if level is None:
            terms.append(f"({p}district = ? OR {p}street = ?)")
            params += [q.region, q.region]
        elif level[0] in ("district", "street"):
            terms.append(f"{p}{level[0]} = ?")
            params.append(q.region)
    if q.grid_cell:
        terms.append(f"{p}grid_cell = ?")
        params.append(q.grid_cell)
    if q.agency:
        terms.append(
            f"({p}lead_agency = ? OR {p}incident.rid IN (SELECT rid FROM incident_co_agency WHERE agency = ?))"
        )
        params += [q.agency, q.agency]
    if q.sla:
        now = to_us(q.now or datetime.now(UTC))
        states = []
        for state in q.sla:
            sql, values = sla_condition(state, now, p)
            states.append(sql)
            params += values
        terms.append("(" + " OR ".join(states) + ")")
    if q.supervised is not None:
        # A literal, not a parameter, so the partial index "WHERE supervised = 1" can serve it.
        terms.append(f"{p}supervised = {int(q.supervised)}")
    if q.pending_only:
        terms.append(f"{p}pending = 1")
    if q.ids:
        # one JSON parameter however many ids: no limit on bound variables
        terms.append(f"{p}incident.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(q.ids)))
    rid = "incident.rid" if q.sort == "reported_at" else f"{p}incident.rid"  # rid order is the sort
    window: list[str] = []
    if q.reported_from is not None:
        window.append(f"{rid} >= ?")
        params.append(rid_bounds(q.reported_from))
    if q.reported_to is not None:
        window.append(f"{rid} < ?")
        params.append(rid_bounds(q.reported_to))
    if window and q.also:
        terms.append(f"({' AND '.join(window)} OR {p}incident.id IN (SELECT value FROM json_each(?)))")
        params.append(json.dumps(list(q.also)))
    else:
        terms += window
    if q.bbox is not None:
        terms.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [q.bbox[0], q.bbox[2], q.bbox[1], q.bbox[3]]
    if q.text.strip():
        match = match_expression(q.text)
        if match is None:
            terms.append("0")  # only punctuation was typed: nothing can match
        elif text:
            terms.append(f"{p}incident.rid IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
            params.append(match)
    return (" AND ".join(terms) or "1"), params


def sla_condition(state: str, now_us: int, p: str = "") -> tuple[str, list[Any]]:
    """The condition of one SLA state at `now_us` and its parameters: what the queue's SLA filter and
    the wall display's tallies count, so both agree with `domain.sla.marks_state` through the columns
    derived on write (open, clock, due_at, near_at)."""
    # "open = 1" is implied by "clock = 1"; spelled out, it lets (open, clock, due_at) serve.
    if state == "overdue":
        return f"({p}open = 1 AND {p}clock = 1 AND {p}due_at < ?)", [now_us]
    if state == "near":
        return f"({p}open = 1 AND {p}clock = 1 AND {p}due_at >= ? AND {p}near_at <= ?)", [now_us, now_us]
    if state == "ok":
        return f"({p}open = 1 AND {p}clock = 1 AND {p}due_at >= ? AND {p}near_at > ?)", [now_us, now_us]
    if state == "none":
        return f"({p}clock = 0 OR {p}due_at IS NULL)", []
    raise ValueError(f"unknown SLA state {state!r}; expected one of {SLA_STATES}")


@dataclass(frozen=True, slots=True)
class AreaTally:
    """The incidents of one street (of one district) as a situation display counts them at a moment:
    open now, and of those near their deadline, overdue and supervised (督办); reported and closed since
    the start of the day. Merged duplicates are not counted: their case lives on in the one they joined."""

    district: str | None
    street: str | None
    open: int
    near: int
    overdue: int
    supervised: int
    reported: int
    closed: int


def area_tally_sql(now: datetime, since: datetime) -> tuple[str, list[Any]]:
    """One pass over the incidents, grouped by district and street."""
    now_us = to_us(now)
    near, near_params = sla_condition("near", now_us)
    overdue, overdue_params = sla_condition("overdue", now_us)
    sql = (
        "SELECT district, street, sum(open), "
        f"sum({near}), sum({overdue}), sum(open = 1 AND supervised = 1), "
        "sum(rid >= ?), sum(closed_at IS NOT NULL AND closed_at >= ?) "
        "FROM incident WHERE merged_into IS NULL GROUP BY district, street"
    )
    return sql, [*near_params, *overdue_params, rid_bounds(since), to_us(since)]


def _text_order(q: IncidentQuery) -> bool:
    """Whether the page could be read from the full-text index in its own (report-time) order."""
    return bool(q.sort == "reported_at" and q.text.strip() and match_expression(q.text))


def order_clause(q: IncidentQuery, p: str = "") -> str:
    """ORDER BY terms; p = "+" keeps SQLite from reading them off an index (it sorts instead)."""
    if q.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort {q.sort!r}; expected one of {SORT_KEYS}")
    d = "DESC" if q.descending else "ASC"
    if q.sort == "reported_at":
        return f"{p}incident.rid {d}"
    if q.sort == "due_at":
        # Ascending (most urgent first): running clocks, then suspended, then closed, walking the
        # (open DESC, clock DESC, due_at) index forwards; descending is the exact reverse walk.
        r = "ASC" if q.descending else "DESC"
        return f"{p}open {r}, {p}clock {r}, {p}due_at {d}, {p}incident.rid {d}"
    return f"{p}{q.sort} {d}, {p}incident.rid {d}"


# A page is read one of three ways: filter first (read the rows of the most selective filter
# through its index, check the other filters, sort), order first (walk the sort's index and keep
# the rows that match), or, for a text search by report time, walk the full-text index newest
# match first. Filter first costs the K rows of its filter, order first about
# (offset + limit) * N / K' rows (K' the rows matching everything); they break even near
# K = sqrt((offset + limit) * N). Each indexed filter is counted on its own from its index alone
# (no table rows are read) up to a few times that, and the smallest one under it is read first;
# the other filters are then checked as it goes, on the index entry's rid where they can.
MIN_CAP = 2000
CAP_FACTOR = 3  # order-first reads rows at random, filter-first mostly in index order
_TEXT = ("text",)
_REPORTED = ("reported_from", "reported_to", "also")  # "also" widens the window: never apart from it
_PROBED = (
    ("ids",), _TEXT, ("grid_cell",), ("region",), ("agency",), ("pending_only",), ("supervised",), ("statuses",),
    ("sla",), ("categories",), ("severities",), ("sources",), ("open_only",), _REPORTED,
)  # fmt: skip
_EMPTY = IncidentQuery()


def _cap(offset: int, limit: int, table_rows: int) -> int:
    return max(MIN_CAP, CAP_FACTOR * isqrt((offset + limit) * max(table_rows, 1)))


# (count statement, params) -> (count, cap it was counted up to); kept by the Store for a while,
# since a queue asks for the same filter again and again (paging, refreshes).
CountMemo = dict[tuple[str, tuple[Any, ...]], tuple[int, int]]


def _count(conn: sqlite3.Connection, sql: str, params: list[Any], cap: int, memo: CountMemo | None) -> int:
    key = (sql, tuple(params))
    k: int
    if memo is not None and key in memo:
        k, counted_to = memo[key]
        if k < counted_to or cap <= counted_to:  # exact, or known to reach the cap
            return min(k, cap)
    k = conn.execute(sql, [*params, cap]).fetchone()[0]
    if memo is not None:
        memo[key] = (k, cap)
    return k


def selective_filter(
    conn: sqlite3.Connection,
    q: IncidentQuery,
    offset: int,
    limit: int,
    table_rows: int,
    memo: CountMemo | None = None,
) -> tuple[str, ...] | None:
    """The fields of the filter with the fewest rows, if it has fewer than the cap; else None."""
    cap = _cap(offset, limit, table_rows)
    best: tuple[int, tuple[str, ...]] | None = None
    for fields in _PROBED:
        if all(getattr(q, f) == getattr(_EMPTY, f) for f in fields):
            continue
        if fields == _TEXT:
            match = match_expression(q.text)
            if match is None:
                continue
            sql = "SELECT count(*) FROM (SELECT 1 FROM incident_fts WHERE incident_fts MATCH ? LIMIT ?)"
            params: list[Any] = [match]
        else:
            only = replace(_EMPTY, sort=q.sort, now=q.now, **{f: getattr(q, f) for f in fields})
            where, params = where_clause(conn, only)
            sql = f"SELECT count(*) FROM (SELECT 1 FROM incident WHERE {where} LIMIT ?)"
        k = _count(conn, sql, params, cap, memo)
        if k < cap and (best is None or k < best[0]):
            best = (k, fields)
    return None if best is None else best[1]


def filter_first(
    conn: sqlite3.Connection, q: IncidentQuery, offset: int, limit: int, table_rows: int
) -> bool:
    return selective_filter(conn, q, offset, limit, table_rows) is not None


def page_sql(
    conn: sqlite3.Connection,
    q: IncidentQuery,
    offset: int,
    limit: int,
    table_rows: int | None = None,
    memo: CountMemo | None = None,
) -> tuple[str, list[Any]]:
    """The statement of one page. table_rows: about how many incidents the cache holds (counted
    when None); memo: filter counts of earlier pages, reused."""
    if table_rows is None:
        table_rows = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    chosen = selective_filter(conn, q, offset, limit, table_rows, memo)
    if _text_order(q) and chosen in (None, _TEXT):
        # The full-text index walked newest match first (CROSS JOIN keeps it the outer loop; it
        # consumes ORDER BY rowid); the walk stops after the page.
        where, params = where_clause(conn, q, text=False)
        order = f"incident_fts.rowid {'DESC' if q.descending else 'ASC'}"
        source = "incident_fts CROSS JOIN incident ON incident.rid = incident_fts.rowid"
        sql = f"SELECT {ROW_COLUMNS} FROM {source} WHERE incident_fts MATCH ? AND {where} ORDER BY {order} LIMIT ? OFFSET ?"
        return sql, [match_expression(q.text), *params, limit, offset]
    if chosen is not None:
        # Only the chosen filter may use its index; "+" turns the others into plain checks.
        only = replace(_EMPTY, sort=q.sort, now=q.now, **{f: getattr(q, f) for f in chosen})
        rest = replace(q, **{f: getattr(_EMPTY, f) for f in chosen})
        w1, p1 = where_clause(conn, only)
        w2, p2 = where_clause(conn, rest, "+")
        where, params = f"{w1} AND {w2}", [*p1, *p2]
        # By report time, an equality filter's index (column, rid) is already in order.
        inner = order_clause(q, "" if q.sort == "reported_at" else "+")
    else:
        where, params = where_clause(conn, q, "+")
        inner = order_clause(q)
    # The page's rids are chosen first and the rows read after: sorting thousands of bare
    # (key, rid) pairs is several times faster than sorting thousands of whole rows.
    sql = (
        f"SELECT {ROW_COLUMNS} FROM incident WHERE rid IN (SELECT incident.rid FROM incident WHERE {where} "
        f"ORDER BY {inner} LIMIT ? OFFSET ?) ORDER BY {order_clause(q)}"
    )
    return sql, [*params, limit, offset]


def count_sql(conn: sqlite3.Connection, q: IncidentQuery) -> tuple[str, list[Any]]:
    where, params = where_clause(conn, q)
    return f"SELECT count(*) FROM incident WHERE {where}", params
