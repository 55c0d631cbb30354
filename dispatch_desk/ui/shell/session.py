"""Signing an officer in: the per-officer cache, the sync engine, and the relay of its events.

`sign_in` blocks on the network and runs in a worker. When the central service cannot be reached, an
officer with a session remembered on this computer continues on the cache with changes queued.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from dispatch_desk.domain.records import Officer
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import DEFAULT_SERVICE, PasswordVerifier
from dispatch_desk.sync.errors import AuthError, OfflineError
from dispatch_desk.ui.context import AppBus
from dispatch_desk.ui.shell import prefs

NO_SESSION = "no_session"  # the AuthError code of a sign-in without password and nothing remembered


@dataclass
class Session:
    engine: SyncEngine
    officer: Officer
    store_path: Path
    offline: bool  # signed in from the remembered session because the central service was unreachable


def data_dir() -> Path:
    return platformdirs.user_data_path("dispatch-desk", appauthor=False)


def cache_path(base: Path, central_url: str, username: str) -> Path:
    """One cache per officer and central service, so two officers sharing a desk never mix data."""
    parts = urlsplit(central_url)
    host = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{parts.hostname or 'local'}_{parts.port or ''}").strip("_")
    user = re.sub(r"[^A-Za-z0-9._-]+", "_", username)
    return base / "caches" / host / f"{user}.sqlite3"


def device_id() -> str:
    value = prefs.DEVICE_ID.get()
    if not value:
        value = str(uuid.uuid4())
        prefs.DEVICE_ID.set(value)
    return value


def sign_in(central_url: str, username: str, password: str, remember: bool, base: Path, device: str) -> Session:
    """Blocking; call from a worker. Raises AuthError or OfflineError with a message for people."""
    path = cache_path(base, central_url, username)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = SyncEngine(path, central_url, device)
    try:
        if password:
            try:
                session = Session(engine, engine.login(username, password, remember), path, offline=False)
                PasswordVerifier(DEFAULT_SERVICE, engine.central_url).remember(username, password)  # unlocks offline
                return session
            except OfflineError:
                officer = engine.resume(username)
                if officer is None:
                    raise
                return Session(engine, officer, path, offline=True)
        officer = engine.resume(username)
        if officer is None:
            raise AuthError("No session is remembered for this officer on this computer; enter the password.",
                            NO_SESSION)
        return Session(engine, officer, path, offline=engine.state().connection == "offline")
    except BaseException:
        engine.close()
        raise


class EngineRelay(QObject):
    """Carries the engine's callbacks (made on its own thread) to the bus on the main thread.

    One per signed-in window: `close()` unsubscribes it from the engine and deletes it, so a sign-out
    and a new sign-in do not leave the old relay subscribed (and emitting into a deleted object)."""

    _event = Signal(str, object)

    def __init__(self, engine: SyncEngine, bus: AppBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._engine: SyncEngine | None = engine
        self._event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        engine.subscribe(self._forward)

    def _forward(self, kind: str, payload: object) -> None:  # on the engine's threads
        self._event.emit(kind, payload)

    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "state":
            self.bus.sync_state_changed.emit(payload)
        elif kind == "changed":
            self.bus.data_changed.emit(payload)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.unsubscribe(self._forward)
            self._engine = None
        self.deleteLater()


class QuitGuard(QObject):
    """Before the desk quits with changes that have not reached the central service, asks the officer:
    send them first, quit anyway (they stay in the cache's outbox and go at the next start), or cancel.

    `ask()` decides without a question when nothing is pending; `decided(True)` means quit now.
    """

    decided = Signal(bool)

    def __init__(self, engine: SyncEngine, bus: AppBus, window: QWidget | None) -> None:
        super().__init__(window)
        self.engine = engine
        self.bus = bus
        self.window = window
        self.box: QMessageBox | None = None  # the question or the progress of "send first"
        self._watching = False

    def pending(self) -> int:
        return self.engine.state().pending

    def ask(self) -> None:
        count = self.pending()
        if count == 0:
            self.decided.emit(True)
            return
        box = self._box(QMessageBox.Icon.Warning, self.tr("Unsent changes"),
                        self.tr("%n change(s) have not reached the operations center yet.", "", count),
                        self.tr("They stay saved on this computer and are sent at the next start, but "
                                "nobody else sees them until then."))
        send = box.addButton(self.tr("Send, then quit"), QMessageBox.ButtonRole.AcceptRole)
        send.setObjectName("sendFirst")
        box.setDefaultButton(send)
        box.buttonClicked.connect(lambda button: self._send() if button is send else None)
        box.open()

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, detail: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("quitGuard")
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        quit_anyway = box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        quit_anyway.setObjectName("quitAnyway")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancelQuit")
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda button: self._answer(button, quit_anyway, cancel))
        self.box = box
        return box

    def _answer(self, button, quit_anyway, cancel) -> None:
        if button is quit_anyway or button is cancel:
            self._stop_watching()
            self.box = None
            self.decided.emit(button is quit_anyway)

    def _send(self) -> None:
        box = self._box(QMessageBox.Icon.Information, self.tr("Sending changes"), "", "")
        self._progress(self.engine.state())
        if self.box is not box:
            return  # nothing was left to send
        self.bus.sync_state_changed.connect(self._progress)
        self._watching = True
        self.engine.sync_now()
        box.open()

    def _progress(self, state: object) -> None:
        pending = getattr(state, "pending", 0)
        if pending == 0:
            box, self.box = self.box, None
            self._stop_watching()
            if box is not None:
                box.close()
            self.decided.emit(True)
            return
        if self.box is None:
            return
        self.box.setText(self.tr("Sending %n change(s) to the operations center…", "", pending))
        error = getattr(state, "last_error", "") if getattr(state, "connection", "") == "offline" else ""
        self.box.setInformativeText(
            self.tr("The center cannot be reached right now (%1). The desk keeps trying; the changes stay "
                    "saved on this computer.").replace("%1", error) if error else "")

    def _stop_watching(self) -> None:
        if self._watching:
            self._watching = False
            self.bus.sync_state_changed.disconnect(self._progress)
