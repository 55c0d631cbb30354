"""The central service watches the vital signs: readings posted to it raise and clear alerts, alarms
raise incidents (智能发现), and a forecast warns before a crossing — all through the change feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
from shapely.geometry import Point, Polygon

from dispatch_desk.central import admin
from dispatch_desk.domain.records import Alert, AlertLevel, Dimension, Incident, Indicator
from tests.central.conftest import populate
from tests.support.central import ApiClient, CentralFactory, CentralServer, square, visible

# a UTC midnight (the synthetic daily rhythm starts at its phase 0) ten days ago: readings are refused
# when they lie too far in the past or in the future, and the longest history here is under nine days
T0 = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=10)
LIVE = timedelta(seconds=5)
QUARTER = timedelta(minutes=15)

PONDING = Indicator("ponding.S11", "易积水点水深", Dimension.SAFETY, "cm", "S11", 15, 27, decimals=0,
                    auto_incident_category="waterlogging")
RISING = Indicator("load.C", "用电负荷", Dimension.UTILITIES, "万kW", "C", None, 100)


def post(api: ApiClient, code: str, points: list[tuple[datetime, float]]) -> dict:
    body = {"readings": [{"indicator": code, "at": at.isoformat(), "value": v} for at, v in points]}
    resp = api.post("/api/v1/readings", json=body)
    assert resp.status_code == 200, resp.text
    return resp.json()


def series(start: datetime, step: timedelta, values: list[float]) -> list[tuple[datetime, float]]:
    return [(start + step * i, float(v)) for i, v in enumerate(values)]


def alerts(server: CentralServer, code: str) -> list[Alert]:
    return sorted((a for a in admin.list_records(server.storage, Alert) if a.indicator == code),
                  key=lambda a: (a.raised_at, a.level.value))


def incidents(server: CentralServer) -> list[Incident]:
    return admin.list_records(server.storage, Incident)


def test_a_value_hovering_at_the_threshold_raises_one_alert(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    # pm25: warn 75, alarm 115, hysteresis a quarter of the gap (10). Fifteen-minute data: two
    # readings beyond a threshold in a row hold it for the 10-minute minimum.
    values = [60, 62, 76, 73, 60, 76, 77, 73, 78, 72, 76, 74, 77, 71, 79, 73]
    post(ops, "pm25", series(T0, QUARTER, values))
    [alert] = alerts(any_city, "pm25")
    assert alert.level is AlertLevel.WARN and alert.cleared_at is None
    assert alert.raised_at == T0 + 6 * QUARTER and alert.value == 77
    assert alert.message == "PM2.5 77.0 µg/m³ 超过预警阈值 75" and alert.region == "C"


def test_a_value_swinging_across_the_alarm_line_holds_a_warning_and_never_flaps(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    swing = [113, 117, 114, 116, 112, 118] * 10  # five minutes of live data astride the alarm threshold 115
    post(ops, "pm25", series(T0, LIVE, [50] * 12 + swing))
    [alert] = alerts(any_city, "pm25")
    assert alert.level is AlertLevel.WARN and alert.cleared_at is None


def test_a_sustained_crossing_alarms_after_the_minimum_duration_and_clears_past_the_band(
    any_city: CentralServer,
) -> None:
    ops = any_city.client("ops")
    start = T0 + timedelta(hours=12)
    post(ops, "pm25", series(start, LIVE, [50] * 24))  # two minutes of live data: the cadence is 5 s
    crossing = start + 24 * LIVE
    post(ops, "pm25", series(crossing, LIVE, [130] * 23))  # 110 s beyond: not yet the 2-minute minimum
    assert alerts(any_city, "pm25") == []
    any_city.restart()  # the pending crossing is kept in the database, not in the process
    ops = any_city.client("ops")
    post(ops, "pm25", series(crossing + 23 * LIVE, LIVE, [131] * 13))
    [alarm] = alerts(any_city, "pm25")
    assert alarm.level is AlertLevel.ALARM and alarm.raised_at == crossing + 24 * LIVE
    assert alarm.message == "PM2.5 131.0 µg/m³ 超过告警阈值 115" and alarm.cleared_at is None

    # 108 is under the alarm threshold but inside the hysteresis band (115 - 10): still an alarm
    back = crossing + 36 * LIVE
    post(ops, "pm25", series(back, LIVE, [108] * 60))
    assert alerts(any_city, "pm25")[0].cleared_at is None
    calm = back + 60 * LIVE
    post(ops, "pm25", series(calm, LIVE, [40] * 30))
    [alarm] = alerts(any_city, "pm25")
    assert alarm.cleared_at == calm + 24 * LIVE


def test_two_instances_on_one_database_continue_one_monitor(
    central_factory: CentralFactory, central_backend: str
) -> None:
    first = populate(central_factory(central_backend))
    second = central_factory(central_backend, db_url=first.db_url)
    crossing = T0 + timedelta(hours=3)
    post(first.client("ops"), "pm25", series(crossing - 12 * LIVE, LIVE, [50] * 12 + [140] * 20))
    post(second.client("ops"), "pm25", series(crossing + 20 * LIVE, LIVE, [140] * 20))
    post(first.client("ops"), "pm25", series(crossing + 20 * LIVE, LIVE, [140] * 20))  # the same, by mistake
    [alarm] = alerts(first, "pm25")
    assert alarm.level is AlertLevel.ALARM and alarm.raised_at == crossing + 24 * LIVE


def test_an_open_alert_of_the_history_is_continued_and_cleared(any_city: CentralServer) -> None:
    seeded = Alert("seeded-1", AlertLevel.ALARM, T0 - QUARTER, "PM2.5 130.0 µg/m³ 超过告警阈值 115",
                   indicator="pm25", region="C", value=130.0)
    any_city.add(seeded)
    ops = any_city.client("ops")
    post(ops, "pm25", series(T0, LIVE, [128] * 30))  # still in the episode: no second alarm
    assert alerts(any_city, "pm25") == [seeded]
    post(ops, "pm25", series(T0 + 30 * LIVE, LIVE, [40] * 30))
    [cleared] = alerts(any_city, "pm25")
    assert cleared.id == "seeded-1" and cleared.cleared_at == T0 + 54 * LIVE


def test_replaying_a_batch_changes_nothing(any_city: CentralServer) -> None:
    any_city.add(PONDING)
    ops = any_city.client("ops")
    batch = series(T0, LIVE, [3] * 12 + [32] * 40 + [2] * 40)
    post(ops, PONDING.code, batch)
    before = (alerts(any_city, PONDING.code), incidents(any_city))
    assert [a.level for a in before[0]] == [AlertLevel.ALARM] and len(before[1]) == 1
    post(ops, PONDING.code, batch)
    post(ops, PONDING.code, batch[20:60])  # a part of it, late: stored, but the monitor has seen it
    assert (alerts(any_city, PONDING.code), incidents(any_city)) == before


def test_an_alarm_raises_one_incident_inside_the_region_linked_to_its_alert(any_city: CentralServer) -> None:
    any_city.add(PONDING)
    ops = any_city.client("ops")
    post(ops, PONDING.code, series(T0, LIVE, [3] * 12 + [31.6] * 30))
    [alarm] = alerts(any_city, PONDING.code)
    [incident] = incidents(any_city)
    assert alarm.incident_id == incident.id and alarm.level is AlertLevel.ALARM
    assert incident.source.value == "indicator_alarm" and incident.indicator == PONDING.code
    assert incident.category == "waterlogging" and incident.status.value == "reported"
    assert (incident.street, incident.grid_cell, incident.district) == ("S11", "G11", "D1")
    assert Point(incident.lon, incident.lat).within(Polygon(square(121.40, 31.20)[0]))  # street S11
    assert incident.title == "S11街道易积水点水深告警 32cm" and incident.code  # the region once, then the name
    # each report is audited as the system officer's mutation, exactly once
    [entry] = [e for e in any_city.audit() if e["name"] == "incident.report"]
    assert entry["officer_id"] == "o-system" and entry["outcome"] == "applied"

    # a second episode is a second alert with its own incident
    later = T0 + 42 * LIVE
    post(ops, PONDING.code, series(later, LIVE, [1] * 30 + [40] * 30))
    alarms = alerts(any_city, PONDING.code)
    assert len(alarms) == 2 and alarms[0].cleared_at is not None and alarms[1].cleared_at is None
    assert len(incidents(any_city)) == 2 and alarms[1].incident_id not in (None, incident.id)


def _seasonal(n: int, start: int = 0) -> np.ndarray:
    """A daily rhythm (60 ± 30) with noise, rising by 0.8 per quarter hour from the fourth day on."""
    i = np.arange(start, start + n)
    t = i * QUARTER.total_seconds()
    noise = np.random.default_rng(1).normal(0, 1, start + n)[start:]
    return np.round(60 + 30 * np.sin(2 * np.pi * t / 86400) + noise + np.clip((i - 288) * 0.8, 0, None), 1)


def test_a_forecast_alert_comes_before_the_crossing_and_yields_to_the_alarm(any_city: CentralServer) -> None:
    any_city.add(RISING)
    ops = any_city.client("ops")
    history = _seasonal(288)
    assert history.max() < 95  # three ordinary days, never near the alarm level
    post(ops, RISING.code, series(T0, QUARTER, list(history)))
    assert alerts(any_city, RISING.code) == []

    ahead = _seasonal(30, start=288)
    crossed = next(i for i, v in enumerate(ahead) if v >= RISING.alarm)
    forecast_seen_at = None
    for i, value in enumerate(ahead):
        post(ops, RISING.code, [(T0 + QUARTER * (288 + i), float(value))])
        found = [a for a in alerts(any_city, RISING.code) if a.level is AlertLevel.FORECAST]
        if found and forecast_seen_at is None:
            forecast_seen_at = i
        if any(a.level is AlertLevel.ALARM for a in alerts(any_city, RISING.code)):
            break
    assert forecast_seen_at is not None and forecast_seen_at < crossed
    by_level = {a.level: a for a in alerts(any_city, RISING.code)}
    forecast, alarm = by_level[AlertLevel.FORECAST], by_level[AlertLevel.ALARM]
    assert forecast.message.startswith("趋势预警：用电负荷预计1小时内") and "告警阈值 100 万kW" in forecast.message
    assert forecast.raised_at < alarm.raised_at and forecast.cleared_at == alarm.raised_at


def test_alerts_reach_every_officers_feed(any_city: CentralServer) -> None:
    any_city.add(PONDING)
    ops = any_city.client("ops")
    supervisor = any_city.client("sup_s21")  # another street, another district
    _, cursor = supervisor.pull()
    post(ops, PONDING.code, series(T0, LIVE, [3] * 12 + [33] * 30))
    changes, _ = supervisor.pull(cursor)
    state = visible(changes)
    [alert] = [data for (entity, _), data in state.items() if entity == "alert"]
    assert alert["level"] == "alarm" and alert["indicator"] == PONDING.code and alert["incident_id"]
    # the incident itself follows the officer's scope: it is in S11, not S21
    assert not [key for (entity, key) in state if entity == "incident"]
    assert visible(any_city.client("sup_s11").pull()[0]).get(("incident", alert["incident_id"]))


def test_the_demo_typhoon_raises_its_ponding_incidents_on_the_central(central: CentralServer) -> None:
    """The demo simulator only posts readings: the central service turns ponding alarms into incidents."""
    from dispatch_desk.demo.bots import HttpCentral
    from dispatch_desk.demo.clock import SimulatedClock
    from dispatch_desk.demo.generator import generate
    from dispatch_desk.demo.simulator import Rates, Simulator

    start = datetime(2026, 11, 27, 16, tzinfo=UTC)
    bundle = generate(7, start, incidents=20, days=1)
    central.load(bundle)
    clock = SimulatedClock(start + timedelta(minutes=1))
    sim = Simulator(HttpCentral(central.url, bundle.passwords), seed=7, clock=clock, follow_feed=False,
                    rates=Rates(incidents_per_hour=0, reading_interval=60, tick=30, anomalies_per_hour=0))
    run = sim.start_event("typhoon")
    sim.run(run.duration.total_seconds())
    raised = [i for i in incidents(central) if i.source.value == "indicator_alarm"]
    assert raised and all(i.indicator.startswith("ponding.") and i.category == "waterlogging" for i in raised)
    for incident in raised:
        street = sim.geo.street_shapes[incident.indicator.split(".")[1]]
        assert street.covers(Point(incident.lon, incident.lat)) and incident.street == incident.indicator[8:]
    linked = {a.incident_id: a for a in admin.list_records(central.storage, Alert) if a.incident_id}
    assert {i.id for i in raised} <= set(linked)
    assert len(raised) == len({i.indicator for i in raised})  # one per alarm episode
    assert all(linked[i.id].level is AlertLevel.ALARM for i in raised)


def test_a_tide_rising_and_falling_as_usual_raises_no_forecast_alert(city: CentralServer) -> None:
    """A tide follows the 12 h 25 min lunar rhythm, not the day: its usual high water warns of nothing."""
    tide = Indicator("tide.C", "春申江潮位", Dimension.ENVIRONMENT, "m", "C", 4.55, 4.8, decimals=2)
    city.add(tide)
    ops = city.client("ops")
    moments = np.arange(8 * 96 + 56) * QUARTER.total_seconds()  # eight days, then two more high waters
    noise = np.random.default_rng(2).normal(0, 0.05, len(moments))
    level = np.round(3.1 + 0.9 * np.sin(2 * np.pi * moments / 44_712) + noise, 2)
    post(ops, tide.code, series(T0, QUARTER, list(level[:768])))
    for i in range(768, len(level)):  # reading by reading
        post(ops, tide.code, [(T0 + QUARTER * i, float(level[i]))])
    assert alerts(city, tide.code) == []
