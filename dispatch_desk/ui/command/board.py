"""The task board (任务看板): one lane per agency, a card per task, keyboard first.

Lanes are agencies because that is how both readers think: the commander scans who is behind, the
liaison works their own lane. Within a lane blocked work comes first, then by status and due time;
a card shows its title, status, the due time counting down like the SLA timers (amber when near,
red when overdue), why it is blocked and how many incidents it links. A liaison sees their own
agency's lane(s) until they ask for all.

Keys on the board: ↑/↓ or J/K move, ←/→ jump lanes, A accept, S start, D done, B block, M note,
Enter details, N new task (command staff). A step shows on the card at once (pending mark) and is
issued off the main thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.command import TASK_STEPS, task_overdue, task_step_refusal
from dispatch_desk.domain.permissions import READ_ONLY_ROLES
from dispatch_desk.domain.permissions_operations import OperationAction
from dispatch_desk.domain.records import Role, Task, TaskStatus
from dispatch_desk.ui.command import style, words
from dispatch_desk.ui.command.issue import CommandIssuer
from dispatch_desk.ui.command.models import NEAR_DUE, OperationView, feed_for
from dispatch_desk.ui.context import AppContext

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "lane" or "task"
TASK_ROLE = Qt.ItemDataRole.UserRole + 2  # Task (with the local step shown)
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 3
PENDING_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: a local change waits to sync
LANE_ROLE = Qt.ItemDataRole.UserRole + 5  # agency code of the lane
TICK_MS = 1000
BUTTON_COLUMNS = 5  # at most; fewer on a narrow dock so no label is cut

STATUS_ORDER = {TaskStatus.BLOCKED: 0, TaskStatus.ASSIGNED: 1, TaskStatus.ACCEPTED: 2, TaskStatus.IN_PROGRESS: 3,
                TaskStatus.DONE: 4, TaskStatus.CANCELLED: 5}
STATUS_COLORS = {TaskStatus.ASSIGNED: "#1a5fb4", TaskStatus.ACCEPTED: "#6a3fb5", TaskStatus.IN_PROGRESS: "#c45500",
                 TaskStatus.BLOCKED: "#b3001b", TaskStatus.DONE: "#1e8449", TaskStatus.CANCELLED: "#8a8f98"}
DUE_COLORS = {"overdue": "#a11212", "near": "#8a4b00", "ok": "#1b6e2f"}
FINISHED = (TaskStatus.DONE, TaskStatus.CANCELLED)
# Steps with one key, and the steps that need the command staff.
STEP_KEYS = (("accept", "A"), ("start", "S"), ("done", "D"), ("block", "B"), ("note", "M"))
STAFF_STEPS = (("assign", "N"), ("reassign", "R"), ("cancel", "Shift+Del"))
LINK_STEPS = (("link", "L"), ("raise", "I"))
NEVER_STAFF = (Role.LIAISON, Role.AGENCY_OFFICER, Role.STREET_SUPERVISOR, *READ_ONLY_ROLES)


def due_state(task: Task, now: datetime) -> str:
    """'overdue', 'near', 'ok' or '' (no due time, or finished)."""
    if task.due_at is None or task.status in FINISHED:
        return ""
    if task_overdue(task, now):
        return "overdue"
    return "near" if task.due_at - now <= NEAR_DUE else "ok"


@dataclass(frozen=True)
class _Row:
    kind: str  # "lane" | "task"
    agency: str
    task: Task | None = None
    open: int = 0
    overdue: int = 0


class BoardModel(QAbstractListModel):
    """Lane headers and task cards of one operation: an adapter over the feed's `OperationView`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._view = OperationView(None)
        self._shown: dict[str, TaskStatus] = {}  # task id -> the status a local step just gave it
        self._settled: set[str] = set()  # local steps already staged: drop them with the next view
        self.lanes: frozenset[str] | None = None  # None: every agency
        self.show_finished = False
        self.now = datetime.now(UTC)

    # --- content
    def set_view(self, view: OperationView) -> None:
        for task_id in self._settled:
            self._shown.pop(task_id, None)
        self._settled.clear()
        self._view = view
        self.rebuild()

    def show_step(self, task_id: str, status: TaskStatus) -> None:
        self._shown[task_id] = status
        self.rebuild()

    def step_staged(self, task_id: str) -> None:
        self._settled.add(task_id)

    def step_refused(self, task_id: str) -> None:
        self._shown.pop(task_id, None)
        self.rebuild()

    def task_of(self, task_id: str) -> Task | None:
        task = self._view.task(task_id)
        if task is not None and task_id in self._shown:
            task = replace(task, status=self._shown[task_id])
        return task

    def rebuild(self) -> None:
        self.beginResetModel()
        self._rows = self._build()
        self.endResetModel()

    def _build(self) -> list[_Row]:
        view, now = self._view, self.now
        if view.operation is None:
            return []
        by_lane: dict[str, list[Task]] = {}
        for code in view.operation.agencies:
            by_lane.setdefault(code, [])
        for t in view.tasks:
            task = replace(t, status=self._shown[t.id]) if t.id in self._shown else t
            by_lane.setdefault(task.agency, []).append(task)
        if self.lanes is not None:
            by_lane = {code: tasks for code, tasks in by_lane.items() if code in self.lanes}
        epoch = datetime.max.replace(tzinfo=UTC)
        rows: list[_Row] = []
        names = view.names
        for code in sorted(by_lane, key=lambda c: (-sum(1 for t in by_lane[c] if t.status not in FINISHED),
                                                   names.agency(c))):
            tasks = by_lane[code]
            open_ = [t for t in tasks if t.status not in FINISHED]
            rows.append(_Row("lane", code, open=len(open_), overdue=sum(1 for t in open_ if task_overdue(t, now))))
            shown = tasks if self.show_finished else open_
            shown.sort(key=lambda t: (STATUS_ORDER[t.status], t.due_at or epoch, words.task_title(t, view.plan)))
            rows.extend(_Row("task", code, t) for t in shown)
        return rows

    # --- Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == "lane":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KIND_ROLE:
            return row.kind
        if role == LANE_ROLE:
            return row.agency
        if row.kind == "lane":
            if role == Qt.ItemDataRole.DisplayRole:
                return self._view.names.agency_full(row.agency)
            return None
        task = row.task
        assert task is not None
        if role == TASK_ROLE:
            return task
        if role == TASK_ID_ROLE:
            return task.id
        if role == PENDING_ROLE:
            return task.id in self._shown or task.id in self._view.pending_tasks
        if role == Qt.ItemDataRole.DisplayRole:
            return words.task_title(task, self._view.plan)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [words.task_title(task, self._view.plan), words.task_status(task.status.value)]
            if task.description:
                tip.append(task.description)
            if task.blocked_reason:
                tip.append(words.translate("TaskBoard", "Blocked: %1").replace("%1", task.blocked_reason))
            if self.data(index, PENDING_ROLE):
                tip.append(words.translate("TaskBoard", "Local change waiting to sync"))
            return "\n".join(tip)
        return None

    def lane_counts(self, row: int) -> tuple[int, int]:
        r = self._rows[row]
        return r.open, r.overdue

    def row_of(self, task_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.task is not None and r.task.id == task_id), -1)

    def task_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.kind == "task"]

    def lane_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.kind == "lane"]


