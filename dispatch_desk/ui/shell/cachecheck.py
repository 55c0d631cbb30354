"""Telling the officer about the health of the local cache, without slowing the start.

A big cache gets only a quick check when it opens; the complete check runs in a worker after the
window is up (`store.verify()`), and a damaged cache is rebuilt at the next start. When a start did
set a damaged cache aside (`<cache>.damaged-<time>` beside it), the officer is told once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background

REPORTED_KEY = "cache/reported_damage"


class CacheHealth(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problem: str | None = None
        self.verified = False  # the complete check has run in this session

    def report_rebuilt(self) -> list[Path]:
        """Tell about damaged caches set aside since the last time; returns them."""
        path = Path(self.ctx.store.path)
        settings = QSettings()
        told = set(settings.value(REPORTED_KEY, [], type=list) or [])
        new = sorted(p for p in path.parent.glob(f"{path.name}.damaged-*") if str(p) not in told
                     and not p.name.endswith(("-wal", "-shm")))
        for moved in new:
            self.ctx.bus.notify.emit(
                self.tr("Local cache rebuilt"),
                self.tr("The local cache was damaged and has been rebuilt from the central service; unsent "
                        "changes were kept. The damaged file was moved to %1").replace("%1", str(moved)),
                3,
            )
        if new:
            settings.setValue(REPORTED_KEY, sorted(told | {str(p) for p in new}))
        return new

    def verify_in_background(self) -> None:
        store = self.ctx.store
        if not hasattr(store, "verify"):
            return
        path = store.path

        def work() -> str | None:
            from dispatch_desk.store import Store

            reader = Store.open(path, check=False)
            try:
                return reader.verify()
            finally:
                reader.close()

        run_in_background(work, on_done=self._verified, on_error=lambda _exc: None)

    def _verified(self, problem: str | None) -> None:
        self.problem, self.verified = problem, True
        if problem:
            self.ctx.bus.notify.emit(
                self.tr("Local cache damaged"),
                self.tr("The local cache failed its integrity check; it will be rebuilt from the central "
                        "service at the next start, keeping unsent changes. (%1)").replace("%1", problem),
                3,
            )
