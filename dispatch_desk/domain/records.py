"""Typed records for the domain vocabulary of docs/architecture.md §2.

Records are frozen dataclasses: a change is a new record (`dataclasses.replace`), which keeps the
workflow a pure function. Times are timezone-aware UTC `datetime`s; the business time zone
(Asia/Shanghai) is applied only where people read or where SLA calendars need it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from dispatch_desk.domain.cap_records import CapMessage

# A polygon is a list of rings; a ring is a list of (lon, lat) pairs, first ring outer, closed.
Ring = tuple[tuple[float, float], ...]
Polygon = tuple[Ring, ...]


class RegionLevel(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    STREET = "street"


class Stationing(StrEnum):
    RESIDENT = "resident"  # 整体进驻
    REGULAR = "regular"  # 常态派驻
    TEMPORARY = "temporary"  # 临时派驻


class Role(StrEnum):
    OPS_OFFICER = "ops_officer"  # 城运值班员 (city or district level, by the officer's region)
    AGENCY_OFFICER = "agency_officer"  # 进驻/派驻单位人员
    LIAISON = "liaison"  # 临时派驻联络员, scoped to operations
    STREET_SUPERVISOR = "street_supervisor"  # 街道/乡镇
    LEADER = "leader"  # read-only
    ANALYST = "analyst"  # 数据分析: read-only, the assessment and the thematic analysis
    ADMIN = "admin"


class IncidentStatus(StrEnum):
    REPORTED = "reported"  # 上报
    REGISTERED = "registered"  # 立案
    DISPATCHED = "dispatched"  # 派遣
    ACCEPTED = "accepted"  # 签收
    DISPOSED = "disposed"  # 处置完成
    VERIFIED = "verified"  # 核查通过
    CLOSED = "closed"  # 结案
    RETURNED = "returned"  # 退回 (agency rejected the dispatch)
    ESCALATED = "escalated"  # 上报上级, waiting for the higher level to take it
    SUSPENDED = "suspended"  # 挂起/延期
    CANCELLED = "cancelled"  # 作废 (invalid, or merged into another incident)


OPEN_STATUSES: frozenset[IncidentStatus] = frozenset(
    s for s in IncidentStatus if s not in (IncidentStatus.CLOSED, IncidentStatus.CANCELLED)
)


class Severity(IntEnum):
    LOW = 1  # 一般
    NORMAL = 2  # 较重
    HIGH = 3  # 紧急
    CRITICAL = 4  # 特急


class Source(StrEnum):
    HOTLINE_12345 = "hotline_12345"
    GRID_PATROL = "grid_patrol"
    IOT_SENSOR = "iot_sensor"
    VIDEO_AI = "video_ai"
    POLICE_110 = "police_110"
    CITIZEN_APP = "citizen_app"
    AGENCY_REPORT = "agency_report"
    INDICATOR_ALARM = "indicator_alarm"  # 智能发现: raised from a vital-sign alarm


class Dimension(StrEnum):
    BASICS = "basics"  # 城市基础
    ENVIRONMENT = "environment"  # 城市环境
    TRAFFIC = "traffic"  # 城市交通
    UTILITIES = "utilities"  # 城市保障
    SAFETY = "safety"  # 城市安全
    VITALITY = "vitality"  # 城市活力


class SlaStage(StrEnum):
    REGISTER = "register"  # reported -> registered
    DISPATCH = "dispatch"  # registered -> dispatched
    ACCEPT = "accept"  # dispatched -> accepted
    DISPOSE = "dispose"  # accepted -> disposed
    VERIFY = "verify"  # disposed -> verified


class SlaState(StrEnum):
    NONE = "none"  # no running clock (closed, cancelled, suspended)
    OK = "ok"
    NEAR = "near"  # near-overdue
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    level: RegionLevel
    parent: str | None = None
    polygon: Polygon = ()
    name_en: str = ""  # the name in English; the desk shows `name` when it is empty


@dataclass(frozen=True, slots=True)
class GridCell:
    code: str
    name: str
    street: str  # Region code of the street
    polygon: Polygon
    team: str = ""  # responsible grid team (网格员/网格长)
    agency_grids: tuple[str, ...] = ()  # the agency grids merged into this cell (多格合一)
    name_en: str = ""


@dataclass(frozen=True, slots=True)
class Agency:
    code: str
    name: str
    stationing: Stationing
    short_name: str = ""
    phone: str = ""
    name_en: str = ""
    short_name_en: str = ""  # the short name in English (queue columns, filters)


@dataclass(frozen=True, slots=True)
class Officer:
    id: str
    username: str
    name: str
    role: Role
    agency: str | None = None  # Agency code
    region: str | None = None  # Region code the officer's scope is rooted at
    operations: tuple[str, ...] = ()  # Operation ids (liaisons, and officers seconded to an operation)
    active: bool = True
    scope_until: datetime | None = None  # temporary seats expire


@dataclass(frozen=True, slots=True)
class SlaRule:
    """Time limit of one stage for one category, in business minutes of wall-clock time."""

    category: str
    stage: SlaStage
    limit_minutes: int
    near_minutes: int  # "near overdue" starts this many minutes before the deadline


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    group: str = ""  # 大类, e.g. 市容环境, 街面秩序, 设施设备
    default_agency: str | None = None  # routing: the agency suggested for dispatch
    dimension: Dimension | None = None
    name_en: str = ""
    group_en: str = ""  # the group in English
    # Whether open data may publish an incident's exact point: true for problems of public space (a pothole, a
    # fallen tree); false (the default) coarsens it to the grid cell, for those that may identify a household.
    exact_location: bool = False


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    title: str
    category: str
    source: Source
    severity: Severity
    status: IncidentStatus
    lon: float
    lat: float
    reported_at: datetime
    updated_at: datetime
    description: str = ""
    code: str = ""  # human case number, e.g. 2026112800137
    address: str = ""
    grid_cell: str | None = None
    street: str | None = None
    district: str | None = None
    level: RegionLevel = RegionLevel.STREET  # the level currently handling it
    reporter: str = ""  # officer id or outside caller reference
    lead_agency: str | None = None
    co_agencies: tuple[str, ...] = ()
    registered_at: datetime | None = None
    dispatched_at: datetime | None = None
    accepted_at: datetime | None = None
    disposed_at: datetime | None = None
    verified_at: datetime | None = None
    closed_at: datetime | None = None
    stage_started_at: datetime | None = None  # when the SLA clock of the current stage started
    due_at: datetime | None = None  # current stage deadline (suspension already added)
    deadline: datetime | None = None  # overall disposal deadline set at dispatch
    suspended_at: datetime | None = None
    suspended_until: datetime | None = None
    suspended_seconds: int = 0  # total suspended time, excluded from SLA
    resume_status: IncidentStatus | None = None  # status to return to when a suspension ends
    supervised: bool = False  # 督办
    return_reason: str = ""
    merged_into: str | None = None
    operation: str | None = None  # Operation id if raised inside a joint command
    indicator: str | None = None  # Indicator code for 智能发现 incidents
    version: int = 0  # bumped by the central service on every applied change


@dataclass(frozen=True, slots=True)
class IncidentAction:
    """One step of an incident's life, append-only."""

    id: str
    incident_id: str
    action: str  # an `Action` value from the workflow
    actor: str  # Officer id
    at: datetime
    from_status: IncidentStatus | None
    to_status: IncidentStatus
    note: str = ""
    actor_name: str = ""
    agency: str | None = None
    data: dict[str, Any] = field(default_factory=dict)  # action-specific details (agencies, deadline, ...)


