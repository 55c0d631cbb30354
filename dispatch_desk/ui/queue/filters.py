"""The filter bar over a queue: status, category, source, severity, area, agency, time and full text.

It produces an *overlay*: the IncidentQuery fields the officer set, which the queue widget combines
with the current tab's query. Typing in the search box is debounced so SQL runs once per pause.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.records import IncidentStatus, RegionLevel, Severity, Source
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.names import Names

TEXT_DEBOUNCE_MS = 250
PANEL_OPEN_KEY = "queue/filters_open"
CUSTOM = "custom"
_RANGES = (("", None), ("24h", timedelta(hours=24)), ("7d", timedelta(days=7)), ("30d", timedelta(days=30)))


class FilterBar(QWidget):
    changed = Signal(object)  # dict: the IncidentQuery fields set by the officer
    save_requested = Signal()

    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._muted = False
        self.status = self._combo("filterStatus")
        for s in IncidentStatus:
            self.status.addItem("", s.value)
        self.category = self._combo("filterCategory")
        self.source = self._combo("filterSource")
        for src in Source:
            self.source.addItem("", src.value)
        self.severity = self._combo("filterSeverity")
        for sev in sorted(Severity, reverse=True):
            self.severity.addItem("", int(sev))
        self.region = self._combo("filterRegion")
        self.agency = self._combo("filterAgency")
        self.period = self._combo("filterPeriod")
        for key, _span in _RANGES[1:]:
            self.period.addItem("", key)
        self.period.addItem("", CUSTOM)
        today = datetime.now(labels.BUSINESS_TZ).date()
        self.date_from = self._date("filterFrom", today - timedelta(days=7))
        self.date_to = self._date("filterTo", today)
        self.grid_cell = QLineEdit(self, objectName="filterGridCell")
        self.grid_cell.setClearButtonEnabled(True)
        self.text = QLineEdit(self, objectName="filterText")
        self.text.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self, objectName="filterClear")
        self.save_button = QPushButton(self, objectName="filterSave")

        self.more = QToolButton(self, objectName="filterMore")
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.DownArrow)
        # The search line is always there; the other filters fold away so the dock fits a laptop screen.
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.text, 1)
        top.addWidget(self.more)
        top.addWidget(self.clear_button)
        top.addWidget(self.save_button)
        self.panel = QWidget(self, objectName="filterPanel")
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        for n, widget in enumerate((self.status, self.category, self.severity, self.source,
                                    self.region, self.grid_cell, self.agency, self.period)):
            grid.addWidget(widget, n // 4, n % 4)
        self.range_row = QWidget(self.panel)
        dates = QHBoxLayout(self.range_row)
        dates.setContentsMargins(0, 0, 0, 0)
        self.from_label = QLabel(self.range_row)
        self.to_label = QLabel(self.range_row)
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            widget.setParent(self.range_row)
            dates.addWidget(widget)
        dates.addStretch(1)
        grid.addWidget(self.range_row, 2, 0, 1, 4)
        self.range_row.hide()
        for column in range(4):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.panel)
        self.more.toggled.connect(self._show_panel)
        # Folded by default: a docked queue shows rows, not form fields; the choice is remembered.
        opened = QSettings().value(PANEL_OPEN_KEY, False)
        self.more.setChecked(opened in (True, "true", "1", 1))
        self._show_panel(self.more.isChecked())

        self._debounce = QTimer(self, singleShot=True, interval=TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        self.grid_cell.textChanged.connect(self._debounce.start)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        for combo in (self.status, self.category, self.source, self.severity, self.region, self.agency, self.period):
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save_requested)
        self.set_names(names)
        self.retranslate()

    def retranslate(self) -> None:
        anys = {
            self.status: self.tr("Any status"), self.category: self.tr("Any category"),
            self.source: self.tr("Any source"), self.severity: self.tr("Any severity"),
            self.region: self.tr("Any area"), self.agency: self.tr("Any agency"), self.period: self.tr("Any time"),
        }
        for combo, text in anys.items():
            combo.setItemText(0, text)
        for i in range(1, self.status.count()):
            self.status.setItemText(i, labels.status_label(self.status.itemData(i)))
        for i in range(1, self.source.count()):
            self.source.setItemText(i, labels.source_label(self.source.itemData(i)))
        for i in range(1, self.severity.count()):
            self.severity.setItemText(i, labels.severity_label(self.severity.itemData(i)))
        periods = {"24h": self.tr("Last 24 hours"), "7d": self.tr("Last 7 days"), "30d": self.tr("Last 30 days"),
                   CUSTOM: self.tr("Dates…")}
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        for i in range(1, self.period.count()):
            self.period.setItemText(i, periods[self.period.itemData(i)])
        self.grid_cell.setPlaceholderText(self.tr("Grid cell code"))
        self.text.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.text.setToolTip(self.tr("Full text over title, description, address and case number; "
                                     "Chinese words of two characters work"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every filter"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Keep the current queue and filters as your own queue tab"))
        self.more.setToolTip(self.tr("Show or hide the filters"))
        self._label_more()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.addItem("", None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        return combo

    def set_names(self, names: Names) -> None:
        """Fill the data-driven lists (categories, areas, agencies) again, keeping the choices."""
        self._names = names
        self._muted = True
        try:
            self._refill(self.category, [(names.category(c.code), c.code) for c in names.categories.values()])
            regions = []
            for r in names.regions.values():
                if r.level == RegionLevel.DISTRICT:
                    regions.append((names.region(r.code), r.code))
                    regions += [
                        ("  " + names.region(s.code), s.code)
                        for s in names.regions.values()
                        if s.level == RegionLevel.STREET and s.parent == r.code
                    ]
            self._refill(self.region, regions)
            self._refill(self.agency, [(names.agency(a.code), a.code) for a in names.agencies.values()])
        finally:
            self._muted = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for text, code in items:
            combo.addItem(text, code)
        at = combo.findData(keep)
        combo.setCurrentIndex(max(at, 0))

    def _date(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self, objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def clear(self) -> None:
        self._muted = True
        try:
            for combo in self.findChildren(QComboBox):
                combo.setCurrentIndex(0)
            self.text.clear()
            self.grid_cell.clear()
        finally:
            self._muted = False
        self._debounce.stop()
        self._emit()

    def overlay(self, now: datetime | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if (v := self.status.currentData()) is not None:
            out["statuses"] = (v,)
        if (v := self.category.currentData()) is not None:
            out["categories"] = (v,)
        if (v := self.source.currentData()) is not None:
            out["sources"] = (v,)
        if (v := self.severity.currentData()) is not None:
            out["severities"] = (int(v),)
        if (v := self.region.currentData()) is not None:
            out["region"] = v
        if cell := self.grid_cell.text().strip():
            out["grid_cell"] = cell
        if (v := self.agency.currentData()) is not None:
            out["agency"] = v
        if self.period.currentData() == CUSTOM:
            # Whole days of business time: from the first day's midnight to the midnight after the last.
            first, last = sorted((self.date_from.date().toPython(), self.date_to.date().toPython()))
            out["reported_from"] = datetime.combine(first, time(), labels.BUSINESS_TZ).astimezone(UTC)
            out["reported_to"] = datetime.combine(last + timedelta(days=1), time(), labels.BUSINESS_TZ).astimezone(UTC)
        span = dict(_RANGES).get(self.period.currentData() or "")
        if span is not None:
            out["reported_from"] = (now or datetime.now(UTC)) - span
        if text := self.text.text().strip():
            out["text"] = text
        return out

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        QSettings().setValue(PANEL_OPEN_KEY, shown)
        self.more.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        self._label_more()

    def _label_more(self) -> None:
        active = len({"reported" if k.startswith("reported_") else k for k in self.overlay() if k != "text"})
        self.more.setText(self.tr("Filters (%1)").replace("%1", str(active)) if active else self.tr("Filters"))

    def _emit(self) -> None:
        self.range_row.setVisible(self.period.currentData() == CUSTOM)
        self._label_more()
        if not self._muted:
            self.changed.emit(self.overlay())
