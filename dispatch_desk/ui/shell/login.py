"""The sign-in dialog (ui/login.ui): central service, username, password, remember me."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dispatch_desk.sync.errors import AuthError, OfflineError
from dispatch_desk.ui.forms.ui_login import Ui_LoginDialog
from dispatch_desk.ui.shell import prefs
from dispatch_desk.ui.shell.icons import icon
from dispatch_desk.ui.shell.session import Session, device_id, sign_in
from dispatch_desk.ui.tasks import run_in_background


class LoginDialog(QDialog):
    def __init__(self, base: Path, parent: QWidget | None = None, *, central_url: str = "",
                 username: str = "") -> None:
        super().__init__(parent)
        self.base = base
        self.session: Session | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.ui.centralEdit.setText(central_url or prefs.CENTRAL_URL.get())
        self.ui.usernameEdit.setText(username or prefs.LAST_USER.get())
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_extra()
        (self.ui.passwordEdit if self.ui.usernameEdit.text() else self.ui.usernameEdit).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_extra()
        super().changeEvent(event)

    def _retranslate_extra(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.passwordEdit.setPlaceholderText(self.tr("Leave empty to use the remembered session"))

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setProperty("error", error)
        self.ui.messageLabel.style().unpolish(self.ui.messageLabel)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def _busy(self, busy: bool) -> None:
        for w in (self.ui.centralEdit, self.ui.usernameEdit, self.ui.passwordEdit, self.ui.rememberCheck,
                  self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)):
            w.setEnabled(not busy)

    def try_remembered(self) -> None:
        """Sign in with the session remembered on this computer, showing progress in the dialog;
        if there is none, the dialog simply waits for the password."""
        self.ui.passwordEdit.clear()
        self.submit(quiet=True)

    def submit(self, quiet: bool = False) -> None:
        url = self.ui.centralEdit.text().strip().rstrip("/")
        user = self.ui.usernameEdit.text().strip()
        if not url or not user:
            self._say(self.tr("Enter the central service address and your username."), error=True)
            return
        password = self.ui.passwordEdit.text()
        remember = self.ui.rememberCheck.isChecked()
        self._busy(True)
        self._say(self.tr("Signing in…"))
        base, device = self.base, device_id()
        run_in_background(lambda: sign_in(url, user, password, remember, base, device),
                          on_done=lambda s: self._signed_in(s, url, user),
                          on_error=lambda exc: self._failed(exc, quiet), owner=self)

    def _signed_in(self, session: Session, url: str, user: str) -> None:
        prefs.CENTRAL_URL.set(url)
        prefs.LAST_USER.set(user)
        self.session = session
        self.ui.passwordEdit.clear()
        self.accept()

    def _failed(self, exc: BaseException, quiet: bool = False) -> None:
        self._busy(False)
        self.ui.passwordEdit.setFocus()
        self.ui.passwordEdit.selectAll()
        if quiet and isinstance(exc, AuthError):
            self._say("")
        elif isinstance(exc, OfflineError):
            self._say(self.tr("The central service cannot be reached, and no session is remembered for this "
                              "officer on this computer. Check the address or the network.") + f"\n{exc}", True)
        elif isinstance(exc, AuthError):
            self._say(str(exc), error=True)
        else:
            self._say(self.tr("Sign-in failed: %1").replace("%1", str(exc)), error=True)