class Direction(StrEnum):
    UP = "up"  # higher is worse (PM2.5, congestion)
    DOWN = "down"  # lower is worse (water pressure, bus punctuality)


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name: str
    dimension: Dimension
    unit: str
    region: str  # Region code
    warn: float | None = None
    alarm: float | None = None
    direction: Direction = Direction.UP
    decimals: int = 1
    auto_incident_category: str | None = None  # raise an incident automatically on alarm
    name_en: str = ""
    unit_en: str = ""  # e.g. "min" for 分钟; empty when the unit reads the same in both languages


@dataclass(frozen=True, slots=True)
class Reading:
    indicator: str
    at: datetime
    value: float


class AlertLevel(StrEnum):
    FORECAST = "forecast"  # 预警: predicted to cross
    WARN = "warn"
    ALARM = "alarm"
    EXTERNAL = "external"  # outside warning, e.g. a CAP message
    DEVICE = "device"  # 设备告警: an indicator's sensor stopped sending (cleared when it sends again)
    DUTY = "duty"  # 值班告警: a shift on duty with nobody of it signed in (cleared when one signs in)


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    level: AlertLevel
    raised_at: datetime
    message: str
    indicator: str | None = None
    region: str | None = None
    value: float | None = None
    cleared_at: datetime | None = None
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    incident_id: str | None = None
    # An external warning (level EXTERNAL) from a CAP 1.2 message (domain/cap.py): the message last
    # applied to it, its area on the map and what of the grid that area covers, when it ends by
    # itself, and the plans whose trigger it matches (proposed to the ops officer, never started).
    cap: CapMessage | None = None
    area: tuple[Polygon, ...] = ()
    districts: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    expires_at: datetime | None = None
    plans: tuple[str, ...] = ()


