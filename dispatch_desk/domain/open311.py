"""Open311 GeoReport v2 service requests, as the city's incidents (docs/architecture.md §3).

The central service speaks the protocol (`central/open311.py`); what a request means is decided here,
once: which form fields a POST may carry and what a valid value is (`parse_request`), where a request
lies (`place`), how a request becomes the arguments of an `incident.report` (`report_args`), and how
the incident's life cycle reads as a request's `status` and `status_notes` (`status_of`,
`status_notes`). Categories are the services; every service has the attributes of `ATTRIBUTES`.

Personal data of the requester (first_name, last_name, email, phone, device_id, account_id) is kept
apart (`Requester`): it never enters the incident, so it never reaches an officer's feed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dispatch_desk.domain.geo import GridIndex, to_shape
from dispatch_desk.domain.records import Category, GridCell, Incident, IncidentStatus, Severity, Source
from dispatch_desk.domain.sla import local_time

S = IncidentStatus

OPEN = "open"
CLOSED = "closed"
STATUSES = (OPEN, CLOSED)

MAX_DESCRIPTION = 4000  # the specification's limit, and the incident's
MAX_ADDRESS = 400
MAX_NAME = 100
MAX_EMAIL = 254
MAX_PHONE = 40
MAX_ID = 100  # device_id, account_id, address_id, zipcode, jurisdiction_id
MAX_URL = 1000
MAX_IDEMPOTENCY_KEY = 128
MAX_FIELDS = 100
MAX_LIST_VALUES = 20

PERSONAL_FIELDS = ("first_name", "last_name", "email", "phone", "device_id", "account_id")
SINGLE_FIELDS = frozenset({
    "api_key", "jurisdiction_id", "service_code", "lat", "long", "address_string", "address_id", "zipcode",
    "description", "media_url", "idempotency_key", *PERSONAL_FIELDS,
})
_ATTRIBUTE = re.compile(r"^attribute\[([A-Za-z0-9_\-]{1,64})\](\[\])?$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+\-() .]{3,40}$")
_CODE = re.compile(r"^[A-Za-z0-9_\-.]{1,64}$")


class Open311Error(Exception):
    """A refused request: the specification's error `code` (an HTTP status) and a `description`."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


# --- services and their attributes ------------------------------------------------------------------


@dataclass(frozen=True)
class AttributeValue:
    key: str
    name: str
    name_en: str


@dataclass(frozen=True)
class Attribute:
    """One attribute of a service definition (the specification's `attribute`)."""

    code: str
    datatype: str  # string, number, datetime, text, singlevaluelist, multivaluelist
    required: bool
    order: int
    description: str
    description_en: str
    values: tuple[AttributeValue, ...] = ()
    variable: bool = True


# Every service asks the same: whether the problem endangers people or blocks traffic now (it raises
# the incident's severity), and where exactly, beyond the address (it is added to the description).
HAZARD = "hazard"
LOCATION_DETAIL = "location_detail"
ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute(HAZARD, "singlevaluelist", False, 1, "是否危及人身安全或阻断交通？",
              "Does it endanger people or block traffic?",
              (AttributeValue("yes", "是", "Yes"), AttributeValue("no", "否", "No"))),
    Attribute(LOCATION_DETAIL, "string", False, 2, "具体位置（楼栋、门牌、路口方位等）",
              "Exact spot (building, door number, side of the crossing)"),
)
ATTRIBUTES_BY_CODE: Mapping[str, Attribute] = {a.code: a for a in ATTRIBUTES}
MAX_ATTRIBUTE_TEXT = 200


def is_english(locale: str | None) -> bool:
    """Whether a `locale` parameter or Accept-Language header asks for English first."""
    if not locale:
        return False
    first = locale.split(",")[0].split(";")[0].strip().lower()
    return first.startswith("en")


def service_name(category: Category, english: bool) -> str:
    return (category.name_en or category.name) if english else category.name


def service_group(category: Category, english: bool) -> str:
    return (category.group_en or category.group) if english else category.group


