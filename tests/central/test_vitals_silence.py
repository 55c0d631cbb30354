"""A sensor that stops sending becomes one device alert, on both backends: after three of its usual
intervals (never before ten minutes), with its last reading; its early warning is withdrawn, its
alarm stands, and its next reading clears the device alert."""

from __future__ import annotations

from datetime import timedelta

from dispatch_desk.central import vitals
from dispatch_desk.domain import alerting
from dispatch_desk.domain.records import AlertLevel
from tests.central.test_vitals import PONDING, QUARTER, RISING, T0, _seasonal, alerts, post, series
from tests.support.central import CentralServer, visible


def _sweep(city: CentralServer, at) -> list:
    return vitals.silence_writer().run_once(city.storage, at)


def test_a_silent_sensor_raises_one_device_alert_and_its_next_reading_clears_it(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    post(ops, "pm25", series(T0, QUARTER, [40, 41, 42, 43, 44, 45, 46, 47]))
    last = T0 + 7 * QUARTER
    assert _sweep(any_city, last + timedelta(minutes=44)) == []  # under three fifteen-minute intervals
    [device] = _sweep(any_city, last + timedelta(minutes=46))
    assert device.level is AlertLevel.DEVICE and device.indicator == "pm25" and device.region == "C"
    assert device.message.startswith("设备告警：PM2.5传感器已 46 分钟无读数（最后读数 ") and "47.0 µg/m³" in device.message
    assert device.value == 47 and device.cleared_at is None
    assert _sweep(any_city, last + timedelta(hours=3)) == []  # one alert per silence

    post(ops, "pm25", [(last + timedelta(hours=4), 45.0)])
    [back] = [a for a in alerts(any_city, "pm25") if a.level is AlertLevel.DEVICE]
    assert back.id == device.id and back.cleared_at == last + timedelta(hours=4)
    assert _sweep(any_city, last + timedelta(hours=4, minutes=30)) == []  # sending again

    state = visible(any_city.client("leader").pull()[0])
    assert state[("alert", device.id)]["cleared_at"] is not None  # every desk hears of it through the feed


def test_live_data_is_silent_after_ten_minutes_not_after_fifteen_seconds(any_city: CentralServer) -> None:
    post(any_city.client("ops"), "pm25", series(T0, timedelta(seconds=5), [40.0] * 20))
    last = T0 + timedelta(seconds=95)
    assert _sweep(any_city, last + timedelta(minutes=9)) == []
    assert [a.level for a in _sweep(any_city, last + timedelta(minutes=11))] == [AlertLevel.DEVICE]


def test_silence_withdraws_the_early_warning_and_leaves_the_alarm(any_city: CentralServer) -> None:
    any_city.add(RISING, PONDING)
    ops = any_city.client("ops")
    post(ops, PONDING.code, series(T0, QUARTER, [5, 30, 31, 32, 33]))  # beyond the alarm line for long enough
    history = list(_seasonal(288))
    post(ops, RISING.code, series(T0, QUARTER, history))
    ahead = _seasonal(30, start=288)
    n = 0
    while not any(a.level is AlertLevel.FORECAST for a in alerts(any_city, RISING.code)):
        post(ops, RISING.code, [(T0 + QUARTER * (288 + n), float(ahead[n]))])
        n += 1
        assert n < len(ahead), "no forecast alert came"
    last = T0 + QUARTER * (288 + n - 1)
    changed = _sweep(any_city, last + timedelta(hours=1))
    by_level = {(a.indicator, a.level): a for a in changed}
    assert by_level[(RISING.code, AlertLevel.FORECAST)].cleared_at == last + timedelta(hours=1)
    assert (RISING.code, AlertLevel.DEVICE) in by_level and (PONDING.code, AlertLevel.DEVICE) in by_level
    [alarm] = [a for a in alerts(any_city, PONDING.code) if a.level is AlertLevel.ALARM]
    assert alarm.cleared_at is None  # a silent gauge does not make the water go away


def test_the_rule_of_silence() -> None:
    assert alerting.silence_limit(None) == alerting.MIN_SILENCE == timedelta(minutes=10)
    assert alerting.silence_limit(5) == timedelta(minutes=10)
    assert alerting.silence_limit(900) == timedelta(minutes=45)
    assert not alerting.silent(None, 900, T0)  # a sensor that never sent is not silent: it is not there yet
    assert alerting.silent(T0, 900, T0 + timedelta(minutes=46))
