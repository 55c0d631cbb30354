"""Storing the change feed: one transaction per page with the cursor, replays harmless, every kind kept."""

from dataclasses import replace
from datetime import timedelta

import pytest

from dispatch_desk.domain import sla
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    Agency,
    IncidentAction,
    IncidentStatus,
    KnowledgeDoc,
    KnowledgeKind,
    Reading,
    Stationing,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import IncidentQuery

from .conftest import REGIONS, T0, change, incident


def snapshot(store):
    tables = ["incident", "incident_co_agency", "region", "sla_rule", "incident_action", "reading"]
    counts = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    hits = store.count_incidents(IncidentQuery(text="井盖"))
    return counts, hits, [store.get("incident", f"inc-{n:04d}") for n in range(5)]


def test_a_page_and_its_cursor_are_stored_together(store):
    store.apply_changes([change(201, incident(1))], 201)
    assert store.cursor() == 201
    with pytest.raises(KeyError):
        store.apply_changes(
            [
                change(202, incident(2)),
                Change(seq=203, entity="incident", key="x", op="upsert", data={"id": "x"}),
            ],
            203,
        )
    assert store.cursor() == 201
    assert store.get("incident", "inc-0002") is None


def test_replaying_a_page_changes_nothing(store):
    page = [change(300 + n, incident(n, co_agencies=("A-LH",))) for n in range(5)]
    page.append(
        change(
            310,
            IncidentAction("act-1", "inc-0001", "dispatch", "u1", T0, None, IncidentStatus.DISPATCHED),
            "incident_action",
        )
    )
    page.append(change(311, incident(3), op="delete"))
    store.apply_changes(page, 311)
    first = snapshot(store)
    store.apply_changes(page, 311)
    assert snapshot(store) == first
    assert first[0]["incident"] == 4 and first[0]["incident_co_agency"] == 4 and first[1] == 4


def test_incident_round_trips_exactly_through_its_columns(store):
    rich = incident(
        7,
        co_agencies=("A-LH", "A-SW"),
        supervised=True,
        description="Manhole cover missing, road side",
        registered_at=T0 + timedelta(microseconds=123456),
        resume_status=IncidentStatus.ACCEPTED,
        suspended_seconds=90,
        version=4,
        merged_into="inc-0001",
        operation="op-1",
        indicator="pm25",
    )
    store.apply_changes([change(201, rich)], 201)
    assert store.get("incident", rich.id) == to_wire(rich)
    assert store.get_incident(rich.id) == rich


def test_updates_and_deletes_keep_the_search_index_in_step(store):
    store.apply_changes([change(201, incident(1))], 201)
    assert store.count_incidents(IncidentQuery(text="井盖")) == 1
    store.apply_changes([change(202, incident(1, title="道路积水", address="外滩"))], 202)
    assert store.count_incidents(IncidentQuery(text="井盖")) == 0
    assert store.count_incidents(IncidentQuery(text="积水")) == 1
    store.apply_changes([change(203, incident(1), op="delete")], 203)
    assert store.count_incidents(IncidentQuery(text="积水")) == 0
    assert store.conn.execute("SELECT count(*) FROM incident").fetchone()[0] == 0


def test_changing_the_report_time_keeps_one_row_in_the_right_place(store):
    store.apply_changes([change(201, incident(1)), change(202, incident(2))], 202)
    store.apply_changes([change(203, incident(1, reported_at=T0 + timedelta(days=1)))], 203)
    rows = store.query_incidents(IncidentQuery())
    assert [r.id for r in rows] == ["inc-0001", "inc-0002"]
    assert store.count_incidents(IncidentQuery(text="井盖")) == 2


def test_incidents_reported_in_the_same_microsecond_are_all_kept(store):
    same = [incident(n, reported_at=T0) for n in range(5)]
    store.apply_changes([change(201 + n, i) for n, i in enumerate(same)], 210)
    store.bulk_load_incidents([incident(n, reported_at=T0) for n in range(5, 9)])
    assert (
        store.count_incidents(IncidentQuery(reported_from=T0, reported_to=T0 + timedelta(microseconds=1)))
        == 9
    )


