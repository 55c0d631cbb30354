"""CAP warnings as the screens show them: the headline in the desk's language and the area as GeoJSON,
one shape for the alerts list (Show on map) and the map (the warnings in force)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dispatch_desk.domain import cap
from dispatch_desk.domain.cap_records import CapInfo
from dispatch_desk.domain.records import Alert
from dispatch_desk.ui.shell.i18n import data_text


def info_of(alert: Alert) -> CapInfo | None:
    """The warning's <info> block in the desk's language, zh-CN first in Chinese (None: not from CAP)."""
    return cap.choose_info(alert.cap.infos, data_text("zh-CN", "en")) if alert.cap is not None else None


def headline(alert: Alert) -> str:
    """The warning's headline (or event) in the desk's language."""
    info = info_of(alert)
    return (info.headline or info.event) if info is not None else alert.message


def area_feature(alert: Alert, name: str) -> dict[str, Any]:
    """The warning's area as a GeoJSON feature named `name`."""
    return {"type": "Feature", "id": alert.id, "properties": {"name": name},
            "geometry": {"type": "MultiPolygon",
                         "coordinates": [[[list(p) for p in ring] for ring in polygon] for polygon in alert.area]}}


def in_force(alert: Alert, now: datetime) -> bool:
    """A CAP warning with an area that counts (Actual, neither cancelled nor expired): drawn on every map."""
    return bool(alert.cap is not None and alert.area and cap.counts(alert, now))
