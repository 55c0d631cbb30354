"""Hypothesis on the CAP 1.2 parser and on POST /api/v1/cap over real HTTP.

Messages are made by breaking a valid one — an element's text replaced by odd values, an element
dropped, repeated or renamed, a DOCTYPE or entity slipped in, the bytes cut or flipped — so that the
fuzz reaches past the XML parser into the schema and the rules. Properties: the parser gives a
message or a `CapError` with a code and a reason, never another exception; the service never answers
5xx; a refused message changes nothing; an accepted one stores exactly one message.
"""

from __future__ import annotations

import re

import pytest
import requests
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dispatch_desk.central import cap_xml
from dispatch_desk.domain.cap import CapError
from tests.central.test_cap import XML, fresh, sample, state
from tests.support.central import CentralServer

FUZZ = settings(max_examples=80, deadline=None, database=None, derandomize=True, print_blob=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])  # fmt: skip

TAGS = ["identifier", "sender", "sent", "status", "msgType", "scope", "code", "note", "references", "language",
        "category", "event", "responseType", "urgency", "severity", "certainty", "effective", "onset", "expires",
        "headline", "description", "polygon", "circle", "areaDesc", "valueName", "value", "info", "area"]
ODD = st.sampled_from([
    "", " ", "Actual", "Update", "Cancel", "Test", "Extreme", "Unknown", "2026-09-14T08:00:00+08:00",
    "2026-09-14T08:00:00Z", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00", "31.2,121.4 0",
    "31.2,121.4 31.3,121.4 31.3,121.5 31.2,121.4", "91,181 0,0 1,1 91,181", "nan,nan 1", "1e309,0 5",
    "a,b,c", "x@y,id,2026-09-14T08:00:00+08:00", "x@y,id,not-a-time", "&amp;", "&lt;info&gt;", "]]>", "S21",
    "台风", "🌀" * 40, "x" * 3000, "' OR 1=1 --", "\u202e",
])
TEXT = ODD | st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="<&\x00"),
                     max_size=30)
DOCTYPES = st.sampled_from([
    '<!DOCTYPE alert [<!ENTITY e "boom">]>', '<!DOCTYPE alert SYSTEM "file:///etc/passwd">',
    '<!DOCTYPE alert [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x"> %p;]>', "<!DOCTYPE alert>",
])

STRUCTURAL = st.one_of(
    st.tuples(st.just("text"), st.sampled_from(TAGS), TEXT),
    st.tuples(st.just("drop"), st.sampled_from(TAGS), st.none()),
    st.tuples(st.just("repeat"), st.sampled_from(TAGS), st.none()),
    st.tuples(st.just("rename"), st.sampled_from(TAGS), st.sampled_from(TAGS + ["colour", "cap:info", "x"])),
    st.tuples(st.just("doctype"), DOCTYPES, st.none()),
    st.tuples(st.just("entity"), st.sampled_from(TAGS), st.sampled_from(["&e;", "&xxe;", "&#0;", "&#x1F;", "&lt;"])),
)
BYTES = st.one_of(
    st.tuples(st.just("cut"), st.integers(0, 4000), st.none()),
    st.tuples(st.just("flip"), st.integers(0, 4000), st.integers(0, 255)),
)
# mostly well-formed breakage, so that the schema and the rules are reached; now and then broken bytes
MUTATIONS = st.one_of(*[st.lists(STRUCTURAL, max_size=3)] * 4, st.lists(STRUCTURAL, max_size=2).flatmap(
    lambda ms: st.tuples(BYTES).map(lambda b: [*ms, *b])))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _mutate(body: bytes, mutations: list) -> bytes:
    for kind, a, b in mutations:
        tag = a.encode() if isinstance(a, str) else b""
        element = re.compile(rb"<%s>.*?</%s>" % (tag, tag), re.S)
        if kind == "text":
            body = re.sub(rb"(<%s>)[^<]*(</%s>)" % (tag, tag), lambda m, b=b: m.group(1) + _escape(b).encode()
                          + m.group(2), body, count=1)
        elif kind == "drop":
            body = element.sub(b"", body, count=1)
        elif kind == "repeat":
            body = element.sub(lambda m: m.group(0) * 2, body, count=1)
        elif kind == "rename":
            body = body.replace(b"<%s>" % tag, b"<%s>" % b.encode(), 1).replace(b"</%s>" % tag, b"</%s>" % b.encode(), 1)
        elif kind == "doctype":
            body = body.replace(b"<alert ", a.encode() + b"\n<alert ", 1)
        elif kind == "entity":
            body = re.sub(rb"(<%s>)" % tag, lambda m, b=b: m.group(1) + b.encode(), body, count=1)
        elif kind == "cut":
            body = body[:a]
        elif kind == "flip" and body:
            i = a % len(body)
            body = body[:i] + bytes([b]) + body[i + 1:]
    return body


BASE = sample("typhoon_warning.xml")
MESSAGES = st.one_of(MUTATIONS.map(lambda ms: _mutate(BASE, ms)), MUTATIONS.map(lambda ms: _mutate(BASE, ms)),
                     MUTATIONS.map(lambda ms: _mutate(BASE, ms)), st.binary(max_size=300))


@FUZZ
@given(body=MESSAGES)
def test_the_parser_gives_a_message_or_a_reason(body: bytes) -> None:
    try:
        message = cap_xml.parse(body)
    except CapError as exc:
        event(exc.code)
        assert exc.code and exc.message
        return
    event("parsed")
    assert message.identifier and message.sender and message.sent.tzinfo is not None
    cap_xml.render(message)  # what we read, we can write back, valid against the same schema


@pytest.fixture
def ops(city: CentralServer):
    return city, city.client("ops")


@FUZZ
@given(mutations=MUTATIONS, raw=st.one_of(st.none(), st.none(), st.none(), st.binary(max_size=300)),
       serial=st.integers(0, 10**9))
def test_post_never_fails_and_a_refusal_changes_nothing(ops, mutations, raw, serial) -> None:
    server, client = ops
    body = raw if raw is not None else _mutate(fresh(BASE, identifier=f"fuzz-{serial}"), mutations)
    before = state(server)
    try:
        resp = client.post("/api/v1/cap", data=body, headers=XML)
    except requests.ConnectionError:
        pytest.fail("the service dropped the connection")
    assert resp.status_code < 500, resp.text
    after = state(server)
    if resp.status_code >= 400:
        event(f"refused {resp.status_code} {resp.json()['error']}")
        assert resp.json()["message"]
        assert after[1:] == before[1:] and after[0] == before[0]
    else:
        outcome = resp.json()["outcome"]
        event(outcome)
        assert outcome in ("created", "updated", "cancelled", "duplicate", "recorded")
        assert after[1] == before[1] + (0 if outcome == "duplicate" else 1)
