"""Render the main window in the joint-command workspace to PNG files, to look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/command_screenshots.py [out-dir]

As the commander (a city ops officer) and as a liaison, at 1920×1080 and 1366×768, in Chinese and
English, over a cache seeded with a running typhoon response (the bench's synthetic operation).
Pictures go to out-dir (default: a folder under the system's temp dir), never into the repository.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

SIZES = ((1920, 1080), (1366, 768))
LANGS = ("zh_CN", "en")


def main(out: Path) -> list[Path]:
    from dispatch_desk.ui.map import prepare_web_engine

    prepare_web_engine()
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("DispatchDeskScreens")
    QCoreApplication.setApplicationName("dispatch-desk-screens")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    work = Path(tempfile.mkdtemp(prefix="dd-command-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))

    from dispatch_desk.bench import cases_command_ui as seed
    from dispatch_desk.store import Store
    from dispatch_desk.ui import build
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.shell import i18n, theme
    from dispatch_desk.ui.shell.main_window import MainWindow
    from dispatch_desk.ui.shell.paths import resources_dir

    build.build_translations(resources_dir() / "translations")
    path = work / "cache.sqlite"
    store = Store.open(path)
    seed.fill(store, 60, 400, datetime.now(UTC))
    officers = {o.id: o for o in store.records("officer")}
    roles = {"commander": officers["o-city"], "liaison": officers["o-liaison"]}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGS:
        i18n.install(lang)
        for role, officer in roles.items():
            for width, height in SIZES:
                QSettings().clear()
                theme.apply(app, "light", "command")
                ctx = AppContext(store, None, officer, AppBus(), workspace="command", operation_id=seed.OP_ID)
                window = MainWindow(ctx, size=(width, height))
                window.show()
                end = time.monotonic() + 30
                while not window.complete and time.monotonic() < end:
                    app.processEvents()
                    time.sleep(0.01)
                end = time.monotonic() + 2.5  # the map page draws its first frame; the docks read the cache
                while time.monotonic() < end:
                    app.processEvents()
                    time.sleep(0.01)
                target = out / f"command-{role}-{lang}-{width}x{height}.png"
                window.grab().save(str(target))
                written.append(target)
                ctx.bus.blockSignals(True)
                window.close()
                window.deleteLater()
                app.processEvents()
    store.close()
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "dd-command-shots"
    for picture in main(folder):
        print(picture)