class CardDelegate(QStyledItemDelegate):
    """Paints lane headers and task cards; text measured once per font, no per-card widgets."""

    def __init__(self, model: BoardModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._bold = QFont()
        self._bold.setBold(True)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        h = option.fontMetrics.height()
        if index.data(KIND_ROLE) == "lane":
            return QSize(200, h + 14)
        return QSize(200, 2 * h + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = option.rect
        fm = option.fontMetrics
        if index.data(KIND_ROLE) == "lane":
            self._paint_lane(painter, option, index)
            painter.restore()
            return
        task: Task = index.data(TASK_ROLE)
        card = rect.adjusted(6, 3, -6, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(pal.highlight().color() if selected else pal.mid().color(), 2 if selected else 1))
        painter.setBrush(pal.alternateBase() if selected else pal.base())
        painter.drawRoundedRect(card, 5, 5)
        color = QColor(STATUS_COLORS[task.status])
        painter.fillRect(QRect(card.left() + 1, card.top() + 1, 5, card.height() - 1), color)
        inner = card.adjusted(12, 4, -8, -4)
        line1 = QRect(inner.left(), inner.top(), inner.width(), fm.height())
        line2 = QRect(inner.left(), inner.top() + fm.height() + 4, inner.width(), fm.height())

        state = due_state(task, self._model.now)
        due_text = ""
        if task.due_at is not None and state:
            due_text = words.countdown((task.due_at - self._model.now).total_seconds())
        elif task.status in FINISHED:
            due_text = words.task_status(task.status.value)
        bold_fm = QFontMetrics(self._bold)
        due_w = bold_fm.horizontalAdvance(due_text) + 8 if due_text else 0
        if due_text:
            painter.setFont(self._bold)
            painter.setPen(QColor(DUE_COLORS.get(state, "#6b7785")))
            painter.drawText(line1, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), due_text)
        painter.setFont(self._bold)
        painter.setPen(pal.text().color())
        title_rect = line1.adjusted(0, 0, -due_w, 0)
        title = bold_fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight,
                                   title_rect.width())
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)

        painter.setFont(option.font)
        parts = [words.task_status(task.status.value)]
        if task.incidents:
            parts.append(words.translate("TaskBoard", "Incidents: %1").replace("%1", str(len(task.incidents))))
        if index.data(PENDING_ROLE):
            parts.append(words.translate("TaskBoard", "waiting to sync…"))
        status_text = " · ".join(parts)
        painter.setPen(color)
        status_w = fm.horizontalAdvance(status_text)
        painter.drawText(line2, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), status_text)
        rest = task.blocked_reason if task.status is TaskStatus.BLOCKED else (task.note or task.description)
        if rest:
            rest_rect = line2.adjusted(status_w + 12, 0, 0, 0)
            painter.setPen(QColor(STATUS_COLORS[TaskStatus.BLOCKED]) if task.status is TaskStatus.BLOCKED
                           else pal.placeholderText().color())
            painter.drawText(rest_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(rest, Qt.TextElideMode.ElideRight, rest_rect.width()))
        painter.restore()

    def _paint_lane(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> None:
        rect = option.rect.adjusted(2, 4, -2, 0)
        pal = option.palette
        painter.fillRect(rect, pal.window())
        painter.setPen(QPen(pal.highlight().color(), 2))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        open_, overdue = self._model.lane_counts(index.row())
        counts = words.translate("TaskBoard", "%1 open").replace("%1", str(open_))
        if overdue:
            counts += " · " + words.translate("TaskBoard", "%1 overdue").replace("%1", str(overdue))
        text_rect = rect.adjusted(8, 0, -8, -2)
        painter.setFont(self._bold)
        painter.setPen(pal.text().color())
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        painter.setFont(option.font)
        painter.setPen(QColor(DUE_COLORS["overdue"]) if overdue else pal.placeholderText().color())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), counts)


