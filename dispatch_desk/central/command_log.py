"""The command log of an operation (指挥日志): append-only; a wrong entry is struck with a reason,
never edited or deleted.

`log.append`, `log.strike` and `log.flag` are decided by `domain.command` like every joint-command
mutation (`operations.HANDLERS`; `HANDLERS` here is the log's part of that one table). This module
writes the automatic entries for what happens outside the operation's own mutations, in the same
transaction as what they record:

- `note_incident`: an incident reported inside a running operation's area (it is tagged with the
  operation when it names none, so the operation's liaisons see it);
- `note_alert`: an alert raised for an indicator whose region lies in a running operation's area.

Their ids derive from the operation and the incident or alert, so a replay writes nothing twice.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from dispatch_desk.domain import command
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import Alert, Incident, Operation, Region

from . import ledger
from .operations import HANDLERS as _ALL
from .outcome import Handler
from .storage import Tx

HANDLERS: dict[str, Handler] = {name: handler for name, handler in _ALL.items() if name.startswith("log.")}


def running_operations(tx: Tx) -> list[Operation]:
    """Operations that are active or standing down, in id order."""
    rows = tx.execute("SELECT data FROM records WHERE entity = 'operation' AND deleted = 0 ORDER BY key")
    found = (ledger.decode(Operation, json.loads(r[0])) for r in rows)
    return [op for op in found if command.running(op)]


def _append(tx: Tx, entry: Any) -> bool:
    if ledger.exists(tx, "log_entry", entry.id):
        return False
    ledger.put(tx, entry)
    return True


def note_incident(tx: Tx, incident: Incident, now: datetime) -> Incident:
    """A newly reported incident: an automatic entry in the log of every running operation whose area
    holds it, and the incident tagged with the first of them when it names no operation.

    Returns the incident to store; call it before storing a new incident, in the same transaction.
    """
    if incident.lon is None or incident.lat is None:
        return incident
    for operation in running_operations(tx):
        if not command.in_area(operation, incident.lon, incident.lat):
            continue
        if incident.operation is None:
            incident = replace(incident, operation=operation.id)
        _append(tx, command.incident_entry(operation, incident, now))
    return incident


def _region_shape(tx: Tx, code: str) -> Any:
    region = ledger.get(tx, Region, code)
    return to_shape(region.polygon) if region is not None and region.polygon else None


def note_alert(tx: Tx, alert: Alert, now: datetime | None = None) -> int:
    """A raised alert: an automatic entry in the log of every running operation whose area its region
    lies in (a region the area was taken from, or one whose outline meets the area). Returns the
    number of entries written."""
    if alert.region is None:
        return 0
    operations = running_operations(tx)
    shape: Any = None
    written = 0
    for operation in operations:
        inside = alert.region in operation.regions
        if not inside and operation.area:
            if shape is None:
                shape = _region_shape(tx, alert.region) or False
            area = to_shape(operation.area)
            inside = bool(shape) and area is not None and area.intersects(shape)
        if inside:
            title = alert.message or alert.indicator or alert.id
            written += _append(tx, command.alert_entry(operation, alert.id, title, alert.level.value,
                                                       now or alert.raised_at))
    return written
