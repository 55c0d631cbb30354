"""CAP 1.2 over real HTTP to a real central service (central/cap.py, central/cap_xml.py, domain/cap.py).

The messages in tests/data/cap follow the structure of the CAP 1.2 specification's examples
(Appendix A) with this test city's coordinates; `fresh` moves their times to now, so that nothing
depends on the day the tests run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from lxml import etree

from dispatch_desk.central import cap as central_cap
from dispatch_desk.central import cap_xml, ledger
from dispatch_desk.domain import cap
from dispatch_desk.domain.records import Alert, AlertLevel, Indicator, Operation, Plan, PlanTask
from tests.support.central import CentralServer

DATA = Path(__file__).resolve().parents[1] / "data" / "cap"
CAP = "/api/v1/cap"
XML = {"Content-Type": "application/cap+xml"}
TYPHOON_PLAN = Plan("plan-typhoon", "防台风预案", "emergency", (PlanTask("SW", "排水泵站全部开启", offset_minutes=30),),
                    name_en="Typhoon plan")
_TIME = re.compile(rb"<(sent|effective|onset|expires)>([^<]+)</\1>")


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


def fresh(body: bytes, sent: datetime | None = None, **fields: str) -> bytes:
    """`body` with its times moved so that <sent> is `sent` (default: a minute ago), and fields replaced
    (identifier=..., msgType=..., status=..., references=...: the first element of that name)."""
    found = _TIME.search(body)
    assert found is not None
    target = (sent or datetime.now(UTC) - timedelta(minutes=1)).replace(microsecond=0)
    delta = target - cap_xml.parse_time(found.group(2).decode())

    def move(match: re.Match) -> bytes:
        moment = datetime.fromisoformat(match.group(2).decode())
        return b"<%s>%s</%s>" % (match.group(1), (moment + delta).isoformat().encode(), match.group(1))

    body = _TIME.sub(move, body)
    for tag, value in fields.items():
        tag = "msgType" if tag == "msg_type" else tag
        if f"<{tag}>".encode() in body:
            body = re.sub(rb"<%s>[^<]*</%s>" % (tag.encode(), tag.encode()),
                          f"<{tag}>{value}</{tag}>".encode(), body, count=1)
        else:  # references goes after <scope> (the schema's order: ... scope, restriction, addresses, code, note)
            body = re.sub(rb"(<info>)", f"<{tag}>{value}</{tag}>\n  ".encode() + rb"\1", body, count=1)
    return body


def ref(body: bytes) -> str:
    message = cap_xml.parse(body)
    return f"{message.sender},{message.identifier},{cap_xml.cap_time(message.sent)}"


def post(server: CentralServer, body: bytes, username: str = "ops", headers: dict | None = None) -> requests.Response:
    return server.client(username).post(CAP, data=body, headers={**XML, **(headers or {})})


def alerts(server: CentralServer) -> dict[str, Alert]:
    with server.storage.transaction() as tx:
        return {a.id: a for a in ledger.all_of(tx, Alert) if a.level is AlertLevel.EXTERNAL}


def created(server: CentralServer, body: bytes) -> Alert:
    """Post `body` and answer the one alert it created."""
    resp = post(server, body)
    assert resp.status_code == 201, resp.text
    return alerts(server)[resp.json()["alerts"][0]]


def state(server: CentralServer) -> tuple:
    """What a refused message must leave alone: the feed's sequence, the CAP tables and the alerts."""
    with server.storage.transaction() as tx:
        return (tx.current_seq(), *(tx.one(f"SELECT COUNT(*) FROM {t}")[0] for t in
                                    ("cap_messages", "cap_references", "cap_expiries")),
                tx.one("SELECT COUNT(*) FROM records WHERE entity = 'alert'")[0])


# --- in ----------------------------------------------------------------------------------------------------


def test_typhoon_warning_becomes_one_alert_with_every_info_block_and_its_area(any_city: CentralServer) -> None:
    body = fresh(sample("typhoon_warning.xml"))
    resp = post(any_city, body)
    assert resp.status_code == 201, resp.text
    answer = resp.json()
    assert answer["outcome"] == "created" and len(answer["alerts"]) == 1
    alert = alerts(any_city)[answer["alerts"][0]]
    assert alert.cap is not None and [i.language for i in alert.cap.infos] == ["zh-CN", "en"]
    assert alert.message == "示范市气象台发布台风橙色预警"
    assert (alert.districts, alert.streets, alert.cells) == (("D1",), ("S11", "S12"), ("G11", "G12"))
    assert alert.region == "D1" and len(alert.area) == 1
    assert alert.expires_at == alert.cap.infos[0].expires and alert.cleared_at is None
    assert cap.choose_info(alert.cap.infos, "en").headline == "Typhoon orange warning for the city"
    # the same message again is the same alert, and nothing is written
    before = state(any_city)
    again = post(any_city, body)
    assert again.status_code == 200 and again.json()["outcome"] == "duplicate"
    assert again.json()["alerts"] == answer["alerts"] and state(any_city) == before