def service(category: Category, english: bool) -> dict[str, Any]:
    """The entry of `services` for a category (field order as the specification lists it)."""
    group = service_group(category, english)
    name = service_name(category, english)
    keywords = ", ".join(dict.fromkeys(k for k in (name, group, category.code) if k))
    return {
        "service_code": category.code,
        "service_name": name,
        "description": f"{group} · {name}" if group else name,
        "metadata": bool(ATTRIBUTES),
        "type": "realtime",
        "keywords": keywords,
        "group": group,
    }


def service_definition(category: Category, english: bool) -> dict[str, Any]:
    return {
        "service_code": category.code,
        "attributes": [
            {
                "variable": a.variable,
                "code": a.code,
                "datatype": a.datatype,
                "required": a.required,
                "datatype_description": None,
                "order": a.order,
                "description": a.description_en if english else a.description,
                **({"values": [{"key": v.key, "name": v.name_en if english else v.name} for v in a.values]}
                   if a.values else {}),
            }
            for a in ATTRIBUTES
        ],
    }


# --- POST: the form fields ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Requester:
    """Who asked: kept on the central service only, never in an incident."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    device_id: str = ""
    account_id: str = ""


@dataclass(frozen=True)
class ServiceRequest:
    """A validated POST of a service request."""

    service_code: str
    lat: float | None = None
    lon: float | None = None
    address_string: str = ""
    address_id: str = ""
    zipcode: str = ""
    description: str = ""
    media_url: str = ""
    jurisdiction_id: str = ""
    attributes: Mapping[str, Any] = field(default_factory=dict)
    requester: Requester = field(default_factory=Requester)
    api_key: str = ""
    idempotency_key: str = ""

    def canonical(self) -> dict[str, Any]:
        """What a retry must repeat to be the same request (everything but the key it is sent with)."""
        return {
            "service_code": self.service_code, "lat": self.lat, "long": self.lon,
            "address_string": self.address_string, "address_id": self.address_id, "zipcode": self.zipcode,
            "description": self.description, "media_url": self.media_url, "jurisdiction_id": self.jurisdiction_id,
            "attributes": {k: self.attributes[k] for k in sorted(self.attributes)},
            "requester": {name: getattr(self.requester, name) for name in PERSONAL_FIELDS},
        }


def _bad(description: str) -> Open311Error:
    return Open311Error(400, description)


def _text(value: str, name: str, limit: int) -> str:
    if "\x00" in value:
        raise _bad(f"{name} holds a NUL character.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _bad(f"{name} holds text that is not valid Unicode.") from None
    value = value.strip()
    if len(value) > limit:
        raise _bad(f"{name} is longer than {limit} characters.")
    return value


def _coordinate(value: str, name: str, low: float, high: float) -> float:
    try:
        number = float(value) if len(value) <= 40 else math.nan
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise _bad(f"{name} must be a decimal number.")
    if not low <= number <= high:
        raise _bad(f"{name} must lie between {low:g} and {high:g}.")
    return number


def parse_request(fields: Sequence[tuple[str, str]], known_services: Iterable[str] | None = None) -> ServiceRequest:
    """The POST's fields (as decoded from the form, in order) as a request; Open311Error 400 otherwise.

    Single fields may appear once; `attribute[CODE]` once, `attribute[CODE][]` repeatedly for a
    multivaluelist. Unknown fields are ignored, as the specification lets servers extend it. A request
    is located by `lat` and `long` together, by `address_string` or by `address_id` (at least one);
    `service_code` is required and, when `known_services` is given, must be one of them (404
    otherwise, as for an unknown service definition).
    """
    if len(fields) > MAX_FIELDS:
        raise _bad(f"The request has more than {MAX_FIELDS} fields.")
    single: dict[str, str] = {}
    raw_attributes: dict[str, list[str]] = {}
    listed: set[str] = set()
    for name, value in fields:
        if not isinstance(name, str) or not isinstance(value, str):
            raise _bad("Every field must be text.")
        if name in SINGLE_FIELDS:
            if name in single:
                raise _bad(f"{name} is given more than once.")
            single[name] = value
            continue
        match = _ATTRIBUTE.match(name)
        if match is None:
            if name.startswith("attribute"):
                raise _bad(f"Malformed attribute field {_printable(name)!r}: use attribute[CODE].")
            continue  # an extension this server does not know
        code, is_list = match.group(1), bool(match.group(2))
        values = raw_attributes.setdefault(code, [])
        if not is_list and values:
            raise _bad(f"attribute[{code}] is given more than once.")
        if is_list:
            listed.add(code)
        values.append(value)
    code = _text(single.get("service_code", ""), "service_code", 64)
    if not code:
        raise _bad("service_code is required.")
    if not _CODE.match(code):
        raise _bad("service_code is not a valid service code.")
    if known_services is not None and code not in set(known_services):
        raise Open311Error(404, f"No service with the service_code {code!r}.")
    lat_raw, lon_raw = single.get("lat", "").strip(), single.get("long", "").strip()
    if bool(lat_raw) != bool(lon_raw):
        raise _bad("lat and long must be given together.")
    lat = _coordinate(lat_raw, "lat", -90, 90) if lat_raw else None
    lon = _coordinate(lon_raw, "long", -180, 180) if lon_raw else None
    address_string = _text(single.get("address_string", ""), "address_string", MAX_ADDRESS)
    address_id = _text(single.get("address_id", ""), "address_id", MAX_ID)
    if lat is None and not address_string and not address_id:
        raise _bad("A location is required: lat and long, address_string or address_id.")
    email = _text(single.get("email", ""), "email", MAX_EMAIL)
    if email and not _EMAIL.match(email):
        raise _bad("email is not an e-mail address.")
    phone = _text(single.get("phone", ""), "phone", MAX_PHONE)
    if phone and not _PHONE.match(phone):
        raise _bad("phone may hold digits, spaces and + - ( ) . only.")
    media_url = _text(single.get("media_url", ""), "media_url", MAX_URL)
    if media_url and not re.match(r"^https?://[^\s/?#]+[^\s]*$", media_url):
        raise _bad("media_url must be an http or https URL.")
    requester = Requester(
        first_name=_text(single.get("first_name", ""), "first_name", MAX_NAME),
        last_name=_text(single.get("last_name", ""), "last_name", MAX_NAME),
        email=email, phone=phone,
        device_id=_text(single.get("device_id", ""), "device_id", MAX_ID),
        account_id=_text(single.get("account_id", ""), "account_id", MAX_ID),
    )
    return ServiceRequest(
        service_code=code, lat=lat, lon=lon, address_string=address_string, address_id=address_id,
        zipcode=_text(single.get("zipcode", ""), "zipcode", MAX_ID),
        description=_text(single.get("description", ""), "description", MAX_DESCRIPTION),
        media_url=media_url,
        jurisdiction_id=_text(single.get("jurisdiction_id", ""), "jurisdiction_id", MAX_ID),
        attributes=_attributes(raw_attributes, listed),
        requester=requester,
        api_key=single.get("api_key", "").strip()[:200],
        idempotency_key=_text(single.get("idempotency_key", ""), "idempotency_key", MAX_IDEMPOTENCY_KEY),
    )


def _attributes(raw: Mapping[str, list[str]], listed: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for code, values in raw.items():
        attribute = ATTRIBUTES_BY_CODE.get(code)
        if attribute is None:
            raise _bad(f"Unknown attribute {code!r}.")
        values = [_text(v, f"attribute[{code}]", MAX_ATTRIBUTE_TEXT) for v in values]
        if attribute.datatype == "multivaluelist":
            if len(values) > MAX_LIST_VALUES:
                raise _bad(f"attribute[{code}] has more than {MAX_LIST_VALUES} values.")
            keys = {v.key for v in attribute.values}
            unknown = [v for v in values if v not in keys]
            if unknown:
                raise _bad(f"attribute[{code}] has no value {unknown[0]!r}.")
            out[code] = list(dict.fromkeys(values))
            continue
        if code in listed and len(values) > 1:
            raise _bad(f"attribute[{code}] takes one value.")
        value = values[0]
        if attribute.datatype == "singlevaluelist" and value and value not in {v.key for v in attribute.values}:
            raise _bad(f"attribute[{code}] has no value {value!r}.")
        if attribute.datatype == "number" and value:
            _coordinate(value, f"attribute[{code}]", -1e12, 1e12)
        if value:
            out[code] = value
    for attribute in ATTRIBUTES:
        if attribute.required and attribute.code not in out:
            raise _bad(f"attribute[{attribute.code}] is required.")
    return out


def fields_of_json(data: Any) -> list[tuple[str, str]]:
    """A JSON object with the form's field names as the same fields (attributes as an object)."""
    if not isinstance(data, dict):
        raise _bad("The JSON body must be an object of the request's fields.")
    out: list[tuple[str, str]] = []
    for name, value in data.items():
        if name == "attribute" or name == "attributes":
            if not isinstance(value, dict):
                raise _bad("attributes must be an object of attribute codes and values.")
            for code, item in value.items():
                if isinstance(item, list):
                    out.extend((f"attribute[{code}][]", _scalar(v, code)) for v in item)
                else:
                    out.append((f"attribute[{code}]", _scalar(item, code)))
            continue
        if value is None:
            continue
        out.append((str(name), _scalar(value, name)))
    return out


