"""Officers' accounts for an administrator (人员管理): list, create, change, disable, set a password.

The list is the cache's officers (the feed brings every account to an administrator), filtered by
name or username, role and whether disabled ones show. Changes are asked of the central service
(`central/staff.py`) and come back through the feed like any other record; a form is checked with the
same rules first (`domain.officers`), so a slip is named before anything is sent. Offline, nothing is
changed and the dialog says why.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import officers as rules
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.domain.wire import OfficerForm
from dispatch_desk.ui.admin.common import AdminDialog, record_table
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISABLED = QColor("#8a8a8a")
translate = QCoreApplication.translate  # the name lupdate looks for


def role_names() -> dict[Role, str]:
    return {
        Role.OPS_OFFICER: translate("OfficersDialog", "Ops officer"),
        Role.AGENCY_OFFICER: translate("OfficersDialog", "Agency officer"),
        Role.LIAISON: translate("OfficersDialog", "Liaison"),
        Role.STREET_SUPERVISOR: translate("OfficersDialog", "Street supervisor"),
        Role.LEADER: translate("OfficersDialog", "Leader"),
        Role.ANALYST: translate("OfficersDialog", "Analyst"),
        Role.ADMIN: translate("OfficersDialog", "Administrator"),
    }


def rule_words(reason: str) -> str:
    """A reason of `domain.officers` in the officer's language (any other as it is)."""
    return {
        rules.BAD_USERNAME: translate("OfficersDialog", "A username has 2 to 64 lower-case letters, digits, '.', '_' "
                                                        "or '-'."),
        rules.BAD_NAME: translate("OfficersDialog", "A name has 1 to 40 printable characters."),
        rules.NEEDS_REGION: translate("OfficersDialog", "This role needs the region of its area."),
        rules.NEEDS_STREET: translate("OfficersDialog", "A street supervisor's region is a street."),
        rules.NEEDS_AGENCY: translate("OfficersDialog", "This role needs its agency."),
        rules.UNKNOWN_AGENCY: translate("OfficersDialog", "There is no such agency."),
        rules.BAD_PASSWORD: translate("OfficersDialog", "A password has 8 to 256 characters."),
        rules.PASSWORD_IS_USERNAME: translate("OfficersDialog", "A password is not the username."),
    }.get(reason, reason)


