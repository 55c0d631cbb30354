"""What the administrator's dialogs share: asking the central service on a pool thread, saying how it
went in the officer's words, and reloading when the feed brings a change of what they show."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableWidget, QWidget

from dispatch_desk.sync.errors import AuthError, CentralError, OfflineError
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background

translate = QCoreApplication.translate  # the name lupdate looks for


def record_table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    """The read-only list of records a dialog's form edits one at a time: whole rows, one chosen."""
    table = QTableWidget(0, columns, parent, objectName=name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def refusal_words(exc: BaseException) -> str:
    """Why the central service changed nothing, in the administrator's words."""
    if isinstance(exc, OfflineError):
        return translate("AdminDialog", "The central service cannot be reached: this is changed there. "
                                        "Nothing was changed.")
    if isinstance(exc, AuthError):
        return translate("AdminDialog", "Your session has ended: sign in again.")
    if isinstance(exc, CentralError):
        if exc.code == "exists":
            return translate("AdminDialog", "This username is taken.")
        if exc.status == 403:
            return translate("AdminDialog", "Refused: %1").replace("%1", str(exc))
        return translate("AdminDialog", "The central service refused it: %1").replace("%1", str(exc))
    return translate("AdminDialog", "Not changed: %1").replace("%1", str(exc))


class AdminDialog(QDialog):
    """A dialog that changes records on the central service and shows them from the cache."""

    watches: frozenset[str] = frozenset()  # the kinds of record whose change reloads it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._asking = 0  # questions to the central service not answered yet
        self.notice = QLabel(self, objectName="adminNotice", wordWrap=True)
        ctx.bus.data_changed.connect(self._changed)

    @property
    def busy(self) -> bool:
        return self._asking > 0

    def _changed(self, changed: Any) -> None:
        if isinstance(changed, dict) and self.watches & set(changed):
            self.reload()

    def reload(self) -> None:
        """Show the records again from the cache."""

    def show_busy(self) -> None:
        """Enable the controls as `busy` allows."""

    def refused(self, exc: BaseException) -> str:
        """Why nothing was done, for the notice."""
        return refusal_words(exc)

    def ask(self, fn: Callable[[Any], Any], done: Callable[[Any], str], asking: str = "") -> None:
        """`fn(engine)` on a pool thread, saying `asking` meanwhile; then `done(result)` says how it went (or
        the refusal does)."""
        engine = self._ctx.engine
        if engine is None:
            self.notice.setText(self.refused(OfflineError("no central service")))
            return
        self._asking += 1
        self.show_busy()
        self.notice.setText(asking or translate("AdminDialog", "Asking the central service…"))

        def answered(result: Any) -> None:
            self._asking -= 1
            self.notice.setText(done(result))
            self.show_busy()

        def failed(exc: BaseException) -> None:
            self._asking -= 1
            self.notice.setText(self.refused(exc))
            self.show_busy()

        run_in_background(lambda: fn(engine), answered, failed, owner=self)
