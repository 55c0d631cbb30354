"""The idle lock: after a configurable time without keyboard or mouse input (prefs.IDLE_LOCK_MINUTES,
15 by default, 0 = never) the main window is covered by a lock screen that names who is signed in
and asks for the password again.

- The lock screen is a child widget over the whole window (menus, docks and status bar included),
  not a dialog that could be moved away; floating docks and other windows of the desk are hidden
  until the desk is unlocked, and input meant for anything but the lock screen is swallowed. The wall
  display stays: it shows the city to the room and holds no control (leaving it shows the lock).
- The password is checked by the central service when the desk is online (the sync engine's own
  sign-in), else against the scrypt verifier kept in the keyring at sign-in
  (sync.credentials.PasswordVerifier). Five wrong passwords in a row sign the officer out.
- While locked the sync engine keeps running, and notifications say only how many there are.

`SecuritySettings` is the settings dialog's part: the idle time and encryption of this desk's cache.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dispatch_desk.store import crypto
from dispatch_desk.sync.credentials import DEFAULT_SERVICE, PasswordVerifier
from dispatch_desk.sync.errors import AuthError, OfflineError
from dispatch_desk.ui.shell import prefs
from dispatch_desk.ui.shell.icons import icon
from dispatch_desk.ui.tasks import run_in_background

log = logging.getLogger(__name__)

MAX_TRIES = 5
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.HoverMove,
})
# What is swallowed while locked unless it is meant for the lock screen.
_BLOCKED = _INPUT | {QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.Shortcut,
                     QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu, QEvent.Type.TouchEnd}
_STYLE = """
#lockScreen { background: #102036; }
#lockCard { background: #ffffff; border-radius: 10px; }
#lockCard QLabel { color: #1b2a3d; font-size: 14px; }
#lockCard QPushButton, #lockCard QLineEdit { font-size: 14px; }
#lockCard QLabel#lockTitle { font-size: 20px; font-weight: 600; }
#lockCard QLabel#lockOfficer { font-size: 15px; }
#lockCard QLabel#lockHint, #lockCard QLabel#lockSync { color: #56657a; }
#lockCard QLabel#lockMessage[error="true"] { color: #b3261e; }
#lockCard QLabel#lockNotices { color: #8a4b00; font-weight: 600; }
#lockCard QLineEdit { padding: 6px 8px; border: 1px solid #9aa7b8; border-radius: 4px; background: #ffffff;
                      color: #1b2a3d; min-height: 22px; }
#lockCard QPushButton { padding: 6px 16px; min-height: 22px; }
#lockScreen QLabel#lockFooter { color: #c7d2e0; font-size: 13px; }
"""


class LockScreen(QWidget):
    """The widget over the whole window while the desk is locked."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(460)  # a long English hint wraps on two lines at most
        self.card = card
        self.badge = QLabel(card)
        self.badge.setPixmap(icon("app").pixmap(48, 48))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(card)
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.officer = QLabel(card)
        self.officer.setObjectName("lockOfficer")
        self.officer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.officer.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(card)
        self.hint.setObjectName("lockHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(card)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._submit)
        self.message = QLabel(card)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notices = QLabel(card)
        self.notices.setObjectName("lockNotices")
        self.notices.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sync = QLabel(card)
        self.sync.setObjectName("lockSync")
        self.sync.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.sign_out_button = QPushButton(card)
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.setFlat(True)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 28, 32, 24)
        column.setSpacing(10)
        for w in (self.badge, self.title, self.officer, self.hint, self.password, self.message):
            column.addWidget(w)
        column.addLayout(buttons)
        column.addSpacing(6)
        column.addWidget(self.notices)
        column.addWidget(self.sync)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.footer = QLabel(self)
        self.footer.setObjectName("lockFooter")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.footer)
        self.setFocusProxy(self.password)
        self._officer_text = ""
        self._notice_count = 0
        self._sync_state: object | None = None
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("The desk is locked"))
        self.hint.setText(self.tr("Enter your password to continue. Sync keeps running meanwhile."))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.footer.setText(self.tr("City Operations Dispatch Desk"))
        self.officer.setText(self._officer_text)
        self.set_notices(self._notice_count)
        self.set_sync(self._sync_state)

    def set_officer(self, name: str, username: str) -> None:
        self._officer_text = self.tr("Signed in: %1 (%2)").replace("%1", name).replace("%2", username)
        self._who = (name, username)
        self.officer.setText(self._officer_text)

    def set_notices(self, count: int) -> None:
        self._notice_count = count
        self.notices.setText(self.tr("%n new notification(s)", "", count) if count else "")
        self.notices.setVisible(bool(count))

    def set_sync(self, state: object | None) -> None:
        self._sync_state = state
        pending = int(getattr(state, "pending", 0) or 0)
        connection = getattr(state, "connection", "offline")
        where = self.tr("Online") if connection in ("online", "syncing") else self.tr("Offline")
        self.sync.setText(self.tr("%1 · %n change(s) waiting to sync", "", pending).replace("%1", where)
                          if pending else where)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def _submit(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.password.text())


