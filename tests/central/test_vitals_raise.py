"""An alert raises at most one incident (智能发现 by hand): over the API of a real central service,
a second report from one alert is refused with the alert, which names the incident it raised; the
first links the alert to its incident for every desk; titles say the region once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from dispatch_desk.central import admin
from dispatch_desk.domain.alerting import ALREADY_RAISED, alarm_incident_texts, name_with_region
from dispatch_desk.domain.records import Alert, AlertLevel, Dimension, Incident, Indicator
from tests.support.central import CentralServer, report_args

# As the demo names street figures: the street's name leads the indicator's.
PONDING = Indicator("ponding.S11", "S11街道易积水点水深", Dimension.SAFETY, "cm", "S11", 15, 27, decimals=0,
                    auto_incident_category="waterlogging")


def _alarm(server: CentralServer, alert_id: str = "al-1") -> Alert:
    alert = Alert(alert_id, AlertLevel.ALARM, datetime.now(UTC), "水深超过告警阈值", indicator=PONDING.code,
                  region="S11", value=39.0)
    server.add(PONDING, alert)
    return alert


def _raise(server: CentralServer, username: str, alert: Alert) -> dict:
    title, description = alarm_incident_texts(PONDING, "S11街道", alert.level, alert.value)
    args = report_args(category="waterlogging", source="indicator_alarm", title=title, description=description,
                       indicator=PONDING.code, alert=alert.id)
    return server.client(username).mutate("incident.report", args)


def _stored(server: CentralServer, cls, key: str):
    return next(r for r in admin.list_records(server.storage, cls) if getattr(r, "id", None) == key)


def test_a_second_incident_from_one_alert_is_refused_with_the_incident_it_raised(any_city: CentralServer) -> None:
    alert = _alarm(any_city)
    first = _raise(any_city, "ops", alert)
    assert first["outcome"] == "applied", first
    [incident] = admin.list_records(any_city.storage, Incident)
    assert _stored(any_city, Alert, alert.id).incident_id == incident.id  # linked, in the same write

    # another officer, another desk, the same alarm: refused, nothing written, the existing incident named
    second = _raise(any_city, "ops_d1", alert)
    assert second["outcome"] == "conflict" and second["code"] == "exists", second
    assert second["reason"] == ALREADY_RAISED
    assert second["entity"] == "alert" and second["state"]["incident_id"] == incident.id
    assert [i.id for i in admin.list_records(any_city.storage, Incident)] == [incident.id]
    # and every desk learns the link through the change feed
    feed = {c["key"]: c["data"] for c in any_city.client("sup_s11").pull()[0] if c["entity"] == "alert"}
    assert feed[alert.id]["incident_id"] == incident.id


def test_the_incident_an_alarm_raised_by_itself_is_not_raised_again_by_hand(city: CentralServer) -> None:
    alert = replace(_alarm(city, "al-auto"), incident_id="inc-auto")  # as central.vitals links its own report
    city.add(alert)
    answer = _raise(city, "ops", alert)
    assert answer["outcome"] == "conflict" and answer["state"]["incident_id"] == "inc-auto"
    assert admin.list_records(city.storage, Incident) == []


def test_a_report_that_fails_leaves_the_alert_free_for_the_next(city: CentralServer) -> None:
    alert = _alarm(city)
    bad = city.client("ops").mutate("incident.report", report_args(category="no-such", alert=alert.id))
    assert bad["outcome"] == "rejected"
    assert _stored(city, Alert, alert.id).incident_id is None
    assert _raise(city, "ops", alert)["outcome"] == "applied"


def test_an_alert_that_is_not_an_id_is_bad_input(city: CentralServer) -> None:
    answer = city.client("ops").mutate("incident.report", report_args(alert=["al-1"]))
    assert answer["outcome"] == "rejected" and answer["code"] == "bad_args"
    assert admin.list_records(city.storage, Incident) == []


def test_the_title_says_the_region_once() -> None:
    title, description = alarm_incident_texts(PONDING, "S11街道", AlertLevel.ALARM, 39.0)
    assert title == "S11街道易积水点水深告警 39cm"
    assert description.count("S11街道") == 1 and "39cm" in description and "27cm" in description
    plain = replace(PONDING, name="易积水点水深")  # a name without its region gets it once too
    assert alarm_incident_texts(plain, "S11街道", AlertLevel.ALARM, 39.0)[0] == title
    assert name_with_region("Ponding depth", "") == "Ponding depth"


def test_two_desks_raising_from_one_alarm_at_once_raise_one_incident(any_city: CentralServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    alert = _alarm(any_city)
    clients = [any_city.client("ops", device_id="desk-a"), any_city.client("ops_d1", device_id="desk-b")]
    title, description = alarm_incident_texts(PONDING, "S11街道", alert.level, alert.value)

    def raise_from(client) -> str:
        args = report_args(category="waterlogging", source="indicator_alarm", title=title, description=description,
                           indicator=PONDING.code, alert=alert.id)
        return client.mutate("incident.report", args)["outcome"]

    for _ in range(3):  # a few rounds: each round a fresh alarm, both desks at once
        with ThreadPoolExecutor(2) as pool:
            outcomes = sorted(pool.map(raise_from, clients))
        assert outcomes == ["applied", "conflict"]
        alert = _alarm(any_city, f"{alert.id}+")
    assert len(admin.list_records(any_city.storage, Incident)) == 3
