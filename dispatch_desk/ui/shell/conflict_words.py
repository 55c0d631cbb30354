"""A refused change in the officer's words: what they meant, what the center has now, why, and what
they can do now (docs/architecture.md §4).

`gather()` runs on a pool thread: it reads the names the sentences need (incident titles, agencies,
officers, tasks, operations, log entries, reports) from the cache and asks the domain, through the
desk's own optimistic planning, whether the change would be allowed again on the cached state.
`words()` then builds the sentences on the main thread, in the language installed now, from what
was gathered; the server's English reason is kept apart (`Words.detail`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from dispatch_desk.domain import assessment
from dispatch_desk.domain.codec import parse_time
from dispatch_desk.ui.common import labels

translate = QCoreApplication.translate  # the name lupdate looks for

# argument -> the kind of record it names, for every mutation of the desk
_NAMED = {"lead_agency": "agency", "agency": "agency", "officer": "officer", "commander": "officer",
          "deputy": "officer", "operation": "operation", "incident": "incident", "final_report": "sitrep"}
_ID_KIND = {"incident": "incident", "operation": "operation", "task": "task", "log": "log_entry",
            "report": "sitrep", "alert": "alert", "seat": "operation"}


@dataclass(frozen=True)
class Facts:
    """What the sentences of one conflict need, read from the cache off the main thread."""

    conflict: Any  # store.pending.Conflict
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, key) -> a name people read
    seats: dict[str, tuple[str, str]] = field(default_factory=dict)  # seat id -> (officer id, agency code)
    reissue_code: str | None = None  # None: the domain allows it again on the cached state
    reissue_reason: str = ""

    def name(self, kind: str, key: Any) -> str:
        key = str(key or "")
        return self.names.get((kind, key)) or key


@dataclass(frozen=True)
class Words:
    meant: str  # the sentence of what the officer meant to do
    server: str  # the center's state now, in words
    why: str  # the refusal, translated by its code
    detail: str  # the server's own (English) reason
    can_reissue: bool
    next_step: str  # what they can do now, or why a re-issue is not possible
    technical: str  # the raw change and state, for the "technical details" expander
    title: str  # a short line for the list


def _display(kind: str, data: dict | None) -> str | None:
    if not data:
        return None
    if kind == "incident":
        return data.get("title") or data.get("code")
    if kind in ("agency",):
        return data.get("short_name") or data.get("name")
    if kind == "log_entry":
        text = str(data.get("text") or "")
        return text if len(text) <= 40 else text[:39] + "…"
    if kind == "alert":
        return data.get("message") or data.get("indicator")
    return data.get("title") or data.get("name")


def gather(store: Any, officer: Any, conflict: Any, now: datetime | None = None) -> Facts:
    """On a pool thread: the names and the re-issue verdict of `conflict` from `store`."""
    now = now or datetime.now(UTC)
    mutation = conflict.mutation
    args = dict(mutation.args or {})
    family = mutation.name.partition(".")[0]
    wanted: set[tuple[str, str]] = set()
    if family in _ID_KIND and isinstance(args.get("id"), str) and family != "seat":
        wanted.add((_ID_KIND[family], args["id"]))
    for arg, kind in _NAMED.items():
        if isinstance(args.get(arg), str):
            wanted.add((kind, args[arg]))
    for code in args.get("co_agencies") or ():
        if isinstance(code, str):
            wanted.add(("agency", code))
    state = conflict.state or {}
    names: dict[tuple[str, str], str] = {}
    seats: dict[str, tuple[str, str]] = {}
    records: dict[tuple[str, str], dict] = {}
    for kind, key in wanted:
        data = store.get(kind, key)
        if data is None and conflict.entity == kind and state.get("id", state.get("code")) == key:
            data = state  # a record the cache no longer has: named by the server's state
        if data is not None:
            records[(kind, key)] = data
            shown = _display(kind, data)
            if shown:
                names[(kind, key)] = str(shown)
    # the names behind the records: a task's agency, a seat's officer, the center's lead agency
    more: set[tuple[str, str]] = set()
    for source in [*records.values(), state]:
        for arg in ("agency", "lead_agency", "commander", "officer", "deputy", "struck_by"):
            if isinstance(source.get(arg), str):
                more.add(("officer" if arg in ("commander", "officer", "deputy", "struck_by") else "agency",
                          source[arg]))
        for seat in source.get("seats") or ():
            if isinstance(seat, dict):
                seats[str(seat.get("id"))] = (str(seat.get("officer") or ""), str(seat.get("agency") or ""))
                more.update({("officer", str(seat.get("officer"))), ("agency", str(seat.get("agency")))})
    if conflict.entity == "alert" and isinstance(state.get("incident_id"), str):
        more.add(("incident", state["incident_id"]))  # the incident the alert raised already
    for kind, key in more - set(names):
        shown = _display(kind, store.get(kind, key))
        if shown:
            names[(kind, key)] = str(shown)
    code, reason = _reissue_verdict(_Newest(store, conflict), officer, mutation, now)
    return Facts(conflict, names, seats, code, reason)


class _Newest:
    """The cache, except that the record of the conflict reads as the server's state the conflict came
    with when that is newer than the cached one (the feed may not have brought it yet): a re-issue is
    judged on the newest state the desk knows."""

    def __init__(self, store: Any, conflict: Any) -> None:
        self._store, self._conflict = store, conflict

    def _newer(self, entity: str, key: str, cached: dict | None) -> dict | None:
        state, c = self._conflict.state, self._conflict
        if not state or c.entity != entity or str(state.get("id")) != key:
            return cached
        if cached is None:
            return state
        try:
            newer = parse_time(state.get("updated_at")) > parse_time(cached.get("updated_at"))
        except (TypeError, ValueError):
            newer = False
        return state if newer or int(state.get("version") or 0) > int(cached.get("version") or 0) else cached

    def get(self, entity: str, key: str) -> dict | None:
        return self._newer(entity, key, self._store.get(entity, key))

    def get_incident(self, incident_id: str) -> Any:
        from dispatch_desk.domain.codec import from_wire
        from dispatch_desk.domain.records import Incident

        data = self.get("incident", incident_id)
        return None if data is None else from_wire(Incident, data)

    def reference(self) -> Any:
        return self._store.reference()


def _reissue_verdict(store: Any, officer: Any, mutation: Any, now: datetime) -> tuple[str | None, str]:
    """Whether the domain would allow the change again on the cached state, as (None, "") or (code, reason)."""
    from dispatch_desk.store.pending import new_mutation_id
    from dispatch_desk.sync import mutations
    from dispatch_desk.sync.errors import ActionRefused

    if officer is None:
        return "offline", ""
    policy = store.reference().policy()
    try:
        mutations.plan(mutation.name, new_mutation_id(), dict(mutation.args or {}), actor=officer, now=now,
                       policy=policy, get=store.get, get_incident=store.get_incident)
    except ActionRefused as exc:
        return exc.code or "forbidden", exc.reason
    return None, ""


# --- sentences ------------------------------------------------------------------------------------------


def _f(out: str, *values: Any) -> str:
    for n, value in enumerate(values, start=1):
        out = out.replace(f"%{n}", str(value))
    return out


def english() -> bool:
    return QLocale().language() != QLocale.Language.Chinese


def _time(value: Any) -> str:
    try:
        at = parse_time(value) if isinstance(value, str) else value
    except (TypeError, ValueError):
        return str(value or "")
    return labels.business_time(at) if at else ""


def meant(f: Facts) -> str:
    """What the officer meant to do, as a sentence with names."""
    m = f.conflict.mutation
    a = dict(m.args or {})
    family, _, verb = m.name.partition(".")
    if family == "incident":
        return _incident_sentence(f, verb, a)
    sentence = _COMMAND_SENTENCES.get(m.name)
    if sentence is not None:
        return sentence(f, a)
    if m.name == "alert.acknowledge":
        return _f(translate("ConflictWords", "Acknowledge the alert “%1”"), f.name("alert", a.get("id") or a.get("alert")))
    if m.name == "assessment.publish":
        period = assessment.requested_period(a)
        return _f(translate("ConflictWords", "Publish the assessment of %1"), period.label if period else "?")
    return _f(translate("ConflictWords", "Change “%1”"), m.name)


def _note(a: dict) -> str:
    text = str(a.get("note") or a.get("reason") or "").strip()
    return translate("ConflictWords", ": ") + text if text else ""


def _incident_sentence(f: Facts, verb: str, a: dict) -> str:
    title = f.name("incident", a.get("id") or a.get("incident"))
    agencies = lambda codes: translate("ConflictWords", ", ").join(f.name("agency", c) for c in codes)  # noqa: E731
    if verb == "dispatch":
        out = _f(translate("ConflictWords", "Dispatch the incident “%1” to %2"), title, f.name("agency", a.get("lead_agency"))) \
            if a.get("lead_agency") else _f(translate("ConflictWords", "Dispatch the incident “%1” to the category's agency"), title)
        if a.get("co_agencies"):
            out += _f(translate("ConflictWords", " (with %1)"), agencies(a["co_agencies"]))
        return out + _note(a)
    if verb == "verify":
        key = (translate("ConflictWords", "Verify the incident “%1”: passed") if a.get("passed")
               else translate("ConflictWords", "Verify the incident “%1”: not passed"))
        return _f(key, title) + _note(a)
    if verb == "suspend":
        return _f(translate("ConflictWords", "Ask to suspend the incident “%1” until %2"), title, _time(a.get("until"))) + _note(a)
    if verb == "extend":
        return _f(translate("ConflictWords", "Extend the deadline of the incident “%1” to %2"), title, _time(a.get("until"))) + _note(a)
    if verb == "approve_suspension":
        key = (translate("ConflictWords", "Approve the suspension of the incident “%1”") if a.get("approved", True)
               else translate("ConflictWords", "Refuse the suspension of the incident “%1”"))
        return _f(key, title) + _note(a)
    if verb == "merge":
        return _f(translate("ConflictWords", "Merge %1 duplicate(s) into the incident “%2”"), len(a.get("duplicates") or ()), title)
    if verb == "report":
        return _f(translate("ConflictWords", "Report the incident “%1”"), a.get("title") or title)
    simple = {
        "register": translate("ConflictWords", "Register the incident “%1”"),
        "accept": translate("ConflictWords", "Accept the incident “%1”"),
        "return": translate("ConflictWords", "Return the incident “%1”"),
        "dispose": translate("ConflictWords", "Mark the incident “%1” disposed"),
        "close": translate("ConflictWords", "Close the incident “%1”"),
        "reopen": translate("ConflictWords", "Reopen the incident “%1”"),
        "escalate": translate("ConflictWords", "Escalate the incident “%1” to the level above"),
        "resume": translate("ConflictWords", "Resume the suspended incident “%1”"),
        "supervise": translate("ConflictWords", "Supervise (督办) the incident “%1”"),
        "cancel": translate("ConflictWords", "Cancel the incident “%1”"),
        "comment": translate("ConflictWords", "Comment on the incident “%1”"),
    }.get(verb)
    if simple is None:
        return _f(translate("ConflictWords", "%1 the incident “%2”"), labels.action_label(verb), title) + _note(a)
    return simple.replace("%1", title) + _note(a)




def _seat_words(f: Facts, a: dict) -> tuple[str, str]:
    officer, agency = f.seats.get(str(a.get("seat") or ""), (a.get("officer", ""), a.get("agency", "")))
    return f.name("officer", officer), f.name("agency", agency)


def _op(f: Facts, a: dict, arg: str = "operation") -> str:
    return f.name("operation", a.get(arg))


def _task(f: Facts, a: dict) -> str:
    return f.name("task", a.get("id"))


_COMMAND_SENTENCES: dict[str, Any] = {
    "operation.create": lambda f, a: _f(translate("ConflictWords", "Create the joint command “%1”"), a.get("name") or _op(f, a, "id")),
    "operation.start": lambda f, a: _f(translate("ConflictWords", "Start the joint command “%1”"), a.get("name") or _op(f, a, "id")),
    "operation.set_level": lambda f, a: _f(translate("ConflictWords", "Set the response of “%1” to %2"), _op(f, a, "id"),
                                           labels.response_level(int(a.get("level") or 0))) + _note(a),
    "operation.transfer": lambda f, a: _f(translate("ConflictWords", "Hand command of “%1” over to %2"), _op(f, a, "id"),
                                          f.name("officer", a.get("commander"))) + _note(a),
    "operation.stand_down": lambda f, a: _f(translate("ConflictWords", "Stand down the joint command “%1”"), _op(f, a, "id")) + _note(a),
    "operation.close": lambda f, a: _f(translate("ConflictWords", "Close the joint command “%1”"), _op(f, a, "id")),
    "seat.open": lambda f, a: _f(translate("ConflictWords", "Open a liaison seat: %1 (%2)"), f.name("officer", a.get("officer")),
                                 f.name("agency", a.get("agency"))),
    "seat.close": lambda f, a: _f(translate("ConflictWords", "Close the liaison seat of %1 (%2)"), *_seat_words(f, a)),
    "seat.extend": lambda f, a: _f(translate("ConflictWords", "Extend the liaison seat of %1 (%2) to %3"), *_seat_words(f, a),
                                   _time(a.get("ends_at"))),
    "seat.check_in": lambda f, a: _f(translate("ConflictWords", "Check in %1 (%2)"), *_seat_words(f, a)),
    "seat.check_out": lambda f, a: _f(translate("ConflictWords", "Check out %1 (%2)"), *_seat_words(f, a)),
    "task.assign": lambda f, a: _f(translate("ConflictWords", "Assign the task “%1” to %2"), a.get("title") or "",
                                   f.name("agency", a.get("agency"))),
    "task.accept": lambda f, a: _f(translate("ConflictWords", "Accept the task “%1”"), _task(f, a)),
    "task.start": lambda f, a: _f(translate("ConflictWords", "Start the task “%1”"), _task(f, a)),
    "task.done": lambda f, a: _f(translate("ConflictWords", "Complete the task “%1”"), _task(f, a)) + _note(a),
    "task.complete": lambda f, a: _f(translate("ConflictWords", "Complete the task “%1”"), _task(f, a)) + _note(a),
    "task.note": lambda f, a: _f(translate("ConflictWords", "Write a progress note on the task “%1”"), _task(f, a)) + _note(a),
    "task.block": lambda f, a: _f(translate("ConflictWords", "Mark the task “%1” blocked"), _task(f, a)) + _note(a),
    "task.cancel": lambda f, a: _f(translate("ConflictWords", "Cancel the task “%1”"), _task(f, a)) + _note(a),
    "task.reassign": lambda f, a: (_f(translate("ConflictWords", "Reassign the task “%1” to %2"), _task(f, a), f.name("agency", a["agency"]))
                                   if a.get("agency") else _f(translate("ConflictWords", "Move the due time of the task “%1” to %2"),
                                                              _task(f, a), _time(a.get("due_at")))) + _note(a),
    "task.link": lambda f, a: _f(translate("ConflictWords", "Link the incident “%1” to the task “%2”"), f.name("incident", a.get("incident")),
                                 _task(f, a)),
    "task.unlink": lambda f, a: _f(translate("ConflictWords", "Unlink the incident “%1” from the task “%2”"),
                                   f.name("incident", a.get("incident")), _task(f, a)),
    "log.append": lambda f, a: _f(translate("ConflictWords", "Record in the command log: %1"), a.get("text") or ""),
    "log.strike": lambda f, a: _f(translate("ConflictWords", "Strike the log entry “%1”"), f.name("log_entry", a.get("id"))) + _note(a),
    "log.flag": lambda f, a: _f(translate("ConflictWords", "Mark the log entry “%1” significant")
                                if a.get("significant", True)
                                else translate("ConflictWords", "Mark the log entry “%1” not significant"),
                                f.name("log_entry", a.get("id"))),
    "report.draft": lambda f, a: _f(translate("ConflictWords", "Draft the situation report “%1”"), a.get("title") or ""),
    "report.edit": lambda f, a: _f(translate("ConflictWords", "Edit the situation report “%1”"), f.name("sitrep", a.get("id"))),
    "report.contribute": lambda f, a: _f(translate("ConflictWords", "Contribute the section of %1 to the report “%2”"),
                                         f.name("agency", a.get("agency")), f.name("sitrep", a.get("id"))),
    "report.publish": lambda f, a: _f(translate("ConflictWords", "Publish the situation report “%1”"), f.name("sitrep", a.get("id"))),
}




def _level(level: str) -> str:
    return {"city": translate("ConflictWords", "city level"), "district": translate("ConflictWords", "district level"),
            "street": translate("ConflictWords", "street level")}.get(level, level)


def server(f: Facts) -> str:
    """The center's state now, in words; or that the record is gone or out of sight."""
    c = f.conflict
    state = c.state
    if not state:
        if c.outcome == "rejected":
            return translate("ConflictWords", "Nothing was changed at the center.")
        return translate("ConflictWords", "The record no longer exists at the center, or it is outside your scope.")
    sep = translate("ConflictWords", "; ")
    parts: list[str] = []
    kind = c.entity or ""
    if kind == "incident":
        parts.append(_f(translate("ConflictWords", "Status: %1"), labels.status_label(state.get("status", ""))))
        if state.get("level"):
            parts.append(_f(translate("ConflictWords", "handled at %1"), _level(state["level"])))
        if state.get("lead_agency"):
            parts.append(_f(translate("ConflictWords", "lead agency: %1"), f.name("agency", state["lead_agency"])))
        if state.get("updated_at"):
            parts.append(_f(translate("ConflictWords", "last changed %1 (Beijing time)"), _time(state["updated_at"])))
        return _f(translate("ConflictWords", "The incident “%1” — "), _display("incident", state) or "") + sep.join(parts)
    if kind == "task":
        parts.append(_f(translate("ConflictWords", "Status: %1"), labels.task_status(state.get("status", ""))))
        parts.append(_f(translate("ConflictWords", "agency: %1"), f.name("agency", state.get("agency"))))
        if state.get("status") == "blocked" and state.get("blocked_reason"):
            parts.append(_f(translate("ConflictWords", "blocked because: %1"), state["blocked_reason"]))
        if state.get("status") == "cancelled" and state.get("note"):
            parts.append(_f(translate("ConflictWords", "cancelled because: %1"), state["note"]))
        who = f.names.get(("officer", str(state.get("updated_by") or "")))
        if who:
            parts.append(_f(translate("ConflictWords", "last changed by %1 at %2"), who, _time(state.get("updated_at"))))
        elif state.get("updated_at"):
            parts.append(_f(translate("ConflictWords", "last changed %1 (Beijing time)"), _time(state["updated_at"])))

        return _f(translate("ConflictWords", "The task “%1” — "), state.get("title", "")) + sep.join(parts)
    if kind == "operation":
        parts.append(_f(translate("ConflictWords", "Status: %1"), labels.operation_status(state.get("status", ""))))
        parts.append(labels.response_level(int(state.get("level") or 0)))
        if state.get("commander"):
            parts.append(_f(translate("ConflictWords", "commander: %1"), f.name("officer", state["commander"])))
        return _f(translate("ConflictWords", "The joint command “%1” — "), state.get("name", "")) + sep.join(parts)
    if kind == "log_entry":
        if state.get("struck"):
            parts.append(_f(translate("ConflictWords", "struck by %1: %2"), f.name("officer", state.get("struck_by")),
                            state.get("struck_reason", "")))
        else:
            parts.append(translate("ConflictWords", "not struck"))
        if state.get("significant"):
            parts.append(translate("ConflictWords", "marked significant"))
        return _f(translate("ConflictWords", "The log entry “%1” — "), _display("log_entry", state) or "") + sep.join(parts)
    if kind == "sitrep":
        if state.get("status") == "published":
            parts.append(_f(translate("ConflictWords", "published as No. %1"), state.get("number", "")))
        else:
            parts.append(translate("ConflictWords", "a draft"))
        return _f(translate("ConflictWords", "The situation report “%1” — "), state.get("title", "")) + sep.join(parts)
    if kind == "alert" and state.get("incident_id"):
        return _f(translate("ConflictWords", "The alert has raised the incident “%1”."),
                  f.name("incident", state.get("incident_id")))
    return translate("ConflictWords", "The center's record has changed since.")


