"""Benchmarks of the operation workspace: the task board with 500 tasks and the command log with
50,000 entries, from widget creation to first paint with their rows (offscreen).

Also the synthetic joint command the UI tests, screenshots and benches share: a typhoon response
over the queue benches' city, with tasks in every state, seats and a long command log.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.entities import ENTITY_OF, key_of
from dispatch_desk.domain.records import (
    Agency,
    Category,
    GridCell,
    LogEntry,
    LogKind,
    Officer,
    Operation,
    OperationStatus,
    Plan,
    PlanTask,
    Region,
    Role,
    Seat,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.wire import Change

OP_ID = "op-typhoon"
AGENCIES = ("sw", "jt", "cg", "lh", "fy")
LIAISONS = (
    Officer("o-liaison", "liaison", "周联络", Role.LIAISON, agency="sw", operations=(OP_ID,)),
    Officer("o-liaison-jt", "liaison-jt", "吴联络", Role.LIAISON, agency="jt", operations=(OP_ID,)),
    Officer("o-city", "city", "孙指挥", Role.OPS_OFFICER),
    Officer("o-leader", "leader", "钱领导", Role.LEADER),
)
_TITLES = ("开启泵站预降水位", "下立交交通管制", "清理雨水口", "加固广告牌", "转移低洼地区群众", "巡查易积水点",
           "抢修倒伏行道树", "设置临时避难点", "检查地下车库挡水板", "发布出行提示")
_TEXTS = ("现场报告：积水深度约20厘米，已设置警示", "指令：各单位加强巡查，每小时报告一次", "决策：启动二级响应",
          "水务局报告泵站全部开启", "交通委报告南京东路封闭一条车道", "绿化市容局报告倒伏树木已清理三处")


# English names of what the joint command is seeded over (the queue benches' city) and of its plan, so
# the English desk shows the command workspace in English; a name the reference already has is kept.
_REGIONS_EN = {"310000": "Shenjiang", "310101": "Huangpu District", "310101001": "The Bund Subdistrict",
               "310101002": "East Nanjing Road Subdistrict"}
_CELLS_EN = {"310101001": "The Bund", "310101002": "East Nanjing Rd"}
_AGENCIES_EN = {  # code: (name, short name)
    "cg": ("Municipal Urban Management Bureau", "Urban Mgmt"),
    "sw": ("Municipal Water Authority", "Water"),
    "jt": ("Municipal Transport Commission", "Transport"),
    "lh": ("Municipal Landscaping and City Appearance Bureau", "Landscaping"),
    "fy": ("District Housing Bureau", "Housing"),
}
_CATEGORIES_EN = {  # code: (name, group)
    "road_damage": ("Damaged road", "Facilities"), "manhole": ("Missing manhole cover", "Facilities"),
    "garbage": ("Exposed garbage", "City appearance"), "street_vendor": ("Street vending", "Street order"),
    "water_leak": ("Water main leak", "Facilities"), "illegal_parking": ("Illegal parking", "Street order"),
}
PLAN_ID = "plan-typhoon"
_TITLES_EN = ("Pre-lower pumping stations", "Traffic control at underpasses", "Clear storm drains",
              "Secure billboards", "Evacuate low-lying areas", "Patrol flood-prone spots",
              "Clear fallen street trees", "Set up temporary shelters", "Check garage flood barriers",
              "Issue travel advisories")


def english(record: Any) -> Any:
    """A reference record of the seeded city with its English names filled where it has none."""
    if isinstance(record, Region):
        return replace(record, name_en=record.name_en or _REGIONS_EN.get(record.code, ""))
    if isinstance(record, GridCell):
        number = int(record.code[-2]) * 4 + int(record.code[-1]) + 1
        street = _CELLS_EN.get(record.street)
        return replace(record, name_en=record.name_en or (f"{street} Grid {number}" if street else ""))
    if isinstance(record, Agency) and record.code in _AGENCIES_EN:
        name, short = _AGENCIES_EN[record.code]
        return replace(record, name_en=record.name_en or name, short_name_en=record.short_name_en or short)
    if isinstance(record, Category) and record.code in _CATEGORIES_EN:
        name, group = _CATEGORIES_EN[record.code]
        return replace(record, name_en=record.name_en or name, group_en=record.group_en or group)
    return record


def plan() -> Plan:
    """The typhoon plan the seeded operation was started from: the templates of its first tasks."""
    return Plan(PLAN_ID, "申江市防台防汛应急预案", "typhoon", tuple(
        PlanTask(AGENCIES[k % len(AGENCIES)], title, "按预案执行，完成后报告指挥部", 30 * (k + 1),
                 title_en=_TITLES_EN[k])
        for k, title in enumerate(_TITLES)), name_en="Shenjiang Typhoon and Flood Emergency Plan")


def _square(lon: float, lat: float, size: float) -> tuple:
    return (((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat)),)


def operation(now: datetime, *, commander: str = "o-city", seats: bool = True) -> Operation:
    started = now - timedelta(hours=3, minutes=12)
    op = Operation(
        id=OP_ID, name="台风“海葵”防御", kind="emergency", status=OperationStatus.ACTIVE, commander=commander,
        area=_square(121.47, 31.23, 0.02), agencies=AGENCIES, started_at=started, level=2, deputy="o-ops",
        mode="防台防汛Ⅱ级响应", created_by=commander, created_at=started, plan=PLAN_ID,
    )
    if not seats:
        return op
    seat_list = (
        Seat("seat-sw", "o-liaison", "sw", started, now + timedelta(hours=5), commander,
             checked_in_at=started + timedelta(minutes=5)),
        Seat("seat-jt", "o-liaison-jt", "jt", started, now + timedelta(minutes=8), commander),
        Seat("seat-old", "o-jt", "jt", started, started + timedelta(hours=1), commander,
             closed_at=started + timedelta(hours=1), closed_by="system"),
    )
    return replace(op, seats=seat_list, liaisons=("o-liaison", "o-liaison-jt"))


def tasks(n: int, now: datetime) -> list[Task]:
    statuses = (TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED,
                TaskStatus.DONE, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED)
    out = []
    for k in range(n):
        status = statuses[k % len(statuses)]
        due = now + timedelta(minutes=(k * 37) % 300 - 60) if k % 5 else None
        out.append(Task(
            id=f"{OP_ID}-task-{k + 1}", operation=OP_ID, agency=AGENCIES[k % len(AGENCIES)],
            title=f"{_TITLES[k % len(_TITLES)]}" + (f"（{k // len(_TITLES) + 1}）" if k >= len(_TITLES) else ""),
            status=status, assigned_at=now - timedelta(hours=2), updated_at=now - timedelta(minutes=k % 50),
            description="按预案执行，完成后报告指挥部", due_at=due,
            blocked_reason="现场积水过深，车辆无法进入" if status is TaskStatus.BLOCKED else "",
            incidents=tuple(f"inc-{k}-{j}" for j in range(k % 3)), from_plan=k < len(_TITLES), assigned_by="o-city",
        ))
    return out


def log_entries(n: int, now: datetime) -> list[LogEntry]:
    out = []
    start = now - timedelta(hours=3)
    for k in range(n):
        at = start + timedelta(seconds=k * 10800 / max(n, 1))
        automatic = k % 3 == 0
        if automatic:
            task = f"{OP_ID}-task-{k % 40 + 1}"
            out.append(LogEntry(f"log-{k:06d}", OP_ID, at, "o-city", LogKind.SYSTEM.value,
                                f"任务签收：{_TITLES[k % 10]}（水务）", automatic=True, agency="sw",
                                event="task.accept", subject=task, details=("sw", "")))
            continue
        kind = (LogKind.INFO, LogKind.ORDER, LogKind.REPORT, LogKind.DECISION)[k % 4].value
        out.append(LogEntry(f"log-{k:06d}", OP_ID, at, ("o-city", "o-liaison", "o-ops")[k % 3], kind,
                            _TEXTS[k % len(_TEXTS)], agency=AGENCIES[k % len(AGENCIES)],
                            significant=k % 17 == 0, struck=k % 29 == 0,
                            struck_by="o-city" if k % 29 == 0 else None,
                            struck_reason="记录有误，已另行更正" if k % 29 == 0 else ""))
    return out


def changes(records: list[Any], first_seq: int = 1) -> list[Change]:
    return [Change(seq=first_seq + i, entity=ENTITY_OF[type(r)], key=key_of(r), op="upsert", data=to_wire(r))
            for i, r in enumerate(records)]


def fill(store: Any, n_tasks: int, n_log: int, now: datetime, **kw: Any) -> None:
    """The queue benches' city, the officers of the joint command and one operation, into a cache."""
    from dispatch_desk.bench.cases_queue import reference

    ref = changes([english(r) for records in reference().values() for r in records])
    store.apply_changes(ref, len(ref))
    records: list[Any] = [*LIAISONS, plan(), operation(now, **kw), *tasks(n_tasks, now)]
    batch = changes(records, len(ref) + 1)
    store.apply_changes(batch, len(ref) + len(batch))
    seq = len(ref) + len(batch)
    entries = log_entries(n_log, now)
    for i in range(0, len(entries), 5000):
        part = changes(entries[i:i + 5000], seq + 1)
        seq += len(part)
        store.apply_changes(part, seq)


