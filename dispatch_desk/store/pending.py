"""Optimistic writes: the outbox, the server versions kept aside (shadows), settling and conflicts.

While a mutation is unsent or unanswered, the rows it wrote show its optimistic effect marked
pending, and the server's version of each such row waits in `shadow` (the change feed keeps it
current). When the server answers:
- applied / duplicate: once a row has no other pending mutation, it shows the server's version if
  the feed already brought the mutation's effect (shadow.seq >= result.seq); otherwise the
  optimistic row stays, no longer pending, until the feed brings the server's version.
- conflict / rejected: a Conflict keeps what the officer meant to do, and the row returns to the
  server's version. Nothing is dropped silently (docs/architecture.md §4).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.wire import Mutation, MutationResult, Outcome
from dispatch_desk.store.writes import RowWriter

Changed = dict[str, set[str]]


@dataclass(frozen=True)
class Conflict:
    id: str  # the id of the refused mutation
    mutation: Mutation
    outcome: str  # "conflict" | "rejected"
    reason: str
    entity: str | None  # the kind of `state`
    state: dict[str, Any] | None  # the server's state when it refused
    created_at: datetime
    resolved_at: datetime | None = None
    resolution: str | None = None  # "reissue" | "discard"
    code: str = ""  # the refusal code (`workflow_actions.Code`); "" from a service that sent none


def new_mutation_id() -> str:
    """A UUIDv7 (time-ordered, so outboxes and server logs sort by issue time)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | (0x7 << 76) | ((rand >> 68) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1))
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def stage(
    conn: sqlite3.Connection,
    writer: RowWriter,
    mutation: Mutation,
    writes: Sequence[tuple[str, str, Mapping[str, Any] | None]],
) -> None:
    """Within the caller's transaction: outbox row, shadows, optimistic rows."""
    body = mutation.model_dump(mode="json")
    conn.execute(
        "INSERT INTO outbox (id, name, args, client_time, staged_at) VALUES (?, ?, ?, ?, ?)",
        (
            mutation.id,
            mutation.name,
            json.dumps(body["args"], ensure_ascii=False),
            body["client_time"],
            _now(),
        ),
    )
    for entity, key, data in writes:
        kept = conn.execute("SELECT 1 FROM shadow WHERE entity = ? AND key = ?", (entity, key)).fetchone()
        if kept is None:
            server = writer.read(entity, key)
            conn.execute(
                "INSERT INTO shadow (entity, key, data, seq) VALUES (?, ?, ?, NULL)",
                (entity, key, None if server is None else json.dumps(server, ensure_ascii=False)),
            )
        writer.put(entity, [(key, data)], pending=1)
        conn.execute(
            "INSERT OR IGNORE INTO pending_write (mutation_id, entity, key) VALUES (?, ?, ?)",
            (mutation.id, entity, key),
        )


def shadowed(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT entity, key FROM shadow"))


def outbox(conn: sqlite3.Connection, limit: int) -> list[Mutation]:
    rows = conn.execute("SELECT id, name, args, client_time FROM outbox ORDER BY seq LIMIT ?", (limit,))
    return [Mutation(id=i, name=n, args=json.loads(a), client_time=parse_time(t)) for i, n, a, t in rows]


def settle(conn: sqlite3.Connection, writer: RowWriter, results: Sequence[MutationResult]) -> Changed:
    """Within the caller's transaction. A result for a mutation no longer in the outbox is ignored,
    so a replayed answer is harmless."""
    changed: Changed = defaultdict(set)
    for result in results:
        row = conn.execute("SELECT name, args, client_time FROM outbox WHERE id = ?", (result.id,)).fetchone()
        if row is None:
            continue
        written = conn.execute(
            "SELECT entity, key FROM pending_write WHERE mutation_id = ?", (result.id,)
        ).fetchall()
        refused = result.outcome in (Outcome.CONFLICT, Outcome.REJECTED)
        if refused:
            conn.execute(
                "INSERT OR IGNORE INTO conflict (id, mutation_id, name, args, client_time, outcome, reason, "
                "entity, state, created_at, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.id, result.id, row[0], row[1], row[2], result.outcome.value, result.reason,
                    result.entity,
                    None if result.state is None else json.dumps(result.state, ensure_ascii=False),
                    _now(), result.code or "",
                ),
            )  # fmt: skip
        conn.execute("DELETE FROM outbox WHERE id = ?", (result.id,))  # cascades to pending_write
        for entity, key in written:
            if conn.execute(
                "SELECT 1 FROM pending_write WHERE entity = ? AND key = ?", (entity, key)
            ).fetchone():
                continue  # a later mutation still holds the row
            data, seq = conn.execute(
                "SELECT data, seq FROM shadow WHERE entity = ? AND key = ?", (entity, key)
            ).fetchone() or (None, None)
            feed_caught_up = seq is not None and (result.seq is None or seq >= result.seq)
            if refused or feed_caught_up:
                writer.put(entity, [(key, None if data is None else json.loads(data))])
            else:
                writer.set_pending(entity, key, 0)
            conn.execute("DELETE FROM shadow WHERE entity = ? AND key = ?", (entity, key))
            changed[entity].add(key)
    return dict(changed)


_CONFLICT_COLUMNS = (
    "id, name, args, client_time, outcome, reason, entity, state, created_at, resolved_at, resolution, code"
)


def conflicts(conn: sqlite3.Connection, include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    return [
        _conflict(r)
        for r in conn.execute(f"SELECT {_CONFLICT_COLUMNS} FROM conflict {where} ORDER BY created_at, id")
    ]


def _conflict(r: tuple[Any, ...]) -> Conflict:
    mutation = Mutation(id=r[0], name=r[1], args=json.loads(r[2]), client_time=parse_time(r[3]))
    return Conflict(
        id=r[0], mutation=mutation, outcome=r[4], reason=r[5], entity=r[6],
        state=None if r[7] is None else json.loads(r[7]),
        created_at=cast(datetime, parse_time(r[8])),  # the column is NOT NULL
        resolved_at=parse_time(r[9]), resolution=r[10], code=r[11] or "",
    )  # fmt: skip


def resolve(conn: sqlite3.Connection, conflict_id: str, resolution: str, reason: str) -> Mutation | None:
    """Within the caller's transaction. "reissue" returns a new mutation (new id, same name and
    args) for the caller to stage; "discard" only records the decision."""
    if resolution not in ("reissue", "discard"):
        raise ValueError(f"resolution must be 'reissue' or 'discard', not {resolution!r}")
    row = conn.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM conflict WHERE id = ? AND resolved_at IS NULL", (conflict_id,)
    ).fetchone()
    if row is None:
        raise KeyError(f"no open conflict {conflict_id!r}")
    conn.execute(
        "UPDATE conflict SET resolved_at = ?, resolution = ?, resolution_reason = ? WHERE id = ?",
        (_now(), resolution, reason, conflict_id),
    )
    if resolution == "discard":
        return None
    old = _conflict(row).mutation
    return Mutation(id=new_mutation_id(), name=old.name, args=old.args, client_time=datetime.now(UTC))
