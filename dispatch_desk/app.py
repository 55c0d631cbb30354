"""`dispatch-desk app`: the desktop client — QApplication on a qasync loop, sign-in, the main window.

    dispatch-desk app --central http://127.0.0.1:8765 --user zhang.wei
    dispatch-desk app --workspace field --lang en --exit-after 5 --screenshot /tmp/field.png

`launch()` is the same thing as a function; `dispatch-desk demo` uses it to open a signed-in client.
The password of an unattended start comes from $DISPATCH_DESK_PASSWORD, never from the command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n, prefs, theme
from dispatch_desk.ui.shell.workspace import WORKSPACES, for_officer
from dispatch_desk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from dispatch_desk.ui.shell.session import EngineRelay, Session


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--central", metavar="URL", help="central service address (default: the last one used)")
    parser.add_argument("--user", metavar="NAME", help="sign in as this officer (password from "
                        "$DISPATCH_DESK_PASSWORD, else the session remembered on this computer)")
    parser.add_argument("--workspace", choices=sorted(WORKSPACES), help="start in this workspace")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language (default: the saved choice, else Chinese)")
    parser.add_argument("--exit-after", type=float, metavar="SECONDS",
                        help="quit this long after the main window is complete (demos, checks)")
    parser.add_argument("--screenshot", metavar="PNG", help="save the main window to this file before quitting")
    parser.add_argument("--size", metavar="WxH", help="window size, e.g. 1366x768")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="where the local caches live")


def run(args: argparse.Namespace) -> int:
    size = tuple(int(v) for v in args.size.lower().split("x")) if args.size else None
    return launch(args.central or prefs_central_url(), args.user, os.environ.get("DISPATCH_DESK_PASSWORD"),
                  workspace=args.workspace, exit_after=args.exit_after, screenshot=args.screenshot,
                  data_dir=args.data_dir, lang=args.lang, size=size)


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
                 size: tuple[int, int] | None = None) -> None:
        super().__init__()
        from dispatch_desk.ui.shell.session import data_dir

        self.central_url = central_url
        self.workspace = workspace
        self.base = base or data_dir()
        self.exit_after = exit_after
        self.screenshot = screenshot
        # An unattended run (demo screenshot, check) gets a known size rather than a saved one.
        self.size = size or ((1920, 1080) if exit_after is not None or screenshot is not None else None)
        self.window = None
        self.session: Session | None = None
        self.relay: EngineRelay | None = None
        self.exit_code = 0

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
        self.show_login(username, str(exc))

    def show_login(self, username: str | None = None, message: str = "") -> None:
        from dispatch_desk.ui.shell.login import LoginDialog

        dialog = LoginDialog(self.base, central_url=self.central_url, username=username or "")
        if message:
            dialog._say(message, error=True)
        dialog.finished.connect(lambda result: self._login_done(dialog, result))
        self.login_dialog = dialog
        dialog.open()

    def _login_done(self, dialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.session is not None:
            self.central_url = dialog.ui.centralEdit.text().strip().rstrip("/")
            self.open_window(dialog.session)
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
        window.quit_requested.connect(window.close)
        window.quit_requested.connect(QApplication.quit)
        self.window = window
        if self.unattended:
            window.heavy_loaded.connect(self._finish_later)
        window.show()
        if session.offline:
            window.announce_offline()
        session.engine.start()

    def _finish_later(self) -> None:
        QTimer.singleShot(int((self.exit_after or 0) * 1000), self._finish)

    def _finish(self) -> None:
        if self.screenshot and self.window is not None:
            Path(self.screenshot).parent.mkdir(parents=True, exist_ok=True)
            if not self.window.grab().save(self.screenshot):
                print(f"dispatch-desk: could not write {self.screenshot}", file=sys.stderr)
                self.exit_code = 1
        self.shutdown()
        QApplication.quit()

    def sign_out(self) -> None:
        username = self.session.officer.username if self.session else None
        if self.session is not None:
            self.session.engine.logout()
        self.shutdown()
        self.show_login(username)

    def shutdown(self) -> None:
        if self.window is not None:
            window, store = self.window, self.window.ctx.store
            window.save_layout()
            window.hide()
            # Work the docks started in the background reports back before the window goes away.
            pool = QThreadPool.globalInstance()
            for _ in range(3):
                pool.waitForDone(5000)
                QCoreApplication.processEvents()
            # The docks may still have queued reads; the cache closes once they are gone with the window.
            window.destroyed.connect(lambda *_: store.close())
            window.deleteLater()
            self.window = None
        if self.session is not None:
            self.session.engine.close()  # its threads, its HTTP session, and this thread's connection
            self.session = None


def launch(central_url: str, username: str | None = None, password: str | None = None, *,
           workspace: str | None = None, exit_after: float | None = None, screenshot: str | None = None,
           data_dir: Path | None = None, lang: str | None = None, size: tuple[int, int] | None = None) -> int:
    """Run the desktop client until it quits; returns the exit code."""
    import asyncio

    import qasync

    app = _application()
    i18n.install(i18n.resolve(lang or prefs.LANGUAGE.get()))
    theme.apply(app, prefs.THEME.get(), workspace or "ops")
    controller = Controller(central_url, workspace=workspace, base=data_dir, exit_after=exit_after,
                            screenshot=screenshot, size=size)
    app.aboutToQuit.connect(controller.shutdown)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller.start(username, password)
    with loop:
        loop.run_forever()
    return controller.exit_code