def _scalar(value: Any, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _bad(f"{_printable(str(name))} must be text or a number.")
    if isinstance(value, float) and not math.isfinite(value):
        raise _bad(f"{_printable(str(name))} must be a finite number.")
    return value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:80]


# --- where a request lies ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    lon: float
    lat: float
    grid_cell: str
    label: str  # the cell's name, for the incident's title when the request has no address


def place(request: ServiceRequest, grid: GridIndex) -> Place | None:
    """Where the request lies on the grid: at lat/long; else the cell named by `address_id` (a grid
    cell code); else the grid cell or street whose name `address_string` contains (the longest name
    wins). None when that is outside every cell or names nothing known."""
    if request.lat is not None and request.lon is not None:
        cell = grid.locate(request.lon, request.lat)
        return Place(request.lon, request.lat, cell.code, cell.name) if cell is not None else None
    cell = grid.cell(request.address_id) if request.address_id else None
    if cell is None and request.address_string:
        cell = _named_cell(request.address_string, grid)
    if cell is None:
        return None
    shape = to_shape(cell.polygon)
    if shape is None:
        return None
    point = shape.representative_point()
    return Place(round(point.x, 6), round(point.y, 6), cell.code, cell.name)


def _named_cell(address: str, grid: GridIndex) -> GridCell | None:
    city = grid.regions.city()
    cells = grid.cells_in(city) if city else []
    best: GridCell | None = None
    best_len = 0
    for cell in cells:
        if cell.name and len(cell.name) > best_len and cell.name in address:
            best, best_len = cell, len(cell.name)
    if best is not None:
        return best
    streets = [r for r in grid.regions if r.name and r.name in address]
    for street in sorted(streets, key=lambda r: (-len(r.name), r.code)):
        inside = sorted(grid.cells_in(street.code), key=lambda c: c.code)
        if inside and street.level.value == "street":
            return inside[0]
    return None


