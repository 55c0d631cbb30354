"""Joint-command notifications through the shell's banner (`bus.notify`): a task newly assigned to an
agency I act for, a situation report published, and my seat ending within ten minutes. Each once.
Records are read on a pool thread; only the notices are made on the main thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from dispatch_desk.domain.permissions_operations import acting_agencies, open_seats
from dispatch_desk.domain.records import ReportStatus, TaskStatus
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background, worker_store

RECENT = timedelta(minutes=10)  # older records arriving (a first sync, a long offline spell) are not news
SEAT_WARNING = timedelta(minutes=10)
CHECK_MS = 30_000
SEVERITY = 3  # shown with the default notification settings (紧急 and above)


def _news(path: Path, officer_id: str, tasks: list[str], reports: list[str], now: datetime) -> list[tuple]:
    """(kind, key, text) of what is news for this officer among the changed records."""
    store = worker_store(path)
    reader = store.command
    found: list[tuple] = []
    operations: dict[str, Any] = {}
    me_rows = store.records("officer", "key = ?", [officer_id])
    me = me_rows[0] if me_rows else None

    def operation(op_id: str) -> Any:
        if op_id not in operations:
            operations[op_id] = reader.operation(op_id)
        return operations[op_id]

    for key in tasks[:200]:
        task = reader.task(key)
        if task is None or task.status is not TaskStatus.ASSIGNED or me is None:
            continue
        if task.assigned_by == officer_id or now - task.updated_at > RECENT:
            continue
        op = operation(task.operation)
        mine = acting_agencies(me, op, now) if op is not None else frozenset()
        if task.agency in mine or (me.agency is not None and task.agency == me.agency and op is not None
                                   and open_seats(officer_id, op, now)):
            found.append(("task", f"{task.id}@{task.updated_at.isoformat()}", task.title,
                          op.name if op is not None else ""))
    for key in reports[:50]:
        report = reader.report(key)
        if report is None or report.status is not ReportStatus.PUBLISHED or report.published_at is None:
            continue
        if now - report.published_at > RECENT:
            continue
        op = operation(report.operation)
        found.append(("report", report.id, report.title, str(report.number), op.name if op is not None else ""))
    return found


def _ending(path: Path, officer_id: str, now: datetime) -> list[tuple]:
    """(seat id, operation name, minutes left) of my seats that end within the warning time."""
    out = []
    for op in worker_store(path).command.operations(include_closed=False):
        for seat in open_seats(officer_id, op, now):
            left = seat.ends_at - now
            if timedelta(0) < left <= SEAT_WARNING:
                out.append((f"{seat.id}@{seat.ends_at.isoformat()}", op.name, max(1, int(left.total_seconds() // 60))))
    return out


class CommandWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandWatcher")
        self._ctx = ctx
        self._path = Path(ctx.store.path)
        self.seen: set[str] = set()
        self.checks = 0  # answers received (tests wait on them)
        self.seat_checks = 0
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check_seats)
        ctx.bus.data_changed.connect(self.on_changed)
        self._timer.start()
        QTimer.singleShot(0, self.check_seats)

    def on_changed(self, changed: object) -> None:
        if not isinstance(changed, dict):
            return
        tasks = sorted(changed.get("task", ()))
        reports = sorted(changed.get("sitrep", ()))
        if not tasks and not reports:
            return
        path, me, now = self._path, self._ctx.officer.id, datetime.now(UTC)
        run_in_background(lambda: _news(path, me, tasks, reports, now), self._announce, owner=self)

    def check_seats(self) -> None:
        path, me, now = self._path, self._ctx.officer.id, datetime.now(UTC)
        run_in_background(lambda: _ending(path, me, now), self._seats_ending, owner=self)

    def _announce(self, found: list[tuple]) -> None:
        self.checks += 1
        for item in found:
            kind, key = item[0], item[1]
            if f"{kind}:{key}" in self.seen:
                continue
            self.seen.add(f"{kind}:{key}")
            if kind == "task":
                title = self.tr("New task for your agency")
                text = f"{item[2]} · {item[3]}".strip(" ·")
            else:
                title = self.tr("Situation report no. %1 published").replace("%1", item[3])
                text = f"{item[2]} · {item[4]}".strip(" ·")
            self._ctx.bus.notify.emit(title, text, SEVERITY)

    def _seats_ending(self, seats: list[tuple]) -> None:
        self.seat_checks += 1
        for seat_id, name, minutes in seats:
            if f"seat:{seat_id}" in self.seen:
                continue
            self.seen.add(f"seat:{seat_id}")
            self._ctx.bus.notify.emit(self.tr("Your seat ends in %n minute(s)", "", minutes), name, SEVERITY)
