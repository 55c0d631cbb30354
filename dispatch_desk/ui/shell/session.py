"""Signing an officer in: the per-officer cache, the sync engine, and the relay of its events.

`sign_in` blocks on the network and runs in a worker. When the central service cannot be reached, an
officer with a session remembered on this computer continues on the cache with changes queued.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal

from dispatch_desk.domain.records import Officer
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.errors import AuthError, OfflineError
from dispatch_desk.ui.context import AppBus
from dispatch_desk.ui.shell import prefs


@dataclass
class Session:
    engine: SyncEngine
    officer: Officer
    store_path: Path
    offline: bool  # signed in from the remembered session because the central service was unreachable


def data_dir() -> Path:
    return platformdirs.user_data_path("dispatch-desk", appauthor=False)


def cache_path(base: Path, central_url: str, username: str) -> Path:
    """One cache per officer and central service, so two officers sharing a desk never mix data."""
    parts = urlsplit(central_url)
    host = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{parts.hostname or 'local'}_{parts.port or ''}").strip("_")
    user = re.sub(r"[^A-Za-z0-9._-]+", "_", username)
    return base / "caches" / host / f"{user}.sqlite3"


def device_id() -> str:
    value = prefs.DEVICE_ID.get()
    if not value:
        value = str(uuid.uuid4())
        prefs.DEVICE_ID.set(value)
    return value


def sign_in(central_url: str, username: str, password: str, remember: bool, base: Path, device: str) -> Session:
    """Blocking; call from a worker. Raises AuthError or OfflineError with a message for people."""
    path = cache_path(base, central_url, username)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = SyncEngine(path, central_url, device)
    try:
        if password:
            try:
                return Session(engine, engine.login(username, password, remember), path, offline=False)
            except OfflineError:
                officer = engine.resume(username)
                if officer is None:
                    raise
                return Session(engine, officer, path, offline=True)
        officer = engine.resume(username)
        if officer is None:
            raise AuthError("No session is remembered for this officer on this computer; enter the password.")
        return Session(engine, officer, path, offline=engine.state().connection == "offline")
    except BaseException:
        engine.close()
        raise


class EngineRelay(QObject):
    """Carries the engine's callbacks (made on its own thread) to the bus on the main thread."""

    _event = Signal(str, object)

    def __init__(self, engine: SyncEngine, bus: AppBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        engine.subscribe(lambda kind, payload: self._event.emit(kind, payload))

    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "state":
            self.bus.sync_state_changed.emit(payload)
        elif kind == "changed":
            self.bus.data_changed.emit(payload)
