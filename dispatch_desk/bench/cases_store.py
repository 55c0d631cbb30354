"""Benchmarks of the local cache (docs/architecture.md §6): bulk load with the search index, queue pages and
full-text search over a million incidents. The dataset is built once per run in the work dir."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dispatch_desk.bench import BenchContext, Figure, case, p95, stopwatch
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import Incident, IncidentStatus, Region, RegionLevel, Severity, Source
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import IncidentQuery, Store
from dispatch_desk.store.incident_rows import COLUMNS, values_from_record

# A small vocabulary of realistic cases: (category, title) and the words around them.
_CASES = [
    ("manhole", "井盖缺失"), ("manhole", "井盖破损松动"), ("waterlogging", "道路积水"),
    ("streetlight", "路灯不亮"), ("street_vending", "占道经营"), ("garbage", "垃圾满溢"),
    ("parking", "违章停车"), ("noise", "施工噪音扰民"), ("fumes", "餐饮油烟污染"),
    ("illegal_building", "违法建设"), ("tree", "树木倒伏"), ("bike", "共享单车乱停放"),
    ("sewage", "污水冒溢"), ("elevator", "电梯困人"), ("gas", "燃气泄漏"),
    ("fire_lane", "消防通道堵塞"), ("ads", "乱贴小广告"), ("muck", "渣土车遗撒"),
    ("greenery", "绿化带损坏"), ("bus_stop", "公交站亭破损"), ("signal", "交通信号灯故障"),
    ("river", "河道漂浮物"), ("ac_unit", "空调外机噪音"), ("pipe", "自来水管爆裂"),
]  # fmt: skip
_DISTRICTS = [("D01", "黄浦区"), ("D02", "静安区"), ("D03", "徐汇区"), ("D04", "长宁区"), ("D05", "普陀区"),
              ("D06", "虹口区"), ("D07", "杨浦区"), ("D08", "浦东新区")]  # fmt: skip
_ROADS = ["南京东路", "淮海中路", "西藏中路", "人民大道", "延安西路", "长寿路", "四川北路", "衡山路",
          "复兴中路", "世纪大道", "张杨路", "中山北路", "曹杨路", "漕溪北路", "四平路", "控江路"]  # fmt: skip
_DETAILS = ["市民反映已持续两天", "存在安全隐患，请尽快处置", "影响行人通行", "夜间尤为严重",
            "多次投诉未解决", "网格员巡查发现", "视频智能识别告警", "周边居民意见较大"]  # fmt: skip
_AGENCIES = ["A-CG", "A-LH", "A-SW", "A-JT", "A-HB", "A-ZJ", "A-GA", "A-SZ", "A-FG", "A-RQ"]
_OPEN = [IncidentStatus.REPORTED, IncidentStatus.REGISTERED, IncidentStatus.DISPATCHED,
         IncidentStatus.ACCEPTED, IncidentStatus.DISPOSED, IncidentStatus.RETURNED, IncidentStatus.SUSPENDED]  # fmt: skip
NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
_SEARCH_2 = ["井盖", "积水", "路灯", "油烟", "隐患", "投诉"]
_SEARCH_4 = ["占道经营", "违章停车", "南京东路", "安全隐患", "信号灯故", "居民意见"]


def synthetic_incidents(n: int, seed: int = 7) -> Iterator[Incident]:
    """n incidents over the two years before NOW, oldest first; about 8 % open."""
    rnd = random.Random(seed)
    span = 2 * 365 * 86400
    sources = list(Source)
    for i in range(n):
        category, title = _CASES[rnd.randrange(len(_CASES))]
        d_code, d_name = _DISTRICTS[rnd.randrange(len(_DISTRICTS))]
        s = rnd.randrange(10)
        g = rnd.randrange(50)
        road = _ROADS[rnd.randrange(len(_ROADS))]
        address = f"{d_name}{road}{rnd.randrange(1, 999)}号"
        reported = NOW - timedelta(seconds=span * (n - i) / n)
        is_open = rnd.random() < 0.08 or i > n - n // 50
        status = _OPEN[rnd.randrange(len(_OPEN))] if is_open else IncidentStatus.CLOSED
        due = reported + timedelta(hours=rnd.choice((2, 4, 8, 24, 72))) if is_open else None
        yield Incident(
            id=f"I{i:08d}",
            title=title,
            category=category,
            source=sources[rnd.randrange(len(sources))],
            severity=Severity(rnd.choice((1, 2, 2, 2, 3, 3, 4))),
            status=status,
            lon=121.3 + rnd.random() * 0.4,
            lat=31.1 + rnd.random() * 0.3,
            reported_at=reported,
            updated_at=reported + timedelta(hours=1),
            description=f"{address}附近{title}，{_DETAILS[rnd.randrange(len(_DETAILS))]}",
            code=f"{reported:%Y%m%d}{i % 100000:05d}",
            address=address,
            grid_cell=f"{d_code}-S{s:02d}-G{g:03d}",
            street=f"{d_code}-S{s:02d}",
            district=d_code,
            lead_agency=_AGENCIES[rnd.randrange(len(_AGENCIES))],
            co_agencies=(_AGENCIES[rnd.randrange(len(_AGENCIES))],) if rnd.random() < 0.1 else (),
            due_at=due,
            closed_at=None if is_open else reported + timedelta(days=2),
            supervised=rnd.random() < 0.02,
        )


def _regions() -> list[Change]:
    regions = [Region("C", "示例市", RegionLevel.CITY)]
    for code, name in _DISTRICTS:
        regions.append(Region(code, name, RegionLevel.DISTRICT, parent="C"))
        regions += [
            Region(f"{code}-S{s:02d}", f"{name}第{s + 1}街道", RegionLevel.STREET, parent=code)
            for s in range(10)
        ]
    return [Change(seq=0, entity="region", key=r.code, op="upsert", data=to_wire(r)) for r in regions]


def _dataset(ctx: BenchContext) -> Path:
    """The shared cache with the run's incidents, built once per run."""
    n = ctx.scale(1_000_000, 100_000)
    root = ctx.workdir.parent / "store-dataset"
    path = root / f"cache-{n}.db"
    if not path.exists():
        root.mkdir(exist_ok=True)
        with Store.open(path) as store:
            store.apply_changes(_regions(), 0)
            store.bulk_load_incidents(synthetic_incidents(n))
            store.conn.execute("ANALYZE")
    return path


