"""Which records an officer sees, and the per-officer feed entries when that changes.

Incidents follow `permissions.in_scope`; an incident's actions follow the incident; an operation,
its tasks and log entries follow `permissions_operations.operation_in_scope`.
Everything else (reference data, readings, alerts, duty shifts) is seen by every active officer.

When a write takes a record out of an officer's sight, that officer's feed gets a `delete` for it;
when a write or a scope change brings records into sight that the officer never received (older
actions of an incident newly dispatched to their agency, everything of an operation they join), their
feed gets `upsert` entries for them, each with its own sequence number so that paging stays exact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from dispatch_desk.domain import permissions
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.permissions_operations import operation_in_scope
from dispatch_desk.domain.records import Incident, Officer, Operation, RegionLevel, Role

from . import ledger
from .storage import Tx

SCOPED = frozenset({"incident", "incident_action", "operation", "task", "log_entry"})
OPERATION_SCOPED = frozenset({"operation", "task", "log_entry"})


def sees_everything(officer: Officer, regions: RegionTree, now: datetime | None = None) -> bool:
    """True when no record is hidden from the officer, so the feed needs no per-record check."""
    if not permissions.is_active(officer, now):
        return False
    if officer.role is Role.ADMIN:
        return True
    if officer.role not in (Role.OPS_OFFICER, Role.LEADER):
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

    def prefetch(self, rows: Sequence[tuple]) -> None:
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
        if entity == "operation":
            return sees_operation(self.officer, ledger.decode(Operation, json.loads(raw)), self.now)
        if self._operations is None:
            self._operations = operations(self.tx)
        return sees_operation(self.officer, self._operations.get(parent or ""), self.now)


def _incidents_by_key(tx: Tx, keys: Iterable[str]) -> list[tuple[str, dict]]:
    keys = list(keys)
    out: list[tuple[str, dict]] = []
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


def scope_changed(
    tx: Tx, before: Officer, after: Officer, regions: RegionTree, changed_operation: Operation | None = None
) -> int:
    """Backfill (or take back) what an officer's new scope shows (or hides); returns the entries added.

    Call it before writing the changes: `changed_operation` is the new state of an operation whose
    membership changes together with the officer.
    """
    now = datetime.now(UTC)
    ops_before = operations(tx)
    ops_after = dict(ops_before)
    if changed_operation is not None:
        ops_after[changed_operation.id] = changed_operation
    if sees_everything(before, regions, now) and sees_everything(after, regions, now):
        return 0
    entries: list[tuple[str, str, str]] = []
    rows = tx.execute("SELECT key, data FROM records WHERE entity = 'incident' AND deleted = 0 ORDER BY seq")
    for key, raw in rows:
        incident = ledger.decode(Incident, json.loads(raw))
        was = sees_incident(before, incident, regions, now)
        is_now = sees_incident(after, incident, regions, now)
        if was != is_now:
            op = "upsert" if is_now else "delete"
            entries.append(("incident", key, op))
            entries.extend(("incident_action", k, op) for k in action_keys(tx, key))
    for key, operation in ops_after.items():
        was, is_now = sees_operation(before, ops_before.get(key), now), sees_operation(after, operation, now)
        if was != is_now:
            op = "upsert" if is_now else "delete"
            entries.append(("operation", key, op))
            for entity, child in tx.execute(
                "SELECT entity, key FROM records WHERE entity IN ('task', 'log_entry') AND parent = ? "
                "AND deleted = 0 ORDER BY seq",
                (key,),
            ):
                entries.append((entity, child, op))
    add_personal(tx, after.id, entries)
    return len(entries)
