"""Which records an officer sees, and the per-officer feed entries when that changes.

Incidents follow `permissions.in_scope`; an incident's actions follow the incident; an operation,
its tasks, log entries and situation reports follow `permissions_operations.operation_in_scope`.
A handover follows `duty.sees_handover` (the officers of its duty and those above it). Everything
else (reference data, readings, alerts, duty shifts) is seen by every active officer.

When a write takes a record out of an officer's sight, that officer's feed gets a `delete` for it;
when a write or a scope change brings records into sight that the officer never received (older
actions of an incident newly dispatched to their agency, everything of an operation they join), their
feed gets `upsert` entries for them, each with its own sequence number so that paging stays exact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from dispatch_desk.domain import duty, permissions
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.permissions_operations import operation_in_scope
from dispatch_desk.domain.records import Handover, Incident, Officer, Operation, RegionLevel, Role

from . import ledger
from .storage import Tx

OPERATION_SCOPED = frozenset({"operation", *ledger.OPERATION_CHILDREN})
SCOPED = frozenset({"incident", "incident_action", "handover", *OPERATION_SCOPED})


def sees_everything(officer: Officer, regions: RegionTree, now: datetime | None = None) -> bool:
    """True when no record is hidden from the officer, so the feed needs no per-record check."""
    if not permissions.is_active(officer, now):
        return False
    if officer.role is Role.ADMIN:
        return True
    if officer.role not in (Role.OPS_OFFICER, *permissions.READ_ONLY_ROLES):
        return False
    return officer.region is None or regions.level_of(officer.region) is RegionLevel.CITY


def sees_incident(officer: Officer, incident: Incident, regions: RegionTree, now: datetime | None = None) -> bool:
    return permissions.in_scope(officer, incident, regions, now)


def sees_operation(officer: Officer, operation: Operation | None, now: datetime | None = None) -> bool:
    return operation is not None and operation_in_scope(officer, operation, now)


def operations(tx: Tx) -> dict[str, Operation]:
    rows = tx.execute("SELECT data FROM records WHERE entity = 'operation' AND deleted = 0")
    found = (ledger.decode(Operation, json.loads(r[0])) for r in rows)
    return {op.id: op for op in found}


class Viewer:
    """Decides visibility of feed rows for one officer, caching incidents looked up for actions."""

    def __init__(self, tx: Tx, officer: Officer, regions: RegionTree) -> None:
        self.tx = tx
        self.officer = officer
        self.regions = regions
        self.now = datetime.now(UTC)
        self.everything = sees_everything(officer, regions, self.now)
        self.active = permissions.is_active(officer, self.now)
        self._incidents: dict[str, bool] = {}
        self._operations: dict[str, Operation] | None = None

    def prefetch(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Look up, in one query, the incidents of the actions among `rows` (seq, entity, key, deleted, data, parent)."""
        if self.everything:
            return
        wanted = {r[5] for r in rows if r[1] == "incident_action" and r[5] and r[5] not in self._incidents}
        for key, data in _incidents_by_key(self.tx, wanted):
            self._incidents[key] = sees_incident(self.officer, ledger.decode(Incident, data), self.regions,
                                                 self.now)
        for key in wanted - self._incidents.keys():
            self._incidents[key] = False

    def sees(self, entity: str, raw: str, parent: str | None) -> bool:
        """Whether the officer sees a record, given its kind, stored JSON (parsed only when needed) and parent."""
        if self.everything:
            return True
        if not self.active:
            return False
        if entity not in SCOPED:
            return True
        if entity == "incident":
            data = json.loads(raw)
            visible = sees_incident(self.officer, ledger.decode(Incident, data), self.regions, self.now)
            self._incidents[data["id"]] = visible
            return visible
        if entity == "incident_action":
            if parent not in self._incidents:
                self.prefetch([(0, entity, "", 0, None, parent)])
            return self._incidents.get(parent or "", False)
        if entity == "handover":
            return duty.sees_handover(self.officer, ledger.decode(Handover, json.loads(raw)), self.regions, self.now)
        if entity == "operation":
            return sees_operation(self.officer, ledger.decode(Operation, json.loads(raw)), self.now)
        if self._operations is None:
            self._operations = operations(self.tx)
        return sees_operation(self.officer, self._operations.get(parent or ""), self.now)


