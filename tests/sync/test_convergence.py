"""Two clients and the central service agree after syncing: optimistic edits, conflicts, offline queues."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.bench.cases_sync import _incidents as bench_incidents
from dispatch_desk.domain.records import Alert, AlertLevel, Operation, OperationStatus, Task, TaskStatus
from dispatch_desk.sync import ActionRefused, OfflineError
from tests.support.central import report_args
from tests.sync.conftest import (
    PASSWORD,
    applied_count,
    assert_cache_matches_server,
    server_view,
)


@pytest.fixture
def pair(city, make_engine):
    a = make_engine(city.url, "a")
    b = make_engine(city.url, "b")
    a.login("wang", PASSWORD)
    b.login("zhao", PASSWORD)
    a.sync_once()
    b.sync_once()
    return a, b


def test_an_issued_mutation_shows_at_once_as_pending_then_as_the_servers_version(city, pair):
    a, _ = pair
    incident_id = report_args()["id"]
    mutation_id = a.issue("incident.report", report_args(incident_id))
    store = a._store()
    assert store.get("incident", incident_id)["status"] == "reported"
    assert store.is_pending("incident", incident_id) and a.state().pending == 1
    assert store.get("incident_action", mutation_id)["incident_id"] == incident_id
    a.sync_once()
    assert not store.is_pending("incident", incident_id) and a.state().pending == 0
    assert applied_count(city, mutation_id) == 1
    assert_cache_matches_server(city, "wang", store)


def test_two_clients_converge(city, pair):
    a, b = pair
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id))
    a.sync_once()
    b.sync_once()
    assert b._store().get("incident", incident_id)["status"] == "reported"
    b.issue("incident.register", {"id": incident_id})
    b.issue("incident.dispatch", {"id": incident_id, "lead_agency": "CG"})
    a.issue("incident.comment", {"id": incident_id, "note": "居民再次来电"})
    for engine in (b, a, b):
        engine.sync_once()
    assert a._store().get("incident", incident_id)["status"] == "dispatched"
    assert_cache_matches_server(city, "wang", a._store())
    assert_cache_matches_server(city, "zhao", b._store())


def test_the_workflow_refuses_before_anything_is_staged(pair):
    a, _ = pair
    with pytest.raises(ActionRefused):
        a.issue("incident.dispatch", {"id": "no-such-incident", "lead_agency": "CG"})
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id))
    with pytest.raises(ActionRefused) as refused:
        a.issue("incident.close", {"id": incident_id})
    assert refused.value.reason
    assert a.state().pending == 1


def test_a_conflict_returns_the_cache_to_the_server_and_is_kept_until_resolved(city, pair):
    a, b = pair
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id))
    a.sync_once()
    b.sync_once()
    a.issue("incident.cancel", {"id": incident_id, "note": "重复上报"})
    b.issue("incident.register", {"id": incident_id})  # b has not seen the cancel yet
    events = []
    b.subscribe(lambda kind, payload: events.append((kind, payload)))
    a.sync_once()
    b.sync_once()
    assert b._store().get("incident", incident_id)["status"] == "cancelled"
    (conflict,) = b.conflicts()
    assert conflict.mutation.name == "incident.register" and conflict.reason
    assert b.state().conflicts == 1
    assert any(kind == "state" and payload.conflicts == 1 for kind, payload in events)
    assert any(kind == "changed" and incident_id in payload.get("incident", ()) for kind, payload in events)
    b.resolve_conflict(conflict.id, "discard", "a colleague cancelled it")
    assert b.conflicts() == [] and b.state().conflicts == 0
    assert_cache_matches_server(city, "zhao", b._store())


def test_a_reissued_conflict_is_staged_again_under_a_new_id(city, pair):
    a, b = pair
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id))
    a.sync_once()
    b.sync_once()
    a.issue("incident.register", {"id": incident_id})
    b.issue("incident.register", {"id": incident_id})
    a.sync_once()
    b.sync_once()
    (conflict,) = b.conflicts()
    with pytest.raises(ActionRefused):  # registering again is still refused: the conflict stays
        b.resolve_conflict(conflict.id, "reissue")
    assert len(b.conflicts()) == 1
    b.issue("incident.dispatch", {"id": incident_id, "lead_agency": "SW"})
    b.resolve_conflict(conflict.id, "discard", "dispatched instead")
    b.sync_once()
    a.sync_once()
    assert a._store().get("incident", incident_id)["lead_agency"] == "SW"


def test_offline_edits_queue_and_drain_when_the_central_comes_back(city, make_engine, proxy_to):
    proxy = proxy_to(city)
    a = make_engine(proxy.url, "a")
    a.login("wang", PASSWORD)
    a.sync_once()
    proxy.go_offline()
    ids = [report_args()["id"] for _ in range(5)]
    mutation_ids = [a.issue("incident.report", report_args(i)) for i in ids]
    mutation_ids.append(a.issue("incident.register", {"id": ids[0]}))
    with pytest.raises(OfflineError):
        a.sync_once()
    assert a.state().connection == "offline" and a.state().pending == 6
    assert a._store().get("incident", ids[0])["status"] == "registered"  # the officer's view, offline
    proxy.go_online()
    a.sync_once()
    assert a.state().connection == "online" and a.state().pending == 0
    assert [applied_count(city, m) for m in mutation_ids] == [1] * 6
    assert_cache_matches_server(city, "wang", a._store())


def test_alerts_log_and_tasks_are_optimistic_and_agree_with_the_server(city, pair):
    a, b = pair
    now = datetime.now(UTC)
    city.add(
        Operation(
            "op-1", "国庆保障", "major_event", OperationStatus.ACTIVE, commander="o-wang", agencies=("CG",)
        ),
        Task("t-1", "op-1", "CG", "外滩巡查", TaskStatus.ASSIGNED, now, now),
        Alert("al-1", AlertLevel.WARN, now, "PM2.5 超标", indicator="pm25", region="C"),
    )
    a.sync_once()
    b.sync_once()
    with pytest.raises(ActionRefused):
        a.issue("alert.acknowledge", {"id": "no-such-alert"})
    with pytest.raises(ActionRefused):  # zhao is neither command staff nor of the task's agency
        b.issue("task.start", {"id": "t-1"})
    entry_id = a.issue("log.append", {"operation": "op-1", "kind": "order", "text": "外滩区域限流"})
    store = a._store()
    later = (now + timedelta(hours=3)).isoformat()
    with pytest.raises(ActionRefused):
        a.issue("log.strike", {"id": entry_id})  # a reason is required
    ids = [
        entry_id,
        a.issue("log.strike", {"id": entry_id, "reason": "写错区域"}),
        a.issue("task.start", {"id": "t-1"}),
        a.issue("alert.acknowledge", {"id": "al-1"}),
        a.issue(
            "task.assign",
            {"id": "t-2", "operation": "op-1", "agency": "SW", "title": "排水", "due_at": later},
        ),
    ]
    assert store.get("operation", "op-1")["agencies"] == ["CG", "SW"]
    ids.append(a.issue("operation.close", {"id": "op-1"}))
    assert store.get("log_entry", entry_id)["struck"] is True
    assert store.get("task", "t-1")["status"] == "in_progress"
    assert store.get("alert", "al-1")["acknowledged_by"] == "o-wang"
    a.sync_once()
    assert [applied_count(city, m) for m in ids] == [1] * 6 and a.conflicts() == []
    server = server_view(city, "wang")
    assert server[("operation", "op-1")]["status"] == "closed"
    for key in (
        ("log_entry", entry_id),
        ("task", "t-1"),
        ("task", "t-2"),
        ("alert", "al-1"),
        ("operation", "op-1"),
    ):
        assert store.get(*key) == server[key]


def test_photos_upload_before_the_mutation_that_names_them(city, pair):
    a, _ = pair
    content = b"\x89PNG\r\n\x1a\n fake photo of the overflowing bin"
    sha256 = a._store().put_attachment(content, "image/png")
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id, photos=[sha256]))
    a.sync_once()
    assert a._store().unconfirmed_attachments() == []
    fetched = city.client("wang").get(f"/api/v1/attachments/{sha256}")
    assert fetched.status_code == 200 and fetched.content == content


def test_edits_made_while_the_central_restarts_drain_into_the_restarted_service(city, make_engine):
    a = make_engine(city.url, "a")
    a.login("wang", PASSWORD)
    a.sync_once()
    before = a.issue("incident.report", report_args())
    a.sync_once()
    city.stop()
    during = [a.issue("incident.report", report_args()) for _ in range(3)]
    with pytest.raises(OfflineError):
        a.sync_once()
    city.restart()  # same database, same port
    a.sync_once()  # same session: the tokens live in the central's database
    assert a.state().pending == 0
    assert [applied_count(city, m) for m in [before, *during]] == [1, 1, 1, 1]
    assert_cache_matches_server(city, "wang", a._store())


def test_a_merge_cancels_the_duplicates_optimistically_and_on_the_server(city, pair):
    a, b = pair
    kept, duplicate = report_args()["id"], report_args()["id"]
    a.issue("incident.report", report_args(kept, severity=2))
    a.issue("incident.report", report_args(duplicate, severity=3))
    a.sync_once()
    b.sync_once()
    merge_id = b.issue("incident.merge", {"id": kept, "duplicates": [duplicate], "note": "同一处垃圾"})
    store = b._store()
    assert store.get("incident", duplicate)["status"] == "cancelled"
    assert store.get("incident", duplicate)["merged_into"] == kept
    assert store.get("incident", kept)["severity"] == 3  # merging never makes a problem look less urgent
    b.sync_once()
    a.sync_once()
    assert applied_count(city, merge_id) == 1
    assert a._store().get("incident", duplicate)["merged_into"] == kept
    assert_cache_matches_server(city, "zhao", store)
    assert_cache_matches_server(city, "wang", a._store())


def test_a_conflict_reissued_once_the_incident_allows_it_again_is_applied(city, pair):
    a, b = pair
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id, street="S11", district="D1"))
    a.issue("incident.register", {"id": incident_id})
    a.sync_once()
    b.sync_once()
    until = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    a.issue("incident.suspend", {"id": incident_id, "until": until, "note": "等待管线施工"})
    a.issue("incident.approve_suspension", {"id": incident_id, "approved": True, "note": "同意"})
    a.sync_once()
    b.issue("incident.dispatch", {"id": incident_id, "lead_agency": "CG"})  # b still sees it registered
    b.sync_once()
    (conflict,) = b.conflicts()
    assert b._store().get("incident", incident_id)["status"] == "suspended"
    a.issue("incident.resume", {"id": incident_id, "note": "施工结束"})
    a.sync_once()
    b.sync_once()
    b.resolve_conflict(conflict.id, "reissue", "the suspension is over")
    assert b.conflicts() == [] and b.state().pending == 1
    b.sync_once()
    a.sync_once()
    assert a._store().get("incident", incident_id)["status"] == "dispatched"
    assert a._store().get("incident", incident_id)["lead_agency"] == "CG"
    assert_cache_matches_server(city, "zhao", b._store())


def test_arguments_travel_as_json_so_client_and_server_decide_on_the_same_values(city, pair):
    a, _ = pair
    incident_id = report_args()["id"]
    a.issue("incident.report", report_args(incident_id))
    a.issue("incident.register", {"id": incident_id})
    a.issue("incident.dispatch", {"id": incident_id, "lead_agency": "CG",
                                  "deadline": datetime.now(UTC) + timedelta(days=2)})  # fmt: skip
    (mutation,) = [m for m in a._store().outbox() if m.name == "incident.dispatch"]
    assert isinstance(mutation.args["deadline"], str)
    a.sync_once()
    assert a.state().pending == 0 and a.conflicts() == []
    assert_cache_matches_server(city, "wang", a._store())


def test_an_initial_sync_of_full_pages_leaves_the_cache_with_its_indexes_built(city, make_engine):
    a = make_engine(city.url, "a", page_size=1000)
    a.login("wang", PASSWORD)
    a.sync_once()  # the reference data first: the incident pages then go into an empty table
    city.load_incidents(bench_incidents(2000))
    a.sync_once()  # two full pages: nothing in the feed itself tells the cache the load is over
    store = a._store()
    assert store.conn.execute("SELECT count(*) FROM incident").fetchone()[0] == 2000
    assert store.get_setting("store.deferred_indexes") is None
