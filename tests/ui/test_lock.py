"""The idle lock (ui/shell/lock.py) on a signed-in desk against a real central service on loopback:
the idle time (driven through the lock's clock and timer, no waiting), the lock screen covering the
window, passwords checked by the center online and by the keyring's verifier offline, five wrong
tries signing out, notifications shown only as a count while locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from dispatch_desk.app import Controller
from dispatch_desk.sync.credentials import DEFAULT_SERVICE, PasswordVerifier
from dispatch_desk.ui.shell import i18n, prefs
from dispatch_desk.ui.shell.lock import MAX_TRIES
from dispatch_desk.ui.shell.settings import SettingsDialog
from tests.support.central import DEFAULT_PASSWORD
from tests.ui.shell_support import seed, signed_in

WAIT = 60_000  # ms; a liveness bound for a loaded machine, not a timing


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def desk(qtbot, tmp_path: Path, central, memory_keyring, english):
    seed(central)
    ctl = Controller(central.url, base=tmp_path / "data", size=(1366, 768))
    ctl.open_window(signed_in(central, tmp_path / "data"))
    window = ctl.window
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.status.connection.property("state") == "online", timeout=WAIT)
    qtbot.waitUntil(lambda: window.complete, timeout=WAIT)  # the map and charts are in place
    lock = window.idle_lock
    lock.clock = Clock()
    lock.last_input = lock.clock.now
    yield ctl, window, lock
    ctl.shutdown()


def idle(lock, minutes: float) -> None:
    lock.clock.now += minutes * 60
    lock.timer.timeout.emit()


def press_key(window) -> None:
    """A key as the platform delivers it: to the window's QWindow first."""
    QApplication.sendEvent(window.windowHandle(),
                           QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))


def test_the_desk_locks_after_the_idle_time_and_input_restarts_it(qtbot, desk):
    _, window, lock = desk
    assert prefs.IDLE_LOCK_MINUTES.get() == 15
    idle(lock, 14)
    assert not lock.locked
    press_key(window)  # the officer types: the idle time starts again
    idle(lock, 14)
    assert not lock.locked and lock.timer.isActive()
    idle(lock, 1)
    assert lock.locked

    screen = lock.screen
    assert screen.isVisible() and screen.geometry() == window.rect()  # the whole window, menus and docks
    assert screen.parent() is window and not screen.isWindow()  # not a dialog that could be moved away
    top = screen.mapTo(window, QPoint(0, 0))
    assert window.childAt(top + QPoint(5, 5)) in (screen, *screen.findChildren(type(screen.footer)))
    assert "李明" in screen.officer.text() and "li" in screen.officer.text()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: screen.geometry() == window.rect(), timeout=WAIT)


def test_zero_minutes_never_locks(desk):
    _, _, lock = desk
    prefs.IDLE_LOCK_MINUTES.set(0)
    idle(lock, 24 * 60)
    assert not lock.locked


def test_while_locked_keys_for_the_window_are_swallowed_and_its_shortcuts_do_nothing(qtbot, desk, monkeypatch):
    _, window, lock = desk
    assert lock._handle is window.windowHandle()
    lock.lock()
    assert not window.actions.quick_search.isEnabled()
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(QApplication, "focusWidget", staticmethod(lambda: lock.screen.password))
    assert lock.eventFilter(lock._handle, event) is False  # typing the password
    monkeypatch.setattr(QApplication, "focusWidget", staticmethod(lambda: window.centralWidget()))
    assert lock.eventFilter(lock._handle, event) is True  # anything under the lock screen
    monkeypatch.undo()
    lock.unlock(DEFAULT_PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
    assert window.actions.quick_search.isEnabled()


def test_a_wrong_password_stays_locked_and_the_right_one_unlocks_through_the_center(qtbot, desk):
    _, _, lock = desk
    lock.lock()
    screen = lock.screen
    screen.password.setText("not the password")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: lock.tries == 1, timeout=WAIT)
    assert lock.locked and screen.isVisible()
    assert "not right" in screen.message.text() and "4 tries left" in screen.message.text()

    screen.password.setText(DEFAULT_PASSWORD)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
    assert not screen.isVisible() and screen.password.text() == ""


def test_offline_the_password_is_checked_against_the_keyrings_verifier(qtbot, desk, central, memory_keyring):
    _, window, lock = desk
    # kept at sign-in, as a scrypt hash: never the password
    kept = memory_keyring.get_password(DEFAULT_SERVICE, f"verifier:li@{central.url}")
    assert kept and kept.startswith("scrypt$") and DEFAULT_PASSWORD not in kept
    central.stop()
    window.ctx.engine.sync_now()
    qtbot.waitUntil(lambda: window.ctx.engine.state().connection == "offline", timeout=WAIT)
    lock.lock()
    lock.unlock("not the password")
    qtbot.waitUntil(lambda: lock.tries == 1, timeout=WAIT)
    assert lock.locked
    lock.unlock(DEFAULT_PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)


