"""Plans (预案) and their task templates, for an administrator.

The table on the left is the cache's plans: name, kind, number of tasks, in force or withdrawn.
Choosing one fills the form: code, names, kind (which decides the vital signs its operations watch),
whether it is in force, and its tasks in order, each with the agency it goes to, its titles and when it
is due after the operation starts; the description of the chosen task is edited below the list.
"New plan" empties the form, "Copy as new" keeps it for a new code. "Save" checks the plan with
`domain.catalogue` and asks the central service (`central/staff.py`); the plan comes back through
the feed, and operations started from then on follow it. A change arriving from the feed while the form
holds unsaved edits leaves the edits alone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import catalogue
from dispatch_desk.domain.records import Plan, PlanTask
from dispatch_desk.domain.wire import PlanForm, PlanTaskForm
from dispatch_desk.ui.admin.common import AdminDialog, record_table
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell.i18n import data_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # a task row's description, kept on its title cell
AGENCY, TITLE, TITLE_EN, DUE = range(4)


class PlansDialog(AdminDialog):
    watches = frozenset({"plan", "agency"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("plansDialog")
        self.plans: dict[str, Plan] = {}
        self._loaded: Plan | None = None  # what the form was last filled with (None: a new plan)
        self._names = Names.load(ctx.store)
        self.table = record_table(self, "plansTable", 4)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # a long name takes what is left
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        # --- the form
        self.form_box = QGroupBox(self)
        self.code = QLineEdit(self, objectName="planCode")
        self.name = QLineEdit(self, objectName="planName")
        self.name_en = QLineEdit(self, objectName="planNameEn")
        self.kind = QComboBox(self, objectName="planKind")
        for kind in catalogue.PLAN_KINDS:
            self.kind.addItem("", kind)
        self.active = QCheckBox(self, objectName="planActive")
        self.form_labels = [QLabel(self) for _ in range(4)]
        form = QGridLayout()  # code and kind share a row, so that the tasks get the height
        code_label, name_label, name_en_label, kind_label = self.form_labels
        form.addWidget(code_label, 0, 0)
        form.addWidget(self.code, 0, 1)
        form.addWidget(kind_label, 0, 2)
        form.addWidget(self.kind, 0, 3)
        form.addWidget(name_label, 1, 0)
        form.addWidget(self.name, 1, 1, 1, 3)
        form.addWidget(name_en_label, 2, 0)
        form.addWidget(self.name_en, 2, 1, 1, 3)
        form.addWidget(self.active, 3, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.tasks_label = QLabel(self)
        self.tasks = QTableWidget(0, 4, self, objectName="planTasks")
        self.tasks.verticalHeader().setDefaultSectionSize(self.kind.sizeHint().height() + 2)  # a box fits whole
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tasks_header = self.tasks.horizontalHeader()
        tasks_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tasks_header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AGENCY, 150), (TITLE_EN, 200)):
            self.tasks.setColumnWidth(column, width)
        self.tasks.currentCellChanged.connect(self._task_changed)
        self.add_task = QPushButton(self, objectName="planAddTask")
        self.add_task.clicked.connect(self.new_task)
        self.remove_task = QPushButton(self, objectName="planRemoveTask")
        self.remove_task.clicked.connect(self.drop_task)
        self.up = QPushButton(self, objectName="planTaskUp")
        self.up.clicked.connect(lambda: self.move_task(-1))
        self.down = QPushButton(self, objectName="planTaskDown")
        self.down.clicked.connect(lambda: self.move_task(1))
        task_buttons = QHBoxLayout()
        for button in (self.add_task, self.remove_task, self.up, self.down):
            task_buttons.addWidget(button)
        task_buttons.addStretch(1)
        self.description_label = QLabel(self)
        self.description = QPlainTextEdit(self, objectName="planTaskDescription")
        self.description.setMaximumHeight(72)
        self.description.textChanged.connect(self._description_edited)
        self.save_button = QPushButton(self, objectName="planSave", default=True)
        self.save_button.clicked.connect(self.save)
        column = QVBoxLayout(self.form_box)
        column.addLayout(form)
        column.addWidget(self.tasks_label)
        column.addWidget(self.tasks, 1)
        column.addLayout(task_buttons)
        column.addWidget(self.description_label)
        column.addWidget(self.description)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        column.addLayout(save_row)
        self.new_button = QPushButton(self, objectName="planNew")
        self.new_button.clicked.connect(self.new_plan)
        self.copy_button = QPushButton(self, objectName="planCopy")
        self.copy_button.clicked.connect(self.copy_plan)
        self.close_button = QPushButton(self, objectName="plansClose")
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addWidget(self.form_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.reload()
        self.new_plan()
        self.resize(1240, 680)

    def show_busy(self) -> None:
        self.save_button.setEnabled(not self.busy)

    # --- words --------------------------------------------------------------------------------------------
    def kind_names(self) -> dict[str, str]:
        return {"typhoon": self.tr("Typhoon"), "flood": self.tr("Flood"), "heatwave": self.tr("Heatwave"),
                "snowstorm": self.tr("Snow and ice"), "marathon": self.tr("Marathon"),
                "festival": self.tr("Festival or crowd event"), "conference": self.tr("Major conference"),
                "other": self.tr("Other")}

    def rule_words(self, reason: str) -> str:
        return {
            catalogue.BAD_PLAN_ID: self.tr("A plan's code has 1 to 32 letters, digits, '.', '_' or '-'."),
            catalogue.BAD_PLAN_NAME: self.tr("A plan's names have 1 to 80 characters on one line."),
            catalogue.BAD_PLAN_KIND: self.tr("Choose the kind of plan."),
            catalogue.BAD_PLAN_TASKS: self.tr("A plan has 1 to 50 tasks."),
            catalogue.UNKNOWN_AGENCY: self.tr("Choose the agency of each task."),
            catalogue.BAD_TASK_TITLE: self.tr("A task's titles have 1 to 200 characters on one line."),
            catalogue.BAD_TASK_TEXT: self.tr("A task's description has at most 4000 characters of text."),
            catalogue.BAD_OFFSET: self.tr("A task is due at most a week after the start."),
            catalogue.TWICE: self.tr("The plan gives the same task to the same agency twice."),
        }.get(reason, reason)

    # --- the plans ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._names = Names.load(self._ctx.store)
        self.plans = {p.id: p for p in self._ctx.store.records("plan")}
        kinds = self.kind_names()
        rows = sorted(self.plans.values(), key=lambda p: (not p.active, p.kind, p.id))  # in force first
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, p in enumerate(rows):
            state = self.tr("In force") if p.active else self.tr("Withdrawn")
            for column, text in enumerate((data_text(p.name, p.name_en), kinds.get(p.kind, p.kind),
                                           str(len(p.tasks)), state)):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, p.id)
                if column == 0:
                    item.setToolTip(text)
                if not p.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        if self._loaded is not None:
            self.select(self._loaded.id)
        self.table.blockSignals(False)
        loaded = self._loaded
        if loaded is not None and self.plans.get(loaded.id) != loaded and self._unchanged():
            self.fill(self.plans.get(loaded.id))  # changed elsewhere, and nothing of ours to keep
        self._fill_agencies()

    def chosen(self) -> Plan | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.plans.get(self.table.item(rows.pop(), 0).data(CODE_ROLE)) if len(rows) == 1 else None

    def select(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(CODE_ROLE) == code:
                self.table.selectRow(row)

    def _chosen_changed(self) -> None:
        plan = self.chosen()
        if plan is not None:
            self.fill(plan)

    def _unchanged(self) -> bool:
        """Whether the form holds what it was filled with."""
        return self._loaded is not None and self.edited() == self._loaded

    def fill(self, plan: Plan | None) -> None:
        """Show `plan` in the form (None: an empty form for a new plan)."""
        self._loaded = plan
        self.code.setText(plan.id if plan else "")
        self.code.setReadOnly(plan is not None)
        for edit, text in ((self.name, plan.name if plan else ""), (self.name_en, plan.name_en if plan else "")):
            edit.setText(text)
            edit.setCursorPosition(0)  # a long name shows its beginning
        self.kind.setCurrentIndex(max(0, self.kind.findData(plan.kind if plan else "other")))
        self.active.setChecked(plan.active if plan else True)
        self.show_tasks(list(plan.tasks) if plan else [], 0)

    def new_plan(self) -> None:
        self.table.clearSelection()
        self.fill(None)
        self.code.setFocus()

    def copy_plan(self) -> None:
        """The form as it is, for a new plan of its own code."""
        plan = self.edited()
        self.table.clearSelection()
        self.fill(None)
        self.name.setText(plan.name)
        self.name_en.setText(plan.name_en)
        self.kind.setCurrentIndex(max(0, self.kind.findData(plan.kind)))
        self.show_tasks(list(plan.tasks), 0)
        self.code.setFocus()
        self.notice.setText(self.tr("A copy: give it a code of its own, then save."))

    # --- the tasks ----------------------------------------------------------------------------------------
    def _fill_agencies(self) -> None:
        for row in range(self.tasks.rowCount()):
            combo = self._agency_box(row)
            code = combo.currentData()
            self._set_agencies(combo, code)

    def _set_agencies(self, combo: QComboBox, code: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        for known in sorted(self._names.agencies, key=self._names.agency):
            combo.addItem(self._names.agency(known), known)
        if code and combo.findData(code) < 0:
            combo.addItem(code, code)  # not (or no longer) an agency: saying so is the check's work
        combo.setCurrentIndex(combo.findData(code) if code else -1)
        combo.blockSignals(False)

    def _agency_box(self, row: int) -> QComboBox:
        widget = self.tasks.cellWidget(row, AGENCY)
        assert isinstance(widget, QComboBox)
        return widget

    def _due_box(self, row: int) -> QSpinBox:
        widget = self.tasks.cellWidget(row, DUE)
        assert isinstance(widget, QSpinBox)
        return widget

    def show_tasks(self, tasks: list[PlanTask], current: int) -> None:
        self.tasks.setRowCount(0)
        self.tasks.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            combo = QComboBox(self.tasks, objectName="planTaskAgency")
            self._set_agencies(combo, task.agency)
            self.tasks.setCellWidget(row, AGENCY, combo)
            title = QTableWidgetItem(task.title)
            title.setData(TEXT_ROLE, task.description)
            title.setToolTip(task.title)
            self.tasks.setItem(row, TITLE, title)
            title_en = QTableWidgetItem(task.title_en)
            title_en.setToolTip(task.title_en)
            self.tasks.setItem(row, TITLE_EN, title_en)
            due = QSpinBox(self.tasks, objectName="planTaskDue")
            due.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # typed, or stepped by the arrow keys
            due.setRange(0, catalogue.MAX_OFFSET_MINUTES)
            due.setSingleStep(15)
            due.setSuffix(self.tr(" min"))
            due.setSpecialValueText(self.tr("at the start"))
            due.setValue(task.offset_minutes)
            self.tasks.setCellWidget(row, DUE, due)
        if tasks:
            self.tasks.setCurrentCell(min(current, len(tasks) - 1), TITLE)
        self._task_changed()

    def read_tasks(self) -> list[PlanTask]:
        tasks = []
        for row in range(self.tasks.rowCount()):
            title, title_en = self.tasks.item(row, TITLE), self.tasks.item(row, TITLE_EN)
            tasks.append(PlanTask(self._agency_box(row).currentData() or "", title.text().strip(),
                                  (title.data(TEXT_ROLE) or "").strip(), self._due_box(row).value(),
                                  title_en=title_en.text().strip()))
        return tasks

    def new_task(self) -> None:
        tasks, row = self.read_tasks(), self.tasks.currentRow() + 1
        last = tasks[row - 1] if row > 0 else None
        tasks.insert(row, PlanTask("", "", offset_minutes=last.offset_minutes if last else 0))
        self.show_tasks(tasks, row)
        self.tasks.editItem(self.tasks.item(row, TITLE))

    def drop_task(self) -> None:
        row = self.tasks.currentRow()
        if row >= 0:
            tasks = self.read_tasks()
            del tasks[row]
            self.show_tasks(tasks, row)

    def move_task(self, step: int) -> None:
        row, tasks = self.tasks.currentRow(), self.read_tasks()
        if row >= 0 and 0 <= row + step < len(tasks):
            tasks[row], tasks[row + step] = tasks[row + step], tasks[row]
            self.show_tasks(tasks, row + step)

    def _task_changed(self, *_: int) -> None:
        row = self.tasks.currentRow()
        item = self.tasks.item(row, TITLE) if row >= 0 else None
        self.description.blockSignals(True)
        self.description.setPlainText(item.data(TEXT_ROLE) or "" if item is not None else "")
        self.description.blockSignals(False)
        self.description.setEnabled(item is not None)
        for button in (self.remove_task, self.up, self.down):
            button.setEnabled(item is not None)

    def _description_edited(self) -> None:
        row = self.tasks.currentRow()
        if row >= 0:
            self.tasks.item(row, TITLE).setData(TEXT_ROLE, self.description.toPlainText())

    # --- saving -------------------------------------------------------------------------------------------
    def edited(self) -> Plan:
        return Plan(self.code.text().strip(), self.name.text().strip(), self.kind.currentData(),
                    tuple(self.read_tasks()), name_en=self.name_en.text().strip(), active=self.active.isChecked())

    def save(self) -> None:
        plan = self.edited()
        agencies = list(self._names.agencies)
        refused = catalogue.plan_problem(plan, agencies)
        if refused is not None:
            self.notice.setText(self.rule_words(refused.reason))
            for row, task in enumerate(plan.tasks):  # point at the first task that is wrong by itself
                if catalogue.plan_problem(replace(plan, tasks=(task,)), agencies) is not None:
                    self.tasks.setCurrentCell(row, TITLE)
                    break
            return
        if self.plans.get(plan.id) == plan:
            self.notice.setText(self.tr("Nothing to save: the form is as the plan is."))
            return
        if self._loaded is None and plan.id in self.plans:
            self.notice.setText(self.tr("There is a plan %1 already: choose it to change it.").replace("%1", plan.id))
            return
        form = PlanForm(name=plan.name, name_en=plan.name_en, kind=plan.kind, active=plan.active,
                        tasks=[PlanTaskForm(agency=t.agency, title=t.title, title_en=t.title_en,
                                            description=t.description, offset_minutes=t.offset_minutes)
                               for t in plan.tasks])

        def saved(_result: object) -> str:
            self._loaded = plan  # the feed brings it back as the form has it
            self.code.setReadOnly(True)
            return self.tr("Saved %1: operations started from now on follow it.").replace("%1", data_text(
                plan.name, plan.name_en))

        self.ask(lambda engine: engine.admin_plan(plan.id, form), saved)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plans"))
        self.table.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("Kind"), self.tr("Tasks"), self.tr("State")])
        self.form_box.setTitle(self.tr("The chosen plan"))
        for label, text in zip(self.form_labels, (self.tr("Code"), self.tr("Name"), self.tr("Name in English"),
                                                  self.tr("Kind")), strict=True):
            label.setText(text)
        for index, text in enumerate(self.kind_names().values()):
            self.kind.setItemText(index, text)
        self.kind.setToolTip(self.tr("The kind decides which vital signs its joint commands watch first"))
        self.active.setText(self.tr("In force: offered when a joint command starts"))
        self.tasks_label.setText(self.tr("Tasks it assigns when a joint command starts from it, in order"))
        self.tasks.setHorizontalHeaderLabels([self.tr("Agency"), self.tr("Task"), self.tr("Task in English"),
                                              self.tr("Due after the start")])
        self.tasks.setColumnWidth(DUE, max(130, self.tasks.horizontalHeader().sectionSizeHint(DUE)))
        self.description_label.setText(self.tr("Description of the chosen task"))
        self.add_task.setText(self.tr("Add task"))
        self.remove_task.setText(self.tr("Remove"))
        self.up.setText(self.tr("Up"))
        self.down.setText(self.tr("Down"))
        self.save_button.setText(self.tr("Save"))
        self.new_button.setText(self.tr("New plan"))
        self.copy_button.setText(self.tr("Copy as new"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_tasks(self.read_tasks(), self.tasks.currentRow())
            self.reload()
        super().changeEvent(event)
