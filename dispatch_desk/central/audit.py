"""The audit trail: one hash-chained table of everything done to or through the central service.

Each row carries its position `n` (a counter, so positions have no gaps) and `hash`, the SHA-256 of
the previous row's hash and the row's own fields. Editing a row breaks its hash, deleting or
reordering rows breaks the chain, and dropping rows at the end leaves the counter ahead of the last
row: `verify` finds all of these (`dispatch-desk central audit --verify`). Rows are appended only
by write transactions, which take turns, so the chain is extended by one writer at a time.

Kinds: `mutation`, `auth.login`, `auth.refresh`, `auth.logout`, `attachment.upload`,
`attachment.download`, `readings`, `admin.*` (console commands), `refused` (a request refused before
it was processed). Text is stored as valid Unicode whatever was sent; arguments are always JSON, a
summary with the digest of the whole when they are too long to keep.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .storage import WRITER_LOCK, Storage, Tx

MAX_ARGS = 20_000
MAX_TEXT = 2_000
FIELDS = ("n", "at", "kind", "officer_id", "device_id", "client", "mutation_id", "name", "args", "outcome",
          "reason", "seq")
_HEAD = "audit.head"  # Tx.memo key: (n, hash) of the last row written in this transaction


def clean(text: Any, limit: int = MAX_TEXT) -> str:
    """`text` as storable, printable Unicode: lone surrogates and NULs escaped, cut to `limit`."""
    value = "" if text is None else str(text)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value.replace("\x00", "\\x00")[:limit]


def args_text(args: Any) -> str:
    """The JSON text of a mutation's (or event's) arguments, never longer than MAX_ARGS and always JSON."""
    try:
        text = json.dumps(args, ensure_ascii=False, default=str)
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: keep them as JSON escapes
        text = json.dumps(args, ensure_ascii=True, default=str)
    except (TypeError, ValueError, RecursionError):
        text = json.dumps({"unreadable": clean(repr(args)[:MAX_TEXT])})
    if len(text) <= MAX_ARGS:
        return text
    return json.dumps({"truncated": True, "length": len(text), "sha256": hashlib.sha256(text.encode()).hexdigest(),
                       "head": text[:MAX_TEXT]}, ensure_ascii=False)


def _digest(previous: str, row: tuple[Any, ...]) -> str:
    canonical = json.dumps(list(row), ensure_ascii=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{previous}\n{canonical}".encode()).hexdigest()


def record(tx: Tx, kind: str, *, officer_id: str | None = "", device_id: str | None = "", client: str | None = "",
           mutation_id: str | None = "", name: str = "", args: Any = None, outcome: str = "", reason: str | None = "",
           seq: int | None = None, at: datetime | None = None) -> int:
    """Append one row to the chain in `tx` (a write transaction); returns its position."""
    if tx.backend == "postgresql":
        tx.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))  # re-entrant: writers hold it already
    n = tx.next_value("audit")
    head = tx.memo.get(_HEAD)
    if head is not None and head[0] == n - 1:
        previous = head[1]
    else:
        found = tx.one("SELECT hash FROM audit WHERE n = ?", (n - 1,)) if n > 1 else None
        previous = (found[0] or "") if found else ""
    row = (n, (at or datetime.now(UTC)).isoformat(), kind, clean(officer_id, 128), clean(device_id, 128),
           clean(client, 128), clean(mutation_id, 128), clean(name, 128), args_text({} if args is None else args),
           clean(outcome, 64), clean(reason), seq)
    digest = _digest(previous, row)
    tx.execute(
        f"INSERT INTO audit ({', '.join(FIELDS)}, hash) VALUES ({', '.join('?' * (len(FIELDS) + 1))})",
        (*row, digest),
    )
    tx.memo[_HEAD] = (n, digest)
    return n


def record_now(storage: Storage, kind: str, **fields: Any) -> None:
    """`record` in a write transaction of its own."""
    with storage.transaction(write=True) as tx:
        record(tx, kind, **fields)


@dataclass
class Verdict:
    rows: int = 0  # chained rows checked
    legacy: int = 0  # rows written before the chain existed
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(storage: Storage, page: int = 5000) -> Verdict:
    """Walk the whole chain in order; every edited, missing or reordered row is a problem."""
    verdict = Verdict()
    previous, expected_n, after_id = "", 1, -1
    with storage.transaction() as tx:
        counter = tx.one("SELECT value FROM counters WHERE name = 'audit'")
        while True:
            rows = tx.execute(
                f"SELECT id, {', '.join(FIELDS)}, hash FROM audit WHERE id > ? ORDER BY id LIMIT ?", (after_id, page)
            )
            if not rows:
                break
            for row in rows:
                after_id, fields, stored = row[0], tuple(row[1:-1]), row[-1]
                n = fields[0]
                if n is None:
                    if verdict.rows:
                        verdict.problems.append(f"row id {after_id}: not chained, after chained rows")
                    else:
                        verdict.legacy += 1
                    continue
                verdict.rows += 1
                n = int(n)
                if n != expected_n:
                    verdict.problems.append(f"row id {after_id}: position {n} where {expected_n} was expected "
                                            "(rows deleted or reordered)")
                fields = (n, *fields[1:11], None if fields[11] is None else int(fields[11]))
                digest = _digest(previous, fields)
                if digest != stored:
                    verdict.problems.append(f"row id {after_id} (position {n}): its hash does not match "
                                            "(edited, or the row before it was)")
                previous, expected_n = stored or "", n + 1
    last = int(counter[0]) if counter else 0
    if last != expected_n - 1:
        verdict.problems.append(f"the chain ends at position {expected_n - 1} but {last} rows were written "
                                "(rows deleted at the end)")
    return verdict
