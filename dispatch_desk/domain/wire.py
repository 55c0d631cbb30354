"""Payload schemas of API v1, shared by the central service and the client (docs/architecture.md §4).

One definition per payload: the central service validates requests and builds its OpenAPI
document from these classes, and the client builds requests and parses answers with them.
Entity bodies inside changes and conflicts are the dicts of `domain.codec.to_wire`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_BATCH = 500  # mutations in one POST
MAX_PAGE = 5000  # changes in one page


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Strict):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    device_id: str = Field(min_length=1, max_length=128)


class RefreshRequest(_Strict):
    refresh_token: str = Field(min_length=16, max_length=512)
    device_id: str = Field(min_length=1, max_length=128)


class OfficerInfo(BaseModel):
    id: str
    username: str
    name: str
    role: str
    agency: str | None = None
    region: str | None = None
    operations: list[str] = []


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int  # seconds of validity of the access token
    officer: OfficerInfo


class Mutation(_Strict):
    """A domain command with a client-generated id, e.g. name="incident.dispatch"."""

    id: str = Field(min_length=8, max_length=64)
    name: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$", max_length=64)
    args: dict[str, Any] = {}
    client_time: datetime | None = None


class MutationBatch(_Strict):
    mutations: list[Mutation] = Field(min_length=1, max_length=MAX_BATCH)


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # applied earlier; the same result again
    CONFLICT = "conflict"  # the workflow refuses it against the current server state
    REJECTED = "rejected"  # invalid or not permitted


class MutationResult(BaseModel):
    id: str
    outcome: Outcome
    reason: str = ""  # readable by a person, for conflict and rejected
    code: str = ""  # the stable refusal code (`workflow_actions.Code`) behind a conflict or rejection
    seq: int | None = None  # the change-feed position of the applied effect
    entity: str | None = None  # for conflicts: the kind of the server state below
    state: dict[str, Any] | None = None  # for conflicts: the current server state


class MutationBatchResult(BaseModel):
    results: list[MutationResult]


class Change(BaseModel):
    seq: int
    entity: str  # incident, incident_action, region, grid_cell, agency, category, sla_rule, officer,
    # indicator, reading, alert, operation, plan, task, log_entry, knowledge_doc, duty_shift
    key: str
    op: Literal["upsert", "delete"]
    data: dict[str, Any] | None = None


class ChangesPage(BaseModel):
    changes: list[Change]
    next_since: int  # the cursor to ask for next
    has_more: bool


class ReadingIn(_Strict):
    indicator: str = Field(min_length=1, max_length=64)
    at: datetime
    value: float


class ReadingsBatch(_Strict):
    readings: list[ReadingIn] = Field(min_length=1, max_length=10000)


class ReadingsResult(BaseModel):
    accepted: int
    seq: int | None = None


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    seq: int
    backend: str


class ErrorBody(BaseModel):
    error: str  # machine code, e.g. "invalid_payload"
    message: str  # readable by a person


class OpenDataSelection(_Strict):
    """What an open-data review or export covers; the domain checks the values (`open_data.parse_selection`)."""

    start: str = Field(max_length=40)
    end: str = Field(max_length=40)
    area: str | None = Field(default=None, max_length=64)
    categories: list[str] = Field(default_factory=list, max_length=500)
    coarsen: list[str] = Field(default_factory=list, max_length=500)
    withhold_text: bool = False


class OpenDataExportRequest(_Strict):
    selection: OpenDataSelection
    format: Literal["csv", "geojson", "open311"]
    review: int = Field(ge=1)  # the audit position of the review this export follows


class OpenDataCategory(BaseModel):
    code: str
    name: str
    incidents: int
    coarsened: bool
    by_reviewer: bool


class OpenDataReview(BaseModel):
    """What a selection publishes; `review` names it for the export that follows."""

    review: int
    reviewed_at: datetime
    incidents: int
    coarsened: int
    masked: dict[str, int]
    categories: list[OpenDataCategory]
    withheld: list[str]
    sample: list[dict[str, Any]]


class Migration(BaseModel):
    version: int
    name: str
    applied_at: str


class BackgroundJob(BaseModel):
    name: str
    every_s: float


class ServiceStatus(BaseModel):
    """One central instance and its database, as `GET /api/v1/admin/service` answers."""

    version: str
    started_at: datetime
    uptime_s: int
    streams: int  # live streams open on this instance
    background: list[BackgroundJob]
    backend: str
    db_latency_ms: float
    db_bytes: int | None
    migrations: list[Migration]
    records: dict[str, int]  # records kept, by kind
    audit_rows: int
    seq: int


class SensorState(BaseModel):
    """An indicator's sensor as the vital-sign monitors see it."""

    indicator: str
    name: str
    name_en: str = ""
    region: str
    monitored: bool  # it has thresholds, so a monitor watches it
    last_at: datetime | None
    last_value: float | None
    unit: str
    unit_en: str = ""  # the unit in English, when it reads differently
    step_s: float | None  # its usual interval
    silent: bool
    silent_for_s: int
    limit_s: float  # how long it may go without a reading
    level: int  # 0 normal, 1 warn, 2 alarm
    device_alert: str | None


