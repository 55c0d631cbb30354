"""Every word the map page shows, translated by Qt and handed to the page in its configuration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_texts() -> dict[str, str]:
    return {
        "mode_load": QCoreApplication.translate("MapPage", "Grid load"),
        "mode_open": QCoreApplication.translate("MapPage", "Open incidents"),
        "mode_overdue": QCoreApplication.translate("MapPage", "Overdue incidents"),
        "overdue_many": QCoreApplication.translate("MapPage", "Overdue ≥ 2"),
        "overdue_one": QCoreApplication.translate("MapPage", "Overdue 1"),
        "overdue": QCoreApplication.translate("MapPage", "Overdue"),
        "near": QCoreApplication.translate("MapPage", "Near overdue"),
        "open6": QCoreApplication.translate("MapPage", "Open ≥ 6"),
        "open3": QCoreApplication.translate("MapPage", "Open 3–5"),
        "open1": QCoreApplication.translate("MapPage", "Open 1–2"),
        "open0": QCoreApplication.translate("MapPage", "No open incidents"),
        "open_count": QCoreApplication.translate("MapPage", "Open"),
        "ind_ok": QCoreApplication.translate("MapPage", "Normal"),
        "ind_warn": QCoreApplication.translate("MapPage", "Warning ≥"),
        "ind_alarm": QCoreApplication.translate("MapPage", "Alarm ≥"),
        "no_data": QCoreApplication.translate("MapPage", "No reading"),
        "markers": QCoreApplication.translate("MapPage", "Incidents"),
        "legend": QCoreApplication.translate("MapPage", "Legend"),
        "legend_toggle": QCoreApplication.translate("MapPage", "Click to show or hide the legend"),
        "st_new": QCoreApplication.translate("MapPage", "New / registered"),
        "st_handling": QCoreApplication.translate("MapPage", "Dispatched / in hand"),
        "st_returned": QCoreApplication.translate("MapPage", "Returned / escalated"),
        "st_done": QCoreApplication.translate("MapPage", "Disposed / verified"),
        "st_suspended": QCoreApplication.translate("MapPage", "Suspended"),
        "ring_overdue": QCoreApplication.translate("MapPage", "Red ring: overdue"),
        "ring_near": QCoreApplication.translate("MapPage", "Orange ring: near overdue"),
        "severity": QCoreApplication.translate("MapPage", "Size: severity"),
        "severity_one": QCoreApplication.translate("MapPage", "Severity"),
        "category": QCoreApplication.translate("MapPage", "Category"),
        "status": QCoreApplication.translate("MapPage", "Status"),
        "sla": QCoreApplication.translate("MapPage", "Time limit"),
        "sla_none": QCoreApplication.translate("MapPage", "No running clock"),
        "sla_left": QCoreApplication.translate("MapPage", "%1 left"),
        "sla_over": QCoreApplication.translate("MapPage", "Overdue by %1"),
        "hours": QCoreApplication.translate("MapPage", "h "),
        "minutes": QCoreApplication.translate("MapPage", "min"),
        "open": QCoreApplication.translate("MapPage", "Open", "popup button that selects the incident"),
        "tasks": QCoreApplication.translate("MapPage", "Operation tasks"),
        "task_overdue": QCoreApplication.translate("MapPage", "Overdue", "a task past its due time"),
        "tiles_missing": QCoreApplication.translate("MapPage", "No base map here offline"),
        "tiles_missing_hint": QCoreApplication.translate(
            "MapPage", "This area was never shown while online, so only the grid is drawn. You will be offered to "
            "keep it for offline use when the network is back."),
        "tiles_toggle": QCoreApplication.translate("MapPage", "Click to show or hide the explanation"),
        "tiles_missing_tile": QCoreApplication.translate("MapPage", "No base map offline", "on a missing map tile"),
        "tiles_back": QCoreApplication.translate("MapPage", "The network is back: the base map is loading"),
        "tiles_back_hint": QCoreApplication.translate("MapPage", "Keep this area's base map for offline use?"),
        "tiles_prefetch": QCoreApplication.translate("MapPage", "Prefetch this area…"),
        "tiles_later": QCoreApplication.translate("MapPage", "Not now"),
        "km": QCoreApplication.translate("MapPage", "km"),
        "m": QCoreApplication.translate("MapPage", "m"),
    }


def status_names() -> dict[str, str]:
    return {
        "reported": QCoreApplication.translate("MapPage", "Reported"),
        "registered": QCoreApplication.translate("MapPage", "Registered"),
        "dispatched": QCoreApplication.translate("MapPage", "Dispatched"),
        "accepted": QCoreApplication.translate("MapPage", "Accepted"),
        "disposed": QCoreApplication.translate("MapPage", "Disposed"),
        "verified": QCoreApplication.translate("MapPage", "Verified"),
        "closed": QCoreApplication.translate("MapPage", "Closed"),
        "returned": QCoreApplication.translate("MapPage", "Returned"),
        "escalated": QCoreApplication.translate("MapPage", "Escalated"),
        "suspended": QCoreApplication.translate("MapPage", "Suspended"),
        "cancelled": QCoreApplication.translate("MapPage", "Cancelled"),
    }


def severity_names() -> dict[str, str]:
    return {
        "1": QCoreApplication.translate("MapPage", "Low", "severity"),
        "2": QCoreApplication.translate("MapPage", "Normal", "severity"),
        "3": QCoreApplication.translate("MapPage", "High", "severity"),
        "4": QCoreApplication.translate("MapPage", "Critical", "severity"),
    }


def task_status_names() -> dict[str, str]:
    return {
        "assigned": QCoreApplication.translate("MapPage", "Assigned", "task status"),
        "accepted": QCoreApplication.translate("MapPage", "Accepted", "task status"),
        "in_progress": QCoreApplication.translate("MapPage", "In progress", "task status"),
        "blocked": QCoreApplication.translate("MapPage", "Blocked", "task status"),
        "done": QCoreApplication.translate("MapPage", "Done", "task status"),
        "cancelled": QCoreApplication.translate("MapPage", "Cancelled", "task status"),
    }