def refusal(code: str, outcome: str, entity: str | None) -> str:
    """The refusal, translated by its stable code."""
    if code == "exists" and entity == "alert":
        return translate("ConflictWords", "This alert has already raised an incident; open that incident instead.")
    text = {
        "not_found": translate("ConflictWords", "The record no longer exists, or it is outside your scope."),
        "exists": translate("ConflictWords", "A record with this id exists already."),
        "bad_args": translate("ConflictWords", "Some details of the change are missing or invalid."),
        "wrong_status": translate("ConflictWords", "Someone else changed it first; now it is no longer possible."),
        "pending": translate("ConflictWords", "A suspension request is waiting for approval, or none is waiting."),
        "level": translate("ConflictWords", "The incident is handled at another level now."),
        "read_only": translate("ConflictWords", "Your role can only view."),
        "inactive": translate("ConflictWords", "Your account or your liaison seat is not active."),
        "out_of_scope": translate("ConflictWords", "It is outside your area, your agency or your seat."),
        "forbidden": translate("ConflictWords", "Your role may not do this."),
        "offline": translate("ConflictWords", "This session has no connection to the center."),
    }.get(code)
    if text is not None:
        return text
    if outcome == "rejected":
        return translate("ConflictWords", "The center did not accept the change.")
    return translate("ConflictWords", "The center's record had changed in the meantime.")


