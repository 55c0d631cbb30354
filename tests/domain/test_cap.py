"""The rules of CAP alerts (domain/cap.py, domain/cap_out.py): identity, language, area, updates, plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.domain import cap, cap_out
from dispatch_desk.domain.cap_records import CapArea, CapInfo, CapMessage
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Alert, AlertLevel, Indicator, Region
from tests.support.central import city_bundle

T0 = datetime(2026, 9, 14, 0, 0, tzinfo=UTC)


def info(language: str = "zh-CN", event: str = "台风", severity: str = "Severe", **kw) -> CapInfo:
    return CapInfo(event, "Expected", severity, "Likely", language=language, **kw)


def message(*infos: CapInfo, msg_type: str = "Alert", status: str = "Actual", identifier: str = "TY-1",
            sender: str = "w@x.cn", sent: datetime = T0, references: tuple[str, ...] = ()) -> CapMessage:
    return CapMessage(identifier, sender, sent, status, msg_type, "Public", references=references,
                      infos=infos or (info(),))


def test_one_message_is_one_key_whatever_offset_it_was_sent_in() -> None:
    beijing = datetime.fromisoformat("2026-09-14T08:00:00+08:00")
    assert cap.message_key("w@x.cn", "TY-1", beijing) == cap.message_key("w@x.cn", "TY-1", T0)
    assert cap.alert_id(cap.key_of(message())) == cap.alert_id(cap.message_key("w@x.cn", "TY-1", beijing))
    assert cap.alert_id(cap.key_of(message(identifier="TY-2"))) != cap.alert_id(cap.key_of(message()))


def test_references_are_parsed_exactly_or_refused() -> None:
    parse = datetime.fromisoformat
    keys = cap.parse_references("w@x.cn,TY-1,2026-09-14T08:00:00+08:00 w@x.cn,TY-2,2026-09-14T01:00:00-00:00", parse)
    assert keys == (cap.message_key("w@x.cn", "TY-1", T0), cap.message_key("w@x.cn", "TY-2", T0 + timedelta(hours=1)))
    assert cap.parse_references("", parse) == ()
    for bad in ("w@x.cn,TY-1", "w@x.cn,TY-1,yesterday", ",TY-1,2026-09-14T08:00:00+08:00"):
        with pytest.raises(cap.CapError) as refused:
            cap.parse_references(bad, parse)
        assert refused.value.code == "invalid_references"


@pytest.mark.parametrize(("languages", "desk", "chosen"), [
    (("en", "zh-CN"), "zh-CN", "zh-CN"),
    (("zh-TW", "zh-CN", "en"), "zh-CN", "zh-CN"),
    (("en-US", "zh-TW"), "zh-CN", "zh-TW"),
    (("fr", "en-US"), "zh-CN", "en-US"),
    (("zh-CN", "en-GB"), "en", "en-GB"),
    (("zh-CN", "fr"), "en", "zh-CN"),
    (("fr", "de"), "en", "fr"),
])
def test_the_desk_shows_the_block_in_its_language(languages, desk, chosen) -> None:
    infos = [info(language) for language in languages]
    assert cap.choose_info(infos, desk).language == chosen
    assert cap.choose_info([], desk) is None


def test_expiry_is_the_last_block_s_and_none_while_one_has_none() -> None:
    a, b = info(expires=T0 + timedelta(hours=2)), info("en", expires=T0 + timedelta(hours=5))
    assert cap.expires_of(message(a, b)) == T0 + timedelta(hours=5)
    assert cap.expires_of(message(a, info("en"))) is None


def test_only_actual_raises_and_plans_match_event_and_severity() -> None:
    triggers = [cap.PlanTrigger("t1", "typhoon", "台 风", "Severe"), cap.PlanTrigger("t2", "storm", "SVR", "Extreme"),
                cap.PlanTrigger("t3", "gone", "台风", "Minor")]
    plans = ("typhoon", "storm")  # "gone" no longer exists
    assert cap.matching_plans(message(), triggers, plans) == ("typhoon",)
    coded = info("en", event="Severe Thunderstorm", severity="Extreme", event_codes=(("SAME", "svr"),))
    assert cap.matching_plans(message(coded), triggers, plans) == ("storm",)
    assert cap.matching_plans(message(info(severity="Moderate")), triggers, plans) == ()
    for status in ("Exercise", "Test", "System", "Draft"):
        assert cap.matching_plans(message(status=status), triggers, plans) == ()
        assert cap.headline(message(status=status)).startswith(f"[{status}]")
    assert cap.matching_plans(message(msg_type="Cancel"), triggers, plans) == ()
    with pytest.raises(cap.CapError):
        cap.check_trigger("台风", "Unknown")


def test_the_area_covers_cells_streets_and_districts_of_the_grid() -> None:
    bundle = city_bundle()
    regions = RegionTree(bundle.regions)
    by_code = {r.code: r.polygon for r in bundle.regions}
    square = ((121.401, 31.201), (121.419, 31.201), (121.419, 31.209), (121.401, 31.209), (121.401, 31.201))
    polygons = cap.area_polygons([CapArea("D1", polygons=(square,))], by_code)
    where = cap.affected(polygons, bundle.grid_cells, regions)
    assert (where.districts, where.streets, where.cells, where.region) == (("D1",), ("S11", "S12"), ("G11", "G12"),
                                                                          "D1")
    # a point (radius 0) in S22 and a geocode naming S21; a geocode of another scheme adds nothing
    area = CapArea("x", circles=((121.415, 31.215, 0.0),), geocodes=(("SAME", "006109"), ("region", "S21")))
    where = cap.affected(cap.area_polygons([area], by_code), bundle.grid_cells, regions)
    assert where.cells == ("G21", "G22") and where.region == "D2"
    # touching a cell's border is not covering it
    edge = ((121.41, 31.20), (121.42, 31.20), (121.42, 31.21), (121.41, 31.21), (121.41, 31.20))
    assert cap.affected(((edge,),), bundle.grid_cells, regions).cells == ("G12",)
    assert cap.affected((), bundle.grid_cells, regions) == cap.Affected()


def test_a_circle_is_wider_in_degrees_of_longitude_away_from_the_equator() -> None:
    ring = cap.circle_polygon(121.4, 60.0, 10.0)[0]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    assert ring[0] == ring[-1] and len(ring) == cap.CIRCLE_SEGMENTS + 1
    assert (max(lons) - min(lons)) == pytest.approx(2 * (max(lats) - min(lats)), rel=0.01)  # cos 60° = 1/2


def test_update_keeps_who_acknowledged_and_cancel_ends_and_withdraws_plans() -> None:
    now = T0 + timedelta(hours=1)
    first = cap.alert_from(message(), "cap-1", (), cap.Affected(), ("typhoon",), now)
    assert first.level is AlertLevel.EXTERNAL and first.plans == ("typhoon",) and first.raised_at == T0
    seen = replace(first, acknowledged_by="o-ops", acknowledged_at=now)
    later = message(info(headline="升级"), msg_type="Update", identifier="TY-2", sent=T0 + timedelta(minutes=30))
    changed = cap.updated(seen, later, (), cap.Affected(), ("typhoon",), now)
    assert changed.message == "升级" and changed.acknowledged_by == "o-ops" and changed.raised_at == T0
    assert changed.cap.identifier == "TY-2"
    cancel = message(msg_type="Cancel", identifier="TY-3", sent=T0 + timedelta(minutes=50))
    ended = cap.cancelled(changed, cancel, now)
    assert ended.cleared_at == cancel.sent and ended.plans == () and cap.is_ended(ended, now)
    assert cap.cancelled(ended, message(msg_type="Cancel", sent=now), now) == ended
    # an update does not start an ended alert again
    assert cap.updated(ended, later, (), cap.Affected(), ("typhoon",), now).cleared_at == ended.cleared_at
    assert cap.proposal(ended, now) == ()
    assert not cap.applies_to(replace(cancel, sender="other@x.cn"), first)
    assert not cap.applies_to(replace(cancel, status="Test"), first)


def test_a_message_already_expired_is_ended_when_it_arrives() -> None:
    expired = message(info(expires=T0 + timedelta(hours=1)))
    alert = cap.alert_from(expired, "cap-1", (), cap.Affected(), ("typhoon",), T0 + timedelta(hours=2))
    assert alert.cleared_at == T0 + timedelta(hours=1) and cap.proposal(alert, T0 + timedelta(hours=2)) == ()
    on = cap.alert_from(expired, "cap-1", (), cap.Affected(), ("typhoon",), T0)
    assert on.cleared_at is None and cap.is_ended(on, T0 + timedelta(hours=1))


def test_our_alarm_maps_to_cap_axes_in_both_languages() -> None:
    indicator = Indicator("water.S11", "积水深度", "utilities", "cm", "S11", 10, 20, name_en="Water depth")
    region = Region("S11", "S11街道", "street", "D1", city_bundle().regions[3].polygon, name_en="Street S11")
    alert = Alert("a-1", AlertLevel.ALARM, T0, "S11街道积水深度达到告警线", indicator="water.S11", region="S11",
                  value=23.5)
    out = cap_out.message_of(alert, indicator, region, "ops@city")
    assert [i.language for i in out.infos] == ["zh-CN", "en-US"]
    assert {(i.urgency, i.severity, i.certainty) for i in out.infos} == {("Immediate", "Severe", "Observed")}
    assert out.infos[1].headline == "City vital sign alarm: Water depth" and out.infos[0].categories == ("Infra",)
    assert out.infos[1].areas[0].description == "Street S11" and out.infos[0].expires is None
    cleared = cap_out.message_of(replace(alert, cleared_at=T0 + timedelta(hours=1)), indicator, region, "ops@city")
    assert cleared.infos[0].expires == T0 + timedelta(hours=1)


def test_only_an_actual_alert_still_on_counts() -> None:
    now = T0 + timedelta(hours=1)
    threshold = Alert("a-1", AlertLevel.ALARM, T0, "水位")
    assert cap.counts(threshold, now)
    actual = cap.alert_from(message(info(expires=T0 + timedelta(hours=2))), "cap-1", (), cap.Affected(), (), now)
    assert cap.counts(actual, now) and not cap.counts(actual, T0 + timedelta(hours=2))
    for status in ("Exercise", "Test", "System", "Draft"):
        assert not cap.counts(cap.alert_from(message(status=status), "cap-2", (), cap.Affected(), (), now), now)
