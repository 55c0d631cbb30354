"""Benchmarks of joint command (docs/architecture.md §6): the command log of one operation (50,000 entries) and
its task board (500 tasks) read from the cache, and a log entry written on one desk reaching
another desk's cache through the central service.

The cache reads are what the workspace's first paint waits for (the widgets' own paint is measured
by the UI's cases); each is measured beside a plain read of as many rows, decoded the same way.
"""

from __future__ import annotations

import json
import random
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case, p95, stopwatch
from dispatch_desk.domain.codec import from_wire, to_wire
from dispatch_desk.domain.records import LogEntry, LogKind, Operation, OperationStatus, Task, TaskStatus
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import LogQuery, Store
from dispatch_desk.store import command as command_reads

OP = "op-bench"
NOW = datetime(2026, 9, 14, 8, 0, tzinfo=UTC)
_AGENCIES = ["A-CG", "A-LH", "A-SW", "A-JT", "A-HB", "A-ZJ", "A-GA", "A-SZ"]
_PLACES = ["滨江大道", "外滩隧道", "延安高架", "南浦大桥", "世纪公园", "苏州河闸口", "黄浦江堤防", "人民广场"]
_WHAT = ["道路积水", "树木倒伏", "泵站运行", "堤防渗水", "人员转移", "广告牌松动", "地下车库进水", "供电中断"]
_DONE = ["已到场处置", "正在排查", "已恢复正常", "需增派力量", "已设置警戒", "持续监测中"]
_KINDS = [LogKind.INFO, LogKind.INFO, LogKind.REPORT, LogKind.REPORT, LogKind.ORDER, LogKind.DECISION]
_EVENTS = ["task.accept", "task.start", "task.done", "seat.check_in", "incident.report", "alert.raise"]
_SQUARE = (((121.3, 31.1), (121.7, 31.1), (121.7, 31.4), (121.3, 31.4), (121.3, 31.1)),)
# Filters an officer switches between (text: a two-character word, four characters, two words).
_FILTERS = [
    LogQuery(),
    LogQuery(agencies=("A-SW",)),
    LogQuery(kinds=(LogKind.ORDER.value, LogKind.DECISION.value)),
    LogQuery(significant_only=True),
    LogQuery(automatic=False, include_struck=False),
    LogQuery(agencies=("A-CG", "A-JT"), kinds=(LogKind.REPORT.value,)),
    LogQuery(text="积水"),
    LogQuery(text="堤防渗水"),
    LogQuery(text="泵站 恢复"),
    LogQuery(text="警戒", agencies=("A-GA",)),
]


def _operation(op_id: str) -> Operation:
    return Operation(op_id, "台风防御联动指挥", "emergency", OperationStatus.ACTIVE, "o-cmd", area=_SQUARE,
                     agencies=tuple(_AGENCIES), started_at=NOW, created_at=NOW, level=2)  # fmt: skip


def synthetic_log(op_id: str, n: int, seed: int = 5) -> Iterator[LogEntry]:
    """n entries over the 48 hours before NOW, oldest first: a third automatic, 2 % significant,
    1 % struck with a reason."""
    rnd = random.Random(seed)
    for i in range(n):
        at = NOW - timedelta(seconds=48 * 3600 * (n - i) / n)
        what, place = rnd.choice(_WHAT), rnd.choice(_PLACES)
        agency = rnd.choice(_AGENCIES)
        automatic = rnd.random() < 0.33
        struck = not automatic and rnd.random() < 0.01
        yield LogEntry(
            id=f"{op_id}.log.{i:06d}", operation=op_id, at=at, author=f"o-{agency}", agency=agency,
            kind=LogKind.SYSTEM.value if automatic else rnd.choice(_KINDS).value,
            text=f"{place}{what}，{rnd.choice(_DONE)}（第{i}条）", automatic=automatic,
            event=rnd.choice(_EVENTS) if automatic else "", significant=rnd.random() < 0.02, struck=struck,
            struck_by="o-cmd" if struck else None, struck_at=at + timedelta(minutes=5) if struck else None,
            struck_reason="记录有误，已重新报送" if struck else "",
        )  # fmt: skip


