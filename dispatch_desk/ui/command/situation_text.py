"""A situation report's figures worded for people, in the officer's language (CAN form).

`draft_text(figures, names)` answers the three prefilled parts of a draft: conditions (incidents in
the area, indicators beyond their thresholds), actions (task progress per agency) and needs (blocked
and overdue tasks). The commander edits them before publishing; nothing here is sent as is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.alerting import Level
from dispatch_desk.domain.situation import IndicatorFigure, SituationFigures
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.shell.i18n import data_text

translate = QCoreApplication.translate  # the name lupdate looks for


@dataclass(frozen=True)
class DraftText:
    conditions: str
    actions: str
    needs: str


def _agency(names: Any, code: str) -> str:
    return names.agency(code) if names is not None else code


def _region(names: Any, code: str) -> str:
    return names.region(code) if names is not None else code


def separator() -> str:
    return translate("SituationText", ", ")


def name_separator() -> str:
    """What goes between the names of a list (agencies, regions) in the desk's language: 、 in Chinese."""
    return translate("SituationText", ", ", "between names")


def level_word(level: Level) -> str:
    return {
        Level.ALARM: translate("SituationText", "alarm"),
        Level.WARN: translate("SituationText", "warning"),
        Level.NORMAL: translate("SituationText", "normal"),
    }[level]


def indicator_line(f: IndicatorFigure, names: Any = None) -> str:
    """"降雨（示范市）120 mm，超过告警线 100" in the officer's language."""
    where = _region(names, f.region)
    name = data_text(f.name, f.name_en)
    value = f"{f.formatted()} {data_text(f.unit, f.unit_en)}".strip()
    if f.value is None:
        return translate("SituationText", "%1 (%2): no reading yet").replace("%1", name).replace("%2", where)
    threshold = f.alarm if f.level is Level.ALARM else f.warn
    if f.level is Level.NORMAL or threshold is None:
        return translate("SituationText", "%1 (%2): %3, normal").replace("%1", name).replace(
            "%2", where).replace("%3", value)
    text = translate("SituationText", "%1 (%2): %3, beyond the %4 line of %5")
    return text.replace("%1", name).replace("%2", where).replace("%3", value).replace(
        "%4", level_word(f.level)).replace("%5", f.formatted(threshold))


def conditions_lines(figures: SituationFigures, names: Any = None) -> list[str]:
    inc = figures.incidents
    lines = []
    if inc.total:
        parts = separator().join(f"{labels.status_label(s.value)} {n}" for s, n in inc.by_status)
        lines.append(translate("SituationText", "Incidents in the area: %1 in all, %2 open, %3 overdue (%4).")
                     .replace("%1", str(inc.total)).replace("%2", str(inc.open)).replace("%3", str(inc.overdue))
                     .replace("%4", parts))
    else:
        lines.append(translate("SituationText", "No incidents reported in the area."))
    beyond = [f for f in figures.indicators if f.level is not Level.NORMAL]
    if beyond:
        lines.append(translate("SituationText", "Indicators beyond their thresholds:"))
        lines.extend(f"· {indicator_line(f, names)}" for f in beyond)
    elif figures.indicators:
        lines.append(translate("SituationText", "All %1 indicators of the area are within their thresholds.")
                     .replace("%1", str(len(figures.indicators))))
    return lines


def actions_lines(figures: SituationFigures, names: Any = None) -> list[str]:
    if not figures.agencies:
        return [translate("SituationText", "No tasks assigned yet.")]
    lines = [translate("SituationText", "Tasks: %1 in all, %2 done, %3 open, %4 overdue.")
             .replace("%1", str(figures.tasks_total)).replace("%2", str(figures.tasks_done))
             .replace("%3", str(figures.tasks_open)).replace("%4", str(figures.tasks_overdue))]
    for a in figures.agencies:
        text = translate("SituationText", "· %1: %2 of %3 done, %4 in progress, %5 waiting")
        text = text.replace("%1", _agency(names, a.agency)).replace("%2", str(a.done)).replace(
            "%3", str(a.total - a.cancelled)).replace("%4", str(a.in_progress)).replace(
            "%5", str(a.assigned + a.accepted))
        extra = []
        if a.blocked:
            extra.append(translate("SituationText", "%1 blocked").replace("%1", str(a.blocked)))
        if a.overdue:
            extra.append(translate("SituationText", "%1 overdue").replace("%1", str(a.overdue)))
        lines.append(text + (separator() + separator().join(extra) if extra else ""))
    return lines


def needs_lines(figures: SituationFigures, names: Any = None) -> list[str]:
    lines = []
    for a in figures.agencies:
        for reason in a.blocked_reasons:
            lines.append(translate("SituationText", "· %1 is blocked: %2").replace(
                "%1", _agency(names, a.agency)).replace("%2", reason))
        if a.overdue:
            lines.append(translate("SituationText", "· %1 has %2 overdue task(s) to catch up on").replace(
                "%1", _agency(names, a.agency)).replace("%2", str(a.overdue)))
    if figures.incidents.overdue:
        lines.append(translate("SituationText", "· %1 incident(s) in the area are overdue").replace(
            "%1", str(figures.incidents.overdue)))
    return lines


def draft_text(figures: SituationFigures, names: Any = None) -> DraftText:
    """The prefilled conditions, actions and needs of a draft."""
    stamp = translate("SituationText", "As of %1:").replace("%1", labels.business_time(figures.at))
    return DraftText(
        conditions="\n".join([stamp, *conditions_lines(figures, names)]),
        actions="\n".join(actions_lines(figures, names)),
        needs="\n".join(needs_lines(figures, names)),
    )


def draft_title(number: int, final: bool, operation_name: str) -> str:
    """The title a new draft proposes: 第N期态势报告 / Situation report no. N."""
    if final:
        return translate("SituationText", "%1 — final report").replace("%1", operation_name)
    return translate("SituationText", "%1 — situation report no. %2").replace("%1", operation_name).replace(
        "%2", str(number))
