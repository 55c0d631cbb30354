"""Times as the shell shows them: in the city's zone (`domain.sla.BUSINESS_TZ`, the one place it is
defined), whatever zone the machine runs in, with the zone named where a time stands beside others."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.sla import BUSINESS_TZ

translate = QCoreApplication.translate


def in_city(moment: datetime) -> datetime:
    """`moment` in the city's zone; a naive time is taken as UTC (how the wire and the cache keep them)."""
    return (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).astimezone(BUSINESS_TZ)


def zone_name() -> str:
    """The city's zone as officers call it: 北京时间 for China's zone, else its offset from UTC."""
    if BUSINESS_TZ.key in ("Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"):
        return translate("CityTime", "Beijing time")
    offset = datetime.now(BUSINESS_TZ).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def short(moment: datetime, now: datetime | None = None) -> str:
    """The time of day when it is the city's today, else the date and time (both in the city's zone)."""
    local = in_city(moment)
    today = in_city(now or datetime.now(UTC)).date()
    return local.strftime("%H:%M:%S") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


def full(moment: datetime) -> str:
    """Date, time and the zone's name: for a tooltip, where nothing may be misread."""
    return f"{in_city(moment).strftime('%Y-%m-%d %H:%M:%S')} {zone_name()}"


def date(moment: datetime) -> str:
    return in_city(moment).strftime("%Y-%m-%d")
