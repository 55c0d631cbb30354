"""Writing records into the cache tables, keeping the full-text indexes and derived columns in step.

Every write path (change feed, optimistic staging, settling, bulk load) goes through `RowWriter`,
so the search index and the agency links can never drift from the rows. Callers own the
transaction; nothing here commits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from dispatch_desk.store import incident_rows as ir
from dispatch_desk.store.entities import RECORD_CLASSES, split_reading_key
from dispatch_desk.store.textsearch import index_terms

_IDX = {name: i for i, name in enumerate(ir.COLUMNS)}
_TEXT = (_IDX["title"], _IDX["description"], _IDX["address"], _IDX["code"])
_CO = _IDX["co_agencies"]
_REPORTED = _IDX["reported_at"]
# incident_fts is contentless: a row is removed with the terms it was indexed with.
_FTS_DELETE = "INSERT INTO incident_fts (incident_fts, rowid, terms) VALUES ('delete', ?, ?)"
_SELECT_INCIDENT = f"SELECT {', '.join(ir.COLUMNS)} FROM incident"


def _knowledge_terms(doc: Mapping[str, Any]) -> str:
    return index_terms(doc.get("title", ""), doc.get("body", ""), " ".join(doc.get("tags", ())))


def _log_terms(entry: Mapping[str, Any]) -> str:
    return index_terms(entry.get("text", ""), entry.get("struck_reason") or "")


# JSON-kept entities with a full-text index of their own: entity -> (FTS table, terms of a row's
# data). The index holds its terms (not contentless), so a row is removed by rowid alone.
SEARCHED: dict[str, tuple[str, Callable[[Mapping[str, Any]], str]]] = {
    "knowledge_doc": ("knowledge_fts", _knowledge_terms),
    "log_entry": ("log_fts", _log_terms),
}


class RowWriter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.windows: dict[tuple[str, str], int] = {}
        self.load_windows()

    # --- SLA near-overdue windows

    def load_windows(self) -> None:
        self.windows = {
            (cat, stage): int(minutes) * 60_000_000
            for cat, stage, minutes in self.conn.execute(
                "SELECT json_extract(data, '$.category'), json_extract(data, '$.stage'), "
                "json_extract(data, '$.near_minutes') FROM sla_rule"
            )
            if minutes is not None
        }

    def refresh_near_at(self, categories: Iterable[str]) -> None:
        """Recompute near_at of the incidents of these categories after their SLA rules changed."""
        self.load_windows()
        for category in set(categories):
            cases = " ".join(
                f"WHEN '{status}' THEN {self.windows.get((category, stage), ir.DEFAULT_NEAR_US[stage])}"
                for status, stage in ir.STAGE_OF_STATUS.items()
            )
            self.conn.execute(
                f"UPDATE incident SET near_at = due_at - CASE status {cases} ELSE 0 END "
                "WHERE category = ? AND due_at IS NOT NULL",
                (category,),
            )

    # --- generic entry points

    def put(
        self, entity: str, items: Sequence[tuple[str, Mapping[str, Any] | None]], pending: int = 0
    ) -> None:
        """Upsert (data) or delete (None) rows of one entity, in order."""
        run: list[tuple[str, Mapping[str, Any]]] = []
        for key, data in items:
            if data is None:
                self._upsert(entity, run, pending)
                run = []
                self._delete(entity, key)
            else:
                run.append((key, data))
        self._upsert(entity, run, pending)

    def read(self, entity: str, key: str) -> dict[str, Any] | None:
        """The visible row as a `codec.to_wire` dict."""
        if entity == "incident":
            row = self.conn.execute(f"{_SELECT_INCIDENT} WHERE id = ?", (key,)).fetchone()
            return None if row is None else ir.wire_from_row(row)
        if entity == "reading":
            indicator, at = split_reading_key(key)
            row = self.conn.execute(
                "SELECT value FROM reading WHERE indicator = ? AND at = ?",
                (indicator, ir.iso_to_us(at) / 1e6),
            ).fetchone()
            return None if row is None else {"indicator": indicator, "at": at, "value": row[0]}
        self._check(entity)
        row = self.conn.execute(f"SELECT data FROM {entity} WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_pending(self, entity: str, key: str, pending: int) -> None:
        if entity == "incident":
            self.conn.execute("UPDATE incident SET pending = ? WHERE id = ?", (pending, key))
        elif entity == "reading":
            indicator, at = split_reading_key(key)
            self.conn.execute(
                "UPDATE reading SET pending = ? WHERE indicator = ? AND at = ?",
                (pending, indicator, ir.iso_to_us(at) / 1e6),
            )
        else:
            self._check(entity)
            self.conn.execute(f"UPDATE {entity} SET pending = ? WHERE key = ?", (pending, key))

    def _check(self, entity: str) -> None:
        if entity not in RECORD_CLASSES:
            raise KeyError(f"unknown entity {entity!r}")

    def _upsert(self, entity: str, items: list[tuple[str, Mapping[str, Any]]], pending: int) -> None:
        if not items:
            return
        if entity == "incident":
            self.put_incidents([ir.values_from_wire(d, self.windows, pending) for _, d in items])
        elif entity == "reading":
            self.conn.executemany(
                "INSERT OR REPLACE INTO reading (indicator, at, value, pending) VALUES (?, ?, ?, ?)",
                [(d["indicator"], ir.iso_to_us(d["at"]) / 1e6, d["value"], pending) for _, d in items],
            )
        else:
            self._check(entity)
            self.conn.executemany(
                f"INSERT INTO {entity} (key, data, pending) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET data = excluded.data, pending = excluded.pending",
                [(k, json.dumps(d, ensure_ascii=False), pending) for k, d in items],
            )
            if entity in SEARCHED:
                self._index_json(entity, items)
            elif entity == "sla_rule":
                self.refresh_near_at(d["category"] for _, d in items)

    def _delete(self, entity: str, key: str) -> None:
        if entity == "incident":
            found = self.conn.execute(
                "SELECT rid, title, description, address, code FROM incident WHERE id = ?", (key,)
            ).fetchone()
            if found:
                rid = found[0]
                self.conn.execute(_FTS_DELETE, (rid, index_terms(*found[1:])))
                self.conn.execute("DELETE FROM incident_co_agency WHERE rid = ?", (rid,))
                self.conn.execute("DELETE FROM incident WHERE rid = ?", (rid,))
        elif entity == "reading":
            indicator, at = split_reading_key(key)
            self.conn.execute(
                "DELETE FROM reading WHERE indicator = ? AND at = ?", (indicator, ir.iso_to_us(at) / 1e6)
            )
        else:
            self._check(entity)
            if entity in SEARCHED:
                self.conn.execute(
                    f"DELETE FROM {SEARCHED[entity][0]} WHERE rowid = (SELECT rowid FROM {entity} WHERE key = ?)",
                    (key,),
                )
            category = None
            if entity == "sla_rule":
                category = self.conn.execute(
                    "SELECT json_extract(data, '$.category') FROM sla_rule WHERE key = ?", (key,)
                ).fetchone()
            self.conn.execute(f"DELETE FROM {entity} WHERE key = ?", (key,))
            if category:
                self.refresh_near_at(category)

    def _index_json(self, entity: str, items: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """Index the text of upserted rows of a searched JSON-kept entity again (rowid = the row's)."""
        table, terms_of = SEARCHED[entity]
        latest = dict(items)
        rowids = self.conn.execute(
            f"SELECT rowid, key FROM {entity} WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(list(latest)),),
        ).fetchall()
        self.conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(r[0],) for r in rowids])
        self.conn.executemany(
            f"INSERT INTO {table} (rowid, terms) VALUES (?, ?)",
            [(rowid, terms_of(latest[key])) for rowid, key in rowids],
        )

    def rebuild_json_search(self, entity: str) -> int:
        """Index every row of a searched JSON-kept entity again; returns the count."""
        table, terms_of = SEARCHED[entity]
        self.conn.execute(f"DELETE FROM {table}")
        rows = self.conn.execute(f"SELECT rowid, data FROM {entity}")
        n = 0
        while batch := rows.fetchmany(5000):
            self.conn.executemany(
                f"INSERT INTO {table} (rowid, terms) VALUES (?, ?)",
                [(rowid, terms_of(json.loads(data))) for rowid, data in batch],
            )
            n += len(batch)
        return n

    # --- incidents

    def put_incidents(self, values: Sequence[tuple[Any, ...]], terms: Sequence[str] | None = None) -> None:
        """Upsert incident rows (tuples in incident_rows.COLUMNS order) with their search terms and
        co-agency links. Batched: a few statements per call, not per row. `terms`, if given, are
        the rows' index_terms (computed ahead, see search_terms)."""
        latest = {v[0]: v for v in values}  # the same incident twice in a batch: the last one wins
        new_terms = dict(zip((v[0] for v in values), terms, strict=True)) if terms is not None else {}
        before = {
            r[0]: r[1:]
            for r in self.conn.execute(
                "SELECT id, rid, title, description, address, code, co_agencies FROM incident "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(latest)),),
            )
        }
        # An incident whose report time changed moves to a new rid: removed here, inserted below.
        moved = [k for k, old in before.items() if old[0] // ir.RID_SLOTS != latest[k][_REPORTED]]
        for key in moved:
            self._delete("incident", key)
            del before[key]
        fresh = [v for k, v in latest.items() if k not in before] if before else list(latest.values())
        fresh_rids = self._new_rids(fresh)
        # Rows known to be new take a plain INSERT: the upsert's conflict handling costs about a quarter more.
        self.conn.executemany(ir.INSERT_SQL, [(rid, *v) for rid, v in zip(fresh_rids, fresh, strict=True)])
        a, b, c, d = _TEXT
        fts_insert = [
            (rid, new_terms.get(v[0]) or index_terms(v[a], v[b], v[c], v[d]))
            for rid, v in zip(fresh_rids, fresh, strict=True)
        ]
        co_insert = [
            (agency, rid)
            for rid, v in zip(fresh_rids, fresh, strict=True)
            if v[_CO] != "[]"
            for agency in json.loads(v[_CO])
        ]
        fts_delete, co_delete = [], []
        if before:
            self.conn.executemany(ir.UPSERT_SQL, [(before[k][0], *latest[k]) for k in before])
            for key, old in before.items():
                v, rid = latest[key], old[0]
                text = (v[a], v[b], v[c], v[d])
                if old[1:5] != text:
                    fts_delete.append((rid, index_terms(*old[1:5])))
                    fts_insert.append((rid, new_terms.get(key) or index_terms(*text)))
                if old[5] != v[_CO]:
                    co_delete.append((rid,))
                    if v[_CO] != "[]":
                        co_insert.extend((agency, rid) for agency in json.loads(v[_CO]))
        if fts_delete:
            self.conn.executemany(_FTS_DELETE, fts_delete)
        self.conn.executemany("INSERT INTO incident_fts (rowid, terms) VALUES (?, ?)", fts_insert)
        if co_delete:
            self.conn.executemany("DELETE FROM incident_co_agency WHERE rid = ?", co_delete)
        self.conn.executemany(
            "INSERT OR IGNORE INTO incident_co_agency (agency, rid) VALUES (?, ?)", co_insert
        )

    @staticmethod
    def search_terms(values: Sequence[tuple[Any, ...]]) -> list[str]:
        """index_terms of incident rows, for put_incidents(values, terms)."""
        a, b, c, d = _TEXT
        return [index_terms(v[a], v[b], v[c], v[d]) for v in values]

    def rebuild_incident_search(self) -> int:
        """Index every incident's text again (after a change of index_terms); returns the count."""
        self.conn.execute("INSERT INTO incident_fts (incident_fts) VALUES ('delete-all')")
        rows = self.conn.execute("SELECT rid, title, description, address, code FROM incident")
        n = 0
        while batch := rows.fetchmany(5000):
            self.conn.executemany(
                "INSERT INTO incident_fts (rowid, terms) VALUES (?, ?)",
                [(r[0], index_terms(*r[1:])) for r in batch],
            )
            n += len(batch)
        return n

    def _new_rids(self, rows: list[tuple[Any, ...]]) -> list[int]:
        """Free rids for new incidents (one per row, in order): reported_at * RID_SLOTS plus the
        first free slot."""
        if not rows:
            return []
        bases = sorted({v[_REPORTED] for v in rows})
        # One range read usually covers the batch (bulk loads and feed pages come mostly in report
        # order, into an empty or older range); when the range is crowded, look up each base instead.
        cap = 4 * len(rows) + 16
        taken = {
            r[0]
            for r in self.conn.execute(
                "SELECT rid FROM incident WHERE rid >= ? AND rid < ? LIMIT ?",
                (ir.rid_base(bases[0]), ir.rid_base(bases[-1] + 1), cap),
            )
        }
        if len(taken) >= cap:
            taken = {
                r[0]
                for r in self.conn.execute(
                    "SELECT i.rid FROM json_each(?) b JOIN incident i "
                    "ON i.rid >= b.value * ? AND i.rid < (b.value + 1) * ?",
                    (json.dumps(bases), ir.RID_SLOTS, ir.RID_SLOTS),
                )
            }
        out = []
        slots = ir.RID_SLOTS
        for v in rows:
            base = v[_REPORTED] * slots
            rid = base
            while rid in taken:
                rid += 1
            if rid >= base + slots:
                raise ValueError(f"more than {slots} incidents reported in the same microsecond")
            taken.add(rid)
            out.append(rid)
        return out
