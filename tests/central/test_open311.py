"""Open311 GeoReport v2 over real HTTP to a real central service (central/open311.py, domain/open311.py).

Requests follow the specification's own examples (wiki.open311.org/GeoReport_v2), with this city's
service codes, coordinates and attribute codes in place of the example's.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import quote
from xml.etree import ElementTree as ET

import pytest
import requests

from dispatch_desk.central import open311_keys
from dispatch_desk.domain.records import Category, Dimension
from tests.support.central import CentralServer

V2 = "/open311/v2"
# The specification's sample POST, with a service of this city, a point in its grid cell G11 and the
# attributes of its services (the sample's WHISHETN and ASDF are codes of the sample's service).
SPEC_SAMPLE = ("jurisdiction_id=city.gov&service_code=garbage&lat=31.2052&long=121.4051"
               "&address_string=1234+5th+street&email=smit222%40sfgov.edu&device_id=tt222111&account_id=123456"
               "&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street"
               "&media_url=http%3A%2F%2Fwww.city.gov%2Fimages%2Fsinkhole.jpg&attribute[hazard]=yes"
               "&attribute[location_detail]=north+side")
PERSONAL = ("smit222@sfgov.edu", "tt222111", "123456", "john", "smith", "111111111")
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def key(city: CentralServer) -> str:
    return open311_keys.issue(city.storage, "市民通 App")[1]


def _post(server: CentralServer, body: str | bytes, fmt: str = "json", headers: dict | None = None,
          **kw) -> requests.Response:
    return requests.post(f"{server.url}{V2}/requests.{fmt}", data=body, headers={**FORM, **(headers or {})},
                         timeout=30, **kw)


def _get(server: CentralServer, path: str, **params) -> requests.Response:
    return requests.get(f"{server.url}{V2}/{path}", params=params, timeout=30)


def _state(server: CentralServer) -> tuple:
    """What a refused request must leave alone: the feed's sequence, requests, incidents, mutations."""
    with server.storage.transaction() as tx:
        return (tx.current_seq(), tx.one("SELECT COUNT(*) FROM open311_requests")[0],
                tx.one("SELECT COUNT(*) FROM records WHERE entity = 'incident'")[0],
                tx.one("SELECT COUNT(*) FROM mutations")[0])


def _error(resp: requests.Response, code: int) -> str:
    assert resp.status_code == code, resp.text
    body = resp.json()
    assert isinstance(body, list) and body[0]["code"] == code and body[0]["description"], body
    return body[0]["description"]


# --- services -------------------------------------------------------------------------------------


def test_services_are_the_categories_in_json_and_xml(city: CentralServer) -> None:
    city.add(Category("manhole", "井盖缺失", "设施设备", "SW", Dimension.UTILITIES, name_en="Missing manhole cover",
                      group_en="Facilities"))
    services = _get(city, "services.json").json()
    by_code = {s["service_code"]: s for s in services}
    assert set(by_code) == {"road_damage", "garbage", "waterlogging", "manhole"}
    assert by_code["manhole"]["service_name"] == "井盖缺失" and by_code["manhole"]["group"] == "设施设备"
    assert by_code["manhole"]["metadata"] is True and by_code["manhole"]["type"] == "realtime"
    english = {s["service_code"]: s for s in _get(city, "services.json", locale="en").json()}
    assert english["manhole"]["service_name"] == "Missing manhole cover"
    assert english["garbage"]["service_name"] == "垃圾堆放"  # no English name: the Chinese one
    resp = requests.get(f"{city.url}{V2}/services.xml", headers={"Accept-Language": "en-GB,en;q=0.8"}, timeout=30)
    assert resp.headers["content-type"].startswith("text/xml") and resp.content.startswith(b"<?xml")
    root = ET.fromstring(resp.content)
    assert root.tag == "services"
    names = {s.findtext("service_code"): s.findtext("service_name") for s in root.findall("service")}
    assert names["manhole"] == "Missing manhole cover" and root.find("service/metadata").text == "true"


