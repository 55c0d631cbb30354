"""Fixtures of the operation workspace tests (import `FIXTURES` into a test module to use them): a running joint command on a loopback central service
(tasks of three agencies, a liaison's seat, a command log), and desks of its officers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from dispatch_desk.domain.records import (
    LogEntry,
    LogKind,
    Operation,
    OperationStatus,
    Seat,
    Task,
    TaskStatus,
)
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui import tasks as pool
from dispatch_desk.ui.command.models import OperationFeed
from dispatch_desk.ui.context import AppBus, AppContext
from tests.support.central import DEFAULT_PASSWORD, city_bundle, square

OP = "op-flood"
WAIT = 20_000  # ms: liveness bounds on a loaded 2-core machine, not timings


def operation(now: datetime) -> Operation:
    started = now - timedelta(hours=2)
    seat = Seat("seat-lia", "o-lia", "SW", started, now + timedelta(hours=6), "o-ops")
    return Operation(OP, "示范市防汛", "emergency", OperationStatus.ACTIVE, "o-ops", area=square(121.40, 31.20, 0.02),
                     agencies=("SW", "JT", "CG"), liaisons=("o-lia",), started_at=started, level=3,
                     seats=(seat,), created_by="o-ops", created_at=started)


def tasks(now: datetime) -> list[Task]:
    def task(n: int, agency: str, title: str, status: TaskStatus, due_minutes: int | None, **kw) -> Task:
        due = now + timedelta(minutes=due_minutes) if due_minutes is not None else None
        return Task(f"{OP}-task-{n}", OP, agency, title, status, now - timedelta(hours=1), now - timedelta(hours=1),
                    due_at=due, assigned_by="o-ops", **kw)

    return [
        task(1, "SW", "开启泵站", TaskStatus.ASSIGNED, 45),
        task(2, "SW", "巡查易积水点", TaskStatus.IN_PROGRESS, -10),
        task(3, "JT", "下立交交通管制", TaskStatus.ASSIGNED, 20),
        task(4, "CG", "清理雨水口", TaskStatus.BLOCKED, 90, blocked_reason="积水过深车辆无法进入"),
        task(5, "CG", "加固广告牌", TaskStatus.DONE, None),
    ]


def log(now: datetime, n: int) -> list[LogEntry]:
    words = ("泵站已全部开启", "南京东路积水二十厘米", "指挥部要求每小时报告", "交通管制已落实")
    out = []
    for k in range(n):
        at = now - timedelta(minutes=n - k)
        kind = (LogKind.INFO, LogKind.ORDER, LogKind.REPORT, LogKind.DECISION)[k % 4].value
        out.append(LogEntry(f"log-{k:04d}", OP, at, "o-ops" if k % 2 else "o-lia", kind, f"{words[k % 4]}（{k}）",
                            agency="SW" if k % 2 == 0 else None, significant=k % 10 == 0))
    return out


@dataclass
class Desk:
    ctx: AppContext
    engine: SyncEngine
    store: Store
    relay: QObject

    def sync(self) -> None:
        self.engine.sync_once()
        self.ctx.bus.data_changed.emit({})


class _Relay(QObject):
    changed = Signal(object)


@pytest.fixture(autouse=True)
def command_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(name="joint")
def joint_fixture(central):
    """The loopback central service with a running joint command of 5 tasks and 450 log entries."""
    now = datetime.now(UTC)
    central.load(city_bundle())
    central.create_officer("ops", "ops_officer", region="C", name="王指挥")
    central.create_officer("lia", "liaison", agency="SW", name="赵联络", operations=(OP,))
    central.create_officer("boss", "leader", region="C", name="钱领导")
    central.add(operation(now), *tasks(now), *log(now, 450))
    return central


@pytest.fixture(name="desk")
def desk_fixture(joint, tmp_path: Path, qtbot):
    opened: list[Desk] = []

    def open_(username: str) -> Desk:
        path = tmp_path / f"{username}.sqlite"
        engine = SyncEngine(path, joint.url, f"dev-{username}", live=False)
        engine.login(username, DEFAULT_PASSWORD)
        engine.sync_once()
        store = Store.open(path)
        bus = AppBus()
        relay = _Relay()
        relay.changed.connect(bus.data_changed)
        engine.subscribe(lambda kind, payload: relay.changed.emit(payload) if kind == "changed" else None)
        ctx = AppContext(store, engine, engine.officer, bus, workspace="command", operation_id=OP)
        d = Desk(ctx, engine, store, relay)
        opened.append(d)
        return d

    yield open_
    for d in opened:
        d.ctx.bus.blockSignals(True)  # nothing may reach the widgets once their store is closed
        feed = d.ctx.bus.findChild(OperationFeed, "operationFeed")
        if feed is not None:
            feed.close()  # the shared read of the operation in view reads no more
    pool.wait_for_jobs(10.0)
    pool.release_worker_stores(None, timeout=5.0)  # the docks' reads, each closed on its own pool thread
    for d in opened:
        # actions were issued on pool threads: the engine's connections there are closed there
        pool.on_every_pool_thread(d.engine._close_store)
        d.engine.close()
    QApplication.processEvents()
    for d in opened:
        d.store.close()


def settled(feed) -> bool:
    return feed.loads > 0 and not feed.busy()


FIXTURES = (command_keyring, joint_fixture, desk_fixture)
