"""Issuing life-cycle actions as mutations, and saying in the officer's language why one is refused.

Every action of the UI ends in `issue()`: the sync engine runs the workflow on the cached state,
stages the optimistic change with its outbox row and returns; the queue and the detail refresh
through `bus.data_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.queue import labels
from dispatch_desk.ui.tasks import run_in_background

translate = QCoreApplication.translate  # the name lupdate looks for



def refusal_text(code: str, reason: str, action: str = "", status: str = "") -> str:
    """A refusal for people: translated by its stable code; the English reason where no translation says more."""
    if code == "wrong_status" and action and status:
        return translate("Refusals", "Cannot %1 an incident that is %2").replace("%1", labels.action_label(action)).replace(
            "%2", labels.status_label(status))
    by_code = {
        "not_found": translate("Refusals", "The incident is not in the cache"),
        "bad_args": translate("Refusals", "Some details are missing or invalid"),
        "wrong_status": translate("Refusals", "Not possible in the incident's current status"),
        "pending": translate("Refusals", "A suspension request is waiting for approval, or none is waiting"),
        "level": translate("Refusals", "The incident is handled at another level"),
        "read_only": translate("Refusals", "Your role can only view incidents"),
        "inactive": translate("Refusals", "Your account or temporary seat is not active"),
        "out_of_scope": translate("Refusals", "The incident is outside your area or agency"),
        "forbidden": translate("Refusals", "Your role may not do this"),
        "offline": translate("Refusals", "No engine to send actions to (read-only session)"),
    }
    text = by_code.get(code)
    if text is None:
        return reason
    if code == "bad_args" and reason:
        return f"{text}: {reason}"
    return text


class Refusal(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _refusal_of(exc: BaseException, action: str, status: str) -> Refusal:
    code = str(getattr(exc, "code", "") or "")
    reason = getattr(exc, "reason", None) or str(exc)
    if code or type(exc).__name__ == "ActionRefused":
        return Refusal(refusal_text(code, reason, action, status))
    return Refusal(reason)  # not signed in, a broken cache: still said to the officer, never swallowed


class Issuer(QObject):
    """Issues actions on the thread pool and reports back on the main thread.

    `engine.issue` takes the cache's write lock, which a sync page write may hold for a moment; the
    main thread never waits for it. The optimistic change shows when `issued` arrives (normally
    within milliseconds).
    """

    issued = Signal(str, str, str)  # action, incident id, mutation id
    refused = Signal(str, str, str)  # action, incident id, translated reason

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._running = 0

    def busy(self) -> bool:
        return self._running > 0

    def issue(self, action: str, incident_id: str, args: dict[str, Any] | None = None, status: str = "") -> None:
        engine = self._ctx.engine
        if engine is None:
            self.refused.emit(action, incident_id, refusal_text("offline", ""))
            return
        name = f"incident.{action}"
        payload = {"id": incident_id, **(args or {})}
        self._running += 1

        def done(mutation_id: str) -> None:
            self._running -= 1
            self._ctx.bus.data_changed.emit({"incident": {incident_id}, "incident_action": {mutation_id}})
            self.issued.emit(action, incident_id, mutation_id)

        def failed(exc: BaseException) -> None:
            self._running -= 1
            self.refused.emit(action, incident_id, _refusal_of(exc, action, status).text)

        run_in_background(lambda: engine.issue(name, payload), done, failed, owner=self)


def run_batch(ctx: AppContext, action: str, ids: list[str], parent: QWidget, names: Any = None) -> Any:
    """One action on many incidents. Dispatch first asks for the agency and deadline in a dialog (returned,
    already open); the others start at once. Refusals are reported together at the end."""
    from dispatch_desk.ui.incident.dialogs import ActionDialog  # dialogs import this module

    if action != "dispatch":
        return BatchRun(ctx, action, ids, {}, parent)
    first = ctx.store.get_incident(ids[0])
    dialog = ActionDialog(ctx, action, first, parent=parent, names=names, batch=len(ids))
    dialog.accepted.connect(lambda: setattr(dialog, "run", BatchRun(ctx, action, ids, dialog.args(), parent)))
    dialog.open()
    return dialog


class BatchRun(QObject):
    """One action over many incidents on one worker, in order; `finished` gives {case no.: refusal}."""

    finished = Signal(object)

    def __init__(self, ctx: AppContext, action: str, ids: list[str], args: dict[str, Any],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._action, self._parent = ctx, action, parent
        self.refused: dict[str, str] | None = None  # None while running
        # What the refusal texts need is read here, on the main thread's store.
        known = {i: ctx.store.get_incident(i) for i in ids}
        status = {i: (known[i].status.value if known[i] else "") for i in ids}
        codes = {i: (known[i].code if known[i] and known[i].code else i[:8]) for i in ids}
        engine = ctx.engine

        def work() -> tuple[list[str], dict[str, str]]:
            issued, refused = [], {}
            for incident_id in ids:
                if engine is None:
                    refused[codes[incident_id]] = refusal_text("offline", "")
                    continue
                try:
                    issued.append(engine.issue(f"incident.{action}", {"id": incident_id, **args}))
                except Exception as exc:  # each refusal is reported, the others still go
                    refused[codes[incident_id]] = _refusal_of(exc, action, status[incident_id]).text
            return issued, refused

        run_in_background(work, self._done, lambda exc: self._done(([], {"": str(exc)})), owner=self)
        self._ids, self._total = ids, len(ids)

    def _done(self, result: tuple[list[str], dict[str, str]]) -> None:
        issued, refused = result
        self.refused = refused
        ctx, action = self._ctx, self._action
        ctx.bus.data_changed.emit({"incident": set(self._ids), "incident_action": set(issued)})
        message = translate("Batch", "%1: %2 of %3 done").replace(
            "%1", labels.action_label(action)).replace("%2", str(len(issued))).replace("%3", str(self._total))
        ctx.bus.status_message.emit(message)
        if refused:
            details = "\n".join(f"{code}: {text}" for code, text in list(refused.items())[:20])
            box = QMessageBox(QMessageBox.Icon.Information, labels.action_label(action), f"{message}\n\n{details}",
                              QMessageBox.StandardButton.Ok, self._parent)
            box.setObjectName("batchReport")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not modal to the event loop: the officer keeps working while reading it
        self.finished.emit(refused)
