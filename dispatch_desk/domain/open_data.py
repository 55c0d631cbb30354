"""Open data (数据开放共享): which incidents the city publishes, and what of each (docs/architecture.md §3).

An administrator picks a *selection* (`parse_selection`): a period of report time, an area (a district,
a street or the whole city), optionally some categories, and two choices of their own — more categories
to coarsen than the rules ask for, and whether to withhold the free texts. The central service shows
the administrator what the selection publishes (`review`), and exports only a selection that was
reviewed, as CSV, GeoJSON or Open311 GeoReport v2 JSON (`central/open_data.py`).

The desensitisation rules, applied to every published incident (`publish`):

1. **Only the public fields leave** (`PublicIncident`): never the reporter, an officer, a return
   reason, a note of the history, the joint command or the incident's internal id. Cancelled
   incidents (invalid reports, merged duplicates) are not published.
2. **Texts are masked** (`mask`): telephone, ID-card and other numbers of seven digits or more, e-mail
   addresses, vehicle plates and the names of people (张先生 → 某先生, 联系人：王五 → 联系人：＊) become ＊.
3. **Locations are coarsened to the grid cell where the category asks for it**: a category whose exact
   point may identify a household (`Category.exact_location` false, the default), and every category the
   reviewer adds, publishes the inner point of its grid cell instead of the point, the street instead of
   the address, and report and close times to the hour. Exact points are rounded to 4 decimals (about
   10 m) and their address loses room, unit and floor numbers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain import open311
from dispatch_desk.domain.geo import GridIndex, inner_point
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Agency, Category, Incident, IncidentStatus, RegionLevel
from dispatch_desk.domain.workflow_actions import Code, Refused

FORMATS = ("csv", "geojson", "open311")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
               "open311": "application/json"}
SUFFIXES = {"csv": "csv", "geojson": "geojson", "open311": "json"}
MAX_DAYS = 366  # one selection covers at most a year
SAMPLE = 20  # published rows shown in a review
REVIEW_VALID = timedelta(hours=1)  # an export follows its review within this time
MASK = "＊"
WITHHELD = ("reporter", "officers", "notes", "return_reason", "operation", "internal_id")


# --- the selection ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    start: datetime
    end: datetime
    area: str | None = None  # a region code; None for the whole city
    categories: tuple[str, ...] = ()  # none: every category
    coarsen: tuple[str, ...] = ()  # categories the reviewer coarsens beyond the rules
    withhold_text: bool = False  # publish no title, description or result text

    def args(self) -> dict[str, Any]:
        """The selection as it travels and as the audit keeps it (sorted lists, ISO times)."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "area": self.area,
                "categories": sorted(self.categories), "coarsen": sorted(self.coarsen),
                "withhold_text": self.withhold_text}

    def covers(self, incident: Incident, regions: RegionTree) -> bool:
        if not self.start <= incident.reported_at < self.end or incident.status is IncidentStatus.CANCELLED:
            return False
        if self.categories and incident.category not in self.categories:
            return False
        if self.area is None or regions.level_of(self.area) is RegionLevel.CITY:
            return True
        return any(code == self.area or regions.contains(self.area, code)
                   for code in (incident.street, incident.district) if code)


def _codes(value: Any, name: str, known: frozenset[str]) -> tuple[str, ...] | Refused:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return Refused(f"{name} must be a list of category codes", Code.BAD_ARGS)
    unknown = sorted(set(value) - known)
    if unknown:
        return Refused(f"Unknown categories in {name}: {', '.join(unknown[:5])}", Code.BAD_ARGS)
    return tuple(sorted(set(value)))


def parse_selection(args: Any, regions: RegionTree, categories: Iterable[str], now: datetime) -> Selection | Refused:
    """The selection `args` name, or why they name none. Times are ISO-8601 with a time zone."""
    if not isinstance(args, Mapping):
        return Refused("The selection must be an object", Code.BAD_ARGS)
    extra = sorted(set(args) - {"start", "end", "area", "categories", "coarsen", "withhold_text"})
    if extra:
        return Refused(f"Unknown fields in the selection: {', '.join(map(str, extra[:5]))}", Code.BAD_ARGS)
    moments = []
    for name in ("start", "end"):
        value = args.get(name)
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            return Refused(f"{name} must be an ISO-8601 time with its time zone", Code.BAD_ARGS)
        moments.append(moment)
    start, end = moments
    if end <= start:
        return Refused("The period must end after it starts", Code.BAD_ARGS)
    if end - start > timedelta(days=MAX_DAYS):
        return Refused(f"One export covers at most {MAX_DAYS} days", Code.BAD_ARGS)
    if start > now:
        return Refused("The period has not started yet", Code.BAD_ARGS)
    area = args.get("area")
    if area is not None and (not isinstance(area, str) or area not in regions):
        return Refused("The area must be the code of a district or street of the city", Code.BAD_ARGS)
    known = frozenset(categories)
    chosen = _codes(args.get("categories"), "categories", known)
    coarsen = _codes(args.get("coarsen"), "coarsen", known)
    if isinstance(chosen, Refused):
        return chosen
    if isinstance(coarsen, Refused):
        return coarsen
    withhold = args.get("withhold_text", False)
    if not isinstance(withhold, bool):
        return Refused("withhold_text must be true or false", Code.BAD_ARGS)
    return Selection(start, end, area, chosen, coarsen, withhold)


