"""Incidents as rows of the `incident` table, and back to records and wire dicts.

Times are stored as INTEGER microseconds since the Unix epoch (UTC): exact for the wire's ISO
times, and plain integer comparisons for SLA states. Two derived columns are written with each
row: `open` / `clock` (whether the incident is open, whether an SLA clock runs) and `near_at`
(the start of the near-overdue window, from the category's SLA rule for the current stage).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, overload

from dispatch_desk.domain import sla
from dispatch_desk.domain.records import OPEN_STATUSES, Incident

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)

TIME_FIELDS = (
    "reported_at", "updated_at", "registered_at", "dispatched_at", "accepted_at", "disposed_at",
    "verified_at", "closed_at", "stage_started_at", "due_at", "deadline", "suspended_at",
    "suspended_until",
)  # fmt: skip
# Every Incident field, in table order; then the derived columns.
FIELDS = (
    "id", "code", "title", "description", "category", "source", "severity", "status", "lon", "lat",
    "address", "grid_cell", "street", "district", "level", "reporter", "lead_agency", "co_agencies",
    *TIME_FIELDS, "suspended_seconds", "resume_status", "supervised", "return_reason", "merged_into",
    "operation", "indicator", "version",
)  # fmt: skip
DERIVED = ("open", "clock", "near_at", "pending")
COLUMNS = FIELDS + DERIVED
_TIME_INDEX = frozenset(FIELDS.index(f) for f in TIME_FIELDS)

_OPEN = frozenset(s.value for s in OPEN_STATUSES)
# The SLA stage whose clock runs in each status, and the near-overdue window of a category without
# a rule of its own: the domain's, so that queues and the detail pane agree.
STAGE_OF_STATUS = {status.value: stage.value for status, stage in sla.STAGE_OF_STATUS.items()}
DEFAULT_NEAR_US = {stage.value: rule.near_minutes * 60_000_000 for stage, rule in sla.DEFAULT_RULES.items()}

# (category, stage) -> near-overdue window in microseconds
NearWindows = Mapping[tuple[str, str], int]

# Rows are written as (rid, *COLUMNS); an existing id keeps its rid.
INSERT_SQL = f"INSERT INTO incident (rid, {', '.join(COLUMNS)}) VALUES (?, {', '.join('?' * len(COLUMNS))})"
UPSERT_SQL = (
    f"{INSERT_SQL} ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])}"
)
# rid = reported_at (µs) * RID_SLOTS + n: the table's order is report-time order (0003_incidents.sql).
RID_SLOTS = 1024


def rid_base(reported_us: int) -> int:
    return reported_us * RID_SLOTS


def rid_bounds(at: datetime) -> int:
    """The smallest rid of incidents reported at or after `at`."""
    return rid_base(to_us(at))


@overload
def to_us(value: datetime) -> int: ...
@overload
def to_us(value: datetime | None) -> int | None: ...
def to_us(value: datetime | None) -> int | None:
    return None if value is None else (value - EPOCH) // _US


@overload
def from_us(value: int) -> datetime: ...
@overload
def from_us(value: int | None) -> datetime | None: ...
def from_us(value: int | None) -> datetime | None:
    # seconds and microseconds apart: timedelta(microseconds=<16 digits>) is 2.5x slower
    return None if value is None else EPOCH + timedelta(0, value // 1_000_000, value % 1_000_000)


@overload
def iso_to_us(value: str) -> int: ...
@overload
def iso_to_us(value: str | None) -> int | None: ...
def iso_to_us(value: str | None) -> int | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return (parsed - EPOCH) // _US


@overload
def us_to_iso(value: int) -> str: ...
@overload
def us_to_iso(value: int | None) -> str | None: ...
def us_to_iso(value: int | None) -> str | None:
    if value is None:
        return None
    return (EPOCH + timedelta(0, value // 1_000_000, value % 1_000_000)).isoformat().replace("+00:00", "Z")


def _derived(
    status: str, category: str, due: int | None, windows: NearWindows, pending: int
) -> tuple[bool, bool, int | None, int]:
    clock = sla.has_clock(status)
    near = None
    if due is not None:
        stage = STAGE_OF_STATUS.get(status, "")
        near = due - windows.get((category, stage), DEFAULT_NEAR_US.get(stage, 0))
    return (status in _OPEN, clock, near, pending)


def values_from_record(i: Incident, windows: NearWindows, pending: int = 0) -> tuple[Any, ...]:
    """Row values (in COLUMNS order) of a record. Written out field by field: this is the bulk path.
    Enum members go in as they are: StrEnum and IntEnum members are str and int to sqlite3."""
    e = EPOCH
    due = None if i.due_at is None else (i.due_at - e) // _US
    co = i.co_agencies
    return (
        i.id, i.code, i.title, i.description, i.category, i.source, i.severity, i.status,
        i.lon, i.lat, i.address, i.grid_cell, i.street, i.district, i.level, i.reporter,
        i.lead_agency, json.dumps(list(co)) if co else "[]",
        (i.reported_at - e) // _US, (i.updated_at - e) // _US, to_us(i.registered_at),
        to_us(i.dispatched_at), to_us(i.accepted_at), to_us(i.disposed_at), to_us(i.verified_at),
        to_us(i.closed_at), to_us(i.stage_started_at), due, to_us(i.deadline), to_us(i.suspended_at),
        to_us(i.suspended_until), i.suspended_seconds, i.resume_status, int(i.supervised),
        i.return_reason, i.merged_into, i.operation, i.indicator, i.version,
    ) + _derived(i.status, i.category, due, windows, pending)  # fmt: skip


def values_from_wire(d: Mapping[str, Any], windows: NearWindows, pending: int = 0) -> tuple[Any, ...]:
    """Row values of a `codec.to_wire` dict (the change feed's and the outbox's shape). Written out
    field by field like values_from_record: this is the initial-sync path."""
    g, t = d.get, iso_to_us
    status, due, co = d["status"], t(g("due_at")), g("co_agencies")
    return (
        d["id"], g("code", ""), d["title"], g("description", ""), d["category"], d["source"],
        d["severity"], status, d["lon"], d["lat"], g("address", ""), g("grid_cell"), g("street"),
        g("district"), g("level", "street"), g("reporter", ""), g("lead_agency"),
        json.dumps(list(co)) if co else "[]",
        t(d["reported_at"]), t(d["updated_at"]), t(g("registered_at")), t(g("dispatched_at")),
        t(g("accepted_at")), t(g("disposed_at")), t(g("verified_at")), t(g("closed_at")),
        t(g("stage_started_at")), due, t(g("deadline")), t(g("suspended_at")), t(g("suspended_until")),
        g("suspended_seconds", 0), g("resume_status"), int(bool(g("supervised"))), g("return_reason", ""),
        g("merged_into"), g("operation"), g("indicator"), g("version", 0),
    ) + _derived(status, d["category"], due, windows, pending)  # fmt: skip


def wire_from_row(row: tuple[Any, ...]) -> dict[str, Any]:
    """The `codec.to_wire` dict of a row selected as COLUMNS (derived columns ignored)."""
    out: dict[str, Any] = {}
    for i, name in enumerate(FIELDS):
        value = row[i]
        if i in _TIME_INDEX:
            value = us_to_iso(value)
        elif name == "co_agencies":
            value = json.loads(value)
        elif name == "supervised":
            value = bool(value)
        out[name] = value
    return out