def test_a_service_definition_lists_its_attributes(city: CentralServer) -> None:
    definition = _get(city, "services/garbage.json").json()
    assert definition["service_code"] == "garbage"
    hazard = next(a for a in definition["attributes"] if a["code"] == "hazard")
    assert hazard["datatype"] == "singlevaluelist" and hazard["variable"] is True and hazard["required"] is False
    assert [v["key"] for v in hazard["values"]] == ["yes", "no"]
    root = ET.fromstring(_get(city, "services/garbage.xml").content)
    assert root.tag == "service_definition" and root.findtext("service_code") == "garbage"
    assert [v.findtext("key") for v in root.findall("attributes/attribute/values/value")] == ["yes", "no"]
    _error(_get(city, "services/no_such.json"), 404)
    xml = _get(city, "services/no_such.xml")
    assert xml.status_code == 404 and ET.fromstring(xml.content).findtext("error/code") == "404"


# --- POST -------------------------------------------------------------------------------------------


def test_the_specifications_sample_post_files_an_incident_in_its_grid_cell(city: CentralServer, key: str) -> None:
    resp = _post(city, f"api_key={key}&{SPEC_SAMPLE}")
    assert resp.status_code == 201, resp.text
    [receipt] = resp.json()
    assert set(receipt) == {"service_request_id", "token", "service_notice", "account_id"}
    assert receipt["account_id"] == "123456" and receipt["service_request_id"] in receipt["service_notice"]
    incidents = [c["data"] for c in city.client("ops").pull()[0] if c["entity"] == "incident"]
    [incident] = incidents
    assert incident["code"] == receipt["service_request_id"]
    assert (incident["source"], incident["category"], incident["status"]) == ("citizen_app", "garbage", "reported")
    assert (incident["grid_cell"], incident["street"], incident["district"]) == ("G11", "S11", "D1")
    assert incident["severity"] == 3  # attribute[hazard]=yes
    assert incident["reporter"] == "o-system" and incident["address"] == "1234 5th street"
    assert "north side" in incident["description"]

    [one] = _get(city, f"requests/{receipt['service_request_id']}.json").json()
    assert one["service_request_id"] == receipt["service_request_id"] and one["status"] == "open"
    assert one["service_code"] == "garbage" and one["service_name"] == "垃圾堆放"
    assert one["lat"] == pytest.approx(31.2052) and one["long"] == pytest.approx(121.4051)
    assert one["media_url"] == "http://www.city.gov/images/sinkhole.jpg" and one["address"] == "1234 5th street"
    assert one["requested_datetime"].endswith("+08:00")
    expected = {"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
                "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"}
    assert set(one) == expected
    assert not set(PERSONAL) & {str(v) for v in one.values()}
    assert _get(city, f"tokens/{receipt['token']}.json").json() == [
        {"service_request_id": receipt["service_request_id"], "token": receipt["token"]}]
    token_xml = ET.fromstring(_get(city, f"tokens/{receipt['token']}.xml").content)
    assert token_xml.findtext("request/service_request_id") == receipt["service_request_id"]


def test_post_answers_in_xml_and_accepts_json(city: CentralServer, key: str) -> None:
    resp = _post(city, f"api_key={key}&service_code=waterlogging&address_id=G22", fmt="xml")
    assert resp.status_code == 201, resp.text
    root = ET.fromstring(resp.content)
    assert root.tag == "service_requests" and root.findtext("request/service_request_id")
    resp = requests.post(f"{city.url}{V2}/requests.json", timeout=30, json={
        "api_key": key, "service_code": "road_damage", "lat": 31.215, "long": 121.415,
        "attributes": {"hazard": "no"}})
    assert resp.status_code == 201, resp.text
    streets = {c["data"]["grid_cell"] for c in city.client("ops").pull()[0] if c["entity"] == "incident"}
    assert streets == {"G22"}  # address_id names the cell; the point lies in it too


