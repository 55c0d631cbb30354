"""The rules of CAP 1.2 alerts (OASIS Common Alerting Protocol), for the central service and the desk.

A message that passed the official schema (`central/cap_xml.py`) becomes, or changes, one `Alert`
of level EXTERNAL; the message itself is kept whole on it (`Alert.cap`), every <info> block included.

- The same message twice is one alert: a message is known by sender, identifier and sent
  (`message_key`), and its alert's id is derived from that key (`alert_id`).
- Update and Cancel apply to the alerts their <references> name, when those came from the same
  sender with the same status (nobody cancels another sender's warning, no Test ends an Actual one). An Update whose original never reached us
  stands as a new alert, since it carries a whole message. A Cancel of an alert we do not know is
  recorded, not refused: feeds deliver out of order, and an original that arrives after its
  Cancel is stored already ended (`cancelled_by`), instead of raising a warning its sender withdrew.
- `expires` ends an alert by itself: the latest expiry of its <info> blocks (none when one block has
  no expiry); `is_ended` says so at once, and a sweep of the central service records it.
- Only status Actual raises anything (`raises`): Exercise, System, Test and Draft are kept, shown
  as such, and never counted, proposed or notified.
- The desk shows the <info> in the officer's language (`choose_info`): zh-CN first in Chinese, then
  any Chinese, then English; in English the other way round; else the first block.
- The area: polygons, circles and geocodes naming our regions or cells (`area_polygons`), and the
  districts, streets and cells it covers (`affected`).
- A plan's trigger (an event type and a minimum severity, set by the administrator) proposes that
  plan for an Actual alert still on (`matching_plans`); the ops officer decides to start it.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Point
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.geometry.base import BaseGeometry

from dispatch_desk.domain.cap_records import CapArea, CapInfo, CapMessage
from dispatch_desk.domain.command import TITLE_MAX
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    GridCell,
    OperationKind,
    Plan,
    Polygon,
    RegionLevel,
)

NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
STATUSES = ("Actual", "Exercise", "System", "Test", "Draft")
MSG_TYPES = ("Alert", "Update", "Cancel", "Ack", "Error")
SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")  # most severe first
URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")
_IDS = uuid.UUID("0c4d6e1a-92b5-4f7e-8d3c-5a1b7e9f2c64")  # namespace of the ids of CAP alerts
CIRCLE_SEGMENTS = 32  # sides of the polygon a circle becomes on the map
KM_PER_DEGREE = 111.32


class CapError(ValueError):
    """A message we refuse, with the reason said to whoever sent it; `code` is for the answer."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- identity --------------------------------------------------------------------------------------


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def message_key(sender: str, identifier: str, sent: datetime) -> str:
    """How a message is known: the <references> form "sender,identifier,sent", sent as a UTC instant."""
    return f"{sender},{identifier},{_instant(sent)}"


def key_of(message: CapMessage) -> str:
    return message_key(message.sender, message.identifier, message.sent)


def alert_id(key: str) -> str:
    """The id of the alert a message creates: the same message always makes the same alert."""
    return f"cap-{uuid.uuid5(_IDS, key)}"


def parse_references(text: str, parse_time: Callable[[str], datetime]) -> tuple[str, ...]:
    """<references>: space-separated "sender,identifier,sent" triples, as message keys.

    The specification forbids spaces and commas inside sender and identifier, so the split is exact;
    a malformed triple or time is refused (`CapError`) rather than silently matching nothing.
    """
    keys = []
    for item in text.split():
        parts = item.split(",")
        if len(parts) != 3 or not parts[0] or not parts[1]:
            raise CapError("invalid_references", f"<references> entry {item[:80]!r} is not sender,identifier,sent.")
        try:
            sent = parse_time(parts[2])
        except ValueError:
            raise CapError("invalid_references", f"<references> entry {item[:80]!r} has no valid sent time.") from None
        keys.append(message_key(parts[0], parts[1], sent))
    return tuple(dict.fromkeys(keys))


