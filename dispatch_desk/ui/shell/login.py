"""The sign-in dialog (ui/login.ui): central service, username, password, remember me.

What went wrong is said in the officer's language: the central service's refusal code (or the kind
of failure) picks the sentence; its own English text, when there is one, is only in the tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dispatch_desk.sync.errors import AuthError, CentralError, CertificateError, OfflineError
from dispatch_desk.ui.forms.ui_login import Ui_LoginDialog
from dispatch_desk.ui.shell import prefs
from dispatch_desk.ui.shell.icons import icon
from dispatch_desk.ui.shell.session import NO_SESSION, Session, device_id, sign_in
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

    def _say(self, text: str, error: bool = False, detail: str = "") -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setToolTip(detail)
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
            return
        self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        """Say why a sign-in (this dialog's or one made without it) failed."""
        self._say(self.failure_text(exc), error=True, detail=str(exc))

    def failure_text(self, exc: BaseException) -> str:
        """Why the sign-in failed, in the officer's words (never the service's English)."""
        if isinstance(exc, CertificateError):
            return self.tr("The central service's certificate could not be verified. If the city uses its own "
                           "certificate authority, ask for its CA bundle and set it up on this computer.")
        if isinstance(exc, OfflineError):
            return self.tr("The central service cannot be reached, and no session is remembered for this "
                           "officer on this computer. Check the address or the network.")
        if isinstance(exc, AuthError):
            code = getattr(exc, "code", "")
            words = {
                "invalid_credentials": self.tr("Wrong username or password, or too many attempts; wait a "
                                               "moment and try again."),
                "account_disabled": self.tr("This account is disabled, or its temporary seat has ended. Ask "
                                            "the operations center."),
                "account_locked": self.tr("This account is locked. Ask the operations center."),
                NO_SESSION: self.tr("No session is remembered for this officer on this computer; enter the "
                                    "password."),
            }
            return words.get(code, self.tr("The session has ended; enter the password to sign in again."))
        if isinstance(exc, CentralError):
            return self.tr("The central service refused the sign-in (%1). Try again, or ask the operations "
                           "center.").replace("%1", exc.code or str(exc.status or ""))
        return self.tr("Sign-in failed because of an unexpected error on this computer; see the tooltip for "
                       "details.")
