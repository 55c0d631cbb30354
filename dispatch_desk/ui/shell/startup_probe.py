"""A process that starts the client's window over an existing cache and reports its progress on
stdout — what `dispatch-desk bench` times for "start to main window" (bench/cases_shell.py).

    python -m dispatch_desk.ui.shell.startup_probe --store CACHE --settings DIR   # the real window
    python -m dispatch_desk.ui.shell.startup_probe --bare                         # the in-run baseline

Prints "painted" at the first paint of the main window and "complete" once the map and charts are in.
It signs no one in: the officer comes from the arguments and the sync engine is left out.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bare", action="store_true", help="an empty QMainWindow on a bare QApplication")
    parser.add_argument("--store", help="the cache to open")
    parser.add_argument("--settings", help="folder for this run's QSettings")
    parser.add_argument("--workspace", default="ops")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--no-check", action="store_true",
                        help="skip the cache's integrity check (to time the window alone)")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def report(what: str) -> None:
        print(what, flush=True)

    if args.bare:
        app = QApplication(sys.argv[:1])
        window = QMainWindow()

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    report("painted")
                    report("complete")
                    QTimer.singleShot(0, app.quit)
                    watched.removeEventFilter(self)
                return False

        probe = FirstPaint()
        window.installEventFilter(probe)
        window.resize(1920, 1080)
        window.show()
        return app.exec()

    from dispatch_desk.app import _application
    from dispatch_desk.domain.records import Officer, Role
    from dispatch_desk.store import Store
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.shell import i18n, theme
    from dispatch_desk.ui.shell.main_window import MainWindow

    app = _application()
    QCoreApplication.setApplicationName("dispatch-desk-startup-probe")
    if args.settings:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, args.settings)
    i18n.install(args.lang)
    theme.apply(app, "light", args.workspace)
    # Sign-in opens (and checks) the cache on the engine's worker; the window then adds a reader.
    if not args.no_check:
        Store.open(args.store).close()
    store = Store.open(args.store, check=False)
    officer = Officer("o-bench", "bench", "值班员", Role.OPS_OFFICER)
    ctx = AppContext(store=store, engine=None, officer=officer, bus=AppBus(), workspace=args.workspace)
    window = MainWindow(ctx, size=(1920, 1080))
    window.first_painted.connect(lambda: report("painted"))
    window.heavy_loaded.connect(lambda: (report("complete"), QTimer.singleShot(0, app.quit)))
    window.show()
    code = app.exec()
    window.save_layout()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
