"""Situation reports (态势报告 / 情况专报) of a joint command: the dock's list and the editor.

`ReportsWidget` lists the operation's reports — published ones by number, then drafts — and shows
the selected one. `ReportEditor` opens a draft prefilled from live data (the figures of
`domain.situation` worded by `situation_text`) in CAN form: the commander's conditions, actions and
needs, then one section per agency. A liaison sees and edits only the sections of the agencies they
act for (`report.contribute`); the commander saves (`report.draft` / `report.edit`) and, after a
confirmation that the report becomes numbered and immutable, publishes it (`report.publish`). A
published report opens read-only with its number, publisher and time. Every report exports to PDF.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.permissions import READ_ONLY_ROLES
from dispatch_desk.domain.permissions_operations import (
    OperationAction,
    acting_agencies,
    is_staff,
    operation_why_not,
)
from dispatch_desk.domain.records import Operation, ReportStatus, Role, SituationReport
from dispatch_desk.ui.command import exports, situation_text, words
from dispatch_desk.ui.command.lifecycle import Sender, fit_to_window, new_id, preview
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background, worker_store

translate = QCoreApplication.translate  # the name lupdate looks for
REPORT_ROLE = Qt.ItemDataRole.UserRole
CAN = ("conditions", "actions", "needs")


def can_titles() -> dict[str, str]:
    return {"conditions": translate("Reports", "Conditions"), "actions": translate("Reports", "Actions"),
            "needs": translate("Reports", "Needs")}


def report_label(report: SituationReport) -> str:
    if report.status is ReportStatus.PUBLISHED:
        number = translate("Reports", "No. %1").replace("%1", str(report.number))
        return f"{number} · {report.title}"
    return report.title


class CanBox(QGroupBox):
    """Conditions, actions and needs: three text fields under one heading."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None, height: int = 80) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.edits: dict[str, QPlainTextEdit] = {}
        for part, label in can_titles().items():
            edit = QPlainTextEdit(self, objectName=f"{name}_{part}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(height)
            self.edits[part] = edit
            form.addRow(label, edit)

    def values(self) -> dict[str, str]:
        return {part: edit.toPlainText().strip() for part, edit in self.edits.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for part, edit in self.edits.items():
            edit.setPlainText(values.get(part, ""))

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
            edit.style().unpolish(edit)  # the style sheet's [readOnly] rule follows the change
            edit.style().polish(edit)


class ReportEditor(QDialog):
    """A situation report: a new draft (prefilled from the data), a draft to edit or contribute to, or a
    published report to read."""

    saved = Signal(str)  # report id
    published = Signal(str, int)  # report id, number

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, report_id: str | None = None,
                 op_id: str | None = None, final: bool = False, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportEditor")
        self.ctx = ctx
        self.names = Names.load(ctx.store)
        self.report: SituationReport | None = exports.read_report(ctx.store, report_id) if report_id else None
        self.report_id = report_id or new_id("sitrep")
        self.op_id = self.report.operation if self.report else (op_id or ctx.operation_id or "")
        self.op: Operation | None = exports.read_operation(ctx.store, self.op_id) if self.op_id else None
        self.final = self.report.final if self.report else final
        self._now = now
        self.sender_ = Sender(ctx, self)
        self.sender_.sent.connect(self._sent)
        self.sender_.refused.connect(self._refused)
        self._after_send: str = ""  # "save" or "publish"

        self.title = QLineEdit(self, objectName="reportTitle")
        self.status = QLabel(self, objectName="reportStatus")
        self.status.setWordWrap(True)
        self.final_box = QCheckBox(translate("Reports", "Final report (closes the operation)"), self,
                                   objectName="reportFinal")
        self.final_box.setChecked(self.final)
        self.final_box.toggled.connect(lambda _on: self._show_hint())
        self.commander = CanBox(translate("Reports", "Command (conditions, actions, needs)"), "commanderPart",
                                self, 90)
        self.prefill = QPushButton(translate("Reports", "Fill in from live data"), self, objectName="prefill")
        self.prefill.setToolTip(translate("Reports", "Replace the command part with the current figures: incidents "
                                          "in the area, indicators against thresholds, task progress"))
        self.prefill.clicked.connect(self.fill_from_data)
        self.sections: dict[str, CanBox] = {}
        sections_host = QWidget(self)
        self.sections_layout = QVBoxLayout(sections_host)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.commander)
        body_layout.addWidget(sections_host)
        body_layout.addStretch(1)
        scroll.setWidget(body)

        self.error = QLabel(self, objectName="dialogError")
        self.error.setStyleSheet("color: #a11212")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel(self, objectName="dialogHint")
        self.hint.setStyleSheet("color: #52606d")
        self.hint.setWordWrap(True)

        self.save_button = QPushButton(translate("Reports", "Save draft"), self, objectName="saveReport")
        self.contribute_button = QPushButton(translate("Reports", "Save my section"), self,
                                             objectName="contributeReport")
        self.publish_button = QPushButton(translate("Reports", "Approve and publish…"), self,
                                          objectName="publishReport")
        self.export_button = QPushButton(translate("Reports", "Export PDF…"), self, objectName="exportReport")
        self.close_button = QPushButton(translate("Reports", "Close"), self, objectName="closeReport")
        self.save_button.clicked.connect(self.save)
        self.contribute_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(self.ask_publish)
        self.export_button.clicked.connect(lambda: exports.export_report_pdf(self.ctx, self, self.report_id))
        self.close_button.clicked.connect(self.reject)

        head = QFormLayout()
        head.addRow(translate("Reports", "Title"), self.title)
        head.addRow("", self.status)
        row = QHBoxLayout()
        row.addWidget(self.final_box)
        row.addStretch(1)
        row.addWidget(self.prefill)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        for b in (self.save_button, self.contribute_button, self.publish_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        # read-only text looks like paper, not like a field waiting for input
        self.setStyleSheet("QPlainTextEdit[readOnly=\"true\"] { background: #f3f5f7; border: 1px solid #d9dee3; }")
        self._build_sections()
        self._show()
        if self.report is None:
            self.fill_from_data()
        fit_to_window(self, 780, 860)

    # --- who may do what

    def now(self) -> datetime:
        return self._now or datetime.now(UTC)

    def is_staff(self) -> bool:
        """The command staff (or an admin): they write the command part, save, and publish."""
        officer = self.ctx.officer
        return self.op is not None and officer.active and (officer.role is Role.ADMIN or is_staff(officer, self.op))

    def editable_agencies(self) -> set[str]:
        if self.op is None or (self.report is not None and self.report.status is ReportStatus.PUBLISHED):
            return set()
        out = set()
        for agency in self._section_agencies():
            if operation_why_not(self.ctx.officer, OperationAction.CONTRIBUTE_REPORT, self.op, report=self.report,
                                 agency=agency, now=self.now()) is None:
                out.add(agency)
        return out

    def _section_agencies(self) -> list[str]:
        agencies = list(self.op.agencies) if self.op else []
        for s in (self.report.sections if self.report else ()):
            if s.agency not in agencies:
                agencies.append(s.agency)
        return agencies

    def visible_agencies(self) -> list[str]:
        """Every section for the command staff and the center's readers; a liaison or an agency officer
        sees only the sections of the agencies they act for."""
        agencies = self._section_agencies()
        officer = self.ctx.officer
        if self.op is None or self.is_staff() or officer.role in (Role.OPS_OFFICER, *READ_ONLY_ROLES):
            return agencies
        mine = acting_agencies(officer, self.op, self.now())
        return [a for a in agencies if a in mine]

    # --- building

    def _build_sections(self) -> None:
        sections = {s.agency: s for s in (self.report.sections if self.report else ())}
        editable = self.editable_agencies()
        for agency in self.visible_agencies():
            box = CanBox(self.names.agency_full(agency), f"section_{agency}", self, 60)
            s = sections.get(agency)
            if s is not None:
                box.set_values({"conditions": s.conditions, "actions": s.actions, "needs": s.needs})
                if s.at is not None:
                    box.setTitle(f"{self.names.agency_full(agency)} — " + translate("Reports", "by %1 at %2").replace(
                        "%1", self.names.officer(s.author)).replace("%2", labels.business_time(s.at)))
            box.set_read_only(agency not in editable)
            self.sections[agency] = box
            self.sections_layout.addWidget(box)
        if not self.sections:
            empty = QLabel(translate("Reports", "No agency sections: the operation has no agencies yet."), self)
            empty.setObjectName("noSections")
            self.sections_layout.addWidget(empty)

    def _show(self) -> None:
        report, op = self.report, self.op
        published = report is not None and report.status is ReportStatus.PUBLISHED
        staff = self.is_staff()
        if report is not None:
            self.title.setText(report.title)
            self.commander.set_values({"conditions": report.conditions, "actions": report.actions,
                                       "needs": report.needs})
        elif op is not None:
            self.title.setText(situation_text.draft_title(op.reports_published + 1, self.final, op.name))
        if published:
            kind = translate("Reports", "final report") if report.final else translate("Reports", "situation report")
            text = translate("Reports", "No. %1 %2, published by %3 at %4 — read-only").replace(
                "%1", str(report.number)).replace("%2", kind).replace(
                "%3", self.names.officer(report.published_by)).replace("%4", labels.business_time(report.published_at))
            self.setWindowTitle(translate("Reports", "Situation report no. %1").replace("%1", str(report.number)))
        elif report is not None:
            text = translate("Reports", "Draft by %1, %2").replace("%1", self.names.officer(report.created_by)).replace(
                "%2", labels.business_time(report.updated_at or report.created_at))
            self.setWindowTitle(translate("Reports", "Situation report draft"))
        else:
            text = translate("Reports", "New draft, prefilled from the live data — edit before saving")
            self.setWindowTitle(translate("Reports", "New situation report"))
        self.status.setText(text)
        self.title.setReadOnly(published or not staff)
        self.final_box.setVisible(not published and staff)
        self.commander.set_read_only(published or not staff)
        # a liaison's editor leads with their own section: the command part shows once there is some
        self.commander.setVisible(staff or any(self.commander.values().values()))
        self.prefill.setVisible(not published and staff)
        editable = self.editable_agencies()
        self.save_button.setVisible(not published and staff)
        self.contribute_button.setVisible(not published and not staff and bool(editable))
        self.publish_button.setVisible(not published and staff)
        self.export_button.setEnabled(report is not None)
        self.close_button.setText(translate("Reports", "Close"))
        self._show_hint()

    def _show_hint(self) -> None:
        report = self.report
        published = report is not None and report.status is ReportStatus.PUBLISHED
        staff = self.is_staff()
        editable = self.editable_agencies()
        if published:
            self.hint.setText("")
        elif staff and self.final_box.isChecked():
            self.hint.setText(translate("Reports", "The final report: once it is published the operation can be "
                                        "closed with it."))
        elif staff:
            self.hint.setText(translate("Reports", "Agencies write their own sections; publishing numbers the report "
                                        "and notifies every seat."))
        elif editable:
            self.hint.setText(translate("Reports", "You write the section of %1; the commander publishes.").replace(
                "%1", situation_text.name_separator().join(self.names.agency(a) for a in sorted(editable))))
        else:
            self.hint.setText(words.refusal("read_only"))

    def fill_from_data(self) -> None:
        """Prefill the command part from the live figures (read on a worker)."""
        if self.op is None:
            return
        self.prefill.setEnabled(False)
        db, op, now = self.ctx.store.path, self.op, self.now()
        run_in_background(lambda: exports.figures_of(worker_store(db), op, now), self._filled,
                          lambda exc: self._refused(str(exc)), owner=self)

    def _filled(self, figures: Any) -> None:
        self.prefill.setEnabled(True)
        self.figures = figures
        text = situation_text.draft_text(figures, self.names)
        self.commander.set_values({"conditions": text.conditions, "actions": text.actions, "needs": text.needs})

    # --- saving and publishing

    def _own_args(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), **self.commander.values(), "final": self.final_box.isChecked()}

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        """The mutations that bring the cache to what the editor shows (nothing for unchanged parts)."""
        out: list[tuple[str, dict[str, Any]]] = []
        if self.is_staff():
            own = self._own_args()
            if self.report is None:
                out.append(("report.draft", {"operation": self.op_id, "id": self.report_id, **own}))
            else:
                before = {"title": self.report.title, "conditions": self.report.conditions,
                          "actions": self.report.actions, "needs": self.report.needs, "final": self.report.final}
                changes = {k: v for k, v in own.items() if before.get(k) != v}
                if changes:
                    out.append(("report.edit", {"id": self.report_id, **changes}))
        sections = {s.agency: s for s in (self.report.sections if self.report else ())}
        for agency in sorted(self.editable_agencies()):
            box = self.sections.get(agency)
            if box is None:
                continue
            values = box.values()
            old = sections.get(agency)
            unchanged = old is not None and all(getattr(old, k) == v for k, v in values.items())
            if unchanged or (old is None and not any(values.values())):
                continue
            out.append(("report.contribute", {"id": self.report_id, "agency": agency, **values}))
        return out

    def why_not(self, steps: list[tuple[str, dict[str, Any]]]) -> str | None:
        if self.is_staff() and not self.title.text().strip():
            return translate("Reports", "Please give the report a title.")
        if steps and steps[0][0] in ("report.draft", "report.edit"):
            return preview(self.ctx, *steps[0], regions=list(self.names.regions.values()))
        if steps and self.report is not None:
            return preview(self.ctx, *steps[0], regions=list(self.names.regions.values()))
        return None

    def save(self) -> None:
        self._send("save")

    def ask_publish(self) -> None:
        number = (self.op.reports_published + 1) if self.op else 1
        box = QMessageBox(QMessageBox.Icon.Question, translate("Reports", "Publish the report"),
                          translate("Reports", "Publish this report as no. %1? It becomes numbered and can no longer "
                                    "be changed; every seat is notified.").replace("%1", str(number)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("publishConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Reports", "Publish"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self.publish() if button is yes else None)
        self.confirm = box
        box.open()

    def publish(self) -> None:
        """Save what changed, then publish (after the officer confirmed)."""
        self._send("publish")

    def _send(self, what: str) -> None:
        steps = self.steps()
        reason = self.why_not(steps)
        if reason is not None:
            self._refused(reason)
            return
        if what == "publish":
            steps.append(("report.publish", {"id": self.report_id}))
        if not steps:
            self._refused(translate("Reports", "Nothing changed."))
            return
        self.error.hide()
        self._after_send = what
        for b in (self.save_button, self.contribute_button, self.publish_button):
            b.setEnabled(False)
        self.sender_.send(steps, {"sitrep": {self.report_id}, "operation": {self.op_id}})

    def busy(self) -> bool:
        return self.sender_.running

    def _reload(self) -> None:
        self.report = exports.read_report(self.ctx.store, self.report_id)
        self.op = exports.read_operation(self.ctx.store, self.op_id) if self.op_id else None
        for box in self.sections.values():
            box.setParent(None)
            box.deleteLater()
        self.sections.clear()
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._build_sections()
        self._show()

    def _sent(self, _mutation_id: str) -> None:
        for b in (self.save_button, self.contribute_button, self.publish_button):
            b.setEnabled(True)
        self._reload()
        self.saved.emit(self.report_id)
        if self._after_send == "publish" and self.report is not None:
            self.published.emit(self.report_id, self.report.number)

    def _refused(self, text: str) -> None:
        for b in (self.save_button, self.contribute_button, self.publish_button):
            b.setEnabled(True)
        self.prefill.setEnabled(True)
        self.error.setText(text)
        self.error.show()

    def is_read_only(self) -> bool:
        return self.title.isReadOnly() and all(e.isReadOnly() for e in self.commander.edits.values()) and all(
            e.isReadOnly() for box in self.sections.values() for e in box.edits.values())


class ReportsWidget(QWidget):
    """The reports dock: the operation's reports (published by number, then drafts), the selected one shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsWidget")
        self.ctx = ctx
        self.names = Names.load(ctx.store)
        self.op_id = ctx.operation_id or ""
        self.op: Operation | None = None
        self.reports: list[SituationReport] = []
        self.editor: ReportEditor | None = None
        self._loading = False
        self._again = False

        self.heading = QLabel(self, objectName="reportsHeading")
        self.heading.setWordWrap(True)
        self.new_button = QPushButton(self, objectName="newReport")
        self.open_button = QPushButton(self, objectName="openReport")
        self.export_button = QPushButton(self, objectName="exportReport")
        self.new_button.clicked.connect(self.new_report)
        self.open_button.clicked.connect(lambda: self.open_report(self.selected_id()))
        self.export_button.clicked.connect(
            lambda: exports.export_report_pdf(self.ctx, self, self.selected_id()) if self.selected_id() else None)
        self.tree = QTreeWidget(self, objectName="reportsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 260)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.tree.itemActivated.connect(lambda item, _c: self.open_report(item.data(0, REPORT_ROLE)))
        self.view = QTextBrowser(self, objectName="reportView")
        self.view.setOpenLinks(False)
        self.empty = QLabel(self, objectName="emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.split = split

        ctx.bus.operation_selected.connect(self.set_operation)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self._timer = QTimer(self, singleShot=True, interval=150, timeout=self.reload)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.new_button.setText(translate("Reports", "New report…"))
        self.open_button.setText(translate("Reports", "Open"))
        self.export_button.setText(translate("Reports", "Export PDF…"))
        self.tree.setHeaderLabels([translate("Reports", "Report"), translate("Reports", "Time")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if not self._loading:
                self._loaded((self.op, self.reports))  # the list and the report shown in the new language
        super().changeEvent(event)

    def set_operation(self, op_id: str) -> None:
        self.op_id = op_id or ""
        self.reload()

    def _on_data_changed(self, changes: Any) -> None:
        if not changes or not isinstance(changes, dict) or {"sitrep", "operation"} & set(changes):
            self._timer.start()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        op_id = self.op_id
        if not op_id:
            self._loaded((None, []))
            return
        self._loading = True
        db = self.ctx.store.path
        run_in_background(lambda: (exports.read_operation(worker_store(db), op_id),
                                   exports.read_reports(worker_store(db), op_id)),
                          self._loaded, self._failed, owner=self)

    def flush(self) -> None:
        """Tests: read now, on this thread."""
        op = exports.read_operation(self.ctx.store, self.op_id) if self.op_id else None
        self._loaded((op, exports.read_reports(self.ctx.store, self.op_id) if op else []))

    def busy(self) -> bool:
        return self._loading

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.empty.setText(str(exc))
        self.empty.show()

    def _loaded(self, result: tuple[Operation | None, list[SituationReport]]) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()
        op, reports = result
        self.op, self.reports = op, reports
        selected = self.selected_id()
        self.tree.clear()
        published = sorted((r for r in reports if r.status is ReportStatus.PUBLISHED), key=lambda r: -r.number)
        drafts = sorted((r for r in reports if r.status is ReportStatus.DRAFT),
                        key=lambda r: r.updated_at or r.created_at, reverse=True)
        for r in published + drafts:
            item = QTreeWidgetItem([report_label(r) if r.status is ReportStatus.PUBLISHED
                                    else translate("Reports", "Draft · %1").replace("%1", r.title),
                                    words.clock(r.published_at or r.updated_at or r.created_at)])
            item.setData(0, REPORT_ROLE, r.id)
            item.setToolTip(0, r.title)
            if r.status is ReportStatus.DRAFT:
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            if r.id == selected:
                self.tree.setCurrentItem(item)
        if op is None:
            self.heading.setText(translate("Reports", "Situation reports"))
            self.empty.setText(words.refusal("no_operation"))
        else:
            self.heading.setText(translate("Reports", "%1 — %2 published, %3 draft(s)").replace("%1", op.name).replace(
                "%2", str(len(published))).replace("%3", str(len(drafts))))
            self.empty.setText(translate("Reports", "No reports yet. A new report is prefilled from the live data."))
        self.empty.setVisible(op is None or not reports)
        self.split.setVisible(op is not None and bool(reports))
        staff = op is not None and operation_why_not(self.ctx.officer, OperationAction.DRAFT_REPORT, op,
                                                     now=datetime.now(UTC)) is None
        self.new_button.setVisible(staff)
        self.new_button.setEnabled(staff)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_selected()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, REPORT_ROLE) if item is not None else None

    def _show_selected(self) -> None:
        report = next((r for r in self.reports if r.id == self.selected_id()), None)
        self.open_button.setEnabled(report is not None)
        self.export_button.setEnabled(report is not None)
        if report is None:
            self.view.clear()
            return
        self.view.document().setDefaultStyleSheet(exports._style())
        self.view.setHtml(exports.report_html(report, self.names, self.op, {}))

    def new_report(self) -> ReportEditor | None:
        if not self.op_id:
            return None
        return self._open(ReportEditor(self.ctx, self.window(), op_id=self.op_id))

    def open_report(self, report_id: str | None) -> ReportEditor | None:
        if not report_id:
            return None
        return self._open(ReportEditor(self.ctx, self.window(), report_id=report_id))

    def _open(self, editor: ReportEditor) -> ReportEditor:
        self.editor = editor
        editor.saved.connect(lambda _id: self.reload())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

