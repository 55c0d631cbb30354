"""The filter bar over a queue: status, category, source, severity, area, agency, time and full text.

It produces an *overlay*: the IncidentQuery fields the officer set, which the queue widget combines
with the current tab's query. Typing in the search box is debounced so SQL runs once per pause.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from dispatch_desk.domain.records import IncidentStatus, RegionLevel, Severity, Source
from dispatch_desk.ui.queue import labels
from dispatch_desk.ui.queue.names import Names

TEXT_DEBOUNCE_MS = 250
_RANGES = (("", None), ("24h", timedelta(hours=24)), ("7d", timedelta(days=7)), ("30d", timedelta(days=30)))


class FilterBar(QWidget):
    changed = Signal(object)  # dict: the IncidentQuery fields set by the officer
    save_requested = Signal()

    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._muted = False
        self.status = self._combo("filterStatus", self.tr("Any status"))
        for s in IncidentStatus:
            self.status.addItem(labels.status_label(s), s.value)
        self.category = self._combo("filterCategory", self.tr("Any category"))
        self.source = self._combo("filterSource", self.tr("Any source"))
        for src in Source:
            self.source.addItem(labels.source_label(src), src.value)
        self.severity = self._combo("filterSeverity", self.tr("Any severity"))
        for sev in sorted(Severity, reverse=True):
            self.severity.addItem(labels.severity_label(sev), int(sev))
        self.region = self._combo("filterRegion", self.tr("Any area"))
        self.agency = self._combo("filterAgency", self.tr("Any agency"))
        self.period = self._combo("filterPeriod", self.tr("Any time"))
        self.period.addItem(self.tr("Last 24 hours"), "24h")
        self.period.addItem(self.tr("Last 7 days"), "7d")
        self.period.addItem(self.tr("Last 30 days"), "30d")
        self.grid_cell = QLineEdit(self, objectName="filterGridCell")
        self.grid_cell.setPlaceholderText(self.tr("Grid cell code"))
        self.grid_cell.setClearButtonEnabled(True)
        self.text = QLineEdit(self, objectName="filterText")
        self.text.setPlaceholderText(self.tr("Search title, description, address (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Clear"), self, objectName="filterClear")
        self.clear_button.setToolTip(self.tr("Remove every filter"))
        self.save_button = QPushButton(self.tr("Save as queue…"), self, objectName="filterSave")
        self.save_button.setToolTip(self.tr("Keep the current queue and filters as your own queue tab"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.status, 0, 3)
        grid.addWidget(self.category, 0, 4)
        grid.addWidget(self.severity, 0, 5)
        grid.addWidget(self.clear_button, 0, 6)
        grid.addWidget(self.source, 1, 0)
        grid.addWidget(self.region, 1, 1)
        grid.addWidget(self.grid_cell, 1, 2)
        grid.addWidget(self.agency, 1, 3)
        grid.addWidget(self.period, 1, 4, 1, 2)
        grid.addWidget(self.save_button, 1, 6)
        for column in range(6):
            grid.setColumnStretch(column, 1)

        self._debounce = QTimer(self, singleShot=True, interval=TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        self.grid_cell.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.category, self.source, self.severity, self.region, self.agency, self.period):
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save_requested)
        self.set_names(names)

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.addItem(any_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def set_names(self, names: Names) -> None:
        """Fill the data-driven lists (categories, areas, agencies) again, keeping the choices."""
        self._names = names
        self._muted = True
        try:
            self._refill(self.category, [(c.name, c.code) for c in names.categories.values()])
            regions = []
            for r in names.regions.values():
                if r.level == RegionLevel.DISTRICT:
                    regions.append((r.name, r.code))
                    regions += [
                        ("  " + s.name, s.code)
                        for s in names.regions.values()
                        if s.level == RegionLevel.STREET and s.parent == r.code
                    ]
            self._refill(self.region, regions)
            self._refill(self.agency, [(a.short_name or a.name, a.code) for a in names.agencies.values()])
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
        span = dict(_RANGES).get(self.period.currentData() or "")
        if span is not None:
            out["reported_from"] = (now or datetime.now(UTC)) - span
        if text := self.text.text().strip():
            out["text"] = text
        return out

    def _emit(self) -> None:
        if not self._muted:
            self.changed.emit(self.overlay())
