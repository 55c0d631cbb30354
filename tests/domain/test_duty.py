"""The rules of duty and handover (domain.duty): the roster's next and previous shift, the scope of
a center's and an agency's duty, the signature windows, what an officer owes, and when a team is
unstaffed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain import duty
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    DutyShift,
    Handover,
    Incident,
    IncidentStatus,
    Officer,
    Operation,
    OperationStatus,
    Region,
    RegionLevel,
    Role,
    Severity,
    Source,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.sla import SlaPolicy

T = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # 20:00 in the city: the change of shift
H = timedelta(hours=1)
REGIONS = [Region("C", "市", RegionLevel.CITY), Region("D1", "一区", RegionLevel.DISTRICT, "C"),
           Region("S11", "一街", RegionLevel.STREET, "D1"), Region("D2", "二区", RegionLevel.DISTRICT, "C")]
POLICY = SlaPolicy(regions=REGIONS)
DAY = DutyShift("day", "o-a", "D1", T - 12 * H, T, post="值班长")
NIGHT = DutyShift("night", "o-b", "D1", T, T + 12 * H, post="值班长")
NIGHT_MEMBER = DutyShift("night-2", "o-c", "D1", T, T + 12 * H, post="值班员")
OTHER = DutyShift("d2-night", "o-d", "D2", T, T + 12 * H, post="值班长")
ROSTER = [DAY, NIGHT, NIGHT_MEMBER, OTHER]


def _officer(key: str, role: Role = Role.OPS_OFFICER, region: str | None = "D1", agency: str | None = None) -> Officer:
    return Officer(key, key, key, role, agency, region)


def _roster(kept: dict[str, Handover] | None = None) -> duty.Roster:
    return duty.Roster(ROSTER, (kept or {}).get, lambda shift: ())


def _incident(key: str, due: timedelta, **changes) -> Incident:
    base = dict(id=key, title=key, category="garbage", source=Source.HOTLINE_12345, severity=Severity.NORMAL,
                status=IncidentStatus.REPORTED, lon=0.0, lat=0.0, reported_at=T - H, updated_at=T, street="S11",
                district="D1", due_at=T + due)
    return Incident(**{**base, **changes})


def test_the_next_shift_is_the_one_of_the_same_duty_that_starts_when_it_ends() -> None:
    assert duty.next_of(ROSTER, DAY) == NIGHT  # not the duty officer's, not another district's
    assert duty.previous_of(ROSTER, NIGHT) == DAY
    assert duty.previous_of(ROSTER, NIGHT_MEMBER) is None and duty.next_of(ROSTER, NIGHT) is None
    late = DutyShift("late", "o-e", "D1", T + 2 * H, T + 14 * H, post="值班长")
    assert duty.next_of([DAY, late], DAY) is None  # two hours of gap: not a change of shift


def test_a_centers_duty_holds_its_region_and_an_agencys_its_incidents() -> None:
    mine, elsewhere = _incident("a", -H), _incident("b", -H, street="S21", district="D2")
    assert duty.covers_incident(NIGHT, mine, REGIONS) and not duty.covers_incident(NIGHT, elsewhere, REGIONS)
    water = DutyShift("sw", "o-w", None, T, T + 12 * H, post="值班员", agency="SW")
    assert duty.covers_incident(water, _incident("c", -H, lead_agency="SW"), REGIONS)
    assert duty.covers_incident(water, _incident("d", -H, co_agencies=("SW",)), REGIONS)
    assert not duty.covers_incident(water, mine, REGIONS)
    city = DutyShift("city", "o-x", "C", T, T + 12 * H)
    assert duty.covers_alert(city, Alert("x", AlertLevel.ALARM, T, "m"), REGIONS)  # no region: the city's
    assert not duty.covers_alert(NIGHT, Alert("x", AlertLevel.ALARM, T, "m"), REGIONS)
    assert not duty.covers_alert(water, Alert("y", AlertLevel.ALARM, T, "m", region="D1"), REGIONS)


def test_prepare_orders_overdue_then_near_then_alerts_then_commands_with_their_open_tasks() -> None:
    items = duty.prepare(
        NIGHT,
        incidents=[_incident("near", timedelta(minutes=5)), _incident("late", -timedelta(minutes=1)),
                   _incident("later", -H), _incident("calm", 3 * H), _incident("done", -H, status=IncidentStatus.CLOSED)],
        alerts=[Alert("al", AlertLevel.ALARM, T, "m", region="S11")],
        operations=[Operation("op", "防汛", "flood", OperationStatus.ACTIVE, "o-x", regions=("C",)),
                    Operation("shut", "旧", "flood", OperationStatus.CLOSED, "o-x", regions=("D1",))],
        tasks=[Task("t2", "op", "SW", "后", TaskStatus.ASSIGNED, T, T), Task("t1", "op", "SW", "先", TaskStatus.BLOCKED,
                                                                                T, T, due_at=T + H),
               Task("t0", "op", "SW", "完", TaskStatus.DONE, T, T)],
        policy=POLICY, now=T)
    assert [(i.kind, i.key) for i in items] == [
        ("incident", "later"), ("incident", "late"), ("incident", "near"), ("alert", "al"),
        ("operation", "op"), ("task", "t1"), ("task", "t2")]
    assert items[-1].parent == "op"


def test_signature_windows() -> None:
    a, b = _officer("o-a"), _officer("o-b")
    assert duty.why_not_hand_over(a, DAY, T - 31 * timedelta(minutes=1)).code == "wrong_status"
    assert duty.why_not_hand_over(a, DAY, T - 30 * timedelta(minutes=1)) is None
    assert duty.why_not_hand_over(a, DAY, T + 4 * H) is None
    assert duty.why_not_hand_over(a, DAY, T + 4 * H + timedelta(seconds=1)).code == "wrong_status"
    assert duty.why_not_hand_over(b, DAY, T).code == "forbidden"
    assert duty.why_not_take_over(b, NIGHT, T - 31 * timedelta(minutes=1)).code == "wrong_status"
    assert duty.why_not_take_over(b, NIGHT, T - 29 * timedelta(minutes=1)) is None
    assert duty.why_not_take_over(b, NIGHT, T + 12 * H).code == "wrong_status"
    leader = _officer("o-a", Role.LEADER)
    assert duty.why_not_hand_over(leader, DAY, T).code == "read_only"
    note = duty.hand_over({"shift": "day", "note": "x" * (duty.NOTE_LIMIT + 1)}, a, T, _roster())
    assert note.code == "bad_args"


def test_what_an_officer_owes() -> None:
    # a running shift nobody signed into is owed until taken over; then nothing until its end is near
    assert duty.awaiting(ROSTER, "o-a", T - timedelta(minutes=40), {}.get) == ("take_over", DAY)
    day_taken = Handover("day", "day", None, "D1", None, "值班长", T - 12 * H, taken_over_by="o-a",
                         taken_over_at=T - 12 * H)
    assert duty.awaiting(ROSTER, "o-a", T - timedelta(minutes=40), {"day": day_taken}.get) is None
    assert duty.awaiting(ROSTER, "o-a", T - timedelta(minutes=20), {}.get) == ("hand_over", DAY)
    assert duty.awaiting(ROSTER, "o-b", T - timedelta(minutes=20), {}.get) == ("take_over", NIGHT)
    handed = duty.hand_over({"shift": "day"}, _officer("o-a"), T, _roster())
    assert isinstance(handed, Handover) and handed.id == "night"
    assert duty.awaiting(ROSTER, "o-a", T, {"night": handed}.get) is None
    taken = duty.take_over({"shift": "night"}, _officer("o-b"), T, _roster({"night": handed}))
    assert taken.handed_over_by == "o-a" and taken.taken_over_by == "o-b"
    assert duty.awaiting(ROSTER, "o-b", T + H, {"night": taken}.get) is None
    assert duty.awaiting(ROSTER, "o-d", T - timedelta(minutes=10), {}.get) == ("take_over", OTHER)


def test_who_reads_a_handover() -> None:
    kept = Handover("night", "night", "day", "D1", None, "值班长", T)
    assert duty.sees_handover(_officer("o-x", region="C"), kept, REGIONS)
    assert duty.sees_handover(_officer("o-s", Role.STREET_SUPERVISOR, region="S11"), kept, REGIONS) is False
    assert not duty.sees_handover(_officer("o-y", region="D2"), kept, REGIONS)
    assert not duty.sees_handover(_officer("o-z", Role.AGENCY_OFFICER, region=None, agency="SW"), kept, REGIONS)
    assert duty.sees_handover(_officer("o-admin", Role.ADMIN, region=None), kept, REGIONS)


def test_a_team_is_unstaffed_only_after_its_grace_and_while_nobody_of_it_is_signed_in() -> None:
    assert duty.unstaffed(ROSTER, set(), T + timedelta(minutes=9)) == []
    late = duty.unstaffed(ROSTER, set(), T + timedelta(minutes=10))
    assert sorted(t.region for t in late) == ["D1", "D2"]
    d1 = next(t for t in late if t.region == "D1")
    assert d1.officers == ("o-b", "o-c")  # the chief first
    assert [t.region for t in duty.unstaffed(ROSTER, {"o-c"}, T + H)] == ["D2"]
