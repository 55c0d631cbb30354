"""CAP 1.2 at the central service: messages in, alerts out, and the sweep that ends expired alerts.

    POST /api/v1/cap               one <alert> (application/cap+xml or application/xml); ops or admin
    GET  /api/v1/alerts/{id}/cap   any alert as a CAP 1.2 message
    dispatch-desk central import-cap --db URL FILE...

A message is parsed and checked against the official schema first (`cap_xml.parse`), outside any
transaction; a refusal changes nothing. An accepted one is applied in one write transaction by
`import_message`, by the rules of `domain/cap.py`: the alert it creates or changes is a record of the
change feed like any alert, so it reaches every desk; the message as received is kept in
`cap_messages`, with what its <references> named. The area is intersected with the grid here, and
the plans whose trigger it matches are written on the alert for the desk to propose.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dispatch_desk.domain import cap, cap_out
from dispatch_desk.domain.cap import CapError, PlanTrigger
from dispatch_desk.domain.cap_records import CapMessage
from dispatch_desk.domain.records import Alert, GridCell, Indicator, Plan, Polygon, Region, Role
from dispatch_desk.domain.sla import BUSINESS_TZ

from . import audit, cap_xml, ledger
from .http import ApiError, read_body
from .periodic import PeriodicWriter
from .reference import ReferenceCache
from .storage import Storage, Tx

log = logging.getLogger(__name__)

POSTING_ROLES = frozenset({Role.ADMIN, Role.OPS_OFFICER})  # warning offices post through such accounts
MEDIA_TYPES = ("application/cap+xml", "application/xml")
_STATUS = {"too_large": 413, "invalid_xml": 400, "forbidden_dtd": 400}  # anything else a CapError says: 422
SWEEP_EVERY = 30.0  # seconds between runs of the expiry sweep


@dataclass(frozen=True)
class Imported:
    outcome: str  # created, updated, cancelled, duplicate, recorded
    alerts: tuple[str, ...]  # ids of the alerts created or changed (for a duplicate: the known ones)
    seq: int
    message_key: str
    reason: str = ""

    def answer(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "alerts": list(self.alerts), "seq": self.seq,
                "message_key": self.message_key, "reason": self.reason}


# --- applying a message ----------------------------------------------------------------------------------


def stamp(moment: datetime) -> str:
    """An instant as fixed-width UTC text, so that the text order of two is their time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _geo(tx: Tx, cache: ReferenceCache) -> tuple[list[GridCell], dict[str, Polygon]]:
    cells = ledger.all_of(tx, GridCell)
    by_code: dict[str, Polygon] = {r.code: r.polygon for r in ledger.all_of(tx, Region) if r.polygon}
    by_code.update({c.code: c.polygon for c in cells if c.polygon})
    return cells, by_code


def triggers(tx: Tx) -> list[PlanTrigger]:
    rows = tx.execute("SELECT id, plan, event, min_severity FROM cap_triggers ORDER BY created_at, id")
    return [PlanTrigger(*row) for row in rows]


def _alerts_of(tx: Tx, keys: Iterable[str]) -> list[Alert]:
    """The alerts the messages named by `keys` created or changed, oldest first, each once."""
    found: dict[str, Alert] = {}
    for key in keys:
        row = tx.one("SELECT alert_id FROM cap_messages WHERE message_key = ?", (key,))
        if row is None or row[0] is None or row[0] in found:
            continue
        alert = ledger.get(tx, Alert, row[0], for_update=True)
        if alert is not None:
            found[alert.id] = alert
    return list(found.values())


def _cancel_waiting(tx: Tx, key: str, message: CapMessage) -> CapMessage | None:
    """A Cancel that arrived before this message and named it (from the same sender and status)."""
    rows = tx.execute("SELECT m.body FROM cap_references r JOIN cap_messages m ON m.message_key = r.message_key "
                      "WHERE r.referenced_key = ? AND r.msg_type = 'Cancel' ORDER BY m.received_at", (key,))
    for (body,) in rows:
        cancel = cap_xml.parse(bytes(body))
        if cancel.sender == message.sender and cancel.status == message.status:
            return cancel
    return None