class IdleLock(QObject):
    """Watches the desk's input and locks the window after the idle time; unlocks on the password.

    `clock` (seconds, monotonic) and `timer` are what tests drive: advance the clock, then
    `timer.timeout.emit()`."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(self, window, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.clock = clock
        self.last_input = clock()
        self.locked = False
        self.tries = 0
        self.held: list[tuple[str, str, int]] = []  # notifications that came while locked
        self._hidden: list[QWidget] = []
        self.screen = LockScreen(window)
        self.screen.unlock_requested.connect(self.unlock)
        self.screen.sign_out_requested.connect(self.sign_out_requested)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._disabled: list[QAction] = []
        # Input reaches the window's widgets through its QWindow: one filter there sees all of it (a
        # filter on the whole application would be called for every event of every object).
        self._handle: QWindow | None = None
        self._floating: set[QWindow] = set()  # those of floating docks: input there counts too
        self._docks: set[int] = set()
        window.installEventFilter(self)  # its QWindow once shown, and resizes
        self._watch_handle()
        self.ctx.bus.sync_state_changed.connect(self.screen.set_sync)
        self.check()

    @staticmethod
    def minutes() -> int:
        return max(0, int(prefs.IDLE_LOCK_MINUTES.get()))

    # ---- idle time ----------------------------------------------------------------------------
    def check(self) -> None:
        """Lock when the idle time has passed; otherwise look again when it would have."""
        if self.locked:
            return
        minutes = self.minutes()
        if minutes == 0:
            self.timer.start(60_000)  # the setting may change
            return
        left = minutes * 60 - (self.clock() - self.last_input)
        if left <= 0:
            self.lock()
        else:
            self.timer.start(int(min(left, 60.0) * 1000) + 1)

    def _watch_handle(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            if self._handle is not None:
                self._handle.removeEventFilter(self)
            self._handle = handle
            handle.installEventFilter(self)
        for dock in self.window.findChildren(QDockWidget):
            if id(dock) not in self._docks:
                self._docks.add(id(dock))
                dock.topLevelChanged.connect(
                    lambda floating, dock=dock: QTimer.singleShot(0, self, lambda: self._watch_dock(dock))
                    if floating else None)

    def _watch_dock(self, dock: QDockWidget) -> None:
        handle = dock.windowHandle() if isValid(dock) and dock.isFloating() else None
        if handle is not None and handle not in self._floating:
            self._floating.add(handle)
            handle.installEventFilter(self)
            handle.destroyed.connect(lambda *_: self._floating.discard(handle))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched in self._floating and kind in _INPUT and not self.locked:
            self.last_input = self.clock()
        elif watched is self._handle:
            if kind in _INPUT and not self.locked:
                self.last_input = self.clock()
            elif self.locked and kind in _BLOCKED and not self._on_screen(QApplication.focusWidget()):
                return True  # keys meant for a widget under the lock screen
        elif watched is self.window:
            if kind == QEvent.Type.Resize and self.locked:
                self.screen.setGeometry(self.window.rect())
            elif kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._watch_handle()
        return False

    def _on_screen(self, obj: QObject | None) -> bool:
        return isinstance(obj, QWidget) and (obj is self.screen or self.screen.isAncestorOf(obj))

    # ---- locking ------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.tries = 0
        officer = self.ctx.officer
        self.screen.set_officer(officer.name, officer.username)
        engine = self.ctx.engine
        self.screen.set_sync(engine.state() if engine is not None else None)
        self.screen.set_notices(0)
        self.screen.say("")
        self.screen.password.clear()
        self.screen.set_busy(False)
        # a window that holds no control and is meant to be watched unattended (the wall display) stays
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not self.window and w.isVisible() and not w.isHidden()
                        and (w.isWindow() or isinstance(w, QDockWidget)) and not w.property("showsWhileLocked")]
        self._hidden += [d for d in self.window.findChildren(QDockWidget) if d.isFloating() and d.isVisible()
                         and d not in self._hidden]
        for w in self._hidden:
            w.hide()
        # the window's shortcuts (quick search, workspaces, ...) do nothing while locked
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        notifier = getattr(self.window, "notifier", None)
        if notifier is not None:
            self.ctx.bus.notify.disconnect(notifier.notify)
        self.ctx.bus.notify.connect(self._hold)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()
        self.locked_changed.emit(True)

    def _hold(self, title: str, text: str, severity: int) -> None:
        """A notification while locked: only how many there are is shown, on the lock screen and by the
        notifier (sound and tray as configured); what they say waits for the unlock."""
        self.held.append((title, text, severity))
        self.screen.set_notices(len(self.held))
        notifier = getattr(self.window, "notifier", None)
        if notifier is not None:
            count = len(self.held)
            notifier.notify(self.tr("%n new notification(s)", "", count),
                            self.tr("Unlock the desk to see them."), severity)

    def unlock(self, password: str) -> None:
        """Check the password: by the central service when online, else against the local verifier."""
        if not self.locked:
            return
        if not password:
            self.screen.say(self.tr("Enter your password."), error=True)
            return
        engine, username = self.ctx.engine, self.ctx.officer.username
        online = engine is not None and engine.state().connection in ("online", "syncing")
        self.screen.set_busy(True)
        self.screen.say(self.tr("Checking…"))
        if online:
            remember = bool(getattr(engine, "_remember", False))  # as the officer chose at sign-in

            def check() -> object:
                try:
                    return engine.login(username, password, remember)
                finally:
                    engine._close_store()  # this pool thread's cache connection: not kept for a rare unlock

            run_in_background(check, on_done=lambda _officer: self._accepted(password),
                              on_error=lambda exc: self._online_failed(password, exc), owner=self)
        else:
            self._check_offline(password)

    def _verifier(self) -> PasswordVerifier:
        engine = self.ctx.engine
        url = engine.central_url if engine is not None else prefs.CENTRAL_URL.get()
        return PasswordVerifier(DEFAULT_SERVICE, url)

    def _check_offline(self, password: str) -> None:
        username = self.ctx.officer.username
        run_in_background(lambda: self._verifier().check(username, password),
                          on_done=lambda ok: self._offline_result(password, ok),
                          on_error=lambda exc: self._refused(str(exc)), owner=self)

    def _online_failed(self, password: str, exc: BaseException) -> None:
        if isinstance(exc, OfflineError):
            self._check_offline(password)  # the center went away meanwhile
        elif isinstance(exc, AuthError):
            self._refused(self.tr("The password is not right."))
        else:
            self._refused(str(exc), count=False)

    def _offline_result(self, password: str, ok: bool | None) -> None:
        if ok:
            self._accepted(password, store=False)
        elif ok is None:
            self._refused(self.tr("The desk cannot check the password while the operations center is "
                                  "unreachable: no password was kept on this computer. Sign out and sign "
                                  "in again."), count=False)
        else:
            self._refused(self.tr("The password is not right."))

    def _refused(self, text: str, count: bool = True) -> None:
        if not self.locked:
            return
        self.screen.set_busy(False)
        self.screen.password.clear()
        self.screen.password.setFocus()
        if count:
            self.tries += 1
            if self.tries >= MAX_TRIES:
                log.warning("five wrong passwords on the lock screen: signing out")
                self.screen.say(self.tr("Too many wrong passwords: signing out."), error=True)
                self.sign_out_requested.emit()
                return
            text += " " + self.tr("%n try(s) left.", "", MAX_TRIES - self.tries)
        self.screen.say(text, error=True)

    def _accepted(self, password: str, store: bool = True) -> None:
        if not self.locked:
            return
        if store:  # the verifier follows the center's password (a change made elsewhere)
            username = self.ctx.officer.username
            verifier = self._verifier()
            run_in_background(lambda: verifier.remember(username, password), owner=self)
        self.locked = False
        self.tries = 0
        self.screen.password.clear()
        self.screen.hide()
        self.ctx.bus.notify.disconnect(self._hold)
        notifier = getattr(self.window, "notifier", None)
        if notifier is not None:
            self.ctx.bus.notify.connect(notifier.notify)
            if self.held:  # the most serious of what came, in the banner, without another chime
                title, text, severity = max(self.held, key=lambda n: n[2])
                notifier.banner.show_message(title, text, severity)
        self.held = []
        for action in self._disabled:
            if isValid(action):
                action.setEnabled(True)
        for w in self._hidden:
            if isValid(w):
                w.show()
        self._hidden, self._disabled = [], []
        self.last_input = self.clock()
        self.check()
        self.locked_changed.emit(False)


class SecuritySettings(QWidget):
    """The settings dialog's security tab: the idle lock and encryption of this desk's cache."""

    def __init__(self, store_path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityTab")
        self.store_path = store_path
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("idleLockMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setValue(max(0, int(prefs.IDLE_LOCK_MINUTES.get())))
        self.encrypt = QCheckBox(self)
        self.encrypt.setObjectName("encryptCache")
        self.note = QLabel(self)
        self.note.setObjectName("encryptNote")
        self.note.setWordWrap(True)
        self.form = QFormLayout(self)
        self.minutes_label = QLabel(self)
        self.form.addRow(self.minutes_label, self.minutes)
        self.form.addRow(self.encrypt)
        self.form.addRow(self.note)
        self.state = crypto.state(store_path) if store_path is not None else "plain"
        self.encrypt.setChecked(self.state != "plain")
        self.encrypt.setEnabled(store_path is not None and self.state != "encrypted")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def tab_title(self) -> str:
        return self.tr("Security")

    def retranslate(self) -> None:
        tabs = self.parentWidget().parentWidget() if self.parentWidget() is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())
        self.minutes_label.setText(self.tr("Lock after idle (minutes, 0 = never):"))
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.encrypt.setText(self.tr("Encrypt the local cache on this computer"))
        self.note.setText({
            "encrypted": self.tr("The cache is encrypted; its key is kept in this computer's keyring."),
            "pending": self.tr("The cache is encrypted at the next sign-in."),
        }.get(self.state, self.tr("A laptop that leaves the center should have its cache encrypted.")))

    def save(self) -> str:
        """Store the choices; returns a message for the officer when encryption could not be turned on."""
        prefs.IDLE_LOCK_MINUTES.set(int(self.minutes.value()))
        if self.store_path is None or self.state == "encrypted":
            return ""
        try:
            if self.encrypt.isChecked() and self.state == "plain":
                crypto.enable(self.store_path)
                self.state = "pending"
            elif not self.encrypt.isChecked() and self.state == "pending":
                crypto.cancel(self.store_path)
                self.state = "plain"
        except crypto.CacheKeyError as exc:
            return self.tr("The cache could not be encrypted: %1").replace("%1", str(exc))
        return ""
