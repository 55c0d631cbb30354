"""The demo's weather office: a CAP 1.2 typhoon warning posted when `--event typhoon` starts.

The message is what a meteorological office sends (a zh-CN and an en <info>, the event 台风 with its
GB/T 28592 event code, the city's outline as the area), posted to `POST /api/v1/cap` by the ops bot,
as a warning office's system account would. The demo city is seeded with the administrator's plan
trigger 台风 → plan-typhoon (`seed_trigger`), so every desk sees the warning propose the typhoon plan.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain.cap_records import CapArea, CapInfo, CapMessage
from dispatch_desk.domain.records import Polygon

log = logging.getLogger(__name__)

SENDER = "warning@weather.demo-city.cn"
PLAN = "plan-typhoon"
EVENT = "台风"
VALID = timedelta(hours=24)


def typhoon_message(area: Polygon, now: datetime, name: str = "海鸥") -> CapMessage:
    ring = area[0] if area else ()
    polygons = (tuple(ring),) if len(ring) >= 4 and ring[0] == ring[-1] else ()
    shared: dict[str, Any] = {"categories": ("Met",), "response_types": ("Prepare",),
                              "event_codes": (("CN-GB-T-28592", "typhoon"),), "effective": now,
                              "onset": now + timedelta(hours=6), "expires": now + VALID}
    zh = CapInfo(EVENT, "Expected", "Severe", "Likely", language="zh-CN", sender_name="示范市气象台",
                 headline=f"示范市气象台发布台风“{name}”橙色预警",
                 description=f"受台风“{name}”影响，预计24小时内本市将出现10级以上大风和暴雨。",
                 instruction="停止户外作业，加固临时设施，做好防汛排涝准备。",
                 areas=(CapArea("示范市全境", polygons=polygons),), **shared)
    en = CapInfo("Typhoon", "Expected", "Severe", "Likely", language="en", sender_name="City Meteorological Office",
                 headline=f"Typhoon {name}: orange warning for the city",
                 description="Gales of force 10 and above and heavy rain are expected within 24 hours.",
                 instruction="Stop outdoor work, secure temporary structures, prepare drainage.",
                 areas=(CapArea("The whole city", polygons=polygons),), **shared)
    identifier = f"DEMO-TY-{now.strftime('%Y%m%d%H%M%S')}"
    return CapMessage(identifier, SENDER, now.replace(microsecond=0), "Actual", "Alert", "Public", infos=(zh, en))


def post_typhoon_warning(central: Any, bot: str, area: Polygon, now: datetime) -> bool:
    """Post the warning through the simulator's HTTP client; False (logged) when it was not accepted.

    A recording stand-in for the central service (the simulator's tests) has no HTTP: nothing is posted.
    """
    authed = getattr(central, "_authed", None)
    if authed is None:
        return False
    from dispatch_desk.central.cap_xml import render  # lxml: installed with the central service
    from dispatch_desk.demo.bots import CentralDown

    body = render(typhoon_message(area, now.replace(microsecond=0)))
    try:
        resp = authed(bot, "POST", "/api/v1/cap", data=body, headers={"Content-Type": "application/cap+xml"})
    except CentralDown as exc:  # the event goes on without its warning
        log.warning("could not post the CAP typhoon warning: %s", exc)
        return False
    if resp.status_code not in (200, 201):
        log.warning("the CAP typhoon warning was refused: %s %s", resp.status_code, resp.text[:300])
        return False
    return True


def seed_trigger(storage: Any) -> None:
    """The administrator's trigger of the demo city: a typhoon warning, Severe or worse, proposes the plan."""
    from dispatch_desk.central import cap

    if not any(t.plan == PLAN for t in cap.list_triggers(storage)):
        cap.add_trigger(storage, PLAN, EVENT, "Severe")