class AccountDialog(QDialog):
    """One account's form: a new one (with its password) or an existing one."""

    def __init__(self, names: Names, officer: Officer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setMinimumWidth(460)
        self._names = names
        self.officer = officer
        self.username = QLineEdit(self, objectName="accountUsername")
        self.name = QLineEdit(self, objectName="accountName")
        self.role = QComboBox(self, objectName="accountRole")
        for role, role_name in role_names().items():
            self.role.addItem(role_name, role.value)
        self.region = QComboBox(self, objectName="accountRegion")
        self.region.addItem("—", None)
        tree = RegionTree(names.regions.values())

        def add(code: str, depth: int) -> None:  # the city, each district, then its streets
            self.region.addItem("    " * depth + names.region(code), code)
            for child in sorted(tree.children(code), key=lambda r: r.code):
                add(child.code, depth + 1)

        for root in sorted((r for r in names.regions.values() if r.parent is None), key=lambda r: r.code):
            add(root.code, 0)
        self.agency = QComboBox(self, objectName="accountAgency")
        self.agency.addItem("—", None)
        for code in sorted(names.agencies):
            self.agency.addItem(names.agency(code), code)
        self.password = QLineEdit(self, objectName="accountPassword", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self, objectName="accountPasswordAgain", echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel(self, objectName="accountProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(7)]
        widgets = (self.username, self.name, self.role, self.region, self.agency, self.password, self.again)
        for label, widget in zip(self.labels, widgets, strict=True):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept_asked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if officer is not None:
            self.username.setText(officer.username)
            self.username.setReadOnly(True)
            self.name.setText(officer.name)
            self.role.setCurrentIndex(self.role.findData(officer.role.value))
            self.region.setCurrentIndex(max(0, self.region.findData(officer.region)))
            self.agency.setCurrentIndex(max(0, self.agency.findData(officer.agency)))
            for row in (5, 6):  # a password is set on its own
                form.setRowVisible(row, False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account") if self.officer is None else self.tr("Change the account"))
        for label, text in zip(self.labels, (self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("Region"),
                                             self.tr("Agency"), self.tr("Password"), self.tr("Password again")),
                               strict=True):
            label.setText(text)

    def account(self) -> Officer:
        """The account as the form describes it."""
        base = self.officer or Officer("new", "", "", Role.OPS_OFFICER)
        return replace(base, username=self.username.text().strip(), name=self.name.text().strip(),
                       role=Role(self.role.currentData()), region=self.region.currentData(),
                       agency=self.agency.currentData())

    def form(self) -> OfficerForm:
        a = self.account()
        return OfficerForm(username=a.username, name=a.name, role=a.role.value, region=a.region, agency=a.agency,
                           active=a.active, password=self.password.text() if self.officer is None else None)

    def check(self) -> str | None:
        """What is wrong with the form by the domain's rules (the central service checks them again)."""
        account = self.account()
        refused = rules.problem(account, RegionTree(self._names.regions.values()), self._names.agencies)
        if refused is not None:
            return rule_words(refused.reason)
        if self.officer is None:
            if self.password.text() != self.again.text():
                return self.tr("The two passwords differ.")
            why = rules.password_problem(self.password.text(), account.username)
            return rule_words(why) if why else None
        return None

    def _accept_asked(self) -> None:
        why = self.check()
        if why is not None:
            self.problem.setText(why)
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, officer: Officer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setMinimumWidth(420)
        self.officer = officer
        self.password = QLineEdit(self, objectName="newPassword", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self, objectName="newPasswordAgain", echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet("color: #c62828;")
        self.labels = (QLabel(self), QLabel(self))
        form = QFormLayout()
        form.addRow(self.labels[0], self.password)
        form.addRow(self.labels[1], self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_asked)
        buttons.rejected.connect(self.reject)
        self.note = QLabel(self, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Set a password"))
        self.note.setText(self.tr("A new password for %1. Their sessions end: they sign in again with it.")
                          .replace("%1", f"{officer.name} ({officer.username})"))
        self.labels[0].setText(self.tr("Password"))
        self.labels[1].setText(self.tr("Password again"))

    def _accept_asked(self) -> None:
        if self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        why = rules.password_problem(self.password.text(), self.officer.username)
        if why is not None:
            self.problem.setText(rule_words(why))
            return
        self.accept()


class OfficersDialog(AdminDialog):
    watches = frozenset({"officer"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("officersDialog")
        self.search = QLineEdit(self, objectName="officersSearch", clearButtonEnabled=True)
        self.role_filter = QComboBox(self, objectName="officersRole")
        self.role_filter.addItem("", None)
        for role, label in role_names().items():
            self.role_filter.addItem(label, role.value)
        self.show_disabled = QCheckBox(self, objectName="officersShowDisabled")
        self.table = record_table(self, "officersTable", 6)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.show_busy)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.new_button = QPushButton(self, objectName="officersNew")
        self.edit_button = QPushButton(self, objectName="officersEdit")
        self.active_button = QPushButton(self, objectName="officersActive")
        self.password_button = QPushButton(self, objectName="officersPassword")
        self.close_button = QPushButton(self, objectName="officersClose")
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_selected)
        self.password_button.clicked.connect(self.password_for_selected)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.search, self.role_filter):
            (widget.textChanged if isinstance(widget, QLineEdit) else widget.currentIndexChanged).connect(self.reload)
        self.show_disabled.toggled.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.role_filter, 1)
        filters.addWidget(self.show_disabled)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.active_button, self.password_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()
        self.resize(1000, 620)

    # --- the list ---------------------------------------------------------------------------------------
    def reload(self, *_args: Any) -> None:
        self._names = Names.load(self._ctx.store)
        text, role = self.search.text().strip().lower(), self.role_filter.currentData()
        rows = sorted((o for o in self._names.officers.values()
                       if (self.show_disabled.isChecked() or o.active)
                       and (role is None or o.role.value == role)
                       and (not text or text in o.name.lower() or text in o.username.lower())),
                      key=lambda o: (not o.active, o.role.value, o.username))
        selected = self.selected()
        names = role_names()
        self.table.setRowCount(len(rows))
        for row, o in enumerate(rows):
            cells = (o.name, o.username, names.get(o.role, o.role.value), self._names.region(o.region) if o.region else "",
                     self._names.agency(o.agency) if o.agency else "",
                     self.tr("Active") if o.active else self.tr("Disabled"))
            for column, text_ in enumerate(cells):
                item = QTableWidgetItem(text_)
                item.setData(ID_ROLE, o.id)
                if not o.active:
                    item.setForeground(DISABLED)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ID_ROLE) == selected.id:
                    self.table.selectRow(row)
        self.show_busy()

    def selected(self) -> Officer | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        key = self.table.item(rows.pop(), 0).data(ID_ROLE)
        return self._names.officers.get(key)

    def select(self, username: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 1).text() == username:
                self.table.selectRow(row)

    def show_busy(self) -> None:
        chosen = self.selected()
        me = chosen is not None and chosen.id == self._ctx.officer.id
        for b in (self.edit_button, self.password_button):
            b.setEnabled(chosen is not None and not self.busy)
        self.active_button.setEnabled(chosen is not None and not me and not self.busy)
        self.active_button.setText(self.tr("Enable") if chosen is not None and not chosen.active else self.tr("Disable"))
        self.new_button.setEnabled(not self.busy)

    # --- asking the central service ----------------------------------------------------------------------
    def send(self, ask: Any, done_text: str) -> None:
        self.ask(ask, lambda _result: done_text)

    def account_dialog(self, officer: Officer | None) -> AccountDialog:
        return AccountDialog(self._names, officer, self)

    def new_account(self) -> None:
        dialog = self.account_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_account(dialog.form())
        dialog.deleteLater()

    def create_account(self, form: OfficerForm) -> None:
        self.send(lambda engine: engine.admin_officer(form),
                  self.tr("The account %1 can sign in now.").replace("%1", form.username))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = self.account_dialog(chosen)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change(chosen, dialog.form())
        dialog.deleteLater()

    def change(self, officer: Officer, form: OfficerForm) -> None:
        self.send(lambda engine: engine.admin_officer(form, officer.id),
                  self.tr("The account %1 is changed.").replace("%1", officer.username))

    def toggle_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id == self._ctx.officer.id:
            return
        after = replace(chosen, active=not chosen.active)
        form = OfficerForm(username=after.username, name=after.name, role=after.role.value, region=after.region,
                           agency=after.agency, active=after.active)
        text = (self.tr("The account %1 is enabled.") if after.active else
                self.tr("The account %1 is disabled: its sessions have ended."))
        self.send(lambda engine: engine.admin_officer(form, chosen.id), text.replace("%1", chosen.username))

    def password_for_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = PasswordDialog(chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_password(chosen, dialog.password.text())
        dialog.deleteLater()

    def set_password(self, officer: Officer, password: str) -> None:
        self.send(lambda engine: engine.admin_password(officer.id, password),
                  self.tr("The password of %1 is set; they sign in again with it.").replace("%1", officer.username))

    # --- words -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Officers' accounts"))
        self.search.setPlaceholderText(self.tr("Name or username"))
        self.role_filter.setItemText(0, self.tr("Every role"))
        self.show_disabled.setText(self.tr("Show disabled accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Username"), self.tr("Role"), self.tr("Region"),
                                              self.tr("Agency"), self.tr("State")])
        self.new_button.setText(self.tr("New account…"))
        self.edit_button.setText(self.tr("Change…"))
        self.password_button.setText(self.tr("Set password…"))
        self.close_button.setText(self.tr("Close"))
        self.show_busy()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