def test_an_address_string_alone_is_located_by_the_names_it_holds(city: CentralServer, key: str) -> None:
    resp = _post(city, f"api_key={key}&service_code=garbage&address_string={quote('示范市S21街道幸福路8号')}")
    assert resp.status_code == 201, resp.text
    [incident] = [c["data"] for c in city.client("ops").pull()[0] if c["entity"] == "incident"]
    assert incident["street"] == "S21" and incident["grid_cell"] == "G21"


def test_refused_posts_change_nothing(city: CentralServer, key: str) -> None:
    revoked, revoked_key = open311_keys.issue(city.storage, "old app")
    open311_keys.revoke(city.storage, revoked.id)
    before = _state(city)
    base = f"api_key={key}&service_code=garbage"
    cases = [
        (base, 400, "location"),  # no lat/long, address_string nor address_id
        (f"{base}&lat=31.205", 400, "together"),
        (f"{base}&lat=north&long=121.4", 400, "lat"),
        (f"{base}&lat=91&long=121.4", 400, "lat"),
        (f"{base}&lat=31.205&long=121.405&lat=31.2", 400, "more than once"),
        (f"{base}&lat=0&long=0", 400, "outside"),
        (f"{base}&address_string=nowhere+at+all", 400, "address"),
        (f"{base}&address_id=G99", 400, "address"),
        (f"{base}&lat=31.205&long=121.405&attribute[colour]=red", 400, "Unknown attribute"),
        (f"{base}&lat=31.205&long=121.405&attribute[hazard]=maybe", 400, "hazard"),
        (f"{base}&lat=31.205&long=121.405&email=not-an-address", 400, "email"),
        (f"{base}&lat=31.205&long=121.405&media_url=javascript:alert(1)", 400, "media_url"),
        (f"{base}&lat=31.205&long=121.405&description={'x' * 4001}", 400, "description"),
        (f"api_key={key}&lat=31.205&long=121.405", 400, "service_code"),
        (f"api_key={key}&service_code=potholes&lat=31.205&long=121.405", 404, "potholes"),
        ("service_code=garbage&lat=31.205&long=121.405", 403, "api_key"),
        ("api_key=xyz&service_code=garbage&lat=31.205&long=121.405", 403, "api_key"),
        (f"api_key={revoked_key}&service_code=garbage&lat=31.205&long=121.405", 403, "api_key"),
        (f"api_key={key}&api_key=xyz&service_code=garbage&lat=31.205&long=121.405", 403, "api_key"),
    ]
    for body, code, word in cases:
        assert word.lower() in _error(_post(city, body), code).lower(), body
    # malformed bodies: not a form, not UTF-8, bad JSON, a JSON array, an unknown content type, too big
    _error(_post(city, b"api_key&&=="), 400)
    _error(_post(city, b"api_key=" + key.encode() + b"&description=\xff\xfe"), 400)
    _error(requests.post(f"{city.url}{V2}/requests.json", data=b"{not json", timeout=30,
                         headers={"Content-Type": "application/json"}), 400)
    _error(requests.post(f"{city.url}{V2}/requests.json", json=[key], timeout=30), 400)
    _error(requests.post(f"{city.url}{V2}/requests.json", json={"api_key": key, "lat": [1]}, timeout=30), 400)
    _error(_post(city, f"{base}&lat=31.2&long=121.4", headers={"Content-Type": "text/csv"}), 400)
    _error(_post(city, f"{base}&lat=31.2&long=121.4&description={'x' * 200_000}"), 413)
    _error(_post(city, f"{base}&lat=31.205&long=121.405&description=a%00b"), 400)
    assert _state(city) == before
    assert requests.put(f"{city.url}{V2}/requests.json", timeout=30).status_code == 405
    assert _error(requests.get(f"{city.url}{V2}/nothing.json", timeout=30), 404)
    assert _state(city) == before


