"""The OpenAPI document of API v1, generated from the shared pydantic schemas of `domain.wire`."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from dispatch_desk import __version__
from dispatch_desk.domain import command, wire
from dispatch_desk.domain import open_data as od

_REF = "#/components/schemas/{model}"
_MODELS: tuple[type[BaseModel], ...] = (
    wire.LoginRequest, wire.RefreshRequest, wire.TokenPair, wire.OfficerInfo, wire.MutationBatch,
    wire.MutationBatchResult, wire.ChangesPage, wire.ReadingsBatch, wire.ReadingsResult, wire.Health,
    wire.ErrorBody, wire.OpenDataSelection, wire.OpenDataExportRequest, wire.OpenDataReview, wire.ServiceStatus,
    wire.SensorState, wire.AuditPage, wire.DeskHealth, wire.DeskState, wire.OfficerForm, wire.PasswordForm,
    wire.CategoryForm, wire.LimitsForm, wire.GridImportResult, wire.AgencyForm,
    wire.PlanTaskForm, wire.PlanForm,
)


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": _REF.format(model=model.__name__)}


def _json(model: type[BaseModel]) -> dict[str, Any]:
    return {"application/json": {"schema": _ref(model)}}


def _answers(ok: type[BaseModel] | None, *errors: int, ok_status: str = "200", ok_text: str = "OK") -> dict[str, Any]:
    out: dict[str, Any] = {ok_status: {"description": ok_text}}
    if ok is not None:
        out[ok_status]["content"] = _json(ok)
    for status in errors:
        out[str(status)] = {"description": _ERRORS[status], "content": _json(wire.ErrorBody)}
    return out


_ERRORS = {
    400: "Malformed request (e.g. the body is not JSON)",
    401: "Not logged in, or the token is invalid or expired",
    403: "Not permitted (role, disabled or locked account)",
    404: "Not found",
    413: "The body is larger than the limit",
    415: "The body is not of a media type the operation takes",
    409: "Refused against the current state (an export without a review of its selection)",
    422: "The payload violates the schema or names unknown things",
}

_SECURED: list[dict[str, list[str]]] = [{"bearer": []}]

MUTATIONS_DOC = """Each mutation is applied at most once (its id is unique): `applied` (with the feed seq),
`duplicate` (the same id and payload again: the first result), `conflict` (refused against the current
server state, which comes back in `state`), `rejected` (invalid or not permitted, with a reason; the same
id with a different payload is rejected too). A batch is answered mutation by mutation.

Names and arguments:
- `incident.report` {id, title, category, source, severity 1-4, lon, lat, description?, address?, note?,
  photos?: [sha256], operation?, indicator?, alert?} — the server locates the grid cell, street and district.
  An alert raises at most one incident: a second report naming the same `alert` is a conflict with code
  `exists` whose `server` is the alert, naming the incident it raised.
- `incident.<action>` {id (the incident), note?/reason?, ...} for register, dispatch {lead_agency?,
  co_agencies?, deadline?}, accept, return, dispose, verify {passed}, close, reopen, escalate, suspend
  {until}, approve_suspension {approved?}, resume, extend {until}, supervise, cancel, merge {duplicates},
  comment — decided by the domain workflow and permissions.
