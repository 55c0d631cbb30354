"""The banner over an incident whose change the central service refused.

It shows what the officer meant to do, why the server refused it, the server's state of the
incident now, and the two ways out: issue the action again (against the new state) or discard it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.queue import labels
from dispatch_desk.ui.tasks import run_in_background


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
        self.hide()

    def set_incident(self, incident: Any) -> None:
        found = conflicts_of(self._ctx.store, incident.id) if incident and self._ctx.engine else []
        self.conflict = found[0] if found else None
        self.refusal.hide()
        if self.conflict is None:
            self.hide()
            return
        c = self.conflict
        action = c.mutation.name.partition(".")[2]
        state = c.state or {}
        server = self.tr("Server state: %1").replace("%1", labels.status_label(state.get("status", "")))
        if state.get("lead_agency"):
            server += self.tr(", lead agency %1").replace("%1", str(state.get("lead_agency")))
        if state.get("updated_at"):
            server += self.tr(", changed %1").replace("%1", labels.business_time(_time(state["updated_at"])))
        head = self.tr("The central service refused your action “%1”.").replace("%1", labels.action_label(action))
        more = self.tr("%n more refused action(s) on this incident", "", len(found) - 1) if len(found) > 1 else ""
        reason = _esc(self._reason(c, action, state.get("status", "")))
        self.text.setText(f"<b>{_esc(head)}</b><br>{_esc(self.tr('Reason:'))} {reason}<br>{_esc(server)}"
                          + (f"<br><i>{_esc(more)}</i>" if more else ""))
        self.show()

    def _reason(self, c: Any, action: str, status: str) -> str:
        """The server's refusal in the officer's language where its kind is recognisable."""
        from dispatch_desk.ui.incident.actionbar import _code_of
        from dispatch_desk.ui.incident.commands import refusal_text

        code = _code_of(c.reason or "")
        return refusal_text(code, c.reason or "", action, status) if code else (c.reason or "")

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
        from dispatch_desk.ui.incident.commands import refusal_text

        # a re-issue the workflow refuses against the server's state: say why, keep the conflict
        action = conflict.mutation.name.partition(".")[2]
        status = (conflict.state or {}).get("status", "")
        why = refusal_text(getattr(exc, "code", ""), getattr(exc, "reason", str(exc)), action, status)
        self.refusal.setText(self.tr("Cannot issue it again: %1").replace("%1", why))
        self.refusal.show()

    def _resolved(self, conflict_id: str) -> None:
        if self.conflict is not None and self.conflict.id == conflict_id:
            self.conflict = None
            self.hide()
        self._ctx.bus.data_changed.emit({"incident": set(), "conflict": {conflict_id}})
        self.resolved.emit(conflict_id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _time(value: Any) -> Any:
    from dispatch_desk.domain.codec import parse_time

    try:
        return parse_time(value)
    except (TypeError, ValueError):
        return None