def why_not_reviewed(review_args: Any, selection: Selection, reviewed_at: datetime, now: datetime) -> str | None:
    """None when a review (its audited selection and time) covers an export of `selection` now, else why not."""
    if review_args != selection.args():
        return "The review was of another selection: review this one first."
    if not timedelta(0) <= now - reviewed_at <= REVIEW_VALID:
        return "The review is more than an hour old: review the selection again."
    return None


# --- masking ---------------------------------------------------------------------------------------------

_NAME_TITLES = "先生|女士|小姐|阿姨|大爷|师傅|老师"
# (kind, pattern, replacement), applied in this order: names before numbers, plates before bare numbers
_MASKS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("name", re.compile(r"((?:联系人|报告人|举报人|反映人|投诉人|求助人|户主|姓名)\s*[:：]?\s*)[\u4e00-\u9fff·]{2,4}"),
     r"\1" + MASK),
    ("name", re.compile(rf"[\u4e00-\u9fff](?=(?:{_NAME_TITLES}))"), "某"),
    ("name", re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+"), r"\1 " + MASK),
    ("email", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), MASK * 3),
    ("plate", re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·\s]?[A-Z0-9]{5,6}"), MASK * 3),
    ("number", re.compile(r"(?<![0-9])\+?[0-9](?:[ \-]?[0-9]){6,}[Xx]?(?![0-9])"), MASK * 3),
)
_ROOM = re.compile(r"[0-9０-９]+\s*(?:室|单元|楼层|层|号房)")


def mask(text: str, tally: Counter[str] | None = None) -> str:
    """`text` with personal data masked; each kind found is counted in `tally`."""
    for kind, pattern, replacement in _MASKS:
        text, n = pattern.subn(replacement, text)
        if n and tally is not None:
            tally[kind] += n
    return text


def _address(text: str, tally: Counter[str]) -> str:
    return re.sub(r"\s{2,}", " ", _ROOM.sub("", mask(text, tally))).strip()


# --- publishing ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicIncident:
    """What the city publishes of one incident."""

    case: str  # the case number, the only identifier published
    category: str
    category_name: str
    category_group: str
    source: str
    status: str  # the life-cycle stage, an IncidentStatus value
    open311_status: str  # open or closed
    reported_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    expected_at: datetime | None  # the disposal deadline while open
    district: str
    street: str
    grid_cell: str
    lon: float
    lat: float
    precision: str  # "point" (about 10 m) or "grid_cell" (the cell's inner point)
    address: str
    title: str
    description: str
    result: str  # what was done, from the disposal
    agency: str  # the lead agency's name
    status_notes: str  # the Open311 status notes


@dataclass(frozen=True)
class Names:
    """What the published rows name codes with, in one language."""

    categories: Mapping[str, Category]
    agencies: Mapping[str, Agency]
    regions: RegionTree
    grid: GridIndex
    english: bool = False
    _points: dict[str, tuple[float, float] | None] = field(default_factory=dict, repr=False, compare=False)

    def cell_point(self, code: str | None) -> tuple[float, float] | None:
        """The published point of a grid cell: its inner point, to 5 decimals (worked out once per cell)."""
        if not code:
            return None
        if code not in self._points:
            cell = self.grid.cell(code)
            point = inner_point(cell.polygon) if cell is not None else None
            self._points[code] = (round(point[0], 5), round(point[1], 5)) if point else None
        return self._points[code]

    def region(self, code: str | None) -> str:
        region = self.regions.get(code)
        if region is None:
            return ""
        return (region.name_en or region.name) if self.english else region.name


def coarsened(selection: Selection, category: Category | None) -> bool:
    return category is None or not category.exact_location or category.code in selection.coarsen


