"""The seats board (签到板): who holds a seat for which agency, until when, and who is in the room now.

The seated officer checks themself in and out; the command staff may do it for anyone, open a seat
(through `ui.command.lifecycle.open_seat`), extend one or end it early. Seats that ended are listed
greyed below the others when asked for.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.permissions import READ_ONLY_ROLES
from dispatch_desk.domain.permissions_operations import OperationAction
from dispatch_desk.domain.records import Role, Seat
from dispatch_desk.ui.command import style, words
from dispatch_desk.ui.command.header import lifecycle_module
from dispatch_desk.ui.command.issue import CommandIssuer
from dispatch_desk.ui.command.models import OperationView, feed_for
from dispatch_desk.ui.context import AppContext

SEAT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TICK_MS = 15_000
COLUMNS = ("officer", "agency", "hours", "left", "present")
ENDING = 15 * 60  # seconds: a seat ending sooner than this shows its time left in amber


class SeatsWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatsBoard")
        self._ctx = ctx
        self.feed = feed_for(ctx)
        self.issuer = CommandIssuer(ctx, self)
        self.lifecycle = lifecycle_module()
        self.dialog: QWidget | None = None
        self._seats: list[Seat] = []

        self.summary = QLabel(self, objectName="seatSummary")
        self.show_ended = QCheckBox(self, objectName="showEnded")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("seatTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.refusal = QLabel(self, objectName="commandError")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for n, name in enumerate(("check_in", "check_out", "open", "extend", "close")):
            button = QPushButton(self, objectName=f"seat_{name}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(40)
            button.clicked.connect(lambda _checked=False, s=name: self.run(s))
            grid.addWidget(button, n // 3, n % 3)
            self.buttons[name] = button

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_ended)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refusal)
        layout.addLayout(grid)
        style.apply(self)

        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.show_ended.toggled.connect(lambda _on: self.show_view(self.feed.view))
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.issuer.refused.connect(lambda _n, _a, text: self._show_refusal(text))
        self.issuer.issued.connect(lambda *_a: self.feed.reload())
        self.feed.changed.connect(self.show_view)
        self.retranslate()
        self.timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Officer"), self.tr("Agency"), self.tr("Until"),
                                              self.tr("Left"), self.tr("Here")])
        self.show_ended.setText(self.tr("Show ended"))
        texts = {"check_in": self.tr("Check in"), "check_out": self.tr("Check out"),
                 "open": self.tr("Open seat…"), "extend": self.tr("Extend…"), "close": self.tr("End early")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.show_view(self.feed.view)

    # --- content
    def show_view(self, view: OperationView) -> None:
        now = datetime.now(UTC)
        selected = self.current_seat_id()
        op = view.operation
        seats = list(op.seats) if op is not None else []
        live = [s for s in seats if s.closed_at is None and s.ends_at > now]
        ended = [s for s in seats if s not in live]
        live.sort(key=lambda s: (not s.is_present(now), s.ends_at))
        ended.sort(key=lambda s: s.closed_at or s.ends_at, reverse=True)
        self._seats = live + (ended if self.show_ended.isChecked() else [])
        names = view.names
        self.table.setRowCount(len(self._seats))
        grey = QColor("#8a8f98")
        for row, seat in enumerate(self._seats):
            over = seat not in live
            cells = [names.officer(seat.officer), names.agency(seat.agency), words.clock(seat.ends_at), "", ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SEAT_ID_ROLE, seat.id)
                item.setToolTip(f"{names.officer(seat.officer)} · {names.agency_full(seat.agency)}\n"
                                f"{words.clock(seat.starts_at)}–{words.clock(seat.ends_at)}")
                if over:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
            if seat.officer == (view.me.id if view.me else ""):
                font = QFont(self.font())
                font.setBold(True)
                self.table.item(row, 0).setFont(font)
        self._fill_times(now)
        present = view.present(now) if op else 0
        self.summary.setText(self.tr("%1 of %2 seats in the room").replace("%1", str(present)).replace(
            "%2", str(len(live))) if op else self.tr("No joint command in view"))
        if selected:
            self.select_seat(selected)
        leader = view.me is not None and view.me.role in READ_ONLY_ROLES
        staff = view.staff() or (view.me is not None and view.me.role in (Role.OPS_OFFICER, Role.ADMIN))
        for name, button in self.buttons.items():
            staff_only = name in ("open", "extend", "close")
            button.setVisible(not leader and (staff or not staff_only)
                              and (name != "open" or self.lifecycle is not None))
        self._update_actions()

    def _fill_times(self, now: datetime) -> None:
        for row, seat in enumerate(self._seats):
            left_item, present_item = self.table.item(row, 3), self.table.item(row, 4)
            if left_item is None or present_item is None:
                continue
            if seat.closed_at is not None or seat.ends_at <= now:
                left_item.setText(self.tr("ended"))
                present_item.setText("")
                continue
            if seat.starts_at > now:
                left_item.setText(self.tr("starts in %1").replace("%1", words.duration(
                    (seat.starts_at - now).total_seconds())))
            else:
                seconds = (seat.ends_at - now).total_seconds()
                left_item.setText(words.duration(seconds))
                left_item.setForeground(QColor("#c45500") if seconds <= ENDING else self.palette().text().color())
            present = seat.is_present(now)
            present_item.setText(self.tr("● here") if present else self.tr("○ away"))
            present_item.setForeground(QColor("#1e8449") if present else QColor("#8a8f98"))

    def tick(self) -> None:
        if self.isVisible():
            self._fill_times(datetime.now(UTC))
            self._update_actions()

    # --- selection
    def current_seat_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(SEAT_ID_ROLE) if items else None

    def current_seat(self) -> Seat | None:
        seat_id = self.current_seat_id()
        return next((s for s in self._seats if s.id == seat_id), None)

    def select_seat(self, seat_id: str) -> bool:
        for row, seat in enumerate(self._seats):
            if seat.id == seat_id:
                self.table.selectRow(row)
                return True
        return False

    def _my_seat(self, view: OperationView) -> Seat | None:
        now = datetime.now(UTC)
        me = view.me.id if view.me else ""
        return next((s for s in self._seats if s.officer == me and s.is_open(now)), None)

    # --- gating
    def why_not(self, name: str) -> str:
        view = self.feed.view
        if view.operation is None:
            return words.refusal("no_operation")
        if name == "open":
            return words.refusal_of(view.why_not(OperationAction.OPEN_SEAT))
        seat = self.current_seat() or (self._my_seat(view) if name in ("check_in", "check_out") else None)
        if seat is None:
            return words.refusal("no_seat")
        now = datetime.now(UTC)
        if name in ("check_in", "check_out"):
            refused = view.why_not(OperationAction.CHECK_IN, seat=seat)
            if refused is not None:
                code = str(getattr(refused.code, "value", refused.code))
                if code == "forbidden":
                    return self.tr("Only the seated officer or the command staff checks a seat in or out")
                return words.refusal_of(refused)
            if not seat.is_open(now):
                return self.tr("The seat is not open now")
            if seat.is_present(now) == (name == "check_in"):
                return self.tr("Already checked in") if name == "check_in" else self.tr("Not checked in")
            return ""
        refused = view.why_not(OperationAction.CLOSE_SEAT)
        if refused is not None:
            return words.refusal_of(refused)
        if seat.closed_at is not None or seat.ends_at <= now:
            return self.tr("The seat has already ended")
        return ""

    def _update_actions(self) -> None:
        tips = {"check_in": self.tr("Record that the seat's officer is in the room"),
                "check_out": self.tr("Record that the seat's officer left the room"),
                "open": self.tr("Seat an officer for an agency until a given time"),
                "extend": self.tr("Move the seat's end later"), "close": self.tr("End the seat now")}
        for name, button in self.buttons.items():
            reason = self.why_not(name)
            button.setEnabled(not reason)
            button.setToolTip(reason or tips[name])

    # --- actions
    def run(self, name: str) -> Any:
        reason = self.why_not(name)
        if reason:
            self._show_refusal(reason)
            return None
        self.refusal.hide()
        view = self.feed.view
        if name == "open":
            fn = getattr(self.lifecycle, "open_seat", None)
            return fn(self._ctx, self.window(), view.id) if fn is not None else None
        seat = self.current_seat() or self._my_seat(view)
        assert seat is not None
        if name in ("check_in", "check_out", "close"):
            mutation = {"check_in": "seat.check_in", "check_out": "seat.check_out", "close": "seat.close"}[name]
            self.issuer.issue(mutation, {"operation": view.id, "seat": seat.id})
            return None
        from dispatch_desk.ui.command.dialogs import SeatEndDialog

        dialog = SeatEndDialog(view.id, seat.id, self)
        dialog.submitted.connect(lambda args: self.issuer.issue("seat.extend", args))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))
