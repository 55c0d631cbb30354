"""Open311 GeoReport v2 under `/open311/v2/`, in JSON and XML (the format is the path's suffix).

    GET  services.{json,xml}                       the categories, as services
    GET  services/{service_code}.{json,xml}        a service definition (its attributes)
    GET  requests.{json,xml}                       requests filed here: service_request_id (comma list),
                                                   service_code, start_date, end_date, status
    POST requests.{json,xml}                       file a request (api_key required)
    GET  requests/{service_request_id}.{json,xml}  one request
    GET  tokens/{token}.{json,xml}                 the service_request_id of a token

A POST is filed as an `incident.report` through the same mutation path as any officer's report
(`mutations`, decided by `domain.workflow`), by the built-in system officer, with source
`citizen_app`, located on the server's grid (`domain.open311.place`). It is answered at once with the
incident's case number as `service_request_id`, and a `token`. Status and status_notes follow the
incident (`domain.open311.status_of`, `status_notes`). What the incident does not hold — the
requester's personal data, address_id, media_url, attributes — is kept in `open311_requests`, which no
feed reads.

Retries: a client that sends an `Idempotency-Key` header (or an `idempotency_key` field) gets, for the
same key of the same api_key and the same fields, the first answer again (200 instead of 201) and no
second incident; the same idempotency key with other fields is refused with 409. Without one, every
POST files a new request.

Errors are the specification's list of {code, description} with the HTTP status of `code`: 400 for
missing or invalid fields (no location, a bad date, a malformed body), 403 for a missing, unknown or
revoked api_key, 404 for an unknown service, request or token, 409 as above, 413 for a body over
`MAX_BODY`. `jurisdiction_id` is accepted and ignored: this server serves one jurisdiction.
Names are in Chinese unless `locale` (or Accept-Language) asks for English.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl
from xml.etree import ElementTree as ET

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from dispatch_desk.domain import open311 as spec
from dispatch_desk.domain.open311 import Open311Error, ServiceRequest
from dispatch_desk.domain.records import Agency, Category, Incident
from dispatch_desk.domain.wire import Mutation, Outcome

from . import audit, ledger, mutations, open311_keys
from .http import ApiError, parse_json, read_body
from .incident_reads import disposal_results, incidents_by_key
from .outcome import Context
from .storage import Tx
from .system import system_officer

if TYPE_CHECKING:
    from .api import Central  # api imports this module

log = logging.getLogger(__name__)

PREFIX = "/open311/v2"
MAX_BODY = 100 * 1024
MAX_RESULTS = 1000  # the specification's default limit of GET requests
WINDOW = timedelta(days=90)  # the default and the widest span of start_date .. end_date
MAX_IDS = 200
DEVICE = "open311"
FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
_IDS = uuid.UUID("5d1c7a9e-3f0b-4e62-9a4d-1b8e6c2f7a31")


# --- answers -------------------------------------------------------------------------------------------


_XML_ITEMS = {"services": "service", "service_requests": "request", "errors": "error", "attributes": "attribute",
              "values": "value"}


def _xml_value(parent: ET.Element, tag: str, value: Any) -> None:
    element = ET.SubElement(parent, tag)
    if isinstance(value, dict):
        for key, item in value.items():
            _xml_value(element, key, item)
    elif isinstance(value, list):
        for item in value:
            _xml_value(element, _XML_ITEMS.get(tag, "item"), item)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)


def render(fmt: str, root: str, body: Any, status: int = 200) -> Response:
    """`body` as JSON, or as XML under `root` (a list becomes one child per item)."""
    if fmt == "xml":
        if isinstance(body, list):
            element = ET.Element(root)
            for item in body:
                _xml_value(element, _XML_ITEMS[root], item)
        else:
            holder = ET.Element("holder")
            _xml_value(holder, root, body)
            element = holder[0]
        text = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(element, encoding="utf-8",
                                                                         xml_declaration=False)
        return Response(text, status_code=status, media_type=FORMATS["xml"])
    return Response(json.dumps(body, ensure_ascii=False).encode("utf-8"), status_code=status,
                    media_type=FORMATS["json"])


def error(fmt: str, code: int, description: str, headers: dict[str, str] | None = None) -> Response:
    response = render(fmt, "errors", [{"code": code, "description": description}], code)
    response.headers.update(headers or {})
    return response


# --- the endpoint ----------------------------------------------------------------------------------------


def _english(request: Request) -> bool:
    return spec.is_english(request.query_params.get("locale") or request.headers.get("accept-language"))


async def endpoint(request: Request) -> Response:
    path = request.path_params.get("path", "")
    stem, dot, fmt = path.rpartition(".")
    if not dot or fmt not in FORMATS:
        return error("json", 404, "Not found: resources end in .json or .xml, e.g. services.json.")
    parts = stem.split("/")
    method = request.method
    try:
        if parts == ["services"] or parts == ["requests"] or (len(parts) == 2 and parts[0] in
                                                               ("services", "requests", "tokens") and parts[1]):
            allowed = ("POST",) if parts == ["requests"] else ()
            if method not in ("GET", "HEAD", *allowed):
                return error(fmt, 405, f"{method} is not allowed here.",
                             {"Allow": ", ".join(("GET", "HEAD", *allowed))})
        else:
            raise Open311Error(404, "Not found.")
        if method == "POST":
            return await _post_request(request, fmt)
        central = request.app.state.central
        english = _english(request)
        body: list[dict[str, Any]] | dict[str, Any]
        if parts == ["services"]:
            body = await run_in_threadpool(_services, central, english)
            return render(fmt, "services", body)
        if parts[0] == "services":
            body = await run_in_threadpool(_definition, central, parts[1], english)
            return render(fmt, "service_definition", body)
        if parts == ["requests"]:
            query = _list_query(request)
            body = await run_in_threadpool(_list_requests, central, query, english)
            return render(fmt, "service_requests", body)
        if parts[0] == "requests":
            found = await run_in_threadpool(_requests_by_id, central, [parts[1]], english)
            if not found:
                raise Open311Error(404, f"No service request {parts[1][:64]!r}.")
            return render(fmt, "service_requests", found)
        body = await run_in_threadpool(_token, central, parts[1])
        return render(fmt, "service_requests", body)
    except Open311Error as exc:
        if method == "POST":
            await _audit_refusal(request, exc)
        return error(fmt, exc.code, exc.description)
    except Exception:
        log.exception("open311: unexpected error on %s %s", method, request.url.path)
        return error(fmt, 500, "The server failed; the request may be retried.")


async def _audit_refusal(request: Request, exc: Open311Error) -> None:
    """A refused POST is audited with where it came from and why (never with the requester's data)."""
    central = request.app.state.central
    try:
        await run_in_threadpool(
            audit.record_now, central.storage, "refused", device_id=DEVICE,
            client=request.client.host if request.client else "", name=f"POST {request.url.path}"[:200],
            outcome=f"open311_{exc.code}", reason=exc.description, args={"status": exc.code})
    except Exception:
        log.exception("could not audit a refused Open311 request")


# --- services --------------------------------------------------------------------------------------------


def _categories(central: Central) -> dict[str, Category]:
    with central.storage.transaction() as tx:
        return {c.code: c for c in ledger.all_of(tx, Category)}


def _services(central: Central, english: bool) -> list[dict[str, Any]]:
    return [spec.service(c, english) for c in _categories(central).values()]


def _definition(central: Central, code: str, english: bool) -> dict[str, Any]:
    category = _categories(central).get(code)
    if category is None:
        raise Open311Error(404, f"No service with the service_code {code[:64]!r}.")
    return spec.service_definition(category, english)


# --- POST requests -----------------------------------------------------------------------------------------


async def _fields(request: Request) -> list[tuple[str, str]]:
    """The POST's fields: the query string's, then the body's (form-urlencoded, or a JSON object)."""
    try:
        body = await read_body(request, MAX_BODY)
    except ApiError as exc:
        raise Open311Error(413 if exc.status == 413 else 400, exc.message) from None
    fields = list(request.query_params.multi_items())
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            data = parse_json(body)
        except ApiError as exc:
            raise Open311Error(400, exc.message) from None
        return fields + spec.fields_of_json(data)
    if kind not in ("", "application/x-www-form-urlencoded"):
        raise Open311Error(400, "Send the request as application/x-www-form-urlencoded (or application/json).")
    try:
        text = body.decode("utf-8")
        fields += parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text.strip()),
                            max_num_fields=spec.MAX_FIELDS, errors="strict")
    except UnicodeDecodeError:
        raise Open311Error(400, "The body is not UTF-8.") from None
    except ValueError as exc:
        raise Open311Error(400, f"The body is not a valid form: {str(exc)[:120]}.") from None
    return fields


