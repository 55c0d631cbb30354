"""Agencies (单位) and how they are stationed in the center, for an administrator.

The table is the cache's agencies; choosing one fills the form beside it (names, short names, the
telephone, the stationing: 整体进驻 / 常态派驻 / 临时派驻). "New agency" empties the form for a new code.
"Save" asks the central service (`central/staff.py`) after checking with `domain.catalogue`; the agency
comes back through the feed. Offline, nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import catalogue
from dispatch_desk.domain.records import Agency, Stationing
from dispatch_desk.domain.wire import AgencyForm
from dispatch_desk.ui.admin.common import AdminDialog, record_table
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell.i18n import data_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class AgenciesDialog(AdminDialog):
    watches = frozenset({"agency"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("agenciesDialog")
        self.agencies: dict[str, Agency] = {}
        self.table = record_table(self, "agenciesTable", 4)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._fill_form)
        self.form_box = QGroupBox(self)
        self.form_box.setMaximumWidth(460)
        self.code = QLineEdit(self, objectName="agencyCode")
        self.name = QLineEdit(self, objectName="agencyName")
        self.short_name = QLineEdit(self, objectName="agencyShortName")
        self.name_en = QLineEdit(self, objectName="agencyNameEn")
        self.short_name_en = QLineEdit(self, objectName="agencyShortNameEn")
        self.phone = QLineEdit(self, objectName="agencyPhone")
        self.stationing = QComboBox(self, objectName="agencyStationing")
        for s in Stationing:
            self.stationing.addItem("", s.value)
        self.form_labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        for label, widget in zip(self.form_labels, (self.code, self.name, self.short_name, self.name_en,
                                                    self.short_name_en, self.phone, self.stationing), strict=True):
            form.addRow(label, widget)
        self.save_button = QPushButton(self, objectName="agencySave", default=True)
        self.save_button.clicked.connect(self.save)
        column = QVBoxLayout(self.form_box)
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(self.save_button)
        self.new_button = QPushButton(self, objectName="agencyNew")
        self.new_button.clicked.connect(self.new_agency)
        self.close_button = QPushButton(self, objectName="agenciesClose")
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        top.addWidget(self.form_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.reload()
        self.resize(1100, 600)

    def show_busy(self) -> None:
        self.save_button.setEnabled(not self.busy)

    def stationing_names(self) -> dict[str, str]:
        return {Stationing.RESIDENT.value: self.tr("Stationed as a whole"),
                Stationing.REGULAR.value: self.tr("Regularly stationed"),
                Stationing.TEMPORARY.value: self.tr("Temporarily stationed")}

    def reload(self) -> None:
        chosen = self.chosen()
        self.agencies = {a.code: a for a in self._ctx.store.records("agency")}
        names = self.stationing_names()
        order = list(Stationing)  # 整体进驻, 常态派驻, 临时派驻: as the center counts them
        rows = sorted(self.agencies.values(), key=lambda a: (order.index(a.stationing), a.code))
        self.table.setRowCount(len(rows))
        for row, a in enumerate(rows):
            for column, text in enumerate((a.code, data_text(a.name, a.name_en), data_text(a.short_name, a.short_name_en),
                                           names[a.stationing.value])):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, a.code)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.code)

    def chosen(self) -> Agency | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.agencies.get(self.table.item(rows.pop(), 0).data(CODE_ROLE)) if len(rows) == 1 else None

    def select(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(CODE_ROLE) == code:
                self.table.selectRow(row)

    def _fill_form(self) -> None:
        a = self.chosen()
        if a is None:
            return
        self.code.setText(a.code)
        self.code.setReadOnly(True)
        for edit, text in ((self.name, a.name), (self.short_name, a.short_name), (self.name_en, a.name_en),
                           (self.short_name_en, a.short_name_en), (self.phone, a.phone)):
            edit.setText(text)
            edit.setCursorPosition(0)  # a long name shows its beginning
        self.stationing.setCurrentIndex(self.stationing.findData(a.stationing.value))

    def new_agency(self) -> None:
        self.table.clearSelection()
        for edit in (self.code, self.name, self.short_name, self.name_en, self.short_name_en, self.phone):
            edit.clear()
        self.code.setReadOnly(False)
        self.code.setFocus()

    def edited(self) -> Agency:
        return Agency(self.code.text().strip(), self.name.text().strip(), Stationing(self.stationing.currentData()),
                      self.short_name.text().strip(), self.phone.text().strip(), name_en=self.name_en.text().strip(),
                      short_name_en=self.short_name_en.text().strip())

    def save(self) -> None:
        agency = self.edited()
        refused = catalogue.agency_problem(agency)
        if refused is not None:
            self.notice.setText(self.rule_words(refused.reason))
            return
        if self.agencies.get(agency.code) == agency:
            self.notice.setText(self.tr("Nothing to save: the form is as the agency is."))
            return
        form = AgencyForm(name=agency.name, stationing=agency.stationing.value, short_name=agency.short_name,
                          phone=agency.phone, name_en=agency.name_en, short_name_en=agency.short_name_en)
        self.ask(lambda engine: engine.admin_agency(agency.code, form),
                 lambda _result: self.tr("Saved %1.").replace("%1", agency.name))

    def rule_words(self, reason: str) -> str:
        return {
            catalogue.BAD_AGENCY_CODE: self.tr("An agency's code has 1 to 32 letters, digits, '.', '_' or '-'."),
            catalogue.BAD_AGENCY_NAME: self.tr("An agency's names have 1 to 40 characters (the short ones 12)."),
            catalogue.BAD_PHONE: self.tr("A telephone number has digits, spaces, '+', '-' and brackets only."),
        }.get(reason, reason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agencies"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Short name"),
                                              self.tr("Stationing")])
        self.form_box.setTitle(self.tr("The chosen agency"))
        for label, text in zip(self.form_labels, (self.tr("Code"), self.tr("Name"), self.tr("Short name"),
                                                  self.tr("Name in English"), self.tr("Short name in English"),
                                                  self.tr("Telephone"), self.tr("Stationing")), strict=True):
            label.setText(text)
        for index, text in enumerate(self.stationing_names().values()):
            self.stationing.setItemText(index, text)
        self.save_button.setText(self.tr("Save"))
        self.new_button.setText(self.tr("New agency"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)
