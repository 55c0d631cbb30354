"""Joint command in the cache: the command log's filters, paging and full-text index, task boards,
situation reports, the incidents of an operation's area and the after-action timeline."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    IncidentStatus,
    KnowledgeDoc,
    KnowledgeKind,
    LogEntry,
    LogKind,
    Operation,
    OperationStatus,
    ReportStatus,
    SituationReport,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.wire import Mutation, MutationResult, Outcome
from dispatch_desk.store import LogQuery, Store, command, migrations, new_mutation_id
from dispatch_desk.store.opening import connect

from .conftest import T0, change, incident

AREA = (((121.47, 31.22), (121.49, 31.22), (121.49, 31.24), (121.47, 31.24), (121.47, 31.22)),)
OP = Operation(
    "op-1", "台风“海葵”防御", "emergency", OperationStatus.ACTIVE, "o-cmd", area=AREA, agencies=("A-CG", "A-SW"),
    started_at=T0, created_at=T0 - timedelta(hours=1),
)  # fmt: skip


def entry(n: int, **changes) -> LogEntry:
    base = LogEntry(
        id=f"op-1.e{n:03d}", operation="op-1", at=T0 + timedelta(minutes=n), author="o-cmd",
        kind=LogKind.INFO.value, text=f"第{n}条记录", agency="A-CG",
    )  # fmt: skip
    return replace(base, **changes)


def feed(store: Store, *records, op: str = "upsert") -> None:
    entity_of = {LogEntry: "log_entry", Task: "task", Operation: "operation", SituationReport: "sitrep"}
    seq = store.cursor()
    changes = []
    for r in records:
        seq += 1
        entity = entity_of.get(type(r), "incident")
        changes.append(change(seq, r, entity, r.id, op=op))
    store.apply_changes(changes, seq)


def ids(entries) -> list[str]:
    return [e.id for e in entries]


def found(store: Store, text: str) -> set[str]:
    q = LogQuery(text=text)
    page = store.command.log_page("op-1", q)
    assert store.command.log_count("op-1", q) == len(page)
    return {e.id.removeprefix("op-1.") for e in page}


@pytest.fixture
def logged(store):
    feed(
        store,
        OP,
        entry(1, text="东海堤防巡查发现渗水点两处", kind=LogKind.REPORT.value, agency="A-SW"),
        entry(2, text="命令各单位进入一级戒备", kind=LogKind.ORDER.value, significant=True),
        entry(3, text="道路积水严重，已调派排水车", agency="A-SW"),
        entry(4, text="任务完成：清理下水道口（城管）", kind=LogKind.SYSTEM.value, automatic=True,
              event="task.done", subject="t-1"),
        entry(5, text="决定封闭滨江大道", kind=LogKind.DECISION.value, struck=True, struck_by="o-cmd",
              struck_at=T0 + timedelta(hours=1), struck_reason="记录有误，封闭的是外滩隧道"),
        entry(6, text="积水点已排除", agency="A-SW", significant=True),
        replace(entry(7, text="另一行动的记录"), id="op-2.e007", operation="op-2"),
    )  # fmt: skip
    return store


# --- the log


def test_the_log_is_newest_first_and_counted(logged):
    c = logged.command
    assert ids(c.log_page("op-1", LogQuery())) == [f"op-1.e{n:03d}" for n in (6, 5, 4, 3, 2, 1)]
    assert c.log_count("op-1", LogQuery()) == 6
    assert c.log_count("op-2", LogQuery()) == 1
    assert c.log_count("nowhere", LogQuery()) == 0
    assert c.log_entry("op-1.e005").struck_reason == "记录有误，封闭的是外滩隧道"


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (LogQuery(agencies=("A-SW",)), {1, 3, 6}),
        (LogQuery(agencies=("A-SW", "A-CG")), {1, 2, 3, 4, 5, 6}),
        (LogQuery(agencies=("A-GA",)), set()),
        (LogQuery(kinds=("order", "decision")), {2, 5}),
        (LogQuery(kinds=("system",)), {4}),
        (LogQuery(significant_only=True), {2, 6}),
        (LogQuery(automatic=True), {4}),
        (LogQuery(automatic=False), {1, 2, 3, 5, 6}),
        (LogQuery(include_struck=False), {1, 2, 3, 4, 6}),
        (LogQuery(agencies=("A-SW",), significant_only=True), {6}),
        (LogQuery(kinds=("info",), include_struck=False, automatic=False, text="积水"), {3, 6}),
    ],
)
def test_filters_narrow_the_log_and_its_count_alike(logged, q, expected, search_from):
    page = logged.command.log_page("op-1", q)
    assert {int(e.id[-3:]) for e in page} == expected
    assert logged.command.log_count("op-1", q) == len(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("积水", {"e003", "e006"}),  # a two-character word
        ("渗水", {"e001"}),
        ("堤防", {"e001"}),
        ("积水 排水车", {"e003"}),  # two words, both must be there
        ("积水 堤防", set()),
        ("一级戒备", {"e002"}),
        ("外滩隧道", {"e005"}),  # the reason of a strike is searched too
        ("记录有误", {"e005"}),
        ("滨江", {"e005"}),  # and a struck entry's own text
        ("下水道", {"e004"}),  # automatic entries
        ("记录", {"e005"}),  # op-2's entry has the word, but is another operation's
        ("，。", set()),
        ("台风", set()),
    ],
)
def test_full_text_finds_chinese_words(logged, typed, expected, search_from):
    assert found(logged, typed) == expected


@pytest.fixture(params=["matches", "index"])
def search_from(request, monkeypatch):
    """A search starts from the full-text matches when they are few, else walks the operation's
    index: both ways find the same."""
    if request.param == "index":
        monkeypatch.setattr(command, "FEW_MATCHES", 0)
    return request.param


def test_a_strike_arriving_later_makes_its_reason_searchable(logged, search_from):
    struck = replace(entry(3, text="道路积水严重，已调派排水车", agency="A-SW"), struck=True, struck_by="o-cmd",
                     struck_at=T0 + timedelta(hours=2), struck_reason="重复报送")  # fmt: skip
    feed(logged, struck)
    assert found(logged, "重复报送") == {"e003"}
    assert found(logged, "积水") == {"e003", "e006"}
    assert logged.command.log_count("op-1", LogQuery(include_struck=False)) == 4


def test_changed_text_replaces_its_terms_and_a_delete_removes_them(logged):
    feed(logged, entry(6, text="泵站恢复运行", agency="A-SW", significant=True))
    assert found(logged, "积水") == {"e003"}
    assert found(logged, "泵站") == {"e006"}
    feed(logged, entry(3), op="delete")
    assert found(logged, "积水") == set()
    assert found(logged, "排水") == set()
    assert logged.conn.execute("SELECT count(*) FROM log_fts").fetchone()[0] == 6  # 5 of op-1, 1 of op-2
    assert logged.conn.execute("SELECT count(*) FROM log_fts WHERE log_fts MATCH '排水'").fetchone()[0] == 0


def test_paging_is_stable_and_entries_of_one_instant_are_ordered_by_id(store):
    same = T0 + timedelta(hours=3)
    entries = [entry(n, at=same if n % 3 == 0 else T0 + timedelta(seconds=n)) for n in range(1, 61)]
    # a whole second and a fraction of the same second: the fraction is later
    entries += [
        entry(61, at=T0 + timedelta(hours=4)),
        entry(62, at=T0 + timedelta(hours=4, microseconds=250_000)),
    ]
    feed(store, OP, *reversed(entries))
    expected = sorted(entries, key=lambda e: (e.at, e.id), reverse=True)
    pages = [store.command.log_page("op-1", LogQuery(), offset=o, limit=7) for o in range(0, 70, 7)]
    assert [e.id for p in pages for e in p] == ids(expected)
    assert ids(expected[:2]) == ["op-1.e062", "op-1.e061"]
    assert store.command.log_page("op-1", LogQuery(), offset=62) == []
    with pytest.raises(ValueError, match="negative"):
        store.command.log_page("op-1", LogQuery(), offset=-1)


def test_a_log_query_refuses_what_it_cannot_mean():
    with pytest.raises(ValueError, match="unknown log kind"):
        LogQuery(kinds=("orders",))
    with pytest.raises(TypeError, match="tuple of strings"):
        LogQuery(agencies="A-CG")  # type: ignore[arg-type]
    assert LogQuery(kinds=["order"]).kinds == ("order",)  # type: ignore[arg-type]


def test_log_reads_are_index_reads(logged):
    """The page, the count and the filters walk log_entry_operation_at in order and never read a
    row of the table (its virtual columns come from the index; the table cursor's seek is deferred
    and never done, which EXPLAIN QUERY PLAN does not call "covering")."""
    root = logged.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'log_entry'").fetchone()[0]
    where = "operation = ? AND agency IN (?) AND kind IN (?) AND flags & 2 AND flags & 4 = 0"
    for sql in (
        f"SELECT count(*) FROM log_entry WHERE {where}",
        f"SELECT rowid FROM log_entry WHERE {where} ORDER BY at DESC, key DESC LIMIT 200",
    ):
        params = ("op-1", "A-SW", "info")
        plan = " ".join(r[3] for r in logged.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "INDEX log_entry_operation_at" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
        program = logged.conn.execute(f"EXPLAIN {sql}", params).fetchall()
        table = {r[2] for r in program if r[1] == "OpenRead" and r[3] == root}
        reads = [
            r for r in program if r[1] in ("Column", "Rowid", "SeekRowid", "NotExists") and r[2] in table
        ]
        assert table and not reads, reads
    for sql, index in (
        ("SELECT data FROM task WHERE json_extract(data, '$.operation') = ? AND json_extract(data, '$.agency') = ?",
         "task_operation_agency"),
        ("SELECT data FROM task WHERE json_extract(data, '$.operation') = ? AND ? IS NOT NULL", "task_operation_agency"),
        ("SELECT data FROM sitrep WHERE json_extract(data, '$.operation') = ? AND ? IS NOT NULL", "sitrep_operation"),
    ):  # fmt: skip
        plan = " ".join(r[3] for r in logged.conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("op-1", "A-CG")))
        assert f"INDEX {index}" in plan, plan


# --- optimistic rows


def stage_entry(store: Store, e: LogEntry) -> Mutation:
    m = Mutation(id=new_mutation_id(), name="log.append",
                 args={"operation": e.operation, "text": e.text, "kind": e.kind, "id": e.id},
                 client_time=T0)  # fmt: skip
    store.stage(m, [("log_entry", e.id, to_wire(e))])
    return m


def test_a_pending_entry_is_listed_searched_and_counted_until_it_is_refused(logged):
    c = logged.command
    m = stage_entry(logged, entry(9, text="离线记录：沿江堤防加固完毕", agency="A-SW"))
    assert ids(c.log_page("op-1", LogQuery(agencies=("A-SW",)), limit=1)) == ["op-1.e009"]
    assert found(logged, "加固") == {"e009"}
    assert c.pending("log_entry", ["op-1.e009", "op-1.e001"]) == {"op-1.e009"}
    logged.settle([MutationResult(id=m.id, outcome=Outcome.REJECTED, reason="not permitted")])
    assert found(logged, "加固") == set()
    assert c.log_count("op-1", LogQuery()) == 6
    assert c.pending("log_entry", ["op-1.e009"]) == frozenset()


def test_a_pending_strike_shows_struck_and_its_reason_is_found(logged):
    struck = replace(entry(1, text="东海堤防巡查发现渗水点两处", kind=LogKind.REPORT.value, agency="A-SW"),
                     struck=True, struck_by="o-cmd", struck_at=T0, struck_reason="位置报错")  # fmt: skip
    m = Mutation(
        id=new_mutation_id(), name="log.strike", args={"id": struck.id, "reason": "位置报错"}, client_time=T0
    )
    logged.stage(m, [("log_entry", struck.id, to_wire(struck))])
    assert found(logged, "位置报错") == {"e001"}
    assert "op-1.e001" not in ids(logged.command.log_page("op-1", LogQuery(include_struck=False)))
    with pytest.raises(KeyError):
        logged.command.pending("incident", ["x"])


# --- migration of an existing cache


def test_a_cache_from_before_joint_command_gets_the_log_index_when_opened(tmp_path):
    path = tmp_path / "old.db"
    conn = connect(path)
    migrations.migrate(conn, upto=7)
    rows = [
        entry(1, text="防汛物资已到位"),
        entry(2, text="积水点已排除", struck=True, struck_reason="重复记录"),
        replace(entry(3, text="积水"), operation="op-2", id="op-2.e003"),
    ]
    conn.executemany(
        "INSERT INTO log_entry (key, data) VALUES (?, ?)",
        [(e.id, json.dumps(to_wire(e), ensure_ascii=False)) for e in rows],
    )
    task = Task("t-1", "op-1", "A-CG", "清理下水道口", TaskStatus.ASSIGNED, T0, T0)
    conn.execute(
        "INSERT INTO task (key, data) VALUES (?, ?)", (task.id, json.dumps(to_wire(task), ensure_ascii=False))
    )
    doc = KnowledgeDoc("k-1", KnowledgeKind.PROCEDURE, "防汛预案", "积水处置流程")
    conn.execute("INSERT INTO knowledge_doc (key, data) VALUES (?, ?)", (doc.id, json.dumps(to_wire(doc))))
    conn.execute("INSERT INTO setting (key, value) VALUES ('store.search_terms_version', '1')")
    conn.close()
    with Store.open(path) as store:
        assert migrations.current_version(store.conn) == len(migrations.available())
        assert found(store, "积水") == {"e002"}
        assert found(store, "重复") == {"e002"}
        assert found(store, "物资") == {"e001"}
        assert store.command.log_count("op-1", LogQuery(include_struck=False)) == 1
        assert ids(store.command.tasks("op-1")) == ["t-1"]
        assert [d["id"] for d in store.search_knowledge("积水")] == ["k-1"]
        assert store.command.reports("op-1") == []
    with Store.open(path) as again:  # built once: the terms version is recorded
        assert again.get_setting("store.log_search_terms_version") is not None
        assert again.conn.execute("SELECT count(*) FROM log_fts").fetchone()[0] == 3


def test_situation_reports_are_cached_now(store):
    """Before 0008 the cache had no sitrep table: a feed page with a report failed."""
    report = SituationReport("r-1", "op-1", "第一期", ReportStatus.DRAFT, "o-cmd", T0)
    feed(store, OP, report)
    assert store.command.report("r-1") == report


# --- operations, tasks, reports


def test_operations_running_first_then_newest(store):
    ops = [
        replace(OP, id="op-old", status=OperationStatus.CLOSED, started_at=T0 - timedelta(days=9)),
        replace(OP, id="op-planned", status=OperationStatus.PLANNED, started_at=None, created_at=T0 + timedelta(days=1)),
        replace(OP, id="op-a", started_at=T0 - timedelta(days=1)),
        replace(OP, id="op-b", status=OperationStatus.STAND_DOWN, started_at=T0),
    ]  # fmt: skip
    feed(store, *ops)
    assert ids(store.command.operations()) == ["op-b", "op-a", "op-planned", "op-old"]
    assert ids(store.command.operations(include_closed=False)) == ["op-b", "op-a", "op-planned"]
    assert store.command.operation("op-a") == ops[2]
    assert store.command.operation("nope") is None


def test_tasks_by_due_time_none_last_then_title(store):
    def task(tid, agency, title, due):
        return Task(tid, "op-1", agency, title, TaskStatus.ASSIGNED, T0, T0, due_at=due)

    tasks = [
        task("t-1", "A-CG", "乙", None),
        task("t-2", "A-SW", "甲", T0 + timedelta(hours=2)),
        task("t-3", "A-CG", "丙", T0 + timedelta(hours=1)),
        task("t-4", "A-CG", "甲", None),
        task("t-5", "A-CG", "丁", T0 + timedelta(hours=1)),
        replace(task("t-6", "A-CG", "甲", T0), operation="op-2"),
    ]
    feed(store, *tasks)
    # titles in code point order, as the queues sort them: 丁 (U+4E01) < 丙 (U+4E19), 乙 (U+4E59) < 甲 (U+7532)
    assert ids(store.command.tasks("op-1")) == ["t-5", "t-3", "t-2", "t-1", "t-4"]
    assert ids(store.command.tasks("op-1", "A-CG")) == ["t-5", "t-3", "t-1", "t-4"]
    assert store.command.tasks("op-1", "A-GA") == []
    assert store.command.task("t-2") == tasks[1]


def test_reports_published_by_number_then_drafts_newest_first(store):
    def report(rid, status, number=0, minutes=0):
        return SituationReport(
            rid, "op-1", rid, status, "o-cmd", T0 + timedelta(minutes=minutes), number=number
        )

    feed(
        store,
        report("r-a", ReportStatus.DRAFT, minutes=5),
        report("r-b", ReportStatus.PUBLISHED, 2, minutes=1),
        report("r-c", ReportStatus.PUBLISHED, 1, minutes=3),
        report("r-d", ReportStatus.DRAFT, minutes=9),
        replace(report("r-e", ReportStatus.DRAFT), operation="op-2"),
    )
    assert ids(store.command.reports("op-1")) == ["r-c", "r-b", "r-d", "r-a"]
    assert store.command.report("r-x") is None


# --- the incidents of the area


@pytest.fixture
def area(store):
    inside = dict(lon=121.48, lat=31.23)
    feed(
        store,
        OP,
        incident(1, **inside),  # open, inside
        incident(2, lon=121.50, lat=31.23),  # open, outside the area (but inside its latitudes)
        incident(3, lon=121.46, lat=31.21, operation="op-1"),  # outside, raised in the operation
        incident(4, **inside, status=IncidentStatus.CLOSED, updated_at=T0 - timedelta(days=2),
                 reported_at=T0 - timedelta(days=3), closed_at=T0 - timedelta(days=2)),  # closed before the start
        incident(5, **inside, status=IncidentStatus.CLOSED, updated_at=T0 + timedelta(hours=2),
                 closed_at=T0 + timedelta(hours=2)),  # closed while it ran
        incident(6, lon=121.49, lat=31.225),  # on the border: inside
        incident(7, **inside, due_at=T0 - timedelta(minutes=1)),  # overdue
        incident(8, **inside, status=IncidentStatus.SUSPENDED, due_at=T0 - timedelta(minutes=1)),  # clock stopped
    )  # fmt: skip
    return store


def test_incidents_in_the_area_and_those_raised_in_the_operation(area):
    rows = area.command.incidents_in_area("op-1")
    assert [r.id for r in rows] == [f"inc-{n:04d}" for n in (8, 7, 6, 5, 3, 1)]
    assert [r.id for r in area.command.incidents_in_area("op-1", limit=2)] == ["inc-0008", "inc-0007"]
    assert area.command.incidents_in_area("nowhere") == []


def test_the_area_is_found_alike_while_a_load_has_the_incident_indexes_deferred(area):
    from dispatch_desk.store import deferred

    expected = area.command.incidents_in_area("op-1")
    with area.transaction() as conn:
        deferred.defer(conn)  # as the initial sync's first big page does: indexes dropped until it ends
    have = {r[0] for r in area.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "incident_open_position" not in have
    assert area.command.incidents_in_area("op-1") == expected
    area.finish_deferred_indexes()
    assert area.command.incidents_in_area("op-1") == expected


def test_an_operation_without_an_area_has_only_its_own_incidents(area):
    feed(area, replace(OP, area=()))
    assert [r.id for r in area.command.incidents_in_area("op-1")] == ["inc-0003"]


def test_an_ended_operation_leaves_out_incidents_reported_after_it(area):
    feed(area, replace(OP, status=OperationStatus.CLOSED, ended_at=T0 + timedelta(minutes=5, seconds=30)))
    assert [r.id for r in area.command.incidents_in_area("op-1")] == [f"inc-{n:04d}" for n in (5, 3, 1)]


def test_area_counts_by_status_and_overdue(area):
    counts = area.command.area_incident_counts("op-1", now=T0 + timedelta(minutes=30))
    assert counts["dispatched"] == 4
    assert counts["closed"] == 1
    assert counts["suspended"] == 1
    assert counts["reported"] == 0
    assert counts["overdue"] == 1  # inc-7; the suspended one's clock stands still
    assert sum(v for k, v in counts.items() if k != "overdue") == 6


def test_the_timeline_orders_log_entries_task_changes_and_incidents(area):
    feed(
        area,
        entry(1, text="命令各单位进入一级戒备", kind=LogKind.ORDER.value),
        entry(20, text="任务完成：清理下水道口（城管）", kind=LogKind.SYSTEM.value, automatic=True, event="task.done",
              subject="t-1"),
        entry(6, text="区域内新报事件：井盖缺失", kind=LogKind.SYSTEM.value, automatic=True, event="incident.report",
              subject="inc-0006", author="system", agency=None),
        entry(9, text="决定封闭滨江大道", struck=True, struck_reason="记录有误"),
    )  # fmt: skip
    rows = area.command.timeline("op-1")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    keyed = [(r[1], r[2]) for r in rows]
    assert ("task.done", "t-1") in keyed
    assert ("log.order", "op-1.e001") in keyed
    assert keyed.count(("incident.report", "inc-0006")) == 1  # the log's entry, not twice
    assert ("incident.close", "inc-0005") in keyed
    assert ("incident.report", "inc-0002") not in keyed  # outside the area
    struck = next(r for r in rows if r[2] == "op-1.e009")
    assert "记录有误" in struck[3] and "滨江" in struck[3]
    assert all(isinstance(r[0], datetime) and r[0].tzinfo is not None for r in rows)
    assert rows[:2] == [  # the same instant: the log first
        (T0 + timedelta(minutes=1), "log.order", "op-1.e001", "命令各单位进入一级戒备"),
        (T0 + timedelta(minutes=1), "incident.report", "inc-0001", "井盖缺失"),
    ]


def test_latest_readings_for_the_situation_figures(store):
    from dispatch_desk.domain.entities import key_of
    from dispatch_desk.domain.records import Reading

    readings = [Reading("pm25", T0 + timedelta(minutes=m), 30.0 + m) for m in range(3)]
    readings.append(Reading("rain", T0, 12.5))
    store.apply_changes([change(500 + i, r, "reading", key_of(r)) for i, r in enumerate(readings)], 600)
    assert store.latest_readings(["pm25", "rain", "none", "pm25"]) == {
        "pm25": (T0 + timedelta(minutes=2), 32.0),
        "rain": (T0, 12.5),
    }
