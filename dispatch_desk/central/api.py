"""API v1 of the central service (docs/architecture.md §4) as a Starlette application.

Handlers read and validate input first (size caps, JSON, the shared pydantic schemas), then run the
blocking database work in the thread pool. Every endpoint but health, login and the OpenAPI
document needs an access token (refresh needs the refresh token instead).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from dispatch_desk import __version__
from dispatch_desk.domain import permissions
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Officer, Reading, Role
from dispatch_desk.domain.wire import (
    MAX_PAGE,
    Health,
    LoginRequest,
    MutationBatch,
    MutationBatchResult,
    OfficerInfo,
    ReadingsBatch,
    ReadingsResult,
    RefreshRequest,
    TokenPair,
)
from dispatch_desk.domain.workflow_actions import Refused

from . import (
    audit,
    auth,
    cap,
    cap_feeds,
    duty,
    feed,
    ledger,
    maintenance,
    mutations,
    open311,
    open_data,
    periodic,
    scope,
    seats,
    staff,
    suspensions,
    vitals,
)
from .http import (
    MAX_ATTACHMENT_BYTES,
    ApiError,
    error_response,
    model_response,
    query_int,
    read_body,
    read_model,
)
from .live import Announcer
from .openapi import openapi_document
from .reference import ReferenceCache
from .storage import Storage, Tx

log = logging.getLogger(__name__)

READING_ROLES = frozenset({Role.ADMIN, Role.OPS_OFFICER})  # sensors and feeds post through these accounts
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Central:
    """The service state shared by the handlers of one process."""

    def __init__(self, storage: Storage, heartbeat: float = 15.0) -> None:
        self.storage = storage
        self.cache = ReferenceCache()
        self.announcer = Announcer(storage)
        self.heartbeat = heartbeat
        self.started_at = datetime.now(UTC)
        self.streams = 0  # live streams open on this instance
        # periodic jobs writing through the writer path; add a PeriodicWriter here for a new one
        self.background_writers: list[periodic.PeriodicWriter] = [suspensions.writer(self.cache),
                                                                  seats.writer(self.cache), cap.writer(),
                                                                  vitals.silence_writer(),
                                                                  duty.staffing_writer()]


def officer_info(officer: Officer) -> OfficerInfo:
    return OfficerInfo(id=officer.id, username=officer.username, name=officer.name, role=officer.role.value,
                       agency=officer.agency, region=officer.region, operations=list(officer.operations))


def token_pair(issued: auth.Issued) -> TokenPair:
    return TokenPair(access_token=issued.access_token, refresh_token=issued.refresh_token,
                     expires_in=issued.expires_in, officer=officer_info(issued.officer))


async def session_of(request: Request) -> auth.Session:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "Log in first: this endpoint needs an access token.",
                       {"WWW-Authenticate": "Bearer"})
    central: Central = request.app.state.central
    try:
        session = await run_in_threadpool(auth.authenticate, central.storage, token.strip())
    except auth.AuthError as exc:
        raise ApiError(exc.status, exc.code, exc.message, {"WWW-Authenticate": "Bearer"}) from None
    claimed = request.headers.get("x-device-id")
    if claimed is not None and claimed != session.device_id:
        # an access token works only for the device that signed in (desks name theirs on every call)
        raise ApiError(401, "invalid_token", "This session belongs to another device; log in again.",
                       {"WWW-Authenticate": "Bearer"})
    request.state.session = session
    return session


async def permitted_session(request: Request, why_not: Callable[[Officer, datetime], Refused | None]) -> auth.Session:
    """The request's session, if its officer passes `why_not` (a `domain.permissions` rule); 403 otherwise."""
    session = await session_of(request)
    refused = why_not(session.officer, datetime.now(UTC))
    if refused is not None:
        raise ApiError(403, refused.code.value, refused.reason + ".")
    return session


def client_of(request: Request) -> str:
    """The client's address as the service sees it (no proxy headers are trusted)."""
    return request.client.host if request.client else ""


# --- endpoints -------------------------------------------------------------------------------------


async def health(request: Request) -> Response:
    central: Central = request.app.state.central
    seq = await run_in_threadpool(central.storage.current_seq)
    return model_response(Health(status="ok", version=__version__, seq=seq, backend=central.storage.backend))


async def login(request: Request) -> Response:
    body = await read_model(request, LoginRequest)
    central: Central = request.app.state.central
    try:
        issued = await run_in_threadpool(auth.login, central.storage, body.username, body.password, body.device_id,
                                         client=client_of(request))
    except auth.AuthError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    return model_response(token_pair(issued))


async def refresh(request: Request) -> Response:
    body = await read_model(request, RefreshRequest)
    central: Central = request.app.state.central
    try:
        issued = await run_in_threadpool(auth.refresh, central.storage, body.refresh_token, body.device_id,
                                         client=client_of(request))
    except auth.AuthError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    return model_response(token_pair(issued))


