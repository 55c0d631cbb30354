"""Duty and handover over the real central service, on both backends: a handover lists exactly the
open items of its duty's scope, is signed by the officer leaving and the one taking over, once each,
is read by the officers of its duty and those above it; a team with nobody signed in raises one duty
alert and a sign-in clears it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.central import duty as central_duty
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    DutyShift,
    Incident,
    IncidentStatus,
    Operation,
    OperationStatus,
    Role,
    Severity,
    Source,
    Task,
    TaskStatus,
)
from tests.support.central import CentralServer, visible

NOW = datetime.now(UTC).replace(microsecond=0)
CHANGE = NOW + timedelta(minutes=10)  # the change of shift, ten minutes from now


def _incident(key: str, street: str, district: str, due_in: timedelta, status=IncidentStatus.REPORTED) -> Incident:
    return Incident(id=key, title=f"事件{key}", category="garbage", source=Source.HOTLINE_12345,
                    severity=Severity.NORMAL, status=status, lon=121.405, lat=31.205, reported_at=NOW - timedelta(hours=1),
                    updated_at=NOW, street=street, district=district, code=f"2026{key}", stage_started_at=NOW - timedelta(hours=1),
                    due_at=NOW + due_in)


def _alert(key: str, region: str, **changes) -> Alert:
    return Alert(id=key, level=AlertLevel.ALARM, raised_at=NOW - timedelta(minutes=30), message=f"告警{key}",
                 indicator="pm25", region=region, **changes)


def _shift(key: str, officer: str, starts: datetime, ends: datetime, region: str = "D1", post: str = "值班长") -> DutyShift:
    return DutyShift(id=key, officer=officer, region=region, starts_at=starts, ends_at=ends, post=post)


def _seed(city: CentralServer) -> None:
    city.create_officer("ops_d1_next", Role.OPS_OFFICER, region="D1", name="接班员")
    city.add(
        _shift("leaving", "o-ops_d1", CHANGE - timedelta(hours=12), CHANGE),
        _shift("coming", "o-ops_d1_next", CHANGE, CHANGE + timedelta(hours=12)),
        _shift("d2-leaving", "o-ops", CHANGE - timedelta(hours=12), CHANGE, region="D2"),
        _alert("a-d1", "D1"), _alert("a-s12", "S12"),
        _alert("a-acked", "D1", acknowledged_by="o-ops", acknowledged_at=NOW),
        _alert("a-cleared", "S11", cleared_at=NOW), _alert("a-d2", "D2"),
        Operation("op-d1", "防汛", "flood", OperationStatus.ACTIVE, "o-ops", regions=("D1",), started_at=NOW),
        Operation("op-d2", "马拉松", "event", OperationStatus.ACTIVE, "o-ops", regions=("D2",), started_at=NOW),
        Operation("op-closed", "旧行动", "flood", OperationStatus.CLOSED, "o-ops", regions=("D1",)),
        Task("t-open", "op-d1", "SW", "排水", TaskStatus.IN_PROGRESS, NOW, NOW, due_at=NOW + timedelta(hours=1)),
        Task("t-done", "op-d1", "SW", "巡查", TaskStatus.DONE, NOW, NOW),
    )
    city.load_incidents([
        _incident("over", "S11", "D1", -timedelta(minutes=5)),
        _incident("near", "S12", "D1", timedelta(minutes=5)),
        _incident("calm", "S11", "D1", timedelta(hours=3)),
        _incident("closed", "S11", "D1", -timedelta(hours=1), IncidentStatus.CLOSED),
        _incident("elsewhere", "S21", "D2", -timedelta(minutes=5)),
    ])


def _handover(city: CentralServer, username: str, key: str) -> dict | None:
    return visible(city.client(username).pull()[0]).get(("handover", key))


def test_a_handover_lists_exactly_the_open_items_of_its_scope_and_is_signed_by_both(any_city: CentralServer) -> None:
    _seed(any_city)
    leaving = any_city.client("ops_d1")
    result = leaving.mutate("duty.hand_over", {"shift": "leaving", "note": "  S11 垃圾点已通知城管  "})
    assert result["outcome"] == "applied", result

    kept = _handover(any_city, "ops_d1_next", "coming")
    assert kept is not None and kept["previous"] == "leaving" and kept["note"] == "S11 垃圾点已通知城管"
    assert kept["handed_over_by"] == "o-ops_d1" and kept["taken_over_by"] is None
    assert [(i["kind"], i["key"], i["state"]) for i in kept["items"]] == [
        ("incident", "over", "overdue"), ("incident", "near", "near"),
        ("alert", "a-d1", "alarm"), ("alert", "a-s12", "alarm"),
        ("operation", "op-d1", "active"), ("task", "t-open", "in_progress"),
    ]
    assert kept["items"][0]["title"] == "2026over 事件over"

    coming = any_city.client("ops_d1_next")
    assert coming.mutate("duty.take_over", {"shift": "coming", "remark": "收到"})["outcome"] == "applied"
    signed = _handover(any_city, "ops_d1_next", "coming")
    assert signed["taken_over_by"] == "o-ops_d1_next" and signed["remark"] == "收到"
    assert signed["items"] == kept["items"]  # what was handed over stays as it was signed

    again = coming.mutate("duty.take_over", {"shift": "coming"})
    assert again["outcome"] == "conflict" and again["code"] == "exists" and again["state"]["id"] == "coming"
    twice = leaving.mutate("duty.hand_over", {"shift": "leaving"})
    assert twice["outcome"] == "conflict" and twice["code"] == "exists"

    assert _handover(any_city, "ops", "coming") is not None  # the city above the district reads it
    assert _handover(any_city, "sup_s21", "coming") is None  # a street of another district does not
    assert _handover(any_city, "cg", "coming") is None


def test_only_the_officer_on_the_shift_signs_and_only_around_the_change(any_city: CentralServer) -> None:
    _seed(any_city)
    ops = any_city.client("ops")
    assert ops.mutate("duty.hand_over", {"shift": "leaving"})["code"] == "forbidden"
    assert any_city.client("leader").mutate("duty.hand_over", {"shift": "leaving"})["code"] == "read_only"
    early = any_city.client("ops_d1_next").mutate("duty.hand_over", {"shift": "coming"})
    assert early["outcome"] == "rejected" and early["code"] == "wrong_status"
    assert "30 minutes before it ends" in early["reason"]
    alone = ops.mutate("duty.hand_over", {"shift": "d2-leaving"})  # nobody follows on the roster
    assert alone["outcome"] == "rejected" and "No shift follows yours" in alone["reason"]
    assert ops.mutate("duty.hand_over", {"shift": "nope"})["code"] == "not_found"
    bad = any_city.client("ops_d1").mutate("duty.hand_over", {"shift": "leaving", "note": ["not", "text"]})
    assert bad["outcome"] == "rejected" and bad["code"] == "bad_args"
    assert _handover(any_city, "admin", "coming") is None  # nothing refused was kept


def test_taking_over_without_a_handover_prepares_it_then_and_the_leaving_officer_may_sign_after(
    any_city: CentralServer,
) -> None:
    _seed(any_city)
    assert any_city.client("ops_d1_next").mutate("duty.take_over", {"shift": "coming"})["outcome"] == "applied"
    unsigned = _handover(any_city, "admin", "coming")
    assert unsigned["handed_over_by"] is None and unsigned["previous"] == "leaving"
    assert [i["key"] for i in unsigned["items"]][:2] == ["over", "near"]
    late = any_city.client("ops_d1").mutate("duty.hand_over", {"shift": "leaving", "note": "补签"})
    assert late["outcome"] == "applied"
    both = _handover(any_city, "admin", "coming")
    assert both["handed_over_by"] == "o-ops_d1" and both["taken_over_by"] == "o-ops_d1_next"
    assert both["note"] == "补签" and both["items"] == unsigned["items"]


def _sweep(city: CentralServer, at: datetime) -> list[Alert]:
    return central_duty.staffing_writer().run_once(city.storage, at)


def test_a_team_with_nobody_signed_in_raises_one_duty_alert_and_a_sign_in_clears_it(any_city: CentralServer) -> None:
    any_city.create_officer("chief", Role.OPS_OFFICER, region="D2", name="王值班")
    any_city.create_officer("member", Role.OPS_OFFICER, region="D2", name="李值班")
    start = NOW - timedelta(minutes=20)
    any_city.add(_shift("t-chief", "o-chief", start, NOW + timedelta(hours=1), region="D2"),
                 _shift("t-member", "o-member", start, NOW + timedelta(hours=1), region="D2", post="值班员"),
                 _shift("fresh", "o-ops_d1", NOW - timedelta(minutes=5), NOW + timedelta(hours=1)))
    [alert] = _sweep(any_city, NOW)  # the team that started five minutes ago is not late yet
    assert alert.level is AlertLevel.DUTY and alert.region == "D2" and alert.cleared_at is None
    assert alert.message.startswith("值班告警：D2区 ") and alert.message.endswith("班次无人签到（值班长 王值班、值班员 李值班）")
    assert _sweep(any_city, NOW + timedelta(minutes=1)) == []  # one alert per unstaffed team

    any_city.client("member")  # signs in
    [cleared] = _sweep(any_city, NOW + timedelta(minutes=2))
    assert cleared.id == alert.id and cleared.cleared_at == NOW + timedelta(minutes=2)
    state = visible(any_city.client("leader").pull()[0])
    assert state[("alert", alert.id)]["cleared_at"] is not None  # every desk hears of it


def test_a_duty_alert_clears_when_its_shift_ends(any_city: CentralServer) -> None:
    any_city.create_officer("night", Role.OPS_OFFICER, region="D1")
    any_city.add(_shift("n", "o-night", NOW - timedelta(hours=1), NOW + timedelta(minutes=30)))
    [alert] = _sweep(any_city, NOW)
    [cleared] = _sweep(any_city, NOW + timedelta(minutes=31))
    assert cleared.id == alert.id and cleared.cleared_at is not None