async def _post_request(request: Request, fmt: str) -> Response:
    fields = await _fields(request)
    keys = [value for name, value in fields if name == "api_key"]
    if len(keys) != 1 or not keys[0].strip():
        raise Open311Error(403, "An api_key is required to post a service request.")
    header = request.headers.get("idempotency-key")
    central = request.app.state.central
    english = _english(request)
    client = request.client.host if request.client else ""
    status, body = await run_in_threadpool(_file, central, keys[0].strip(), fields, header, english, client)
    return render(fmt, "service_requests", body, status)


def _payload_hash(req: ServiceRequest) -> str:
    canonical = json.dumps(req.canonical(), sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _file(central: Central, key: str, fields: list[tuple[str, str]], header: str | None, english: bool,
          client: str) -> tuple[int, list[dict[str, Any]]]:
    """File one request in one write transaction: a refusal anywhere leaves nothing written."""
    with central.storage.transaction(write=True) as tx:
        api_key = open311_keys.key_of(tx, key)
        if api_key is None:
            raise Open311Error(403, "Invalid api_key: it is unknown or was revoked.")
        categories = {c.code: c for c in ledger.all_of(tx, Category)}
        req = spec.parse_request(fields, categories)
        idem = req.idempotency_key
        if header is not None:
            header = header.strip()
            if not header or len(header) > spec.MAX_IDEMPOTENCY_KEY or (idem and idem != header):
                raise Open311Error(400, "The Idempotency-Key header must be 1 to 128 characters and match any "
                                   "idempotency_key field.")
            idem = header
        digest = _payload_hash(req)
        if idem:
            row = tx.one("SELECT service_request_id, token, payload_hash FROM open311_requests "
                         "WHERE key_id = ? AND idempotency_key = ?", (api_key.id, idem))
            if row is not None:
                if row[2] != digest:
                    raise Open311Error(409, "This Idempotency-Key was already used for a different request.")
                return 200, [_receipt(row[0], row[1], req, english)]
        category = categories[req.service_code]
        where = spec.place(req, central.cache.grid(tx))
        if where is None:
            raise Open311Error(400, "The location is outside the city's grid, or the address could not be "
                               "found: send lat and long, or an address_id (a grid cell code).")
        name = f"{api_key.id}/{idem}" if idem else f"{api_key.id}/{uuid.uuid4().hex}"
        incident_id = str(uuid.uuid5(_IDS, name))
        mutation = Mutation(id=f"o311-{hashlib.sha256(name.encode()).hexdigest()[:40]}", name="incident.report",
                            args=spec.report_args(req, category, where, incident_id))
        now = datetime.now(UTC)
        ctx = Context(tx, system_officer(tx), f"{DEVICE}:{api_key.id}", mutation, now, central.cache.get(tx),
                      central.cache)
        result = mutations._apply_one(ctx, client)  # decided, recorded and audited like any report
        if result.outcome not in (Outcome.APPLIED, Outcome.DUPLICATE):
            raise Open311Error(400, f"The request was not accepted: {result.reason}")
        incident = ledger.get(tx, Incident, incident_id)
        assert incident is not None
        token = secrets.token_urlsafe(12)
        r = req.requester
        tx.execute(
            "INSERT INTO open311_requests (service_request_id, incident_id, token, key_id, idempotency_key, "
            "payload_hash, service_code, requested_at, address_string, address_id, zipcode, media_url, attributes, "
            "first_name, last_name, email, phone, device_id, account_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (incident.code, incident.id, token, api_key.id, idem or None, digest, req.service_code, _stamp(now),
             req.address_string, req.address_id, req.zipcode, req.media_url,
             json.dumps(dict(req.attributes), ensure_ascii=False), r.first_name, r.last_name, r.email, r.phone,
             r.device_id, r.account_id),
        )
        return 201, [_receipt(incident.code, token, req, english)]


