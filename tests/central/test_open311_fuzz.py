"""Hypothesis on the Open311 request parser and on POST /open311/v2/requests over real HTTP.

Properties: the parser either gives a request or refuses with the specification's 400/404, never
anything else; the service never answers 5xx, and a refused POST changes nothing (no request, no
incident, no mutation, the feed's sequence where it was); an accepted one files exactly one.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
import requests
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dispatch_desk.central import open311_keys
from dispatch_desk.domain import open311
from tests.support.central import CentralServer

FUZZ = settings(max_examples=60, deadline=None, database=None, derandomize=True, print_blob=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])  # fmt: skip

NAMES = st.sampled_from([
    "service_code", "lat", "long", "address_string", "address_id", "zipcode", "description", "media_url",
    "jurisdiction_id", "email", "phone", "first_name", "last_name", "device_id", "account_id", "idempotency_key",
    "attribute[hazard]", "attribute[location_detail]", "attribute[hazard][]", "attribute[colour]", "attribute[",
    "attribute[]", "attributes", "extension_field",
]) | st.text(max_size=12)
ODD = st.sampled_from(["", " ", "garbage", "road_damage", "unknown", "31.205", "121.405", "-91", "1e309", "nan",
                       "inf", "0x1F", "yes", "no", "maybe", "G11", "G99", "S21街道", "a@b.cn", "x" * 5000,
                       "a\x00b", "\ud800", "http://x.cn/a.jpg", "javascript:1", "' OR 1=1 --", "🚒" * 50])
VALUES = ODD | st.text(max_size=40) | st.floats(allow_nan=True).map(repr)
FIELDS = st.lists(st.tuples(NAMES, VALUES), max_size=14)


def _good(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Often start from a valid request, so that the fuzz reaches past the first check."""
    return [("service_code", "garbage"), ("lat", "31.205"), ("long", "121.405"), *fields]


@FUZZ
@given(fields=FIELDS, start_valid=st.booleans())
def test_the_parser_gives_a_request_or_a_specification_error(fields, start_valid) -> None:
    fields = _good(fields) if start_valid else fields
    try:
        parsed = open311.parse_request(fields, {"garbage", "road_damage"})
    except open311.Open311Error as exc:
        assert exc.code in (400, 404) and exc.description
        return
    assert parsed.service_code in {"garbage", "road_damage"}
    assert parsed.lat is not None or parsed.address_string or parsed.address_id
    assert len(parsed.description) <= open311.MAX_DESCRIPTION
    json.dumps(parsed.canonical())  # what a retry is compared by is always serialisable


def _counts(server: CentralServer) -> tuple:
    with server.storage.transaction() as tx:
        return (tx.current_seq(), tx.one("SELECT COUNT(*) FROM open311_requests")[0],
                tx.one("SELECT COUNT(*) FROM records WHERE entity = 'incident'")[0],
                tx.one("SELECT COUNT(*) FROM mutations")[0])


@pytest.fixture
def served(city: CentralServer) -> tuple[CentralServer, str]:
    return city, open311_keys.issue(city.storage, "fuzz")[1]


def _encoded(fields: list[tuple[str, str]]) -> bytes:
    return urlencode([(n.encode("utf-8", "surrogatepass"), v.encode("utf-8", "surrogatepass"))
                      for n, v in fields]).encode()


BODIES = st.one_of(
    st.tuples(st.just("form"), FIELDS, st.booleans()),
    st.tuples(st.just("raw"), st.binary(max_size=200), st.booleans()),
    st.tuples(st.just("json"), st.dictionaries(NAMES, VALUES | st.integers() | st.none() | st.lists(VALUES, max_size=3)
                                               | st.dictionaries(st.text(max_size=10), VALUES, max_size=3),
                                               max_size=8), st.booleans()),
)


@FUZZ
@given(body=BODIES, fmt=st.sampled_from(["json", "xml"]))
def test_posts_never_fail_the_server_and_refusals_change_nothing(served, body, fmt) -> None:
    server, key = served
    kind, content, start_valid = body
    before = _counts(server)
    url = f"{server.url}/open311/v2/requests.{fmt}"
    if kind == "form":
        fields = [("api_key", key), *(_good(content) if start_valid else content)]
        resp = requests.post(url, data=_encoded(fields), timeout=30,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif kind == "raw":
        prefix = f"api_key={key}&".encode() if start_valid else b""
        resp = requests.post(url, data=prefix + content, timeout=30,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    else:
        payload = {"api_key": key, "service_code": "garbage", "lat": 31.205, "long": 121.405} if start_valid else {}
        payload.update(content)
        resp = requests.post(url, data=json.dumps(payload, ensure_ascii=True).encode(), timeout=30,
                             headers={"Content-Type": "application/json"})
    after = _counts(server)
    event(f"HTTP {resp.status_code}")
    assert resp.status_code < 500, resp.text
    if resp.status_code in (200, 201):
        assert after[1] - before[1] == after[2] - before[2] == (1 if resp.status_code == 201 else 0)
    else:
        assert after == before, resp.text
        assert resp.json()[0]["code"] == resp.status_code if fmt == "json" else b"<errors>" in resp.content
