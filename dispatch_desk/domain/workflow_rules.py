"""The status table of the incident life cycle and the argument readers the workflow uses.

Which statuses an action starts from is data here; what the action changes is code in `workflow`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.records import OPEN_STATUSES, IncidentStatus
from dispatch_desk.domain.workflow_actions import Action, Code, Refused

S = IncidentStatus

# Statuses with a running clock that a suspension can stop.
SUSPENDABLE = frozenset({S.REGISTERED, S.RETURNED, S.ESCALATED, S.DISPATCHED, S.ACCEPTED})

FROM_STATUSES: Mapping[Action, frozenset[IncidentStatus]] = {
    Action.REGISTER: frozenset({S.REPORTED, S.ESCALATED}),
    # dispatched → dispatched re-routes to another agency before it is accepted (also after a failed
    # verification, which sends the incident back to dispatched).
    Action.DISPATCH: frozenset({S.REGISTERED, S.RETURNED, S.ESCALATED, S.DISPATCHED}),
    Action.ACCEPT: frozenset({S.DISPATCHED}),
    Action.RETURN: frozenset({S.DISPATCHED, S.ACCEPTED}),
    Action.DISPOSE: frozenset({S.ACCEPTED}),
    Action.VERIFY: frozenset({S.DISPOSED}),
    Action.CLOSE: frozenset({S.VERIFIED}),
    Action.REOPEN: frozenset({S.CLOSED}),
    Action.ESCALATE: frozenset({S.REPORTED, S.REGISTERED, S.RETURNED, S.ESCALATED}),
    Action.SUSPEND: SUSPENDABLE,
    Action.APPROVE_SUSPENSION: SUSPENDABLE,
    Action.RESUME: frozenset({S.SUSPENDED}),
    Action.EXTEND: frozenset({S.REPORTED, S.REGISTERED, S.RETURNED, S.ESCALATED, S.DISPATCHED, S.ACCEPTED,
                              S.DISPOSED}),
    Action.SUPERVISE: frozenset(OPEN_STATUSES),
    Action.CANCEL: frozenset(OPEN_STATUSES),
    Action.MERGE: frozenset(OPEN_STATUSES - {S.SUSPENDED}),
    Action.COMMENT: frozenset(IncidentStatus),
}

# The status an action moves to when it always moves to the same one.
TO_STATUS: Mapping[Action, IncidentStatus] = {
    Action.REPORT: S.REPORTED,
    Action.REGISTER: S.REGISTERED,
    Action.DISPATCH: S.DISPATCHED,
    Action.ACCEPT: S.ACCEPTED,
    Action.RETURN: S.RETURNED,
    Action.DISPOSE: S.DISPOSED,
    Action.CLOSE: S.CLOSED,
    Action.REOPEN: S.REGISTERED,
    Action.ESCALATE: S.ESCALATED,
    Action.CANCEL: S.CANCELLED,
}

# Actions whose note is the point of the action: they are refused without one.
NOTE_REQUIRED: Mapping[Action, str] = {
    Action.RETURN: "A return needs a reason",
    Action.DISPOSE: "Disposal needs a result note",
    Action.REOPEN: "Reopening needs a reason",
    Action.ESCALATE: "Escalation needs a reason",
    Action.SUSPEND: "A suspension request needs a reason",
    Action.EXTEND: "An extension needs a reason",
    Action.CANCEL: "Cancelling needs a reason",
    Action.COMMENT: "A comment cannot be empty",
}


def status_refusal(action: Action, status: IncidentStatus) -> Refused | None:
    if status in FROM_STATUSES[action]:
        return None
    return Refused(f"Cannot {action.verb} an incident that is {status.value}", Code.WRONG_STATUS)


class BadArgs(Exception):
    """An argument is missing or malformed; the message is for people."""


def note(args: Mapping[str, Any], action: Action) -> str:
    """The free-text note of an action (`note`, or `reason` as the forms call it)."""
    text = args.get("note") or args.get("reason") or ""
    if not isinstance(text, str):
        raise BadArgs("The note must be text")
    text = text.strip()
    if not text and action in NOTE_REQUIRED:
        raise BadArgs(NOTE_REQUIRED[action])
    return text


def text(args: Mapping[str, Any], key: str, *, required: bool = False, limit: int = 2000) -> str:
    value = args.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadArgs(f"'{key}' must be text")
    value = value.strip()
    if required and not value:
        raise BadArgs(f"'{key}' is required")
    if len(value) > limit:
        raise BadArgs(f"'{key}' is longer than {limit} characters")
    return value


def optional_code(args: Mapping[str, Any], key: str) -> str | None:
    return text(args, key, limit=64) or None


def number(args: Mapping[str, Any], key: str, low: float, high: float) -> float:
    value = args.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BadArgs(f"'{key}' must be a number")
    if not low <= value <= high:
        raise BadArgs(f"'{key}' must be between {low} and {high}")
    return float(value)


def moment(args: Mapping[str, Any], key: str, *, required: bool = False) -> datetime | None:
    value = args.get(key)
    if value is None or value == "":
        if required:
            raise BadArgs(f"'{key}' is required")
        return None
    try:
        parsed = parse_time(value)
    except (TypeError, ValueError, AttributeError):
        raise BadArgs(f"'{key}' must be an ISO-8601 time") from None
    return parsed


def flag(args: Mapping[str, Any], key: str, default: bool | None = None) -> bool:
    value = args.get(key, default)
    if not isinstance(value, bool):
        raise BadArgs(f"'{key}' must be true or false")
    return value


def codes(args: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = args.get(key) or ()
    if isinstance(value, str) or not all(isinstance(v, str) and v for v in value):
        raise BadArgs(f"'{key}' must be a list of codes")
    return tuple(dict.fromkeys(value))  # keep order, drop repeats


MAX_PHOTOS = 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def photos(args: Mapping[str, Any]) -> list[str]:
    """Attachment ids (sha256 hex of the content) that an action refers to; kept in its history entry."""
    value = args.get("photos") or []
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise BadArgs("'photos' must be a list of attachment ids")
    if len(value) > MAX_PHOTOS:
        raise BadArgs(f"At most {MAX_PHOTOS} photos per action")
    if not all(isinstance(v, str) and _SHA256.match(v) for v in value):
        raise BadArgs("'photos' must hold sha256 attachment ids")
    return list(dict.fromkeys(value))
