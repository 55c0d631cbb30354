"""Our own alerts as CAP 1.2 messages: threshold alarms and warnings, 预警 (forecast), and local ones.

One message per alert, identified by our sender and the alert's id, sent when it was raised, with a
zh-CN and an en <info> block. The mapping of our levels to CAP's three axes:

| level    | urgency   | severity | certainty |
|----------|-----------|----------|-----------|
| alarm    | Immediate | Severe   | Observed  |
| warn     | Expected  | Moderate | Observed  |
| forecast | Future    | Moderate | Likely    |
| external | Unknown   | Unknown  | Unknown   | (only when the original message is not kept)

A cleared alert is sent with `expires` at its clearing, so a receiver ends it as we did.
"""

from __future__ import annotations

from dispatch_desk.domain.cap_records import CapArea, CapInfo, CapMessage
from dispatch_desk.domain.records import Alert, AlertLevel, Dimension, Indicator, Region

AXES = {
    AlertLevel.ALARM: ("Immediate", "Severe", "Observed"),
    AlertLevel.WARN: ("Expected", "Moderate", "Observed"),
    AlertLevel.FORECAST: ("Future", "Moderate", "Likely"),
    AlertLevel.EXTERNAL: ("Unknown", "Unknown", "Unknown"),
    AlertLevel.DEVICE: ("Unknown", "Minor", "Observed"),
    AlertLevel.DUTY: ("Immediate", "Minor", "Observed"),
}
# CAP <category> of an indicator's dimension
CATEGORIES = {
    Dimension.ENVIRONMENT: "Env",
    Dimension.TRAFFIC: "Transport",
    Dimension.UTILITIES: "Infra",
    Dimension.SAFETY: "Safety",
}
EVENTS = {
    AlertLevel.ALARM: ("城市体征告警", "City vital sign alarm"),
    AlertLevel.WARN: ("城市体征预警线", "City vital sign warning"),
    AlertLevel.FORECAST: ("城市体征预警", "City vital sign early warning"),
    AlertLevel.EXTERNAL: ("外部预警", "External warning"),
    AlertLevel.DEVICE: ("城市体征传感器离线", "City vital sign sensor silent"),
    AlertLevel.DUTY: ("值班无人签到", "Duty shift unstaffed"),
}


def _value(alert: Alert, indicator: Indicator | None, english: bool) -> str:
    if alert.value is None or indicator is None:
        return ""
    unit = (indicator.unit_en or indicator.unit) if english else indicator.unit
    return f"{alert.value:.{max(indicator.decimals, 0)}f} {unit}".strip()


def _info(alert: Alert, indicator: Indicator | None, region: Region | None, english: bool) -> CapInfo:
    urgency, severity, certainty = AXES[alert.level]
    event = EVENTS[alert.level][1 if english else 0]
    name = ((indicator.name_en or indicator.name) if english else indicator.name) if indicator else ""
    value = _value(alert, indicator, english)
    if english:
        headline = f"{event}: {name}" if name else event
        description = f"{name} reached {value}." if value else alert.message
    else:
        headline = alert.message or (f"{event}：{name}" if name else event)
        description = f"{name}达到{value}。" if value else alert.message
    areas: tuple[CapArea, ...] = ()
    if region is not None:
        area_name = (region.name_en or region.name) if english else region.name
        polygons = tuple(ring for ring in region.polygon[:1] if len(ring) >= 4)
        areas = (CapArea(area_name, polygons=polygons, geocodes=(("region", region.code),)),)
    parameters = (("indicator", indicator.code),) if indicator else ()
    return CapInfo(
        event=event, urgency=urgency, severity=severity, certainty=certainty,
        language="en-US" if english else "zh-CN",
        categories=(CATEGORIES.get(indicator.dimension, "Other") if indicator else "Other",),
        response_types=("Monitor",), event_codes=(("dispatch-desk", alert.level.value),),
        effective=alert.raised_at, expires=alert.cleared_at,
        sender_name="City Operations Center" if english else "城市运行管理中心",
        headline=headline[:160], description=description, parameters=parameters, areas=areas,
    )


def message_of(alert: Alert, indicator: Indicator | None, region: Region | None, sender: str) -> CapMessage:
    """`alert` as a CAP 1.2 Alert message in Chinese and English, sent when it was raised."""
    return CapMessage(
        identifier=f"{sender.split('@')[0]}-{alert.id}"[:200], sender=sender, sent=alert.raised_at,
        status="Actual", msg_type="Alert", scope="Public",
        infos=(_info(alert, indicator, region, False), _info(alert, indicator, region, True)),
    )