def check_identity(identifier: str, sender: str) -> None:
    """<identifier> and <sender> are required, without spaces, commas, "<" or "&" (CAP 1.2 §3.2.1):
    the schema only says they are strings, but <references> could not name them otherwise."""
    for tag, value in (("identifier", identifier), ("sender", sender)):
        if not value:
            raise CapError("invalid_identity", f"<{tag}> is required and may not be empty.")
        if any(ch.isspace() or ch in ",<&" for ch in value) or len(value) > 500:
            raise CapError("invalid_identity", f"<{tag}> may not contain spaces, commas, '<' or '&' "
                           "(and at most 500 characters).")


def sender_of_key(key: str) -> str:
    return key.split(",", 1)[0]


# --- meaning ---------------------------------------------------------------------------------------


def raises(message: CapMessage) -> bool:
    """Only an Actual message may raise anything (a count, a notification, a plan proposal)."""
    return message.status == "Actual"


def expires_of(message: CapMessage) -> datetime | None:
    """When the message ends by itself: the last expiry of its <info> blocks; None while one has none."""
    if not message.infos or any(info.expires is None for info in message.infos):
        return None
    return max(info.expires for info in message.infos if info.expires is not None)


def is_ended(alert: Alert, now: datetime) -> bool:
    return alert.cleared_at is not None or (alert.expires_at is not None and alert.expires_at <= now)


def counts(alert: Alert, now: datetime) -> bool:
    """Whether an alert counts as raised (tallies, notifications): any alert not from CAP; one from CAP
    only while Actual and not ended (an Exercise, Test, System or Draft is shown, never counted)."""
    if alert.cap is None:
        return True
    return raises(alert.cap) and not is_ended(alert, now)


def _language_rank(language: str, preferred: str) -> int:
    tag = language.strip().lower().replace("_", "-")
    chinese, english = tag == "zh-cn" or tag == "zh-hans" or tag == "zh", tag.startswith("en")
    if preferred.lower().startswith("zh"):
        return 0 if chinese else 1 if tag.startswith("zh") else 2 if english else 3
    return 0 if english else 1 if chinese else 2 if tag.startswith("zh") else 3


def choose_info(infos: Sequence[CapInfo], language: str) -> CapInfo | None:
    """The block to show an officer whose desk speaks `language` ("zh-CN", "en"...); None if none."""
    if not infos:
        return None
    return min(enumerate(infos), key=lambda pair: (_language_rank(pair[1].language, language), pair[0]))[1]


def severity_rank(severity: str) -> int:
    """0 for Extreme ... 4 for Unknown (and anything else)."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES) - 1


def most_severe(message: CapMessage) -> CapInfo | None:
    return min(message.infos, key=lambda info: severity_rank(info.severity), default=None)


def headline(message: CapMessage, language: str = "zh-CN") -> str:
    """The alert's one line: headline, or event, of the block in `language`, with a non-Actual status."""
    info = choose_info(message.infos, language)
    text = (info.headline or info.event) if info else message.note or message.identifier
    return text if raises(message) else f"[{message.status}] {text}"


# --- area ------------------------------------------------------------------------------------------


def circle_polygon(lon: float, lat: float, radius_km: float, segments: int = CIRCLE_SEGMENTS) -> Polygon:
    """A circle of the surface as a polygon of (lon, lat): degrees of longitude shrink with latitude."""
    radius = max(radius_km, 0.0)
    dlat = radius / KM_PER_DEGREE
    dlon = radius / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 1e-6))
    ring = [(round(lon + dlon * math.cos(2 * math.pi * k / segments), 7),
             round(lat + dlat * math.sin(2 * math.pi * k / segments), 7)) for k in range(segments)]
    return ((*ring, ring[0]),)


