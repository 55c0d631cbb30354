"""People-facing labels of the incident vocabulary (statuses, sources, severities, SLA states, actions).

Built on each call through Qt's translator so a language switch takes effect without restarting;
the English source text is the fallback. Category, agency and region names come from data and are
already Chinese, so they are not here.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.records import IncidentStatus, Severity, SlaStage, SlaState, Source

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def status_label(status: str | None) -> str:
    labels = {
        IncidentStatus.REPORTED: _t("Reported"),
        IncidentStatus.REGISTERED: _t("Registered"),
        IncidentStatus.DISPATCHED: _t("Dispatched"),
        IncidentStatus.ACCEPTED: _t("Accepted"),
        IncidentStatus.DISPOSED: _t("Disposed"),
        IncidentStatus.VERIFIED: _t("Verified"),
        IncidentStatus.CLOSED: _t("Closed"),
        IncidentStatus.RETURNED: _t("Returned"),
        IncidentStatus.ESCALATED: _t("Escalated"),
        IncidentStatus.SUSPENDED: _t("Suspended"),
        IncidentStatus.CANCELLED: _t("Cancelled"),
    }
    return labels.get(status, status or "")  # type: ignore[arg-type]


def source_label(source: str | None) -> str:
    labels = {
        Source.HOTLINE_12345: _t("12345 hotline"),
        Source.GRID_PATROL: _t("Grid patrol"),
        Source.IOT_SENSOR: _t("IoT sensor"),
        Source.VIDEO_AI: _t("Video AI"),
        Source.POLICE_110: _t("110 linkage"),
        Source.CITIZEN_APP: _t("Citizen app"),
        Source.AGENCY_REPORT: _t("Agency report"),
        Source.INDICATOR_ALARM: _t("Indicator alarm"),
    }
    return labels.get(source, source or "")  # type: ignore[arg-type]


def severity_label(severity: int | None) -> str:
    labels = {
        Severity.LOW: _t("Low"),
        Severity.NORMAL: _t("Serious"),
        Severity.HIGH: _t("Urgent"),
        Severity.CRITICAL: _t("Critical"),
    }
    return labels.get(severity, str(severity or ""))  # type: ignore[arg-type]


def sla_state_label(state: str | None) -> str:
    labels = {
        SlaState.NONE: _t("No clock"),
        SlaState.OK: _t("On time"),
        SlaState.NEAR: _t("Near due"),
        SlaState.OVERDUE: _t("Overdue"),
    }
    return labels.get(state, state or "")  # type: ignore[arg-type]


def stage_label(stage: str) -> str:
    labels = {
        SlaStage.REGISTER: _t("Register"),
        SlaStage.DISPATCH: _t("Dispatch"),
        SlaStage.ACCEPT: _t("Accept"),
        SlaStage.DISPOSE: _t("Dispose"),
        SlaStage.VERIFY: _t("Verify"),
    }
    return labels.get(stage, stage)  # type: ignore[arg-type]


def action_label(action: str) -> str:
    """The verb of a timeline entry or a button."""
    labels = {
        "report": _t("Report"),
        "register": _t("Register"),
        "dispatch": _t("Dispatch"),
        "accept": _t("Accept"),
        "return": _t("Return"),
        "dispose": _t("Dispose"),
        "verify": _t("Verify"),
        "close": _t("Close"),
        "reopen": _t("Reopen"),
        "escalate": _t("Escalate"),
        "suspend": _t("Suspend"),
        "approve_suspension": _t("Approve suspension"),
        "resume": _t("Resume"),
        "extend": _t("Extend deadline"),
        "supervise": _t("Supervise"),
        "cancel": _t("Cancel"),
        "merge": _t("Merge duplicates"),
        "comment": _t("Comment"),
    }
    return labels.get(action, action)


def format_countdown(seconds: float) -> str:
    """`2:05:09` left, `-0:12:30` past due; days shown as `3d 4:05` past a day."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return _t("%1%2d %3:%4").replace("%1", sign).replace("%2", str(days)).replace(
            "%3", str(hours)).replace("%4", f"{minutes:02d}")
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"


def business_time(at: datetime | None, with_seconds: bool = False) -> str:
    """A UTC time as people in the center read it (Asia/Shanghai)."""
    if at is None:
        return ""
    return at.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")
