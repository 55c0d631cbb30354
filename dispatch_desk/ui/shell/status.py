"""The status bar: connection (online / offline / syncing), pending changes, last successful sync
(in the city's time, named, like every time the desk shows), and conflicts — a button that opens
the conflicts dialog. When the central service has not answered for long at its address (it may
have moved: a restarted service on another port), a notice says so and offers to change the
address in the settings."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from dispatch_desk.ui.shell import citytime
from dispatch_desk.ui.shell.icons import icon

UNREACHABLE_AFTER = 90.0  # seconds offline before the desk asks whether the central service moved


class SyncStatus(QObject):
    conflicts_clicked = Signal()
    change_address_clicked = Signal()  # the officer wants to correct the central service's address

    def __init__(self, bar: QStatusBar, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.bar = bar
        self.state: object | None = None
        self.central_url = ""
        self._clock = clock
        self._offline_since: float | None = None  # when the engine last went from reachable to offline
        self.unreachable = QToolButton(bar)
        self.unreachable.setObjectName("unreachableButton")
        self.unreachable.setAutoRaise(True)
        self.unreachable.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.unreachable.setIcon(icon("state-offline"))
        self.unreachable.clicked.connect(self.change_address_clicked)
        self.unreachable.hide()
        self.watch = QTimer(self)  # looks again while nothing changes (an engine offline reports little)
        self.watch.setInterval(10_000)
        self.watch.timeout.connect(self.check_reachable)
        self.connection = QLabel(bar)
        self.connection.setObjectName("connectionLabel")
        self.pending = QLabel(bar)
        self.pending.setObjectName("pendingLabel")
        self.last_sync = QLabel(bar)
        self.last_sync.setObjectName("lastSyncLabel")
        self.conflicts = QToolButton(bar)
        self.conflicts.setObjectName("conflictsButton")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts.clicked.connect(self.conflicts_clicked)
        self.officer = QLabel(bar)
        self.officer.setObjectName("officerLabel")
        bar.addWidget(self.officer)
        for w in (self.unreachable, self.connection, self.pending, self.last_sync, self.conflicts):
            bar.addPermanentWidget(w)
        bar.installEventFilter(self)
        self.update_state(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_state(self.state)
        return False

    def set_officer(self, text: str) -> None:
        self.officer.setText(text)

    def set_central_url(self, url: str) -> None:
        """The address the sync engine talks to; the status bar watches whether it answers."""
        self.central_url = url
        if url:
            self.watch.start()
        self.check_reachable()

    def check_reachable(self) -> None:
        """Show the notice once the central service has not answered for UNREACHABLE_AFTER seconds."""
        connection = getattr(self.state, "connection", None)
        if self.state is None or not self.central_url or connection == "online":
            self._offline_since = None
        elif connection == "offline" and self._offline_since is None:
            # a retry shows "syncing" for a moment; only an answer ("online") ends the spell
            self._offline_since = self._clock()
        long = self._offline_since is not None and self._clock() - self._offline_since >= UNREACHABLE_AFTER
        if long:
            minutes = max(1, int((self._clock() - self._offline_since) // 60))
            self.unreachable.setText(self.tr("Not reachable at %1 · Change address…").replace("%1", self.central_url))
            self.unreachable.setToolTip(
                self.tr("The central service has not answered at %1 for %n minute(s). If it has moved (a "
                        "restarted service on another port, a new server), correct its address in the "
                        "settings; the desk keeps working from its cache meanwhile.", "", minutes)
                .replace("%1", self.central_url))
        self.unreachable.setVisible(long)

    def update_state(self, state: object | None) -> None:
        """Show a SyncState snapshot; None means no sync engine (working from the cache alone)."""
        self.state = state
        connection = getattr(state, "connection", "offline")
        label = {"online": self.tr("Online"), "syncing": self.tr("Syncing…"), "offline": self.tr("Offline")}
        self.connection.setText(label.get(connection, connection))
        self.connection.setProperty("state", connection)
        error = getattr(state, "last_error", "") or ""
        self.connection.setToolTip(error if connection == "offline" and error else "")
        self._repolish(self.connection)

        pending = int(getattr(state, "pending", 0) or 0)
        self.pending.setText(self.tr("%n change(s) waiting to sync", "", pending) if pending else
                             self.tr("All changes synced"))

        last: datetime | None = getattr(state, "last_success", None)
        self.last_sync.setText(self.tr("Last sync: %1 (%2)").replace("%1", citytime.short(last))
                               .replace("%2", citytime.zone_name()) if last else self.tr("Never synced"))
        self.last_sync.setToolTip(citytime.full(last) if last else "")

        self.check_reachable()
        conflicts = int(getattr(state, "conflicts", 0) or 0)
        self.conflicts.setText(self.tr("%n conflict(s)", "", conflicts))
        self.conflicts.setIcon(icon("conflict") if conflicts else icon("sync"))
        self.conflicts.setProperty("conflicts", conflicts > 0)
        self.conflicts.setToolTip(self.tr("Open the changes the central service did not accept"))
        self._repolish(self.conflicts)

    @staticmethod
    def _repolish(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)