# --- the incident it becomes ---------------------------------------------------------------------------


def severity_of(request: ServiceRequest) -> Severity:
    """A hazard to people or traffic makes the incident urgent; anything else is a normal one."""
    return Severity.HIGH if request.attributes.get(HAZARD) == "yes" else Severity.NORMAL


def report_args(request: ServiceRequest, category: Category, where: Place, incident_id: str) -> dict[str, Any]:
    """The arguments of the `incident.report` a request is filed as (source: the citizen app)."""
    address = request.address_string or where.label
    title = f"{category.name}：{address}" if address else category.name
    description = request.description
    detail = request.attributes.get(LOCATION_DETAIL)
    if detail:
        description = f"{description}\n具体位置：{detail}".strip() if description else f"具体位置：{detail}"
    return {
        "id": incident_id,
        "title": title[:200],
        "description": description[:MAX_DESCRIPTION],
        "category": category.code,
        "source": Source.CITIZEN_APP.value,
        "severity": int(severity_of(request)),
        "lon": where.lon,
        "lat": where.lat,
        "address": address[:MAX_ADDRESS],
    }


# --- the incident's life cycle, as a request's status ---------------------------------------------------


def status_of(incident: Incident) -> str:
    """closed once the incident is closed or cancelled (merged duplicates included); open otherwise
    (a reopened incident is open again)."""
    return CLOSED if incident.status in (S.CLOSED, S.CANCELLED) else OPEN