def test_offline_without_a_verifier_the_desk_stays_locked_without_counting_a_try(qtbot, desk, central):
    _, window, lock = desk
    PasswordVerifier(DEFAULT_SERVICE, central.url).forget("li")
    central.stop()
    window.ctx.engine.sync_now()
    qtbot.waitUntil(lambda: window.ctx.engine.state().connection == "offline", timeout=WAIT)
    lock.lock()
    lock.unlock(DEFAULT_PASSWORD)
    qtbot.waitUntil(lambda: lock.screen.unlock_button.isEnabled(), timeout=WAIT)
    assert lock.locked and lock.tries == 0 and "no password was kept" in lock.screen.message.text()


def test_five_wrong_passwords_sign_out(qtbot, desk):
    ctl, _, lock = desk
    lock.lock()
    for n in range(MAX_TRIES):
        lock.unlock(f"wrong {n}")
        qtbot.waitUntil(lambda n=n: ctl.window is None or lock.tries == n + 1, timeout=WAIT)
    qtbot.waitUntil(lambda: ctl.login_dialog is not None, timeout=WAIT)
    assert ctl.window is None and ctl.session is None


def test_while_locked_notifications_show_only_their_count(qtbot, desk):
    _, window, lock = desk
    lock.lock()
    window.ctx.bus.notify.emit("Critical incident", "南京东路 井盖缺失", 4)
    window.ctx.bus.notify.emit("Alarm", "水位超警戒", 4)
    assert lock.screen.notices.text() == "2 new notification(s)" or "2 new" in lock.screen.notices.text()
    shown = [t for n in window.notifier.shown for t in n[:2]]
    assert "南京东路 井盖缺失" not in shown and "水位超警戒" not in shown
    assert window.notifier.shown[-1][0].startswith("2 new")
    lock.unlock(DEFAULT_PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
    window.ctx.bus.notify.emit("Alarm", "再次告警", 4)
    assert window.notifier.shown[-1][1] == "再次告警"  # details again once unlocked


def test_input_in_a_floating_dock_counts_and_the_dock_hides_while_locked(qtbot, desk):
    _, window, lock = desk
    dock = next(d for d in window.docks.values() if d.isVisible())
    dock.setFloating(True)
    qtbot.waitUntil(lambda: dock.windowHandle() is not None and dock.windowHandle() in lock._floating,
                    timeout=WAIT)
    idle(lock, 14)
    QApplication.sendEvent(dock.windowHandle(),
                           QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    idle(lock, 14)
    assert not lock.locked
    idle(lock, 1)
    assert lock.locked and not dock.isVisible()  # nothing of the desk stays on screen beside the lock
    lock.unlock(DEFAULT_PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
    assert dock.isVisible()


def test_the_settings_keep_the_idle_time_and_encrypt_the_cache_at_the_next_sign_in(qtbot, desk, central, tmp_path):
    from dispatch_desk.store import crypto

    ctl, window, lock = desk
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    security = dialog.security
    assert dialog.ui.tabs.tabText(dialog.ui.tabs.indexOf(security)) == "Security"
    assert security.minutes.value() == 15 and not security.encrypt.isChecked()
    security.minutes.setValue(5)
    security.encrypt.setChecked(True)
    dialog.save()
    assert prefs.IDLE_LOCK_MINUTES.get() == 5
    path = window.ctx.store.path
    assert crypto.state(path) == "pending"
    idle(lock, 5)
    assert lock.locked

    pending = window.ctx.engine.unsent()
    ctl.shutdown()  # signed out: the next sign-in encrypts the cache before anything opens it
    session = signed_in(central, tmp_path / "data")
    try:
        assert crypto.state(path) == "encrypted" and session.engine.unsent() == pending
    finally:
        session.engine.close()


def test_the_wall_display_keeps_showing_while_the_desk_locks_and_leaving_it_shows_the_lock(qtbot, desk):
    _, window, lock = desk
    window.actions.wall.trigger()
    wall = window.wall
    assert wall is not None
    qtbot.waitUntil(lambda: wall.snapshot is not None, timeout=WAIT)
    idle(lock, 15)
    assert lock.locked
    assert wall.isVisible()  # the room keeps seeing the city
    assert not window.actions.wall.isEnabled()  # nothing of the desk is reachable from the wall
    QApplication.sendEvent(wall, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.wall is None, timeout=WAIT)
    assert lock.locked and lock.screen.isVisible()
