"""Operations and maintenance (运维) for an administrator: the central service, the sensors, the audit.

Three tabs, each read from the central service's admin endpoints (`central/maintenance.py`) on a pool
thread, never from the cache (none of it is in a desk's feed):

- Service: the instance's version, uptime and live streams, its background jobs, and the database
  (backend, round-trip latency, size, migrations, records per kind, feed position).
- Desks: every desk as the service last heard of it (`POST /api/v1/desks/health` every two minutes): who,
  which version, how far behind the feed, what it has not sent, its conflicts; one not heard of for ten
  minutes is shown greyed, one with unsent changes or conflicts in amber.
- Sensors: every indicator's sensor, silent ones first, with its last reading, usual interval and
  how long it has been silent; a silent sensor is a device alert in the alerts list too.
- Audit: the audit chain newest first, filtered by officer, device, kind, name, outcome and days,
  a page at a time ("More"), and what is listed exported to CSV. Each read is itself audited.

Offline, each tab says it needs the central service and keeps what it showed.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.sla import BUSINESS_TZ, local_time
from dispatch_desk.domain.wire import AuditPage, AuditRow, DeskState, SensorState, ServiceStatus
from dispatch_desk.sync.errors import AuthError, CentralError, OfflineError
from dispatch_desk.ui.admin.common import AdminDialog
from dispatch_desk.ui.admin.open_data import write_whole
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell.i18n import data_text

SILENT = QColor("#c62828")
STALE = QColor("#8a8a8a")
PENDING = QColor("#b26a00")
STALE_AFTER = 600  # seconds without a report before a desk is shown as not heard of
KINDS = ("", "mutation", "refused", "auth.login", "auth.refresh", "auth.logout", "attachment.upload",
         "attachment.download", "readings", "open_data.review", "open_data.export", "audit.read")
AUDIT_FIELDS = ("n", "at", "kind", "officer_id", "device_id", "client", "name", "outcome", "reason", "args")
PAGE = 200
translate = QCoreApplication.translate  # the name lupdate looks for


def _clock(moment: datetime | str | None) -> str:
    if moment is None or moment == "":
        return ""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return local_time(when).strftime("%Y-%m-%d %H:%M:%S")


def _span(seconds: float | None) -> str:
    """A length of time in its largest sensible unit: 5 s, 53 min, 7 h, 12 d."""
    if seconds is None:
        return ""
    minutes = int(seconds // 60)
    if not minutes:
        return translate("MaintenanceDialog", "%1 s").replace("%1", str(int(seconds)))
    if minutes < 120:
        return translate("MaintenanceDialog", "%1 min").replace("%1", str(minutes))
    hours = minutes // 60
    if hours < 48:
        return translate("MaintenanceDialog", "%1 h").replace("%1", str(hours))
    return translate("MaintenanceDialog", "%1 d").replace("%1", str(hours // 24))


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent, objectName=name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, tip: str = "", right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class MaintenanceDialog(AdminDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("maintenanceDialog")
        self.service: ServiceStatus | None = None
        self.sensors: list[SensorState] = []
        self.desks: list[DeskState] = []
        self.audit_rows: list[AuditRow] = []
        self._next: int | None = None
        self._names = Names.load(ctx.store)  # officers by id, for the audit

        self.tabs = QTabWidget(self, objectName="maintenanceTabs")
        # --- service
        self.service_page = QWidget(self)
        self.service_form = QFormLayout()
        self.service_labels = {key: QLabel(self, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
                               for key in ("version", "uptime", "streams", "backend", "latency", "size", "seq",
                                           "audit", "background")}
        self.service_names = {key: QLabel(self) for key in self.service_labels}
        for key, label in self.service_labels.items():
            self.service_form.addRow(self.service_names[key], label)
        self.migrations = _table(self, "maintenanceMigrations", 3)
        self.records = _table(self, "maintenanceRecords", 2)
        column = QVBoxLayout(self.service_page)
        column.addLayout(self.service_form)
        lists = QHBoxLayout()
        lists.addWidget(self.migrations, 3)
        lists.addWidget(self.records, 2)
        column.addLayout(lists, 1)
        # --- desks
        self.desks_page = QWidget(self)
        self.desk_summary = QLabel(self, objectName="maintenanceDeskSummary")
        self.desk_table = _table(self, "maintenanceDesks", 8)
        self.desk_table.horizontalHeader().setStretchLastSection(False)
        self.desk_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        column = QVBoxLayout(self.desks_page)
        column.addWidget(self.desk_summary)
        column.addWidget(self.desk_table, 1)
        # --- sensors
        self.sensors_page = QWidget(self)
        self.sensor_summary = QLabel(self, objectName="maintenanceSensorSummary")
        self.sensor_table = _table(self, "maintenanceSensors", 7)
        column = QVBoxLayout(self.sensors_page)
        column.addWidget(self.sensor_summary)
        column.addWidget(self.sensor_table, 1)
        # --- audit
        self.audit_page = QWidget(self)
        self.officer = QLineEdit(self, objectName="auditOfficer", clearButtonEnabled=True)
        self.device = QLineEdit(self, objectName="auditDevice", clearButtonEnabled=True)
        self.name = QLineEdit(self, objectName="auditName", clearButtonEnabled=True)
        self.kind = QComboBox(self, objectName="auditKind")
        for kind in KINDS:
            self.kind.addItem(kind, kind)
        self.refused_only = QCheckBox(self, objectName="auditRefused")
        self.since = QDateEdit(self, objectName="auditSince", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.until = QDateEdit(self, objectName="auditUntil", calendarPopup=True, displayFormat="yyyy-MM-dd")
        today = local_time(datetime.now(BUSINESS_TZ)).date()
        self.until.setDate(QDate(today.year, today.month, today.day))
        self.since.setDate(self.until.date().addDays(-6))
        self.search = QPushButton(self, objectName="auditSearch", default=True)
        self.search.clicked.connect(self.load_audit)
        self.more = QPushButton(self, objectName="auditMore")
        self.more.clicked.connect(lambda: self.load_audit(more=True))
        self.export = QPushButton(self, objectName="auditExport")
        self.export.clicked.connect(self._export_asked)
        self.audit_count = QLabel(self, objectName="auditCount")
        self.audit_table = _table(self, "maintenanceAudit", len(AUDIT_FIELDS))
        self.audit_table.itemSelectionChanged.connect(self._show_args)
        self.args_view = QLabel(self, objectName="auditArgs", wordWrap=True,
                                textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_labels = {key: QLabel(self) for key in ("officer", "device", "name", "kind", "days", "to")}
        filters = QHBoxLayout()
        for key, widget in (("officer", self.officer), ("device", self.device), ("name", self.name),
                            ("kind", self.kind)):
            filters.addWidget(self.filter_labels[key])
            filters.addWidget(widget, 1)
        days = QHBoxLayout()
        days.addWidget(self.filter_labels["days"])
        days.addWidget(self.since)
        days.addWidget(self.filter_labels["to"])
        days.addWidget(self.until)
        days.addWidget(self.refused_only)
        days.addStretch(1)
        days.addWidget(self.search)
        days.addWidget(self.more)
        days.addWidget(self.export)
        column = QVBoxLayout(self.audit_page)
        column.addLayout(filters)
        column.addLayout(days)
        column.addWidget(self.audit_count)
        column.addWidget(self.audit_table, 1)
        column.addWidget(self.args_view)

        self.tabs.addTab(self.service_page, "")
        self.tabs.addTab(self.desks_page, "")
        self.tabs.addTab(self.sensors_page, "")
        self.tabs.addTab(self.audit_page, "")
        self.refresh_button = QPushButton(self, objectName="maintenanceRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self, objectName="maintenanceClose")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.resize(1180, 680)
        self.refresh()

    # --- asking the central service -------------------------------------------------------------------
    def refresh(self) -> None:
        """The service and the sensors again, and the audit with the filters as they stand."""
        self._ask(lambda engine: engine.admin_service(), self._show_service)
        self._ask(lambda engine: engine.admin_desks(), self._show_desks)
        self._ask(lambda engine: engine.admin_sensors(), self._show_sensors)
        self.load_audit()

    def load_audit(self, more: bool = False) -> None:
        filters, before = self.audit_filters(), (self._next if more else None)
        self._ask(lambda engine: engine.admin_audit(filters, before, PAGE), lambda page: self._show_audit(page, more))

    def _ask(self, fn: Any, show: Any) -> None:
        def done(result: Any) -> str:
            show(result)
            if self.busy:
                return self.tr("Asking the central service…")
            return self.tr("As of %1 (city time)").replace("%1", _clock(datetime.now(BUSINESS_TZ)))

        self.ask(fn, done, self.tr("Asking the central service…"))

    def refused(self, exc: BaseException) -> str:
        if isinstance(exc, OfflineError):
            text = self.tr("The central service cannot be reached: what is shown is as it was last read.")
        elif isinstance(exc, AuthError):
            text = self.tr("Your session has ended: sign in again.")
        elif isinstance(exc, CentralError) and exc.status == 403:
            text = self.tr("Only an administrator sees operations and maintenance.")
        elif isinstance(exc, CentralError) and exc.status == 422:
            text = self.tr("The central service refused the filter: %1").replace("%1", str(exc))
        else:
            text = self.tr("Not read: %1").replace("%1", str(exc))
        return text

    def audit_filters(self) -> dict[str, str]:
        """The audit query of the filters: exact officer, device and kind, a name or its start, whole days."""
        since = self.since.date()
        until = self.until.date().addDays(1)
        start = datetime(since.year(), since.month(), since.day(), tzinfo=BUSINESS_TZ)
        end = datetime(until.year(), until.month(), until.day(), tzinfo=BUSINESS_TZ)
        return {"officer_id": self.officer.text().strip(), "device_id": self.device.text().strip(),
                "name": self.name.text().strip(), "kind": self.kind.currentData() or "",
                "outcome": "refused" if self.refused_only.isChecked() and not self.kind.currentData() else "",
                "since": start.isoformat(), "until": max(end, start + timedelta(days=1)).isoformat()}

    # --- showing -------------------------------------------------------------------------------------
    def _show_service(self, status: ServiceStatus) -> None:
        self.service = status
        size = f"{status.db_bytes / 1e6:,.1f} MB" if status.db_bytes is not None else "—"
        values = {
            "version": status.version,
            "uptime": self.tr("%1, since %2").replace("%1", _span(status.uptime_s)).replace("%2", _clock(status.started_at)),
            "streams": f"{status.streams:,}", "backend": status.backend, "latency": f"{status.db_latency_ms:.1f} ms",
            "size": size, "seq": f"{status.seq:,}", "audit": f"{status.audit_rows:,}",
            "background": ", ".join(f"{job.name} ({_span(job.every_s)})" for job in status.background),
        }
        for key, text in values.items():
            self.service_labels[key].setText(text)
        self.migrations.setRowCount(len(status.migrations))
        for row, m in enumerate(status.migrations):
            for column, text in enumerate((str(m.version), m.name, _clock(m.applied_at))):
                self.migrations.setItem(row, column, _item(text))
        self.records.setRowCount(len(status.records))
        for row, (kind, count) in enumerate(sorted(status.records.items(), key=lambda kv: -kv[1])):
            self.records.setItem(row, 0, _item(kind))
            self.records.setItem(row, 1, _item(f"{count:,}", right=True))
        for table in (self.migrations, self.records):
            table.resizeColumnsToContents()

    def _show_desks(self, found: list[DeskState]) -> None:
        self.desks = found
        stale = sum(1 for d in found if d.seen_s > STALE_AFTER)
        waiting = sum(1 for d in found if d.outbox or d.conflicts)
        self.desk_summary.setText(self.tr("%1 desks; %2 not heard of for ten minutes; %3 with unsent changes or "
                                          "conflicts").replace("%1", str(len(found))).replace("%2", str(stale))
                                  .replace("%3", str(waiting)))
        self.desk_table.setRowCount(len(found))
        for row, d in enumerate(found):
            size = f"{d.cache_bytes / 1e6:,.1f} MB" if d.cache_bytes is not None else ""
            officer = f"{d.officer_name} ({d.officer_id})" if d.officer_name else d.officer_id
            cells = ((officer, False), (d.device_id, False), (d.version, False),
                     (self.tr("%1 ago").replace("%1", _span(d.seen_s)), False), (f"{d.lag:,}", True),
                     (f"{d.outbox:,}", True), (f"{d.conflicts:,}", True), (size, True))
            for column, (text, right) in enumerate(cells):
                item = _item(text, right=right)
                if d.seen_s > STALE_AFTER:
                    item.setForeground(STALE)
                elif d.outbox or d.conflicts:
                    item.setForeground(PENDING)
                self.desk_table.setItem(row, column, item)
        self.desk_table.resizeColumnsToContents()

    def _show_sensors(self, found: list[SensorState]) -> None:
        self.sensors = sorted(found, key=lambda s: (not s.silent, not s.monitored, s.indicator))
        silent = sum(1 for s in self.sensors if s.silent)
        self.sensor_summary.setText(self.tr("%1 sensors, %2 silent").replace("%1", str(len(self.sensors)))
                                    .replace("%2", str(silent)))
        levels = {0: self.tr("Normal"), 1: self.tr("Warning"), 2: self.tr("Alarm")}
        self.sensor_table.setRowCount(len(self.sensors))
        for row, s in enumerate(self.sensors):
            state = (self.tr("Silent for %1").replace("%1", _span(s.silent_for_s)) if s.silent
                     else self.tr("Never sent") if s.last_at is None else self.tr("Sending"))
            value = "" if s.last_value is None else f"{s.last_value:g} {data_text(s.unit, s.unit_en)}".strip()
            cells = (data_text(s.name, s.name_en), s.indicator, state, _clock(s.last_at), value,
                     _span(s.step_s), levels.get(s.level, str(s.level)) if s.monitored else self.tr("Not monitored"))
            for column, text in enumerate(cells):
                item = _item(text)
                if s.silent:
                    item.setForeground(SILENT)
                self.sensor_table.setItem(row, column, item)
        self.sensor_table.resizeColumnsToContents()

    def _show_audit(self, page: AuditPage, more: bool) -> None:
        self.audit_rows = [*self.audit_rows, *page.rows] if more else list(page.rows)
        self._next = page.next
        self.more.setEnabled(page.next is not None)
        self.export.setEnabled(bool(self.audit_rows))
        self.audit_table.setRowCount(len(self.audit_rows))
        for row, entry in enumerate(self.audit_rows):
            args = json.dumps(entry.args, ensure_ascii=False)
            who = self._names.officer(entry.officer_id) if entry.officer_id else ""
            officer = f"{who} ({entry.officer_id})" if who and who != entry.officer_id else entry.officer_id
            cells = (str(entry.n), _clock(entry.at), entry.kind, officer, entry.device_id, entry.client,
                     entry.name, entry.outcome, entry.reason, args[:120])
            for column, text in enumerate(cells):
                self.audit_table.setItem(row, column, _item(text, args if column == len(cells) - 1 else ""))
        self.audit_table.resizeColumnsToContents()
        for column in range(len(AUDIT_FIELDS) - 1):
            self.audit_table.setColumnWidth(column, min(self.audit_table.columnWidth(column), 240))
        self.audit_count.setText(self.tr("%1 entries listed").replace("%1", f"{len(self.audit_rows):,}")
                                 + ("" if page.next is None else self.tr(", more below")))

    def _show_args(self) -> None:
        rows = {i.row() for i in self.audit_table.selectedIndexes()}
        if len(rows) == 1:
            entry = self.audit_rows[rows.pop()]
            self.args_view.setText(json.dumps(entry.args, ensure_ascii=False, indent=1)[:2000])
        else:
            self.args_view.clear()

    # --- export ----------------------------------------------------------------------------------------
    def audit_csv(self) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(AUDIT_FIELDS)
        for entry in self.audit_rows:
            data = entry.model_dump()
            data["args"] = json.dumps(entry.args, ensure_ascii=False)
            writer.writerow(["" if data[f] is None else data[f] for f in AUDIT_FIELDS])
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def _export_asked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"{self.tr('Audit')}_{self.since.date().toString('yyyy-MM-dd')}_{self.until.date().toString('yyyy-MM-dd')}.csv"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit"), str(Path(folder) / name),
                                                self.tr("CSV table (*.csv)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        try:
            write_whole(path, self.audit_csv())
        except OSError as exc:
            self.notice.setText(self.tr("The file was not written: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.notice.setText(self.tr("Saved %1 entries to %2").replace("%1", f"{len(self.audit_rows):,}")
                            .replace("%2", str(path)))

    # --- words -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operations and maintenance"))
        for index, title in enumerate((self.tr("Central service"), self.tr("Desks"), self.tr("Sensors"),
                                       self.tr("Audit log"))):
            self.tabs.setTabText(index, title)
        names = {"version": self.tr("Version"), "uptime": self.tr("Running for"), "streams": self.tr("Live streams"),
                 "backend": self.tr("Database"), "latency": self.tr("Database round trip"),
                 "size": self.tr("Database size"), "seq": self.tr("Feed position"), "audit": self.tr("Audit entries"),
                 "background": self.tr("Background jobs")}
        for key, label in self.service_names.items():
            label.setText(names[key])
        self.migrations.setHorizontalHeaderLabels([self.tr("Migration"), self.tr("File"), self.tr("Applied")])
        self.records.setHorizontalHeaderLabels([self.tr("Kind of record"), self.tr("Records")])
        self.desk_table.setHorizontalHeaderLabels([self.tr("Officer"), self.tr("Device"), self.tr("Version"),
                                                   self.tr("Last heard of"), self.tr("Behind the feed"),
                                                   self.tr("Unsent"), self.tr("Conflicts"), self.tr("Cache")])
        self.sensor_table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Code"), self.tr("State"),
                                                     self.tr("Last reading"), self.tr("Value"), self.tr("Interval"),
                                                     self.tr("Level")])
        labels = {"officer": self.tr("Officer"), "device": self.tr("Device"), "name": self.tr("Action"),
                  "kind": self.tr("Kind"), "days": self.tr("From"), "to": self.tr("to")}
        for key, label in self.filter_labels.items():
            label.setText(labels[key])
        self.officer.setPlaceholderText(self.tr("officer id, e.g. o-ops"))
        self.name.setPlaceholderText(self.tr("e.g. incident. or open_data.export"))
        self.kind.setItemText(0, self.tr("Every kind"))
        self.refused_only.setText(self.tr("Refused only"))
        self.search.setText(self.tr("Search"))
        self.more.setText(self.tr("More"))
        self.export.setText(self.tr("Export CSV…"))
        self.audit_table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("Kind"), self.tr("Officer"),
                                                    self.tr("Device"), self.tr("Address"), self.tr("Action"),
                                                    self.tr("Outcome"), self.tr("Reason"), self.tr("Details")])
        self.refresh_button.setText(self.tr("Refresh"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