def _hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def publish(incident: Incident, selection: Selection, names: Names, *, result: str = "",
            tally: Counter[str] | None = None) -> PublicIncident:
    """The public row of `incident` under the rules; what was masked or coarsened is counted in `tally`."""
    tally = Counter() if tally is None else tally
    category = names.categories.get(incident.category)
    english = names.english
    category_name = open311.service_name(category, english) if category else incident.category
    street = names.region(incident.street)
    agency = names.agencies.get(incident.lead_agency or "")
    agency_name = ((agency.name_en or agency.name) if english else agency.name) if agency else ""
    lon, lat = round(incident.lon, 4), round(incident.lat, 4)
    reported, closed = incident.reported_at, incident.closed_at
    if coarsened(selection, category):
        tally["coarsened"] += 1
        # outside every cell (or a cell without area) the point is rounded to about a kilometre instead
        lon, lat = names.cell_point(incident.grid_cell) or (round(incident.lon, 2), round(incident.lat, 2))
        address, precision = street, "grid_cell"
        title = (f"{category_name}: {street}" if english else f"{category_name}：{street}") if street else category_name
        reported, closed = _hour(reported), (_hour(closed) if closed else None)
    else:
        address, precision = _address(incident.address, tally), "point"
        title = mask(incident.title, tally)
    description, result = mask(incident.description, tally), mask(result, tally)
    if selection.withhold_text:
        title, description, result = category_name, "", ""
    status = open311.status_of(incident)
    notes = open311.status_notes(incident, english, agency=agency_name, result=result)
    return PublicIncident(
        case=incident.code or incident.id, category=incident.category, category_name=category_name,
        category_group=open311.service_group(category, english) if category else "", source=incident.source.value,
        status=incident.status.value, open311_status=status, reported_at=reported, updated_at=incident.updated_at,
        closed_at=closed, expected_at=incident.deadline if status == open311.OPEN else None,
        district=names.region(incident.district), street=street, grid_cell=incident.grid_cell or "",
        lon=lon, lat=lat, precision=precision, address=address, title=title, description=description,
        result=result, agency=agency_name, status_notes=notes,
    )


# --- the review -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryLine:
    code: str
    name: str
    incidents: int
    coarsened: bool
    by_reviewer: bool  # coarsened because the reviewer asked, not by the category's rule


@dataclass(frozen=True)
class Review:
    """What a selection publishes, for the administrator to check before any export."""

    incidents: int
    coarsened: int  # incidents whose location is the grid cell
    masked: dict[str, int]  # kind of personal data -> how many were masked
    categories: tuple[CategoryLine, ...]
    withheld: tuple[str, ...]
    sample: tuple[PublicIncident, ...]


def review(rows: Sequence[PublicIncident], tally: Mapping[str, int], selection: Selection,
           categories: Mapping[str, Category]) -> Review:
    counts = Counter(r.category for r in rows)
    lines = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        category = categories.get(code)
        rule = category is None or not category.exact_location
        lines.append(CategoryLine(code, next((r.category_name for r in rows if r.category == code), code), n,
                                  rule or code in selection.coarsen, not rule and code in selection.coarsen))
    masked = {k: int(v) for k, v in sorted(tally.items()) if k != "coarsened"}
    return Review(len(rows), int(tally.get("coarsened", 0)), masked, tuple(lines), WITHHELD, tuple(rows[:SAMPLE]))


def review_wire(found: Review) -> dict[str, Any]:
    """A review as JSON (the wire's OpenDataReview without its audit position)."""
    return {"incidents": found.incidents, "coarsened": found.coarsened, "masked": found.masked,
            "categories": [asdict(line) for line in found.categories], "withheld": list(found.withheld),
            "sample": [_row(r) for r in found.sample]}


# --- the formats ----------------------------------------------------------------------------------------


def _row(row: PublicIncident) -> dict[str, Any]:
    """One published row with local ISO times, the fields of the CSV and of a GeoJSON feature."""
    data = {name: getattr(row, name) for name in CSV_FIELDS}  # shallow: asdict's deep copies cost 4/5 of an export
    for name in ("reported_at", "updated_at", "closed_at", "expected_at"):
        data[name] = open311.w3c(data[name])
    return data


CSV_FIELDS = tuple(f.name for f in fields(PublicIncident) if f.name not in ("open311_status", "status_notes"))


def render(rows: Sequence[PublicIncident], fmt: str) -> bytes:
    """The export file of `rows` in `fmt` (one of FORMATS)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in _row(row).items()})
        return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM: spreadsheets then read it as UTF-8
    if fmt == "geojson":
        features = []
        for row in rows:
            properties = _row(row)
            lon, lat = properties.pop("lon"), properties.pop("lat")
            features.append({"type": "Feature", "id": row.case, "geometry": {"type": "Point", "coordinates": [lon, lat]},
                             "properties": properties})
        return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode()
    if fmt == "open311":
        return json.dumps([_service_request(r) for r in rows], ensure_ascii=False).encode()
    raise ValueError(f"unknown open data format: {fmt}")


def _service_request(row: PublicIncident) -> dict[str, Any]:
    """One GeoReport v2 service request, as `GET requests.json` describes it."""
    return {
        "service_request_id": row.case, "status": row.open311_status, "status_notes": row.status_notes,
        "service_name": row.category_name, "service_code": row.category, "description": row.description,
        "agency_responsible": row.agency or None, "service_notice": None,
        "requested_datetime": open311.w3c(row.reported_at), "updated_datetime": open311.w3c(row.updated_at),
        "expected_datetime": open311.w3c(row.expected_at), "address": row.address or None,
        "address_id": row.grid_cell or None, "zipcode": None, "lat": row.lat, "long": row.lon, "media_url": None,
    }


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
