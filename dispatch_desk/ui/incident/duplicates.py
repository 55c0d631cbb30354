"""Possible duplicates of an incident: same category, close by, reported within a day of it.

"One thing" means one incident per problem: the officer merges the duplicates into the incident
they keep (`incident.merge`), which cancels them and links them to it. Nothing is merged that the
officer did not tick: candidates are offered unticked, each with its distance, time apart and status.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain import workflow
from dispatch_desk.domain.records import Incident, Officer
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow_actions import Action, Code, Refused

RADIUS_M = 300.0
WINDOW = timedelta(hours=24)
CANDIDATE_LIMIT = 200  # rows of the bounding box read before the exact distance test


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres (haversine): plenty for a few hundred metres."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def find_duplicates(store: Any, incident: Incident, radius_m: float = RADIUS_M,
                    window: timedelta = WINDOW) -> list[tuple[Any, float]]:
    """(IncidentRow, metres away) of open incidents that look like the same problem, nearest first."""
    from dispatch_desk.store import IncidentQuery

    dlat = radius_m / 111_320.0
    dlon = radius_m / (111_320.0 * max(0.01, math.cos(math.radians(incident.lat))))
    query = IncidentQuery(
        categories=(incident.category,),
        bbox=(incident.lon - dlon, incident.lat - dlat, incident.lon + dlon, incident.lat + dlat),
        open_only=True,
        reported_from=incident.reported_at - window,
        reported_to=incident.reported_at + window,
        sort="reported_at",
        descending=True,
    )
    out = []
    for row in store.query_incidents(query, offset=0, limit=CANDIDATE_LIMIT):
        if row.id == incident.id:
            continue
        metres = distance_m(incident.lon, incident.lat, row.lon, row.lat)
        if metres <= radius_m:
            out.append((row, metres))
    out.sort(key=lambda pair: pair[1])
    return out


@dataclass(frozen=True)
class Candidate:
    """A possible duplicate as the officer weighs it: how far, how far apart in time, its status, and
    whether the domain would let it be merged (a merge cancels it: `incident.cancel` must be allowed)."""

    row: Any
    incident: Incident | None  # the candidate in full, from the cache
    metres: float
    apart: timedelta
    refusal: Refused | None  # why it cannot be merged into the incident, None when it can


def candidates(store: Any, incident: Incident, actor: Officer, now: datetime, policy: SlaPolicy) -> list[Candidate]:
    out = []
    for row, metres in find_duplicates(store, incident):
        found = store.get_incident(row.id)
        refusal = (workflow.verdicts(found, actor, now, policy)[Action.CANCEL] if found is not None
                   else Refused("Not in the cache", Code.NOT_FOUND))
        out.append(Candidate(row, found, metres, abs(row.reported_at - incident.reported_at), refusal))
    return out