def test_a_desk_receives_the_alert_through_the_change_feed(city: CentralServer) -> None:
    client = city.client("sup_s21")  # every officer sees alerts, a street supervisor elsewhere too
    _, since = client.pull()
    assert post(city, fresh(sample("typhoon_warning.xml"))).status_code == 201
    changes, _ = client.pull(since)
    mine = [c for c in changes if c["entity"] == "alert"]
    assert len(mine) == 1 and mine[0]["data"]["cap"]["infos"][1]["language"] == "en"
    assert mine[0]["data"]["cells"] == ["G11", "G12"]


def test_circles_and_geocodes_of_ours_make_the_area(city: CentralServer) -> None:
    resp = post(city, fresh(sample("thunderstorm_warning.xml")))
    assert resp.status_code == 201, resp.text
    alert = alerts(city)[resp.json()["alerts"][0]]
    # the circle (0.3 km around a point of S22) and the geocode S21; SAME 006109 is not ours
    assert alert.streets == ("S21", "S22") and alert.districts == ("D2",) and alert.cells == ("G21", "G22")
    assert len(alert.area) == 2
    assert cap.choose_info(alert.cap.infos, "zh-CN").language == "en-US"  # the only block, in any language


def test_an_alert_without_an_area_covers_nothing(city: CentralServer) -> None:
    resp = post(city, fresh(sample("homeland_advisory.xml")))
    assert resp.status_code == 201, resp.text
    alert = alerts(city)[resp.json()["alerts"][0]]
    assert alert.area == () and alert.cells == () and alert.region is None


def test_update_chain_applies_to_the_first_alert_and_cancel_ends_it(any_city: CentralServer) -> None:
    now = datetime.now(UTC)
    original = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=30))
    first = post(any_city, original).json()["alerts"][0]
    ops = any_city.client("ops")
    assert ops.mutate("alert.acknowledge", {"id": first})["outcome"] == "applied"
    update1 = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=20), identifier="SHMB-TY-2026-0914-02",
                    msgType="Update", references=ref(original))
    update1 = update1.replace(b"<severity>Severe</severity>", b"<severity>Extreme</severity>")
    resp = post(any_city, update1)
    assert resp.status_code == 200 and resp.json()["outcome"] == "updated" and resp.json()["alerts"] == [first]
    update2 = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=10), identifier="SHMB-TY-2026-0914-03",
                    msgType="Update", references=ref(update1))  # names the first Update only: a chain
    update2 = update2.replace("台风橙色预警".encode(), "台风红色预警".encode())
    assert post(any_city, update2).json()["outcome"] == "updated"
    assert post(any_city, update2).json()["outcome"] == "duplicate"
    alert = alerts(any_city)[first]
    assert len(alerts(any_city)) == 1 and alert.message == "示范市气象台发布台风红色预警"
    assert alert.cap.identifier == "SHMB-TY-2026-0914-03" and alert.acknowledged_by == "o-ops"
    assert alert.raised_at == cap_xml.parse(original).sent
    cancel = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=5), identifier="SHMB-TY-2026-0914-04",
                   msgType="Cancel", references=ref(update2))
    resp = post(any_city, cancel)
    assert resp.json()["outcome"] == "cancelled" and resp.json()["alerts"] == [first]
    ended = alerts(any_city)[first]
    assert ended.cleared_at == cap_xml.parse(cancel).sent and ended.plans == ()
    assert ops.get(f"/api/v1/alerts/{first}/cap").content == cancel  # what its sender last said of it
    with any_city.storage.transaction() as tx:
        assert tx.one("SELECT COUNT(*) FROM cap_expiries")[0] == 0


def test_cancel_of_an_unknown_alert_is_recorded_and_ends_it_when_it_arrives(city: CentralServer) -> None:
    now = datetime.now(UTC)
    original = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=30))
    cancel = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=5), identifier="late-cancel",
                   msgType="Cancel", references=ref(original))
    seq = state(city)[0]
    resp = post(city, cancel)
    assert resp.status_code == 200 and resp.json()["outcome"] == "recorded" and resp.json()["alerts"] == []
    assert "recorded" in resp.json()["reason"] and state(city)[0] == seq  # no record of the feed changed
    assert alerts(city) == {}
    created = post(city, original).json()
    assert created["outcome"] == "created" and "Cancel" in created["reason"]
    assert alerts(city)[created["alerts"][0]].cleared_at is not None