_NOTES: Mapping[IncidentStatus, tuple[str, str]] = {
    S.REPORTED: ("已受理，等待立案。", "Received; waiting to be registered."),
    S.REGISTERED: ("已立案，等待派遣。", "Registered; waiting to be dispatched."),
    S.ESCALATED: ("已提交上级处理。", "Passed to the level above."),
    S.RETURNED: ("正在重新派遣。", "Being dispatched again."),
    S.DISPATCHED: ("已派遣至{agency}。", "Dispatched to {agency}."),
    S.ACCEPTED: ("{agency}已签收，正在处置。", "Accepted by {agency}; being handled."),
    S.SUSPENDED: ("暂缓处置，将在条件具备后继续。", "On hold; work resumes when it can."),
    S.DISPOSED: ("处置完成，等待核查。", "Handled; waiting for inspection."),
    S.VERIFIED: ("核查通过，等待结案。", "Inspected; waiting to be closed."),
    S.CLOSED: ("已结案。", "Closed."),
    S.CANCELLED: ("不予受理，已作废。", "Not taken up; cancelled."),
}
_MERGED = ("与同一问题的案件{case}合并办理。", "Handled together with case {case}, the same problem.")
_RESULT = ("处置结果：{result}", "Result: {result}")


def status_notes(incident: Incident, english: bool, *, agency: str = "", result: str = "",
                 merged_case: str = "") -> str:
    """What the requester reads of the incident's progress: its stage, the agency handling it, the
    disposal result once there is one. Internal notes (returns, escalations, comments) never show."""
    i = 1 if english else 0
    if incident.status is S.CANCELLED and incident.merged_into:
        return _MERGED[i].format(case=merged_case or incident.merged_into)
    note = _NOTES[incident.status][i]
    if "{agency}" in note:
        note = note.format(agency=agency or ("the agency" if english else "处置单位"))
    if result and incident.status in (S.DISPOSED, S.VERIFIED, S.CLOSED):
        note = f"{note} {_RESULT[i].format(result=result)}" if english else f"{note}{_RESULT[i].format(result=result)}"
    return note


def service_notice(case: str, english: bool) -> str:
    if english:
        return f"Received by the city operations center as case {case}; follow it with this number."
    return f"城运中心已受理，案件编号{case}，可凭编号查询办理进度。"


def w3c(moment: datetime | None) -> str | None:
    """A time as the specification writes it (ISO 8601 with its offset), in the city's time zone."""
    if moment is None:
        return None
    return local_time(moment).isoformat(timespec="seconds")


def parse_w3c(value: str, name: str) -> datetime:
    """A query date: ISO 8601 with a time zone (Z or an offset); Open311Error 400 otherwise."""
    text = value.strip()
    if not text or len(text) > 40:
        raise _bad(f"{name} must be a date and time such as 2026-11-05T08:15:30+08:00.")
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        raise _bad(f"{name} must be a date and time such as 2026-11-05T08:15:30+08:00.") from None
    if moment.tzinfo is None:
        raise _bad(f"{name} must carry a time zone (Z or an offset such as +08:00).")
    return moment