def synthetic_tasks(op_id: str, n: int, seed: int = 3) -> Iterator[Task]:
    rnd = random.Random(seed)
    statuses = list(TaskStatus)
    for i in range(n):
        due = NOW + timedelta(minutes=rnd.randrange(-600, 1440)) if rnd.random() < 0.8 else None
        yield Task(
            id=f"{op_id}.task.{i:04d}", operation=op_id, agency=_AGENCIES[i % len(_AGENCIES)],
            title=f"{rnd.choice(_PLACES)}{rnd.choice(_WHAT)}处置", status=rnd.choice(statuses),
            assigned_at=NOW - timedelta(hours=6), updated_at=NOW - timedelta(hours=1), due_at=due,
            description="按预案执行，完成后报告指挥部", from_plan=rnd.random() < 0.5,
            lon=121.3 + rnd.random() * 0.4, lat=31.1 + rnd.random() * 0.3,
        )  # fmt: skip


def _feed(store: Store, entity: str, records: Iterator[Any], page: int = 5000) -> None:
    """Store records as change-feed pages, the way a desk receives them."""
    seq = store.cursor()
    batch: list[Change] = []
    for record in records:
        seq += 1
        batch.append(Change(seq=seq, entity=entity, key=record.id, op="upsert", data=to_wire(record)))
        if len(batch) == page:
            store.apply_changes(batch, seq)
            batch = []
    if batch:
        store.apply_changes(batch, seq)


