"""Operations and maintenance (一体化运维) of the central service, for administrators only.

- `GET /api/v1/admin/service`: this instance (version, start, uptime, live streams, background jobs)
  and its database (backend, round-trip latency, migrations applied, size, records per kind, feed
  position).
- `GET /api/v1/admin/sensors`: every indicator's sensor as the vital-sign monitors see it: its last
  reading, its usual interval, whether it has gone silent (`domain.alerting.silent`) and for how long,
  its level and its open device alert.
- `POST /api/v1/desks/health` (any signed-in desk, every few minutes): its version, feed cursor, outbox
  and unresolved conflicts; `GET /api/v1/admin/desks`: every desk as last heard of, with its lag
  behind the feed.
- `GET /api/v1/admin/audit`: the audit chain, newest first, filtered by officer, device, kind, name,
  outcome and time, a page at a time (`before` = the position to continue below). Each read of the
  audit is itself audited (`audit.read`).

Who may read: `permissions.why_not_maintain`; everyone else gets 403 and nothing of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dispatch_desk import __version__
from dispatch_desk.domain import alerting, codec
from dispatch_desk.domain.entities import ENTITIES, reading_key
from dispatch_desk.domain.permissions import why_not_maintain
from dispatch_desk.domain.records import Indicator, Officer, Reading
from dispatch_desk.domain.wire import (
    AuditPage,
    AuditRow,
    BackgroundJob,
    DeskHealth,
    DeskState,
    Migration,
    SensorState,
    ServiceStatus,
)

from . import audit, ledger
from .http import ApiError, model_response, query_int, read_model
from .storage import Tx

if TYPE_CHECKING:
    from .api import Central

MAX_AUDIT_PAGE = 2000
_AUDIT_COLUMNS = ("n", "at", "kind", "officer_id", "device_id", "client", "mutation_id", "name", "args", "outcome",
                  "reason", "seq")
_TEXT_FILTERS = ("officer_id", "device_id", "kind", "outcome")  # exact matches
MAX_FILTER = 200


async def _admin(request: Request) -> Any:
    from .api import permitted_session

    return await permitted_session(request, why_not_maintain)


# --- the service ---------------------------------------------------------------------------------------


def _database_bytes(tx: Tx, central: Central) -> int | None:
    if tx.backend == "postgresql":
        row = tx.one("SELECT pg_database_size(current_database())")
        return int(row[0]) if row else None
    path = central.storage.sqlite_path
    return sum(os.path.getsize(p) for p in (path, f"{path}-wal") if os.path.exists(p)) if path else None


def service_status(central: Central) -> ServiceStatus:
    now = datetime.now(UTC)
    with central.storage.transaction() as tx:
        t0 = time.perf_counter()
        tx.one("SELECT 1")
        latency = (time.perf_counter() - t0) * 1000
        migrations = [Migration(version=int(v), name=str(n), applied_at=str(at)) for v, n, at in
                      tx.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")]
        records = {str(entity): int(n) for entity, n in tx.execute(
            "SELECT entity, COUNT(*) FROM records WHERE deleted = 0 GROUP BY entity")}
        size = _database_bytes(tx, central)
        audit_rows = tx.one("SELECT COUNT(*) FROM audit")
    return ServiceStatus(
        version=__version__, started_at=central.started_at,
        uptime_s=round((now - central.started_at).total_seconds()), streams=central.streams,
        background=[BackgroundJob(name=w.name, every_s=w.every) for w in central.background_writers],
        backend=central.storage.backend, db_latency_ms=round(latency, 2), db_bytes=size,
        migrations=migrations, records={k: records[k] for k in ENTITIES if records.get(k)},
        audit_rows=int(audit_rows[0]) if audit_rows else 0, seq=central.storage.current_seq(),
    )


async def get_service(request: Request) -> Response:
    await _admin(request)
    return model_response(await run_in_threadpool(service_status, request.app.state.central))


# --- the sensors -----------------------------------------------------------------------------------------


def sensors(central: Central, now: datetime) -> list[SensorState]:
    with central.storage.transaction() as tx:
        monitors = {str(code): (last_at, step, level, device) for code, last_at, step, level, device in tx.execute(
            "SELECT indicator, last_at, step, level, device_alert FROM vital_monitors")}
        out = []
        for indicator in sorted(ledger.all_of(tx, Indicator), key=lambda i: i.code):
            last_at, step, level, device = monitors.get(indicator.code, (None, None, 0, None))
            last = codec.parse_time(last_at)
            reading = ledger.get(tx, Reading, reading_key(indicator.code, codec.encode_time(last))) if last else None
            quiet = alerting.silent(last, step, now)
            out.append(SensorState(
                indicator=indicator.code, name=indicator.name, name_en=indicator.name_en, region=indicator.region,
                monitored=indicator.warn is not None or indicator.alarm is not None, last_at=last,
                last_value=reading.value if reading else None, unit=indicator.unit, unit_en=indicator.unit_en,
                step_s=step, silent=quiet,
                silent_for_s=round((now - last).total_seconds()) if quiet and last else 0,
                limit_s=alerting.silence_limit(step).total_seconds(), level=int(level or 0), device_alert=device,
            ))
    return out


async def get_sensors(request: Request) -> Response:
    await _admin(request)
    found = await run_in_threadpool(sensors, request.app.state.central, datetime.now(UTC))
    return JSONResponse([s.model_dump(mode="json") for s in found])


# --- the desks ------------------------------------------------------------------------------------------

_DESK_COLUMNS = ("device_id", "officer_id", "version", "feed_cursor", "outbox", "conflicts", "cache_bytes", "client",
                 "reported_at")


async def post_desk_health(request: Request) -> Response:
    from .api import client_of, session_of

    session = await session_of(request)
    body = await read_model(request, DeskHealth)
    central: Central = request.app.state.central
    values = (session.device_id, session.officer.id, body.version, body.cursor, body.outbox, body.conflicts,
              body.cache_bytes, client_of(request), datetime.now(UTC).isoformat())

    def store() -> None:
        updates = ", ".join(f"{c} = excluded.{c}" for c in _DESK_COLUMNS[1:])
        with central.storage.transaction(write=True) as tx:
            tx.execute(f"INSERT INTO desk_health ({', '.join(_DESK_COLUMNS)}) VALUES ({', '.join('?' * len(values))}) "
                       f"ON CONFLICT (device_id) DO UPDATE SET {updates}", values)

    await run_in_threadpool(store)
    return Response(status_code=204)


def desks(central: Central, now: datetime) -> list[DeskState]:
    seq = central.storage.current_seq()
    with central.storage.transaction() as tx:
        rows = tx.execute(f"SELECT {', '.join(_DESK_COLUMNS)} FROM desk_health ORDER BY reported_at DESC")
        names = {o.id: o.name for o in ledger.all_of(tx, Officer)}
    out = []
    for device, officer, version, cursor, outbox, conflicts, size, client, at in rows:
        reported = datetime.fromisoformat(at)
        out.append(DeskState(device_id=device, officer_id=officer, officer_name=names.get(officer, ""), version=version,
                             cursor=int(cursor), lag=max(0, seq - int(cursor)), outbox=int(outbox),
                             conflicts=int(conflicts), cache_bytes=size, client=client, reported_at=reported,
                             seen_s=max(0, round((now - reported).total_seconds()))))
    return out


async def get_desks(request: Request) -> Response:
    await _admin(request)
    found = await run_in_threadpool(desks, request.app.state.central, datetime.now(UTC))
    return JSONResponse([d.model_dump(mode="json") for d in found])


# --- the audit -----------------------------------------------------------------------------------------


def _audit_query(request: Request) -> tuple[dict[str, str], int, int | None]:
    filters: dict[str, str] = {}
    for name in (*_TEXT_FILTERS, "name", "since", "until"):
        value = request.query_params.get(name, "").strip()
        if len(value) > MAX_FILTER:
            raise ApiError(422, "invalid_query", f"{name} is longer than {MAX_FILTER} characters.")
        if value:
            filters[name] = value
    for name in ("since", "until"):
        if name in filters:
            try:
                moment = datetime.fromisoformat(filters[name])
            except ValueError:
                moment = None
            if moment is None or moment.tzinfo is None:
                raise ApiError(422, "invalid_query", f"{name} must be an ISO-8601 time with its time zone.")
            filters[name] = moment.astimezone(UTC).isoformat()
    limit = query_int(request, "limit", 200, 1, MAX_AUDIT_PAGE)
    before = query_int(request, "before", 0, 0) or None
    return filters, limit, before


def audit_page(central: Central, filters: dict[str, str], limit: int, before: int | None) -> AuditPage:
    where: list[str] = ["n IS NOT NULL"]
    params: list[str | int] = []
    for name in _TEXT_FILTERS:
        if name in filters:
            where.append(f"{name} = ?")
            params.append(filters[name])
    if "name" in filters:  # a mutation or event name, or the start of one (incident. finds every incident action)
        where.append("name LIKE ? ESCAPE '\\'")
        params.append(filters["name"].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if "since" in filters:
        where.append("at >= ?")
        params.append(filters["since"])
    if "until" in filters:
        where.append("at < ?")
        params.append(filters["until"])
    if before is not None:
        where.append("n < ?")
        params.append(before)
    sql = f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM audit WHERE {' AND '.join(where)} ORDER BY n DESC LIMIT ?"
    with central.storage.transaction() as tx:
        rows = tx.execute(sql, (*params, limit + 1))
    entries = []
    for row in rows[:limit]:
        entry = dict(zip(_AUDIT_COLUMNS, row, strict=True))
        with contextlib.suppress(TypeError, ValueError):  # a row from before arguments were always JSON
            entry["args"] = json.loads(entry["args"])
        entries.append(AuditRow.model_validate(entry))
    more = len(rows) > limit
    return AuditPage(rows=entries, next=entries[-1].n if more and entries else None)


async def get_audit(request: Request) -> Response:
    from .api import client_of

    session = await _admin(request)
    filters, limit, before = _audit_query(request)
    central: Central = request.app.state.central

    def work() -> AuditPage:
        page = audit_page(central, filters, limit, before)
        audit.record_now(central.storage, "audit.read", officer_id=session.officer.id, device_id=session.device_id,
                         client=client_of(request), name="audit.read",
                         args={"filters": filters, "limit": limit, "before": before}, outcome="ok",
                         reason=f"{len(page.rows)} rows")
        return page

    return model_response(await run_in_threadpool(work))


ROUTES = [
    Route("/api/v1/admin/service", get_service, methods=["GET"]),
    Route("/api/v1/admin/sensors", get_sensors, methods=["GET"]),
    Route("/api/v1/admin/audit", get_audit, methods=["GET"]),
    Route("/api/v1/admin/desks", get_desks, methods=["GET"]),
    Route("/api/v1/desks/health", post_desk_health, methods=["POST"]),
]
