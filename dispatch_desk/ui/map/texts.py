"""Every word the map page shows, translated by Qt and handed to the page in its configuration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("MapPage", text)


def page_texts() -> dict[str, str]:
    return {
        "mode_load": _t("Grid load"),
        "mode_open": _t("Open incidents"),
        "mode_overdue": _t("Overdue incidents"),
        "overdue_many": _t("Overdue ≥ 2"),
        "overdue_one": _t("Overdue 1"),
        "overdue": _t("Overdue"),
        "near": _t("Near overdue"),
        "open6": _t("Open ≥ 6"),
        "open3": _t("Open 3–5"),
        "open1": _t("Open 1–2"),
        "open0": _t("No open incidents"),
        "open_count": _t("Open"),
        "ind_ok": _t("Normal"),
        "ind_warn": _t("Warning ≥"),
        "ind_alarm": _t("Alarm ≥"),
        "no_data": _t("No reading"),
        "markers": _t("Incidents"),
        "st_new": _t("New / registered"),
        "st_handling": _t("Dispatched / in hand"),
        "st_returned": _t("Returned / escalated"),
        "st_done": _t("Disposed / verified"),
        "st_suspended": _t("Suspended"),
        "ring_overdue": _t("Red ring: overdue"),
        "ring_near": _t("Orange ring: near overdue"),
        "severity": _t("Size: severity"),
        "severity_one": _t("Severity"),
        "category": _t("Category"),
        "status": _t("Status"),
        "sla": _t("Time limit"),
        "sla_none": _t("No running clock"),
        "sla_left": _t("%1 left"),
        "sla_over": _t("Overdue by %1"),
        "hours": _t("h "),
        "minutes": _t("min"),
        "open": _t("Open"),
        "km": _t("km"),
        "m": _t("m"),
    }


def status_names() -> dict[str, str]:
    return {
        "reported": _t("Reported"),
        "registered": _t("Registered"),
        "dispatched": _t("Dispatched"),
        "accepted": _t("Accepted"),
        "disposed": _t("Disposed"),
        "verified": _t("Verified"),
        "closed": _t("Closed"),
        "returned": _t("Returned"),
        "escalated": _t("Escalated"),
        "suspended": _t("Suspended"),
        "cancelled": _t("Cancelled"),
    }


def severity_names() -> dict[str, str]:
    return {"1": _t("Low"), "2": _t("Normal"), "3": _t("High"), "4": _t("Critical")}
