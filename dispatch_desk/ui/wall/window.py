"""The wall display (大屏): a full-screen, kiosk-style window for the center's big screens.

Its pages (`paint.PAGES`: the city overview with the map, the vital signs, the districts and the joint
commands running) turn on a timer; nothing needs a hand. The figures are read from the local cache on a
worker thread every REFRESH seconds and soon after sync changes them, so the wall keeps showing the last
figures through a network loss and says since when. The idle lock leaves the wall showing (it holds no
control); leaving the wall (Esc) returns to the desk, locked or not.

Keys for whoever stands at the wall's computer: ←/→ turn the page, Space pauses the turning, + and −
make each page show 5 s longer or shorter (10–120 s, kept for the next start), F11 leaves or enters
full screen, Esc leaves the wall.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell import citytime, prefs
from dispatch_desk.ui.tasks import run_in_background, worker_store
from dispatch_desk.ui.wall.paint import (
    ACCENT,
    BACKGROUND,
    GOOD,
    MUTED,
    PAGES,
    TEXT,
    WARN,
    Page,
    font,
    text,
    translate,
    unit_of,
)
from dispatch_desk.ui.wall.snapshot import WallSnapshot, read_snapshot

log = logging.getLogger(__name__)
# How long a page shows: prefs.WALL_PAGE_SECONDS (20 s unless the wall's computer chose otherwise with + and
# −, which allow these: the shortest, the longest, the step).
PAGE_SECONDS = (10, 120, 5)
INTERVAL_SHOWN = 4.0  # seconds the header says the new interval after + or −
REFRESH_SECONDS = 15
SOON_SECONDS = 3  # after sync changed something
CURSOR_HIDES_AFTER = 3.0


def weekday(moment: datetime) -> str:
    """The day of the week in the desk's language (its locale follows the installed language)."""
    return QLocale().dayName(citytime.in_city(moment).isoweekday())


