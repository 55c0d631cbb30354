"""The incident's history as the detail pane shows it: the SLA of each stage and the timeline of actions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.records import Incident
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.colors import SLA_COLORS
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.incident.stages import stage_slas


class _List(QTreeWidget):
    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setColumnCount(columns)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def fit_height(tree: QTreeWidget, max_rows: int = 8) -> None:
    """Size a short list to its rows so the pane scrolls as one page instead of boxes in boxes."""
    rows = min(max(tree.topLevelItemCount(), 1), max_rows)
    row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else -1
    row = row if row > 0 else tree.fontMetrics().height() + 6
    tree.setFixedHeight(tree.header().sizeHint().height() + rows * row + 2 * tree.frameWidth() + 2)


class StageTable(_List):
    """Stage | started | due | done | how it went (or the time left on the running stage)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("stageSla", 5, parent)
        self.setUniformRowHeights(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Stage"), self.tr("Started"), self.tr("Due"), self.tr("Done"), self.tr("SLA")])

    def show_stages(self, incident: Incident, now: datetime, policy: SlaPolicy) -> None:
        self.clear()
        for s in stage_slas(incident, now, policy):
            if s.started is None and not s.running:
                continue
            if s.running and s.seconds_left is not None:
                state = f"{labels.sla_state_label(s.state.value)} {labels.format_countdown(s.seconds_left)}"
            elif s.ended is not None:
                state = self.tr("Late") if s.state.value == "overdue" else self.tr("In time")
            else:
                state = "—"
            item = QTreeWidgetItem([labels.stage_label(s.stage.value), _short(s.started, now),
                                    _short(s.due, now), _short(s.ended, now), state])
            item.setToolTip(4, state)
            colors = SLA_COLORS.get(s.state)
            if colors:
                item.setForeground(4, QColor(colors[0]))
            self.addTopLevelItem(item)
        fit_height(self)


class Timeline(_List):
    """Time | who | what: the action, the status it moved, and the note under it (wrapped), so the whole
    story reads in a narrow dock without scrolling sideways. Actions not yet synced are in italics.

    The list is as tall as its wrapped rows (up to MAX_LINES lines, then it scrolls), measured again
    whenever its width changes, so a note is never cut off by a row sized for another width."""

    MAX_LINES = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("timeline", 3, parent)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fitted_width = -1
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._fitted_width:
            self.fit()

    def fit(self) -> None:
        """Height to the rows as they wrap at the current width."""
        self._fitted_width = self.width()
        # Each entry's height from its wrapped text at the column's width (less the item's padding):
        # the delegate's own estimate can be a line short and then elides the note's last line.
        column = max(40, self.columnWidth(2) - 14)
        metrics = self.fontMetrics()
        for n in range(self.topLevelItemCount()):
            item = self.topLevelItem(n)
            needed = metrics.boundingRect(QRect(0, 0, column, 100_000), Qt.TextFlag.TextWordWrap, item.text(2)).height()
            item.setSizeHint(2, QSize(column, needed + 8))  # a valid size: an invalid one is ignored
        self.doItemsLayout()
        rows = self.topLevelItemCount()
        line = self.fontMetrics().height()
        total = sum(self.rowHeight(self.model().index(r, 0)) for r in range(rows)) if rows else line + 8
        head = self.header().sizeHint().height()
        self.setFixedHeight(head + min(total, self.MAX_LINES * (line + 2)) + 2 * self.frameWidth() + 4)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Action")])

    def show_history(self, history: Iterable[Any], pending: set[str], names: Names) -> None:
        self.clear()
        for a in history:
            who = a.actor_name or names.officer(a.actor)
            if a.agency:
                who = f"{who}（{names.agency(a.agency)}）"
            moved = labels.status_label(a.to_status.value if a.to_status else "")
            if a.from_status is not None and a.from_status != a.to_status:
                moved = f"{labels.status_label(a.from_status.value)} → {moved}"
            what = labels.action_label(a.action)
            if a.id in pending:
                what = self.tr("%1 (waiting to sync)").replace("%1", what)
            extra = self.details(a, names)
            note = "\n".join(part for part in (a.note, extra) if part)
            text = f"{what} · {moved}" + (f"\n{note}" if note else "")
            item = QTreeWidgetItem([labels.business_time(a.at, True), who, text])
            item.setToolTip(2, text)
            if a.id in pending:
                font = item.font(2)
                font.setItalic(True)
                for c in range(3):
                    item.setFont(c, font)
            self.addTopLevelItem(item)
        self.fit()

    def details(self, a: Any, names: Names) -> str:
        """The action-specific data of an entry, in words."""
        d = a.data or {}
        parts = []
        if d.get("lead_agency"):
            parts.append(self.tr("lead: %1").replace("%1", names.agency(d["lead_agency"])))
        if d.get("co_agencies"):
            parts.append(self.tr("with: %1").replace("%1", "、".join(names.agency(c) for c in d["co_agencies"])))
        if d.get("deadline"):
            parts.append(self.tr("deadline %1").replace("%1", labels.business_time(_time(d["deadline"]))))
        if d.get("until"):
            parts.append(self.tr("until %1").replace("%1", labels.business_time(_time(d["until"]))))
        if "passed" in d:
            parts.append(self.tr("passed") if d["passed"] else self.tr("failed"))
        if "approved" in d:
            parts.append(self.tr("approved") if d["approved"] else self.tr("rejected"))
        if d.get("duplicates"):
            parts.append(self.tr("merged %n duplicate(s)", "", len(d["duplicates"])))
        if d.get("merged_into"):
            parts.append(self.tr("merged into %1").replace("%1", d["merged_into"][:8]))
        if d.get("photos"):
            parts.append(self.tr("%n photo(s)", "", len(d["photos"])))
        return "; ".join(parts)


def _short(at: datetime | None, now: datetime) -> str:
    """A business time without the year when it is this year's, so five columns fit a narrow dock."""
    text = labels.business_time(at)
    prefix = f"{now.astimezone(labels.BUSINESS_TZ).year}-"
    return text[len(prefix):] if text.startswith(prefix) else text


def _time(value: Any) -> datetime | None:
    try:
        return parse_time(value)
    except (TypeError, ValueError):
        return None
