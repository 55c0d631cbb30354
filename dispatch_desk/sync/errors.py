"""What can go wrong when talking to the central service, in terms a caller can act on."""

from __future__ import annotations


class SyncError(Exception):
    """Base of the sync engine's errors; the message is readable by a person."""


class OfflineError(SyncError):
    """The central service cannot be reached (network down, service restarting, 5xx gateway)."""


class CertificateError(OfflineError):
    """The central service's TLS certificate cannot be verified (unknown authority, wrong host name,
    expired), or the CA bundle configured to verify it cannot be used. Verification is never turned
    off: the fix is a CA bundle that holds the issuing authority (setting `sync.ca_bundle`)."""


class AuthError(SyncError):
    """The credentials or the session are not accepted: wrong password, locked account, expired session.

    `code` is the central service's refusal code (`invalid_credentials`, `account_disabled`, ...), so
    a desk can say it in the officer's language; the message is the service's English text."""

    def __init__(self, message: str = "", code: str = "") -> None:
        super().__init__(message)
        self.code = code


class CentralError(SyncError):
    """The central service refused a request for a reason other than auth (invalid payload, ...)."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class ActionRefused(SyncError):
    """The domain workflow refuses the action against the cached state; nothing was staged."""

    def __init__(self, reason: str, code: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
