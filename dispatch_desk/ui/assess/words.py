"""What the assessment's figures, rates and stages are called on screen and in exports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.assessment import PeriodKind, UnitKind
from dispatch_desk.domain.records import SlaStage

translate = QCoreApplication.translate  # the name lupdate looks for


def figure_names() -> dict[str, str]:
    """Every count of `assessment.FIGURE_KEYS` by key."""
    return {
        "reported": translate("Assessment", "Reported"),
        "registered": translate("Assessment", "Registered"),
        "dispatched": translate("Assessment", "Dispatched"),
        "accepted": translate("Assessment", "Accepted"),
        "accepted_on_time": translate("Assessment", "Accepted on time"),
        "disposed": translate("Assessment", "Disposed"),
        "disposed_on_time": translate("Assessment", "Disposed on time"),
        "verified": translate("Assessment", "Verified"),
        "verified_first_time": translate("Assessment", "Passed first verification"),
        "returned": translate("Assessment", "Returned"),
        "reworked": translate("Assessment", "Reworked (verification failed)"),
        "escalated": translate("Assessment", "Escalated"),
        "suspended": translate("Assessment", "Suspended"),
        "supervised": translate("Assessment", "Supervised (督办)"),
        "closed": translate("Assessment", "Closed"),
        "co_agency": translate("Assessment", "As co-agency"),
        "overdue_register": translate("Assessment", "Overdue: registration"),
        "overdue_dispatch": translate("Assessment", "Overdue: dispatch"),
        "overdue_accept": translate("Assessment", "Overdue: acceptance"),
        "overdue_dispose": translate("Assessment", "Overdue: disposal"),
        "overdue_verify": translate("Assessment", "Overdue: verification"),
    }


def rate_names() -> dict[str, str]:
    """The rates of the composite score by key (`assessment.rates_of`)."""
    return {
        "accept_on_time": translate("Assessment", "Accepted on time"),
        "dispose_on_time": translate("Assessment", "Disposed on time"),
        "first_time": translate("Assessment", "First-time pass"),
        "not_returned": translate("Assessment", "Not returned"),
        "closed": translate("Assessment", "Closure rate"),
    }


def stage_names() -> dict[SlaStage, str]:
    return {
        SlaStage.REGISTER: translate("Assessment", "Registration"),
        SlaStage.DISPATCH: translate("Assessment", "Dispatch"),
        SlaStage.ACCEPT: translate("Assessment", "Acceptance"),
        SlaStage.DISPOSE: translate("Assessment", "Disposal"),
        SlaStage.VERIFY: translate("Assessment", "Verification"),
    }


def unit_kind_names() -> dict[UnitKind, str]:
    return {UnitKind.AGENCY: translate("Assessment", "Agencies"), UnitKind.DISTRICT: translate("Assessment", "Districts"), UnitKind.STREET: translate("Assessment", "Streets")}


def period_kind_names() -> dict[PeriodKind, str]:
    return {PeriodKind.MONTH: translate("Assessment", "Monthly"), PeriodKind.WEEK: translate("Assessment", "Weekly")}


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def hours_text(seconds: float | None) -> str:
    """A working time in hours (minutes under an hour), the way the SLA limits are written."""
    if seconds is None:
        return "—"
    if seconds < 3600:
        return translate("Assessment", "%1 min").replace("%1", f"{seconds / 60:.0f}")
    return translate("Assessment", "%1 h").replace("%1", f"{seconds / 3600:.1f}")


def change_text(change: int | None) -> str:
    """Positions gained or lost since the previous period: ▲2, ▼1, = or — (not ranked then)."""
    if change is None:
        return "—"
    if change == 0:
        return "="
    return f"▲{change}" if change > 0 else f"▼{-change}"


def value_text(kind: str, value: Any) -> str:
    """A value of a column of `kind` ("text", "int", "rate", "score", "change", "hours") as the page writes it."""
    if kind == "change":
        return change_text(value)
    if value is None:
        return "—"
    if kind == "rate":
        return rate_text(value)
    if kind == "score":
        return score_text(value)
    if kind == "int":
        return f"{value:,}"
    if kind == "hours":
        return f"{value:.1f}"
    return str(value)