class AuditRow(BaseModel):
    n: int
    at: str
    kind: str
    officer_id: str
    device_id: str
    client: str
    mutation_id: str
    name: str
    args: Any
    outcome: str
    reason: str
    seq: int | None


class AuditPage(BaseModel):
    rows: list[AuditRow]
    next: int | None  # pass as `before` for the next page; None: this was the last


class DeskHealth(_Strict):
    """What a desk reports of itself now and then (`POST /api/v1/desks/health`)."""

    version: str = Field(max_length=40)
    cursor: int = Field(ge=0)  # the feed position its cache has reached
    outbox: int = Field(ge=0)  # its mutations not yet answered
    conflicts: int = Field(ge=0)  # conflicts it has not resolved
    cache_bytes: int | None = Field(default=None, ge=0)


class DeskState(BaseModel):
    """A desk as the central service last heard of it (`GET /api/v1/admin/desks`)."""

    device_id: str
    officer_id: str
    officer_name: str
    version: str
    cursor: int
    lag: int  # changes of the feed its cache has not reached yet
    outbox: int
    conflicts: int
    cache_bytes: int | None
    client: str
    reported_at: datetime
    seen_s: int  # seconds since then


class OfficerForm(_Strict):
    """An account as an administrator creates or changes it (`POST`/`PATCH /api/v1/admin/officers`);
    the domain checks it (`officers.problem`). A new account needs a password."""

    username: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=40)
    role: str = Field(max_length=32)
    region: str | None = Field(default=None, max_length=64)
    agency: str | None = Field(default=None, max_length=64)
    active: bool = True
    password: str | None = Field(default=None, max_length=256)


class PasswordForm(_Strict):
    password: str = Field(min_length=1, max_length=256)


class CategoryForm(_Strict):
    """A category as an administrator changes it (`PATCH /api/v1/admin/categories/{code}`)."""

    name: str = Field(min_length=1, max_length=40)
    name_en: str = Field(default="", max_length=40)
    default_agency: str | None = Field(default=None, max_length=64)
    exact_location: bool = False


class StageLimit(_Strict):
    stage: Literal["register", "dispatch", "accept", "dispose", "verify"]
    limit_minutes: int = Field(ge=1)
    near_minutes: int = Field(ge=0)


class LimitsForm(_Strict):
    """A category's time limit per stage (`PUT /api/v1/admin/categories/{code}/limits`); stages not named
    keep theirs."""

    limits: list[StageLimit] = Field(min_length=1, max_length=5)


class GridProblem(BaseModel):
    kind: str  # a key of `grid_import.TEXTS`
    feature: int | None  # the feature's place in the file, from 1
    code: str
    other: str  # the other cell, or the street
    text: str  # in English


class GridImportResult(BaseModel):
    """What a grid file does (`POST /api/v1/admin/grid`): refused as a whole when `problems` is not empty."""

    cells: int
    new: int
    changed: int
    unchanged: int
    problems: list[GridProblem]
    more: int = 0  # problems beyond those listed
    imported: bool


class AgencyForm(_Strict):
    """An agency as an administrator adds or changes it (`PUT /api/v1/admin/agencies/{code}`)."""

    name: str = Field(min_length=1, max_length=40)
    stationing: Literal["resident", "regular", "temporary"]
    short_name: str = Field(default="", max_length=12)
    phone: str = Field(default="", max_length=32)
    name_en: str = Field(default="", max_length=40)
    short_name_en: str = Field(default="", max_length=12)


class PlanTaskForm(_Strict):
    """One task template of a plan: the agency it goes to and when it is due after the start."""

    agency: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=200)
    title_en: str = Field(default="", max_length=200)
    description: str = Field(default="", max_length=4000)
    offset_minutes: int = Field(default=0, ge=0)


class PlanForm(_Strict):
    """A plan (预案) as an administrator adds or changes it (`PUT /api/v1/admin/plans/{id}`), its tasks in
    order; the domain checks it (`catalogue.plan_problem`)."""

    name: str = Field(min_length=1, max_length=80)
    name_en: str = Field(default="", max_length=80)
    kind: str = Field(min_length=1, max_length=32)
    active: bool = True
    tasks: list[PlanTaskForm] = Field(min_length=1, max_length=50)

