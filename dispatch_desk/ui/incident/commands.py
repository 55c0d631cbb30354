"""Issuing life-cycle actions as mutations, and saying in the officer's language why one is refused.

Every action of the UI ends in `issue()`: the sync engine runs the workflow on the cached state,
stages the optimistic change with its outbox row and returns; the queue and the detail refresh
through `bus.data_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.queue import labels

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


def issue(ctx: AppContext, action: str, incident_id: str, args: dict[str, Any] | None = None,
          status: str = "") -> str:
    """Issue `incident.<action>` on `incident_id`; returns the mutation id or raises `Refusal`."""
    if ctx.engine is None:
        raise Refusal(refusal_text("offline", ""))
    payload = {"id": incident_id, **(args or {})}
    try:
        mutation_id = ctx.engine.issue(f"incident.{action}", payload)
    except Exception as exc:
        code = getattr(exc, "code", "")
        reason = getattr(exc, "reason", str(exc))
        if not code and type(exc).__name__ != "ActionRefused":
            raise
        raise Refusal(refusal_text(str(code), reason, action, status)) from exc
    ctx.bus.data_changed.emit({"incident": {incident_id}, "incident_action": {mutation_id}})
    return mutation_id


def run_batch(ctx: AppContext, action: str, ids: list[str], parent: QWidget, names: Any = None) -> Any:
    """One action on many incidents. Dispatch first asks for the agency and deadline in a dialog (returned,
    already open); the others run at once. Refusals are reported together at the end."""
    from dispatch_desk.ui.incident.dialogs import ActionDialog  # dialogs import this module

    if action != "dispatch":
        return apply_batch(ctx, action, ids, {}, parent)
    first = ctx.store.get_incident(ids[0])
    dialog = ActionDialog(ctx, action, first, parent=parent, names=names, batch=len(ids))
    dialog.accepted.connect(lambda: apply_batch(ctx, action, ids, dialog.args(), parent))
    dialog.open()
    return dialog


def apply_batch(ctx: AppContext, action: str, ids: list[str], args: dict[str, Any],
                parent: QWidget) -> dict[str, str]:
    """Returns {case number: refusal text} of the incidents that were refused."""
    refused: dict[str, str] = {}
    for incident_id in ids:
        incident = ctx.store.get_incident(incident_id)
        status = incident.status.value if incident else ""
        try:
            issue(ctx, action, incident_id, args, status)
        except Refusal as r:
            code = incident.code if incident and incident.code else incident_id[:8]
            refused[code] = r.text
    done = len(ids) - len(refused)
    message = QCoreApplication.translate("Batch", "%1: %2 of %3 done").replace(
        "%1", labels.action_label(action)).replace("%2", str(done)).replace("%3", str(len(ids)))
    ctx.bus.status_message.emit(message)
    if refused:
        details = "\n".join(f"{code}: {text}" for code, text in list(refused.items())[:20])
        box = QMessageBox(QMessageBox.Icon.Information, labels.action_label(action), f"{message}\n\n{details}",
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("batchReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the event loop: the officer keeps working while reading it
    return refused
