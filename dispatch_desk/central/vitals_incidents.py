"""智能发现: an alarm of an indicator configured for it reports an incident, as an officer would.

The report goes through `mutations` like any officer's `incident.report` (domain workflow, the
server's grid for cell, street and district, a case number, the audit trail). Its actor is a
built-in system officer (`central.system`). The mutation id derives from the alert id, so a replay answers
`duplicate` and never reports twice. Title and description are the domain's
(`alerting.alarm_incident_texts`), the same as those of an incident an officer raises from the desk.
"""

from __future__ import annotations

import logging
import uuid
import zlib
from datetime import UTC, datetime

from dispatch_desk.domain.alerting import alarm_incident_texts
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import Alert, Indicator, Severity, Source
from dispatch_desk.domain.wire import Mutation, Outcome

from . import mutations
from .outcome import Context
from .reference import ReferenceCache
from .storage import Tx
from .system import system_officer

log = logging.getLogger(__name__)

DEVICE = "central.vitals"
_IDS = uuid.UUID("0b6a1e44-8c2f-4f51-b7d3-5a9e2c7d1f08")


def place(tx: Tx, cache: ReferenceCache, indicator: Indicator, seed: str) -> tuple[float, float] | None:
    """A point inside the indicator's region: inside one of its grid cells when it has any, so the
    report lands on the grid like any other."""
    cells = sorted(cache.grid(tx).cells_in(indicator.region), key=lambda c: c.code)
    shape = None
    if cells:
        shape = to_shape(cells[zlib.crc32(seed.encode()) % len(cells)].polygon)
    if shape is None:
        region = cache.get(tx).regions.get(indicator.region)
        shape = to_shape(region.polygon) if region is not None else None
    if shape is None:
        return None
    point = shape.representative_point()
    return round(point.x, 6), round(point.y, 6)


def report(tx: Tx, cache: ReferenceCache, indicator: Indicator, alert: Alert) -> str | None:
    """Report the incident of `alert`; returns its id, or None when it cannot be reported."""
    assert indicator.auto_incident_category and alert.value is not None
    incident_id = str(uuid.uuid5(_IDS, f"{alert.id}/incident"))
    where = place(tx, cache, indicator, alert.id)
    if where is None:
        log.warning("alarm %s: region %s has no area to place an incident in", alert.id, indicator.region)
        return None
    region = cache.get(tx).regions.get(indicator.region)
    title, description = alarm_incident_texts(indicator, region.name if region is not None else "", alert.level,
                                              alert.value)
    args = {
        "id": incident_id,
        "title": title,
        "description": description,
        "category": indicator.auto_incident_category,
        "source": Source.INDICATOR_ALARM.value,
        "severity": int(Severity.HIGH),
        "indicator": indicator.code,
        "lon": where[0],
        "lat": where[1],
    }
    officer = system_officer(tx)
    mutation = Mutation(id=f"vital-{alert.id}", name="incident.report", args=args)
    ctx = Context(tx, officer, DEVICE, mutation, datetime.now(UTC), cache.get(tx), cache)
    result = mutations._apply_one(ctx)  # recorded and audited like an officer's mutation
    if result.outcome in (Outcome.APPLIED, Outcome.DUPLICATE):
        return incident_id
    log.warning("alarm %s: the incident was not reported: %s", alert.id, result.reason)
    return None
