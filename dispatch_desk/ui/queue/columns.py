"""Which queue columns an officer sees, and how wide each is.

One table says which columns each role sees until the officer chooses otherwise (the header's context
menu); the choice is remembered per officer. Every default set keeps the SLA countdown and fits a
docked queue on a 1366×768 screen without horizontal scrolling. A column is as wide as its header label
(with the sort indicator) and its widest likely value in the desk's language, so no header is clipped;
the title takes what is left.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView

from dispatch_desk.domain.records import IncidentStatus, Officer, Role, Severity, Source
from dispatch_desk.ui.common import labels

# The columns a role sees until the officer chooses, most important first. The first three (title, status
# and the SLA countdown) always show; the others show as far as the queue is wide enough for them without
# horizontal scrolling, so a docked queue at 1366×768 shows what matters most and a wide one shows more.
ROLE_COLUMNS: dict[Role, tuple[str, ...]] = {
    Role.OPS_OFFICER: ("title", "status", "sla", "severity", "street", "category", "lead_agency", "code"),
    Role.STREET_SUPERVISOR: ("title", "status", "sla", "severity", "grid_cell", "category", "lead_agency"),
    Role.AGENCY_OFFICER: ("title", "status", "sla", "severity", "category", "street", "code"),
    Role.LIAISON: ("title", "status", "sla", "severity", "category", "street"),
    Role.LEADER: ("title", "status", "sla", "street", "lead_agency", "category", "severity"),
    Role.ANALYST: ("title", "status", "sla", "street", "lead_agency", "category", "severity"),
    Role.ADMIN: ("title", "status", "sla", "code", "category", "street", "lead_agency"),
}
CORE = 3  # the first entries of a role's list shown whatever the width
ALWAYS = frozenset({"title"})  # never hidden: a row must say what it is
TITLE_MIN = 150  # px: about ten Chinese characters of the title stay readable
TITLE_SHARE = 0.35  # of the table's width: what the title keeps before an optional column shows
CELL_PADDING = 14  # px around a cell's text (the style's margins and the focus frame)
MAX_NAME_WIDTH = 150  # px: a long agency or street name is elided beyond this, whole in the tooltip


def settings_key(officer: Officer) -> str:
    return f"queue/columns/{officer.id}"


def default_columns(role: Role) -> tuple[str, ...]:
    return ROLE_COLUMNS.get(role, ROLE_COLUMNS[Role.OPS_OFFICER])


def chosen_columns(officer: Officer, known: Iterable[str]) -> tuple[str, ...] | None:
    """The columns this officer chose to see, or None while they have not chosen."""
    known = tuple(known)
    value: Any = QSettings().value(settings_key(officer))
    if isinstance(value, str):
        value = [value] if value else []
    if isinstance(value, list):
        chosen = tuple(k for k in known if k in value or k in ALWAYS)
        if chosen:
            return chosen
    return None


def fitting(role: Role, widths: dict[str, int], available: int) -> tuple[str, ...]:
    """The role's columns that fit in `available` pixels beside a readable title: the core ones always,
    then the others in the role's order while they fit."""
    keys = default_columns(role)
    shown = list(keys[:CORE])
    used = sum(widths.get(k, 0) for k in shown if k != "title")
    title = max(TITLE_MIN, int(available * TITLE_SHARE))  # a wide queue keeps a wider title
    for key in keys[CORE:]:
        width = widths.get(key, 0)
        if used + width + title > available:
            break
        shown.append(key)
        used += width
    return tuple(shown)


def remember_columns(officer: Officer, visible: Sequence[str]) -> None:
    QSettings().setValue(settings_key(officer), list(visible))


def forget_columns(officer: Officer) -> None:
    QSettings().remove(settings_key(officer))


def _samples(key: str, names: Any) -> list[str]:
    """The widest texts a column is likely to show, in the installed language."""
    if key == "code":
        return ["20261231123456"]
    if key == "status":
        return [labels.status_label(s.value) for s in IncidentStatus]
    if key == "severity":
        return [labels.severity_label(int(s)) for s in Severity]
    if key == "source":
        return [labels.source_label(s.value) for s in Source]
    if key == "sla":
        return [labels.format_countdown(-(9 * 86400 + 23 * 3600 + 59 * 60)), labels.format_countdown(-(23 * 3600 + 3599))]
    if key == "reported_at":
        return ["2026-12-31 23:59"]
    if key == "grid_cell":
        return ["310101001033"]
    if key == "category":
        return [names.category(c) for c in names.categories]
    if key == "street":
        return [names.region(code) for code, r in names.regions.items() if r.level.value == "street"]
    if key == "lead_agency":
        return [names.agency(a) for a in names.agencies]
    return []


def fit(header: QHeaderView, keys: Sequence[str], names: Any, title: str = "title") -> dict[str, int]:
    """Size every section to its header label (with the sort indicator) and its widest likely value;
    the title section stretches over what is left. Returns each column's width (the title's: its minimum)."""
    metrics = header.parentWidget().fontMetrics() if header.parentWidget() is not None else header.fontMetrics()
    widths: dict[str, int] = {}
    for section, key in enumerate(keys):
        label = header.sectionSizeFromContents(section).width()
        if key == title:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            widths[key] = max(label, TITLE_MIN)
            continue
        header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        widest = max((metrics.horizontalAdvance(t) for t in _samples(key, names) if t), default=0)
        content = min(widest, MAX_NAME_WIDTH) + CELL_PADDING if widest else 0
        widths[key] = max(label, content)
        header.resizeSection(section, widths[key])
    return widths