def _incidents_by_key(tx: Tx, keys: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    keys = list(keys)
    out: list[tuple[str, dict[str, Any]]] = []
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = tx.execute(
            f"SELECT key, data FROM records WHERE entity = 'incident' AND deleted = 0 AND key IN ({marks})", chunk
        )
        out.extend((k, json.loads(d)) for k, d in rows)
    return out


def add_personal(tx: Tx, officer_id: str, entries: Sequence[tuple[str, str, str]]) -> None:
    """Append (entity, key, op) entries to one officer's feed, one sequence number each."""
    if not entries:
        return
    first = tx.next_seq(len(entries))
    tx.executemany(
        "INSERT INTO officer_feed (officer_id, seq, entity, key, op) VALUES (?, ?, ?, ?, ?)",
        [(officer_id, first + i, e, k, op) for i, (e, k, op) in enumerate(entries)],
    )


def action_keys(tx: Tx, incident_id: str) -> list[str]:
    rows = tx.execute(
        "SELECT key FROM records WHERE entity = 'incident_action' AND parent = ? AND deleted = 0 ORDER BY seq",
        (incident_id,),
    )
    return [r[0] for r in rows]


def incident_moved(
    tx: Tx, officers: Sequence[Officer], before: Incident | None, after: Incident, regions: RegionTree
) -> None:
    """Per-officer feed entries for an incident whose scope-relevant fields may have changed.

    Officers who lose sight get deletes for the incident and its actions; officers who gain sight get
    its earlier actions (the incident itself and the new action reach them through the global feed).
    """
    if before is None:
        return
    now = datetime.now(UTC)
    keys: list[str] | None = None
    for officer in officers:
        if sees_everything(officer, regions, now):
            continue
        was = sees_incident(officer, before, regions, now)
        is_now = sees_incident(officer, after, regions, now)
        if was == is_now:
            continue
        if keys is None:
            keys = action_keys(tx, after.id)
        if was:
            entries = [("incident", after.id, "delete")] + [("incident_action", k, "delete") for k in keys]
        else:
            entries = [("incident_action", k, "upsert") for k in keys]
        add_personal(tx, officer.id, entries)


def operation_entries(tx: Tx, operation_id: str, op: str) -> list[tuple[str, str, str]]:
    """Feed entries (`op`: upsert or delete) for an operation and every record under it."""
    entries = [("operation", operation_id, op)]
    marks = ", ".join("?" for _ in ledger.OPERATION_CHILDREN)
    rows = tx.execute(
        f"SELECT entity, key FROM records WHERE entity IN ({marks}) AND parent = ? AND deleted = 0 ORDER BY seq",
        (*ledger.OPERATION_CHILDREN, operation_id),
    )
    entries.extend((entity, key, op) for entity, key in rows)
    return entries


def _operation_of_incident(backend: str) -> str:
    """SQL for the operation id of an incident row, read from its stored JSON by the database."""
    if backend == "postgresql":
        return "(data::json ->> 'operation')"
    return "json_extract(data, '$.operation')"


def _incidents_of_operations(tx: Tx, operation_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(key, data) of the incidents tagged with any of these operations."""
    ids = sorted(set(operation_ids))
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    # Records are compact JSON (ledger.dumps): the LIKE skips, without parsing them, the incidents of
    # no operation, which are nearly all of them; the JSON operator decides for the rest.
    return [(k, d) for k, d in tx.execute(
        f"SELECT key, data FROM records WHERE entity = 'incident' AND deleted = 0 "
        f"AND data NOT LIKE ? AND {_operation_of_incident(tx.backend)} IN ({marks}) ORDER BY seq",
        ['%"operation":null%', *ids],
    )]


def _actions_by_incident(tx: Tx, incident_ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    ids = list(incident_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for parent, key in tx.execute(
            f"SELECT parent, key FROM records WHERE entity = 'incident_action' AND parent IN ({marks}) "
            "AND deleted = 0 ORDER BY seq",
            chunk,
        ):
            out.setdefault(parent, []).append(key)
    return out


def _only_operations_differ(before: Officer, after: Officer) -> bool:
    return replace(before, operations=after.operations) == after


def scope_changed(
    tx: Tx, before: Officer, after: Officer, regions: RegionTree, changed_operation: Operation | None = None,
    now: datetime | None = None,
) -> int:
    """Backfill (or take back) what an officer's new scope shows (or hides); returns the entries added.

    Call it before writing the changes: `changed_operation` is the new state of an operation whose
    membership changes together with the officer. When only the officer's `operations` change (a
    seat opened or closed), only the incidents of those operations are looked at, found by the
    database from the stored JSON; any other change compares every incident.
    """
    now = now or datetime.now(UTC)
    ops_before = operations(tx)
    ops_after = dict(ops_before)
    if changed_operation is not None:
        ops_after[changed_operation.id] = changed_operation
    if sees_everything(before, regions, now) and sees_everything(after, regions, now):
        return 0
    if _only_operations_differ(before, after):
        moved = set(before.operations) ^ set(after.operations)
        rows = _incidents_of_operations(tx, list(moved))
    else:
        rows = [(k, d) for k, d in tx.execute(
            "SELECT key, data FROM records WHERE entity = 'incident' AND deleted = 0 ORDER BY seq")]
    changed: list[tuple[str, str]] = []
    for key, raw in rows:
        incident = ledger.decode(Incident, json.loads(raw))
        was = sees_incident(before, incident, regions, now)
        is_now = sees_incident(after, incident, regions, now)
        if was != is_now:
            changed.append((key, "upsert" if is_now else "delete"))
    actions = _actions_by_incident(tx, [k for k, _ in changed])
    entries: list[tuple[str, str, str]] = []
    for key, op in changed:
        entries.append(("incident", key, op))
        entries.extend(("incident_action", k, op) for k in actions.get(key, ()))
    for key, operation in ops_after.items():
        was, is_now = sees_operation(before, ops_before.get(key), now), sees_operation(after, operation, now)
        if was != is_now:
            entries.extend(operation_entries(tx, key, "upsert" if is_now else "delete"))
    add_personal(tx, after.id, entries)
    return len(entries)


def operation_changed(
    tx: Tx, before: Operation | None, after: Operation, officers: Iterable[Officer], regions: RegionTree,
    now: datetime | None = None,
) -> int:
    """Backfill or take back one operation (and everything under it) for officers whose sight of it
    changes with the operation alone (a new commander or deputy); call it before writing `after`."""
    now = now or datetime.now(UTC)
    added = 0
    for officer in officers:
        if sees_everything(officer, regions, now):
            continue
        was = sees_operation(officer, before, now)
        is_now = sees_operation(officer, after, now)
        if was != is_now:
            entries = operation_entries(tx, after.id, "upsert" if is_now else "delete")
            add_personal(tx, officer.id, entries)
            added += len(entries)
    return added
