"""The engine's observable state and the subscribers that watch it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

log = logging.getLogger(__name__)

Connection = Literal["online", "offline", "syncing"]
Listener = Callable[[str, object], None]


@dataclass(frozen=True)
class SyncState:
    connection: Connection = "offline"
    pending: int = 0  # mutations in the outbox, not yet acknowledged by the central service
    last_success: datetime | None = None  # end of the last push+pull that reached the server
    last_error: str = ""  # readable by a person; empty once a sync succeeds again
    conflicts: int = 0  # conflicts kept for the officer to re-issue or discard
    live: bool = False  # the live stream is open (otherwise the engine polls)


class Observers:
    """Holds the state and calls subscribers on the thread that changed it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = SyncState()
        self._listeners: list[Listener] = []

    def subscribe(self, fn: Listener) -> None:
        with self._lock:
            self._listeners.append(fn)

    def unsubscribe(self, fn: Listener) -> None:
        with self._lock:
            if fn in self._listeners:
                self._listeners.remove(fn)

    @property
    def state(self) -> SyncState:
        with self._lock:
            return self._state

    def update(self, **changes: object) -> SyncState:
        """Change the state; subscribers hear of it only when something actually changed."""
        with self._lock:
            new = replace(self._state, **changes)  # type: ignore[arg-type]
            if new == self._state:
                return new
            self._state = new
        self.emit("state", new)
        return new

    def changed(self, keys: dict[str, set[str]]) -> None:
        keys = {entity: set(k) for entity, k in keys.items() if k}
        if keys:
            self.emit("changed", keys)

    def emit(self, kind: str, payload: object) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for fn in listeners:
            try:
                fn(kind, payload)
            except Exception:  # a broken subscriber must not stop the sync
                log.exception("sync subscriber failed on %s", kind)
