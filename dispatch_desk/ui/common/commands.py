"""Issuing life-cycle actions as mutations, and saying in the officer's language why one is refused.

Every action of the UI ends in `issue()`: the sync engine runs the workflow on the cached state,
stages the optimistic change with its outbox row and returns; the queue and the detail refresh
through `bus.data_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_action

translate = QCoreApplication.translate  # the name lupdate looks for


class InFlight(QObject):
    """The officer's actions given but not yet in the cache: the desk marks them pending at once (the
    queue's rows in italics and its "saving" note), whatever the sync is doing, and unmarks them when
    the write is staged or refused. One per application (`in_flight()`)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._next = 0
        self._items: dict[int, tuple[str, str]] = {}  # token -> (action, incident id)

    def add(self, action: str, incident_ids: list[str]) -> list[int]:
        tokens = []
        for incident_id in incident_ids:
            self._next += 1
            self._items[self._next] = (action, incident_id)
            tokens.append(self._next)
        self.changed.emit()
        return tokens

    def done(self, tokens: list[int]) -> None:
        for token in tokens:
            self._items.pop(token, None)
        self.changed.emit()

    def count(self) -> int:
        return len(self._items)

    def incidents(self) -> frozenset[str]:
        return frozenset(incident_id for _action, incident_id in self._items.values())


_in_flight: InFlight | None = None


def in_flight() -> InFlight:
    global _in_flight
    if _in_flight is None:
        _in_flight = InFlight()
    return _in_flight


def saving_text(action: str) -> str:
    return translate("Issuer", "%1: saving…").replace("%1", labels.action_label(action))



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
    """Issues actions on the action lane (`tasks.run_action`) and reports back on the main thread.

    `engine.issue` takes the cache's write lock, which a sync page write may hold for a moment; the
    main thread never waits for it. Feedback is immediate: `pending` is emitted before `issue` returns,
    the action is marked in flight (`in_flight()`) and the status bar says it is being saved; the
    optimistic change shows when `issued` arrives, a refusal arrives as `refused`.
    """

    pending = Signal(str, str)  # action, incident id: given, not in the cache yet
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
        tokens = in_flight().add(action, [incident_id])
        self._ctx.bus.status_message.emit(saving_text(action))
        self.pending.emit(action, incident_id)

        bus = self._ctx.bus

        def done(mutation_id: str) -> None:
            in_flight().done(tokens)  # whoever asked: the in-flight mark never outlives its action
            if isValid(bus):
                bus.data_changed.emit({"incident": {incident_id}, "incident_action": {mutation_id}})
            if isValid(self):
                self._running -= 1
                self.issued.emit(action, incident_id, mutation_id)

        def failed(exc: BaseException) -> None:
            in_flight().done(tokens)
            text = _refusal_of(exc, action, status).text
            if isValid(self):
                self._running -= 1
                self.refused.emit(action, incident_id, text)
            elif isValid(bus):  # the pane that asked is gone: the officer still hears of it
                bus.status_message.emit(f"{labels.action_label(action)}: {text}")

        run_action(lambda: engine.issue(name, payload), done, failed)


def run_batch(ctx: AppContext, action: str, ids: list[str], parent: QWidget, names: Any = None) -> Any:
    """One action on many incidents. Dispatch first asks for the agency and deadline in a dialog (returned,
    already open); the others start at once. Refusals are reported together at the end."""
    from dispatch_desk.ui.common.dialogs import ActionDialog  # dialogs import this module, so not at the top

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

        self._ids, self._total = ids, len(ids)
        tokens = in_flight().add(action, list(ids))  # the rows are marked pending at once
        ctx.bus.status_message.emit(saving_text(action))

        def done(result: tuple[list[str], dict[str, str]]) -> None:
            in_flight().done(tokens)
            if isValid(self):
                self._done(result)

        run_action(work, done, lambda exc: done(([], {"": str(exc)})))

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
