"""Notifications for urgent incidents and alarms: an in-app banner with a sound, and a system-tray
message where the desktop has a tray. What is shown is configurable (on/off, minimum severity, sound).

`UrgentWatcher` turns the sync feed into `bus.notify` calls; any area may also emit `bus.notify`.
"""

from __future__ import annotations

import math
import struct
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from dispatch_desk.domain import cap
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import Alert
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell import prefs
from dispatch_desk.ui.shell.icons import icon

RECENT = timedelta(minutes=10)  # older records arriving (initial sync, a long offline spell) are not news
BURST = 5  # more than this many in one batch become one summary notification


def chime_path() -> Path:
    """A short two-tone chime, generated once into the cache folder (no binary in the repository)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    path = folder / "chime.wav"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        rate = 22050
        frames = bytearray()
        for freq, secs in ((880.0, 0.14), (0.0, 0.04), (1175.0, 0.22)):
            n = int(rate * secs)
            for i in range(n):
                fade = min(1.0, i / 200, (n - i) / 600)
                frames += struct.pack("<h", int(9000 * fade * math.sin(2 * math.pi * freq * i / rate)))
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(bytes(frames))
    return path


class Banner(QFrame):
    """A strip above the map; critical items stay until dismissed, others fade after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBanner")
        self.title = QLabel(self)
        self.title.setObjectName("bannerTitle")
        self.text = QLabel(self)
        self.text.setObjectName("bannerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)  # a long notice wraps rather than widening the window
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        bell = QLabel(self)
        bell.setPixmap(icon("bell").pixmap(20, 20))
        layout.addWidget(bell)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, timeout=self.hide)
        self.hide()

    def show_message(self, title: str, text: str, severity: int) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setProperty("severity", str(severity))
        self.style().unpolish(self)
        self.style().polish(self)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.show()
        if severity >= 4:
            self._timer.stop()
        else:
            self._timer.start(20_000)


class Notifier(QObject):
    """Receives bus.notify and shows it as configured."""

    def __init__(self, ctx: AppContext, banner: Banner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.tray: QSystemTrayIcon | None = None
        self._sound = None  # QSoundEffect, created on first use: QtMultimedia is not needed before
        self.shown: list[tuple[str, str, int]] = []
        ctx.bus.notify.connect(self.notify)

    def notify(self, title: str, text: str, severity: int) -> None:
        if not prefs.NOTIFY_ENABLED.get() or severity < prefs.NOTIFY_MIN_SEVERITY.get():
            return
        self.shown.append((title, text, severity))
        self.banner.show_message(title, text, severity)
        if prefs.NOTIFY_SOUND.get():
            self._play()
        if prefs.NOTIFY_TRAY.get() and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(icon("app"), self)
                self.tray.show()
            level = QSystemTrayIcon.MessageIcon.Critical if severity >= 4 else QSystemTrayIcon.MessageIcon.Warning
            self.tray.showMessage(title, text, level, 10_000)

    def _play(self) -> None:
        try:
            if self._sound is None:
                from PySide6.QtMultimedia import QSoundEffect

                self._sound = QSoundEffect(self)
                self._sound.setSource(QUrl.fromLocalFile(str(chime_path())))
                self._sound.setVolume(0.6)
            self._sound.play()
        except Exception:  # no audio stack on this desk: the system beep still gets attention
            QApplication.beep()


class UrgentWatcher(QObject):
    """Turns newly synced urgent incidents and alarms into notifications, once each."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen: set[str] = set()
        ctx.bus.data_changed.connect(self.on_changed)

    def on_changed(self, changed: object) -> None:
        if not isinstance(changed, dict):
            return
        now = datetime.now(UTC)
        found: list[tuple[str, str, int]] = []
        for key in list(changed.get("incident", ()))[:200]:
            row = self.ctx.store.get("incident", key)
            if not row or key in self.seen or int(row.get("severity", 0)) < 3:
                continue
            if row.get("status") not in ("reported", "registered") or not self._recent(row.get("reported_at"), now):
                continue
            self.seen.add(key)
            sev = int(row["severity"])
            title = self.tr("Critical incident") if sev >= 4 else self.tr("Urgent incident")
            found.append((title, f"{row.get('title', '')} · {row.get('address', '')}".strip(" ·"), sev))
        for key in list(changed.get("alert", ()))[:200]:
            row = self.ctx.store.get("alert", key)
            if not row or key in self.seen or row.get("level") not in ("alarm", "external"):
                continue
            if row.get("cleared_at") or not self._recent(row.get("raised_at"), now):
                continue
            if not cap.counts(from_wire(Alert, row), now):  # a CAP Exercise, Test or System, or expired
                continue
            self.seen.add(key)
            found.append((self.tr("Alarm"), str(row.get("message", "")), 4))
        if len(found) > BURST:
            top = max(s for _, _, s in found)
            self.ctx.bus.notify.emit(self.tr("%n new urgent item(s)", "", len(found)), found[0][1], top)
        else:
            for title, text, sev in found:
                self.ctx.bus.notify.emit(title, text, sev)

    @staticmethod
    def _recent(when: object, now: datetime) -> bool:
        if not when:
            return False
        try:
            moment = datetime.fromisoformat(str(when).replace("Z", "+00:00"))
        except ValueError:
            return False
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return now - moment <= RECENT
