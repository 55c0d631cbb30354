"""Joint command (联动指挥) on the central service: thin adapters over `domain.command.decide`.

Every operation, seat, task, log and report mutation is decided by the domain function the desk
uses for its optimistic write; this module only gives it the stored records and writes what it
decides. What it reads goes through the acting officer's scope: an operation the officer does not
see (nor its tasks, log entries, reports, nor incidents outside their scope) reads as missing, so a
refusal never tells that a record exists outside their sight, and a conflict carries only state they
may see. Officers whose scope changes with a decision (a seat opened or closed, a new commander)
get their feed's backfills or deletes from `scope` before the records are written.

`HANDLERS` is generated from `command.DECISIONS`: every joint-command mutation the domain knows.
The command log's automatic entries for what happens outside these mutations are in `command_log`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dispatch_desk.domain import command
from dispatch_desk.domain.entities import ENTITY_OF, key_of
from dispatch_desk.domain.records import (
    Incident,
    LogEntry,
    Officer,
    Operation,
    Seat,
    SituationReport,
    Task,
)
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow_actions import Code

from . import ledger, scope
from .outcome import Context, Handler, applied, conflict, rejected
from .storage import Tx

# Records under one operation: seen exactly when their operation is.
_CHILDREN: tuple[type[Task], type[LogEntry], type[SituationReport]] = (Task, LogEntry, SituationReport)
_SCOPED = frozenset(ENTITY_OF[c] for c in (Operation, *_CHILDREN))

ID_TAKEN = "This id is already taken by another record; issue the change again under a new id."


class Lookup:
    """`get(cls, key)` for `command.decide`: the stored record if the acting officer sees it, else None.

    It remembers what it found, and which keys it hid, so the writes of a decision can be checked
    against them (`check_writes`).
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.found: dict[tuple[str, str], Any] = {}
        self._operations: dict[str, Operation | None] = {}

    def _operation(self, key: str) -> Operation | None:
        if key not in self._operations:
            self._operations[key] = ledger.get(self.ctx.tx, Operation, key)
        return self._operations[key]

    def visible(self, record: Any) -> bool:
        ctx = self.ctx
        if isinstance(record, Operation):
            return scope.sees_operation(ctx.officer, record, ctx.now)
        if isinstance(record, _CHILDREN):
            return scope.sees_operation(ctx.officer, self._operation(record.operation), ctx.now)
        if isinstance(record, Incident):
            return scope.sees_incident(ctx.officer, record, ctx.ref.regions, ctx.now)
        return True

    def __call__(self, cls: type, key: str) -> Any:
        if not isinstance(key, str) or not key:
            return None
        entity = ENTITY_OF[cls]
        if (entity, key) in self.found:
            return self.found[(entity, key)]
        record = ledger.get(self.ctx.tx, cls, key)
        if isinstance(record, Operation):
            self._operations[key] = record
        shown = record if record is not None and self.visible(record) else None
        self.found[(entity, key)] = shown
        return shown

    def saw(self, entity: str | None, key: str | None) -> bool:
        """Whether the decision read this record and the officer sees it (a conflict may carry it)."""
        return self.found.get((entity or "", key or "")) is not None

    def check_writes(self, records: tuple[Any, ...]) -> str | None:
        """Why the decided writes may not be stored, if they may not.

        A decision writes operation records it read (and saw) or new ones. A key it did not read but
        that is stored already belongs to someone else's record (an id chosen by another desk, or one
        outside the officer's scope): writing it would overwrite that record, so the change is refused.
        """
        for record in records:
            entity = ENTITY_OF[type(record)]
            if entity not in _SCOPED:
                continue
            key = key_of(record)
            if self.found.get((entity, key)) is not None:
                continue
            if ledger.exists(self.ctx.tx, entity, key):
                return ID_TAKEN
        return None


def decide(ctx: Context) -> MutationResult:
    """Any joint-command mutation: decided by the domain, written here."""
    m = ctx.mutation
    args = m.args if isinstance(m.args, dict) else {}
    get = Lookup(ctx)
    decided = command.decide(m.name, m.id, dict(args), actor=ctx.officer, now=ctx.now, get=get,
                             regions=ctx.ref.regions)
    if isinstance(decided, command.Refusal):
        if decided.is_conflict and get.saw(decided.entity, decided.key):
            return conflict(ctx, decided.reason, decided.entity or "", decided.key or "", decided.code)
        return rejected(ctx, decided.reason, decided.code)
    refusal = get.check_writes(decided.records)
    if refusal is not None:
        return rejected(ctx, refusal, Code.EXISTS)
    if m.name == "seat.open":
        _mark_started(ctx.tx, decided.records, ctx.now)
    return applied(ctx, write(ctx.tx, decided, ctx.ref.regions, ctx.now))


def write(tx: Tx, decided: command.Decided, regions: Any, now: datetime) -> int:
    """Store a decision: first the feed entries of officers whose scope changes, then the records;
    returns the seq of the last write."""
    moved = {after.id for _, after, _ in decided.scope}
    for before, after, operation in decided.scope:
        scope.scope_changed(tx, before, after, regions, operation, now)
    for record in decided.records:
        previous = ledger.get(tx, Operation, record.id) if isinstance(record, Operation) else None
        if previous is not None:  # a new operation reaches its staff through the feed like its records
            staff = {o for o in (record.commander, record.deputy, previous.commander, previous.deputy)
                     if o and o not in moved}
            officers = [o for o in (ledger.get(tx, Officer, i) for i in sorted(staff)) if o is not None]
            scope.operation_changed(tx, previous, record, officers, regions, now)
    seq = tx.current_seq()
    for record in decided.records:
        seq = ledger.put(tx, record)
    return seq


# --- seats that start later ---------------------------------------------------------------------
# A seat may be opened to start later: its officer sees the operation only from its start, and the
# records written before then never reached their feed. The seat sweep (`seats`) backfills them at
# the start; a counter named after the seat marks a seat whose officer has had them.

def started_marker(operation_id: str, seat_id: str) -> str:
    return f"seat-started:{operation_id}:{seat_id}"


def is_marked(tx: Tx, operation_id: str, seat_id: str) -> bool:
    """Whether the seat's officer has had the operation's records (read in any transaction; a mark
    made earlier in the same transaction is not seen, and marking again changes nothing)."""
    row = tx.one("SELECT value FROM counters WHERE name = ?", (started_marker(operation_id, seat_id),))
    return row is not None and int(row[0]) >= 1


def mark(tx: Tx, operation_id: str, seat_id: str) -> None:
    tx.raise_value(started_marker(operation_id, seat_id), 1)


def _mark_started(tx: Tx, records: tuple[Any, ...], now: datetime) -> None:
    """Seats open at once get their scope through `scope_changed` when they are opened."""
    for record in records:
        if isinstance(record, Operation):
            for seat in record.seats:
                if seat.is_open(now) and not is_marked(tx, record.id, seat.id):
                    mark(tx, record.id, seat.id)


def unstarted(tx: Tx, operation: Operation, now: datetime) -> list[Seat]:
    """Open seats of `operation` whose officer has not had the operation's records yet."""
    return [s for s in operation.seats if s.is_open(now) and not is_marked(tx, operation.id, s.id)]


HANDLERS: dict[str, Handler] = {name: decide for name in command.DECISIONS}
