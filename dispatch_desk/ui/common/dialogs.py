"""The dialog of a life-cycle action: only the inputs that action takes, with sensible defaults.

One dialog class serves every action; the table `FIELDS` says what each action asks for, in the
argument names of the domain workflow (note/reason, lead_agency, co_agencies, deadline, until,
passed, approved, photos).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.workflow_rules import NOTE_REQUIRED
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.common.photos import PhotoPicker
from dispatch_desk.ui.context import AppContext

FIELDS: dict[str, tuple[str, ...]] = {
    "register": ("note",),
    "dispatch": ("lead_agency", "co_agencies", "deadline", "note"),
    "accept": ("note",),
    "return": ("note",),
    "dispose": ("note", "photos"),
    "verify": ("passed", "note", "photos"),
    "close": ("note",),
    "reopen": ("note",),
    "escalate": ("note",),
    "suspend": ("until", "note"),
    "approve_suspension": ("approved", "note"),
    "resume": ("note",),
    "extend": ("until", "note"),
    "supervise": ("note",),
    "cancel": ("note",),
    "comment": ("note", "photos"),
}
# Actions that need no input: the button issues them at once (a note can follow as a comment).
DIRECT = frozenset({"register", "accept", "close", "resume"})


def to_qt(moment: datetime) -> QDateTime:
    """A UTC moment as the business-time wall clock the officer types in."""
    local = moment.astimezone(labels.BUSINESS_TZ)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)


def from_qt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=labels.BUSINESS_TZ)
    return local.astimezone(UTC)


class ActionDialog(QDialog):
    def __init__(self, ctx: AppContext, action: str, incident: Any, parent: QWidget | None = None,
                 names: Names | None = None, batch: int = 0, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"actionDialog_{action}")
        self._ctx = ctx
        self._action = action
        self._names = names or Names.load(ctx.store)
        now = now or datetime.now(UTC)
        fields = FIELDS.get(action, ("note",))
        title = labels.action_label(action)
        subject = ""
        if incident is not None:
            subject = f"{incident.code or incident.id[:8]}  {incident.title}"
            title = f"{title} — {subject}"
        if batch > 1:
            title = self.tr("%1 — %n incidents", "", batch).replace("%1", labels.action_label(action))
            subject = self.tr("%n selected incidents", "", batch)
        self.setWindowTitle(title)
        # what the action is about, inside the dialog too: a title bar can be hidden or cut short
        self.subject = QLabel(subject, self, objectName="dialogSubject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: 600;")
        self.subject.setVisible(bool(subject))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.lead = self.co = self.deadline = self.until = self.photos = None
        self.passed = self.approved = None
        if "lead_agency" in fields:
            self.lead = QComboBox(self, objectName="leadAgency")
            for a in self._names.agencies.values():
                self.lead.addItem(self._names.agency_full(a.code), a.code)
            category = self._names.categories.get(incident.category) if incident else None
            suggested = (incident.lead_agency if incident and incident.lead_agency else None) or (
                category.default_agency if category else None)
            if suggested:
                self.lead.setCurrentIndex(max(0, self.lead.findData(suggested)))
            hint = self.tr("Suggested by the category's routing") if category and category.default_agency else ""
            self.lead.setToolTip(hint)
            form.addRow(self.tr("Lead agency"), self.lead)
        if "co_agencies" in fields:
            self.co = QListWidget(self, objectName="coAgencies")
            self.co.setMaximumHeight(110)
            chosen = set(incident.co_agencies) if incident else set()
            for a in self._names.agencies.values():
                item = QListWidgetItem(self._names.agency_full(a.code))
                item.setData(Qt.ItemDataRole.UserRole, a.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if a.code in chosen else Qt.CheckState.Unchecked)
                self.co.addItem(item)
            form.addRow(self.tr("Co-agencies"), self.co)
        if "deadline" in fields:
            self.deadline = self._time_edit("deadline", now + timedelta(days=2))
            form.addRow(self.tr("Disposal deadline"), self.deadline)
        if "until" in fields:
            base = incident.due_at if action == "extend" and incident and incident.due_at else now
            self.until = self._time_edit("until", base + timedelta(days=1))
            label = self.tr("New deadline") if action == "extend" else self.tr("Suspend until")
            form.addRow(label, self.until)
        if "passed" in fields:
            self.passed = self._choice("verifyPassed", self.tr("Passed"), self.tr("Failed — dispatch again"))
            form.addRow(self.tr("Result"), self.passed.parent())
        if "approved" in fields:
            self.approved = self._choice("approveChoice", self.tr("Approve"), self.tr("Reject"))
            form.addRow(self.tr("Decision"), self.approved.parent())
        self.note = QPlainTextEdit(self, objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self._required = action in {a.value for a in NOTE_REQUIRED}
        form.addRow(self._note_label(action), self.note)
        if "photos" in fields:
            self.photos = PhotoPicker(ctx.store, self)
            form.addRow(self.tr("Photos"), self.photos)

        self.error = QLabel(self, objectName="dialogError")
        self.error.setStyleSheet("color: #a11212")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(labels.action_label(action))
        if self.photos is not None:
            self.photos.busy_changed.connect(lambda busy: buttons.button(QDialogButtonBox.StandardButton.Ok)
                                             .setEnabled(not busy))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _note_label(self, action: str) -> str:
        if action in ("return", "reopen", "escalate", "suspend", "extend", "cancel"):
            return self.tr("Reason")
        if action == "dispose":
            return self.tr("Result")
        if action == "comment":
            return self.tr("Comment")
        return self.tr("Note")

    def _time_edit(self, name: str, moment: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qt(moment), self, objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _choice(self, name: str, yes: str, no: str) -> QButtonGroup:
        box = QWidget(self)
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        group.setObjectName(name)
        for i, text in enumerate((yes, no)):
            button = QRadioButton(text, box)
            button.setChecked(i == 0)
            group.addButton(button, i)
            row.addWidget(button)
        return group

    def set_note(self, text: str) -> None:
        self.note.setPlainText(text)

    def args(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        note = self.note.toPlainText().strip()
        if note:
            out["note"] = note
        if self.lead is not None and self.lead.currentData():
            out["lead_agency"] = self.lead.currentData()
        if self.co is not None:
            lead = out.get("lead_agency")
            out["co_agencies"] = [
                self.co.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.co.count())
                if self.co.item(i).checkState() == Qt.CheckState.Checked
                and self.co.item(i).data(Qt.ItemDataRole.UserRole) != lead
            ]
        if self.deadline is not None:
            out["deadline"] = from_qt(self.deadline.dateTime()).isoformat()
        if self.until is not None:
            out["until"] = from_qt(self.until.dateTime()).isoformat()
        if self.passed is not None:
            out["passed"] = self.passed.checkedId() == 0
        if self.approved is not None:
            out["approved"] = self.approved.checkedId() == 0
        if self.photos is not None and self.photos.hashes():
            out["photos"] = self.photos.hashes()
        return out

    def _accept(self) -> None:
        args = self.args()
        needs_note = self._required or (self.passed is not None and not args.get("passed", True))
        if needs_note and not args.get("note"):
            self.error.setText(self.tr("Please write a %1.").replace("%1", self._note_label(self._action)))
            self.error.show()
            self.note.setFocus()
            return
        self.accept()
