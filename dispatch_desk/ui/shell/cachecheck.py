"""Telling the officer about the health of the local cache, without slowing the start.

A big cache gets only a quick check when it opens; the complete check runs in a worker after the
window is up (`store.verify()`, the incident table first). Damage it finds is rebuilt at once, in
place (store/opening.py); the officer is told what was kept, and the engine starts the sync that
brings the rest. When a start set a damaged cache aside (`<cache>.damaged-<time>` beside it), the
officer is told once, with what the rebuild kept when the cache recorded it (`store.recovery`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background

REPORTED_KEY = "cache/reported_damage"
RECOVERY_SETTING = "store.recovery"  # store.opening.RECOVERY_SETTING


class CacheHealth(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problem: str | None = None
        self.verified = False  # the complete check has run in this session

    def rebuilt_text(self, summary: dict | None) -> str:
        """What a rebuild kept, in the officer's words; short, for the banner (where the damaged file
        was kept is in the log)."""
        summary = summary or {}
        counts = (
            ("outbox", lambda n: self.tr("%n unsynced action(s)", "", n)),
            ("conflicts", lambda n: self.tr("%n conflict record(s)", "", n)),
            ("attachments", lambda n: self.tr("%n photo(s) not yet uploaded", "", n)),
        )
        kept = [word(int(summary[key])) for key, word in counts if summary.get(key)]
        unread = set(summary.get("unreadable", ()))
        outbox_unread = bool(unread & {"file", "outbox"})
        if kept:
            text = self.tr("The local cache was damaged and has been rebuilt: kept %1. The rest comes back "
                           "with the next sync.").replace("%1", self.tr(", ", "separator of a list of kept items")
                                                          .join(kept))
            if outbox_unread:
                text = self.tr("%1 Some unsent changes could not be read: check that your latest actions "
                               "reached the central service.").replace("%1", text)
        elif outbox_unread:
            return self.tr("The local cache was damaged and has been rebuilt, but its unsent changes could not "
                           "be read: check that your latest actions reached the central service.")
        elif summary:
            text = self.tr("The local cache was damaged and has been rebuilt; nothing unsent was waiting in it. "
                           "The rest comes back with the next sync.")
        else:
            return self.tr("The local cache was damaged and has been rebuilt from the central service; unsent "
                           "changes were kept.")
        if summary.get("lost_attachments"):
            text = self.tr("%1 %n photo(s) could not be read and must be taken again.", "",
                           int(summary["lost_attachments"])).replace("%1", text)
        elif summary.get("lost_rows"):
            text = self.tr("%1 Some pending changes show again once they are synced.").replace("%1", text)
        return text

    def report_rebuilt(self) -> list[Path]:
        """Tell about damaged caches set aside since the last time; returns them."""
        store = self.ctx.store
        path = Path(store.path)
        settings = QSettings()
        told = set(settings.value(REPORTED_KEY, [], type=list) or [])
        new = sorted(p for p in path.parent.glob(f"{path.name}.damaged-*") if str(p) not in told
                     and not p.name.endswith(("-wal", "-shm")))
        summary = store.get_setting(RECOVERY_SETTING) if hasattr(store, "get_setting") else None
        for moved in new:
            kept = summary if isinstance(summary, dict) and summary.get("damaged_file") == str(moved) else None
            self.ctx.bus.notify.emit(self.tr("Local cache rebuilt"), self.rebuilt_text(kept), 3)
        if new:
            self._told(settings, told | {str(p) for p in new})
        return new

    @staticmethod
    def _told(settings: QSettings, told: set[str]) -> None:
        settings.setValue(REPORTED_KEY, sorted(told))

    def verify_in_background(self) -> None:
        store = self.ctx.store
        if not hasattr(store, "verify"):
            return
        path = store.path

        def work() -> tuple[str | None, dict | None]:
            from dispatch_desk.store import Store

            reader = Store.open(path, check=False)
            try:
                return reader.verify(), reader.rebuilt
            finally:
                reader.close()

        run_in_background(work, on_done=self._verified, on_error=lambda _exc: None)

    def _verified(self, outcome: tuple[str | None, dict | None]) -> None:
        problem, rebuilt = outcome
        self.problem, self.verified = problem, True
        if problem and rebuilt:
            # rebuilt in place: the queue shows the pending rows now; the sync brings the rest
            moved = rebuilt.get("damaged_file", "")
            settings = QSettings()
            self._told(settings, set(settings.value(REPORTED_KEY, [], type=list) or []) | {moved})
            self.ctx.bus.notify.emit(self.tr("Local cache rebuilt"), self.rebuilt_text(rebuilt), 3)
            if self.ctx.engine is not None:
                self.ctx.engine.sync_now()
        elif problem:
            self.ctx.bus.notify.emit(
                self.tr("Local cache damaged"),
                self.tr("The local cache failed its integrity check; it will be rebuilt from the central "
                        "service at the next start, keeping unsent changes. (%1)").replace("%1", problem),
                3,
            )