class OperationStatus(StrEnum):
    PLANNED = "planned"  # prepared, not yet running (平时)
    ACTIVE = "active"  # running (战时)
    STAND_DOWN = "stand_down"  # winding down: no new tasks, final report being written
    CLOSED = "closed"


class OperationKind(StrEnum):
    MAJOR_EVENT = "major_event"  # 重大活动
    EMERGENCY = "emergency"  # 突发事件


# Response levels (响应等级): 1 is the highest (一级响应), 4 the lowest; 0 is none declared.
RESPONSE_LEVELS = (1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class Seat:
    """A liaison seat (临时派驻): an officer acting for an agency inside one operation, for a time.

    The seat gives its officer the operation's scope from `starts_at` until `ends_at` (or until it is
    closed); check-in and check-out record who is in the room now.
    """

    id: str
    officer: str  # Officer id
    agency: str  # Agency code the officer acts for
    starts_at: datetime
    ends_at: datetime
    opened_by: str = ""
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    closed_at: datetime | None = None  # ended early by the commander, or recorded when it ran out
    closed_by: str = ""  # officer id, or "system" when it ran out

    def is_open(self, now: datetime) -> bool:
        return self.closed_at is None and self.starts_at <= now < self.ends_at

    def is_present(self, now: datetime) -> bool:
        """Checked in and not checked out, on a seat that is open now."""
        return self.is_open(now) and self.checked_in_at is not None and (
            self.checked_out_at is None or self.checked_out_at < self.checked_in_at)


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    name: str
    kind: str  # an OperationKind value
    status: OperationStatus
    commander: str  # Officer id
    area: Polygon = ()
    agencies: tuple[str, ...] = ()
    liaisons: tuple[str, ...] = ()  # Officer ids of the seats open now (kept with `seats`)
    plan: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    mode: str = ""  # free text of the response, e.g. 防台防汛Ⅱ级响应
    level: int = 0  # response level 1..4 (一级..四级响应), 0 none
    deputy: str | None = None  # Officer id
    regions: tuple[str, ...] = ()  # region codes the area was taken from, if any
    seats: tuple[Seat, ...] = ()  # every seat ever opened, closed ones included
    created_by: str = ""
    created_at: datetime | None = None
    stood_down_at: datetime | None = None
    reports_published: int = 0  # the number of the last published situation report
    final_report: str | None = None  # the published report the operation was closed with


@dataclass(frozen=True, slots=True)
class PlanTask:
    agency: str
    title: str
    description: str = ""
    offset_minutes: int = 0  # due this long after the operation starts
    title_en: str = ""  # the title in English; the desk shows `title` when it is empty


@dataclass(frozen=True, slots=True)
class Plan:
    id: str
    name: str
    kind: str
    tasks: tuple[PlanTask, ...] = ()
    name_en: str = ""  # the name in English; the desk shows `name` when it is empty
    active: bool = True  # a withdrawn plan starts no new operation; those started from it keep it


class TaskStatus(StrEnum):
    ASSIGNED = "assigned"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"  # cannot go on; `blocked_reason` says why
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    operation: str
    agency: str
    title: str
    status: TaskStatus
    assigned_at: datetime
    updated_at: datetime
    description: str = ""
    due_at: datetime | None = None
    blocked_reason: str = ""
    note: str = ""  # the last progress note or the reason of a cancellation
    incidents: tuple[str, ...] = ()  # linked incident ids
    lon: float | None = None  # where the task is carried out, if somewhere
    lat: float | None = None
    from_plan: bool = False
    assigned_by: str = ""
    updated_by: str = ""
    done_at: datetime | None = None


class LogKind(StrEnum):
    ORDER = "order"  # 指令
    REPORT = "report"  # 报告
    DECISION = "decision"  # 决策
    INFO = "info"  # 信息
    SYSTEM = "system"  # 系统记录 (automatic entries only)


@dataclass(frozen=True, slots=True)
class LogEntry:
    """Append-only entry of an operation's command log; a wrong entry is struck, never deleted.

    Automatic entries record what the system did (`event` names it, `subject` the record it is
    about); their `text` is the Chinese wording, the desk words them in the officer's language.
    """

    id: str
    operation: str
    at: datetime
    author: str  # Officer id ("system" for entries the central service writes by itself)
    kind: str  # a LogKind value
    text: str
    struck: bool = False
    struck_by: str | None = None
    struck_at: datetime | None = None
    struck_reason: str = ""
    automatic: bool = False
    significant: bool = False  # flagged by the commander as a significant event
    agency: str | None = None  # the author's agency, for filters
    event: str = ""  # automatic entries: e.g. task.done, seat.open, operation.level
    subject: str = ""  # automatic entries: the key of the task, seat, incident or alert concerned
    details: tuple[str, ...] = ()  # automatic entries: the values their wording needs


class ReportStatus(StrEnum):
    DRAFT = "draft"  # open for the agencies' sections
    PUBLISHED = "published"  # approved by the commander, numbered and immutable


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One agency's contribution to a situation report, in CAN form."""

    agency: str
    conditions: str = ""
    actions: str = ""
    needs: str = ""
    author: str = ""
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SituationReport:
    """A situation report (态势报告 / 情况专报) in CAN form: conditions, actions, needs."""

    id: str
    operation: str
    title: str
    status: ReportStatus
    created_by: str
    created_at: datetime
    conditions: str = ""
    actions: str = ""
    needs: str = ""
    sections: tuple[ReportSection, ...] = ()
    number: int = 0  # 1, 2, … once published
    final: bool = False  # the closing report of the operation
    updated_at: datetime | None = None
    published_by: str | None = None
    published_at: datetime | None = None


class KnowledgeKind(StrEnum):
    POLICY = "policy"  # 政策
    REGULATION = "regulation"  # 法规
    PROCEDURE = "procedure"  # 标准流程
    CASE = "case"  # 案例


@dataclass(frozen=True, slots=True)
class KnowledgeDoc:
    id: str
    kind: KnowledgeKind
    title: str
    body: str
    issued_by: str = ""
    issued_at: datetime | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DutyShift:
    """One officer's turn of duty (值班) at one post, for a center level (its region) or a stationed
    agency; the rules of duty and handover are in `domain.duty`."""

    id: str
    officer: str
    region: str | None
    starts_at: datetime
    ends_at: datetime
    post: str = ""  # 值班长 / 值班员 / 联络员 (duty.POSTS)
    operation: str | None = None
    handover_note: str = ""  # the roster's note for the shift (kept from imported rosters)
    agency: str | None = None  # the stationed agency whose duty this is; None: the center of `region`


@dataclass(frozen=True, slots=True)
class HandoverItem:
    """One open item a shift hands to the next (交接事项), as it stood when the handover was prepared."""

    kind: str  # "incident" | "alert" | "operation" | "task"
    key: str  # the record's id
    title: str
    state: str = ""  # incident: "overdue" | "near"; alert: its level; operation and task: their status
    due_at: datetime | None = None
    parent: str | None = None  # a task's operation


@dataclass(frozen=True, slots=True)
class Handover:
    """The handover (交接班) into one shift, signed off by the officer leaving and the one taking over.

    Its id is the incoming shift's: a shift is taken over once. `items` are prepared from the data by
    `duty.prepare` when the leaving officer signs (or when the incoming one takes over unsigned)."""

    id: str
    shift: str  # the incoming DutyShift
    previous: str | None  # the outgoing DutyShift, None when the roster has none before it
    region: str | None
    agency: str | None
    post: str
    prepared_at: datetime
    items: tuple[HandoverItem, ...] = ()
    note: str = ""  # the leaving officer's notes
    handed_over_by: str | None = None
    handed_over_at: datetime | None = None
    taken_over_by: str | None = None
    taken_over_at: datetime | None = None
    remark: str = ""  # the incoming officer's remark on signing


@dataclass(frozen=True, slots=True)
class PublishedAssessment:
    """An assessment (考核评价) the city center froze for a finished period: every desk shows these
    figures for it, whatever its own cache holds. Counted by the central service over all incidents."""

    id: str  # "<period kind>:<label>", e.g. month:2026-11 (assessment.published_id)
    period_kind: str  # an assessment.PeriodKind value
    start: datetime
    end: datetime
    published_at: datetime
    published_by: str  # Officer id
    published_by_name: str = ""
    incidents: int = 0  # incidents reported in the period, all counted
    weights: dict[str, float] = field(default_factory=dict)
    standing: dict[str, Any] = field(default_factory=dict)  # assessment.freeze(...)


@dataclass(frozen=True, slots=True)
class AssessmentWeights:
    """The weights of the assessment's composite score as an administrator set them (one record,
    id "current"); without it the documented defaults of `assessment.Weights` apply."""

    id: str
    weights: dict[str, float] = field(default_factory=dict)  # assessment.Weights field -> weight
    updated_at: datetime | None = None
    updated_by: str = ""  # Officer id
    updated_by_name: str = ""