- `alert.acknowledge` {id}.
- `assessment.publish` {period: month|week, start (the period's first instant, ISO-8601)} — the city center
  freezes a finished period, counted over every incident; every feed then carries the `assessment` record.
  A period published before is a conflict with code `exists`.
- `assessment.set_weights` {weights: {accept_on_time, dispose_on_time, first_time, not_returned, closed}} —
  administrators only; the weights of the composite score from then on.
- Joint command (联动指挥): `operation.*`, `seat.*`, `task.*`, `log.*`, `report.*` — decided by the domain
  (`domain.command`); the arguments of each are the schema named in `x-mutation-arguments`.
"""


def mutation_arguments() -> dict[str, dict[str, str]]:
    """Joint-command mutation name -> a reference to the schema of its arguments (`command.ARGS`)."""
    return {name: _ref(model) for name, model in sorted(command.ARGS.items())}


@cache
def openapi_document() -> dict[str, Any]:
    models = (*_MODELS, *dict.fromkeys(command.ARGS.values()))
    _, defs = models_json_schema([(m, "validation") for m in models], ref_template=_REF)
    schemas = defs.get("$defs", {})
    since = {"name": "since", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}}
    limit = {"name": "limit", "in": "query",
             "schema": {"type": "integer", "minimum": 1, "maximum": wire.MAX_PAGE, "default": 1000}}
    sha = {"name": "sha256", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}
    paths: dict[str, Any] = {
        "/api/v1/auth/login": {"post": {
            "summary": "Log in: an access token (15 min) and a refresh token bound to the device",
            "requestBody": {"required": True, "content": _json(wire.LoginRequest)},
            "responses": _answers(wire.TokenPair, 400, 401, 403, 413, 422)}},
        "/api/v1/auth/refresh": {"post": {
            "summary": "A new token pair for a refresh token of the same device",
            "requestBody": {"required": True, "content": _json(wire.RefreshRequest)},
            "responses": _answers(wire.TokenPair, 400, 401, 403, 422)}},
        "/api/v1/changes": {"get": {
            "summary": "Changes after `since` in the officer's scope, oldest first", "security": _SECURED,
            "parameters": [since, limit], "responses": _answers(wire.ChangesPage, 401, 403, 422)}},
        "/api/v1/mutations": {"post": {
            "summary": "Apply domain commands, each at most once", "security": _SECURED,
            "description": MUTATIONS_DOC, "x-mutation-arguments": mutation_arguments(),
            "requestBody": {"required": True, "content": _json(wire.MutationBatch)},
            "responses": _answers(wire.MutationBatchResult, 400, 401, 403, 413, 422)}},
        "/api/v1/stream": {"get": {
            "summary": "Server-sent events announcing new sequence numbers (id = seq; Last-Event-ID resumes)",
            "security": _SECURED, "parameters": [since],
            "responses": {"200": {"description": "text/event-stream",
                                  "content": {"text/event-stream": {"schema": {"type": "string"}}}},
                          **_answers(None, 401, 403)}}},
        "/api/v1/readings": {"post": {
            "summary": "Bulk indicator readings", "security": _SECURED,
            "requestBody": {"required": True, "content": _json(wire.ReadingsBatch)},
            "responses": _answers(wire.ReadingsResult, 400, 401, 403, 413, 422)}},
        "/api/v1/attachments/{sha256}": {
            "put": {"summary": "Upload content named by its SHA-256 (idempotent)", "security": _SECURED,
                    "parameters": [sha],
                    "requestBody": {"required": True, "content": {"*/*": {"schema": {"type": "string",
                                                                                     "format": "binary"}}}},
                    "responses": {"201": {"description": "Stored"}, **_answers(None, 400, 401, 403, 413, 422,
                                                                               ok_text="Already stored")}},
            "get": {"summary": "Download an attachment", "security": _SECURED, "parameters": [sha],
                    "responses": {"200": {"description": "The content",
                                          "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}},
                                  **{k: v for k, v in _answers(None, 400, 401, 404).items() if k != "200"}}}},
        "/api/v1/cap": {"post": {
            "summary": "One OASIS CAP 1.2 <alert>, checked against the official schema: a new alert, an update or "
                       "cancel of one, or the same message again (ops officers, administrators, system accounts)",
            "security": _SECURED,
            "requestBody": {"required": True, "content": {
                media: {"schema": {"type": "string", "contentMediaType": media}}
                for media in ("application/cap+xml", "application/xml")}},
            "responses": {"201": {"description": "A new alert", "content": {"application/json": {"schema": {
                              "type": "object"}}}},
                          **_answers(None, 400, 401, 403, 413, 415, 422,
                                     ok_text="Known already, or applied to the alert it names")}}},
        "/api/v1/alerts/{id}/cap": {"get": {
            "summary": "An alert as a CAP 1.2 message (zh-CN and en info blocks; an external one as its sender wrote it)",
            "security": _SECURED,
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The message", "content": {"application/cap+xml": {
                              "schema": {"type": "string"}}}},
                          **{k: v for k, v in _answers(None, 401, 403, 404).items() if k != "200"}}}},
        "/api/v1/open-data/review": {"post": {
            "summary": "What a selection of incidents publishes as open data under the desensitisation rules: "
                       "counts, masked personal data, coarsened locations and the first rows (administrators; "
                       "audited, and the audit position `review` is what the export names)",
            "security": _SECURED, "requestBody": {"required": True, "content": _json(wire.OpenDataSelection)},
            "responses": _answers(wire.OpenDataReview, 400, 401, 403, 413, 422)}},
        "/api/v1/open-data/export": {"post": {
            "summary": "A reviewed selection as CSV, GeoJSON or Open311 GeoReport v2 JSON (administrators, within "
                       "an hour of their review; audited with the file's SHA-256)",
            "security": _SECURED, "requestBody": {"required": True, "content": _json(wire.OpenDataExportRequest)},
            "responses": {"200": {"description": "The file", "content": {
                              media: {"schema": {"type": "string"}} for media in od.MEDIA_TYPES.values()}},
                          **{k: v for k, v in _answers(None, 400, 401, 403, 409, 413, 422).items() if k != "200"}}}},
        "/api/v1/admin/service": {"get": {
            "summary": "This instance and its database: version, uptime, live streams, background jobs, latency, "
                       "migrations, size, records per kind (administrators)", "security": _SECURED,
            "responses": _answers(wire.ServiceStatus, 401, 403)}},
        "/api/v1/admin/sensors": {"get": {
            "summary": "Every indicator's sensor: last reading, usual interval, silent or not and for how long, "
                       "level, open device alert (administrators)", "security": _SECURED,
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                "type": "array", "items": _ref(wire.SensorState)}}}}, **_answers(None, 401, 403)}}},
        "/api/v1/admin/desks": {"get": {
            "summary": "Every desk as the service last heard of it: officer, version, lag behind the feed, unsent "
                       "mutations, unresolved conflicts, cache size (administrators)", "security": _SECURED,
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                "type": "array", "items": _ref(wire.DeskState)}}}}, **_answers(None, 401, 403)}}},
        "/api/v1/desks/health": {"post": {
            "summary": "A desk reports how it is, every two minutes while it syncs", "security": _SECURED,
            "requestBody": {"required": True, "content": _json(wire.DeskHealth)},
            "responses": {"204": {"description": "Kept"}, **_answers(None, 400, 401, 403, 413, 422)}}},
        "/api/v1/admin/officers": {"post": {
            "summary": "A new officer's account, which signs in at once (administrators; audited without the "
                       "password)", "security": _SECURED,
            "requestBody": {"required": True, "content": _json(wire.OfficerForm)},
            "responses": {"201": {"description": "The officer record"}, **_answers(None, 400, 401, 403, 409, 422)}}},
        "/api/v1/admin/officers/{id}": {"patch": {
            "summary": "Change an account: name, role, region, agency, active (administrators; disabling ends its "
                       "sessions)", "security": _SECURED,
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": _json(wire.OfficerForm)},
            "responses": _answers(None, 400, 401, 403, 404, 409, 422)}},
        "/api/v1/admin/officers/{id}/password": {"post": {
            "summary": "A new password for an account; its sessions end (administrators)", "security": _SECURED,
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": _json(wire.PasswordForm)},
            "responses": {"204": {"description": "Set"}, **_answers(None, 400, 401, 403, 404, 422)}}},
        "/api/v1/admin/categories/{code}": {"patch": {
            "summary": "Change a category: names, the agency a dispatch suggests, whether open data shows an exact "
                       "point (administrators)", "security": _SECURED,
            "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": _json(wire.CategoryForm)},
            "responses": _answers(None, 400, 401, 403, 404, 422)}},
        "/api/v1/admin/categories/{code}/limits": {"put": {
            "summary": "The time limit of stages of a category; counts for stages entered from then on "
                       "(administrators)", "security": _SECURED,
            "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": _json(wire.LimitsForm)},
            "responses": _answers(None, 400, 401, 403, 404, 422)}},
        "/api/v1/admin/agencies/{code}": {"put": {
            "summary": "Add or change an agency with its stationing (administrators)", "security": _SECURED,
            "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": _json(wire.AgencyForm)},
            "responses": {"201": {"description": "Added"}, **_answers(None, 400, 401, 403, 422, ok_text="Changed")}}},
        "/api/v1/admin/plans/{id}": {"put": {
            "summary": "Add or change a plan (预案) with its task templates, or withdraw it; operations started from "
                       "then on follow it (administrators)", "security": _SECURED,
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {"required": True, "content": _json(wire.PlanForm)},
            "responses": {"201": {"description": "Added"}, **_answers(None, 400, 401, 403, 422, ok_text="Changed")}}},
        "/api/v1/admin/grid": {"post": {
            "summary": "Grid cells from a GeoJSON FeatureCollection, checked as a whole (closed rings, inside their "
                       "street, no overlap within a street); `dry_run` only says what it would do (administrators)",
            "security": _SECURED,
            "parameters": [{"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": False}}],
            "requestBody": {"required": True, "content": {"application/geo+json": {"schema": {"type": "object"}},
                                                          "application/json": {"schema": {"type": "object"}}}},
            "responses": _answers(wire.GridImportResult, 400, 401, 403, 413, 422)}},
        "/api/v1/admin/audit": {"get": {
            "summary": "The audit chain, newest first, filtered and paged (administrators; each read is audited)",
            "security": _SECURED,
            "parameters": [*({"name": n, "in": "query", "schema": {"type": "string", "maxLength": 200}}
                             for n in ("officer_id", "device_id", "kind", "outcome", "name", "since", "until")),
                           {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                                       "maximum": 2000, "default": 200}},
                           {"name": "before", "in": "query", "schema": {"type": "integer", "minimum": 0}}],
            "responses": _answers(wire.AuditPage, 401, 403, 422)}},
        "/api/v1/health": {"get": {"summary": "Liveness and the current sequence number",
                                   "responses": _answers(wire.Health)}},
        "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OK"}}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dispatch Desk central service", "version": __version__,
                 "description": "API v1: authentication, change feed, mutations, live stream, readings, "
                                "attachments, CAP 1.2 alerts, open data. Open311 GeoReport v2 is served under /open311/v2/."},
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