# --- benchmark cases ----------------------------------------------------------------------------------

_CACHES: dict[tuple[int, int], Path] = {}


def _cache(ctx: BenchContext, n_tasks: int, n_log: int) -> Path:
    key = (n_tasks, n_log)
    if key in _CACHES and _CACHES[key].exists():
        return _CACHES[key]
    from dispatch_desk.store import Store

    path = ctx.workdir / f"command-{n_tasks}-{n_log}.sqlite"
    store = Store.open(path)
    fill(store, n_tasks, n_log, datetime.now(UTC))
    store.close()
    _CACHES[key] = path
    return path


def _baseline(app: Any) -> float:
    from PySide6.QtWidgets import QTableView

    t0 = time.perf_counter()
    empty = QTableView()
    empty.resize(700, 700)
    empty.show()
    empty.grab()
    took = time.perf_counter() - t0
    empty.close()
    empty.deleteLater()
    app.processEvents()
    return took


def _time_first_paint(ctx: BenchContext, make: Any, ready: Any, runs: int = 5,
                      prepare: Any = None) -> tuple[list[float], list[float]]:
    """Widget creation → its rows read (off the main thread) → first paint, and the empty-table baseline.
    `prepare(app_context, app)` runs before the clock starts."""
    from dispatch_desk.store import Store
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.queue.timing import application

    app = application()
    path = _cache(ctx, 500, ctx.scale(50_000, 10_000))
    store = Store.open(path)
    officer = LIAISONS[2]
    samples, base = [], []
    try:
        for _ in range(runs):
            bus = AppBus()
            actx = AppContext(store, None, officer, bus, workspace="command", operation_id=OP_ID)
            if prepare is not None:
                prepare(actx, app)
            t0 = time.perf_counter()
            widget = make(actx)
            widget.resize(700, 700)
            widget.show()
            end = time.monotonic() + 30
            while not ready(widget) and time.monotonic() < end:
                app.processEvents()
                time.sleep(0.0005)
            widget.grab()
            samples.append(time.perf_counter() - t0)
            widget.close()
            widget.deleteLater()
            bus.deleteLater()
            app.processEvents()
            base.append(_baseline(app))
    finally:
        store.close()
    return samples, base