async def logout(request: Request) -> Response:
    """Sign out: every token of this sign-in (access and refresh, rotated ones too) is revoked."""
    session = await session_of(request)
    central: Central = request.app.state.central
    await run_in_threadpool(auth.logout, central.storage, session, client_of(request))
    return Response(status_code=204)


async def changes(request: Request) -> Response:
    session = await session_of(request)
    since = query_int(request, "since", 0, 0)
    limit = query_int(request, "limit", 1000, 1, MAX_PAGE)
    central: Central = request.app.state.central

    def read() -> feed.Page:
        with central.storage.transaction() as tx:
            regions = central.cache.get(tx).regions
            return feed.read_page(tx, session.officer, regions, since, limit)

    page = await run_in_threadpool(read)
    return Response(page.body, media_type="application/json")


async def post_mutations(request: Request) -> Response:
    session = await session_of(request)
    batch = await read_model(request, MutationBatch, text_checked=False)  # bad text is refused per mutation
    ids = [m.id for m in batch.mutations]
    if len(set(ids)) != len(ids):
        raise ApiError(422, "invalid_payload", "A batch names the same mutation id twice.")
    central: Central = request.app.state.central
    results = await run_in_threadpool(
        mutations.apply_batch, central.storage, central.cache, session.officer, session.device_id, batch.mutations,
        client_of(request),
    )
    return model_response(MutationBatchResult(results=results))


READING_PAST = timedelta(days=400)  # older history is loaded by `central import`, not posted
READING_FUTURE = timedelta(minutes=10)  # clock drift of sensors and feeds


def checked_readings(batch: ReadingsBatch, now: datetime) -> list[Reading]:
    """The batch as domain readings in UTC; ApiError 422 naming the first bad ones otherwise.

    A reading may not lie in the future (beyond clock drift) nor too far in the past, and its value is
    a finite number: one reading dated 9999 would otherwise stand as the newest the monitor has seen,
    and it ignores every reading older than that.
    """
    out, bad = [], []
    for i, r in enumerate(batch.readings):
        local = r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC)
        at: datetime | None
        try:
            at = local.astimezone(UTC)
        except (OverflowError, ValueError):
            at = None
        if at is None or not now - READING_PAST <= at <= now + READING_FUTURE:
            bad.append(f"readings.{i}.at: must lie between {READING_PAST.days} days ago and "
                       f"{int(READING_FUTURE.total_seconds() // 60)} minutes from now")
        elif not math.isfinite(r.value):
            bad.append(f"readings.{i}.value: must be a finite number")
        else:
            out.append(Reading(r.indicator, at, r.value))
    if bad:
        more = f"; ... and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise ApiError(422, "invalid_reading", "Invalid readings — " + "; ".join(bad[:5]) + more)
    return out


async def post_readings(request: Request) -> Response:
    session = await session_of(request)
    if session.officer.role not in READING_ROLES:
        raise ApiError(403, "forbidden", "Your role cannot post indicator readings.")
    batch = await read_model(request, ReadingsBatch)
    checked = checked_readings(batch, datetime.now(UTC))
    central: Central = request.app.state.central

    def store() -> int:
        with central.storage.transaction(write=True) as tx:
            known = central.cache.get(tx).indicators
            unknown = sorted({r.indicator for r in checked} - known)
            if unknown:
                raise ApiError(422, "unknown_indicator", f"Unknown indicator(s): {', '.join(unknown[:10])}.")
            readings = {}
            for reading in checked:
                readings[ledger.key_of(reading)] = reading  # the last value for one instant wins
            seq = ledger.put_many(tx, list(readings.values()))
            vitals.observe(tx, central.cache, list(readings.values()))  # alerts in the same transaction
            times = [r.at for r in checked]
            audit.record(tx, "readings", officer_id=session.officer.id, device_id=session.device_id,
                         client=client_of(request), name="readings.post", outcome="ok",
                         args={"count": len(checked), "indicators": sorted({r.indicator for r in checked})[:50],
                               "first": min(times).isoformat(), "last": max(times).isoformat()})
            return max(seq, tx.current_seq())

    seq = await run_in_threadpool(store)
    return model_response(ReadingsResult(accepted=len(batch.readings), seq=seq))


def _hash_of(request: Request) -> str:
    digest: str = request.path_params["sha256"].lower()
    if not SHA256.match(digest):
        raise ApiError(400, "bad_hash", "An attachment is named by the 64 hex digits of its SHA-256.")
    return digest


# Served as uploaded only when the type cannot run in a browser; anything else is a download.
SAFE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/pdf",
                        "audio/mpeg", "audio/mp4", "audio/wav", "video/mp4", "text/plain"})
