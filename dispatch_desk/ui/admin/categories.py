"""Incident categories and their time limits for an administrator (类别与时限).

The table is the cache's categories with the limit of each stage the SLA policy gives them (a stage
without a rule of its own shows the default). Choosing a row fills the form beside it: the names, the
agency a dispatch suggests, whether open data may show an exact point, and each stage's limit and
near-deadline margin. "Save" asks the central service (`central/staff.py`) for what changed, after
checking it with the same rules (`domain.catalogue`); the change comes back through the feed, and a new
limit counts for stages entered from then on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import catalogue
from dispatch_desk.domain.records import Category, SlaRule, SlaStage
from dispatch_desk.domain.wire import CategoryForm, LimitsForm, StageLimit
from dispatch_desk.ui.admin.common import AdminDialog, record_table
from dispatch_desk.ui.common.labels import stage_label
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate  # the name lupdate looks for
STAGES = tuple(SlaStage)


def _minutes(value: int) -> str:
    if value >= 120 and value % 60 == 0:
        return translate("CategoriesDialog", "%1 h").replace("%1", str(value // 60))
    return translate("CategoriesDialog", "%1 min").replace("%1", str(value))


class CategoriesDialog(AdminDialog):
    watches = frozenset({"category", "sla_rule"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("categoriesDialog")
        self.table = record_table(self, "categoriesTable", 4 + len(STAGES))
        self.table.itemSelectionChanged.connect(self._fill_form)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headings whole, as the rows
        header.setStretchLastSection(True)
        # --- the form
        self.form_box = QGroupBox(self)
        self.form_box.setMaximumWidth(470)  # the table's columns need the room more
        self.name = QLineEdit(self, objectName="categoryName")
        self.name_en = QLineEdit(self, objectName="categoryNameEn")
        self.agency = QComboBox(self, objectName="categoryAgency")
        self.exact = QCheckBox(self, objectName="categoryExact")
        self.form_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.form_labels, (self.name, self.name_en, self.agency), strict=True):
            form.addRow(label, widget)
        form.addRow("", self.exact)
        self.limit_boxes: dict[SlaStage, tuple[QSpinBox, QSpinBox]] = {}
        self.limits_grid = QGridLayout()
        self.limit_heads = (QLabel(self), QLabel(self), QLabel(self))
        for column, head in enumerate(self.limit_heads):
            self.limits_grid.addWidget(head, 0, column)
        self.stage_labels: dict[SlaStage, QLabel] = {}
        for row, stage in enumerate(STAGES, start=1):
            limit = QSpinBox(self, objectName=f"limit_{stage.value}", minimum=1, maximum=catalogue.MAX_LIMIT_MINUTES)
            near = QSpinBox(self, objectName=f"near_{stage.value}", minimum=0, maximum=catalogue.MAX_LIMIT_MINUTES)
            self.stage_labels[stage] = QLabel(self)
            self.limits_grid.addWidget(self.stage_labels[stage], row, 0)
            self.limits_grid.addWidget(limit, row, 1)
            self.limits_grid.addWidget(near, row, 2)
            self.limit_boxes[stage] = (limit, near)
        self.limits_note = QLabel(self, wordWrap=True)
        self.save_button = QPushButton(self, objectName="categorySave", default=True)
        self.save_button.clicked.connect(self.save)
        box = QVBoxLayout(self.form_box)
        box.addLayout(form)
        box.addLayout(self.limits_grid)
        box.addWidget(self.limits_note)
        box.addStretch(1)
        box.addWidget(self.save_button)
        self.close_button = QPushButton(self, objectName="categoriesClose")
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        top.addWidget(self.form_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        self.reload()
        self.retranslate()
        self.resize(1240, 660)

    # --- the table ------------------------------------------------------------------------------------
    def show_busy(self) -> None:
        self.form_box.setEnabled(self.chosen() is not None and not self.busy)

    def reload(self) -> None:
        store = self._ctx.store
        self._names = Names.load(store)
        self._policy = store.reference().policy()
        chosen = self.chosen()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem("—", None)
        for code in sorted(self._names.agencies):
            self.agency.addItem(self._names.agency(code), code)
        self.agency.blockSignals(False)
        categories = sorted(self._names.categories.values(), key=lambda c: (c.group, c.code))
        self.table.setRowCount(len(categories))
        for row, c in enumerate(categories):
            cells = [self._names.category(c.code), self._names.category_group(c.code),
                     self._names.agency(c.default_agency) if c.default_agency else "",
                     self.tr("Point") if c.exact_location else self.tr("Grid cell")]
            cells += [_minutes(self._policy.rule(c.code, stage).limit_minutes) for stage in STAGES]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, c.code)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.code)
        self._fill_form()

    def chosen(self) -> Category | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        return self._names.categories.get(self.table.item(rows.pop(), 0).data(CODE_ROLE))

    def select(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(CODE_ROLE) == code:
                self.table.selectRow(row)

    def _fill_form(self) -> None:
        c = self.chosen()
        self.show_busy()
        if c is None:
            return
        self.name.setText(c.name)
        self.name_en.setText(c.name_en)
        self.agency.setCurrentIndex(max(0, self.agency.findData(c.default_agency)))
        self.exact.setChecked(c.exact_location)
        for stage, (limit, near) in self.limit_boxes.items():
            rule = self._policy.rule(c.code, stage)
            limit.setValue(rule.limit_minutes)
            near.setValue(rule.near_minutes)

    # --- saving ---------------------------------------------------------------------------------------
    def edited(self) -> tuple[Category, list[SlaRule]]:
        """The chosen category and its limits as the form has them."""
        c = self.chosen()
        assert c is not None
        category = Category(c.code, self.name.text().strip(), c.group, self.agency.currentData(), c.dimension,
                            name_en=self.name_en.text().strip(), group_en=c.group_en,
                            exact_location=self.exact.isChecked())
        rules = [SlaRule(c.code, stage, limit.value(), near.value()) for stage, (limit, near) in self.limit_boxes.items()]
        return category, rules

    def save(self) -> None:
        c = self.chosen()
        if c is None:
            return
        category, rules = self.edited()
        refused = catalogue.category_problem(category, self._names.agencies) or next(
            (r for r in map(catalogue.rule_problem, rules) if r is not None), None)
        if refused is not None:
            self.notice.setText(self.rule_words(refused.reason))
            return
        changed_rules = [r for r in rules if self._policy.rule(c.code, r.stage) != r]
        form = CategoryForm(name=category.name, name_en=category.name_en, default_agency=category.default_agency,
                            exact_location=category.exact_location) if category != c else None
        if form is None and not changed_rules:
            self.notice.setText(self.tr("Nothing to save: the form is as the category is."))
            return
        limits = LimitsForm(limits=[StageLimit(stage=r.stage.value, limit_minutes=r.limit_minutes,
                                               near_minutes=r.near_minutes) for r in changed_rules]) \
            if changed_rules else None

        def send(engine: Any) -> None:
            if form is not None:
                engine.admin_category(c.code, form)
            if limits is not None:
                engine.admin_limits(c.code, limits)

        self.ask(send, lambda _result: self.tr("Saved %1; new limits count for stages entered from now on.")
                 .replace("%1", category.name))

    def rule_words(self, reason: str) -> str:
        return {
            catalogue.BAD_NAME: self.tr("A category's name has 1 to 40 characters."),
            catalogue.UNKNOWN_AGENCY: self.tr("There is no such agency."),
            catalogue.BAD_LIMIT: self.tr("A time limit is 1 to 43,200 minutes (30 days)."),
            catalogue.BAD_NEAR: self.tr("The near-deadline margin is at least 0 and less than the limit."),
        }.get(reason, reason)

    # --- words ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Categories and time limits"))
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Group"), self.tr("Dispatched to"),
                                              self.tr("Open data location"), *(stage_label(s.value) for s in STAGES)])
        self.form_box.setTitle(self.tr("The chosen category"))
        for label, text in zip(self.form_labels, (self.tr("Name"), self.tr("Name in English"),
                                                  self.tr("Dispatched to")), strict=True):
            label.setText(text)
        self.exact.setText(self.tr("Open data may show the exact point"))
        self.exact.setToolTip(self.tr("For problems of public space (a pothole, a fallen tree). Without it, open data "
                                      "shows the grid cell, for problems that may point at a household."))
        for head, text in zip(self.limit_heads, (self.tr("Stage"), self.tr("Limit (minutes)"),
                                                 self.tr("Near the deadline from (minutes before)")), strict=True):
            head.setText(text)
        for stage, label in self.stage_labels.items():
            label.setText(stage_label(stage.value))
        self.limits_note.setText(self.tr("A new limit counts for stages entered from then on: an incident already "
                                         "in a stage keeps its deadline."))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)
