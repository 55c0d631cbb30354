"""The ranking table (headers on two lines in English, so a 1366-wide dock needs no scrolling): one row per unit, best first, and which incidents each cell drills down to.

Counts open the incidents they count. A rate opens the incidents that pulled it down (accepted on
time → the acceptances that ran over; first-time pass → the reworked), which is the question a
leader asks of a low figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dispatch_desk.domain import assessment as a
from dispatch_desk.ui.assess import words
from dispatch_desk.ui.assess.compute import OVERDUE_KEYS, Assessed
from dispatch_desk.ui.assess.words import translate

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
DRILL_ROLE = Qt.ItemDataRole.UserRole + 2  # the figure keys a cell opens, or None
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[a.UnitKind], str]
    kind: str  # "text" | "int" | "rate" | "score" | "change" (as in the exports)
    value: Callable[[a.Figures, a.Ranked], Any]
    drill: Callable[[a.UnitKind], tuple[str, ...]] | None = None
    tip: Callable[[], str] | None = None


def _volume_key(kind: a.UnitKind) -> str:
    # An agency is counted on what it was given; an area on what was reported in it.
    return "dispatched" if kind is a.UnitKind.AGENCY else "reported"


def _overdue(f: a.Figures) -> int:
    return sum(f.counts[k] for k in OVERDUE_KEYS)


COLUMNS: tuple[Column, ...] = (
    Column("position", lambda k: translate("Assessment", "Rank"), "int", lambda f, r: r.position),
    Column("change", lambda k: translate("Assessment", "Change"), "change", lambda f, r: r.change,
           tip=lambda: translate("Assessment", "Places gained (▲) or lost (▼) since the previous period")),
    Column("unit", lambda k: words.unit_kind_names()[k], "text", lambda f, r: f.unit),
    Column("score", lambda k: translate("Assessment", "Score"), "score", lambda f, r: f.score,
           tip=lambda: translate("Assessment", "Composite score 0–100, the weighted mean of the rates")),
    Column("volume", lambda k: words.figure_names()[_volume_key(k)], "int",
           lambda f, r: f.counts[_volume_key(f.kind)], drill=lambda k: (_volume_key(k),)),
    Column("accept_on_time", lambda k: translate("Assessment", "On-time\nacceptance"), "rate", lambda f, r: f.rates["accept_on_time"],
           drill=lambda k: ("overdue_accept",), tip=lambda: translate("Assessment", "Click: the acceptances that ran over their limit")),
    Column("dispose_on_time", lambda k: translate("Assessment", "On-time\ndisposal"), "rate", lambda f, r: f.rates["dispose_on_time"],
           drill=lambda k: ("overdue_dispose",), tip=lambda: translate("Assessment", "Click: the disposals that ran over their limit")),
    Column("first_time", lambda k: translate("Assessment", "First-time\npass"), "rate", lambda f, r: f.rates["first_time"],
           drill=lambda k: ("reworked",), tip=lambda: translate("Assessment", "Click: the incidents whose verification failed")),
    Column("returned", lambda k: translate("Assessment", "Returned"), "int", lambda f, r: f.counts["returned"],
           drill=lambda k: ("returned",)),
    Column("overdue", lambda k: translate("Assessment", "Overdue\nstages"), "int", lambda f, r: _overdue(f),
           drill=lambda k: OVERDUE_KEYS, tip=lambda: translate("Assessment", "Stages that ran over their limit, or are over it now")),
    Column("closed", lambda k: translate("Assessment", "Closure\nrate"), "rate", lambda f, r: f.rates["closed"],
           drill=lambda k: ("closed",)),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def display(column: Column, value: Any) -> str:
    return words.value_text(column.kind, value)


class RankingModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = a.UnitKind.AGENCY
        self._rows: list[tuple[a.Figures, a.Ranked]] = []
        self._name: Callable[[str], str] = str

    def show(self, result: Assessed | None, kind: a.UnitKind, name: Callable[[str], str]) -> None:
        self.beginResetModel()
        self.kind = kind
        self._name = name
        self._rows = [] if result is None else [(result.figures[kind][r.unit], r) for r in result.ranked[kind]]
        self.endResetModel()

    def rows(self) -> list[tuple[a.Figures, a.Ranked]]:
        return list(self._rows)

    def unit_name(self, unit: str) -> str:
        return self._name(unit)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title(self.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip()
        return None

    def value(self, row: int, key: str) -> Any:
        figures, ranked = self._rows[row]
        return COLUMNS[COLUMN_KEYS.index(key)].value(figures, ranked)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figures, ranked = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value = column.value(figures, ranked)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._name(value) if column.key == "unit" else display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = column.kind == "text"
            return int((Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.kind == "change" and value:
            return QColor("#1b6e2f") if value > 0 else QColor("#a11212")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.drill and column.tip:
                return column.tip()
            if column.drill:
                return translate("Assessment", "Click to list these incidents in the queue")
            return self._name(figures.unit) if column.key == "unit" else None
        if role == UNIT_ROLE:
            return figures.unit
        if role == DRILL_ROLE:
            return column.drill(self.kind) if column.drill else None
        if role == SCORE_ROLE:
            return figures.score
        return None


def score_color(score: float | None) -> QColor:
    """Green from 90, amber from 75, red below: the bands a leader reads a score in."""
    if score is None:
        return QColor("#dadce0")
    return QColor("#b7dfc1") if score >= 90 else QColor("#fbd89a") if score >= 75 else QColor("#f6b3ae")


class ScoreDelegate(QStyledItemDelegate):
    """The score as a bar behind its number, so the ranking reads at a glance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        score = index.data(SCORE_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if score is not None and not selected:
            rect: QRect = option.rect.adjusted(2, 4, -2, -4)  # type: ignore[attr-defined]
            painter.save()
            painter.fillRect(QRect(rect.left(), rect.top(), int(rect.width() * min(score, 100) / 100),
                                   rect.height()), score_color(score))
            painter.restore()
        super().paint(painter, option, index)