def technical(c: Any) -> str:
    body = {"id": c.id, "mutation": c.mutation.name, "args": c.mutation.args, "outcome": c.outcome,
            "code": getattr(c, "code", ""), "reason": c.reason, "entity": c.entity, "state": c.state,
            "issued_at": c.mutation.client_time.isoformat() if c.mutation.client_time else None}
    return json.dumps(body, ensure_ascii=False, indent=2, default=str)


def words(f: Facts) -> Words:
    """Every sentence of one conflict, in the language installed now (main thread)."""
    c = f.conflict
    code = getattr(c, "code", "") or ""
    if code == "exists" and c.entity == "alert":  # an alert raises one incident, ever (domain.alerting)
        can, next_step = False, translate("ConflictWords", "Open the incident it raised, and discard this change.")
    elif f.reissue_code is None:
        can, next_step = True, translate("ConflictWords", "Possible again now: re-issue it, or discard it.")
    else:
        why_not = refusal(f.reissue_code, "rejected", c.entity)
        if f.reissue_code == "bad_args" and f.reissue_reason:
            why_not = f"{why_not} ({f.reissue_reason})" if english() else why_not
        if f.reissue_code == code:
            next_step = translate("ConflictWords", "Not possible again yet, for the same reason: discard it.")
        else:
            next_step = _f(translate("ConflictWords", "Re-issuing is not possible now: %1 Discard it with a reason."),
                           why_not)
        can = False
    sentence = meant(f)
    return Words(meant=sentence, server=server(f), why=refusal(code, c.outcome, c.entity), detail=c.reason or "",
                 can_reissue=can, next_step=next_step, technical=technical(c), title=sentence)