@case("store.bulk_load")
def bench_bulk_load(ctx: BenchContext) -> list[Figure]:
    n = ctx.scale(200_000, 50_000)
    incidents = list(synthetic_incidents(n, seed=11))
    with Store.open(ctx.workdir / "bulk.db") as store, stopwatch() as t:
        store.bulk_load_incidents(incidents)
    raw = sqlite3.connect(ctx.workdir / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = NORMAL")
    raw.execute(f"CREATE TABLE incident ({', '.join(COLUMNS)})")
    with stopwatch() as r:
        raw.execute("BEGIN")
        raw.executemany(
            f"INSERT INTO incident VALUES ({', '.join('?' * len(COLUMNS))})",
            (values_from_record(i, {}) for i in incidents),
        )
        raw.execute("COMMIT")
    raw.close()
    pages = _feed_pages_seconds(ctx.workdir / "pages.db", incidents)
    return [
        Figure("store.bulk_load", n / t[0], "incidents/s", n / r[0], "raw executemany",
               "≥ 50,000/s and ≥ 10 % of raw", f"{n:,} incidents, search index and queue indexes kept"),
        Figure("store.bulk_load.feed_pages", n / pages, "incidents/s", n / r[0], "raw executemany",
               "(diagnostic: what initial sync stores)",
               "the same incidents as feed pages of 5,000 through Store.apply_changes, each page with its "
               "cursor in one transaction, into an empty cache (page building not timed)"),
    ]  # fmt: skip


def _feed_pages_seconds(path: Path, incidents: list[Incident]) -> float:
    """Seconds Store.apply_changes spends on the incidents as change-feed pages."""
    spent = 0.0
    with Store.open(path) as store:
        for start in range(0, len(incidents), 5000):
            page = [
                Change(seq=start + i + 1, entity="incident", key=inc.id, op="upsert", data=to_wire(inc))
                for i, inc in enumerate(incidents[start : start + 5000])
            ]
            with stopwatch() as t:
                store.apply_changes(page, page[-1].seq)
            spent += t[0]
        with stopwatch() as t:  # the feed ended on a full page: what closing (or an idle reader) builds
            store.finish_deferred_indexes()
        spent += t[0]
        assert store.count_incidents(IncidentQuery()) == len(incidents)
    return spent


def _queries() -> list[IncidentQuery]:
    return [
        IncidentQuery(),
        IncidentQuery(open_only=True, sort="due_at", descending=False),
        IncidentQuery(statuses=("dispatched",)),
        IncidentQuery(categories=("manhole",), sort="severity"),
        IncidentQuery(region="D03", open_only=True),
        IncidentQuery(grid_cell="D05-S03-G017"),
        IncidentQuery(agency="A-SW", open_only=True),
        IncidentQuery(sla=("overdue",), now=NOW),
        IncidentQuery(sla=("near", "overdue"), now=NOW, sort="due_at", descending=False),
        IncidentQuery(supervised=True),
        IncidentQuery(sources=("video_ai",), severities=(3, 4), sort="status"),
        IncidentQuery(reported_from=NOW - timedelta(days=7), sort="updated_at"),
        IncidentQuery(sort="code", descending=False),
        IncidentQuery(sort="street"),
        IncidentQuery(text="积水", region="D02-S03", open_only=True),
    ]


@case("store.queue_page")
def bench_queue_page(ctx: BenchContext) -> list[Figure]:
    path = _dataset(ctx)
    queries = _queries()
    with stopwatch() as o:  # what a start pays: integrity check, migrations, a first count
        opened = Store.open(path)
        opened.count_incidents(IncidentQuery(open_only=True))
    opened.close()
    with Store.open(path, check=False) as store:
        n = store.count_incidents(IncidentQuery())
        cold = []  # a filter's first page: its filters are counted to choose how pages are read
        for q in queries:
            with stopwatch() as t:
                store.query_incidents(q, limit=100)
            cold.append(t[0] * 1000)
        samples, per_query = [], {}
        for _ in range(5):
            for i, q in enumerate(queries):
                for offset in (0, 200):
                    with stopwatch() as t:
                        store.query_incidents(q, offset=offset, limit=100)
                    samples.append(t[0] * 1000)
                    per_query[i] = max(per_query.get(i, 0), t[0] * 1000)
        keys = [r[0] for r in store.conn.execute("SELECT id FROM incident ORDER BY random() LIMIT 200")]
        base = []
        for key in keys:
            with stopwatch() as t:
                store.conn.execute("SELECT * FROM incident WHERE id = ?", (key,)).fetchone()
            base.append(t[0] * 1000)
        with stopwatch() as c:
            store.count_incidents(IncidentQuery(open_only=True))
    worst = max(per_query, key=per_query.get)
    return [
        Figure("store.queue_page", p95(samples), "ms p95", p95(base), "primary-key lookup p95",
               "≤ 20 ms", f"{n:,} incidents, {len(queries)} filters/sorts, pages of 100 at offsets 0 and 200; "
               f"slowest: #{worst} {per_query[worst]:.1f} ms; count(open) {c[0] * 1000:.0f} ms; "
               f"open with check {o[0] * 1000:.0f} ms; first page of a filter (counts not yet kept) p95 "
               f"{p95(cold):.1f} ms, max {max(cold):.1f} ms"),
    ]  # fmt: skip


@case("store.search")
def bench_search(ctx: BenchContext) -> list[Figure]:
    path = _dataset(ctx)
    figures = []
    with Store.open(path, check=False) as store:
        n = store.count_incidents(IncidentQuery())
        for label, words in (("2-char", _SEARCH_2), ("4-char", _SEARCH_4)):
            for w in words:
                store.query_incidents(IncidentQuery(text=w), limit=100)
            samples = []
            for _ in range(5):
                for w in words:
                    with stopwatch() as t:
                        rows = store.query_incidents(IncidentQuery(text=w), limit=100)
                    assert rows, w
                    samples.append(t[0] * 1000)
            like = []
            for w in words[:2]:
                start = time.perf_counter()
                store.conn.execute(
                    "SELECT id FROM incident WHERE title LIKE ?1 OR description LIKE ?1 OR address LIKE ?1 "
                    "ORDER BY rid DESC LIMIT 100",  # newest first, as the search: the table's own order
                    (f"%{w}%",),
                ).fetchall()
                like.append((time.perf_counter() - start) * 1000)
            figures.append(
                Figure("store.search", p95(samples), "ms p95", max(like), "LIKE, same order, worst of 2", "≤ 30 ms",
                       f"{label} words {'/'.join(words)}, first page of 100, {n:,} incidents")
            )  # fmt: skip
    return figures
