"""Render every workspace and the main dialogs to PNG files, to look at them before a release.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/gallery.py [out-dir] [--only NAME ...]

Starts the demo city (central service and simulator, with the typhoon response running) in a temporary
folder, signs in as each demo officer (ops, district, agency, street, liaison, leader, admin), syncs
their desk, and saves:

- the main window in the officer's own workspace, and the ops officer in every workspace,
  at 1920×1080 and 1366×768, in Chinese and English: `<role>-<workspace>-<lang>-<W>x<H>.png`;
- the dialogs an officer opens from the window (new incident, quick search, settings, conflicts,
  shortcuts, the first action of the selected incident) over a 1366×768 window, and the sign-in
  dialog refusing a wrong password: `dialog-<role>-<name>-<lang>.png`.

Pictures go to out-dir (default: a folder under the system's temp dir), never into the repository.
`--only` keeps the files whose name contains one of the given words (e.g. `--only street dialog`).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SIZES = ((1920, 1080), (1366, 768))
LANGS = ("zh_CN", "en")
DIALOG_SIZE = (1366, 768)
# The actions whose dialogs are pictured, by object name (see ui/shell/actions.py).
ASKING_ACTIONS = ("dispatch", "supervise", "extend", "suspend", "return", "comment")
DIALOG_ACTIONS = {
    "new-incident": "actionNewIncident",
    "quick-search": "actionQuickSearch",
    "settings": "actionSettings",
    "conflicts": "actionConflicts",
    "shortcuts": "actionShortcuts",
}


def settle(app: Any, seconds: float, until: Callable[[], bool] | None = None) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.01)


class Gallery:
    def __init__(self, out: Path, only: list[str]) -> None:
        self.out = out
        self.only = only
        self.written: list[Path] = []

    def wanted(self, name: str) -> bool:
        return not self.only or any(word in name for word in self.only)

    def save(self, widget: Any, name: str) -> None:
        target = self.out / f"{name}.png"
        if widget.grab().save(str(target)):
            self.written.append(target)
            print(target, flush=True)
        else:
            print(f"gallery: could not write {target}", file=sys.stderr)


def main(out: Path, only: list[str]) -> list[Path]:
    from dispatch_desk.ui.map import prepare_web_engine

    prepare_web_engine()
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("DispatchDeskGallery")
    QCoreApplication.setApplicationName("dispatch-desk-gallery")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    work = Path(tempfile.mkdtemp(prefix="dd-gallery-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))

    from dispatch_desk.demo import backend as demo_backend
    from dispatch_desk.demo.people import DEMO_PASSWORD, ROLE_LOGINS
    from dispatch_desk.ui import build
    from dispatch_desk.ui.shell.paths import resources_dir

    build.build_translations(resources_dir() / "translations")
    out.mkdir(parents=True, exist_ok=True)
    gallery = Gallery(out, only)
    print("gallery: starting the demo city (generating it takes about half a minute)...", flush=True)
    backend = demo_backend.DemoBackend.start(work / "demo", port=None)
    try:
        demo_backend.request_event(work / "demo", "typhoon")
        settle(app, 8)  # the simulator starts the typhoon response and seats its liaisons
        for role, username in ROLE_LOGINS.items():
            if not any(gallery.wanted(n) for n in officer_pictures(role)):
                continue
            shoot_officer(app, gallery, backend.url, role, username, DEMO_PASSWORD, work)
        shoot_login(app, gallery, backend.url, work)
    finally:
        backend.stop()
    return gallery.written


def officer_pictures(role: str) -> list[str]:
    """The names of every picture an officer of `role` may give."""
    from dispatch_desk.ui.shell.workspace import WORKSPACES

    return [*(f"{role}-{key}-{lang}-{w}x{h}" for key in WORKSPACES for lang in LANGS for w, h in SIZES),
            *(f"dialog-{role}-{name}-{lang}" for name in (*DIALOG_ACTIONS, "incident-action") for lang in LANGS)]


def shoot_officer(app: Any, gallery: Gallery, url: str, role: str, username: str, password: str,
                  work: Path) -> None:
    from PySide6.QtCore import QSettings

    from dispatch_desk.ui.shell.session import device_id, sign_in
    from dispatch_desk.ui.shell.workspace import WORKSPACES, for_officer

    session = sign_in(url, username, password, True, work / "desks", device_id())
    try:
        session.engine.sync_once()
        own = for_officer(session.officer)
        workspaces = list(WORKSPACES) if role == "ops" else [own]
        for lang in LANGS:
            for key in workspaces:
                for width, height in SIZES:
                    name = f"{role}-{key}-{lang}-{width}x{height}"
                    if gallery.wanted(name):
                        QSettings().clear()
                        with main_window(app, session, key, lang, (width, height)) as window:
                            gallery.save(window, name)
            if any(gallery.wanted(n) for n in officer_pictures(role) if n.startswith("dialog-") and n.endswith(lang)):
                QSettings().clear()
                with main_window(app, session, own, lang, DIALOG_SIZE) as window:
                    shoot_dialogs(app, gallery, window, role, lang)
    finally:
        session.engine.close()


@contextlib.contextmanager
def main_window(app: Any, session: Any, workspace: str, lang: str, size: tuple[int, int]) -> Iterator[Any]:
    """A signed-in main window over the officer's synced cache, shown and complete; closed after the
    way the desk closes it at sign-out."""
    from dispatch_desk.app import close_window
    from dispatch_desk.store import Store
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.shell import i18n, theme
    from dispatch_desk.ui.shell.main_window import MainWindow

    i18n.install(lang)
    theme.apply(app, "light", workspace)
    store = Store.open(session.store_path, check=False)  # the window's own: it closes with the window
    operation = _running_operation(store) if workspace == "command" else None
    ctx = AppContext(store, session.engine, session.officer, AppBus(), workspace=workspace,
                     operation_id=operation)
    window = MainWindow(ctx, size=size)
    window.show()
    settle(app, 30, lambda: window.complete)
    settle(app, 30, lambda: window.map_widget is None or window.map_widget.view.is_ready)
    settle(app, 2.5)  # the map page draws its first frame; the docks read the cache
    from dispatch_desk.ui.assess import AssessmentWidget

    # the leader's assessment counts the month on a pool thread: picture its figures, not "Counting…"
    settle(app, 90, lambda: all(p.result is not None or not p.isVisible() for p in window.findChildren(AssessmentWidget)))
    try:
        yield window
    finally:
        close_window(window)
        settle(app, 0.3)


def _running_operation(store: Any) -> str | None:
    active = [o for o in store.records("operation") if str(getattr(o, "status", "")) == "active"]
    return active[0].id if active else None


def shoot_dialogs(app: Any, gallery: Gallery, window: Any, role: str, lang: str) -> None:
    from PySide6.QtGui import QAction

    for name, object_name in DIALOG_ACTIONS.items():
        action = window.findChild(QAction, object_name)
        picture = f"dialog-{role}-{name}-{lang}"
        if action is None or not action.isVisible() or not action.isEnabled() or not gallery.wanted(picture):
            continue
        open_and_grab(app, gallery, window, picture, action.trigger)
    picture = f"dialog-{role}-incident-action-{lang}"
    button = _first_incident_action(app, window) if gallery.wanted(picture) else None
    if button is not None:
        open_and_grab(app, gallery, window, picture, button.click)


def _first_incident_action(app: Any, window: Any) -> Any:
    """Select the first incident of the queue; its first enabled button of an action that asks for details
    (the others act at once, without a dialog)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDockWidget

    queue = window.findChild(QDockWidget, "queueDock")
    detail = window.findChild(QDockWidget, "detailDock")
    if queue is None or detail is None:
        return None
    views = [v for v in queue.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
    if not views or views[0].model().rowCount() == 0:
        return None
    views[0].setCurrentIndex(views[0].model().index(0, 0))
    settle(app, 1.5)
    buttons = {b.objectName(): b for b in detail.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()}
    return next((buttons[f"button_{name}"] for name in ASKING_ACTIONS if f"button_{name}" in buttons), None)


def open_and_grab(app: Any, gallery: Gallery, window: Any, picture: str, opener: Callable[[], None]) -> None:
    """Open a dialog (modal `exec()` ones block, so the picture is taken from a timer), save it, close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    before = set(QApplication.topLevelWidgets())
    shots = {"tries": 0}

    def grab() -> None:
        if shots["tries"] < 0:  # given up: no dialog came
            return
        opened = [w for w in QApplication.topLevelWidgets()
                  if w not in before and w is not window and w.isVisible()]
        shots["tries"] += 1
        if not opened and shots["tries"] < 50:
            QTimer.singleShot(100, grab)
            return
        for widget in opened:
            gallery.save(widget, picture)
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    QTimer.singleShot(1200, grab)  # the dialog fills in from the cache first
    opener()
    settle(app, 7, lambda: shots["tries"] >= 50 or (shots["tries"] > 0 and not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if w not in before and w is not window)))
    shots["tries"] = -1
    settle(app, 0.3)


def shoot_login(app: Any, gallery: Gallery, url: str, work: Path) -> None:
    """The sign-in dialog with a wrong password refused by the central service, in each language."""
    from dispatch_desk.ui.shell import i18n
    from dispatch_desk.ui.shell.login import LoginDialog

    for lang in LANGS:
        picture = f"dialog-login-refused-{lang}"
        if not gallery.wanted(picture):
            continue
        i18n.install(lang)
        dialog = LoginDialog(work / "desks", central_url=url, username="ops")
        dialog.show()
        dialog.ui.passwordEdit.setText("not-the-password")
        busy = dialog.tr("Signing in…")
        dialog.submit()
        settle(app, 10, lambda d=dialog, b=busy: d.ui.messageLabel.text() not in ("", b))
        gallery.save(dialog, picture)
        dialog.reject()
        dialog.deleteLater()
        settle(app, 0.3)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(tempfile.gettempdir()) / "dd-gallery")
    parser.add_argument("--only", nargs="*", default=[], help="only pictures whose name contains one of these")
    options = parser.parse_args()
    main(options.out, options.only)
