"""The cache follows the officer's scope as the server filters it: records leave when they leave the
scope, and arrive when the scope grows, without a full resync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.records import LogEntry, Operation, OperationStatus, Role, Task, TaskStatus
from tests.support.central import report_args
from tests.sync.conftest import PASSWORD, assert_cache_matches_server

OPERATION_ENTITIES = ("operation", "task", "log_entry", "sitrep")


def test_an_incident_re_dispatched_to_another_agency_leaves_the_first_agencys_cache(city, make_engine):
    city.create_officer("chen", Role.AGENCY_OFFICER, agency="CG", name="陈")
    ops, agency = make_engine(city.url, "ops"), make_engine(city.url, "agency")
    ops.login("wang", PASSWORD)
    agency.login("chen", PASSWORD)
    ops.sync_once()
    incident_id = report_args()["id"]
    ops.issue("incident.report", report_args(incident_id))
    ops.issue("incident.register", {"id": incident_id})
    ops.issue("incident.dispatch", {"id": incident_id, "lead_agency": "CG"})
    ops.sync_once()
    agency.sync_once()
    assert agency._store().get("incident", incident_id)["lead_agency"] == "CG"
    ops.issue("incident.dispatch", {"id": incident_id, "lead_agency": "SW", "note": "改派水务"})
    ops.sync_once()
    agency.sync_once()
    assert agency._store().get("incident", incident_id) is None
    assert_cache_matches_server(city, "chen", agency._store())


def test_a_liaison_joining_an_operation_receives_its_history_without_a_full_resync(city, make_engine):
    now = datetime.now(UTC)
    city.create_officer("liu", Role.LIAISON, agency="SW", name="刘")
    city.add(
        Operation("op-1", "防汛", "emergency", OperationStatus.ACTIVE, commander="o-wang", agencies=("SW",)),
        Task("t-1", "op-1", "SW", "泵站值守", TaskStatus.ASSIGNED, now, now),
        LogEntry("log-1", "op-1", now, "o-wang", "order", "启动防汛三级响应"),
    )
    commander, liaison = make_engine(city.url, "commander"), make_engine(city.url, "liaison")
    commander.login("wang", PASSWORD)
    liaison.login("liu", PASSWORD)
    commander.sync_once()
    liaison.sync_once()
    assert liaison._store().get("operation", "op-1") is None
    cursor = liaison._store().cursor()
    seat = commander.issue("seat.open", {"operation": "op-1", "officer": "o-liu", "agency": "SW",
                                         "ends_at": (now + timedelta(hours=2)).isoformat()})
    commander.sync_once()
    seen: dict[str, set[str]] = {}

    def note(kind: str, keys) -> None:
        if kind == "changed":
            for entity, changed in keys.items():
                seen.setdefault(entity, set()).update(changed)

    liaison.subscribe(note)
    liaison.sync_once()
    store = liaison._store()
    assert seen.keys() <= {"operation", "task", "log_entry", "officer"}  # only what the new scope added
    assert store.get("log_entry", "log-1")["text"] == "启动防汛三级响应"
    assert store.get("task", "t-1")["status"] == "assigned"
    assert liaison.officer.operations == ("op-1",)  # the engine follows its own officer record
    assert store.cursor() > cursor and seen["log_entry"] == {"log-1", f"{seat}.L1"}  # and the seat's opening
    assert store.get("log_entry", f"{seat}.L1")["event"] == "seat.open"
    assert_cache_matches_server(city, "liu", store, OPERATION_ENTITIES)
