"""Request plumbing shared by the endpoints: capped bodies, schema validation, ErrorBody answers.

Every refusal of input is an `ApiError` turned into a 4xx with an `ErrorBody`; nothing reaches the
database before the payload has been read within its size cap and validated.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from dispatch_desk.domain.wire import ErrorBody

M = TypeVar("M", bound=BaseModel)

MAX_JSON_BYTES = 4 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32  # nesting of arrays and objects in a JSON body (an incident area is 5 deep)
MAX_INT = 2**63 - 1  # what both databases store as an integer


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(ErrorBody(error=code, message=message).model_dump(), status_code=status, headers=headers)


def model_response(model: BaseModel, status: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status, media_type="application/json")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, "bad_request", "The Content-Length header is not a number.") from None
        if size > limit:
            raise ApiError(413, "payload_too_large", f"The body is {size} bytes; the limit is {limit}.")
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise ApiError(413, "payload_too_large", f"The body exceeds the limit of {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_model(request: Request, model: type[M], *, text_checked: bool = True) -> M:
    """The body as `model`. Text that cannot be stored (lone surrogates, NULs) refuses the request,
    unless `text_checked` is False: then the handler refuses the parts that hold it (mutations)."""
    body = await read_body(request, MAX_JSON_BYTES)
    data = parse_json(body)
    if text_checked and bad_text(data):
        raise ApiError(422, "invalid_text", "The body holds text that cannot be stored "
                       "(a lone surrogate or a NUL character).")
    return validate(model, data)


def parse_json(body: bytes) -> Any:
    """JSON of at most MAX_DEPTH levels of nesting, checked before it is parsed; 400 otherwise."""
    if _too_deep(body):
        raise ApiError(400, "malformed_json", f"The body nests arrays or objects more than {MAX_DEPTH} levels deep.")
    try:
        return json.loads(body, parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise ApiError(400, "malformed_json", f"The body is not valid JSON: {_printable(str(exc))}.") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:300]


_OPEN = frozenset(b"[{")
_CLOSE = frozenset(b"]}")


def _too_deep(body: bytes) -> bool:
    """Whether brackets outside strings nest deeper than MAX_DEPTH (malformed input may be miscounted,
    which only decides which 400 it gets)."""
    if body.count(b"[") + body.count(b"{") <= MAX_DEPTH:
        return False
    depth, in_string, escaped = 0, False, False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif byte in _CLOSE:
            depth -= 1
    return False


def bad_text(value: Any) -> bool:
    """Whether any string in `value` (keys included) has a lone surrogate or a NUL character."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return False


def validate(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ApiError(422, "invalid_payload", describe(exc)) from None


def describe(exc: ValidationError, limit: int = 5) -> str:
    """A short readable list of what is wrong, e.g. 'mutations.0.id: String should have at least 8 characters'."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - limit
    if more > 0:
        parts.append(f"... and {more} more")
    return "Invalid payload — " + "; ".join(parts)


def query_int(request: Request, name: str, default: int, minimum: int, maximum: int = MAX_INT) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw) if len(raw) <= 20 else None
    except ValueError:
        value = None
    if value is None:
        raise ApiError(422, "invalid_query", f"Query parameter {name!r} must be an integer.") from None
    if value < minimum or value > maximum:
        bounds = f"between {minimum} and {maximum}"
        raise ApiError(422, "invalid_query", f"Query parameter {name!r} must be {bounds}.")
    return value
