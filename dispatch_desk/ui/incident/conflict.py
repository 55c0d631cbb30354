"""The banner over an incident whose change the central service refused.

It says in the officer's words (`shell.conflict_words`) what they meant to do, why the center refused
it, the center's state of the incident now, and the two ways out: issue the action again (enabled
only when the workflow allows it on the cached state) or discard it. The conflicts and the names are
read on a pool thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell import conflict_words
from dispatch_desk.ui.tasks import run_in_background, worker_store

log = logging.getLogger(__name__)


def conflicts_of(store: Any, incident_id: str) -> list[Any]:
    """The open conflicts about `incident_id`, read from the desk's own cache connection."""
    out = []
    for c in store.conflicts():  # open ones only
        args = getattr(c.mutation, "args", {}) or {}
        if args.get("id") == incident_id or incident_id in (args.get("duplicates") or ()):
            out.append(c)
    return out


class ConflictBanner(QFrame):
    resolved = Signal(str)  # conflict id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self._ctx = ctx
        self.setStyleSheet(
            "#conflictBanner { background: #fff4e5; border: 1px solid #f0a030; border-radius: 4px; }")
        self.text = QLabel(self, objectName="conflictText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.reissue_button = QPushButton(self.tr("Issue again"), self, objectName="conflictReissue")
        self.reissue_button.setToolTip(self.tr("Send the same action again against the server's current state"))
        self.discard_button = QPushButton(self.tr("Discard my change"), self, objectName="conflictDiscard")
        self.discard_button.setToolTip(self.tr("Keep the server's state and drop the refused action"))
        self.refusal = QLabel(self, objectName="conflictRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #a11212")
        self.refusal.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reissue_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.refusal)
        layout.addLayout(buttons)
        self.reissue_button.clicked.connect(lambda: self.resolve("reissue"))
        self.discard_button.clicked.connect(lambda: self.resolve("discard"))
        self.conflict: Any = None
        self.facts: Any = None  # conflict_words.Facts of the conflict shown
        self._incident_id: str | None = None
        self._loading = 0
        self._more = 0
        self.hide()

    def set_incident(self, incident: Any) -> None:
        """Show the refused changes of `incident`, read with their names on a pool thread."""
        self.refusal.hide()
        self._incident_id = incident.id if incident is not None else None
        if incident is None or self._ctx.engine is None:
            self.conflict = self.facts = None
            self.hide()
            return
        path, officer, incident_id = self._ctx.store.path, self._ctx.officer, incident.id
        self._loading += 1

        def read() -> list[Any]:
            store = worker_store(path)
            return [conflict_words.gather(store, officer, c) for c in conflicts_of(store, incident_id)]

        run_in_background(read, lambda found: self._loaded(incident_id, found), self._load_failed, owner=self)

    def busy(self) -> bool:
        return self._loading > 0

    def _load_failed(self, exc: BaseException) -> None:
        self._loading -= 1
        log.warning("could not read the conflicts of an incident: %s", exc)

    def _loaded(self, incident_id: str, found: list[Any]) -> None:
        self._loading -= 1
        if incident_id != self._incident_id:
            return  # another incident was chosen meanwhile
        self.facts = found[0] if found else None
        self.conflict = self.facts.conflict if self.facts is not None else None
        self._more = len(found) - 1
        self._render()

    def _render(self) -> None:
        if self.facts is None:
            self.hide()
            return
        said = conflict_words.words(self.facts)
        head = self.tr("The operations center did not accept: %1").replace("%1", said.meant)
        why, now, can = self.tr("Why:"), self.tr("The center has now:"), self.tr("You can:")
        lines = [f"<b>{_esc(head)}</b>", _line(why, said.why), _line(now, said.server), _line(can, said.next_step)]
        if said.detail and conflict_words.english():
            said_by = self.tr("The center said: %1").replace("%1", said.detail)
            lines.append(f"<span style='color:#5f6368'>{_esc(said_by)}</span>")
        if self._more > 0:
            more = self.tr("%n more refused action(s) on this incident", "", self._more)
            lines.append(f"<i>{_esc(more)}</i>")
        self.text.setText("<br>".join(lines))
        self.text.setToolTip(self.tr("Details: %1").replace("%1", said.detail) if said.detail else "")
        self.reissue_button.setEnabled(said.can_reissue)
        self.reissue_button.setToolTip(
            self.tr("Send the same action again against the server's current state") if said.can_reissue
            else said.next_step)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.reissue_button.setText(self.tr("Issue again"))
            self.discard_button.setText(self.tr("Discard my change"))
            self.discard_button.setToolTip(self.tr("Keep the server's state and drop the refused action"))
            if self.facts is not None:
                self._render()
        super().changeEvent(event)

    def resolve(self, resolution: str) -> None:
        if self.conflict is None or self._ctx.engine is None:
            return
        conflict, engine = self.conflict, self._ctx.engine
        # A re-issue writes to the cache, which may be busy storing a sync page: not on the main thread.
        run_in_background(lambda: engine.resolve_conflict(conflict.id, resolution),
                          on_done=lambda _r: self._resolved(conflict.id),
                          on_error=lambda exc: self._refused(conflict, exc), owner=self)

    def _refused(self, conflict: Any, exc: BaseException) -> None:
        if type(exc).__name__ != "ActionRefused":
            raise exc
        # a re-issue the workflow refuses against the cached state (it moved since): say why, keep it
        why = conflict_words.refusal(str(getattr(exc, "code", "") or ""), "rejected", conflict.entity)
        self.refusal.setText(self.tr("Cannot issue it again: %1").replace("%1", why))
        self.refusal.show()

    def _resolved(self, conflict_id: str) -> None:
        if self.conflict is not None and self.conflict.id == conflict_id:
            self.conflict = None
            self.hide()
        self._ctx.bus.data_changed.emit({"incident": set(), "conflict": {conflict_id}})
        self.resolved.emit(conflict_id)


def _line(caption: str, text: str) -> str:
    """`caption text`; a Chinese caption ends in a full-width colon, which needs no space after it."""
    return _esc(caption) + ("" if caption.endswith("：") else " ") + _esc(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

