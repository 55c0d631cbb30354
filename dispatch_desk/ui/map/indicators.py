"""Color grid cells by a vital-sign indicator.

An indicator belongs to one region; the same sign is usually measured in many regions (one
indicator per district or street with the same name). Each cell takes the latest reading of the
most specific region that has one: its street, else its district, else the city.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dispatch_desk.domain.records import GridCell, Indicator, Region
from dispatch_desk.ui.shell.i18n import data_text


def _latest(store: Any, code: str, since: datetime) -> float | None:
    try:
        series = store.readings(code, since)
    except Exception:  # no readings table yet in an old cache
        return None
    return float(series[-1][1]) if series else None


def indicator_overlay(
    store: Any, code: str, indicators: Sequence[Indicator], regions: Sequence[Region],
    cells: Sequence[GridCell], since: datetime,
) -> dict[str, Any] | None:
    """{"name", "unit", "warn", "alarm", "direction", "values": {cell code: value}} or None."""
    chosen = next((i for i in indicators if i.code == code), None)
    if chosen is None:
        return None
    siblings = [i for i in indicators if i.name == chosen.name and i.unit == chosen.unit] or [chosen]
    by_region: dict[str, float] = {}
    for ind in siblings:
        value = _latest(store, ind.code, since)
        if value is not None:
            by_region[ind.region] = round(value, ind.decimals)
    district_of = {r.code: r.parent for r in regions if str(r.level) == "street"}
    city = next((r.code for r in regions if str(r.level) == "city"), None)
    values: dict[str, float] = {}
    for cell in cells:
        for region in (cell.street, district_of.get(cell.street), city):
            if region in by_region:
                values[cell.code] = by_region[region]
                break
    return {
        "code": chosen.code,
        "name": data_text(chosen.name, chosen.name_en),  # the page shows them as given: the desk's language
        "unit": data_text(chosen.unit, chosen.unit_en),
        "warn": chosen.warn,
        "alarm": chosen.alarm,
        "direction": str(chosen.direction),
        "values": values,
    }
