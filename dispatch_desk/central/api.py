"""API v1 of the central service (DESIGN.md §4) as a Starlette application.

Handlers read and validate input first (size caps, JSON, the shared pydantic schemas), then run the
blocking database work in the thread pool. Every endpoint but health, login and the OpenAPI
document needs an access token (refresh needs the refresh token instead).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from dispatch_desk import __version__
from dispatch_desk.domain.records import Reading, Role
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

from . import auth, feed, ledger, mutations, suspensions, vitals
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
from .storage import Storage

log = logging.getLogger(__name__)

READING_ROLES = frozenset({Role.ADMIN, Role.OPS_OFFICER})  # sensors and feeds post through these accounts
READ_ONLY_ROLES = frozenset({Role.LEADER})
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Central:
    """The service state shared by the handlers of one process."""

    def __init__(self, storage: Storage, heartbeat: float = 15.0) -> None:
        self.storage = storage
        self.cache = ReferenceCache()
        self.announcer = Announcer(storage)
        self.heartbeat = heartbeat


def officer_info(officer) -> OfficerInfo:
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
        return await run_in_threadpool(auth.authenticate, central.storage, token.strip())
    except auth.AuthError as exc:
        raise ApiError(exc.status, exc.code, exc.message, {"WWW-Authenticate": "Bearer"}) from None


# --- endpoints -------------------------------------------------------------------------------------


async def health(request: Request) -> Response:
    central: Central = request.app.state.central
    seq = await run_in_threadpool(central.storage.current_seq)
    return model_response(Health(status="ok", version=__version__, seq=seq, backend=central.storage.backend))


async def login(request: Request) -> Response:
    body = await read_model(request, LoginRequest)
    central: Central = request.app.state.central
    try:
        issued = await run_in_threadpool(auth.login, central.storage, body.username, body.password, body.device_id)
    except auth.AuthError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    return model_response(token_pair(issued))


async def refresh(request: Request) -> Response:
    body = await read_model(request, RefreshRequest)
    central: Central = request.app.state.central
    try:
        issued = await run_in_threadpool(auth.refresh, central.storage, body.refresh_token, body.device_id)
    except auth.AuthError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    return model_response(token_pair(issued))


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
    batch = await read_model(request, MutationBatch)
    ids = [m.id for m in batch.mutations]
    if len(set(ids)) != len(ids):
        raise ApiError(422, "invalid_payload", "A batch names the same mutation id twice.")
    central: Central = request.app.state.central
    results = await run_in_threadpool(
        mutations.apply_batch, central.storage, central.cache, session.officer, session.device_id, batch.mutations
    )
    return model_response(MutationBatchResult(results=results))


async def post_readings(request: Request) -> Response:
    session = await session_of(request)
    if session.officer.role not in READING_ROLES:
        raise ApiError(403, "forbidden", "Your role cannot post indicator readings.")
    batch = await read_model(request, ReadingsBatch)
    central: Central = request.app.state.central

    def store() -> int:
        with central.storage.transaction(write=True) as tx:
            known = central.cache.get(tx).indicators
            unknown = sorted({r.indicator for r in batch.readings} - known)
            if unknown:
                raise ApiError(422, "unknown_indicator", f"Unknown indicator(s): {', '.join(unknown[:10])}.")
            readings = {}
            for r in batch.readings:
                reading = Reading(r.indicator, r.at.astimezone(UTC) if r.at.tzinfo else r.at.replace(tzinfo=UTC),
                                  r.value)
                readings[ledger.key_of(reading)] = reading  # the last value for one instant wins
            seq = ledger.put_many(tx, list(readings.values()))
            vitals.observe(tx, central.cache, list(readings.values()))  # alerts in the same transaction
            return max(seq, tx.current_seq())

    seq = await run_in_threadpool(store)
    return model_response(ReadingsResult(accepted=len(batch.readings), seq=seq))


def _hash_of(request: Request) -> str:
    digest = request.path_params["sha256"].lower()
    if not SHA256.match(digest):
        raise ApiError(400, "bad_hash", "An attachment is named by the 64 hex digits of its SHA-256.")
    return digest


async def put_attachment(request: Request) -> Response:
    session = await session_of(request)
    if session.officer.role in READ_ONLY_ROLES:
        raise ApiError(403, "forbidden", "Leaders have read-only access.")
    digest = _hash_of(request)
    content = await read_body(request, MAX_ATTACHMENT_BYTES)
    if hashlib.sha256(content).hexdigest() != digest:
        raise ApiError(422, "hash_mismatch", "The content does not match its SHA-256; upload it again.")
    mime = request.headers.get("content-type", "application/octet-stream")[:128]
    central: Central = request.app.state.central

    def store() -> bool:
        with central.storage.transaction(write=True) as tx:
            if tx.one("SELECT 1 FROM attachments WHERE sha256 = ?", (digest,)):
                return False
            tx.execute(
                "INSERT INTO attachments (sha256, size, mime, content, created_at, officer_id) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (digest, len(content), mime, content, datetime.now(UTC).isoformat(), session.officer.id),
            )
            return True

    created = await run_in_threadpool(store)
    return JSONResponse({"sha256": digest, "size": len(content), "created": created}, 201 if created else 200)


async def get_attachment(request: Request) -> Response:
    await session_of(request)
    digest = _hash_of(request)
    central: Central = request.app.state.central

    def load() -> tuple | None:
        with central.storage.transaction() as tx:
            return tx.one("SELECT mime, content FROM attachments WHERE sha256 = ?", (digest,))

    row = await run_in_threadpool(load)
    if row is None:
        raise ApiError(404, "not_found", "No attachment with this hash has been uploaded.")
    return Response(bytes(row[1]), media_type=row[0], headers={"Cache-Control": "private, max-age=31536000"})


async def stream(request: Request) -> Response:
    """SSE: `id:` is the latest seq; the client pulls /changes on each event. Resumes from Last-Event-ID."""
    await session_of(request)
    central: Central = request.app.state.central
    raw = request.headers.get("last-event-id") or request.query_params.get("since") or ""
    try:
        last = max(0, int(raw)) if raw else -1
    except ValueError:
        raise ApiError(422, "invalid_query", "Last-Event-ID must be a sequence number.") from None

    async def events() -> AsyncIterator[str]:
        nonlocal last
        yield "retry: 2000\n\n"
        announcer = central.announcer
        while not announcer.closed:
            latest = announcer.latest
            if latest > last:
                last = latest
                yield f"id: {latest}\nevent: seq\ndata: {json.dumps({'seq': latest})}\n\n"
                continue
            waited = 0.0
            while announcer.latest <= last and waited < central.heartbeat and not announcer.closed:
                step = min(1.0, central.heartbeat - waited)
                await announcer.wait_beyond(last, step)
                waited += step
            if announcer.latest <= last and not announcer.closed:
                yield ": heartbeat\n\n"

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document())


# --- errors ----------------------------------------------------------------------------------------


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return error_response(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "The server failed; the request may be retried.")


ROUTES = [
    Route("/api/v1/health", health, methods=["GET"]),
    Route("/api/v1/auth/login", login, methods=["POST"]),
    Route("/api/v1/auth/refresh", refresh, methods=["POST"]),
    Route("/api/v1/changes", changes, methods=["GET"]),
    Route("/api/v1/mutations", post_mutations, methods=["POST"]),
    Route("/api/v1/stream", stream, methods=["GET"]),
    Route("/api/v1/readings", post_readings, methods=["POST"]),
    Route("/api/v1/attachments/{sha256}", put_attachment, methods=["PUT"]),
    Route("/api/v1/attachments/{sha256}", get_attachment, methods=["GET"]),
    Route("/api/v1/openapi.json", openapi, methods=["GET"]),
]


def create_app(storage: Storage, *, heartbeat: float = 15.0) -> Starlette:
    """The ASGI application over an opened (migrated) storage."""
    central = Central(storage, heartbeat)

    async def sweep_suspensions() -> None:
        while True:
            await asyncio.sleep(suspensions.SWEEP_SECONDS)
            try:
                await run_in_threadpool(suspensions.sweep, central.storage, central.cache)
            except Exception:  # a failed sweep is retried at the next one; the service goes on
                log.exception("sweeping lapsed suspensions failed")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await central.announcer.start()
        sweeper = asyncio.create_task(sweep_suspensions())
        try:
            yield
        finally:
            sweeper.cancel()
            await central.announcer.stop()

    app = Starlette(
        routes=ROUTES,
        lifespan=lifespan,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected},
    )
    app.state.central = central
    return app