@case("command.board_paint")
def bench_board(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.ui.command import TaskBoardWidget

    def make(actx: Any) -> Any:
        board = TaskBoardWidget(actx)
        board.show_finished.setChecked(True)  # every card of the 500, not only the open ones
        return board

    samples, base = _time_first_paint(ctx, make, lambda w: w.model.rowCount() > 0)
    return [Figure("command.board_paint", statistics.median(samples) * 1000, "ms", statistics.median(base) * 1000,
                   "empty QTableView show+paint", "≤ 50 ms",
                   f"500 tasks in 5 lanes; median of {len(samples)}; max {max(samples) * 1000:.1f} ms; "
                   "includes the pool-thread read")]


@case("command.log_paint")
def bench_log(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.ui.command import CommandLogWidget
    from dispatch_desk.ui.command.models import feed_for

    def workspace_open(actx: Any, app: Any) -> None:
        # The operation in view is read once for the whole workspace (header, board, seats): the log
        # opens beside it, so that read is not the log's to pay for.
        feed = feed_for(actx)
        end = time.monotonic() + 30
        while (feed.loads == 0 or feed.busy()) and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)

    n = ctx.scale(50_000, 10_000)
    samples, base = _time_first_paint(ctx, CommandLogWidget, lambda w: w.model.total() > 0,
                                      prepare=workspace_open)
    return [Figure("command.log_paint", statistics.median(samples) * 1000, "ms", statistics.median(base) * 1000,
                   "empty QTableView show+paint", "≤ 50 ms",
                   f"{n:,} log entries; median of {len(samples)}; max {max(samples) * 1000:.1f} ms; "
                   "count and first page read on a pool thread; the workspace's operation read done before")]