def test_a_retry_with_the_same_idempotency_key_files_one_incident(city: CentralServer, key: str) -> None:
    body = f"api_key={key}&service_code=garbage&lat=31.205&long=121.405&description=again"
    retry = {"Idempotency-Key": f"app-{uuid.uuid4()}"}
    first = _post(city, body, headers=retry)
    assert first.status_code == 201, first.text
    again = _post(city, body, headers=retry)
    assert again.status_code == 200 and again.json() == first.json()
    after = _state(city)
    assert after[1:3] == (1, 1)
    _error(_post(city, body + "+changed", headers=retry), 409)
    field = _post(city, body + f"&idempotency_key={retry['Idempotency-Key']}")
    assert field.json() == first.json()
    other_key = open311_keys.issue(city.storage, "another app")[1]
    other = _post(city, body.replace(key, other_key), headers=retry)  # keys are per client
    assert other.status_code == 201 and other.json()[0]["service_request_id"] != first.json()[0]["service_request_id"]
    assert _post(city, body).status_code == 201  # without a key, a POST is a new request
    assert _state(city)[1] == 3


# --- the life cycle ---------------------------------------------------------------------------------


def test_status_and_notes_follow_the_incident_through_dispatch_to_close(any_city: CentralServer) -> None:
    key = open311_keys.issue(any_city.storage, "12345 hotline")[1]
    resp = _post(any_city, f"api_key={key}&service_code=garbage&lat=31.205&long=121.405&description=bags")
    sid = resp.json()[0]["service_request_id"]
    ops, cg = any_city.client("ops"), any_city.client("cg")
    incident_id = next(c["key"] for c in ops.pull()[0] if c["entity"] == "incident")

    def request(locale: str = "zh") -> dict:
        [found] = _get(any_city, f"requests/{sid}.json", locale=locale).json()
        return found

    assert request()["status"] == "open" and request()["status_notes"] == "已受理，等待立案。"
    steps = [
        (ops, "incident.register", {}, "已立案"),
        (ops, "incident.dispatch", {"lead_agency": "CG"}, "已派遣至城管局"),
        (cg, "incident.accept", {}, "城管局已签收"),
        (cg, "incident.dispose", {"note": "垃圾已清运"}, "处置结果：垃圾已清运"),
        (ops, "incident.verify", {"passed": True}, "核查通过"),
    ]
    for api, name, args, note in steps:
        assert api.mutate(name, {"id": incident_id, **args})["outcome"] == "applied", name
        seen = request()
        assert seen["status"] == "open" and note in seen["status_notes"], (name, seen)
    assert request()["agency_responsible"] == "城管局"
    assert _get(any_city, "requests.json", status="closed").json() == []
    assert ops.mutate("incident.close", {"id": incident_id})["outcome"] == "applied"
    closed = request("en")
    assert closed["status"] == "closed" and closed["status_notes"] == "Closed. Result: 垃圾已清运"
    assert closed["expected_datetime"] is None
    assert [r["service_request_id"] for r in _get(any_city, "requests.json", status="closed").json()] == [sid]
    assert _get(any_city, "requests.json", status="open").json() == []


def test_a_merged_duplicate_reads_closed_naming_the_case_it_joined(city: CentralServer, key: str) -> None:
    first = _post(city, f"api_key={key}&service_code=garbage&lat=31.205&long=121.405").json()[0]
    second = _post(city, f"api_key={key}&service_code=garbage&lat=31.2051&long=121.4051").json()[0]
    ops = city.client("ops")
    ids = {c["data"]["code"]: c["key"] for c in ops.pull()[0] if c["entity"] == "incident"}
    merged = ops.mutate("incident.merge", {"id": ids[first["service_request_id"]],
                                           "duplicates": [ids[second["service_request_id"]]]})
    assert merged["outcome"] == "applied", merged
    [dup] = _get(city, f"requests/{second['service_request_id']}.json").json()
    assert dup["status"] == "closed" and first["service_request_id"] in dup["status_notes"]