def test_cancel_from_another_sender_changes_nothing(city: CentralServer) -> None:
    original = fresh(sample("typhoon_warning.xml"))
    first = post(city, original).json()["alerts"][0]
    forged = fresh(sample("typhoon_warning.xml"), identifier="forged", msgType="Cancel", references=ref(original))
    forged = forged.replace(b"warning@weather.example.cn</sender>", b"prank@example.org</sender>")
    assert post(city, forged).json()["outcome"] == "recorded"
    assert alerts(city)[first].cleared_at is None


def test_update_of_an_original_we_never_had_stands_as_a_new_alert(city: CentralServer) -> None:
    update = fresh(sample("typhoon_warning.xml"), identifier="u-only", msgType="Update",
                   references="warning@weather.example.cn,never-seen,2026-09-14T08:00:00+08:00")
    resp = post(city, update)
    assert resp.status_code == 201 and resp.json()["outcome"] == "created" and "Update" in resp.json()["reason"]


def test_expired_alert_ends_by_itself(city: CentralServer) -> None:
    sent = (datetime.now(UTC) - timedelta(hours=1)).replace(microsecond=0)
    body = fresh(sample("thunderstorm_warning.xml"), sent)  # expires 63 minutes after it was sent
    alert_key = post(city, body).json()["alerts"][0]
    assert alerts(city)[alert_key].cleared_at is None
    ended = central_cap.writer().run_once(city.storage, sent + timedelta(minutes=64))
    assert ended == 1
    alert = alerts(city)[alert_key]
    assert alert.cleared_at == alert.expires_at == sent + timedelta(minutes=63)
    assert central_cap.writer().run_once(city.storage, sent + timedelta(minutes=65)) == 0


def test_a_message_already_expired_is_kept_as_ended(city: CentralServer) -> None:
    body = fresh(sample("typhoon_warning.xml"), datetime.now(UTC) - timedelta(days=3))
    alert = created(city, body)
    assert alert.cleared_at == alert.expires_at and cap.is_ended(alert, datetime.now(UTC))


@pytest.mark.parametrize("status", ["Exercise", "Test", "System", "Draft"])
def test_exercise_test_and_system_are_kept_but_raise_nothing(city: CentralServer, status: str) -> None:
    city.add(TYPHOON_PLAN)
    central_cap.add_trigger(city.storage, "plan-typhoon", "台风", "Severe")
    body = fresh(sample("typhoon_warning.xml"), status=status)
    alert = created(city, body)
    assert alert.cap.status == status and alert.plans == () and alert.message.startswith(f"[{status}]")
    assert cap.proposal(alert, datetime.now(UTC)) == ()


def test_a_matching_trigger_proposes_the_plan_and_starts_nothing(any_city: CentralServer) -> None:
    any_city.add(TYPHOON_PLAN)
    central_cap.add_trigger(any_city.storage, "plan-typhoon", "typhoon", "Severe")  # an eventCode value
    central_cap.add_trigger(any_city.storage, "plan-typhoon", "台风", "Extreme")  # too severe for this one
    alert = created(any_city, fresh(sample("typhoon_warning.xml")))
    assert alert.plans == ("plan-typhoon",) and cap.proposal(alert, datetime.now(UTC)) == ("plan-typhoon",)
    with any_city.storage.transaction() as tx:
        assert tx.one("SELECT COUNT(*) FROM records WHERE entity = 'operation'")[0] == 0
    # the ops officer starts it, with the alert's area
    args = cap.operation_args(alert, TYPHOON_PLAN, "op-ty")
    assert args["name"] == "防台风预案：示范市气象台发布台风橙色预警" and args["regions"] == ["D1"]
    result = any_city.client("ops").mutate("operation.start", args)
    assert result["outcome"] == "applied", result
    with any_city.storage.transaction() as tx:
        op = ledger.get(tx, Operation, "op-ty")
        assert op is not None and op.plan == "plan-typhoon" and op.area == cap.outline(alert.area)
        assert tx.one("SELECT COUNT(*) FROM records WHERE entity = 'task'")[0] == 1  # the plan's task
    # a thunderstorm does not match
    other = created(any_city, fresh(sample("thunderstorm_warning.xml")))
    assert other.plans == ()


