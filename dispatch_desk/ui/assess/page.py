"""The assessment page: a period, a kind of unit, the city's totals, the ranking and one unit's detail.

The running period is computed live from the cache (`compute.assess_period` on a pool thread) and
follows the incidents as they change. Every number that counts incidents is a link: it lists the
incidents behind it in the queue (`bus.open_in_queue`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain import permissions
from dispatch_desk.domain.assessment import PeriodKind, UnitKind
from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.ui.assess import export, words
from dispatch_desk.ui.assess.compute import (
    KINDS,
    OVERDUE_KEYS,
    Assessed,
    assess_period,
    lives_of,
    weights_record,
)
from dispatch_desk.ui.assess.counting import CountingPage, clock
from dispatch_desk.ui.assess.ranking import COLUMNS, DRILL_ROLE, UNIT_ROLE, RankingModel, ScoreDelegate
from dispatch_desk.ui.assess.weights import WeightsDialog
from dispatch_desk.ui.assess.words import translate
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_action, worker_store

LIVE_REFRESH_MS = 5 * 60_000  # a running period's stages go overdue with time alone
KPI_KEYS = ("reported", "closed", "dispose_on_time", "first_time", "overdue")


def period_text(period: a.Period) -> str:
    """The period as an officer says it: 2026年11月, 2026年第48周（11月23日–29日）."""
    start = period.start.astimezone(BUSINESS_TZ).date()
    locale = QLocale()
    if period.kind is PeriodKind.MONTH:
        return locale.toString(QDate(start.year, start.month, 1), translate("Assessment", "MMMM yyyy"))
    end = (period.end.astimezone(BUSINESS_TZ) - timedelta(days=1)).date()
    day = translate("Assessment", "MMM d")
    year, week, _ = start.isocalendar()
    return (translate("Assessment", "Week %1, %2 (%3 – %4)").replace("%1", str(week)).replace("%2", str(year))
            .replace("%3", locale.toString(QDate(start.year, start.month, start.day), day))
            .replace("%4", locale.toString(QDate(end.year, end.month, end.day), day)))


class Kpi(QFrame):
    """One of the city's totals: its value (a link when it counts incidents), its name, its change."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("assessKpi")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self, objectName="kpiValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.name = QLabel(self, objectName="kpiName")
        self.change = QLabel(self, objectName="kpiChange")
        for label in (self.name, self.change):  # five of them share a laptop's dock
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.name)
        layout.addWidget(self.change)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def _link(text: str, key: str) -> str:
    return f'<a href="{key}" style="text-decoration:none">{text}</a>'