class Header(QWidget):
    """Title, the page in view with its dots, the city's clock and how fresh the figures are."""

    def __init__(self, wall: WallWindow) -> None:
        super().__init__(wall)
        self.wall = wall
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, _event: QPaintEvent) -> None:
        wall = self.wall
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        u = wall.unit()
        r = QRectF(self.rect()).adjusted(u, 0, -u, 0)
        now = wall.now()
        city = wall.snapshot.city.name if wall.snapshot is not None else ""
        title = translate("Wall", "City operations") + (f" · {city}" if city else "")
        text(p, QRectF(r.left(), r.top(), r.width() * 0.32, r.height()), title, font(u, 2.1, True))

        # the page in view, and a dot per page (the current one lit)
        page = wall.current_page()
        middle = QRectF(r.left() + r.width() * 0.32, r.top(), r.width() * 0.36, r.height() * 0.62)
        text(p, middle, page.title() if page is not None else "", font(u, 1.6, True), ACCENT, Qt.AlignmentFlag.AlignCenter)
        count = wall.pages.count()
        radius, step = u * 0.32, u * 1.2
        x0 = middle.center().x() - (count - 1) * step / 2
        for n in range(count):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ACCENT if n == wall.pages.currentIndex() else MUTED)
            p.drawEllipse(QPointF(x0 + n * step, middle.bottom() + u * 0.6), radius, radius)
        below = QRectF(middle.left(), middle.bottom() + u * 1.1, middle.width(), u * 1.4)
        if time.monotonic() < wall.interval_shown_until:
            text(p, below, translate("Wall", "%1 s a page (+ and −)").replace("%1", str(wall.page_seconds)),
                 font(u, 1.0), ACCENT, Qt.AlignmentFlag.AlignCenter)
        elif wall.paused:
            text(p, below, translate("Wall", "Paused (Space)"), font(u, 1.0), MUTED, Qt.AlignmentFlag.AlignCenter)

        # the clock, the date and the freshness of the figures
        right = QRectF(r.right() - r.width() * 0.34, r.top(), r.width() * 0.34, r.height())
        local = citytime.in_city(now)
        clock_f = font(u, 2.4, True)
        text(p, QRectF(right.left(), right.top() + u * 0.3, right.width(), u * 2.8), local.strftime("%H:%M:%S"), clock_f,
             TEXT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line = f"{local.strftime('%Y-%m-%d')} {weekday(now)} · {citytime.zone_name()}"
        text(p, QRectF(right.left(), right.top() + u * 3.1, right.width(), u * 1.5), line, font(u, 1.1), MUTED,
             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        fresh, colour = wall.freshness()
        text(p, QRectF(right.left() - r.width() * 0.1, right.top() + u * 4.6, right.width() + r.width() * 0.1, u * 1.5),
             fresh, font(u, 1.1, colour is WARN), colour, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        p.end()


class WallWindow(QWidget):
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, rotate_seconds: int | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("wallDisplay")
        self.setProperty("showsWhileLocked", True)  # the idle lock leaves it showing (ui/shell/lock.py)
        self.ctx = ctx
        self.now = clock
        self.snapshot: WallSnapshot | None = None
        self.failed: str = ""
        self.paused = False
        self._reading = False
        self._again = False
        self._path = Path(ctx.store.path)
        self._moved = time.monotonic()
        self.sync_state: object | None = ctx.engine.state() if ctx.engine is not None else None

        self.header = Header(self)
        self.pages = QStackedWidget(self)
        for cls in PAGES:
            self.pages.addWidget(cls(self.pages))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.pages, 1)
        self.setMouseTracking(True)
        for w in (self.header, self.pages, *self.pages.findChildren(Page)):
            w.setMouseTracking(True)
            w.installEventFilter(self)
        self.setStyleSheet(f"#wallDisplay {{ background: {BACKGROUND.name()}; }}")

        low, high, _step = PAGE_SECONDS
        # the wall computer's own interval, unless one is asked for (tests, a bench)
        self.page_seconds = rotate_seconds or max(low, min(high, prefs.WALL_PAGE_SECONDS.get()))
        self.interval_shown_until = 0.0  # time.monotonic() until which the header says the interval
        self.rotation = QTimer(self)
        self.rotation.setInterval(self.page_seconds * 1000)
        self.rotation.timeout.connect(self.next_page)
        self.rotation.start()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_SECONDS * 1000)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_SECONDS * 1000)
        self.soon.timeout.connect(self.refresh)
        self.ticker = QTimer(self)  # the clock, and the cursor hidden while nobody moves the mouse
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        ctx.bus.data_changed.connect(self._data_changed)
        ctx.bus.sync_state_changed.connect(self._sync_state)
        self.refresh()

    # ---- figures ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures again on a worker; one read at a time, another right after if asked meanwhile."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        path, now = self._path, self.now()
        run_in_background(lambda: read_snapshot(worker_store(path), now), self._read, self._read_failed, owner=self)

    def _read(self, snapshot: WallSnapshot) -> None:
        self._reading = False
        self.snapshot = snapshot
        self.failed = ""
        for n in range(self.pages.count()):
            page = self.pages.widget(n)
            if isinstance(page, Page):
                page.show_snapshot(snapshot)
        self.header.update()
        self._read_again()

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        log.warning("the wall display could not read the local cache: %s", exc)
        self.failed = str(exc)
        self.header.update()
        self._read_again()

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _data_changed(self, changes: object) -> None:
        if not self.soon.isActive():
            self.soon.start()

    def _sync_state(self, state: object) -> None:
        self.sync_state = state
        self.header.update()

    def freshness(self) -> tuple[str, QColor]:
        """What the header says of the figures' age, and in which colour."""
        if self.failed:
            return translate("Wall", "The local cache could not be read; showing the last figures"), WARN
        if self.snapshot is None:
            return translate("Wall", "Reading the local cache…"), MUTED
        state = self.sync_state
        connection = getattr(state, "connection", None)
        last: datetime | None = getattr(state, "last_success", None)
        if state is None:
            return translate("Wall", "From this desk's cache only"), MUTED
        if connection == "offline":
            since = citytime.short(last, self.now()) if last else ""
            return (translate("Wall", "Offline · figures as of the last sync at %1").replace("%1", since) if since
                    else translate("Wall", "Offline · figures from this desk's cache")), WARN
        return translate("Wall", "Live · updated %1").replace("%1", citytime.short(self.snapshot.at, self.now())), GOOD

    # ---- pages -----------------------------------------------------------------------------------
    def unit(self) -> float:
        return unit_of(self)

    def current_page(self) -> Page | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, Page) else None

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index % self.pages.count())
        self.header.update()

    def next_page(self) -> None:
        self.show_page(self.pages.currentIndex() + 1)

    def set_page_seconds(self, seconds: int) -> None:
        """Show each page for `seconds` (within PAGE_SECONDS) from now on, here and at the next start."""
        low, high, _step = PAGE_SECONDS
        self.page_seconds = max(low, min(high, seconds))
        prefs.WALL_PAGE_SECONDS.set(self.page_seconds)
        self.rotation.setInterval(self.page_seconds * 1000)
        if not self.paused:
            self.rotation.start()
        self.interval_shown_until = time.monotonic() + INTERVAL_SHOWN
        self.header.update()

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        if self.paused:
            self.rotation.stop()
        else:
            self.rotation.start()
        self.header.update()

    def _tick(self) -> None:
        self.header.update()
        if time.monotonic() - self._moved > CURSOR_HIDES_AFTER and self.cursor().shape() != Qt.CursorShape.BlankCursor:
            self.setCursor(Qt.CursorShape.BlankCursor)

    # ---- the screen ------------------------------------------------------------------------------
    def show_on_wall(self) -> None:
        """Full screen on the largest screen other than the desk's own when there are several."""
        screens = QGuiApplication.screens()
        owner = self.parentWidget()
        desk = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not desk] or screens
        target = max(others, key=lambda s: s.geometry().width() * s.geometry().height())
        self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.header.setFixedHeight(round(self.unit() * 6.4))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_page()
            if not self.paused:
                self.rotation.start()  # the page just chosen gets its full time
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.show_page(self.pages.currentIndex() - 1)
            if not self.paused:
                self.rotation.start()
        elif key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.set_page_seconds(self.page_seconds + (PAGE_SECONDS[2] if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
                                                       else -PAGE_SECONDS[2]))
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse_moved()
        super().mouseMoveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self._mouse_moved()
        return False

    def _mouse_moved(self) -> None:
        self._moved = time.monotonic()
        if self.cursor().shape() == Qt.CursorShape.BlankCursor:
            self.unsetCursor()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # names come in the desk's language
            self.header.update()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for timer in (self.rotation, self.refresh_timer, self.soon, self.ticker):
            timer.stop()
        self.closed.emit()
        super().closeEvent(event)

