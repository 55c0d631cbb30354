"""Property-based fuzzing of every endpoint in the OpenAPI document, against a real central service.

For each operation of `/api/v1/openapi.json`, Hypothesis draws requests from the document itself:
bodies from the operation's JSON schema (references, required and optional properties, enums,
bounds) and, as often, the same bodies broken — a wrong type, junk JSON, deep nesting, bytes that
are not JSON or not UTF-8, lone surrogates — with a valid, junk or missing token. Mutation batches
name real mutations with arguments from each mutation's own schema (`x-mutation-arguments`).

Properties: no answer is a 5xx, and a refused request (4xx, or a batch whose every mutation was
refused) changes nothing: the change feed's last sequence number stays where it was.

Bounded for CI: a few dozen examples per operation, no deadline, no example database.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatch_desk.central.openapi import openapi_document
from dispatch_desk.domain.workflow_actions import Action
from tests.support.central import CentralServer

EXAMPLES = 30
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True, print_blob=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])  # fmt: skip
DOCUMENT = openapi_document()
OPERATIONS = sorted((path, method) for path, item in DOCUMENT["paths"].items() for method in item)
UNDOCUMENTED = [("/api/v1/auth/logout", "post")]  # served, but not (yet) in the document
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
MUTATION_ARGS: dict[str, dict] = DOCUMENT["paths"]["/api/v1/mutations"]["post"]["x-mutation-arguments"]
MUTATION_NAMES = sorted({*MUTATION_ARGS, "alert.acknowledge", *(f"incident.{a.value}" for a in Action)})

ALL_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
ODD_TEXT = st.sampled_from(["", "\ud800", "a\x00b", "' OR 1=1 --", "../../etc/passwd", "<script>", "9" * 400,
                            "ｉｎｃ", "🚒" * 30, "%00", "null"])  # fmt: skip


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for a JSON schema of the document (as far as the keywords used there go)."""
    if "$ref" in schema:
        return from_schema(SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]], depth)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([from_schema(s, depth) for s in schema[key]])
    if "allOf" in schema:
        return from_schema(schema["allOf"][0], depth)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}, depth) for k in kind])
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(lambda d: d.isoformat())
        if "pattern" in schema and schema["pattern"] == "^[0-9a-f]{64}$":
            return st.text("0123456789abcdef", min_size=64, max_size=64)
        low, high = schema.get("minLength", 0), min(schema.get("maxLength", 40), 40)
        return st.text(min_size=low, max_size=max(low, high)) | ODD_TEXT
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        return st.integers(min_value=low, max_value=high) | st.sampled_from([0, -1, 2**31, 2**63, 2**64])
    if kind == "number":
        return st.floats(min_value=schema.get("minimum"), max_value=schema.get("maximum"),
                         allow_nan=False, allow_infinity=False)  # fmt: skip
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        items = from_schema(schema.get("items", {}), depth + 1) if depth < 4 else st.none()
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=min(schema.get("maxItems", 3), 3))
    if kind == "object" or "properties" in schema:
        if depth >= 4:
            return st.just({})
        props = schema.get("properties", {})
        required = set(schema.get("required", ()))
        return st.fixed_dictionaries(
            {k: from_schema(v, depth + 1) for k, v in props.items() if k in required},
            optional={k: from_schema(v, depth + 1) for k, v in props.items() if k not in required},
        )
    return ALL_JSON


class Nested(str):
    """JSON text nested `depth` levels deep (too deep for json.dumps to write)."""


def nested(depth: int) -> Nested:
    opener, closer = ('{"a":', "}") if depth % 2 else ("[", "]")
    return Nested(opener * depth + "1" + closer * depth)


@st.composite
def mutation(draw: st.DrawFn) -> dict[str, Any]:
    name = draw(st.sampled_from(MUTATION_NAMES) | ODD_TEXT)
    schema = MUTATION_ARGS.get(name)
    args = draw(from_schema(schema) if schema else st.dictionaries(
        st.sampled_from(["id", "incident", "note", "reason", "lead_agency", "until", "duplicates", "title",
                         "category", "severity", "lon", "lat", "source", "passed"]), ALL_JSON | ODD_TEXT, max_size=6))
    mutation_id = draw(st.uuids().map(str) | ODD_TEXT)
    return {"id": mutation_id, "name": name, "args": args}