class AssessmentWidget(CountingPage):
    """考核评价: the dock of the leader's workspace."""

    result: Assessed | None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("assessmentPage")
        self.period = a.Period.containing(PeriodKind.MONTH, datetime.now(UTC))
        self.kind = UnitKind.AGENCY
        self._unit: str | None = None

        self.period_kind = QComboBox(self, objectName="periodKind")
        self.earlier = QToolButton(self, objectName="periodEarlier", text="◀", autoRaise=True)
        self.later = QToolButton(self, objectName="periodLater", text="▶", autoRaise=True)
        self.period_label = QLabel(self, objectName="periodLabel")
        bold = QFont(self.period_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.period_label.setFont(bold)
        self.source = QLabel(self, objectName="assessSource")
        self.source.setStyleSheet("color: #5f6368")
        self.unit_buttons = QButtonGroup(self)
        self.unit_buttons.setExclusive(True)
        units = QHBoxLayout()
        units.setSpacing(0)
        for n, kind in enumerate(KINDS):
            button = QToolButton(self, objectName=f"units_{kind.value}", checkable=True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setChecked(kind is self.kind)
            self.unit_buttons.addButton(button, n)
            units.addWidget(button)

        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.period_kind)
        header.addWidget(self.earlier)
        header.addWidget(self.period_label)
        header.addWidget(self.later)
        header.addSpacing(12)
        header.addLayout(units)
        header.addStretch(1)
        self.tools = QHBoxLayout()  # beside the source line: the header row stays narrow enough for a laptop
        self.tools.setSpacing(4)
        self.publish_button = QToolButton(self, objectName="assessPublish")
        self.publish_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Only those who may publish see the button (the city center); a leader reads the published figures.
        self.publish_button.setVisible(permissions.why_not_publish_assessment(
            ctx.officer, ctx.store.records("region")) is None)
        self.publish_button.clicked.connect(self._publish_asked)
        self.tools.addWidget(self.publish_button)
        self.weights_button = QToolButton(self, objectName="assessWeights")
        self.weights_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.weights_button.setVisible(permissions.why_not_set_assessment_weights(ctx.officer) is None)
        self.weights_button.clicked.connect(self._weights_asked)
        self.tools.addWidget(self.weights_button)
        self.export_button = QToolButton(self, objectName="assessExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setStyleSheet("QToolButton { padding-right: 14px; }")  # clear of the menu arrow
        self.export_menu = QMenu(self.export_button)
        self.export_actions = {fmt: self.export_menu.addAction("") for fmt in export.FORMATS}
        for fmt, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, fmt=fmt: self._export_asked(fmt))
        self.export_button.setMenu(self.export_menu)
        self.tools.addWidget(self.export_button)
        self.source.setWordWrap(True)
        source_row = QHBoxLayout()
        source_row.setSpacing(6)
        source_row.addWidget(self.source, 1)
        source_row.addLayout(self.tools)

        self.kpis = {key: Kpi(key, self) for key in KPI_KEYS}
        kpi_row = QHBoxLayout()
        kpi_row.setSpacing(6)
        for kpi in self.kpis.values():
            kpi.value.linkActivated.connect(self._drill_city)
            kpi_row.addWidget(kpi)

        self.model = RankingModel(self)
        self.table = QTableView(self, objectName="rankingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(next(i for i, c in enumerate(COLUMNS) if c.key == "score"),
                                            ScoreDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setMouseTracking(True)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        # Every column as wide as its content, the unit's name whole; a narrow dock scrolls the last rates.
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.state = QLabel(self, objectName="emptyState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setWordWrap(True)

        self.detail = QWidget(self, objectName="unitDetail")
        self.detail_title = QLabel(self.detail, objectName="unitTitle")
        self.detail_title.setFont(bold)
        self.detail_title.setWordWrap(True)
        self.figure_grid = QGridLayout()
        self.figure_grid.setHorizontalSpacing(14)
        self.figure_grid.setVerticalSpacing(2)
        self.stage_grid = QGridLayout()
        self.stage_grid.setHorizontalSpacing(14)
        self.stage_grid.setVerticalSpacing(2)
        self.stage_title = QLabel(self.detail, objectName="stageTitle")
        inner = QVBoxLayout(self.detail)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(self.detail_title)
        inner.addLayout(self.figure_grid)
        inner.addSpacing(6)
        inner.addWidget(self.stage_title)
        inner.addLayout(self.stage_grid)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)

        ranking = QWidget(self)
        column = QVBoxLayout(ranking)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.state, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(ranking)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)  # the ranking first: the detail scrolls

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(source_row)
        layout.addLayout(kpi_row)
        layout.addWidget(self.splitter, 1)

        self._live_timer = QTimer(self, interval=LIVE_REFRESH_MS, timeout=self._tick)
        self.period_kind.currentIndexChanged.connect(self._kind_of_period_changed)
        self.earlier.clicked.connect(lambda: self.step(-1))
        self.later.clicked.connect(lambda: self.step(1))
        self.unit_buttons.idClicked.connect(lambda n: self.show_units(KINDS[n]))
        self.table.clicked.connect(self._cell_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._select_row(current.row()))

        self.retranslate()
        self._live_timer.start()
        self.reload()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_kpis()

    def _fit_kpis(self) -> None:
        """The totals as tall as their wrapped lines need at the width they have (five share a laptop's dock)."""
        needed = max(kpi.layout().totalHeightForWidth(kpi.width()) for kpi in self.kpis.values())
        for kpi in self.kpis.values():
            kpi.setFixedHeight(needed)

    # --- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.period_kind.blockSignals(True)
        self.period_kind.clear()
        for kind, name in words.period_kind_names().items():
            self.period_kind.addItem(name, kind.value)
        self.period_kind.setCurrentIndex(self.period_kind.findData(self.period.kind.value))
        self.period_kind.blockSignals(False)
        self.earlier.setToolTip(self.tr("Previous period"))
        self.later.setToolTip(self.tr("Next period"))
        for n, name in enumerate(words.unit_kind_names()[k] for k in KINDS):
            self.unit_buttons.button(n).setText(name)
        self.publish_button.setText(self.tr("Publish"))
        self.weights_button.setText(self.tr("Weights…"))
        self.weights_button.setToolTip(self.tr("The weights of the composite score"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save these figures as a file"))
        self.export_actions["xlsx"].setText(self.tr("Excel workbook (.xlsx): every kind of unit"))
        self.export_actions["csv"].setText(self.tr("CSV table (.csv): the units shown"))
        self.export_actions["pdf"].setText(self.tr("PDF report (.pdf): the units shown, printable"))
        self._show()

    # --- choosing what to see ---------------------------------------------------------------------
    def _kind_of_period_changed(self) -> None:
        kind = PeriodKind(self.period_kind.currentData())
        self.set_period(a.Period.containing(kind, datetime.now(UTC)))

    def step(self, direction: int) -> None:
        """The period before (-1) or after (+1); never past the running one."""
        if direction < 0:
            self.set_period(self.period.previous())
        elif self.period.end <= datetime.now(UTC):
            self.set_period(a.Period.containing(self.period.kind, self.period.end))

    def set_period(self, period: a.Period) -> None:
        self.period = period
        self.result = None
        self.reload()

    def show_units(self, kind: UnitKind) -> None:
        self.kind = kind
        self.unit_buttons.button(KINDS.index(kind)).setChecked(True)
        self._unit = None
        self._show()

    # --- computing --------------------------------------------------------------------------------
    def counting(self) -> Callable[[], Assessed]:
        period, now, path = self.period, datetime.now(UTC), Path(self._ctx.store.path)
        return lambda: assess_period(worker_store(path), period, now, lives=lives_of(str(path)))

    def moves_with(self, changed: set[str]) -> bool:
        # Only the running period moves with new history; a finished one changes when it is published.
        return bool({"assessment", "assessment_weights"} & changed
                    or (self.period.end > datetime.now(UTC) and {"incident", "incident_action"} & changed))

    def _tick(self) -> None:
        if self.period.end > datetime.now(UTC) and not self._reload_timer.isActive() and self.isVisible():
            self.reload()

    # --- showing ----------------------------------------------------------------------------------
    def unit_name(self, unit: str) -> str:
        return self._names.agency(unit) if self.kind is UnitKind.AGENCY else self._names.region(unit)

    def _show(self) -> None:
        result = self.result
        self.period_label.setText(period_text(self.period))
        self.later.setEnabled(self.period.end <= datetime.now(UTC))
        if result is None:
            self.source.setText(self.tr("Could not compute the assessment: %1").replace("%1", self.error)
                                if self.error else self.tr("Counting…"))
        elif result.published is not None:
            record = result.published
            self.source.setText(self.tr("Published by %1 on %2 (city time): the figures every desk shows for this "
                                        "period, %3 incidents counted by the central service")
                                .replace("%1", record.published_by_name or record.published_by)
                                .replace("%2", clock(record.published_at)).replace("%3", f"{record.incidents:,}"))
        elif result.running:
            self.source.setText(self.tr("Live figures of the running period, as of %1 (city time); "
                                        "stages still open count as overdue once past their limit")
                                .replace("%1", clock(result.until)))
        else:
            self.source.setText(self.tr("Live figures from this desk's cache; the period ended %1")
                                .replace("%1", clock(result.until)))
        self._show_kpis()
        self.export_button.setEnabled(result is not None)
        self._show_publish()
        selected = self._unit
        self.model.show(result, self.kind, self.unit_name)
        empty = result is not None and not self.model.rowCount()
        self.table.setVisible(result is not None and not empty)
        self.state.setVisible(result is None or empty)
        if result is None:
            self.state.setText(self.source.text())
        elif empty:
            self.state.setText(self.tr("No incidents were reported in this period.") if not result.lives
                               else self.tr("No unit of this kind handled an incident in this period."))
        rows = [f.unit for f, _ in self.model.rows()]
        if rows:
            row = rows.index(selected) if selected in rows else 0
            self.table.selectRow(row)
            self._select_row(row)
        else:
            self._select_row(-1)

    def _show_kpis(self) -> None:
        result = self.result
        city = result.city if result else None
        before = result.city_before if result else None
        names = {"reported": words.figure_names()["reported"], "closed": words.rate_names()["closed"],
                 "dispose_on_time": self.tr("On-time disposal"), "first_time": words.rate_names()["first_time"],
                 "overdue": self.tr("Overdue stages")}
        for key, kpi in self.kpis.items():
            kpi.name.setText(names[key])
            now_value, then_value = _kpi_value(city, key), _kpi_value(before, key)
            text = "—" if now_value is None else (words.rate_text(now_value) if isinstance(now_value, float)
                                                  else f"{now_value:,}")
            drillable = city is not None and key in ("reported", "overdue")
            kpi.value.setText(_link(text, key) if drillable else text)
            kpi.value.setToolTip(self.tr("Click to list these incidents in the queue") if drillable else "")
            template = (self.tr("vs. the same days of the previous period: %1") if result and result.running
                        else self.tr("vs. previous period: %1"))
            kpi.change.setText(_change(now_value, then_value, template, self.tr("%1 pp")))
        self._fit_kpis()

    def _select_row(self, row: int) -> None:
        rows = self.model.rows()
        if not 0 <= row < len(rows) or self.result is None:
            self._unit = None
            self.detail.setVisible(False)
            return
        figures, ranked = rows[row]
        self._unit = figures.unit
        self.detail.setVisible(True)
        self.detail_title.setText(self.tr("%1 · rank %2 of %3 · score %4").replace("%1", self.unit_name(figures.unit))
                                  .replace("%2", str(ranked.position)).replace("%3", str(len(rows)))
                                  .replace("%4", words.score_text(figures.score)))
        _clear(self.figure_grid)
        names = words.figure_names()
        shown = [k for k in a.FIGURE_KEYS if not (k == "co_agency" and self.kind is not UnitKind.AGENCY)
                 and not (self.kind is UnitKind.AGENCY and k in ("reported", "registered", "escalated"))]
        per_column = (len(shown) + 2) // 3
        for n, key in enumerate(shown):
            value = figures.counts[key]
            name = QLabel(names[key], self.detail)
            number = QLabel(_link(f"{value:,}", key) if value else "0", self.detail, objectName=f"figure_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.linkActivated.connect(self._drill_unit)
            if value:
                number.setToolTip(self.tr("Click to list these incidents in the queue"))
            r, c = n % per_column, 2 * (n // per_column)
            self.figure_grid.addWidget(name, r, c)
            self.figure_grid.addWidget(number, r, c + 1)
        self.stage_title.setText(self.tr("Working time per stage (suspended time excluded)"))
        _clear(self.stage_grid)
        heads = (self.tr("Stage"), self.tr("Median"), self.tr("90th percentile"), self.tr("Overdue"))
        for c, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>", self.detail)
            self.stage_grid.addWidget(head, 0, c)
        for r, (stage, name) in enumerate(words.stage_names().items(), start=1):
            overdue = figures.counts[f"overdue_{stage.value}"]
            cells = (name, words.hours_text(figures.stage_p50.get(stage)), words.hours_text(figures.stage_p90.get(stage)))
            for c, text in enumerate(cells):
                self.stage_grid.addWidget(QLabel(text, self.detail), r, c)
            count = QLabel(_link(str(overdue), f"overdue_{stage.value}") if overdue else "0", self.detail)
            count.linkActivated.connect(self._drill_unit)
            self.stage_grid.addWidget(count, r, 3)
        self.stage_grid.setColumnStretch(4, 1)

    # --- publishing -------------------------------------------------------------------------------
    def _show_publish(self) -> None:
        result, button = self.result, self.publish_button
        if result is None:
            tip = ""
        elif result.published is not None:
            tip = self.tr("This period has been published.")
        elif result.running:
            tip = self.tr("The period is still running: it can be published once it has ended.")
        elif self._ctx.engine is None:
            tip = self.tr("Publishing needs the connection to the central service.")
        else:
            tip = self.tr("Freeze this period's assessment on the central service, counted there over every "
                          "incident, so that every desk shows the same figures")
        button.setEnabled(bool(result and not result.running and result.published is None and self._ctx.engine))
        button.setToolTip(tip)

    def _publish_asked(self) -> None:
        engine, period = self._ctx.engine, self.period
        if engine is None or self.result is None or self.result.running:
            return
        answer = QMessageBox.question(
            self, self.tr("Publish the assessment"),
            self.tr("Publish the assessment of %1?\n\nThe central service counts it over every incident and every "
                    "desk then shows those figures for this period. A published period cannot be changed.")
            .replace("%1", period_text(period)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        args = {"period": period.kind.value, "start": period.start.isoformat()}
        bus = self._ctx.bus
        self.publish_button.setEnabled(False)

        def done(_mutation_id: str) -> None:
            bus.status_message.emit(self.tr("Sent: the published figures of %1 reach every desk with the next sync")
                                    .replace("%1", period_text(period)))

        def failed(exc: BaseException) -> None:
            self._show_publish()
            QMessageBox.warning(self, self.tr("Not published"), self.refusal_words(exc))

        run_action(lambda: engine.issue("assessment.publish", args), done, failed, owner=self)

    def weights_dialog(self) -> WeightsDialog:
        """The dialog with the weights in force, and who set them."""
        record = weights_record(self._ctx.store)
        updated = ""
        if record is not None and record.updated_at is not None:
            updated = (self.tr("Set by %1 on %2 (city time)").replace("%1", record.updated_by_name or record.updated_by)
                       .replace("%2", clock(record.updated_at)))
        return WeightsDialog(a.weights_of(record), self, updated=updated)

    def _weights_asked(self) -> None:
        engine = self._ctx.engine
        if engine is None:
            QMessageBox.information(self, self.tr("Weights of the score"),
                                    self.tr("Changing the weights needs the connection to the central service."))
            return
        dialog = self.weights_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        args, bus = dialog.args(), self._ctx.bus

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Weights not changed"), self.refusal_words(exc))

        run_action(lambda: engine.issue("assessment.set_weights", args),
                   lambda _id: bus.status_message.emit(self.tr("The new weights count from now on")), failed, owner=self)

    def refusal_words(self, exc: BaseException) -> str:
        """Why publishing was refused, in the officer's words (by the refusal's stable code)."""
        words_by_code = {
            "read_only": self.tr("Only the city operations center publishes assessments."),
            "forbidden": self.tr("Only the city operations center publishes assessments."),
            "wrong_status": self.tr("The period is still running: it can be published once it has ended."),
            "exists": self.tr("This period has already been published."),
            "inactive": self.tr("Your account is not active."),
            "bad_args": str(exc),
        }
        return words_by_code.get(str(getattr(exc, "code", "")), str(exc))

    # --- export -----------------------------------------------------------------------------------
    def _export_asked(self, fmt: str) -> None:
        if self.result is None:
            return
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV table (*.csv)"),
                   "pdf": self.tr("PDF report (*.pdf)")}
        self.save_as(fmt, self.tr("Export the assessment"), filters[fmt], self.export_name(fmt),
                     lambda path: self.export_to(path, fmt))

    def export_name(self, fmt: str) -> str:
        """考核评价_2026-11_agency.xlsx: the period and, for one kind of unit, the kind."""
        kind = "" if fmt == "xlsx" else f"_{self.kind.value}"
        name = self.tr("Assessment")
        return f"{name}_{self.period.label}{kind}.{fmt}"

    def export_to(self, path: Path, fmt: str) -> None:
        """Write what the page shows to `path` as `fmt` (one of export.FORMATS)."""
        if self.result is None:
            raise ValueError("nothing counted yet")
        title = self.tr("Assessment") + f" · {period_text(self.period)}"
        if fmt != "xlsx":
            title += f" · {words.unit_kind_names()[self.kind]}"
        heading = export.Heading(title, self.source.text())
        names = self._names

        def unit_name(kind: UnitKind, unit: str) -> str:
            return names.agency(unit) if kind is UnitKind.AGENCY else names.region(unit)

        if fmt == "xlsx":
            export.write_xlsx(path, heading, self.result, unit_name)
        elif fmt == "csv":
            export.write_csv(path, heading, export.table(self.result, self.kind, unit_name))
        else:
            export.write_pdf(path, heading, self.result, self.kind, unit_name)

    # --- drill-down -------------------------------------------------------------------------------
    def _cell_clicked(self, index: Any) -> None:
        keys = index.data(DRILL_ROLE)
        unit = index.data(UNIT_ROLE)
        if keys and unit:
            title = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
            self.drill(self.kind, unit, tuple(keys), f"{self.unit_name(unit)} · {title}")

    def _drill_unit(self, key: str) -> None:
        if self._unit:
            self.drill(self.kind, self._unit, (key,), f"{self.unit_name(self._unit)} · {words.figure_names()[key]}")

    def _drill_city(self, key: str) -> None:
        keys = OVERDUE_KEYS if key == "overdue" else (key,)
        name = self.tr("Overdue stages") if key == "overdue" else words.figure_names()[key]
        city = self.tr("City")  # not inside the f-string: lupdate reads no calls there
        self.drill(UnitKind.CITY, a.CITY_UNIT, keys, f"{city} · {name}")

    def drill(self, kind: UnitKind, unit: str, keys: tuple[str, ...], title: str) -> list[str]:
        """List the incidents behind a figure in the queue; returns their ids."""
        if self.result is None:
            return []
        ids = self.result.behind(kind, unit, keys)
        label = f"{title} · {period_text(self.period)} ({len(ids)})"
        if ids:
            self._ctx.bus.open_in_queue.emit(label, ids)
        else:
            self._ctx.bus.status_message.emit(self.tr("No incidents behind this figure"))
        return ids


def _kpi_value(city: a.Figures | None, key: str) -> float | int | None:
    if city is None:
        return None
    if key == "overdue":
        return sum(city.counts[k] for k in OVERDUE_KEYS)
    if key in city.rates:
        return city.rates[key]
    return city.counts[key]


def _change(now: float | int | None, then: float | int | None, template: str, points: str) -> str:
    """The change since the previous period: percentage points for a rate, a signed count otherwise."""
    if now is None or then is None:
        return ""
    if isinstance(now, float) or isinstance(then, float):
        diff = 100 * (float(now) - float(then))
        return template.replace("%1", points.replace("%1", f"{diff:+.1f}"))
    return template.replace("%1", f"{int(now) - int(then):+,}")


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        if (widget := item.widget()) is not None:
            widget.deleteLater()
