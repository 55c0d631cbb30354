"""The status bar: connection (online / offline / syncing), pending changes, last successful sync,
and conflicts — a button that opens the conflicts dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from dispatch_desk.ui.shell.icons import icon


class SyncStatus(QObject):
    conflicts_clicked = Signal()

    def __init__(self, bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.state: object | None = None
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
        for w in (self.connection, self.pending, self.last_sync, self.conflicts):
            bar.addPermanentWidget(w)
        bar.installEventFilter(self)
        self.update_state(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_state(self.state)
        return False

    def set_officer(self, text: str) -> None:
        self.officer.setText(text)

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
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", self._when(last)) if last else
                               self.tr("Never synced"))

        conflicts = int(getattr(state, "conflicts", 0) or 0)
        self.conflicts.setText(self.tr("%n conflict(s)", "", conflicts))
        self.conflicts.setIcon(icon("conflict") if conflicts else icon("sync"))
        self.conflicts.setProperty("conflicts", conflicts > 0)
        self.conflicts.setToolTip(self.tr("Open the changes the central service did not accept"))
        self._repolish(self.conflicts)

    @staticmethod
    def _when(moment: datetime) -> str:
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        fmt = QLocale.FormatType.ShortFormat
        if local.date() == QDateTime.currentDateTime().date():
            return QLocale().toString(local.time(), "HH:mm:ss")
        return QLocale().toString(local, fmt)

    @staticmethod
    def _repolish(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)