MAX_OFFICER_ATTACHMENT_BYTES = 500 * 1024 * 1024  # all uploads of one officer together
_REFERRING = ("incident_action", "incident", "log_entry", "task")  # records whose data may name an attachment


def safe_type(declared: str | None) -> str:
    mime = (declared or "").split(";")[0].strip().lower()
    return mime if mime in SAFE_TYPES else "application/octet-stream"


def may_read_attachment(tx: Tx, officer: Officer, regions: RegionTree, digest: str, uploader: str) -> bool:
    """The uploader, and officers who see a record that refers to the attachment."""
    if officer.id == uploader:
        return True
    viewer = scope.Viewer(tx, officer, regions)
    if viewer.everything:
        return True
    marks = ", ".join("?" for _ in _REFERRING)
    rows = tx.execute(
        f"SELECT seq, entity, key, deleted, data, parent FROM records WHERE entity IN ({marks}) AND deleted = 0 "
        "AND data LIKE ?",
        (*_REFERRING, f'%"{digest}"%'),
    )
    viewer.prefetch(rows)
    return any(viewer.sees(entity, data, parent) for _seq, entity, _key, _deleted, data, parent in rows)


async def put_attachment(request: Request) -> Response:
    session = await session_of(request)
    if (refused := permissions.read_only(session.officer)) is not None:
        raise ApiError(403, "forbidden", refused.reason + ".")
    digest = _hash_of(request)
    content = await read_body(request, MAX_ATTACHMENT_BYTES)
    if hashlib.sha256(content).hexdigest() != digest:
        raise ApiError(422, "hash_mismatch", "The content does not match its SHA-256; upload it again.")
    mime = safe_type(request.headers.get("content-type"))
    central: Central = request.app.state.central
    officer = session.officer

    def store() -> bool:
        with central.storage.transaction(write=True) as tx:
            known = tx.one("SELECT officer_id FROM attachments WHERE sha256 = ?", (digest,))
            if known is None:
                # an aggregate answers one row
                used = cast(tuple[Any, ...], tx.one("SELECT COALESCE(SUM(size), 0) FROM attachments "
                                                    "WHERE officer_id = ?", (officer.id,)))
                if int(used[0]) + len(content) > MAX_OFFICER_ATTACHMENT_BYTES:
                    raise ApiError(413, "quota_exceeded", "You have uploaded as much as one officer may "
                                   f"({MAX_OFFICER_ATTACHMENT_BYTES // (1024 * 1024)} MB); ask an administrator.")
                tx.execute(
                    "INSERT INTO attachments (sha256, size, mime, content, created_at, officer_id) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (digest, len(content), mime, content, datetime.now(UTC).isoformat(), officer.id),
                )
            audit.record(tx, "attachment.upload", officer_id=officer.id, device_id=session.device_id,
                         client=client_of(request), name=digest, args={"size": len(content), "mime": mime},
                         outcome="created" if known is None else "known")
            return known is None

    created = await run_in_threadpool(store)
    return JSONResponse({"sha256": digest, "size": len(content), "created": created}, 201 if created else 200)


async def get_attachment(request: Request) -> Response:
    session = await session_of(request)
    digest = _hash_of(request)
    central: Central = request.app.state.central

    def load() -> tuple[Any, ...] | None:
        with central.storage.transaction(write=True) as tx:
            row = tx.one("SELECT mime, content, officer_id FROM attachments WHERE sha256 = ?", (digest,))
            regions = central.cache.get(tx).regions
            if row is not None and not may_read_attachment(tx, session.officer, regions, digest, row[2]):
                row = None  # answered like a missing one: the hash tells nothing about what it is attached to
            audit.record(tx, "attachment.download", officer_id=session.officer.id, device_id=session.device_id,
                         client=client_of(request), name=digest, outcome="ok" if row else "not_found")
            return row

    row = await run_in_threadpool(load)
    if row is None:
        raise ApiError(404, "not_found", "No attachment with this hash that you may see.")
    headers = {"Cache-Control": "private, max-age=31536000", "X-Content-Type-Options": "nosniff",
               "Content-Security-Policy": "default-src 'none'; sandbox",
               "Content-Disposition": f'attachment; filename="{digest}"'}
    return Response(bytes(row[1]), media_type=safe_type(row[0]), headers=headers)


