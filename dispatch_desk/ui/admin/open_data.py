"""The open-data export (数据开放) of an administrator: choose, review, approve, export.

The left side is the selection: the period (whole days of city time), the area, the categories to
publish and the rules each follows — a category of public space keeps its point unless the reviewer
coarsens it, one at home is always coarsened — and whether to withhold the free texts. "Review" asks
the central service what the selection publishes (`domain.open_data`, `central/open_data.py`); the right
side then shows the counts, what was masked and the first published rows. Only after the reviewer ticks
that they approve does "Export…" write the chosen formats into a folder, each file as the service
answered it and only once it is whole. Any change to the selection withdraws the review.

Everything is asked of the central service, which audits each review and export: offline, nothing is
exported and the dialog says why.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import open_data as od
from dispatch_desk.domain.records import RegionLevel
from dispatch_desk.domain.sla import BUSINESS_TZ, local_time
from dispatch_desk.domain.wire import OpenDataExportRequest, OpenDataReview, OpenDataSelection
from dispatch_desk.sync.errors import AuthError, CentralError, OfflineError
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell.i18n import speaks_english
from dispatch_desk.ui.tasks import run_in_background

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SAMPLE_FIELDS = ("case", "category_name", "street", "precision", "address", "title", "description")


def write_whole(path: Path, content: bytes) -> None:
    """`content` at `path`, or nothing there: written beside it first, then put in its place."""
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


class OpenDataDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openDataDialog")
        self._ctx = ctx
        self._names = Names.load(ctx.store)
        self.review: OpenDataReview | None = None
        self._reviewed: dict[str, Any] | None = None  # the selection the review is of
        self._busy = False

        # --- the selection
        self.start = QDateEdit(self, objectName="openDataStart", calendarPopup=True)
        self.end = QDateEdit(self, objectName="openDataEnd", calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.last_month = QPushButton(self, objectName="openDataLastMonth")
        self.this_month = QPushButton(self, objectName="openDataThisMonth")
        self.last_month.clicked.connect(lambda: self.set_period(*_month(-1)))
        self.this_month.clicked.connect(lambda: self.set_period(*_month(0)))
        self.area = QComboBox(self, objectName="openDataArea")
        self.rules = QTableWidget(0, 4, self, objectName="openDataRules")
        self.rules.verticalHeader().hide()
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.rules.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.withhold = QCheckBox(self, objectName="openDataWithhold")
        self.fixed_rules = QLabel(self, objectName="openDataFixedRules", wordWrap=True)
        self.review_button = QPushButton(self, objectName="openDataReview", default=True)
        self.review_button.clicked.connect(self.ask_review)

        self.selection_box = QGroupBox(self)
        form = QGridLayout(self.selection_box)
        self.period_label, self.to_label, self.area_label = QLabel(self), QLabel(self), QLabel(self)
        form.addWidget(self.period_label, 0, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addLayout(dates, 0, 1)
        quick = QHBoxLayout()
        quick.addWidget(self.last_month)
        quick.addWidget(self.this_month)
        quick.addStretch(1)
        form.addLayout(quick, 1, 1)
        form.addWidget(self.area_label, 2, 0)
        form.addWidget(self.area, 2, 1)
        self.rules_box = QGroupBox(self)
        rules = QVBoxLayout(self.rules_box)
        rules.addWidget(self.fixed_rules)
        rules.addWidget(self.rules, 1)
        rules.addWidget(self.withhold)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.selection_box)
        column.addWidget(self.rules_box, 1)
        column.addWidget(self.review_button)

        # --- the review
        self.review_box = QGroupBox(self)
        self.summary = QLabel(self, objectName="openDataSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.summary.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.summary.setFont(bold)
        self.sample = QTableWidget(0, len(SAMPLE_FIELDS), self, objectName="openDataSample")
        self.sample.verticalHeader().hide()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setWordWrap(False)
        self.sample.horizontalHeader().setStretchLastSection(True)
        self.sample_label = QLabel(self)
        self.approve = QCheckBox(self, objectName="openDataApprove")
        self.approve.toggled.connect(self._show_state)
        self.formats = {fmt: QCheckBox(self, objectName=f"openDataFormat_{fmt}", checked=True) for fmt in od.FORMATS}
        for box in self.formats.values():
            box.toggled.connect(self._show_state)
        self.export_button = QPushButton(self, objectName="openDataExport")
        self.export_button.clicked.connect(self._export_asked)
        self.close_button = QPushButton(self, objectName="openDataClose")
        self.close_button.clicked.connect(self.reject)
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.summary)
        review.addWidget(self.sample_label)
        review.addWidget(self.sample, 1)
        review.addWidget(self.approve)
        outputs = QHBoxLayout()
        self.formats_label = QLabel(self)
        outputs.addWidget(self.formats_label)
        for box in self.formats.values():
            outputs.addWidget(box)
        outputs.addStretch(1)
        outputs.addWidget(self.export_button)
        review.addLayout(outputs)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.review_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.notice = QLabel(self, objectName="openDataNotice", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._fill_areas()
        self._fill_rules()
        self.set_period(*_month(-1))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._withdraw)
        self.area.currentIndexChanged.connect(self._withdraw)
        self.withhold.toggled.connect(self._withdraw)
        self.rules.itemChanged.connect(self._withdraw)
        self.retranslate()
        self._show_state()
        self.resize(1240, 700)
        splitter.setSizes([500, 740])  # the review's rows need the room

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        total = sum(self.splitter.sizes())
        if total:
            left = max(480, min(620, int(total * 0.4)))
            self.splitter.setSizes([left, total - left])
    # --- the selection ----------------------------------------------------------------------------
    def _fill_areas(self) -> None:
        regions = sorted(self._names.regions.values(), key=lambda r: r.code)
        self.area.addItem("", None)  # the whole city, named in retranslate
        for district in (r for r in regions if r.level is RegionLevel.DISTRICT):
            self.area.addItem(self._names.region(district.code), district.code)
            for street in (r for r in regions if r.parent == district.code):
                self.area.addItem("    " + self._names.region(street.code), street.code)

    def _fill_rules(self) -> None:
        self.rules.blockSignals(True)
        categories = sorted(self._names.categories.values(), key=lambda c: (c.group, c.code))
        self.rules.setRowCount(len(categories))
        for row, category in enumerate(categories):
            publish = QTableWidgetItem(self._names.category(category.code))
            publish.setData(CODE_ROLE, category.code)
            publish.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            publish.setCheckState(Qt.CheckState.Checked)
            coarsen = QTableWidgetItem()
            coarsen.setData(CODE_ROLE, category.code)
            if category.exact_location:
                coarsen.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                coarsen.setCheckState(Qt.CheckState.Unchecked)
            else:  # the category's own rule: always the grid cell, not the reviewer's to loosen
                coarsen.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
                coarsen.setCheckState(Qt.CheckState.Checked)
            self.rules.setItem(row, 0, publish)
            self.rules.setItem(row, 1, QTableWidgetItem())
            self.rules.setItem(row, 2, coarsen)
            count = QTableWidgetItem()
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rules.setItem(row, 3, count)
        self.rules.blockSignals(False)

    def set_period(self, first: QDate, last: QDate) -> None:
        """The period from `first` to `last`, both whole days included."""
        self.start.setDate(first)
        self.end.setDate(last)

    def set_area(self, code: str | None) -> None:
        self.area.setCurrentIndex(max(0, self.area.findData(code)))

    def set_category(self, code: str, *, publish: bool | None = None, coarsen: bool | None = None) -> None:
        """Tick or untick a category's row (what a reviewer does with the mouse)."""
        for row in range(self.rules.rowCount()):
            if self.rules.item(row, 0).data(CODE_ROLE) != code:
                continue
            for column, value in ((0, publish), (2, coarsen)):
                item = self.rules.item(row, column)
                if value is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)

    def selection(self) -> dict[str, Any]:
        """The selection as the central service takes it: whole city days, the end day included."""
        start = _midnight(self.start.date())
        end = _midnight(self.end.date().addDays(1))
        rows = [(self.rules.item(r, 0), self.rules.item(r, 2)) for r in range(self.rules.rowCount())]
        chosen = [p.data(CODE_ROLE) for p, _c in rows if p.checkState() == Qt.CheckState.Checked]
        coarsen = [c.data(CODE_ROLE) for p, c in rows if p.checkState() == Qt.CheckState.Checked
                   and c.flags() & Qt.ItemFlag.ItemIsEnabled and c.checkState() == Qt.CheckState.Checked]
        every = len(chosen) == len(rows)
        return {"start": start.isoformat(), "end": end.isoformat(), "area": self.area.currentData(),
                "categories": [] if every else sorted(chosen), "coarsen": sorted(coarsen),
                "withhold_text": self.withhold.isChecked()}

    def _withdraw(self, *_args: Any) -> None:
        """The selection changed: a review of the old one approves nothing."""
        if self.review is None:
            self._show_state()
            return
        self.review, self._reviewed = None, None
        self.approve.setChecked(False)
        self.summary.clear()
        self.sample.setRowCount(0)
        self._show_counts()
        self.notice.setText(self.tr("The selection changed: review it again before exporting."))
        self._show_state()

    def _show_state(self, *_args: Any) -> None:
        reviewed = self.review is not None
        self.review_box.setEnabled(reviewed)
        self.review_button.setEnabled(not self._busy)
        chosen = self.selection()
        nothing = not chosen["categories"] and any(
            self.rules.item(r, 0).checkState() != Qt.CheckState.Checked for r in range(self.rules.rowCount()))
        if nothing or self.start.date() > self.end.date():
            self.review_button.setEnabled(False)
        self.export_button.setEnabled(reviewed and not self._busy and self.approve.isChecked()
                                      and bool(self.review and self.review.incidents)
                                      and any(b.isChecked() for b in self.formats.values()))

    # --- asking the central service -----------------------------------------------------------------
    def ask_review(self) -> None:
        engine = self._ctx.engine
        if engine is None:
            self._refused(OfflineError("no central service"))
            return
        chosen, english = self.selection(), speaks_english()
        self._busy = True
        self.notice.setText(self.tr("Asking the central service what this selection publishes…"))
        self._show_state()
        run_in_background(lambda: engine.open_data_review(OpenDataSelection(**chosen), english),
                          lambda found: self._reviewed_now(chosen, found), self._refused, owner=self)

    def _reviewed_now(self, chosen: dict[str, Any], found: OpenDataReview) -> None:
        self._busy = False
        if chosen != self.selection():  # changed while the service was counting: that review is of the past
            self._show_state()
            return
        self.review, self._reviewed = found, chosen
        self.approve.setChecked(False)
        self._show_review()
        self.notice.setText(self.tr("Check the rows and the figures, then approve to export."))
        self._show_state()

    def _show_counts(self) -> None:
        """How many incidents of each category the review publishes, beside its rule (blank without a review)."""
        counts = {line.code: line.incidents for line in self.review.categories} if self.review else {}
        self.rules.blockSignals(True)
        for row in range(self.rules.rowCount()):
            code = self.rules.item(row, 0).data(CODE_ROLE)
            self.rules.item(row, 3).setText(f"{counts.get(code, 0):,}" if self.review else "")
        self.rules.blockSignals(False)

    def _show_review(self) -> None:
        self._show_counts()
        found = self.review
        if found is None:
            return
        kinds = {"name": self.tr("names"), "number": self.tr("telephone or ID numbers"),
                 "email": self.tr("e-mail addresses"), "plate": self.tr("vehicle plates")}
        masked = "、".join(f"{kinds.get(k, k)} {n:,}" for k, n in found.masked.items() if n) if not speaks_english() \
            else ", ".join(f"{n:,} {kinds.get(k, k)}" for k, n in found.masked.items() if n)
        lines = [self.tr("%1 incidents will be published; %2 of them at their grid cell instead of their point.")
                 .replace("%1", f"{found.incidents:,}").replace("%2", f"{found.coarsened:,}")]
        lines.append(self.tr("Masked in the texts: %1.").replace("%1", masked) if masked
                     else self.tr("No personal data was found in the texts."))
        if not found.incidents:
            lines = [self.tr("Nothing to publish: no incident of this selection was reported in the period.")]
        self.summary.setText("\n".join(lines))
        self.sample_label.setText(self.tr("The first %1 rows as they will be published:")
                                  .replace("%1", str(len(found.sample))))
        precision = {"point": self.tr("Point (about 10 m)"), "grid_cell": self.tr("Grid cell")}
        self.sample.setRowCount(len(found.sample))
        for row, data in enumerate(found.sample):
            for column, name in enumerate(SAMPLE_FIELDS):
                value = data.get(name) or ""
                text = precision.get(value, value) if name == "precision" else str(value)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.sample.setItem(row, column, item)
        self.sample.resizeColumnsToContents()
        for column in range(len(SAMPLE_FIELDS) - 1):
            self.sample.setColumnWidth(column, min(self.sample.columnWidth(column), 220))

    def _export_asked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export open data into"), folder)
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, folder: Path, on_done: Callable[[list[Path]], None] | None = None) -> None:
        """Fetch the reviewed selection in every ticked format and write each file into `folder`."""
        engine, found, chosen = self._ctx.engine, self.review, self._reviewed
        if engine is None or found is None or chosen is None or not self.approve.isChecked():
            return
        formats = [fmt for fmt, box in self.formats.items() if box.isChecked()]
        base = self.file_stem(chosen)
        english = speaks_english()

        def fetch_and_write() -> list[Path]:
            contents = {fmt: engine.open_data_export(OpenDataExportRequest.model_validate(
                {"selection": chosen, "format": fmt, "review": found.review}), english) for fmt in formats}
            written = []
            for fmt, content in contents.items():  # only once every format has come back whole
                suffix = "_open311.json" if fmt == "open311" else f".{od.SUFFIXES[fmt]}"
                path = folder / f"{base}{suffix}"
                write_whole(path, content)
                written.append(path)
            return written

        def done(written: list[Path]) -> None:
            self._busy = False
            self.notice.setText(self.tr("Exported %1 incidents into %2 (%3 files).")
                                .replace("%1", f"{found.incidents:,}").replace("%2", str(folder))
                                .replace("%3", str(len(written))))
            self.notice.setToolTip("\n".join(p.name for p in written))
            self._ctx.bus.status_message.emit(self.tr("Open data exported into %1").replace("%1", str(folder)))
            self._show_state()
            if on_done is not None:
                on_done(written)

        self._busy = True
        self.notice.setText(self.tr("Exporting…"))
        self._show_state()
        run_in_background(fetch_and_write, done, self._refused, owner=self)

    def file_stem(self, chosen: dict[str, Any]) -> str:
        """开放数据_2026-11-01_2026-11-30_全市: what, when and where."""
        start = local_time(datetime.fromisoformat(chosen["start"])).date()
        last = (local_time(datetime.fromisoformat(chosen["end"])) - timedelta(days=1)).date()
        area = self._names.region(chosen["area"]) if chosen["area"] else self.tr("City")
        what = self.tr("OpenData")
        return f"{what}_{start.isoformat()}_{last.isoformat()}_{area.strip()}".replace(" ", "-")

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.notice.setText(self.refusal_words(exc))
        self._show_state()

    def refusal_words(self, exc: BaseException) -> str:
        """Why nothing was reviewed or exported, in the officer's words."""
        if isinstance(exc, OfflineError):
            return self.tr("The central service cannot be reached. Open data is reviewed and exported there, "
                           "where each export is recorded: nothing was exported.")
        if isinstance(exc, AuthError):
            return self.tr("Your session has ended: sign in again to export open data.")
        if isinstance(exc, CentralError):
            if exc.status == 403:
                return self.tr("Only an administrator exports open data.")
            if exc.code == "review_needed":
                self._withdraw()
                return self.tr("The review no longer covers this selection (it changed, or is more than an hour "
                               "old): review it again.")
            if exc.status == 422:
                return self.tr("The central service refused the selection: %1").replace("%1", str(exc))
        if isinstance(exc, OSError):
            return self.tr("The files were not written: %1").replace("%1", exc.strerror or str(exc))
        return self.tr("Not exported: %1").replace("%1", str(exc))

    # --- words ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open data export"))
        self.selection_box.setTitle(self.tr("What to publish"))
        self.period_label.setText(self.tr("Reported from"))
        self.to_label.setText(self.tr("to"))
        self.area_label.setText(self.tr("Area"))
        self.last_month.setText(self.tr("Last month"))
        self.this_month.setText(self.tr("This month"))
        self.area.setItemText(0, self.tr("Whole city"))
        self.rules_box.setTitle(self.tr("Desensitisation rules"))
        self.fixed_rules.setText(self.tr(
            "Never published: the reporter, officers, internal notes and return reasons, the joint command. In titles, "
            "descriptions, addresses and results, names, telephone and ID numbers, e-mail addresses and vehicle "
            "plates are masked. A category at home is published at its grid cell, with its street for an address "
            "and its times to the hour; a category of public space keeps its point to about 10 m, without room or "
            "unit numbers, unless you coarsen it here."))
        self.rules.setHorizontalHeaderLabels([self.tr("Publish category"), self.tr("Rule"),
                                              self.tr("Grid cell only"), self.tr("Incidents")])
        self.rules.blockSignals(True)  # naming the rules changes no choice
        for row in range(self.rules.rowCount()):
            exact = bool(self.rules.item(row, 2).flags() & Qt.ItemFlag.ItemIsEnabled)
            self.rules.item(row, 1).setText(self.tr("Point") if exact else self.tr("Grid cell"))
        self.rules.blockSignals(False)
        self.withhold.setText(self.tr("Withhold titles, descriptions and results (publish the category only)"))
        self.review_button.setText(self.tr("Review what this publishes"))
        self.review_box.setTitle(self.tr("Review"))
        self.sample.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Category"), self.tr("Street"),
                                               self.tr("Location"), self.tr("Address"), self.tr("Title"),
                                               self.tr("Description")])
        self.approve.setText(self.tr("I have reviewed these rows and figures and approve publishing them"))
        self.formats_label.setText(self.tr("Formats:"))
        self.formats["csv"].setText(self.tr("CSV table"))
        self.formats["geojson"].setText(self.tr("GeoJSON map"))
        self.formats["open311"].setText(self.tr("Open311 GeoReport v2"))
        self.export_button.setText(self.tr("Export…"))
        self.close_button.setText(self.tr("Close"))
        if not self.notice.text():
            self.notice.setText(self.tr("Each review and each export is recorded in the central service's audit."))
        self._show_review()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _midnight(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day(), tzinfo=BUSINESS_TZ)


def _month(offset: int) -> tuple[QDate, QDate]:
    """The first and last day of this month (0) or the one before (-1), in city time."""
    today = local_time(datetime.now(BUSINESS_TZ)).date()
    first = QDate(today.year, today.month, 1).addMonths(offset)
    return first, first.addMonths(1).addDays(-1)