def body_of(path: str, operation: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A JSON value for the operation's body: valid per the document, or broken on purpose."""
    if path.endswith("/mutations"):
        valid = st.lists(mutation(), min_size=1, max_size=4).map(lambda ms: {"mutations": ms})
    else:
        content = operation.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        valid = from_schema(schema) if schema else ALL_JSON
    return valid | ALL_JSON | st.integers(50, 3000).map(nested)


@st.composite
def request_of(draw: st.DrawFn, path: str, method: str, token: str) -> dict[str, Any]:
    operation = DOCUMENT["paths"].get(path, {}).get(method, {})
    url_path, params = path, {}
    for param in operation.get("parameters", []):
        value = draw(from_schema(param.get("schema", {})) | ODD_TEXT | st.integers())
        if param["in"] == "path":
            raw = str(value).encode("utf-8", "surrogatepass")
            url_path = url_path.replace("{" + param["name"] + "}", requests.utils.quote(raw, safe=""))
        elif draw(st.booleans()):
            text = str(value).lower() if isinstance(value, bool) else str(value)
            params[param["name"]] = text.encode("utf-8", "surrogatepass")
    secured = "security" in operation or path.endswith("/logout")
    tokens = [None, "not-a-token", "Bearer", "x" * 300]
    if secured and not path.endswith("/logout"):  # signing out would end the session the other examples use
        tokens += [token] * 4  # mostly signed in: the handlers behind the token check are what is fuzzed
    chosen = draw(st.sampled_from(tokens))
    headers = {"Authorization": f"Bearer {chosen}"} if chosen else {}
    data: bytes | None = None
    if method in ("post", "put"):
        if "requestBody" in operation and "application/json" not in operation["requestBody"].get("content", {}):
            data = draw(st.binary(max_size=2048))  # an attachment: any bytes
            headers["Content-Type"] = draw(st.sampled_from(["image/jpeg", "text/html", "application/x-foo", ""]))
        else:
            raw = draw(st.sampled_from(["json", "json", "json", "not json", "not utf-8", "surrogate"]))
            if raw == "json":
                value = draw(body_of(path, operation))
                text = value if isinstance(value, Nested) else json.dumps(value, ensure_ascii=draw(st.booleans()))
                data = text.encode("utf-8", "surrogatepass")
            elif raw == "not json":
                data = draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")
            elif raw == "not utf-8":
                data = b'{"mutations": [{"id": "\xff\xfe"}]}'
            else:
                data = b'{"username": "\\ud800", "password": "\\udfff", "device_id": "d"}'
            headers["Content-Type"] = "application/json"
    return {"path": url_path, "params": params, "headers": headers, "data": data}


def refused_everything(resp: requests.Response) -> bool:
    """A 4xx, or a batch answered with only conflicts and rejections."""
    if resp.status_code >= 400:
        return True
    if resp.request.path_url.startswith("/api/v1/mutations") and resp.status_code == 200:
        results = resp.json().get("results", [])
        return all(r.get("outcome") in ("conflict", "rejected") for r in results)
    return False


def send(server: CentralServer, method: str, req: dict[str, Any]) -> requests.Response:
    stream = req["path"].startswith("/api/v1/stream")
    resp = requests.request(method.upper(), server.url + req["path"], params=req["params"], headers=req["headers"],
                            data=req["data"], timeout=30, stream=stream)  # fmt: skip
    if stream:
        resp.close()  # an open stream answers 200 and then waits: its status is what is checked
    return resp


@pytest.fixture
def target(any_city: CentralServer) -> tuple[CentralServer, str]:
    return any_city, any_city.client("ops", device_id="fuzz-device").tokens["access_token"]


def test_the_document_lists_what_is_fuzzed(any_city: CentralServer):
    served = requests.get(f"{any_city.url}/api/v1/openapi.json", timeout=30).json()
    assert sorted((p, m) for p, item in served["paths"].items() for m in item) == OPERATIONS


@pytest.mark.parametrize(("path", "method"), OPERATIONS + UNDOCUMENTED, ids=lambda v: v.replace("/api/v1", ""))
def test_no_input_breaks_the_service_and_no_refused_input_changes_anything(target, path, method):
    server, token = target

    @FUZZ
    @given(req=request_of(path, method, token))
    def check(req: dict[str, Any]) -> None:
        before = server.storage.current_seq()
        resp = send(server, method, req)
        said = f"{method.upper()} {req['path'][:200]} {req['params']} -> {resp.status_code} {resp.text[:300]}"
        assert resp.status_code < 500, said
        if refused_everything(resp):
            assert server.storage.current_seq() == before, f"a refused request changed the feed: {said}"

    check()
