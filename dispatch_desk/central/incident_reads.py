"""Reads of the stored incidents that several features share: the published assessment, Open311 and open data."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from dispatch_desk.domain.records import Incident

from . import ledger
from .storage import Tx


def reported_in(tx: Tx, start: datetime, end: datetime) -> list[Incident]:
    """The incidents reported in [start, end), oldest first. The stored JSON is filtered by its text
    a day wider than asked (ISO texts of unequal precision do not compare exactly), then exactly."""
    field = "(data::json ->> 'reported_at')" if tx.backend == "postgresql" else "json_extract(data, '$.reported_at')"
    low, high = (moment.strftime("%Y-%m-%dT%H:%M:%S") for moment in (start - timedelta(days=1), end + timedelta(days=1)))
    rows = tx.execute(f"SELECT data FROM records WHERE entity = 'incident' AND deleted = 0 "
                      f"AND {field} >= ? AND {field} < ?", (low, high))
    found = [ledger.decode(Incident, json.loads(r[0])) for r in rows]
    return sorted((i for i in found if start <= i.reported_at < end), key=lambda i: (i.reported_at, i.id))


def incidents_by_key(tx: Tx, keys: Iterable[str]) -> dict[str, Incident]:
    keys = list(dict.fromkeys(keys))
    out: dict[str, Incident] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        rows = tx.execute(f"SELECT key, data FROM records WHERE entity = 'incident' AND deleted = 0 AND key IN "
                          f"({', '.join('?' for _ in chunk)})", chunk)
        out.update((key, ledger.decode(Incident, json.loads(data))) for key, data in rows)
    return out


def disposal_results(tx: Tx, keys: list[str]) -> dict[str, str]:
    """The note of each incident's latest disposal (what the requester reads as the result)."""
    found: dict[str, tuple[str, str]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        rows = tx.execute(f"SELECT parent, data FROM records WHERE entity = 'incident_action' AND deleted = 0 AND "
                          f"parent IN ({', '.join('?' for _ in chunk)})", chunk)
        for parent, data in rows:
            action = json.loads(data)
            if action.get("action") == "dispose" and action.get("note"):
                at = str(action.get("at") or "")
                if parent not in found or at > found[parent][0]:
                    found[parent] = (at, str(action["note"]))
    return {key: note for key, (_at, note) in found.items()}
