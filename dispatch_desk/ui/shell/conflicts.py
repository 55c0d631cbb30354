"""The conflicts dialog: each change the central service refused, shown from both sides — what the
officer meant and the server's state with its reason — to re-issue or discard (with a reason)."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.forms.ui_conflicts import Ui_ConflictsDialog
from dispatch_desk.ui.tasks import run_in_background

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


def _field(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _pretty(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.ui.conflictList.currentItemChanged.connect(self._show)
        self.ui.reissueButton.clicked.connect(lambda: self._resolve("reissue"))
        self.ui.discardButton.clicked.connect(lambda: self._resolve("discard"))
        self.ui.discardReasonEdit.textChanged.connect(self._enable)
        self._count: int | None = None
        ctx.bus.sync_state_changed.connect(self._state_changed)
        self.reload()

    def _state_changed(self, state: object) -> None:
        # Sync reports its state many times a second while it works; the list only changes with the count.
        count = getattr(state, "conflicts", None)
        if count != self._count:
            self._count = count
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def reload(self) -> None:
        # the desk's own cache connection: the engine's would be another one opened on this thread
        conflicts = self.ctx.store.conflicts() if self.ctx.engine is not None else []
        keep = self._current_id()
        self.ui.conflictList.clear()
        for c in conflicts:
            mutation = _field(c, "mutation")
            name = _field(mutation, "name", default="?")
            args = _field(mutation, "args", default={}) or {}
            item = QListWidgetItem(f"{name}  {args.get('id', args.get('incident_id', ''))}".strip())
            item.setData(CONFLICT_ROLE, c)
            self.ui.conflictList.addItem(item)
            if _field(c, "id") == keep:
                self.ui.conflictList.setCurrentItem(item)
        if self.ui.conflictList.currentItem() is None and self.ui.conflictList.count():
            self.ui.conflictList.setCurrentRow(0)
        self._show(self.ui.conflictList.currentItem())

    def _current_id(self) -> str | None:
        item = self.ui.conflictList.currentItem()
        return _field(item.data(CONFLICT_ROLE), "id") if item else None

    def _show(self, item: QListWidgetItem | None) -> None:
        c = item.data(CONFLICT_ROLE) if item else None
        if c is None:
            self.ui.meantView.setPlainText("")
            self.ui.serverView.setPlainText("")
            self.ui.reasonView.setText(self.tr("No conflicts: every change was accepted."))
            self._enable()
            return
        mutation = _field(c, "mutation")
        self.ui.meantView.setPlainText(
            _pretty({"action": _field(mutation, "name"), "args": _field(mutation, "args"),
                     "at": _field(mutation, "client_time")})
        )
        server = _field(c, "server", "server_state", "state")
        self.ui.serverView.setPlainText(_pretty(server) or self.tr("(the record no longer exists)"))
        reason = _field(c, "reason", default="") or ""
        outcome = _field(c, "outcome", default="")
        self.ui.reasonView.setText(
            "<b>" + html.escape(self.tr("Why it was refused:")) + "</b> " + html.escape(f"{reason} ({outcome})"
                                                                                    if outcome else reason)
        )
        self._enable()

    def _enable(self) -> None:
        has = self.ui.conflictList.currentItem() is not None
        self.ui.reissueButton.setEnabled(has)
        self.ui.discardButton.setEnabled(has and bool(self.ui.discardReasonEdit.text().strip()))

    def _resolve(self, resolution: str) -> None:
        conflict_id = self._current_id()
        if conflict_id is None or self.ctx.engine is None:
            return
        reason = self.ui.discardReasonEdit.text().strip() if resolution == "discard" else ""
        for button in (self.ui.reissueButton, self.ui.discardButton):
            button.setEnabled(False)
        engine = self.ctx.engine
        run_in_background(
            lambda: engine.resolve_conflict(conflict_id, resolution, reason),
            on_done=lambda _r: self._resolved(),
            on_error=self._failed,
            owner=self,
        )

    def _resolved(self) -> None:
        self.ui.discardReasonEdit.clear()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not resolve the conflict"), str(exc))
        self.reload()