# --- GET requests -------------------------------------------------------------------------------------


def test_get_requests_filters_as_the_specification_says(city: CentralServer, key: str) -> None:
    sids = [_post(city, f"api_key={key}&service_code={code}&lat=31.205&long=121.405").json()[0]["service_request_id"]
            for code in ("garbage", "garbage", "road_damage")]
    listed = _get(city, "requests.json").json()
    assert {r["service_request_id"] for r in listed} == set(sids)
    assert [r["service_request_id"] for r in _get(city, "requests.json", service_code="road_damage").json()] \
        == [sids[2]]
    both = _get(city, "requests.json", service_request_id=f"{sids[0]},{sids[2]}", service_code="garbage").json()
    assert [r["service_request_id"] for r in both] == [sids[0], sids[2]]  # other parameters are ignored
    now = datetime.now(UTC)
    window = {"start_date": (now - timedelta(days=1)).isoformat(), "end_date": (now + timedelta(hours=1)).isoformat(),
              "status": "open"}
    assert len(_get(city, "requests.json", **window).json()) == 3
    old = {"start_date": "2010-05-24T00:00:00Z", "end_date": "2010-06-24T00:00:00Z", "status": "open"}
    assert _get(city, "requests.json", **old).json() == []  # the specification's sample query
    root = ET.fromstring(_get(city, "requests.xml", service_code="road_damage").content)
    assert root.tag == "service_requests" and root.findtext("request/service_request_id") == sids[2]
    assert root.find("request/zipcode") is not None and root.findtext("request/status") == "open"
    before = _state(city)
    for params, word in [({"start_date": "yesterday"}, "start_date"), ({"end_date": "2026-01-01T00:00:00"}, "zone"),
                         ({"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, "90"),
                         ({"start_date": "2026-02-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"}, "after"),
                         ({"status": "pending"}, "status")]:
        assert word in _error(_get(city, "requests.json", **params), 400), params
    _error(_get(city, "requests/20990101999999.json"), 404)
    _error(_get(city, "tokens/no-such-token.json"), 404)
    assert _state(city) == before


# --- personal data -----------------------------------------------------------------------------------


def test_the_requesters_personal_data_never_reaches_any_officers_feed(any_city: CentralServer) -> None:
    key = open311_keys.issue(any_city.storage, "citizen app")[1]
    assert _post(any_city, f"api_key={key}&{SPEC_SAMPLE}").status_code == 201
    incident_id = None
    for username in ("ops", "ops_d1", "sup_s11", "admin", "leader"):
        api = any_city.client(username)
        raw = api.get("/api/v1/changes", params={"since": 0, "limit": 5000})
        assert raw.status_code == 200
        assert '"citizen_app"' in raw.text, username  # the incident is there ...
        for value in PERSONAL:
            assert value not in raw.text, (username, value)  # ... its requester is not
        incident_id = next(c["key"] for c in raw.json()["changes"] if c["entity"] == "incident")
    ops = any_city.client("ops")
    assert ops.mutate("incident.register", {"id": incident_id})["outcome"] == "applied"
    assert ops.mutate("incident.dispatch", {"id": incident_id, "lead_agency": "CG"})["outcome"] == "applied"
    cg = any_city.client("cg").get("/api/v1/changes", params={"since": 0, "limit": 5000}).text
    assert incident_id in cg and not [v for v in PERSONAL if v in cg]
    # the public answers do not carry it either
    listed = _get(any_city, "requests.json").text + _get(any_city, "requests.xml").text
    assert not [v for v in PERSONAL if v in listed]
    # the server keeps it
    with any_city.storage.transaction() as tx:
        row = tx.one("SELECT email, phone, first_name, last_name, device_id, account_id FROM open311_requests")
    assert row == ("smit222@sfgov.edu", "111111111", "john", "smith", "tt222111", "123456")
