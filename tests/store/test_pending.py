"""Optimistic writes: outbox, shadows of the server's version, settling and conflicts (docs/architecture.md §4)."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import IncidentAction, IncidentStatus
from dispatch_desk.domain.wire import Mutation, MutationResult
from dispatch_desk.store import IncidentQuery, new_mutation_id

from .conftest import T0, change, incident


def accept(store, n=1, mid=None, note=""):
    """Stage an optimistic 'accept' of incident n: the incident row and a new action row."""
    m = Mutation(
        id=mid or new_mutation_id(),
        name="incident.accept",
        args={"id": f"inc-{n:04d}", "note": note},
        client_time=datetime(2026, 11, 28, 9, tzinfo=UTC),
    )
    optimistic = replace(incident(n), status=IncidentStatus.ACCEPTED, version=incident(n).version)
    action = IncidentAction(
        m.id, optimistic.id, "accept", "u1", T0, IncidentStatus.DISPATCHED, IncidentStatus.ACCEPTED, note=note
    )
    store.stage(
        m, [("incident", optimistic.id, to_wire(optimistic)), ("incident_action", m.id, to_wire(action))]
    )
    return m


@pytest.fixture
def fed(store):
    store.apply_changes([change(201, incident(1)), change(202, incident(2))], 202)
    return store


def test_staging_shows_the_optimistic_row_pending_and_queues_the_mutation(fed):
    m = accept(fed)
    assert fed.get_incident("inc-0001").status == IncidentStatus.ACCEPTED
    assert fed.is_pending("incident", "inc-0001")
    assert [r.id for r in fed.query_incidents(IncidentQuery(pending_only=True))] == ["inc-0001"]
    assert [a.id for a in fed.incident_actions("inc-0001")] == [m.id]
    assert fed.outbox() == [m]
    assert fed.pending_count() == 1


def test_feed_changes_to_a_pending_row_wait_in_its_shadow(fed):
    accept(fed)
    server = incident(1, title="井盖缺失（已复核）", version=2)
    changed = fed.apply_changes([change(203, server)], 203)
    assert changed == {}
    assert fed.get_incident("inc-0001").status == IncidentStatus.ACCEPTED
    assert fed.get_incident("inc-0001").title == "井盖缺失"


def test_applied_once_the_feed_caught_up_shows_the_server_version(fed):
    m = accept(fed)
    server = replace(incident(1), status=IncidentStatus.ACCEPTED, version=2, updated_at=T0)
    fed.apply_changes([change(205, server)], 205)
    changed = fed.settle([MutationResult(id=m.id, outcome="applied", seq=205)])
    assert changed["incident"] == {"inc-0001"}
    assert fed.get_incident("inc-0001") == server
    assert not fed.is_pending("incident", "inc-0001")
    assert fed.pending_count() == 0
    assert fed.conn.execute("SELECT count(*) FROM shadow").fetchone()[0] == 0


def test_applied_before_the_feed_caught_up_keeps_the_optimistic_row_until_it_does(fed):
    m = accept(fed)
    fed.settle([MutationResult(id=m.id, outcome="applied", seq=205)])
    row = fed.query_incidents(IncidentQuery(statuses=("accepted",)))
    assert [(r.id, r.pending) for r in row] == [("inc-0001", False)]
    server = replace(incident(1), status=IncidentStatus.ACCEPTED, version=2)
    fed.apply_changes([change(205, server)], 205)  # not pending any more: applied directly
    assert fed.get_incident("inc-0001") == server


def test_a_conflict_returns_the_row_to_the_server_state_and_keeps_the_intent(fed):
    m = accept(fed, note="到场处置")
    state = to_wire(replace(incident(1), status=IncidentStatus.RETURNED))
    changed = fed.settle(
        [MutationResult(id=m.id, outcome="conflict", reason="已被退回", entity="incident", state=state)]
    )
    assert changed == {"incident": {"inc-0001"}, "incident_action": {m.id}}
    assert fed.get_incident("inc-0001") == incident(1)
    assert fed.incident_actions("inc-0001") == []  # the optimistic action never existed on the server
    [c] = fed.conflicts()
    assert (c.id, c.outcome, c.reason, c.entity, c.state) == (m.id, "conflict", "已被退回", "incident", state)
    assert c.mutation == m
    assert fed.pending_count() == 0


def test_a_rejected_new_incident_disappears(fed):
    m = Mutation(id=new_mutation_id(), name="incident.report", args={"id": "inc-new"})
    fresh = incident(50, id="inc-new")
    fed.stage(m, [("incident", "inc-new", to_wire(fresh))])
    assert fed.count_incidents(IncidentQuery(text="井盖")) == 3
    fed.settle([MutationResult(id=m.id, outcome="rejected", reason="not permitted")])
    assert fed.get("incident", "inc-new") is None
    assert fed.count_incidents(IncidentQuery(text="井盖")) == 2
    assert fed.conflicts()[0].outcome == "rejected"


def test_a_row_stays_pending_until_its_last_mutation_settles(fed):
    m1 = accept(fed)
    m2 = Mutation(id=new_mutation_id(), name="incident.dispose", args={"id": "inc-0001"})
    disposed = replace(incident(1), status=IncidentStatus.DISPOSED)
    fed.stage(m2, [("incident", "inc-0001", to_wire(disposed))])
    fed.settle([MutationResult(id=m1.id, outcome="conflict", reason="x")])
    assert fed.get_incident("inc-0001").status == IncidentStatus.DISPOSED
    assert fed.is_pending("incident", "inc-0001")
    fed.apply_changes([change(210, replace(incident(1), status=IncidentStatus.DISPOSED, version=3))], 210)
    fed.settle([MutationResult(id=m2.id, outcome="applied", seq=210)])
    assert fed.get_incident("inc-0001").version == 3
    assert fed.outbox() == []


def test_a_replayed_answer_is_harmless(fed):
    m = accept(fed)
    result = MutationResult(id=m.id, outcome="conflict", reason="x")
    fed.settle([result])
    assert fed.settle([result]) == {}
    assert len(fed.conflicts()) == 1


def test_outbox_keeps_issue_order(fed):
    ids = [accept(fed, n=1 + i % 2).id for i in range(4)]
    assert [m.id for m in fed.outbox()] == ids
    assert [m.id for m in fed.outbox(limit=2)] == ids[:2]


def test_staging_is_all_or_nothing(fed):
    m = Mutation(id=new_mutation_id(), name="incident.accept", args={})
    with pytest.raises(KeyError):
        fed.stage(
            m,
            [
                ("incident", "inc-0001", to_wire(incident(1, status=IncidentStatus.ACCEPTED))),
                ("no_such_entity", "k", {}),
            ],
        )
    assert fed.outbox() == []
    assert fed.get_incident("inc-0001") == incident(1)
    assert not fed.is_pending("incident", "inc-0001")


def test_resolving_a_conflict(fed):
    m = accept(fed)
    fed.settle([MutationResult(id=m.id, outcome="conflict", reason="x")])
    again = fed.resolve_conflict(m.id, "reissue")
    assert (again.name, again.args) == (m.name, m.args) and again.id != m.id
    assert fed.conflicts() == []
    [kept] = fed.conflicts(include_resolved=True)
    assert kept.resolution == "reissue"
    m2 = accept(fed, n=2)
    fed.settle([MutationResult(id=m2.id, outcome="rejected", reason="y")])
    assert fed.resolve_conflict(m2.id, "discard", "duplicate report") is None
    with pytest.raises(KeyError):
        fed.resolve_conflict(m2.id, "discard")


def test_a_reissue_is_staged_with_its_resolution_or_not_at_all(fed):
    m = accept(fed)
    fed.settle([MutationResult(id=m.id, outcome="conflict", reason="x")])

    def refuse(again):
        raise ValueError("the workflow refuses it against the cached state")

    with pytest.raises(ValueError):
        fed.resolve_conflict(m.id, "reissue", restage=refuse)
    assert [c.id for c in fed.conflicts()] == [m.id]  # still open: nothing the officer meant is lost
    assert fed.pending_count() == 0

    optimistic = replace(incident(1), status=IncidentStatus.ACCEPTED)
    again = fed.resolve_conflict(m.id, "reissue", restage=lambda a: [("incident", "inc-0001", to_wire(optimistic))])
    assert fed.conflicts() == [] and [o.id for o in fed.outbox()] == [again.id]
    assert fed.get_incident("inc-0001").status is IncidentStatus.ACCEPTED


def test_mutation_ids_are_unique_and_time_ordered():
    ids = [new_mutation_id() for _ in range(200)]
    assert len(set(ids)) == 200
    assert all(len(i) == 36 and i[14] == "7" for i in ids)
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)


def test_settings_hold_json_values(store):
    store.set_setting("queues", [{"name": "我的待办", "statuses": ["dispatched"]}])
    assert store.get_setting("queues") == [{"name": "我的待办", "statuses": ["dispatched"]}]
    store.set_setting("queues", None)
    assert store.get_setting("queues", "none") == "none"


def test_attachments_are_content_addressed(store):
    sha = store.put_attachment(b"\x89PNG photo", "image/png")
    assert store.put_attachment(b"\x89PNG photo", "image/png") == sha
    assert store.attachment(sha) == b"\x89PNG photo" and store.attachment_mime(sha) == "image/png"
    assert store.unconfirmed_attachments() == [sha]
    store.confirm_attachment(sha)
    assert store.unconfirmed_attachments() == []
