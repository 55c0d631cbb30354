"""The small dialogs of the task board and the seats board: a required reason, a new task, a
reassignment, an incident to link, a task's details, a seat's new end. Each opens non-modally
(`open()`), checks its input and says what is missing instead of sending a bad mutation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.command import TEXT_MAX, TITLE_MAX, in_area
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import Operation, Task
from dispatch_desk.ui.command import words
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.tasks import run_in_background, worker_store


class _Form(QDialog):
    """A form with OK/Cancel and an error line; `submitted` carries the mutation arguments."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.error = QLabel(self, objectName="commandError")
        self.error.setStyleSheet("color: #a11212")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def args(self) -> dict[str, Any] | None:  # None: fail() said what is missing
        raise NotImplementedError

    def _submit(self) -> None:
        args = self.args()
        if args is not None:
            self.submitted.emit(args)
            self.accept()


class ReasonDialog(_Form):
    """A text the mutation needs (a block, cancel or strike reason; a progress note)."""

    def __init__(self, title: str, label: str, key: str, base: dict[str, Any], parent: QWidget | None,
                 *, required: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        self._key, self._base, self._required = key, base, required
        self.text = QPlainTextEdit(self, objectName="reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(360, 90)
        self.form.addRow(label, self.text)

    def args(self) -> dict[str, Any] | None:
        text = self.text.toPlainText().strip()
        if self._required and not text:
            self.fail(self.tr("Please give a reason."))
            return None
        if len(text) > 1000:
            self.fail(self.tr("At most 1000 characters, please."))
            return None
        return {**self._base, self._key: text}


def _agency_box(parent: QWidget, names: Names, first: tuple[str, ...], current: str | None = None) -> QComboBox:
    box = QComboBox(parent, objectName="agency")
    codes = list(dict.fromkeys([*first, *sorted(names.agencies)]))
    for code in codes:
        box.addItem(names.agency_full(code), code)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _due_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent, objectName="dueMinutes")
    box.setRange(0, 7 * 24 * 60)
    box.setSingleStep(15)
    box.setSpecialValueText(QCoreApplication.translate("TaskDue", "no due time"))
    box.setSuffix(QCoreApplication.translate("TaskDue", " min"))
    return box


class NewTaskDialog(_Form):
    """An ad-hoc task: agency, title, description, due in N minutes, an optional place."""

    def __init__(self, op: Operation, names: Names, parent: QWidget | None, agency: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New task"))
        self.setObjectName("newTaskDialog")
        self._op = op
        self.agency = _agency_box(self, names, op.agencies, agency)
        self.title = QLineEdit(self, objectName="title")
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("What is to be done, and where"))
        self.description = QPlainTextEdit(self, objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.due = _due_box(self)
        self.due.setValue(60)
        self.at_place = QCheckBox(self.tr("At a place"), self, objectName="atPlace")
        self.lon = QDoubleSpinBox(self, objectName="lon", decimals=6, minimum=-180, maximum=180, singleStep=0.0005)
        self.lat = QDoubleSpinBox(self, objectName="lat", decimals=6, minimum=-90, maximum=90, singleStep=0.0005)
        shape = to_shape(op.area) if op.area else None
        if shape is not None:
            point = shape.representative_point()
            self.lon.setValue(point.x)
            self.lat.setValue(point.y)
        for box in (self.lon, self.lat):
            box.setEnabled(False)
        self.at_place.toggled.connect(self.lon.setEnabled)
        self.at_place.toggled.connect(self.lat.setEnabled)
        place = QHBoxLayout()
        place.addWidget(self.at_place)
        place.addWidget(QLabel(self.tr("Lon"), self))
        place.addWidget(self.lon)
        place.addWidget(QLabel(self.tr("Lat"), self))
        place.addWidget(self.lat)
        self.form.addRow(self.tr("Agency"), self.agency)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Due in"), self.due)
        self.form.addRow(self.tr("Place"), place)
        self.resize(520, self.sizeHint().height())

    def set_place(self, lon: float, lat: float) -> None:
        self.at_place.setChecked(True)
        self.lon.setValue(lon)
        self.lat.setValue(lat)

    def args(self) -> dict[str, Any] | None:
        title = self.title.text().strip()
        if not title:
            self.fail(self.tr("Please give the task a title."))
            self.title.setFocus()
            return None
        description = self.description.toPlainText().strip()
        if len(description) > TEXT_MAX:
            self.fail(self.tr("The description is too long."))
            return None
        out: dict[str, Any] = {"operation": self._op.id, "agency": self.agency.currentData(), "title": title,
                               "description": description}
        if self.due.value():
            out["due_at"] = (datetime.now(UTC) + timedelta(minutes=self.due.value())).isoformat()
        if self.at_place.isChecked():
            if self._op.area and not in_area(self._op, self.lon.value(), self.lat.value()):
                self.fail(self.tr("The place is outside the operation's area."))
                return None
            out.update(lon=self.lon.value(), lat=self.lat.value())
        return out


class ReassignDialog(_Form):
    """Another agency, or another due time, with a reason."""

    def __init__(self, task: Task, op: Operation, names: Names, parent: QWidget | None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign task"))
        self.setObjectName("reassignDialog")
        self._task = task
        self.agency = _agency_box(self, names, op.agencies, task.agency)
        self.due = _due_box(self)
        self.due.setSpecialValueText(self.tr("keep the due time"))
        self.reason = QLineEdit(self, objectName="reason")
        self.form.addRow(self.tr("Task"), QLabel(title or task.title, self))
        self.form.addRow(self.tr("Agency"), self.agency)
        self.form.addRow(self.tr("New due in"), self.due)
        self.form.addRow(self.tr("Reason"), self.reason)

    def args(self) -> dict[str, Any] | None:
        agency = self.agency.currentData()
        out: dict[str, Any] = {"id": self._task.id, "reason": self.reason.text().strip()}
        if agency != self._task.agency:
            out["agency"] = agency
        if self.due.value():
            out["due_at"] = (datetime.now(UTC) + timedelta(minutes=self.due.value())).isoformat()
        if "agency" not in out and "due_at" not in out:
            self.fail(self.tr("Choose another agency or a new due time."))
            return None
        return out


def incidents_in_area(path: Path, op: Operation, text: str, skip: tuple[str, ...]) -> list[Any]:
    """Open incidents of the operation's area (a pool thread's read), newest first, at most 200;
    `text` narrows them to those whose case number or title contains it."""
    rows = worker_store(path).command.incidents_in_area(op.id)
    open_ = [r for r in rows if r.status not in ("closed", "cancelled") and r.id not in skip]
    if text:
        open_ = [r for r in open_ if text in r.title or text in (r.code or "")]
    return open_[:200]


class LinkIncidentDialog(_Form):
    """Pick an incident inside the operation's area to link to the task."""

    def __init__(self, task: Task, op: Operation, path: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link an incident"))
        self.setObjectName("linkIncidentDialog")
        self._task, self._op, self._path = task, op, path
        self.search = QLineEdit(self, objectName="search")
        self.search.setPlaceholderText(self.tr("Search the incidents in the area"))
        self.list = QListWidget(self, objectName="incidents")
        self.list.setMinimumSize(460, 260)
        self.list.itemDoubleClicked.connect(lambda _item: self._submit())
        self.form.addRow(self.search)
        self.form.addRow(self.list)
        self.search.textChanged.connect(self.find)
        self.find()

    def find(self, *_args: Any) -> None:
        op, path, text, skip = self._op, self._path, self.search.text().strip(), self._task.incidents
        run_in_background(lambda: incidents_in_area(path, op, text, skip), self._show, owner=self)

    def _show(self, rows: list[Any]) -> None:
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.code or r.id[:8]}  {r.title}  · {labels.status_label(r.status)}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No open incident in the area matches"))

    def args(self) -> dict[str, Any] | None:
        item = self.list.currentItem()
        incident = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not incident:
            self.fail(self.tr("Choose an incident."))
            return None
        return {"id": self._task.id, "incident": incident}


class TaskDetailsDialog(QDialog):
    """Everything about one task, read-only (its buttons are on the board)."""

    def __init__(self, task: Task, names: Names, parent: QWidget | None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("taskDetails")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title or task.title)
        form = QFormLayout()
        rows = [
            (self.tr("Title"), title or task.title),
            (self.tr("Agency"), names.agency_full(task.agency)),
            (self.tr("Status"), words.task_status(task.status.value)),
            (self.tr("Due"), labels.business_time(task.due_at) or "—"),
            (self.tr("Description"), task.description or "—"),
            (self.tr("Blocked because"), task.blocked_reason or "—"),
            (self.tr("Last note"), task.note or "—"),
            (self.tr("Linked incidents"), str(len(task.incidents))),
            (self.tr("Assigned by"), names.officer(task.assigned_by) or "—"),
            (self.tr("Assigned at"), labels.business_time(task.assigned_at)),
            (self.tr("From the plan"), self.tr("yes") if task.from_plan else self.tr("no")),
        ]
        if task.lon is not None and task.lat is not None:
            rows.append((self.tr("Place"), f"{task.lon:.5f}, {task.lat:.5f}"))
        for label, value in rows:
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


class SeatEndDialog(_Form):
    """A seat's new end time, in hours from now."""

    def __init__(self, operation: str, seat: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend the seat"))
        self.setObjectName("seatEndDialog")
        self._operation, self._seat = operation, seat
        self.hours = QSpinBox(self, objectName="hours", minimum=1, maximum=24 * 30, value=4)
        self.hours.setSuffix(self.tr(" h from now"))
        self.form.addRow(self.tr("Ends"), self.hours)

    def args(self) -> dict[str, Any] | None:
        ends = datetime.now(UTC) + timedelta(hours=self.hours.value())
        return {"operation": self._operation, "seat": self._seat, "ends_at": ends.isoformat()}