def _cache(ctx: BenchContext, entries: int, tasks: int) -> Path:
    """A cache with the measured operation and two others beside it (a tenth of its size each)."""
    path = ctx.workdir / "cache.db"
    with Store.open(path) as store:
        others = ("op-earlier", "op-drill")
        _feed(store, "operation", iter([_operation(OP), *(_operation(o) for o in others)]))
        for op_id, share in ((OP, 1), *((o, 10) for o in others)):
            _feed(store, "log_entry", synthetic_log(op_id, entries // share))
            _feed(store, "task", synthetic_tasks(op_id, tasks // share))
        store.conn.execute("ANALYZE")
    return path


def _times(fn: Any, rounds: int, *, cold: bool = True) -> list[float]:
    """Milliseconds of each call; cold: with no decoded record kept from an earlier call (store/command.py
    keeps records decoded by their text), as at the first paint of a board or log."""
    out = []
    for _ in range(rounds):
        if cold:
            command_reads.forget_decoded()
        with stopwatch() as t:
            fn()
        out.append(t[0] * 1000)
    return out


@case("command.log_page")
def bench_log_page(ctx: BenchContext) -> list[Figure]:
    n = ctx.scale(50_000, 5_000)
    path = _cache(ctx, n, 50)
    rounds = ctx.scale(30, 10)
    with Store.open(path, check=False) as store:
        reader = store.command
        total = reader.log_count(OP, LogQuery())
        if total != n:
            raise RuntimeError(f"the cache holds {total} entries of the operation, expected {n}")

        def first_page(q: LogQuery) -> None:
            reader.log_page(OP, q, 0, 200)
            reader.log_count(OP, q)

        first_page(LogQuery())  # warm: the first statement of a connection prepares its schema
        plain = _times(lambda: first_page(LogQuery()), rounds)
        warm = _times(lambda: first_page(LogQuery()), rounds, cold=False)
        filtered: list[float] = []
        slowest: dict[int, float] = {}
        for _ in range(max(3, rounds // 5)):
            for i, q in enumerate(_FILTERS):
                command_reads.forget_decoded()
                with stopwatch() as t:
                    first_page(q)
                filtered.append(t[0] * 1000)
                slowest[i] = max(slowest.get(i, 0.0), t[0] * 1000)
        deep = _times(lambda: reader.log_page(OP, LogQuery(), n // 2, 200), max(3, rounds // 3))

        def baseline() -> None:  # the same number of rows by rowid, decoded the same way, and a count
            rows = store.conn.execute("SELECT data FROM log_entry ORDER BY rowid DESC LIMIT 200")
            [from_wire(LogEntry, json.loads(r[0])) for r in rows]
            store.conn.execute("SELECT count(*) FROM log_entry").fetchone()

        base = _times(baseline, rounds)
    worst = max(slowest, key=lambda i: slowest[i])
    label = "ORDER BY rowid page of 200 + count(*), decoded alike, p95"
    return [
        Figure("command.log_page", p95(plain), "ms p95", p95(base), label, "first paint ≤ 50 ms",
               f"{n:,} entries in the operation (+{2 * n // 10:,} of two others); newest 200 as LogEntry "
               f"records + count; the same again (records kept decoded) p95 {p95(warm):.1f} ms; "
               f"page at offset {n // 2:,}: p95 {p95(deep):.1f} ms"),
        Figure("command.log_page.filtered", p95(filtered), "ms p95", p95(base), label, "first paint ≤ 50 ms",
               f"{len(_FILTERS)} filters (agency, kind, significant, people's unstruck, full text 2/4 chars, two "
               f"words); slowest #{worst} {_describe(_FILTERS[worst])} {slowest[worst]:.1f} ms"),
    ]  # fmt: skip


def _describe(q: LogQuery) -> str:
    shown = {k: v for k, v in vars(q).items() if v != getattr(LogQuery(), k)}
    return ", ".join(f"{k}={v!r}" for k, v in shown.items()) or "(none)"


@case("command.tasks")
def bench_tasks(ctx: BenchContext) -> list[Figure]:
    n = 500  # the target's board; small enough for the quick run too
    path = _cache(ctx, ctx.scale(5_000, 500), n)
    rounds = ctx.scale(50, 15)
    with Store.open(path, check=False) as store:
        reader = store.command
        if len(reader.tasks(OP)) != n:
            raise RuntimeError("the cache does not hold the operation's tasks")
        board = _times(lambda: reader.tasks(OP), rounds)
        warm = _times(lambda: reader.tasks(OP), rounds, cold=False)
        lane = _times(lambda: reader.tasks(OP, "A-SW"), rounds)
        keys = [r[0] for r in store.conn.execute("SELECT key FROM task ORDER BY random() LIMIT ?", (n,))]

        def baseline() -> None:  # as many rows by primary key, decoded the same way
            for key in keys:
                row = store.conn.execute("SELECT data FROM task WHERE key = ?", (key,)).fetchone()
                from_wire(Task, json.loads(row[0]))

        base = _times(baseline, rounds)
    return [
        Figure("command.tasks", p95(board), "ms p95", p95(base), f"{n} primary-key lookups decoded alike, p95",
               "first paint ≤ 50 ms",
               f"{n} tasks of the operation (+{2 * n // 10} of two others) as Task records, by due time; "
               f"the same again (records kept decoded) p95 {p95(warm):.1f} ms; one agency's lane "
               f"({n // len(_AGENCIES)}) p95 {p95(lane):.1f} ms"),
    ]  # fmt: skip


# --- propagation


@contextmanager
def _in_process_central(path: Path, bundle: Any) -> Iterator[str]:
    from dispatch_desk.central import admin
    from dispatch_desk.central.background import BackgroundCentral
    from dispatch_desk.central.storage import Storage

    with ExitStack() as stack:
        storage = Storage.open(str(path))
        stack.callback(storage.close)
        admin.load_bundle(storage, bundle)
        server = BackgroundCentral(storage).start()
        stack.callback(server.stop)
        yield server.url


def _propagation(ctx: BenchContext, url: str, count: int) -> list[float]:
    """Latencies (ms) of log entries appended on desk A until they are in desk B's cache."""
    from dispatch_desk.bench.cases_sync import PASSWORD, _wait
    from dispatch_desk.sync import SyncEngine

    tag = url.rsplit(":", 1)[-1]
    a = SyncEngine(ctx.workdir / f"a-{tag}.db", url, "bench-a", poll_interval=3600, live_poll_interval=3600)
    b = SyncEngine(ctx.workdir / f"b-{tag}.db", url, "bench-b", poll_interval=3600, live_poll_interval=3600)
    try:
        a.login("bench_a", PASSWORD, remember=False)
        b.login("bench_b", PASSWORD, remember=False)
        arrived: dict[str, float] = {}
        cond = threading.Condition()

        def on_b(kind: str, payload: Any) -> None:
            if kind == "changed":
                now = time.perf_counter()
                with cond:
                    for entity in ("operation", "log_entry"):
                        for key in payload.get(entity, ()):
                            arrived.setdefault(key, now)
                    cond.notify_all()

        b.subscribe(on_b)
        a.start()
        b.start()
        _wait(lambda: b.state().live and a.state().live, 30)
        area = [[list(p) for p in _SQUARE[0]]]
        a.issue("operation.start", {"id": OP, "name": "台风防御联动指挥", "kind": "emergency", "area": area,
                                    "agencies": ["CG"], "level": 2})  # fmt: skip
        with cond:
            if not cond.wait_for(lambda: OP in arrived, 30):
                raise RuntimeError(f"the operation did not reach the other desk: {a.conflicts()}")
        latencies = []
        for i in range(count):
            start = time.perf_counter()
            mutation_id = a.issue("log.append", {"operation": OP, "text": f"滨江大道积水已排除（第{i}条）",
                                                 "kind": "report"})  # fmt: skip
            with cond:
                if not cond.wait_for(lambda mid=mutation_id: mid in arrived, 30):
                    raise RuntimeError(f"a log entry did not reach the other desk: {a.conflicts()}")
            latencies.append((arrived[mutation_id] - start) * 1000)
        seen = b._store().command.log_count(OP, LogQuery(kinds=("report",)))
        if seen != count:
            raise RuntimeError(f"desk B's cache holds {seen} of the {count} entries")
        return latencies
    finally:
        a.close()
        b.close()


@case("command.propagation")
def bench_propagation(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.bench.cases_sync import _central, _memory_keyring, _reference
    from dispatch_desk.sync.credentials import MemoryKeyring

    _memory_keyring(MemoryKeyring)
    count = ctx.scale(200, 30)
    figures = []
    for label, central in (("BackgroundCentral in this process", _in_process_central),
                           ("central service in its own process", _central)):  # fmt: skip
        with central(ctx.workdir / f"central-{len(figures)}.db", _reference()) as url:
            latencies = _propagation(ctx, url, count)
        figures.append(
            Figure("command.propagation", p95(latencies), "ms p95", None, "", "p95 ≤ 150 ms",
                   f"{count} log.append, desk A → {label} (loopback HTTP, SQLite) → live stream → desk B's "
                   f"cache; p50 {statistics.median(latencies):.1f} ms, max {max(latencies):.1f} ms")
        )  # fmt: skip
    return figures


# --- the incidents of an operation's area


@case("command.area")
def bench_area(ctx: BenchContext) -> list[Figure]:
    """What the situation report's prefill and the operation map read: the incidents of an area of
    about 4 × 4 km in the cache of the store cases (1M incidents, 100k quick)."""
    from dispatch_desk.bench.cases_store import NOW as STORE_NOW
    from dispatch_desk.bench.cases_store import _dataset
    from dispatch_desk.store import IncidentQuery

    path = _dataset(ctx)
    area = (
        (
            (121.45, 31.20),
            (121.49, 31.20),
            (121.49, 31.24),
            (121.47, 31.25),
            (121.45, 31.24),
            (121.45, 31.20),
        ),
    )
    op = Operation("op-area", "区域保障", "major_event", OperationStatus.ACTIVE, "o-cmd", area=area,
                   started_at=STORE_NOW - timedelta(days=1))  # fmt: skip
    rounds = ctx.scale(20, 10)
    with Store.open(path, check=False) as store:
        _feed(store, "operation", iter([op]))
        reader = store.command
        n = store.count_incidents(IncidentQuery())
        found = len(reader.incidents_in_area(op.id))
        listed = _times(lambda: reader.incidents_in_area(op.id), rounds)
        counted = _times(lambda: reader.area_incident_counts(op.id, STORE_NOW), rounds)
        timeline = _times(lambda: reader.timeline(op.id), max(3, rounds // 4))
        box = IncidentQuery(bbox=(121.45, 31.20, 121.49, 31.25), open_only=True)
        base = _times(lambda: store.query_incidents(box, limit=100), rounds)
    return [
        Figure("command.area", p95(listed), "ms p95", p95(base), "queue page of 100 open in the bounding box, p95",
               note=f"incidents_in_area: {found} incidents (open, or changed since the start a day ago) of "
               f"{n:,}; area_incident_counts p95 {p95(counted):.1f} ms; timeline p95 {p95(timeline):.1f} ms"),
    ]  # fmt: skip