def _receipt(service_request_id: str, token: str, req: ServiceRequest, english: bool) -> dict[str, Any]:
    return {"service_request_id": service_request_id, "token": token,
            "service_notice": spec.service_notice(service_request_id, english),
            "account_id": req.requester.account_id or None}


def _stamp(moment: datetime) -> str:
    """requested_at as stored: UTC, one fixed width, so that text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --- GET requests -------------------------------------------------------------------------------------------


def _list_query(request: Request) -> dict[str, Any]:
    params = request.query_params
    for name in ("service_request_id", "service_code", "start_date", "end_date", "status"):
        if len(params.getlist(name)) > 1:
            raise Open311Error(400, f"{name} is given more than once.")
    ids = [i.strip() for i in params.get("service_request_id", "").split(",") if i.strip()]
    if len(ids) > MAX_IDS:
        raise Open311Error(400, f"At most {MAX_IDS} service_request_ids at once.")
    if ids:
        return {"ids": ids}  # the specification: the other parameters are then ignored
    codes = [c.strip() for c in params.get("service_code", "").split(",") if c.strip()]
    statuses = [s.strip().lower() for s in params.get("status", "").split(",") if s.strip()]
    bad = [s for s in statuses if s not in spec.STATUSES]
    if bad:
        raise Open311Error(400, "status must be open or closed (or both, comma separated).")
    start = spec.parse_w3c(params["start_date"], "start_date") if params.get("start_date") else None
    end = spec.parse_w3c(params["end_date"], "end_date") if params.get("end_date") else None
    now = datetime.now(UTC)
    if end is None:
        end = now if start is None or start + WINDOW > now else start + WINDOW
    if start is None:
        start = end - WINDOW
    if start > end:
        raise Open311Error(400, "start_date must not be after end_date.")
    if end - start > WINDOW:
        raise Open311Error(400, f"start_date and end_date may be at most {WINDOW.days} days apart.")
    return {"codes": codes, "statuses": set(statuses), "start": start, "end": end}


_COLUMNS = "service_request_id, incident_id, service_code, address_id, zipcode, media_url"


def _list_requests(central: Central, query: dict[str, Any], english: bool) -> list[dict[str, Any]]:
    if "ids" in query:
        return _requests_by_id(central, query["ids"], english)
    sql = f"SELECT {_COLUMNS} FROM open311_requests WHERE requested_at >= ? AND requested_at <= ?"
    params: list[Any] = [_stamp(query["start"]), _stamp(query["end"])]
    if query["codes"]:
        sql += f" AND service_code IN ({', '.join('?' for _ in query['codes'])})"
        params += query["codes"]
    sql += " ORDER BY requested_at DESC, service_request_id LIMIT ? OFFSET ?"
    out: list[dict[str, Any]] = []
    with central.storage.transaction() as tx:
        offset = 0
        while len(out) < MAX_RESULTS:
            rows = tx.execute(sql, (*params, 2000, offset))
            if not rows:
                break
            offset += len(rows)
            for item in _describe(tx, rows, english):
                if not query["statuses"] or item["status"] in query["statuses"]:
                    out.append(item)
            if len(rows) < 2000:
                break
    return out[:MAX_RESULTS]


def _requests_by_id(central: Central, ids: list[str], english: bool) -> list[dict[str, Any]]:
    with central.storage.transaction() as tx:
        rows = tx.execute(f"SELECT {_COLUMNS} FROM open311_requests WHERE service_request_id IN "
                          f"({', '.join('?' for _ in ids)})", ids)
        order = {sid: i for i, sid in enumerate(ids)}
        rows.sort(key=lambda r: order.get(r[0], 0))
        return _describe(tx, rows, english)


def _token(central: Central, token: str) -> list[dict[str, Any]]:
    with central.storage.transaction() as tx:
        row = tx.one("SELECT service_request_id, token FROM open311_requests WHERE token = ?", (token[:64],))
    if row is None:
        raise Open311Error(404, "No service request with this token.")
    return [{"service_request_id": row[0], "token": row[1]}]


def _describe(tx: Tx, rows: list[tuple[Any, ...]], english: bool) -> list[dict[str, Any]]:
    """The specification's request fields for rows of `_COLUMNS`, from the incidents they became."""
    incidents = incidents_by_key(tx, [r[1] for r in rows])
    merged = incidents_by_key(tx, [i.merged_into for i in incidents.values() if i.merged_into])
    results = disposal_results(tx, list(incidents))
    agencies = {a.code: a for a in ledger.all_of(tx, Agency)}
    categories = {c.code: c for c in ledger.all_of(tx, Category)}
    out = []
    for sid, incident_id, code, address_id, zipcode, media_url in rows:
        incident = incidents.get(incident_id)
        if incident is None:
            continue
        agency = agencies.get(incident.lead_agency or "")
        agency_name = ((agency.name_en or agency.name) if english else agency.name) if agency else ""
        category = categories.get(incident.category)
        target = merged.get(incident.merged_into or "")
        status = spec.status_of(incident)
        out.append({
            "service_request_id": sid,
            "status": status,
            "status_notes": spec.status_notes(incident, english, agency=agency_name,
                                              result=results.get(incident.id, ""),
                                              merged_case=target.code if target else ""),
            "service_name": spec.service_name(category, english) if category else incident.category,
            "service_code": incident.category or code,
            "description": incident.description,
            "agency_responsible": agency_name or None,
            "service_notice": spec.service_notice(sid, english),
            "requested_datetime": spec.w3c(incident.reported_at),
            "updated_datetime": spec.w3c(incident.updated_at),
            "expected_datetime": spec.w3c(incident.deadline) if status == spec.OPEN else None,
            "address": incident.address or None,
            "address_id": address_id or None,
            "zipcode": zipcode or None,
            "lat": incident.lat,
            "long": incident.lon,
            "media_url": media_url or None,
        })
    return out


ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
MOUNT = Mount(PREFIX, routes=[Route("/{path:path}", endpoint, methods=ALL_METHODS)])
