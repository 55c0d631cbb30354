"""Threshold, hysteresis and duration logic."""

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.alerting import Level, ThresholdMonitor
from dispatch_desk.domain.records import Dimension, Direction, Indicator

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
PM25 = Indicator("pm25", "PM2.5", Dimension.ENVIRONMENT, "μg/m³", "city", warn=75, alarm=115)
PRESSURE = Indicator(
    "water_pressure", "供水管网压力", Dimension.UTILITIES, "MPa", "city", warn=0.20, alarm=0.16,
    direction=Direction.DOWN, decimals=2,
)


def feed(monitor, values, step=timedelta(seconds=30)):
    out = []
    for i, v in enumerate(values):
        tr = monitor.observe(T0 + i * step, v)
        if tr:
            out.append(tr)
    return out


def test_level_is_raised_only_after_the_minimum_duration():
    m = ThresholdMonitor(PM25, min_duration=timedelta(minutes=2))
    transitions = feed(m, [60, 80, 80, 80, 80, 80])  # beyond warn from t=30s; 2 minutes at t=150s
    assert [(t.before, t.after) for t in transitions] == [(Level.NORMAL, Level.WARN)]
    assert transitions[0].at == T0 + timedelta(seconds=150)
    assert transitions[0].raised


def test_short_spike_does_not_raise():
    m = ThresholdMonitor(PM25, min_duration=timedelta(minutes=2))
    assert feed(m, [60, 200, 200, 60, 60, 200, 60]) == []
    assert m.level is Level.NORMAL


def test_noise_around_the_threshold_does_not_flap():
    m = ThresholdMonitor(PM25, min_duration=timedelta(seconds=0))
    values = [80] + [74, 76, 73, 77, 74, 76] * 10  # wiggles within the hysteresis band (10)
    transitions = feed(m, values)
    assert len(transitions) == 1 and transitions[0].after is Level.WARN


def test_clearing_needs_the_value_back_past_the_band_for_the_duration():
    m = ThresholdMonitor(PM25, min_duration=timedelta(minutes=1))
    feed(m, [120, 120, 120])
    assert m.level is Level.ALARM
    # 110 is below alarm (115) but within the band (10): still alarm
    assert feed(m, [110] * 5) == []
    transitions = feed(m, [100, 100, 100])
    assert [t.after for t in transitions] == [Level.WARN]
    transitions = feed(m, [40, 40, 40])
    assert [t.after for t in transitions] == [Level.NORMAL]
    assert not transitions[0].raised


def test_downward_indicator_alarms_when_low():
    m = ThresholdMonitor(PRESSURE, min_duration=timedelta(0))
    assert [t.after for t in feed(m, [0.25, 0.19, 0.15])] == [Level.WARN, Level.ALARM]


def test_jump_from_normal_straight_to_alarm():
    m = ThresholdMonitor(PM25, min_duration=timedelta(minutes=1))
    transitions = feed(m, [50, 130, 130, 130])
    assert [(t.before, t.after) for t in transitions] == [(Level.NORMAL, Level.ALARM)]
    assert transitions[0].alert_level.value == "alarm"


def test_value_swinging_across_the_alarm_line_still_raises_warn():
    m = ThresholdMonitor(PM25, min_duration=timedelta(minutes=2))
    transitions = feed(m, [113, 117, 114, 116, 113, 118, 114])  # above warn all along, alarm on and off
    assert [(t.before, t.after) for t in transitions] == [(Level.NORMAL, Level.WARN)]
    assert transitions[0].at == T0 + timedelta(minutes=2)


def test_state_restores_a_monitor_mid_duration():
    m = ThresholdMonitor(PM25, min_duration=timedelta(minutes=2))
    feed(m, [120, 120, 120])  # one minute beyond alarm: not yet raised
    saved = m.state
    again = ThresholdMonitor(PM25, min_duration=timedelta(minutes=2))
    again.restore(saved)
    transition = again.observe(T0 + timedelta(minutes=2), 121)
    assert transition is not None and transition.after is Level.ALARM