# --- refusals ------------------------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE alert [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol4;</identifier></alert>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE alert SYSTEM "http://127.0.0.1:9/cap.dtd">
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier></alert>"""


def _typhoon() -> bytes:
    return fresh(sample("typhoon_warning.xml"))


REFUSED = {
    "not xml": (lambda: b"this is not xml", 400, "invalid_xml"),
    "empty": (lambda: b"", 400, "invalid_xml"),
    "truncated": (lambda: _typhoon()[:-40], 400, "invalid_xml"),
    "billion laughs": (lambda: BILLION_LAUGHS, 400, "forbidden_dtd"),
    "external entity": (lambda: EXTERNAL_ENTITY, 400, "forbidden_dtd"),
    "external dtd": (lambda: EXTERNAL_DTD, 400, "forbidden_dtd"),
    "cap 1.1": (lambda: _typhoon().replace(b"cap:1.2", b"cap:1.1"), 422, "wrong_namespace"),
    "no namespace": (lambda: _typhoon().replace(b' xmlns="urn:oasis:names:tc:emergency:cap:1.2"', b""), 422,
                     "wrong_namespace"),
    "atom feed": (lambda: b'<feed xmlns="http://www.w3.org/2005/Atom"/>', 422, "wrong_namespace"),
    "bad status": (lambda: _typhoon().replace(b"<status>Actual</status>", b"<status>Real</status>"), 422,
                   "schema_violation"),
    "no sender": (lambda: re.sub(rb"<sender>[^<]*</sender>", b"", _typhoon()), 422, "schema_violation"),
    "sent in Z": (lambda: re.sub(rb"<sent>[^<]*</sent>", b"<sent>2026-09-14T08:00:00Z</sent>", _typhoon()), 422,
                  "schema_violation"),
    "unknown element": (lambda: _typhoon().replace(b"<scope>", b"<colour>red</colour><scope>"), 422,
                        "schema_violation"),
    "open polygon": (lambda: _typhoon().replace(b"31.209,121.401 31.201,121.401</polygon>",
                                                b"31.209,121.401</polygon>"), 422, "invalid_area"),
    "polygon off the earth": (lambda: _typhoon().replace(b"31.201,121.419", b"131.201,121.419"), 422,
                              "invalid_area"),
    "cancel without references": (lambda: fresh(sample("typhoon_warning.xml"), msgType="Cancel"), 422,
                                  "missing_references"),
    "bad references": (lambda: fresh(sample("typhoon_warning.xml"), msgType="Update", references="only-one"), 422,
                       "invalid_references"),
    "oversized": (lambda: _typhoon().replace(b"<note>", b"<note>" + b"x" * (cap_xml.MAX_BYTES + 1)), 413,
                  "payload_too_large"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_messages_say_why_and_change_nothing(city: CentralServer, case: str) -> None:
    make, status, code = REFUSED[case]
    before = state(city)
    resp = post(city, make())
    assert resp.status_code == status, resp.text
    assert resp.json()["error"] == code and resp.json()["message"]
    assert state(city)[1:] == before[1:] and alerts(city) == {}
    assert "root:" not in resp.text  # nothing of /etc/passwd


def test_who_may_post_and_in_which_type(city: CentralServer) -> None:
    body = _typhoon()
    for username in ("sup_s11", "cg", "leader", "jt_liaison"):
        assert post(city, body, username).status_code == 403
    assert requests.post(f"{city.url}{CAP}", data=body, headers=XML, timeout=30).status_code == 401
    resp = post(city, body, headers={"Content-Type": "application/json"})
    assert resp.status_code == 415 and "application/cap+xml" in resp.json()["message"]
    assert alerts(city) == {}
    assert post(city, body, "admin", headers={"Content-Type": "application/xml; charset=utf-8"}).status_code == 201


# --- out -----------------------------------------------------------------------------------------------------


def _validates(body: bytes) -> etree._Element:
    root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    cap_xml.schema().assertValid(root.getroottree())
    return root


NS = {"cap": cap.NAMESPACE}


def test_our_alarm_and_forecast_as_cap_validate_in_chinese_and_english(city: CentralServer) -> None:
    city.add(Indicator("water.S11", "积水深度", "utilities", "cm", "S11", 10, 20, name_en="Water depth"))
    raised = datetime(2026, 12, 3, 1, 30, tzinfo=UTC)
    city.add(Alert("a-alarm", AlertLevel.ALARM, raised, "S11街道积水深度达到告警线", indicator="water.S11", region="S11",
                   value=23.5),
             Alert("a-fc", AlertLevel.FORECAST, raised, "PM2.5 预计一小时内超过预警线", indicator="pm25",
                   cleared_at=raised + timedelta(minutes=40)))
    ops = city.client("sup_s21")
    for key, severity, urgency in (("a-alarm", "Severe", "Immediate"), ("a-fc", "Moderate", "Future")):
        resp = ops.get(f"/api/v1/alerts/{key}/cap")
        assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/cap+xml")
        root = _validates(resp.content)
        infos = root.findall("cap:info", NS)
        assert [i.findtext("cap:language", namespaces=NS) for i in infos] == ["zh-CN", "en-US"]
        assert {i.findtext("cap:severity", namespaces=NS) for i in infos} == {severity}
        assert {i.findtext("cap:urgency", namespaces=NS) for i in infos} == {urgency}
        assert root.findtext("cap:sent", namespaces=NS) == "2026-12-03T09:30:00+08:00"
        parsed = cap_xml.parse(resp.content)  # and we read back what we write
        assert parsed.sender == central_cap.SENDER
    alarm = cap_xml.parse(ops.get("/api/v1/alerts/a-alarm/cap").content)
    assert alarm.infos[0].headline == "S11街道积水深度达到告警线" and "23.5 cm" in alarm.infos[1].description
    assert alarm.infos[0].areas[0].polygons and alarm.infos[0].areas[0].geocodes == (("region", "S11"),)
    forecast = cap_xml.parse(ops.get("/api/v1/alerts/a-fc/cap").content)
    assert forecast.infos[0].expires == raised + timedelta(minutes=40)
    assert ops.get("/api/v1/alerts/nope/cap").status_code == 404


def test_an_external_alert_is_answered_as_its_sender_last_wrote_it(city: CentralServer) -> None:
    body = _typhoon()
    first = post(city, body).json()["alerts"][0]
    resp = city.client("leader").get(f"/api/v1/alerts/{first}/cap")
    assert resp.status_code == 200 and resp.content == body
    _validates(resp.content)


# --- the console ---------------------------------------------------------------------------------------------


def test_import_cap_command_imports_files_and_names_refused_ones(city: CentralServer, tmp_path: Path) -> None:
    good = tmp_path / "typhoon.xml"
    good.write_bytes(_typhoon())
    bad = tmp_path / "laughs.xml"
    bad.write_bytes(BILLION_LAUGHS)
    cmd = [sys.executable, "-m", "dispatch_desk.cli", "central", "import-cap", "--db", city.db_url, str(good), str(bad)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.strip().splitlines()
    assert '"outcome": "created"' in lines[0] and '"code": "forbidden_dtd"' in lines[1]
    assert len(alerts(city)) == 1
    again = subprocess.run(cmd[:-1], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and '"outcome": "duplicate"' in again.stdout


def test_trigger_commands_refuse_unknown_plans_and_list_what_is_set(city: CentralServer) -> None:
    city.add(TYPHOON_PLAN)
    base = [sys.executable, "-m", "dispatch_desk.cli", "central"]

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*base, *args, "--db", city.db_url], capture_output=True, text=True, timeout=120)

    refused = run("cap-trigger-add", "--plan", "plan-none", "--event", "台风")
    assert refused.returncode == 2 and "Unknown plan" in refused.stderr
    added = run("cap-trigger-add", "--plan", "plan-typhoon", "--event", "台风", "--min-severity", "Moderate")
    assert added.returncode == 0, added.stderr
    listed = run("cap-triggers")
    assert '"plan": "plan-typhoon"' in listed.stdout and '"min_severity": "Moderate"' in listed.stdout
    trigger_id = central_cap.list_triggers(city.storage)[0].id
    assert run("cap-trigger-remove", "--id", trigger_id).returncode == 0
    assert central_cap.list_triggers(city.storage) == []
    assert run("cap-trigger-remove", "--id", trigger_id).returncode == 2


def test_an_update_moves_the_area_and_what_it_covers(city: CentralServer) -> None:
    original = fresh(sample("typhoon_warning.xml"), datetime.now(UTC) - timedelta(minutes=5))
    first = created(city, original)
    north = b"31.211,121.401 31.211,121.419 31.219,121.419 31.219,121.401 31.211,121.401"
    update = fresh(sample("typhoon_warning.xml"), identifier="moved", msgType="Update", references=ref(original))
    update = re.sub(rb"<polygon>[^<]*</polygon>", b"<polygon>" + north + b"</polygon>", update)
    assert post(city, update).json()["outcome"] == "updated"
    moved = alerts(city)[first.id]
    assert moved.districts == ("D2",) and moved.cells == ("G21", "G22") and moved.region == "D2"