def import_message(tx: Tx, cache: ReferenceCache, body: bytes, message: CapMessage, *, officer_id: str,
                   now: datetime, client: str = "", device_id: str = "") -> Imported:
    """Apply one parsed message in `tx` (a write transaction); the same message twice changes nothing."""
    key = cap.key_of(message)
    known = tx.one("SELECT alert_id FROM cap_messages WHERE message_key = ?", (key,))
    if known is not None:
        return Imported("duplicate", (known[0],) if known[0] else (), tx.current_seq(), key,
                        "This message (sender, identifier, sent) was received before; nothing changed.")
    cells, by_code = _geo(tx, cache)
    regions = cache.get(tx).regions
    plan_ids = [p.id for p in ledger.all_of(tx, Plan) if p.active]  # a withdrawn plan is not proposed
    rules = triggers(tx)

    def placed(m: CapMessage) -> tuple[tuple[Polygon, ...], cap.Affected, tuple[str, ...]]:
        polygons = cap.area_polygons((a for info in m.infos for a in info.areas), by_code)
        return polygons, cap.affected(polygons, cells, regions), cap.matching_plans(m, rules, plan_ids)

    changed: list[Alert] = []
    reason = ""
    if message.msg_type in ("Update", "Cancel"):
        targets = [a for a in _alerts_of(tx, message.references) if cap.applies_to(message, a)]
    else:
        targets = []
    if message.msg_type == "Alert" or (message.msg_type == "Update" and not targets):
        alert = cap.alert_from(message, cap.alert_id(key), *placed(message), now)
        cancel = _cancel_waiting(tx, key, message)
        if cancel is not None:
            alert = cap.cancelled(alert, cancel, now)
            reason = "A Cancel of this message had arrived before it: the alert is stored as ended."
        elif message.msg_type == "Update":
            reason = "The messages this Update names never reached us: it stands as a new alert."
        changed.append(alert)
        outcome = "created"
    elif message.msg_type == "Update":
        changed.extend(cap.updated(a, message, *placed(message), now) for a in targets)
        outcome = "updated"
    elif message.msg_type == "Cancel" and targets:
        changed.extend(cap.cancelled(a, message, now) for a in targets)
        outcome = "cancelled"
    else:
        outcome = "recorded"
        reason = ("It names no alert of the same sender and status that we know: recorded, and an original "
                  "that arrives later is stored as ended." if message.msg_type == "Cancel" else
                  f"A {message.msg_type} message is recorded; it changes no alert.")
    seq = tx.current_seq()
    for alert in changed:
        seq = ledger.put(tx, alert)
        if alert.expires_at is not None and alert.cleared_at is None:
            tx.execute("INSERT INTO cap_expiries (alert_id, expires_at) VALUES (?, ?) ON CONFLICT (alert_id) "
                       "DO UPDATE SET expires_at = excluded.expires_at", (alert.id, stamp(alert.expires_at)))
        else:
            tx.execute("DELETE FROM cap_expiries WHERE alert_id = ?", (alert.id,))
    first = changed[0].id if changed else None
    tx.execute("INSERT INTO cap_messages (message_key, alert_id, msg_type, status, outcome, received_at, received_by, "
               "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (key, first, message.msg_type, message.status, outcome, stamp(now), officer_id, body))
    for referenced in message.references:
        tx.execute("INSERT INTO cap_references (message_key, referenced_key, msg_type) VALUES (?, ?, ?) "
                   "ON CONFLICT DO NOTHING", (key, referenced, message.msg_type))
    ids = tuple(a.id for a in changed)
    audit.record(tx, "cap.import", officer_id=officer_id, device_id=device_id, client=client, name=key[:300],
                 outcome=outcome, reason=reason,
                 args={"msg_type": message.msg_type, "status": message.status, "alerts": list(ids)})
    return Imported(outcome, ids, seq, key, reason)


def import_bytes(storage: Storage, cache: ReferenceCache, body: bytes, *, officer_id: str, client: str = "",
                 device_id: str = "", now: datetime | None = None) -> Imported:
    """Parse (CapError when refused: nothing is written) and apply one message in a transaction of its own."""
    message = cap_xml.parse(body)
    with storage.transaction(write=True) as tx:
        return import_message(tx, cache, body, message, officer_id=officer_id, now=now or datetime.now(UTC),
                              client=client, device_id=device_id)


# --- expiry ------------------------------------------------------------------------------------------------


def expire(tx: Tx, now: datetime) -> int:
    """End the CAP alerts whose time ran out (cleared at their expiry); returns how many."""
    rows = tx.execute("SELECT alert_id FROM cap_expiries WHERE expires_at <= ? ORDER BY expires_at",
                      (stamp(now),))
    ended = 0
    for (alert_key,) in rows:
        alert = ledger.get(tx, Alert, alert_key, for_update=True)
        tx.execute("DELETE FROM cap_expiries WHERE alert_id = ?", (alert_key,))
        if alert is not None and alert.cleared_at is None and alert.expires_at is not None:
            ledger.put(tx, replace(alert, cleared_at=alert.expires_at, plans=()))
            ended += 1
    return ended


def writer() -> PeriodicWriter:
    return PeriodicWriter("CAP expiry", SWEEP_EVERY, expire)


# --- plan triggers (the administrator's console) -----------------------------------------------------------


def add_trigger(storage: Storage, plan: str, event: str, min_severity: str) -> PlanTrigger:
    cap.check_trigger(event, min_severity)
    with storage.transaction(write=True) as tx:
        if ledger.get(tx, Plan, plan) is None:
            raise CapError("invalid_trigger", f"Unknown plan '{plan}'.")
        trigger = PlanTrigger(f"t-{uuid.uuid4().hex[:12]}", plan, event.strip(), min_severity)
        tx.execute("INSERT INTO cap_triggers (id, plan, event, min_severity, created_at) VALUES (?, ?, ?, ?, ?)",
                   (trigger.id, trigger.plan, trigger.event, trigger.min_severity,
                    datetime.now(UTC).isoformat()))
        audit.record(tx, "admin.cap_trigger", name=trigger.id, outcome="added",
                     args={"plan": plan, "event": trigger.event, "min_severity": min_severity})
    return trigger


def remove_trigger(storage: Storage, trigger_id: str) -> None:
    with storage.transaction(write=True) as tx:
        if tx.one("SELECT id FROM cap_triggers WHERE id = ?", (trigger_id,)) is None:
            raise CapError("invalid_trigger", f"No trigger '{trigger_id}'.")
        tx.execute("DELETE FROM cap_triggers WHERE id = ?", (trigger_id,))
        audit.record(tx, "admin.cap_trigger", name=trigger_id, outcome="removed")


def list_triggers(storage: Storage) -> list[PlanTrigger]:
    with storage.transaction() as tx:
        return triggers(tx)


# --- HTTP --------------------------------------------------------------------------------------------------


def api_error(exc: CapError) -> ApiError:
    return ApiError(_STATUS.get(exc.code, 422), exc.code, exc.message)


async def post_cap(request: Request) -> Response:
    from .api import client_of, session_of  # the API module wires this route

    session = await session_of(request)
    if session.officer.role not in POSTING_ROLES:
        raise ApiError(403, "forbidden", "Only ops officers, administrators and system accounts post CAP messages.")
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if media not in MEDIA_TYPES:
        raise ApiError(415, "unsupported_media_type", f"Send one CAP 1.2 <alert> as {' or '.join(MEDIA_TYPES)}.")
    body = await read_body(request, cap_xml.MAX_BYTES)
    central = request.app.state.central

    def run() -> Imported:
        try:
            return import_bytes(central.storage, central.cache, body, officer_id=session.officer.id,
                                client=client_of(request), device_id=session.device_id)
        except CapError as exc:
            raise api_error(exc) from None

    result = await run_in_threadpool(run)
    return JSONResponse(result.answer(), status_code=201 if result.outcome == "created" else 200)


def render_alert(tx: Tx, alert: Alert, sender: str) -> bytes:
    """An external alert as its sender last wrote of it (its Cancel, once cancelled); any of ours as a
    CAP message of our own."""
    if alert.cap is not None:
        row = tx.one("SELECT body FROM cap_messages WHERE alert_id = ? ORDER BY received_at DESC LIMIT 1",
                     (alert.id,))
        if row is not None:
            return bytes(row[0])
        return cap_xml.render(alert.cap, BUSINESS_TZ)
    indicator = ledger.get(tx, Indicator, alert.indicator) if alert.indicator else None
    region = ledger.get(tx, Region, alert.region or (indicator.region if indicator else "") or "")
    return cap_xml.render(cap_out.message_of(alert, indicator, region, sender), BUSINESS_TZ)


SENDER = "ops-center@dispatch-desk"


async def get_alert_cap(request: Request) -> Response:
    from .api import session_of

    session = await session_of(request)
    key = request.path_params["id"]
    central = request.app.state.central

    def load() -> bytes | None:
        with central.storage.transaction() as tx:
            alert = ledger.get(tx, Alert, key)
            return render_alert(tx, alert, SENDER) if alert is not None else None

    _ = session  # every active officer sees every alert (central/scope.py)
    body = await run_in_threadpool(load)
    if body is None:
        raise ApiError(404, "not_found", "No such alert.")
    return Response(body, media_type="application/cap+xml")


ROUTES = [
    Route("/api/v1/cap", post_cap, methods=["POST"]),
    Route("/api/v1/alerts/{id}/cap", get_alert_cap, methods=["GET"]),
]


# --- files (the console) -----------------------------------------------------------------------------------


def import_files(storage: Storage, paths: Iterable[Path], officer_id: str) -> list[tuple[Path, Imported | CapError]]:
    """`central import-cap`: each file on its own; a refused file is reported and changes nothing."""
    cache = ReferenceCache()
    out: list[tuple[Path, Imported | CapError]] = []
    for path in paths:
        try:
            if path.stat().st_size > cap_xml.MAX_BYTES:
                raise CapError("too_large", f"The file is {path.stat().st_size} bytes; the limit is {cap_xml.MAX_BYTES}.")
            out.append((path, import_bytes(storage, cache, path.read_bytes(), officer_id=officer_id, device_id="console")))
        except CapError as exc:
            out.append((path, exc))
        except OSError as exc:
            out.append((path, CapError("unreadable", f"Cannot read the file: {exc.strerror or exc}.")))
    return out