def area_polygons(areas: Iterable[CapArea], by_code: Mapping[str, Polygon]) -> tuple[Polygon, ...]:
    """Every polygon, circle, and geocode naming one of our regions or cells (`by_code`), as polygons.

    Geocodes of other schemes (FIPS, SAME, the sender's own) that name nothing of ours add nothing;
    a circle of radius 0 (a point) is kept as a small circle so it still shows and covers its cell.
    """
    out: list[Polygon] = []
    for area in areas:
        out.extend((ring,) for ring in area.polygons if len(ring) >= 4)
        out.extend(circle_polygon(lon, lat, radius or 0.05) for lon, lat, radius in area.circles)
        for _name, value in area.geocodes:
            polygon = by_code.get(value.strip())
            if polygon:
                out.append(polygon)
    return tuple(dict.fromkeys(out))


def area_shape(polygons: Iterable[Polygon]) -> BaseGeometry | None:
    shapes = [s for s in (to_shape(p) for p in polygons) if s is not None]
    if not shapes:
        return None
    return shapely.union_all(shapes)


@dataclass(frozen=True, slots=True)
class Affected:
    districts: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    region: str | None = None  # the smallest region holding all of it (None: the whole city or none)


def affected(polygons: Sequence[Polygon], cells: Iterable[GridCell], regions: RegionTree) -> Affected:
    """The grid under an area: cells it overlaps (more than their border), their streets and districts.

    The finest level drawn decides: a street without cells counts when the area overlaps its own
    polygon, and a district without streets likewise; where cells exist, only they count (a street's
    or district's outline may be coarser than its cells).
    """
    shape = area_shape(polygons)
    if shape is None:
        return Affected()
    shapely.prepare(shape)
    cells = list(cells)
    drawn = {c.street for c in cells}
    hit = sorted((c for c in cells if _overlaps(shape, c.polygon)), key=lambda c: c.code)
    streets = {c.street for c in hit}
    streets.update(r.code for r in regions if r.level is RegionLevel.STREET and r.code not in drawn
                   and _overlaps(shape, r.polygon))
    with_streets = {r.parent for r in regions if r.level is RegionLevel.STREET}
    districts = {d for d in (regions.district_of(s) for s in streets) if d}
    districts.update(r.code for r in regions if r.level is RegionLevel.DISTRICT and r.code not in with_streets
                     and _overlaps(shape, r.polygon))
    holder = None
    if len(districts) == 1:
        holder = next(iter(districts))
        if len(streets) == 1 and regions.contains(holder, next(iter(streets))):
            holder = next(iter(streets))
    return Affected(tuple(sorted(districts)), tuple(sorted(streets)), tuple(c.code for c in hit), holder)


def _overlaps(shape: BaseGeometry, polygon: Polygon) -> bool:
    other = to_shape(polygon)
    if other is None or not shape.intersects(other):
        return False
    return bool(shape.intersection(other).area > other.area * 1e-6)


def outline(polygons: Sequence[Polygon]) -> Polygon:
    """One polygon for an operation's area (`operation.start` takes one): the union, or its hull."""
    shape = area_shape(polygons)
    if shape is None:
        return ()
    if isinstance(shape, MultiPolygon) or not isinstance(shape, ShapelyPolygon):
        shape = shape.convex_hull
    if not isinstance(shape, ShapelyPolygon):
        return ()
    rings = [shape.exterior, *shape.interiors]
    return tuple(tuple((round(x, 7), round(y, 7)) for x, y in ring.coords) for ring in rings)


def contains_point(polygons: Sequence[Polygon], lon: float, lat: float) -> bool:
    shape = area_shape(polygons)
    return shape is not None and shape.intersects(Point(lon, lat))


# --- records ---------------------------------------------------------------------------------------


def alert_from(message: CapMessage, alert_key: str, polygons: tuple[Polygon, ...], where: Affected,
               plans: tuple[str, ...], now: datetime) -> Alert:
    """A new alert from a message (an Alert, or an Update of an original we never had)."""
    expires = expires_of(message)
    return Alert(alert_key, AlertLevel.EXTERNAL, raised_at=min(message.sent, now), message=headline(message),
                 region=where.region, cap=message, area=polygons, districts=where.districts, streets=where.streets,
                 cells=where.cells, expires_at=expires,
                 cleared_at=expires if expires is not None and expires <= now else None,
                 plans=plans if raises(message) else ())