def test_unknown_kinds_are_skipped(store):
    store.apply_changes([Change(seq=201, entity="hologram", key="h1", op="upsert", data={"x": 1})], 201)
    assert store.cursor() == 201


def test_reference_and_small_tables(store):
    agency = Agency("A-CG", "城管执法局", Stationing.RESIDENT, short_name="城管")
    store.apply_changes([change(201, agency, "agency", agency.code)], 201)
    ref = store.reference()
    assert ref.agencies == [agency]
    assert {r.code for r in ref.regions} == {r.code for r in REGIONS}
    assert store.rows("region", "json_extract(data, '$.parent') = ?", ["D01"])[0]["code"] == "S01"
    assert store.records("region", "key = ?", ["C"]) == [REGIONS[0]]


def test_readings_are_a_time_window_of_one_indicator(store):
    readings = [Reading("pm25", T0 + timedelta(seconds=s), 30.0 + s) for s in range(10)]
    keys = [f"pm25@{to_wire(r)['at']}" for r in readings]
    store.apply_changes(
        [change(201 + i, r, "reading", k) for i, (r, k) in enumerate(zip(readings, keys, strict=True))], 220
    )
    window = store.readings("pm25", T0 + timedelta(seconds=2), T0 + timedelta(seconds=5))
    assert window == [((T0 + timedelta(seconds=s)).timestamp(), 30.0 + s) for s in (2, 3, 4)]
    assert store.get("reading", keys[0]) == to_wire(readings[0])
    store.apply_changes([Change(seq=221, entity="reading", key=keys[0], op="delete")], 221)
    assert len(store.readings("pm25", T0)) == 9


def test_incident_actions_come_oldest_first(store):
    acts = [
        IncidentAction(
            f"act-{n}",
            "inc-0001",
            "comment",
            "u1",
            T0 + timedelta(minutes=m),
            None,
            IncidentStatus.REPORTED,
            note=f"n{n}",
        )
        for n, m in ((1, 5), (2, 1), (3, 3))
    ]
    store.apply_changes([change(201 + i, a, "incident_action") for i, a in enumerate(acts)], 210)
    assert [a.id for a in store.incident_actions("inc-0001")] == ["act-2", "act-3", "act-1"]


def test_knowledge_search_finds_chinese_words_and_follows_updates(store):
    doc = KnowledgeDoc(
        "k1", KnowledgeKind.PROCEDURE, "窨井盖管理办法", "井盖缺失应在两小时内设置警示", tags=("市政",)
    )
    other = KnowledgeDoc("k2", KnowledgeKind.CASE, "Flooding response", "Pumps at underpass 3")
    store.apply_changes([change(201, doc, "knowledge_doc"), change(202, other, "knowledge_doc")], 202)
    assert [d["id"] for d in store.search_knowledge("井盖")] == ["k1"]
    assert [d["id"] for d in store.search_knowledge("警示")] == ["k1"]
    assert [d["id"] for d in store.search_knowledge("underpass")] == ["k2"]
    store.apply_changes([change(203, replace(doc, body="内容更新"), "knowledge_doc")], 203)
    assert store.search_knowledge("警示") == []
    store.apply_changes([change(204, doc, "knowledge_doc", op="delete")], 204)
    assert store.search_knowledge("窨井") == []


def test_sla_rule_changes_move_near_overdue_windows(store):
    store.apply_changes([change(201, incident(1))], 201)  # dispatched: the accept stage, 60 min window
    due = incident(1).due_at
    assert store.query_incidents(IncidentQuery())[0].sla_near_at == due - timedelta(minutes=60)
    from dispatch_desk.domain.records import SlaRule, SlaStage

    rule = SlaRule("manhole", SlaStage.ACCEPT, 240, 30)
    store.apply_changes([change(202, rule, "sla_rule", "manhole:accept")], 202)
    assert store.query_incidents(IncidentQuery())[0].sla_near_at == due - timedelta(minutes=30)
    store.apply_changes([Change(seq=203, entity="sla_rule", key="manhole:accept", op="delete")], 203)
    # without a rule of its own the category takes the domain's default window for the stage
    default = sla.near_at(replace(incident(1), category="manhole"), sla.SlaPolicy())
    assert store.query_incidents(IncidentQuery())[0].sla_near_at == default == due - timedelta(minutes=30)
