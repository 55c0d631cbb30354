"""The operation header: which joint command is in view, its state at a glance, its life-cycle buttons.

The picker lists running and recent operations (the choice is remembered per officer). The badge
shows the response level in its colour (一级 red … 四级 blue); time since start ticks; the counts
are the task board's. Life-cycle buttons call `ui.command.lifecycle` (the reports area); while that
module is not installed they are not shown. Each is enabled only when `operation_why_not` allows it,
and a disabled one says why in its tooltip.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.permissions import READ_ONLY_ROLES
from dispatch_desk.domain.permissions_operations import OperationAction
from dispatch_desk.domain.records import Operation, OperationKind, OperationStatus
from dispatch_desk.ui.command import style, words
from dispatch_desk.ui.command.board import NEVER_STAFF
from dispatch_desk.ui.command.models import OperationView, feed_for
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppContext

LIFECYCLE = "dispatch_desk.ui.command.lifecycle"
# (button, lifecycle function, the action that gates it, takes the operation id)
BUTTONS: tuple[tuple[str, str, OperationAction, bool], ...] = (
    ("start", "start_operation", OperationAction.CREATE, False),
    ("level", "set_level", OperationAction.SET_LEVEL, True),
    ("transfer", "transfer_command", OperationAction.TRANSFER, True),
    ("seat", "open_seat", OperationAction.OPEN_SEAT, True),
    ("stand_down", "stand_down", OperationAction.STAND_DOWN, True),
    ("close", "close_operation", OperationAction.CLOSE, True),
)
TICK_MS = 1000


def lifecycle_module() -> Any:
    """The reports area's life-cycle functions, or None while they are not installed."""
    try:
        if importlib.util.find_spec(LIFECYCLE) is None:
            return None
        return importlib.import_module(LIFECYCLE)
    except Exception:  # a broken module is as good as none here; the shell logs import failures
        return None


