"""`dispatch-desk app`: the desktop client — QApplication on a qasync loop, sign-in, the main window.

    dispatch-desk app --central http://127.0.0.1:8765 --user zhang.wei
    dispatch-desk app --workspace field --lang en --exit-after 5 --screenshot /tmp/field.png

`launch()` is the same thing as a function; `dispatch-desk demo` uses it to open a signed-in client.
The password of an unattended start comes from $DISPATCH_DESK_PASSWORD, never from the command line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from dispatch_desk.ui import tasks
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n, prefs, theme
from dispatch_desk.ui.shell.workspace import WORKSPACES, for_officer
from dispatch_desk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from dispatch_desk.ui.shell.main_window import MainWindow
    from dispatch_desk.ui.shell.session import EngineRelay, QuitGuard, Session

log = logging.getLogger(__name__)

# A quit or sign-out ends within about these many seconds, whatever the network or the cache does:
# the background jobs get JOBS_WAIT to report back (reads still running are then cut short), and the
# sync engine, stopping meanwhile, gets ENGINE_WAIT to end its current request. Nothing the officer
# did is lost beyond that: a mutation is durable in the outbox from the moment it is staged, and a
# feed page and its cursor are stored in one transaction.
JOBS_WAIT = 3.0
ENGINE_WAIT = 3.0
ENGINE_LAST_WAIT = 1.0  # what the engine still gets after the jobs used up the wait (it stops in ms mostly)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--central", metavar="URL", help="central service address (default: the last one used)")
    parser.add_argument("--user", metavar="NAME", help="sign in as this officer (password from "
                        "$DISPATCH_DESK_PASSWORD, else the session remembered on this computer)")
    parser.add_argument("--workspace", choices=sorted(WORKSPACES), help="start in this workspace")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language (default: the saved choice, else Chinese)")
    parser.add_argument("--exit-after", type=float, metavar="SECONDS",
                        help="quit this long after the main window is complete (demos, checks)")
    parser.add_argument("--screenshot", metavar="PNG", help="save the main window (the wall display with --wall) "
                        "to this file before quitting")
    parser.add_argument("--wall", action="store_true", help="open the wall display (大屏) full screen once signed in")
    parser.add_argument("--size", metavar="WxH", help="window size, e.g. 1366x768")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="where the local caches live")


def run(args: argparse.Namespace) -> int:
    size = tuple(int(v) for v in args.size.lower().split("x")) if args.size else None
    return launch(args.central or prefs_central_url(), args.user, os.environ.get("DISPATCH_DESK_PASSWORD"),
                  workspace=args.workspace, exit_after=args.exit_after, screenshot=args.screenshot,
                  data_dir=args.data_dir, lang=args.lang, size=size, wall=args.wall)


def prefs_central_url() -> str:
    _application()
    return prefs.CENTRAL_URL.get()


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        prepare_before_application()
        QCoreApplication.setOrganizationName("DispatchDesk")
        QCoreApplication.setApplicationName("dispatch-desk")
        app = QApplication(sys.argv[:1])
        app.setApplicationDisplayName("城运指挥台")
    return app  # type: ignore[return-value]


def prepare_before_application() -> None:
    """What areas must set up before the QApplication exists (the map registers its URL scheme)."""
    from dispatch_desk.ui.shell.docks import MAP, is_shipped

    if is_shipped(MAP):
        import importlib

        prepare = getattr(importlib.import_module(MAP.module), "prepare_web_engine", None)
        if prepare is not None:
            prepare()


class Controller(QObject):
    """Sign-in → main window → sign-out, for one application run."""

    def __init__(self, central_url: str, *, workspace: str | None = None, base: Path | None = None,
                 exit_after: float | None = None, screenshot: str | None = None,
                 size: tuple[int, int] | None = None, wall: bool = False) -> None:
        super().__init__()
        from dispatch_desk.ui.shell.session import data_dir

        self.central_url = central_url
        self.workspace = workspace
        self.base = base or data_dir()
        self.exit_after = exit_after
        self.screenshot = screenshot
        self.wall = wall
        # An unattended run (demo screenshot, check) gets a known size rather than a saved one.
        self.size = size or ((1920, 1080) if exit_after is not None or screenshot is not None else None)
        self.window = None
        self.login_dialog = None
        self.session: Session | None = None
        self.relay: EngineRelay | None = None
        self.guard: QuitGuard | None = None
        self.exit_code = 0
        self._quitting = False

    @property
    def unattended(self) -> bool:
        return self.exit_after is not None or self.screenshot is not None

    def start(self, username: str | None, password: str | None) -> None:
        """Sign in with the given password (demo, unattended), else with the session remembered for
        the last officer ("remember me") while the dialog shows progress, else ask."""
        username = username or prefs.LAST_USER.get() or None
        if password or (username and self.unattended):
            from dispatch_desk.ui.shell.session import device_id, sign_in

            base, url, device = self.base, self.central_url, device_id()
            run_in_background(lambda: sign_in(url, username, password or "", True, base, device),
                              on_done=self.open_window, on_error=lambda exc: self._login_failed(username, exc))
            return
        self.show_login(username)
        if username:
            self.login_dialog.try_remembered()

    def _login_failed(self, username: str | None, exc: BaseException) -> None:
        if self.unattended:
            print(f"dispatch-desk: sign-in failed: {exc}", file=sys.stderr)
            self.exit_code = 2
            QApplication.quit()
            return
        self.show_login(username)
        self.login_dialog.show_failure(exc)  # in the officer's language, the service's text in the tooltip

    def show_login(self, username: str | None = None, message: str = "") -> None:
        from dispatch_desk.ui.shell.login import LoginDialog

        dialog = LoginDialog(self.base, central_url=self.central_url, username=username or "")
        if message:
            dialog._say(message, error=True)
        dialog.finished.connect(lambda result: self._login_done(dialog, result))
        self.login_dialog = dialog
        dialog.open()

    def _login_done(self, dialog, result: int) -> None:
        session = dialog.session if result == QDialog.DialogCode.Accepted else None
        central_url = dialog.ui.centralEdit.text().strip().rstrip("/")
        if self.login_dialog is dialog:
            self.login_dialog = None
        dialog.deleteLater()  # one dialog per sign-in; none is kept for the application's life
        if session is not None:
            self.central_url = central_url
            self.open_window(session)
        elif self.window is None:
            QApplication.quit()

    def open_window(self, session: Session) -> None:
        from dispatch_desk.store import Store
        from dispatch_desk.ui.shell.main_window import MainWindow
        from dispatch_desk.ui.shell.session import EngineRelay

        self.session = session
        # The engine opened and checked this cache on its worker; the main thread adds a reader.
        store = Store.open(session.store_path, check=False)
        bus = AppBus()
        key = self.workspace or prefs.WORKSPACE.get() or for_officer(session.officer)
        ctx = AppContext(store=store, engine=session.engine, officer=session.officer, bus=bus,
                         workspace=key if key in WORKSPACES else "ops")
        self.relay = EngineRelay(session.engine, bus, self)
        window = MainWindow(ctx, size=self.size)
        window.sign_out_requested.connect(self.sign_out)
        window.quit_requested.connect(self.request_quit)
        window.installEventFilter(self)  # closing the window quits: the same question first
        self.window = window
        if self.unattended:
            window.heavy_loaded.connect(self._finish_later)
        window.show()
        if self.wall:
            # unattended, in a window of the run's size (a check's picture); else full screen on the wall
            window.open_wall(self.size if self.unattended else None)
        if session.offline:
            window.announce_offline()
        session.engine.start()

    def _finish_later(self) -> None:
        QTimer.singleShot(int((self.exit_after or 0) * 1000), self._finish)

    def _finish(self) -> None:
        if self.screenshot and self.window is not None:
            Path(self.screenshot).parent.mkdir(parents=True, exist_ok=True)
            shown = self.window.wall if self.window.wall is not None else self.window
            if not shown.grab().save(self.screenshot):
                print(f"dispatch-desk: could not write {self.screenshot}", file=sys.stderr)
                self.exit_code = 1
        self.shutdown()
        QApplication.quit()

    # ---- quitting -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self._quitting:
            event.ignore()
            QTimer.singleShot(0, self.request_quit)  # asked outside the window's close handling
            return True
        return super().eventFilter(watched, event)

    def request_quit(self) -> None:
        """Quit, asking first while changes have not reached the central service (send first / quit
        anyway / cancel)."""
        from dispatch_desk.ui.shell.session import QuitGuard

        if self._quitting or self.guard is not None:
            return
        if self.window is None or self.session is None or self.unattended:
            self._quit()
            return
        self.guard = QuitGuard(self.session.engine, self.window.ctx.bus, self.window)
        self.guard.decided.connect(self._quit_decided)
        self.guard.ask()

    def _quit_decided(self, go: bool) -> None:
        guard, self.guard = self.guard, None
        if guard is not None:
            guard.deleteLater()
        if go:
            self._quit()

    def _quit(self) -> None:
        self._quitting = True
        if self.window is not None:
            self.window.close()  # saves the layout
        QApplication.quit()  # aboutToQuit runs shutdown()

    def sign_out(self) -> None:
        username = self.session.officer.username if self.session else None
        if self.session is not None:
            self.session.engine.logout()
        self.shutdown()
        self.central_url = prefs.CENTRAL_URL.get() or self.central_url  # as the settings left it
        self.show_login(username)

    def shutdown(self) -> None:
        """End the signed-in window and its engine within about JOBS_WAIT + ENGINE_LAST_WAIT seconds
        (and a second or two to close the connections).

        The engine stops on a thread of its own while the window's background jobs report back; then
        every pool thread closes its cache connections (the window's readers and the engine's, which
        `issue` and `sign_in` opened there), and the window and its cache go."""
        window, session, relay, guard = self.window, self.session, self.relay, self.guard
        self.window = self.session = self.relay = self.guard = None
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        if window is None and session is None:
            return
        started = time.monotonic()
        engine = session.engine if session is not None else None
        stopper = None
        if engine is not None:
            stopper = threading.Thread(target=engine.stop, kwargs={"timeout": ENGINE_WAIT},
                                       name="dispatch-desk-stopping", daemon=True)
            stopper.start()
        if relay is not None:
            relay.close()
        if guard is not None:
            guard.deleteLater()
        if window is not None:
            window.removeEventFilter(self)
            close_window(window)
        if engine is not None and stopper is not None:
            stopper.join(max(ENGINE_LAST_WAIT, ENGINE_WAIT - (time.monotonic() - started)))
            if stopper.is_alive():
                # Its thread is in a request that outlasts the wait. Not waited for: the connections
                # it opened on the pool threads close once it has stopped.
                log.warning("the sync engine is still ending its current request; not waiting for it")
                threading.Thread(target=_close_engine_after, args=(engine, stopper), daemon=True,
                                 name="dispatch-desk-closing").start()
                return
            # close() on each pool thread closes the engine's connection there; then this thread's
            tasks.on_every_pool_thread(engine.close, timeout=1.0)
            engine.close()


def close_window(window: MainWindow) -> None:
    """End a signed-in window and close its cache: its layout saved, its areas' holdings released, its
    background jobs answered or cut short, and the window deleted before this returns."""
    window.save_layout()
    window.hide()
    # The areas release what they hold (the map its tile cache and fetchers) on a close event,
    # which widgets inside the window do not get when it is deleted.
    for area in [window.map_widget, *window.dock_widgets.values()]:
        if area is not None:
            area.close()
    window.ctx.bus.blockSignals(True)  # nothing more reaches the docks
    left = tasks.wind_down(JOBS_WAIT)  # answers delivered, reads cut short, connections closed
    if left:
        log.warning("closing the window with background jobs still running: %s", ", ".join(left))
    store = window.ctx.store
    # The docks may still hold the cache: it closes once they are gone with the window.
    window.destroyed.connect(lambda *_: store.close())
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _close_engine_after(engine, stopper: threading.Thread) -> None:
    stopper.join()
    tasks.on_every_pool_thread(engine.close, timeout=2.0)
    engine.close()  # its HTTP session (this thread has no connection of its own)


def launch(central_url: str, username: str | None = None, password: str | None = None, *,
           workspace: str | None = None, exit_after: float | None = None, screenshot: str | None = None,
           data_dir: Path | None = None, lang: str | None = None, size: tuple[int, int] | None = None,
           wall: bool = False) -> int:
    """Run the desktop client until it quits; returns the exit code."""
    import asyncio

    import qasync

    app = _application()
    i18n.install(i18n.resolve(lang or prefs.LANGUAGE.get()))
    theme.apply(app, prefs.THEME.get(), workspace or "ops")
    controller = Controller(central_url, workspace=workspace, base=data_dir, exit_after=exit_after,
                            screenshot=screenshot, size=size, wall=wall)
    app.aboutToQuit.connect(controller.shutdown)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller.start(username, password)
    with loop:
        loop.run_forever()
    return controller.exit_code
