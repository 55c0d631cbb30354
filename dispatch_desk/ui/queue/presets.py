"""The queues an officer works from: the preset ones of the life cycle and the officer's saved ones.

A queue is a name and an `IncidentQuery`. Saved queues live in the cache's settings (per officer),
so they survive restarts and never sit in a flat file that could be half written. They are written
on a pool thread (`ui.tasks.store_setting`); until the write lands, the desk shows the new list.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain import duty
from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.records import IncidentStatus, Officer
from dispatch_desk.store import IncidentQuery
from dispatch_desk.store import duty as store_duty
from dispatch_desk.ui import tasks

translate = QCoreApplication.translate  # the name lupdate looks for

# Fields of a saved query that are moments in time (stored as ISO text).
_TIME_FIELDS = ("reported_from", "reported_to")
_TUPLE_FIELDS = ("statuses", "categories", "sources", "severities", "sla", "also")


@dataclass(frozen=True)
class Queue:
    key: str  # "preset:<name>" or "saved:<n>"
    title: str
    query: IncidentQuery
    saved: bool = False



def preset_queues(officer: Officer) -> list[Queue]:
    """The life-cycle queues, in the order of the work; scope-bound ones only when the officer has that scope."""
    s = IncidentStatus
    queues = [
        Queue("preset:all_open", translate("Queues", "All open"), IncidentQuery(open_only=True)),
        # Escalated incidents wait to be registered again at the level above (the feed only brings them there).
        Queue(
            "preset:to_register",
            translate("Queues", "To register"),
            IncidentQuery(statuses=(s.REPORTED.value, s.ESCALATED.value)),
        ),
        Queue(
            "preset:to_dispatch",
            translate("Queues", "To dispatch"),
            IncidentQuery(statuses=(s.REGISTERED.value, s.RETURNED.value)),
        ),
    ]
    if officer.agency:
        queues.append(
            Queue(
                "preset:to_accept",
                translate("Queues", "My agency to accept"),
                IncidentQuery(statuses=(s.DISPATCHED.value,), agency=officer.agency),
            )
        )
    queues += [
        Queue("preset:in_disposal", translate("Queues", "In disposal"), IncidentQuery(statuses=(s.ACCEPTED.value,))),
        Queue("preset:to_verify", translate("Queues", "To verify"), IncidentQuery(statuses=(s.DISPOSED.value,))),
        Queue(
            "preset:overdue",
            translate("Queues", "Overdue"),
            IncidentQuery(sla=("overdue",), open_only=True, sort="due_at", descending=False),
        ),
        Queue(
            "preset:near",
            translate("Queues", "Near due"),
            IncidentQuery(sla=("near",), open_only=True, sort="due_at", descending=False),
        ),
    ]
    if officer.region:
        queues.append(
            Queue("preset:my_street", translate("Queues", "My area"), IncidentQuery(region=officer.region, open_only=True))
        )
    queues.append(
        Queue("preset:supervised", translate("Queues", "Supervised"), IncidentQuery(supervised=True, open_only=True))
    )
    return queues


SHIFT_KEY = "preset:my_shift"


def shift_queue(store: Any, officer: Officer, now: datetime) -> Queue | None:
    """"My shift": while the officer is on duty, what their shift answers for (`store.duty.shift_query`)."""
    shift = duty.current(store_duty.shifts(store, officer.id), officer.id, now)
    if shift is None:
        return None
    return Queue(SHIFT_KEY, shift_title(), store_duty.shift_query(store, shift))


def shift_title() -> str:
    return translate("Queues", "My shift")


def saved_setting_key(officer: Officer) -> str:
    return f"queue.saved.{officer.id}"


def query_to_dict(q: IncidentQuery) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(q):
        if f.name == "now":
            continue  # a saved queue always means "as of when it is opened"
        value = getattr(q, f.name)
        if value == f.default:
            continue
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def query_from_dict(data: dict[str, Any]) -> IncidentQuery:
    known = {f.name for f in dataclasses.fields(IncidentQuery)}
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known or name == "now":
            continue
        if name in _TIME_FIELDS:
            value = parse_time(value)
        elif name in _TUPLE_FIELDS:
            value = tuple(value)
        kwargs[name] = value
    return IncidentQuery(**kwargs)


def _saved_entries(store: Any, officer: Officer) -> list[dict[str, Any]]:
    """The officer's saved queues as the desk last decided them: written, or still being written."""
    key = saved_setting_key(officer)
    entries = tasks.unsaved_setting(store.path, key, None)
    if entries is None:
        entries = store.get_setting(key, []) or []
    return list(entries)


def saved_queues(store: Any, officer: Officer) -> list[Queue]:
    out = []
    for n, entry in enumerate(_saved_entries(store, officer)):
        try:
            out.append(Queue(f"saved:{n}", str(entry["name"]), query_from_dict(entry["query"]), saved=True))
        except (KeyError, TypeError, ValueError):
            continue  # an entry written by a newer version; keep the others usable
    return out


def save_queue(store: Any, officer: Officer, name: str, query: IncidentQuery) -> None:
    """Save (or replace) a queue of the officer. The tabs show it at once; the cache stores it on a
    pool thread, so the main thread never waits for the sync writer's lock."""
    entries = [e for e in _saved_entries(store, officer) if e.get("name") != name]
    entries.append({"name": name, "query": query_to_dict(query)})
    tasks.store_setting(store.path, saved_setting_key(officer), entries)


def delete_saved_queue(store: Any, officer: Officer, name: str) -> None:
    entries = [e for e in _saved_entries(store, officer) if e.get("name") != name]
    tasks.store_setting(store.path, saved_setting_key(officer), entries)


NOTHING = "__none__"  # a value no row has: the queue and the filter ask for disjoint sets


def combine(base: IncidentQuery, overlay: dict[str, Any]) -> IncidentQuery:
    """The queue's query narrowed by the filter bar.

    A list the queue already restricts (statuses, ...) is intersected with the filter's; any other
    field the filter sets replaces the queue's.
    """
    if not overlay:
        return base
    changes: dict[str, Any] = {}
    for name, value in overlay.items():
        current = getattr(base, name)
        if name in _TUPLE_FIELDS and current and value:
            both = tuple(v for v in current if v in value)
            changes[name] = both or ((0,) if name == "severities" else (NOTHING,))
        else:
            changes[name] = value
    return dataclasses.replace(base, **changes)