class TaskBoardWidget(QWidget):
    """The task board dock: lanes, cards, the buttons of a task's steps, and the keys."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskBoard")
        self._ctx = ctx
        self.feed = feed_for(ctx)
        self.issuer = CommandIssuer(ctx, self)
        self.dialog: QWidget | None = None  # the open dialog, if any
        self._all_agencies_chosen: bool | None = None  # the officer's toggle; None: the role's default

        self.mine_only = QCheckBox(self, objectName="mineOnly")
        self.show_finished = QCheckBox(self, objectName="showFinished")
        self.summary = QLabel(self, objectName="commandMuted")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a narrow dock cuts it
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model = BoardModel(self)
        self.list = QListView(self, objectName="taskList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self.model, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(0)
        self.list.installEventFilter(self)
        self.empty = QLabel(self, objectName="emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.refusal = QLabel(self, objectName="commandError")
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        self.actions_by_step: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.grid = grid = QGridLayout()
        grid.setSpacing(4)
        for n, (step, key) in enumerate((*STEP_KEYS, *LINK_STEPS, *STAFF_STEPS)):
            action = QAction(self)
            action.setObjectName(f"task_{step}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, s=step: self.run_step(s))
            self.addAction(action)
            button = QPushButton(self, objectName=f"button_{step}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(40)
            button.clicked.connect(action.trigger)
            grid.addWidget(button, n // BUTTON_COLUMNS, n % BUTTON_COLUMNS)
            self.actions_by_step[step] = action
            self.buttons[step] = button

        top = QHBoxLayout()
        top.addWidget(self.mine_only)
        top.addWidget(self.show_finished)
        top.addSpacing(8)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.refusal)
        layout.addLayout(grid)
        style.apply(self)

        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.mine_only.toggled.connect(self._toggle_lanes)
        self.show_finished.toggled.connect(self._toggle_finished)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(lambda _i: self.run_step("details"))
        self.issuer.issued.connect(self._issued)
        self.issuer.refused.connect(self._refused)
        self.feed.changed.connect(self.show_view)
        self.retranslate()
        self.show_view(self.feed.view)
        self.timer.start()

    # --- language and width
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._lay_out_buttons()

    def _lay_out_buttons(self) -> None:
        """As many buttons a row as fit their labels (the visible ones, in their order)."""
        shown = [b for b in self.buttons.values() if not b.isHidden()]
        if not shown:
            return
        widest = max(b.sizeHint().width() for b in shown)
        columns = max(1, min(BUTTON_COLUMNS, (self.width() - 8) // (widest + self.grid.spacing())))
        for b in self.buttons.values():
            self.grid.removeWidget(b)
        for n, b in enumerate(shown):
            self.grid.addWidget(b, n // columns, n % columns)

    def retranslate(self) -> None:
        self.mine_only.setText(self.tr("Only my agency"))
        self.mine_only.setToolTip(self.tr("Show only the lanes of the agencies you act for"))
        self.show_finished.setText(self.tr("Show finished"))
        self.list.setToolTip(self.tr("↑/↓ or J/K move · ←/→ lanes · A accept · S start · D done · B block · "
                                     "M note · Enter details · N new task"))
        for step, action in self.actions_by_step.items():
            action.setText(words.task_step(step))
            self.buttons[step].setText(words.task_step(step))
        self._update_actions()
        self._lay_out_buttons()
        self._update_summary()

    # --- the view
    def view(self) -> OperationView:
        return self.feed.view

    def show_view(self, view: OperationView) -> None:
        current = self.current_task_id()
        staff_role = view.me is not None and view.me.role not in NEVER_STAFF
        mine = view.my_agencies()
        default_mine = bool(mine) and not view.staff() and not staff_role
        only_mine = default_mine if self._all_agencies_chosen is None else not self._all_agencies_chosen
        self.mine_only.blockSignals(True)
        self.mine_only.setChecked(only_mine and bool(mine))
        self.mine_only.setVisible(bool(mine))
        self.mine_only.blockSignals(False)
        self.model.lanes = mine if (only_mine and mine) else None
        self.model.now = datetime.now(UTC)
        self.model.set_view(view)
        self._restore_current(current)
        self._show_controls(view)
        self._update_summary()
        self._update_actions()

    def _show_controls(self, view: OperationView) -> None:
        me = view.me
        leader = me is not None and me.role in READ_ONLY_ROLES
        never_staff = me is not None and me.role in NEVER_STAFF and not view.staff()
        for step, button in self.buttons.items():
            staff_only = step in dict(STAFF_STEPS)
            button.setVisible(not leader and not (staff_only and never_staff))
        self._lay_out_buttons()
        has_rows = self.model.rowCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if view.operation is None:
            self.empty.setText(self.tr("No joint command is running. Choose one in the operation header."))
        elif not has_rows:
            self.empty.setText(self.tr("No tasks in these lanes yet."))

    def _update_summary(self) -> None:
        view = self.view()
        if view.operation is None:
            self.summary.setText("")
            return
        shown = self.model.lanes
        now = self.model.now
        tasks = [t for t in view.tasks if shown is None or t.agency in shown]
        open_ = [t for t in tasks if t.status not in FINISHED]
        open_, overdue, blocked = (len(open_), sum(1 for t in open_ if task_overdue(t, now)),
                                   sum(1 for t in open_ if t.status is TaskStatus.BLOCKED))
        self.summary.setText(self.tr("%1 open · %2 overdue · %3 blocked").replace("%1", str(open_)).replace(
            "%2", str(overdue)).replace("%3", str(blocked)))
        self.summary.setToolTip(self.summary.text())

    def _toggle_lanes(self, on: bool) -> None:
        self._all_agencies_chosen = not on
        self.show_view(self.view())

    def _toggle_finished(self, on: bool) -> None:
        self.model.show_finished = on
        current = self.current_task_id()
        self.model.rebuild()
        self._restore_current(current)
        self._show_controls(self.view())

    def tick(self) -> None:
        if not self.isVisible():
            return
        self.model.now = datetime.now(UTC)
        self.list.viewport().update()

    # --- selection and keys
    def current_task_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(TASK_ID_ROLE) if index.isValid() else None

    def current_task(self) -> Task | None:
        task_id = self.current_task_id()
        return self.model.task_of(task_id) if task_id else None

    def select_task(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def _restore_current(self, task_id: str | None) -> None:
        if task_id and self.select_task(task_id):
            return
        rows = self.model.task_rows()
        if rows and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(rows[0]))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        task_id = current.data(TASK_ID_ROLE) if current.isValid() else None
        if task_id:
            self._ctx.bus.task_selected.emit(task_id)

    def move(self, step: int) -> None:
        rows = self.model.task_rows()
        if not rows:
            return
        current = self.list.currentIndex().row()
        if current not in rows:
            target = rows[0]
        else:
            at = rows.index(current)
            target = rows[max(0, min(len(rows) - 1, at + step))]
        self.list.setCurrentIndex(self.model.index(target))

    def move_lane(self, step: int) -> None:
        lanes = self.model.lane_rows()
        current = self.list.currentIndex().row()
        tasks = set(self.model.task_rows())
        mine = max((i for i, r in enumerate(lanes) if r <= current), default=0)
        for n in range(mine + step, len(lanes) if step > 0 else -1, step):
            first = lanes[n] + 1
            if first in tasks:
                self.list.setCurrentIndex(self.model.index(first))
                self.list.scrollTo(self.model.index(lanes[n]), QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_J: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_K: -1}
            if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.move(moves[key])
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.move_lane(1 if key == Qt.Key.Key_Right else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_step("details")
                return True
            # The step keys reach here when no shortcut took them first (the window was not active).
            pressed = QKeySequence(event.keyCombination()).toString()
            for step, action in self.actions_by_step.items():
                if action.shortcut().toString() == pressed:
                    self.run_step(step)
                    return True
        return super().eventFilter(watched, event)

    # --- gating
    def why_not(self, step: str, task: Task | None = None) -> str:
        """'' when the officer may take `step` on the current task now, else the translated reason."""
        view = self.view()
        task = task if task is not None else self.current_task()
        if step == "assign":
            return words.refusal_of(view.why_not(OperationAction.ASSIGN_TASK))
        if view.operation is None:
            return words.refusal("no_operation")
        if task is None:
            return words.refusal("no_task")
        action = {"cancel": OperationAction.CANCEL_TASK, "reassign": OperationAction.REASSIGN_TASK,
                  "link": OperationAction.LINK_TASK, "raise": OperationAction.LINK_TASK}.get(
            step, OperationAction.UPDATE_TASK)
        refused = view.why_not(action, task=task)
        if refused is not None:
            return words.refusal_of(refused)
        if step == "raise" and not self._new_incident_class():
            return words.refusal("not_here")
        if task_step_refusal(task, step if step in TASK_STEPS else "note") is not None:
            return self.tr("Not possible for a task that is %1").replace("%1", words.task_status(task.status.value))
        return ""

    def _update_actions(self) -> None:
        for step, action in self.actions_by_step.items():
            reason = self.why_not(step)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setEnabled(not reason)
            tip = reason or f"{words.task_step_tip(step)} ({key})"
            action.setToolTip(tip)
            button = self.buttons[step]
            button.setEnabled(not reason)
            button.setToolTip(tip)

    @staticmethod
    def _new_incident_class() -> Any:
        from dispatch_desk.ui.shell import docks

        return docks.widget_class(docks.NEW_INCIDENT)

    # --- steps
    def run_step(self, step: str) -> None:
        if step == "details":
            self._details()
            return
        reason = self.why_not(step)
        if reason:
            self._show_refusal(reason)
            return
        task = self.current_task()
        view = self.view()
        if step in ("accept", "start", "done"):
            assert task is not None
            self._issue_step(task, step, {"id": task.id})
        elif step in ("block", "cancel", "note"):
            assert task is not None
            from dispatch_desk.ui.command.dialogs import ReasonDialog

            titles = {"block": self.tr("Why is the task blocked?"), "cancel": self.tr("Why cancel the task?"),
                      "note": self.tr("Progress of the task")}
            key = "note" if step == "note" else "reason"
            dialog = ReasonDialog(words.task_step(step).rstrip("…"), titles[step], key, {"id": task.id}, self,
                                  required=step != "note")
            dialog.submitted.connect(lambda args, t=task, s=step: self._issue_step(t, s, args))
            self._open(dialog)
        elif step == "reassign":
            assert task is not None and view.operation is not None
            from dispatch_desk.ui.command.dialogs import ReassignDialog

            dialog = ReassignDialog(task, view.operation, view.names, self, words.task_title(task, view.plan))
            dialog.submitted.connect(lambda args: self.issuer.issue("task.reassign", args))
            self._open(dialog)
        elif step == "assign":
            assert view.operation is not None
            from dispatch_desk.ui.command.dialogs import NewTaskDialog

            lane = self.list.currentIndex().data(LANE_ROLE)
            dialog = NewTaskDialog(view.operation, view.names, self, agency=lane)
            dialog.submitted.connect(lambda args: self.issuer.issue("task.assign", args))
            self._open(dialog)
        elif step == "link":
            assert task is not None and view.operation is not None
            from dispatch_desk.ui.command.dialogs import LinkIncidentDialog

            dialog = LinkIncidentDialog(task, view.operation, Path(self._ctx.store.path), self)
            dialog.submitted.connect(lambda args: self.issuer.issue("task.link", args))
            self._open(dialog)
        elif step == "raise":
            assert task is not None
            self._raise_incident(task)

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def _issue_step(self, task: Task, step: str, args: dict[str, Any]) -> None:
        to = TASK_STEPS[step][1]
        if to is not None:
            self.model.show_step(task.id, to)  # the card moves now; the pending mark says it is not synced
            self.select_task(task.id)
        self.refusal.hide()
        self.issuer.issue(f"task.{step}", args)

    def _issued(self, name: str, args: Any, _mutation_id: str) -> None:
        if name.startswith("task.") and "id" in args:
            self.model.step_staged(str(args["id"]))
        self.feed.reload()

    def _refused(self, name: str, args: Any, text: str) -> None:
        if "id" in args:
            self.model.step_refused(str(args["id"]))
        self._show_refusal(text)
        self._update_actions()

    def _show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.show()

    def _details(self) -> None:
        task = self.current_task()
        if task is None:
            return
        from dispatch_desk.ui.command.dialogs import TaskDetailsDialog

        self._open(TaskDetailsDialog(task, self.view().names, self, words.task_title(task, self.view().plan)))

    def _raise_incident(self, task: Task) -> None:
        cls = self._new_incident_class()
        op = self.view().operation
        if cls is None or op is None:
            return
        lon, lat = task.lon, task.lat
        if lon is None or lat is None:
            from dispatch_desk.domain.geo import to_shape

            shape = to_shape(op.area) if op.area else None
            point = shape.representative_point() if shape is not None else None
            lon, lat = (point.x, point.y) if point is not None else (None, None)
        dialog = cls(self._ctx, lon=lon, lat=lat, parent=self, operation=op.id)
        dialog.title.setText(task.title)
        dialog.reported.connect(lambda incident_id, t=task.id: self.issuer.issue(
            "task.link", {"id": t, "incident": incident_id}))
        self._open(dialog)