async def stream(request: Request) -> Response:
    """SSE: `id:` is the latest seq; the client pulls /changes on each event. Resumes from Last-Event-ID.

    The stream ends when its session does: at the access token's expiry, and when the token is
    revoked or the officer disabled (checked again whenever sessions change, and at every heartbeat).
    """
    session = await session_of(request)
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    central: Central = request.app.state.central
    raw = request.headers.get("last-event-id") or request.query_params.get("since") or ""
    try:
        parsed: int | None = max(0, int(raw)) if raw and len(raw) <= 20 else -1
    except ValueError:
        parsed = None
    if parsed is None or (raw and len(raw) > 20):
        raise ApiError(422, "invalid_query", "Last-Event-ID must be a sequence number.")
    last = parsed

    async def still_valid() -> str | None:
        if time.time() >= session.expires_at:
            return "token_expired"
        try:
            await run_in_threadpool(auth.authenticate, central.storage, token)
        except auth.AuthError as exc:
            return exc.code
        return None

    async def events() -> AsyncIterator[str]:
        central.streams += 1
        try:
            async for event in _events():
                yield event
        finally:
            central.streams -= 1

    async def _events() -> AsyncIterator[str]:
        nonlocal last
        yield "retry: 2000\n\n"
        announcer = central.announcer
        loop = asyncio.get_running_loop()
        sessions = announcer.sessions
        beat_at = loop.time() + central.heartbeat
        while not announcer.closed:
            if announcer.sessions != sessions or time.time() >= session.expires_at:
                sessions = announcer.sessions
                ended = await still_valid()
                if ended is not None:
                    yield f"event: end\ndata: {json.dumps({'reason': ended})}\n\n"
                    return
            latest = announcer.latest
            if latest > last:
                last = latest
                yield f"id: {latest}\nevent: seq\ndata: {json.dumps({'seq': latest})}\n\n"
                continue
            left = min(beat_at - loop.time(), max(0.0, session.expires_at - time.time()))
            if left > 0:
                await announcer.wait(left)
                continue
            if loop.time() >= beat_at:
                ended = await still_valid()  # revoked by another process or instance
                if ended is not None:
                    yield f"event: end\ndata: {json.dumps({'reason': ended})}\n\n"
                    return
                beat_at = loop.time() + central.heartbeat
                yield ": heartbeat\n\n"

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document())


# --- errors ----------------------------------------------------------------------------------------


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    await _audit_refusal(request, exc.status, exc.code, exc.message)
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    await _audit_refusal(request, exc.status_code, code, str(exc.detail))
    return error_response(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "The server failed; the request may be retried.")


async def _audit_refusal(request: Request, status: int, code: str, message: str) -> None:
    """A refused request is audited with who (when known), from where, and why; never fails the answer."""
    session = getattr(request.state, "session", None)
    central: Central = request.app.state.central
    fields = {"officer_id": session.officer.id if session else "", "device_id": session.device_id if session else "",
              "client": client_of(request), "name": f"{request.method} {request.url.path}", "outcome": code,
              "reason": message, "args": {"status": status}}
    try:
        await run_in_threadpool(audit.record_now, central.storage, "refused", **fields)
    except Exception:
        log.exception("could not audit a refused request")


ROUTES = [
    Route("/api/v1/health", health, methods=["GET"]),
    Route("/api/v1/auth/login", login, methods=["POST"]),
    Route("/api/v1/auth/refresh", refresh, methods=["POST"]),
    Route("/api/v1/auth/logout", logout, methods=["POST"]),
    Route("/api/v1/changes", changes, methods=["GET"]),
    Route("/api/v1/mutations", post_mutations, methods=["POST"]),
    Route("/api/v1/stream", stream, methods=["GET"]),
    Route("/api/v1/readings", post_readings, methods=["POST"]),
    Route("/api/v1/attachments/{sha256}", put_attachment, methods=["PUT"]),
    Route("/api/v1/attachments/{sha256}", get_attachment, methods=["GET"]),
    Route("/api/v1/openapi.json", openapi, methods=["GET"]),
    *maintenance.ROUTES,
    *staff.ROUTES,  # officers' accounts from an administrator's desk  # operations and maintenance: the service, the sensors, the audit (administrators)
    *open_data.ROUTES,  # open data (数据开放): a review, then the export it covers (administrators)
    *cap.ROUTES,  # CAP 1.2 alerts in (POST /api/v1/cap) and out (GET /api/v1/alerts/{id}/cap)
    open311.MOUNT,  # Open311 GeoReport v2 under /open311/v2/, answering in the specification's own format
]


def create_app(storage: Storage, *, heartbeat: float = 15.0) -> Starlette:
    """The ASGI application over an opened (migrated) storage."""
    central = Central(storage, heartbeat)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await central.announcer.start()
        tasks = periodic.start(central.storage, central.background_writers)
        tasks.append(asyncio.create_task(cap_feeds.run_periodically(central.storage, central.cache),
                                         name="CAP feeds"))  # fetches outside any transaction
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await central.announcer.stop()

    app = Starlette(
        routes=ROUTES,
        lifespan=lifespan,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected},
    )
    app.state.central = central
    return app

