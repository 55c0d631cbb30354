"""Client side of sync (docs/architecture.md §4): session, optimistic mutations, outbox push, change pull, live stream.

No Qt here: the engine runs on its own threads and reports through `subscribe` callbacks.
"""

from dispatch_desk.sync.engine import SyncEngine
from dispatch_desk.sync.errors import (
    ActionRefused,
    AuthError,
    CentralError,
    CertificateError,
    OfflineError,
    SyncError,
)
from dispatch_desk.sync.state import SyncState

__all__ = [
    "ActionRefused",
    "AuthError",
    "CentralError",
    "CertificateError",
    "OfflineError",
    "SyncEngine",
    "SyncError",
    "SyncState",
]
