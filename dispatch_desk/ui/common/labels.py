"""People-facing labels of the incident vocabulary (statuses, sources, severities, SLA states, actions).

Built on each call through Qt's translator so a language switch takes effect without restarting;
the English source text is the fallback. Category, agency and region names come from data and are
already Chinese, so they are not here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.records import IncidentStatus, Severity, SlaStage, SlaState, Source
from dispatch_desk.domain.sla import BUSINESS_TZ  # the city's zone, defined once (re-exported here)

translate = QCoreApplication.translate  # the name lupdate looks for

# Translated tables, built once per language: a queue paints thousands of labels a second.
_tables: dict[str, dict] = {}


def reset() -> None:
    """Forget the translated tables (call on QEvent.LanguageChange)."""
    _tables.clear()


def _table(name: str, build: Callable[[], dict]) -> dict:
    table = _tables.get(name)
    if table is None:
        table = _tables[name] = build()
    return table


def status_label(status: str | None) -> str:
    labels = _table("status", lambda: {
        IncidentStatus.REPORTED: translate("Vocabulary", "Reported"),
        IncidentStatus.REGISTERED: translate("Vocabulary", "Registered"),
        IncidentStatus.DISPATCHED: translate("Vocabulary", "Dispatched"),
        IncidentStatus.ACCEPTED: translate("Vocabulary", "Accepted"),
        IncidentStatus.DISPOSED: translate("Vocabulary", "Disposed"),
        IncidentStatus.VERIFIED: translate("Vocabulary", "Verified"),
        IncidentStatus.CLOSED: translate("Vocabulary", "Closed"),
        IncidentStatus.RETURNED: translate("Vocabulary", "Returned"),
        IncidentStatus.ESCALATED: translate("Vocabulary", "Escalated"),
        IncidentStatus.SUSPENDED: translate("Vocabulary", "Suspended"),
        IncidentStatus.CANCELLED: translate("Vocabulary", "Cancelled"),
    })
    return labels.get(status, status or "")  # type: ignore[arg-type]


def source_label(source: str | None) -> str:
    labels = _table("source", lambda: {
        Source.HOTLINE_12345: translate("Vocabulary", "12345 hotline"),
        Source.GRID_PATROL: translate("Vocabulary", "Grid patrol"),
        Source.IOT_SENSOR: translate("Vocabulary", "IoT sensor"),
        Source.VIDEO_AI: translate("Vocabulary", "Video AI"),
        Source.POLICE_110: translate("Vocabulary", "110 linkage"),
        Source.CITIZEN_APP: translate("Vocabulary", "Citizen app"),
        Source.AGENCY_REPORT: translate("Vocabulary", "Agency report"),
        Source.INDICATOR_ALARM: translate("Vocabulary", "Indicator alarm"),
    })
    return labels.get(source, source or "")  # type: ignore[arg-type]


def severity_label(severity: int | None) -> str:
    labels = _table("severity", lambda: {
        Severity.LOW: translate("Vocabulary", "Low"),
        Severity.NORMAL: translate("Vocabulary", "Serious"),
        Severity.HIGH: translate("Vocabulary", "Urgent"),
        Severity.CRITICAL: translate("Vocabulary", "Critical"),
    })
    return labels.get(severity, str(severity or ""))  # type: ignore[arg-type]


def sla_state_label(state: str | None) -> str:
    labels = _table("sla", lambda: {
        SlaState.NONE: translate("Vocabulary", "No clock"),
        SlaState.OK: translate("Vocabulary", "On time"),
        SlaState.NEAR: translate("Vocabulary", "Near due"),
        SlaState.OVERDUE: translate("Vocabulary", "Overdue"),
    })
    return labels.get(state, state or "")  # type: ignore[arg-type]


def stage_label(stage: str) -> str:
    labels = _table("stage", lambda: {
        SlaStage.REGISTER: translate("Vocabulary", "Register"),
        SlaStage.DISPATCH: translate("Vocabulary", "Dispatch"),
        SlaStage.ACCEPT: translate("Vocabulary", "Accept"),
        SlaStage.DISPOSE: translate("Vocabulary", "Dispose"),
        SlaStage.VERIFY: translate("Vocabulary", "Verify"),
    })
    return labels.get(stage, stage)  # type: ignore[arg-type]


def action_label(action: str) -> str:
    """The verb of a timeline entry or a button."""
    labels = _table("action", lambda: {
        "report": translate("Vocabulary", "Report"),
        "register": translate("Vocabulary", "Register"),
        "dispatch": translate("Vocabulary", "Dispatch"),
        "accept": translate("Vocabulary", "Accept"),
        "return": translate("Vocabulary", "Return"),
        "dispose": translate("Vocabulary", "Dispose"),
        "verify": translate("Vocabulary", "Verify"),
        "close": translate("Vocabulary", "Close"),
        "reopen": translate("Vocabulary", "Reopen"),
        "escalate": translate("Vocabulary", "Escalate"),
        "suspend": translate("Vocabulary", "Suspend"),
        "approve_suspension": translate("Vocabulary", "Approve suspension"),
        "resume": translate("Vocabulary", "Resume"),
        "extend": translate("Vocabulary", "Extend deadline"),
        "supervise": translate("Vocabulary", "Supervise"),
        "cancel": translate("Vocabulary", "Cancel"),
        "merge": translate("Vocabulary", "Merge duplicates"),
        "comment": translate("Vocabulary", "Comment"),
    })
    return labels.get(action, action)


def format_countdown(seconds: float) -> str:
    """`2:05:09` left, `-0:12:30` past due; days shown as `3d 4:05` past a day."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return translate("Vocabulary", "%1%2d %3:%4").replace("%1", sign).replace("%2", str(days)).replace(
            "%3", str(hours)).replace("%4", f"{minutes:02d}")
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"


def business_time(at: datetime | None, with_seconds: bool = False) -> str:
    """A UTC time as people in the center read it (Asia/Shanghai)."""
    if at is None:
        return ""
    return at.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")


# --- joint command: operations and tasks (context CommandWords, as on the command screens) ---


def operation_status(status: str) -> str:
    return {
        "planned": translate("CommandWords", "Planned"),
        "active": translate("CommandWords", "Active"),
        "stand_down": translate("CommandWords", "Standing down"),
        "closed": translate("CommandWords", "Closed"),
    }.get(status, status)


def operation_kind(kind: str) -> str:
    return {
        "major_event": translate("CommandWords", "Major event"),
        "emergency": translate("CommandWords", "Emergency"),
    }.get(kind, kind)


def response_level(level: int) -> str:
    return {
        1: translate("CommandWords", "Level I response"),
        2: translate("CommandWords", "Level II response"),
        3: translate("CommandWords", "Level III response"),
        4: translate("CommandWords", "Level IV response"),
    }.get(level, translate("CommandWords", "No response level"))


def task_status(status: str) -> str:
    return {
        "assigned": translate("CommandWords", "Assigned"),
        "accepted": translate("CommandWords", "Accepted"),
        "in_progress": translate("CommandWords", "In progress"),
        "blocked": translate("CommandWords", "Blocked"),
        "done": translate("CommandWords", "Done"),
        "cancelled": translate("CommandWords", "Cancelled"),
    }.get(status, status)
