"""What the leader's pages share: counting on a pool thread while shown, and recounting as the cache moves.

A page says what to count (`counting`: a job for a pool thread), which changes move its figures
(`moves_with`) and how to show them (`_show`). Here: the newest request wins (older answers are
dropped), a hidden page counts when it is next shown, changes that keep arriving bring a recount at
most every `RECOUNT_MS` (a first sync must not postpone it until it ends), and the names of units
are read again when the tables they come from change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.ui.assess.words import translate
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background

RECOUNT_MS = 4000  # incidents change in bursts while a sync runs: one recount per 4 s of them
NAMED = frozenset({"agency", "region", "grid_cell", "category"})  # the tables the units' names come from


class CountingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._names = Names.load(ctx.store)
        self.result: Any = None
        self.error = ""
        self._asked = 0  # the newest request; older answers are dropped
        self._stale = True  # a recount is owed the next time the page is shown
        self._reload_timer = QTimer(self, singleShot=True, interval=RECOUNT_MS, timeout=self.reload)
        ctx.bus.data_changed.connect(self._on_data_changed)

    # --- what a page says -------------------------------------------------------------------------
    def counting(self) -> Callable[[], Any]:
        """The count to run on a pool thread, with what the page asks for now."""
        raise NotImplementedError

    def moves_with(self, changed: set[str]) -> bool:
        """Whether changes of these entities move the figures shown."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _show(self) -> None:
        raise NotImplementedError

    # --- counting ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count on a pool thread; while the page is not shown, when it next is."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._asked += 1
        asked, job = self._asked, self.counting()
        self.error = ""
        self._show()
        run_in_background(job, lambda result: self._computed(asked, result),
                          lambda exc: self._failed(asked, exc), owner=self)

    def _computed(self, asked: int, result: Any) -> None:
        if asked == self._asked:
            self.result = result
            self._show()

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.error = str(exc) or type(exc).__name__
            self._show()

    def _on_data_changed(self, changes: Any) -> None:
        changed = set(changes or {})
        if NAMED & changed:  # the first sync brings the names after the page was made
            self._names = Names.load(self._ctx.store)
            self._show()
        if self.moves_with(changed) and not self._reload_timer.isActive():  # at most one wait
            self._reload_timer.start()

    # --- saving --------------------------------------------------------------------------------------
    def save_as(self, fmt: str, title: str, filter_text: str, name: str, write: Callable[[Path], None]) -> None:
        """Ask where to save (`name` in the documents folder first), `write` there, and say how it went."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filter_text)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self, translate("Assessment", "Export failed"),
                                translate("Assessment", "The file was not written: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        self._ctx.bus.status_message.emit(translate("Assessment", "Saved %1").replace("%1", str(path)))

    # --- Qt ---------------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._names = Names.load(self._ctx.store)
            self.retranslate()
        super().changeEvent(event)


def clock(moment: datetime) -> str:
    """An instant in the city's time, to the minute."""
    return moment.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M")