def updated(alert: Alert, message: CapMessage, polygons: tuple[Polygon, ...], where: Affected,
            plans: tuple[str, ...], now: datetime) -> Alert:
    """The alert after an Update: the new message stands in for the old; who acknowledged it stays,
    and an alert already ended does not start again."""
    fresh = alert_from(message, alert.id, polygons, where, plans, now)
    return replace(fresh, raised_at=alert.raised_at, acknowledged_by=alert.acknowledged_by,
                   acknowledged_at=alert.acknowledged_at, incident_id=alert.incident_id,
                   cleared_at=alert.cleared_at or fresh.cleared_at,
                   plans=fresh.plans if alert.cleared_at is None else ())


def cancelled(alert: Alert, message: CapMessage, now: datetime) -> Alert:
    """The alert after a Cancel: ended at the Cancel's time (or now, if that lies ahead), plans withdrawn."""
    if alert.cleared_at is not None:
        return alert
    return replace(alert, cleared_at=min(message.sent, now), plans=())


def applies_to(message: CapMessage, alert: Alert) -> bool:
    """An Update or Cancel applies only to alerts of its own sender and status (a Test Cancel never
    ends an Actual warning)."""
    return alert.cap is not None and alert.cap.sender == message.sender and alert.cap.status == message.status


# --- plan triggers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanTrigger:
    """Set by the administrator: an alert of this event type, at least this severe, proposes the plan.

    `event` matches an <info>'s <event> or one of its <eventCode> values, ignoring case and spaces.
    """

    id: str
    plan: str
    event: str
    min_severity: str = "Severe"


def check_trigger(event: str, min_severity: str) -> None:
    if not event.strip():
        raise CapError("invalid_trigger", "A trigger needs an event type.")
    if min_severity not in SEVERITIES[:-1]:
        raise CapError("invalid_trigger", f"The minimum severity is one of {', '.join(SEVERITIES[:-1])}.")


def _norm(text: str) -> str:
    return "".join(text.split()).casefold()


def matching_plans(message: CapMessage, triggers: Iterable[PlanTrigger], known_plans: Iterable[str]) -> tuple[str, ...]:
    """Plans whose trigger an Actual message matches by one of its <info> blocks (known plans only)."""
    if not raises(message) or message.msg_type not in ("Alert", "Update"):
        return ()
    plans = set(known_plans)
    found: list[str] = []
    for trigger in triggers:
        if trigger.plan not in plans or trigger.plan in found:
            continue
        wanted = _norm(trigger.event)
        for info in message.infos:
            names = {_norm(info.event), *(_norm(value) for _name, value in info.event_codes)}
            if wanted in names and severity_rank(info.severity) <= severity_rank(trigger.min_severity):
                found.append(trigger.plan)
                break
    return tuple(found)


def proposal(alert: Alert, now: datetime) -> tuple[str, ...]:
    """The plans to propose to the ops officer for this alert now: none once it ended or raised one."""
    if alert.cap is None or not raises(alert.cap) or is_ended(alert, now):
        return ()
    return alert.plans


def operation_args(alert: Alert, plan: Plan, operation_id: str) -> dict[str, Any]:
    """The `operation.start` the ops officer issues on accepting a proposal: the plan's operation over
    the alert's area and districts, named by the plan and the warning (in Chinese: a case record)."""
    info = choose_info(alert.cap.infos if alert.cap else (), "zh-CN")
    warning = (info.headline or info.event) if info else alert.message
    area = outline(alert.area)
    args: dict[str, Any] = {"id": operation_id, "name": f"{plan.name}：{warning}"[:TITLE_MAX],
                            "kind": OperationKind.EMERGENCY.value, "plan": plan.id,
                            "regions": list(alert.districts)}
    if area:
        args["area"] = [[list(point) for point in ring] for ring in area]
    return args
