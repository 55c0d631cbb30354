"""Does one changed incident still belong on the map under the queue's current filter?

A live change touches a handful of incidents; re-running the whole query for each would cost more
than the change itself. These checks mirror the store's IncidentQuery for the fields a record
carries; a text search cannot be decided here, so the caller re-queries in that case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain.records import OPEN_STATUSES, Incident, SlaRule
from dispatch_desk.ui.map.features import sla_state

_OPEN = {s.value for s in OPEN_STATUSES}
_STAGE_OF_STATUS = {
    "reported": "register",
    "registered": "dispatch",
    "dispatched": "accept",
    "accepted": "dispose",
    "disposed": "verify",
    "returned": "dispatch",
}


def decidable(query: Any) -> bool:
    return query is None or not (getattr(query, "text", "") or getattr(query, "pending_only", False))


@dataclass(frozen=True)
class RowView:
    """An Incident seen like a store IncidentRow (the near-overdue mark derived from the SLA rules)."""

    incident: Incident
    sla_near_at: datetime | None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.incident, name)


def as_row(incident: Incident, rules: Mapping[tuple[str, str], SlaRule]) -> RowView:
    near = None
    stage = _STAGE_OF_STATUS.get(str(getattr(incident.status, "value", incident.status)))
    rule = rules.get((incident.category, stage)) if stage else None
    if incident.due_at is not None and rule is not None:
        near = incident.due_at - timedelta(minutes=rule.near_minutes)
    return RowView(incident, near)


def matches(query: Any, row: Any, now: datetime) -> bool:
    if query is None:
        return True
    status = str(getattr(row.status, "value", row.status))
    source = str(getattr(row.source, "value", row.source))
    if query.open_only and status not in _OPEN:
        return False
    if query.statuses and status not in query.statuses:
        return False
    if query.categories and row.category not in query.categories:
        return False
    if query.sources and source not in query.sources:
        return False
    if query.severities and int(row.severity) not in query.severities:
        return False
    if query.region and query.region not in (row.street, row.district):
        return False
    if query.grid_cell and row.grid_cell != query.grid_cell:
        return False
    if query.agency and query.agency != row.lead_agency and query.agency not in getattr(row, "co_agencies", ()):
        return False
    if query.supervised is not None and bool(row.supervised) != query.supervised:
        return False
    if query.reported_from and row.reported_at < query.reported_from:
        return False
    if query.reported_to and row.reported_at >= query.reported_to:
        return False
    bbox = getattr(query, "bbox", None)
    if bbox and not (bbox[0] <= row.lon <= bbox[2] and bbox[1] <= row.lat <= bbox[3]):
        return False
    return not (query.sla and sla_state(row, query.now or now) not in query.sla)
