"""The roster and handovers as this desk's cache holds them, for `domain.duty`.

The desk prepares a handover's items from its cache (the preview an officer reads before signing,
and the optimistic record until the central service's own comes through the feed), with the rules
the central service prepares them with on all it holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from dispatch_desk.domain import duty
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import DutyShift, Handover, HandoverItem, Incident
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.store.queries import IncidentQuery

# More near or overdue incidents than this in one scope are cut from a prepared handover on a desk
# (the central service prepares from everything it holds).
MOST_INCIDENTS = 5000


def shifts(store: Any, officer: str | None = None) -> list[DutyShift]:
    """The roster, or one officer's shifts in it."""
    if officer is None:
        return list(store.records("duty_shift"))
    return list(store.records("duty_shift", "json_extract(data, '$.officer') = ?", [officer]))


def shift_query(store: Any, shift: DutyShift) -> IncidentQuery:
    """The incidents a shift answers for: open ones of its scope reported since it started, and those
    it was handed."""
    kept = handover(store, shift.id)
    handed = tuple(i.key for i in kept.items if i.kind == "incident") if kept is not None else ()
    scope = IncidentQuery(agency=shift.agency) if shift.agency else IncidentQuery(region=shift.region)
    return replace(scope, open_only=True, reported_from=shift.starts_at, also=handed)


def handover(store: Any, key: str) -> Handover | None:
    data = store.get("handover", key)
    return None if data is None else from_wire(Handover, data)


def handovers(store: Any) -> list[Handover]:
    return list(store.records("handover"))


def items(store: Any, shift: DutyShift, policy: SlaPolicy, now: datetime) -> tuple[HandoverItem, ...]:
    """What `shift` would be handed now, from the cache."""
    scope = IncidentQuery(agency=shift.agency) if shift.agency else IncidentQuery(region=shift.region)
    query = replace(scope, open_only=True, sla=("near", "overdue"), now=now, sort="due_at", descending=False)
    found = (store.get_incident(row.id) for row in store.query_incidents(query, limit=MOST_INCIDENTS))
    incidents: list[Incident] = [i for i in found if i is not None]
    alerts = store.records("alert", "json_extract(data, '$.cleared_at') IS NULL")
    return duty.prepare(shift, incidents=incidents, alerts=alerts, operations=store.records("operation"),
                        tasks=store.records("task"), policy=policy, now=now)


def policy(store: Any) -> SlaPolicy:
    """The SLA policy without the grid cells' outlines (a handover needs the region tree, not the cells)."""
    return SlaPolicy(categories=store.records("category"), rules=store.records("sla_rule"),
                     regions=store.records("region"))


def roster(store: Any, policy: SlaPolicy, now: datetime) -> duty.Roster:
    return duty.Roster(shifts(store), lambda key: handover(store, key),
                       lambda shift: items(store, shift, policy, now))