class OperationHeader(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationHeader")
        self._ctx = ctx
        self.feed = feed_for(ctx)
        self.lifecycle = lifecycle_module()

        self.picker = QComboBox(self, objectName="operationPicker")
        # As wide as the operation's name and status, up to a third of the header (resizeEvent): the
        # commander's name beside it gives way first.
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level = QLabel(self, objectName="levelBadge")
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self, objectName="operationStatus")
        self.command = QLabel(self, objectName="commandStaff")
        self.elapsed = QLabel(self, objectName="elapsed")
        self.tasks = QLabel(self, objectName="taskCounts")
        self.present = QLabel(self, objectName="presentNow")
        for label in (self.status, self.command, self.elapsed, self.tasks, self.present):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.command.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.command.setMinimumWidth(120)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setSpacing(4)
        for name, _fn, _action, _needs_op in BUTTONS:
            button = QPushButton(self, objectName=f"lifecycle_{name}")
            button.clicked.connect(lambda _checked=False, n=name: self.run(n))
            button.setVisible(self.lifecycle is not None)
            actions.addWidget(button)
            self.buttons[name] = button
        actions.addStretch(1)

        info = QHBoxLayout()
        info.setSpacing(12)
        info.addWidget(self.picker)
        info.addWidget(self.level)
        info.addWidget(self.status)
        info.addWidget(self.elapsed)
        info.addWidget(self.tasks)
        info.addWidget(self.present)
        info.addWidget(self.command, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(info)
        layout.addLayout(actions)
        style.apply(self)

        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.picker.activated.connect(self._picked)
        self.feed.changed.connect(self.show_view)
        self.retranslate()
        self.show_view(self.feed.view)
        self.timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.picker.setMaximumWidth(max(220, self.width() // 3))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {"start": self.tr("Start operation…"), "level": self.tr("Response level…"),
                 "transfer": self.tr("Transfer command…"), "seat": self.tr("Open seat…"),
                 "stand_down": self.tr("Stand down…"), "close": self.tr("Close…")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.picker.setToolTip(self.tr("The joint command in view (running and recent ones)"))
        self.show_view(self.feed.view)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_dock()
        QTimer.singleShot(0, self._fit_dock)  # again once the theme has polished the buttons

    def _fit_dock(self) -> None:
        """A strip across the window: the dock's scroll area is as tall as the header, never scrolling."""
        scroll = self.parentWidget().parentWidget() if self.parentWidget() is not None else None
        if isinstance(scroll, QScrollArea):
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.adjustSize()
            height = self.layout().sizeHint().height() + 2
            scroll.setMinimumHeight(height)
            scroll.setMaximumHeight(height)

    # --- content
    def show_view(self, view: OperationView) -> None:
        self._fill_picker(view)
        op = view.operation
        for label in (self.status, self.command, self.elapsed, self.tasks, self.present, self.level):
            label.setVisible(op is not None)
        if op is None:
            self._update_buttons(view)
            return
        color = words.LEVEL_COLORS.get(op.level, words.LEVEL_COLORS[0])
        self.level.setText(words.response_level(op.level))
        self.level.setStyleSheet(f"background: {color}; color: white; font-weight: bold; border-radius: 4px;"
                                 " padding: 3px 10px;")
        status = words.operation_status(op.status.value)
        if view.operation_pending:
            status += " ⏳"
        self.status.setText(f"<b>{status}</b> · {words.operation_kind(op.kind)}")
        names = view.names
        staff = self.tr("Commander %1").replace("%1", f"<b>{names.officer(op.commander)}</b>")
        if op.deputy:
            staff += " · " + self.tr("Deputy %1").replace("%1", names.officer(op.deputy))
        self.command.setText(staff)
        about = [op.name]
        if view.plan is not None:
            about.append(self.tr("Plan: %1").replace("%1", words.plan_name(view.plan)))
        self.status.setToolTip("\n".join(about))
        self.command.setToolTip("\n".join([*about, self.command.text().replace("<b>", "").replace("</b>", "")]))
        self._show_times(view)
        self._update_buttons(view)

    def _fill_picker(self, view: OperationView) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for op in view.operations:
            self.picker.addItem(f"{op.name} · {words.operation_status(op.status.value)}", op.id)
        if view.operation is not None and self.picker.findData(view.operation.id) < 0:
            op = view.operation
            self.picker.addItem(f"{op.name} · {words.operation_status(op.status.value)}", op.id)
        if not view.operations and view.operation is None:
            self.picker.addItem(self.tr("No joint command"), "")
        self.picker.setCurrentIndex(max(0, self.picker.findData(view.id)))
        self.picker.blockSignals(False)

    def tick(self) -> None:
        view = self.feed.view
        op = view.operation
        if op is None or not self.isVisible():
            return
        self._show_times(view)

    def _show_times(self, view: OperationView) -> None:
        op = view.operation
        assert op is not None
        now = datetime.now(UTC)
        if op.started_at is not None:
            end = op.ended_at or now
            seconds = (end - op.started_at).total_seconds()
            self.elapsed.setText(self.tr("Running %1").replace("%1", f"<b>{labels.format_countdown(max(0.0, seconds))}</b>"))
        else:
            self.elapsed.setText(self.tr("Not started"))
        open_, overdue, blocked = view.counts(now)
        parts = [self.tr("Tasks %1 open").replace("%1", f"<b>{open_}</b>")]
        red = "#b3001b"
        parts.append(self.tr("%1 overdue").replace("%1", f"<b style='color:{red}'>{overdue}</b>" if overdue
                                                   else "<b>0</b>"))
        parts.append(self.tr("%1 blocked").replace("%1", f"<b style='color:{red}'>{blocked}</b>" if blocked
                                                   else "<b>0</b>"))
        self.tasks.setText(" · ".join(parts))
        self.present.setText(self.tr("%1 in the room").replace("%1", f"<b>{view.present(now)}</b>"))

    def _update_buttons(self, view: OperationView) -> None:
        me = view.me
        never = me is not None and (me.role in READ_ONLY_ROLES or (me.role in NEVER_STAFF and not view.staff()))
        for name, _fn, action, needs_op in BUTTONS:
            button = self.buttons[name]
            button.setVisible(self.lifecycle is not None and not never)
            reason = self.why_not(name, action, needs_op, view)
            button.setEnabled(not reason)
            button.setToolTip(reason or button.text().rstrip("…"))
        self._fit_dock()

    def why_not(self, name: str, action: OperationAction, needs_op: bool, view: OperationView) -> str:
        if not needs_op:
            me = view.me or self._ctx.officer
            draft = Operation("", "", OperationKind.MAJOR_EVENT.value, OperationStatus.PLANNED, commander=me.id)
            probe = OperationView(draft, me=me, names=view.names)
            return words.refusal_of(probe.why_not(action))
        if view.operation is None:
            return words.refusal("no_operation")
        refused = view.why_not(action)
        if refused is not None and str(getattr(refused.code, "value", refused.code)) == "wrong_status":
            return self.tr("Not possible while the operation is %1").replace(
                "%1", words.operation_status(view.operation.status.value))
        return words.refusal_of(refused)

    # --- actions
    def _picked(self, index: int) -> None:
        self.feed.select(str(self.picker.itemData(index) or ""))

    def run(self, name: str) -> Any:
        spec = next(b for b in BUTTONS if b[0] == name)
        if self.lifecycle is None or not self.buttons[name].isEnabled():
            return None
        fn = getattr(self.lifecycle, spec[1], None)
        if fn is None:
            return None
        if spec[3]:
            return fn(self._ctx, self.window(), self.feed.view.id)
        return fn(self._ctx, self.window())
