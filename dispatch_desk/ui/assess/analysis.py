"""专题分析: the thematic analysis page of the leader's workspace.

Four views over the incidents reported in the last weeks (4, 8 or 12), counted on a pool thread from
the desk's cache by `domain.analysis` and the assessment's own figures: the weekly trend by category or
by source, the hot spots (one category coming back to one grid cell or street), the rhythm of reports
by hour and weekday, and the time limits kept per category. Every count opens the incidents behind it
in the queue; each view saves as a PNG picture or as a CSV table.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import analysis as an
from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.ui.assess import words
from dispatch_desk.ui.assess.compute import OVERDUE_KEYS, Lives, lives_of, weights_record
from dispatch_desk.ui.assess.counting import CountingPage, clock
from dispatch_desk.ui.assess.export import replacing
from dispatch_desk.ui.assess.words import translate
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import worker_store

WEEK_CHOICES = (4, 8, 12)
IDS_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Analysis:
    weeks: tuple[a.Period, ...]
    until: datetime
    by_category: an.Cells
    by_source: an.Cells
    rhythm: an.Cells
    spots_cell: tuple[an.HotSpot, ...]
    spots_street: tuple[an.HotSpot, ...]
    categories: dict[str, a.Figures]
    lives: tuple[a.Life, ...]

    def behind(self, category: str, keys: tuple[str, ...]) -> list[str]:
        wanted: set[str] = set()
        for key in keys:
            wanted.update(a.behind(self.lives, a.UnitKind.CATEGORY, category, key))
        return [life.incident.id for life in self.lives if life.incident.id in wanted]


def analyse(store: Any, weeks: list[a.Period], now: datetime, lives: Lives | None = None) -> Analysis:
    """The four views of `weeks` from `store` (a worker thread's own Store), as of `now`."""
    lives = lives or Lives()
    reference = store.reference()
    rules = (reference.categories, reference.sla_rules, reference.regions)
    until = min(weeks[-1].end, now)
    found = lives.of(store, store.reported_versions(weeks[0].start, weeks[-1].end), reference.policy(), until, rules)
    incidents = [life.incident for life in found]
    weights = a.weights_of(weights_record(store))
    return Analysis(
        tuple(weeks), until, an.trend(incidents, weeks, lambda i: i.category),
        an.trend(incidents, weeks, lambda i: i.source.value), an.rhythm(incidents),
        tuple(an.hot_spots(incidents, lambda i: i.grid_cell)), tuple(an.hot_spots(incidents, lambda i: i.street)),
        a.assess(found, a.UnitKind.CATEGORY, weights), tuple(found))


# --- one table model for every view ---------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[Any]]  # shown values (text or numbers)
    ids: list[list[tuple[str, ...] | None]]  # the incidents behind each cell, None where a cell opens nothing
    heat: bool = False  # shade the counts by their size
    row_names: list[str] | None = None  # vertical header


class TableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = Table([], [], [])
        self._top = 1

    def show(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        counts = [len(c) for row in table.ids for c in row if c is not None]
        self._top = max(counts, default=1) or 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section] if 0 <= section < len(self.table.headers) else None
        names = self.table.row_names
        return names[section] if names and 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        ids = self.table.ids[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}" if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = isinstance(value, str) and ids is None
            return int((Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.table.heat and ids:
            share = len(ids) / self._top
            return QColor.fromHsvF(0.58, 0.06 + 0.5 * share, 1.0 - 0.12 * share)
        if role == Qt.ItemDataRole.ForegroundRole and ids:
            return QColor("#202124") if self.table.heat else QColor("#0b57d0")  # dark on the shades: readable
        if role == Qt.ItemDataRole.ToolTipRole and ids:
            return translate("Analysis", "Click to list these %1 incidents in the queue").replace("%1", str(len(ids)))
        if role == IDS_ROLE:
            return list(ids) if ids else None
        return None


# --- the page -------------------------------------------------------------------------------------


class AnalysisWidget(CountingPage):
    """专题分析: the second page of the leader's workspace."""

    result: Analysis | None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("analysisPage")
        self.weeks = WEEK_CHOICES[0]

        self.span = QComboBox(self, objectName="analysisWeeks")
        self.source = QLabel(self, objectName="analysisSource")
        self.source.setStyleSheet("color: #5f6368")
        self.source.setWordWrap(True)
        self.export_button = QToolButton(self, objectName="analysisExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setStyleSheet("QToolButton { padding-right: 14px; }")
        menu = QMenu(self.export_button)
        self.export_png = menu.addAction("")
        self.export_csv = menu.addAction("")
        self.export_png.triggered.connect(lambda: self._export_asked("png"))
        self.export_csv.triggered.connect(lambda: self._export_asked("csv"))
        self.export_button.setMenu(menu)
        header = QHBoxLayout()
        header.addWidget(self.span)
        header.addWidget(self.source, 1)
        header.addWidget(self.export_button)

        self.tabs = QTabWidget(self, objectName="analysisTabs")
        self.views: dict[str, tuple[TableModel, QTableView]] = {}
        self.trend_by = self._choice(("category", "source"))
        self.spot_by = self._choice(("grid_cell", "street"))
        for key, choice in (("trend", self.trend_by), ("spots", self.spot_by), ("rhythm", None), ("limits", None)):
            page = QWidget(self.tabs)
            column = QVBoxLayout(page)
            column.setContentsMargins(2, 4, 2, 2)
            if choice is not None:
                column.addLayout(choice[1])
            model = TableModel(self)
            view = QTableView(page, objectName=f"analysis_{key}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setWordWrap(False)
            # the hour-by-weekday map fills the page; the tables are as wide as their content
            fill = QHeaderView.ResizeMode.Stretch if key == "rhythm" else QHeaderView.ResizeMode.ResizeToContents
            view.horizontalHeader().setSectionResizeMode(fill)
            view.verticalHeader().setSectionResizeMode(fill)
            if key == "rhythm":  # 24 hours across a laptop's dock: small figures, no padding
                small = view.font()
                small.setPointSizeF(small.pointSizeF() * 0.75)
                view.setFont(small)
                view.setTextElideMode(Qt.TextElideMode.ElideNone)
                view.horizontalHeader().setMinimumSectionSize(8)
                view.setStyleSheet("QTableView::item { padding: 0px; }")
            view.clicked.connect(lambda index, key=key: self._cell_clicked(key, index))
            column.addWidget(view, 1)
            self.tabs.addTab(page, "")
            self.views[key] = (model, view)
        self.state = QLabel(self, objectName="analysisState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.state)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.span.currentIndexChanged.connect(self._span_changed)
        for group in (self.trend_by[0], self.spot_by[0]):
            group.idClicked.connect(lambda _n: self._show())
        self.retranslate()
        self.reload()

    def _choice(self, keys: tuple[str, ...]) -> tuple[QButtonGroup, QHBoxLayout, tuple[str, ...]]:
        group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(0)
        for n, key in enumerate(keys):
            button = QToolButton(self, objectName=f"by_{key}", checkable=True, checked=n == 0)
            group.addButton(button, n)
            row.addWidget(button)
        row.addStretch(1)
        return group, row, keys

    def retranslate(self) -> None:
        self.span.blockSignals(True)
        self.span.clear()
        for n in WEEK_CHOICES:
            self.span.addItem(self.tr("Last %1 weeks").replace("%1", str(n)), n)
        self.span.setCurrentIndex(self.span.findData(self.weeks))
        self.span.blockSignals(False)
        for n, text in enumerate((self.tr("Trend"), self.tr("Hot spots"), self.tr("Hour and weekday"),
                                  self.tr("Time limits by category"))):
            self.tabs.setTabText(n, text)
        names = {"category": self.tr("By category"), "source": self.tr("By source"),
                 "grid_cell": self.tr("By grid cell"), "street": self.tr("By street")}
        for group, _row, keys in (self.trend_by, self.spot_by):
            for n, key in enumerate(keys):
                group.button(n).setText(names[key])
        self.export_button.setText(self.tr("Export"))
        self.export_png.setText(self.tr("Picture of this view (.png)"))
        self.export_csv.setText(self.tr("Table of this view (.csv)"))
        self._show()

    # --- computing --------------------------------------------------------------------------------
    def _span_changed(self) -> None:
        self.weeks = int(self.span.currentData())
        self.result = None
        self.reload()

    def counting(self) -> Callable[[], Analysis]:
        now, path = datetime.now(UTC), Path(self._ctx.store.path)
        weeks = an.weeks_ending(now, self.weeks)
        return lambda: analyse(worker_store(path), weeks, now, lives_of(str(path)))

    def moves_with(self, changed: set[str]) -> bool:
        return bool({"incident", "incident_action", "assessment_weights"} & changed)

    # --- showing ----------------------------------------------------------------------------------
    def _show(self) -> None:
        result = self.result
        self.export_button.setEnabled(result is not None)
        if result is None:
            self.state.setText(self.tr("Could not count: %1").replace("%1", self.error) if self.error
                               else self.tr("Counting…"))
            self.source.setText("")
            self.stack.setCurrentWidget(self.state)
            return
        self.source.setText(self.tr("Incidents reported from %1 to %2 (city time), on this desk's cache; "
                                    "click a number for the incidents behind it")
                            .replace("%1", _day(result.weeks[0].start)).replace("%2", clock(result.until)))
        self.stack.setCurrentWidget(self.tabs)
        for key, table in self.tables(result).items():
            model, view = self.views[key]
            model.show(table)
            view.verticalHeader().setVisible(table.row_names is not None)

    def tables(self, result: Analysis) -> dict[str, Table]:
        """What each view shows (and exports)."""
        by_source = self.trend_by[0].checkedId() == 1
        cells = result.by_source if by_source else result.by_category
        name = labels.source_label if by_source else self._names.category
        week_heads = [_day(w.start) for w in result.weeks]
        trend = Table([*week_heads, self.tr("Total")],
                      [[*(cells.count(r, c) for c in range(len(cells.columns))), cells.row_total(r)]
                       for r in range(len(cells.rows))],
                      [[*cells.ids[r], tuple(x for cell in cells.ids[r] for x in cell)] for r in range(len(cells.rows))],
                      heat=True, row_names=[name(key) for key in cells.rows])
        by_street = self.spot_by[0].checkedId() == 1
        spots = result.spots_street if by_street else result.spots_cell
        place = self._names.region if by_street else self._names.grid_cell
        hot = Table([self.tr("Place"), self.tr("Category"), self.tr("Reports"), self.tr("First"), self.tr("Last"),
                     self.tr("Span (days)")],
                    [[place(s.place), self._names.category(s.category), len(s.ids), _day(s.first), _day(s.last),
                      round(s.span.total_seconds() / 86400, 1)] for s in spots],
                    [[None, None, s.ids, None, None, None] for s in spots])
        clock = result.rhythm
        locale = QLocale()
        rhythm = Table([f"{h}" for h in range(an.HOURS)],
                       [[clock.count(d, h) for h in range(an.HOURS)] for d in range(an.WEEKDAYS)],
                       [list(clock.ids[d]) for d in range(an.WEEKDAYS)], heat=True,
                       row_names=[locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in range(an.WEEKDAYS)])
        figure_names, rate_names = words.figure_names(), words.rate_names()
        ordered = sorted(result.categories.values(), key=lambda f: (-f.counts["reported"], f.unit))
        limits = Table(
            [self.tr("Category"), figure_names["reported"], rate_names["accept_on_time"],
             rate_names["dispose_on_time"], rate_names["first_time"], figure_names["returned"],
             self.tr("Overdue stages"), self.tr("Disposal, median"), translate("Assessment", "Score")],
            [[self._names.category(f.unit), f.counts["reported"], words.rate_text(f.rates["accept_on_time"]),
              words.rate_text(f.rates["dispose_on_time"]), words.rate_text(f.rates["first_time"]),
              f.counts["returned"], sum(f.counts[k] for k in OVERDUE_KEYS),
              words.hours_text(f.stage_p50.get(a.SlaStage.DISPOSE)), words.score_text(f.score)] for f in ordered],
            [[None, *(tuple(result.behind(f.unit, keys)) or None for keys in (
                ("reported",), ("overdue_accept",), ("overdue_dispose",), ("reworked",), ("returned",), OVERDUE_KEYS)),
              None, None] for f in ordered])
        return {"trend": trend, "spots": hot, "rhythm": rhythm, "limits": limits}

    def _cell_clicked(self, key: str, index: Any) -> None:
        ids = index.data(IDS_ROLE)
        if not ids:
            return
        model = self.views[key][0]
        row = model.headerData(index.row(), Qt.Orientation.Vertical) or model.table.rows[index.row()][0]
        column = model.headerData(index.column(), Qt.Orientation.Horizontal)
        title = f"{self.tabs.tabText(self.tabs.currentIndex())} · {row} · {column} ({len(ids)})"
        self._ctx.bus.open_in_queue.emit(title, ids)

    # --- export -----------------------------------------------------------------------------------
    def current_key(self) -> str:
        return tuple(self.views)[self.tabs.currentIndex()]

    def _export_asked(self, fmt: str) -> None:
        if self.result is None:
            return
        filters = {"png": self.tr("PNG picture (*.png)"), "csv": self.tr("CSV table (*.csv)")}
        name = self.tr("Analysis")
        self.save_as(fmt, self.tr("Export this view"), filters[fmt], f"{name}_{self.current_key()}.{fmt}",
                     lambda path: self.export_to(path, fmt))

    def export_to(self, path: Path, fmt: str) -> None:
        """The view on screen as a PNG picture or its table as CSV (UTF-8 with a byte-order mark)."""
        model, view = self.views[self.current_key()]
        with replacing(path) as tmp:
            if fmt == "png":
                if not view.grab().save(str(tmp), "PNG"):
                    raise OSError(translate("Assessment", "Cannot write %1").replace("%1", str(path)))
                return
            table = model.table
            with open(tmp, "w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow([self.tabs.tabText(self.tabs.currentIndex()), self.source.text()])
                writer.writerow(([""] if table.row_names else []) + table.headers)
                for n, row in enumerate(table.rows):
                    writer.writerow(([table.row_names[n]] if table.row_names else []) + row)


def _day(moment: datetime) -> str:
    """A day as a column heads it: 11/23, 11月23日."""
    local = moment.astimezone(BUSINESS_TZ).date()
    return QLocale().toString(QDate(local.year, local.month, local.day), translate("Analysis", "M/d"))
