"""The joint command in view, read off the main thread, and shared by the workspace's docks.

`feed_for(ctx)` is one `OperationFeed` per bus: it knows which operation the officer looks at
(persisted per officer), reads that operation, its tasks and the names they need on a pool thread
whenever sync or a local action changes them, and hands every dock the same `OperationView`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.command import OPEN_TASK, task_overdue
from dispatch_desk.domain.permissions_operations import (
    OperationAction,
    acting_agencies,
    is_staff,
    operation_why_not,
)
from dispatch_desk.domain.records import Officer, Operation, OperationStatus, Plan, Role, Task
from dispatch_desk.domain.workflow_actions import Refused
from dispatch_desk.ui.common.names import REFERENCE_ENTITIES, Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background, worker_store

RECENT = timedelta(days=14)  # closed operations stay in the picker this long
NEAR_DUE = timedelta(minutes=30)  # a task due sooner than this is shown amber
RELOAD_DEBOUNCE_MS = 120
ENTITIES = frozenset({"operation", "task", "officer", "agency", "plan"})
_RUNNING = (OperationStatus.ACTIVE, OperationStatus.STAND_DOWN)


def settings_key(officer_id: str) -> str:
    return f"command/operation/{officer_id}"


@dataclass(frozen=True)
class OperationView:
    """What the docks show of one operation, as read at `read_at`."""

    operation: Operation | None
    tasks: tuple[Task, ...] = ()
    pending_tasks: frozenset[str] = frozenset()
    operation_pending: bool = False
    me: Officer | None = None
    names: Names = field(default_factory=Names)
    operations: tuple[Operation, ...] = ()  # the picker's choice: running first, then recent
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    plan: Plan | None = None  # the plan the operation in view was started from

    @property
    def id(self) -> str:
        return self.operation.id if self.operation else ""

    def why_not(self, action: OperationAction, now: datetime | None = None, **kw: Any) -> Refused | None:
        if self.operation is None or self.me is None:
            return Refused("Choose an operation first", "no_operation")  # type: ignore[arg-type]
        return operation_why_not(self.me, action, self.operation, regions=self.names.regions,
                                 now=now or datetime.now(UTC), **kw)

    def staff(self) -> bool:
        return (self.operation is not None and self.me is not None
                and (is_staff(self.me, self.operation) or self.me.role is Role.ADMIN))

    def my_agencies(self, now: datetime | None = None) -> frozenset[str]:
        if self.operation is None or self.me is None:
            return frozenset()
        return acting_agencies(self.me, self.operation, now or datetime.now(UTC))

    def task(self, task_id: str) -> Task | None:
        return next((t for t in self.tasks if t.id == task_id), None)

    def counts(self, now: datetime) -> tuple[int, int, int]:
        """Tasks open, overdue and blocked."""
        open_ = [t for t in self.tasks if t.status in OPEN_TASK]
        return (len(open_), sum(1 for t in open_ if task_overdue(t, now)),
                sum(1 for t in open_ if t.status.value == "blocked"))

    def present(self, now: datetime) -> int:
        return sum(1 for s in self.operation.seats if s.is_present(now)) if self.operation else 0


def picker_order(operations: list[Operation], now: datetime) -> list[Operation]:
    """Running operations first (newest first), then planned, then those closed recently."""
    def recent(op: Operation) -> bool:
        return op.status is not OperationStatus.CLOSED or (op.ended_at is not None and now - op.ended_at <= RECENT)

    rank = {OperationStatus.ACTIVE: 0, OperationStatus.STAND_DOWN: 1, OperationStatus.PLANNED: 2,
            OperationStatus.CLOSED: 3}
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    shown = [op for op in operations if recent(op)]
    return sorted(shown, key=lambda op: (rank[op.status], -(op.started_at or op.created_at or epoch).timestamp()))


def read_view(store: Any, officer_id: str, operation_id: str | None, names: Names | None = None) -> OperationView:
    """The view of one operation from a store (called on a pool thread with its own store); `names`
    read before are used again when no reference record changed since."""
    now = datetime.now(UTC)
    names = names if names is not None else Names.load(store)
    reader = store.command
    every = reader.operations()
    operations = picker_order(every, now)
    op = next((o for o in every if o.id == operation_id), None)
    if op is None:  # none chosen yet, or the chosen one is gone: the newest running one
        op = next((o for o in operations if o.status in _RUNNING), None)
    tasks: tuple[Task, ...] = ()
    pending: frozenset[str] = frozenset()
    op_pending = False
    plan = None
    if op is not None:
        data = store.get("plan", op.plan) if op.plan else None
        plan = None if data is None else from_wire(Plan, data)
        tasks = tuple(reader.tasks(op.id))
        pending = reader.pending("task", [t.id for t in tasks])
        op_pending = bool(reader.pending("operation", [op.id]))
    return OperationView(op, tasks, pending, op_pending, names.officers.get(officer_id), names,
                         tuple(operations), now, plan)


class OperationFeed(QObject):
    """The operation in view and its latest `OperationView`, shared by the operation workspace's docks."""

    changed = Signal(object)  # OperationView
    selected = Signal(str)  # the operation in view changed ("" for none)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationFeed")
        self._ctx = ctx
        self._path = Path(ctx.store.path)
        self._officer = ctx.officer.id
        self.view = OperationView(None, me=ctx.officer)
        self.loads = 0  # finished reads (tests wait on it)
        self._announced = False  # the map is told the operation in view once it is known
        self._running = 0
        self._again = False
        self._asked_for = ""
        self._closed = False
        self._names: Names | None = None
        self._names_epoch = self._asked_epoch = 0
        self._timer = QTimer(self, singleShot=True, interval=RELOAD_DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        stored = QSettings().value(settings_key(self._officer), "", type=str)
        self.operation_id: str = ctx.operation_id or stored or ""
        ctx.bus.data_changed.connect(self._on_data_changed)
        ctx.bus.operation_selected.connect(self._follow)
        self.reload()

    def close(self) -> None:
        """Read no more (the desk signs out, or a test ends): no timer, no bus."""
        self._timer.stop()
        self._again = False
        for signal, slot in ((self._ctx.bus.data_changed, self._on_data_changed),
                             (self._ctx.bus.operation_selected, self._follow)):
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                signal.disconnect(slot)
        self._closed = True

    # --- which operation
    def select(self, operation_id: str) -> None:
        """Look at another operation: remembered for this officer, announced on the bus."""
        if operation_id == self.operation_id and self.view.id == operation_id:
            return
        self.operation_id = operation_id
        QSettings().setValue(settings_key(self._officer), operation_id)
        self._announce(operation_id)
        self.reload()

    def _announce(self, operation_id: str) -> None:
        self._announced = True
        self._ctx.operation_id = operation_id or None
        self._ctx.bus.operation_selected.emit(operation_id)
        if operation_id:
            self._ctx.bus.show_operation_on_map.emit(operation_id)
        self.selected.emit(operation_id)

    def _follow(self, operation_id: str) -> None:
        if operation_id != self.operation_id:
            self.operation_id = operation_id
            QSettings().setValue(settings_key(self._officer), operation_id)
            self.selected.emit(operation_id)
            self.reload()

    # --- reading
    def _on_data_changed(self, changes: object) -> None:
        kinds = set(changes or ()) if isinstance(changes, dict) else set()
        if not kinds or kinds & REFERENCE_ENTITIES:
            self._names = None  # officers, agencies or regions changed: read the names again
            self._names_epoch += 1
        if not kinds or kinds & ENTITIES:
            self._timer.start()

    def busy(self) -> bool:
        return self._running > 0 or self._timer.isActive()

    def reload(self) -> None:
        self._timer.stop()
        if self._closed:
            return
        if self._running:
            self._again = True  # one read at a time; the last change is read once more after it
            return
        self._running += 1
        path, officer, wanted = self._path, self._officer, self.operation_id
        self._asked_for = wanted
        names = self._names
        self._asked_epoch = self._names_epoch
        run_in_background(lambda: read_view(worker_store(path), officer, wanted, names), self._loaded,
                          self._failed, owner=self)

    def _loaded(self, view: OperationView) -> None:
        self._running -= 1
        if self._asked_for != self.operation_id:  # another operation was chosen meanwhile: read that one
            self._again = False
            self.reload()
            return
        self.loads += 1
        if self._asked_epoch == self._names_epoch:  # no reference change since the read began
            self._names = view.names
        first_choice = bool(view.id) and (view.id != self.operation_id or not self._announced)
        if view.me is None:
            view = OperationView(view.operation, view.tasks, view.pending_tasks, view.operation_pending,
                                 self._ctx.officer, view.names, view.operations, view.read_at, view.plan)
        self.view = view
        if first_choice:  # the first read: the remembered operation, or else the newest running one
            self.operation_id = view.id
            QSettings().setValue(settings_key(self._officer), view.id)
            self._announce(view.id)
        self.changed.emit(view)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._running -= 1
        self._ctx.bus.status_message.emit(str(exc))
        if self._again:
            self._again = False
            self.reload()


def feed_for(ctx: AppContext) -> OperationFeed:
    """The one feed of this desk (created on first use, owned by the bus)."""
    feed = ctx.bus.findChild(OperationFeed, "operationFeed")
    if feed is None:
        feed = OperationFeed(ctx, ctx.bus)
    return feed
