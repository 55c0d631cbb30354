"""Issuing joint-command mutations on the thread pool, and saying why one was refused.

`engine.issue` decides the mutation on the cached records (`domain.command.decide`), stages the
optimistic change with its outbox row and returns; the main thread never waits for the cache's
write lock. The docks refresh through `bus.data_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from dispatch_desk.ui.command import words
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background

# Which entity a mutation's `id` argument names (for the change notice sent after it is staged).
_SUBJECT = {"task": "task", "log": "log_entry", "operation": "operation", "report": "sitrep"}


def refusal_text(exc: BaseException) -> str:
    code = str(getattr(exc, "code", "") or "")
    reason = getattr(exc, "reason", None) or str(exc)
    return words.refusal(code, reason) if code else reason


class CommandIssuer(QObject):
    issued = Signal(str, object, str)  # mutation name, args, mutation id
    refused = Signal(str, object, str)  # mutation name, args, translated reason

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._running = 0

    def busy(self) -> bool:
        return self._running > 0

    def issue(self, name: str, args: dict[str, Any]) -> None:
        engine = self._ctx.engine
        if engine is None:
            self.refused.emit(name, args, words.refusal("offline"))
            return
        self._running += 1
        payload = dict(args)

        def done(mutation_id: str) -> None:
            self._running -= 1
            entity = _SUBJECT.get(name.split(".", 1)[0], "operation")
            keys = {str(payload["id"])} if "id" in payload else set()
            changed: dict[str, set[str]] = {entity: keys, "log_entry": set()}
            if "operation" in payload:
                changed.setdefault("operation", set()).add(str(payload["operation"]))
            self._ctx.bus.data_changed.emit(changed)
            self.issued.emit(name, payload, mutation_id)

        def failed(exc: BaseException) -> None:
            self._running -= 1
            text = refusal_text(exc)
            self._ctx.bus.status_message.emit(text)
            self.refused.emit(name, payload, text)

        run_in_background(lambda: engine.issue(name, payload), done, failed, owner=self)
