"""Incident queues: every filter, every sort, paging, and query plans that do not grow with the table."""

import random
from dataclasses import replace
from datetime import timedelta

import pytest

from dispatch_desk.domain.records import IncidentStatus, Severity, Source
from dispatch_desk.store import SORT_KEYS, IncidentQuery, queries
from dispatch_desk.store.queries import page_sql

from .conftest import T0, incident

STATUSES = [IncidentStatus.REPORTED, IncidentStatus.DISPATCHED, IncidentStatus.ACCEPTED, IncidentStatus.SUSPENDED,
            IncidentStatus.CLOSED, IncidentStatus.CANCELLED]  # fmt: skip
NOW = T0 + timedelta(hours=5)


def varied(n: int):
    rnd = random.Random(n)
    status = STATUSES[n % len(STATUSES)]
    street = ("S01", "S02", "S03")[n % 3]
    return incident(
        n,
        title=("井盖缺失", "道路积水", "Streetlight out")[n % 3],
        status=status,
        category=("manhole", "waterlogging")[n % 2],
        source=(Source.HOTLINE_12345, Source.VIDEO_AI, Source.GRID_PATROL)[n % 3],
        severity=Severity(1 + n % 4),
        street=street,
        district="D02" if street == "S03" else "D01",
        grid_cell=f"G{n % 5:03d}",
        lead_agency=("A-CG", "A-LH")[n % 2],
        co_agencies=("A-SW",) if n % 4 == 0 else (),
        supervised=n % 7 == 0,
        due_at=T0 + timedelta(hours=rnd.choice((2, 5.5, 7, 12))),
        updated_at=T0 + timedelta(minutes=rnd.randrange(1000)),
        reported_at=T0 + timedelta(minutes=n // 2),  # pairs share a report time: ties must page stably
    )


@pytest.fixture
def queue(store):
    records = [varied(n) for n in range(60)]
    store.bulk_load_incidents(records)
    return store, {r.id: r for r in records}


def ids(rows):
    return [r.id for r in rows]


def sla(r, now=NOW):
    """The domain's verdict, which the queue's SQL must agree with."""
    from dispatch_desk.domain.sla import SlaPolicy, sla_state

    from .conftest import SLA_RULES

    return sla_state(r, now, SlaPolicy(rules=SLA_RULES))[0].value


FILTERS = [
    (IncidentQuery(statuses=("dispatched", "accepted")), lambda r: r.status in ("dispatched", "accepted")),
    (IncidentQuery(categories=("waterlogging",)), lambda r: r.category == "waterlogging"),
    (IncidentQuery(sources=("video_ai",)), lambda r: r.source == "video_ai"),
    (IncidentQuery(severities=(3, 4)), lambda r: r.severity >= 3),
    (IncidentQuery(region="D02"), lambda r: r.district == "D02"),
    (IncidentQuery(region="S02"), lambda r: r.street == "S02"),
    (IncidentQuery(region="C"), lambda r: True),
    (IncidentQuery(grid_cell="G003"), lambda r: r.grid_cell == "G003"),
    (IncidentQuery(agency="A-SW"), lambda r: "A-SW" in r.co_agencies),
    (IncidentQuery(agency="A-LH"), lambda r: r.lead_agency == "A-LH"),
    (IncidentQuery(supervised=True), lambda r: r.supervised),
    (IncidentQuery(supervised=False), lambda r: not r.supervised),
    (IncidentQuery(open_only=True), lambda r: r.status not in ("closed", "cancelled")),
    (IncidentQuery(reported_from=T0 + timedelta(minutes=10), reported_to=T0 + timedelta(minutes=20)),
     lambda r: T0 + timedelta(minutes=10) <= r.reported_at < T0 + timedelta(minutes=20)),
    (IncidentQuery(bbox=(121.48, 31.0, 121.50, 31.5)), lambda r: 121.48 <= r.lon <= 121.50),
    (IncidentQuery(text="积水"), lambda r: "积水" in r.title),
    (IncidentQuery(text="street"), lambda r: "Street" in r.title),
    (IncidentQuery(sla=("overdue",), now=NOW), lambda r: sla(r) == "overdue"),
    (IncidentQuery(sla=("near",), now=NOW), lambda r: sla(r) == "near"),
    (IncidentQuery(sla=("ok",), now=NOW), lambda r: sla(r) == "ok"),
    (IncidentQuery(sla=("none",), now=NOW), lambda r: sla(r) == "none"),
    (IncidentQuery(sla=("near", "overdue"), now=NOW), lambda r: sla(r) in ("near", "overdue")),
    (IncidentQuery(text="井盖", open_only=True, region="D01", severities=(1, 2, 3), sla=("ok", "near"), now=NOW),
     lambda r: "井盖" in r.title and r.status not in ("closed", "cancelled") and r.district == "D01"
     and r.severity <= 3 and sla(r) in ("ok", "near")),
    (IncidentQuery(ids=("inc-0007", "inc-0012", "inc-0041", "no-such")), lambda r: r.id in ("inc-0007", "inc-0012", "inc-0041")),
    (IncidentQuery(ids=("inc-0007", "inc-0012", "inc-0041"), open_only=True),
     lambda r: r.id in ("inc-0007", "inc-0012", "inc-0041") and r.status not in ("closed", "cancelled")),
    (IncidentQuery(ids=tuple(f"inc-{n:04d}" for n in range(0, 60, 2)), sort="due_at"), lambda r: int(r.id[4:]) % 2 == 0),
    (IncidentQuery(categories=("manhole",), agency="A-SW", statuses=("reported", "accepted"), supervised=False),
     lambda r: r.category == "manhole" and "A-SW" in r.co_agencies and r.status in ("reported", "accepted")
     and not r.supervised),
]  # fmt: skip


@pytest.mark.parametrize(("q", "keep"), FILTERS, ids=[str(i) for i in range(len(FILTERS))])
def test_each_filter_and_combination_selects_exactly_its_incidents(queue, q, keep):
    store, records = queue
    expected = sorted((r for r in records.values() if keep(r)), key=lambda r: r.reported_at, reverse=True)
    got = store.query_incidents(q, limit=1000)
    assert set(ids(got)) == {r.id for r in expected}
    assert store.count_incidents(q) == len(expected)
    assert len(expected) > 0 or q.sla == ("ok",)


def sort_value(r, key):
    v = getattr(r, key)
    return int(v) if key == "severity" else v


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_key_orders_and_pages_stably(queue, key, descending):
    store, records = queue
    q = IncidentQuery(sort=key, descending=descending)
    full = store.query_incidents(q, limit=1000)
    assert len(full) == len(records)
    values = [sort_value(records[r.id], key) for r in full]
    if key == "due_at":  # ascending: running clocks, suspended, then closed (most urgent first)
        rank = {"suspended": 1, "closed": 2, "cancelled": 2}
        values = [(rank.get(records[r.id].status, 0), v) for r, v in zip(full, values, strict=True)]
    assert values == sorted(values, reverse=descending)
    pages = [row for offset in range(0, 60, 7) for row in store.query_incidents(q, offset=offset, limit=7)]
    assert ids(pages) == ids(full)


def test_pending_rows_are_marked(queue):
    store, _ = queue
    assert not any(r.pending for r in store.query_incidents(IncidentQuery(), limit=1000))


def test_punctuation_only_text_matches_nothing(queue):
    store, _ = queue
    assert store.query_incidents(IncidentQuery(text="，。!")) == []


def test_unknown_sort_or_sla_state_is_an_error(queue):
    store, _ = queue
    with pytest.raises(ValueError):
        store.query_incidents(IncidentQuery(sort="colour"))
    with pytest.raises(ValueError):
        store.query_incidents(IncidentQuery(sla=("late",)))


MAIN_QUEUES = [
    IncidentQuery(),
    IncidentQuery(descending=False),
    IncidentQuery(open_only=True),
    IncidentQuery(statuses=("dispatched",)),
    IncidentQuery(region="D01"),
    IncidentQuery(region="S02"),
    IncidentQuery(grid_cell="G001"),
    IncidentQuery(categories=("manhole",)),
    IncidentQuery(sort="due_at", descending=False),
    IncidentQuery(sort="severity"),
    IncidentQuery(sort="status"),
    IncidentQuery(sort="updated_at"),
    IncidentQuery(sort="code"),
    IncidentQuery(sort="category"),
    IncidentQuery(sort="lead_agency"),
    IncidentQuery(sort="street"),
    IncidentQuery(supervised=True),
    IncidentQuery(text="井盖"),
    IncidentQuery(text="井盖缺失", open_only=True),
    IncidentQuery(reported_from=T0, reported_to=T0 + timedelta(days=1)),
]


def plan_of(store, q, limit, table_rows):
    """The plan of what chooses the page (the subquery that picks the page's rids, when there is one);
    re-sorting the page's own rows afterwards is not counted."""
    sql, params = page_sql(store.conn, q, 0, limit, table_rows)
    rows = store.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    picks = [r[0] for r in rows if r[1] == 0 and r[3].startswith("LIST SUBQUERY")]
    if picks:
        keep = {picks[0]}
        for r in rows:  # rows come parents first
            if r[1] in keep:
                keep.add(r[0])
        rows = [r for r in rows if r[1] in keep]
    return " | ".join(r[3] for r in rows)


@pytest.mark.parametrize("q", MAIN_QUEUES, ids=[str(i) for i in range(len(MAIN_QUEUES))])
def test_a_page_walks_an_index_in_order_or_sorts_fewer_rows_than_the_cap(queue, q, monkeypatch):
    """Either way the cost of a page is bounded, whatever the size of the table."""
    store, _ = queue
    monkeypatch.setattr(queries, "MIN_CAP", 1)
    limit, table_rows = 5, 60
    cap = queries._cap(0, limit, table_rows)
    plan = plan_of(store, q, limit, table_rows)
    if "TEMP B-TREE" in plan:
        assert queries.filter_first(store.conn, q, 0, limit, table_rows), plan
        assert store.count_incidents(q) < cap
    table_walk = any(part.strip() == "SCAN incident" for part in plan.split("|"))
    assert not table_walk or q.sort == "reported_at", plan  # the table itself is in report-time order


def test_a_broad_filter_walks_the_sort_index_and_a_narrow_one_reads_its_own(queue, monkeypatch):
    store, _ = queue
    monkeypatch.setattr(queries, "MIN_CAP", 1)
    monkeypatch.setattr(queries, "CAP_FACTOR", 1)  # cap 17 of the 60 incidents
    broad = plan_of(store, IncidentQuery(open_only=True, sort="severity"), 5, 60)
    assert "incident_severity" in broad and "TEMP B-TREE" not in broad, broad
    narrow = plan_of(store, IncidentQuery(grid_cell="G001", sort="severity"), 5, 60)
    assert "incident_grid_cell" in narrow, narrow
    by_time = plan_of(store, IncidentQuery(grid_cell="G001"), 5, 60)
    assert "incident_grid_cell" in by_time and "TEMP B-TREE" not in by_time, by_time
    text = plan_of(store, IncidentQuery(text="井盖 缺失"), 5, 60)
    assert text.startswith("SCAN incident_fts") and "TEMP B-TREE" not in text, text
    narrow_text = plan_of(store, IncidentQuery(text="井盖", grid_cell="G001"), 5, 60)
    assert "incident_grid_cell" in narrow_text, narrow_text  # not every match of a common word


def test_report_time_range_is_a_key_range(queue):
    store, _ = queue
    q = IncidentQuery(reported_from=T0, reported_to=T0 + timedelta(minutes=3), sort="severity")
    plan = plan_of(store, q, 100, 60)
    assert "rowid>? AND rowid<?" in plan.replace("=", ""), plan


def test_changes_show_in_queues_at_once(queue):
    store, records = queue
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.wire import Change

    r = records["inc-0001"]
    moved = replace(r, status=IncidentStatus.CLOSED)
    store.apply_changes([Change(seq=999, entity="incident", key=r.id, op="upsert", data=to_wire(moved))], 999)
    assert "inc-0001" not in ids(store.query_incidents(IncidentQuery(open_only=True), limit=1000))
