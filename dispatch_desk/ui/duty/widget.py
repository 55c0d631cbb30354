"""The duty panel (值班): the officer's shift, the handover they owe, who is on duty now, and the
handovers kept.

Handing over: from 30 minutes before the shift ends, the panel prepares the open items of the
duty's scope from the cache (on a pool thread), the officer writes their notes and signs. Taking
over: the panel shows what the leaving officer signed (or, when they did not, the items prepared
now) and the incoming officer signs. Both are ordinary mutations: staged at once, sent when the
network allows, decided again by the central service with the same rules (`domain.duty`), which
prepares the kept items from everything it holds.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import duty
from dispatch_desk.domain.records import DutyShift, Handover, HandoverItem
from dispatch_desk.store import duty as store_duty
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.names import REFERENCE_ENTITIES, Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_action, run_in_background, worker_store

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the name lupdate looks for

REFRESH_MS = 30_000  # the clock moves windows open and shut even when no data comes
DEBOUNCE_MS = 1500
KEY_ROLE = Qt.ItemDataRole.UserRole
WATCHED = {"duty_shift", "handover", "incident", "alert", "operation", "task"}


def post_label(post: str) -> str:
    return {
        "值班长": translate("Duty", "Duty chief"),
        "值班员": translate("Duty", "Duty officer"),
        "联络员": translate("Duty", "Liaison"),
    }.get(post, post)


def clock(at: datetime | None, today: str = "") -> str:
    """"12-04 08:00" in city time; "08:00" when it falls on `today` ("2026-12-04"), as the items do."""
    text = labels.business_time(at)
    return text[11:] if today and text.startswith(today) else text[5:]


def hours(shift: DutyShift) -> str:
    return f"{clock(shift.starts_at)}–{labels.business_time(shift.ends_at)[11:]}"


def state_label(item: HandoverItem) -> str:
    if item.kind == "incident":
        return labels.sla_state_label(item.state)
    if item.kind == "alert":
        return {
            "alarm": translate("Duty", "Alarm"), "warn": translate("Duty", "Warning"),
            "forecast": translate("Duty", "Early warning"), "external": translate("Duty", "External warning"),
            "device": translate("Duty", "Sensor silent"), "duty": translate("Duty", "Duty unstaffed"),
        }.get(item.state, item.state)
    if item.kind == "operation":
        return labels.operation_status(item.state)
    return labels.task_status(item.state)


class DutyWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyWidget")
        self._ctx = ctx
        self._names = Names.load(ctx.store)
        self.owed: tuple[str, DutyShift] | None = None  # the signature the officer owes now
        self.shown: Handover | None = None  # the kept handover the box shows, if any
        self._preview_for: str | None = None
        self._notified: set[tuple[str, str]] = set()

        self.mine = QLabel(self, objectName="dutyMine")
        self.mine.setWordWrap(True)
        self.mine.setStyleSheet("font-weight: 600")

        self.box = QGroupBox(self, objectName="dutyHandover")
        self.state = QLabel(self.box, objectName="dutyHandoverState")
        self.state.setWordWrap(True)
        self.items = QTreeWidget(self.box, objectName="dutyItems")
        self.items.setColumnCount(3)
        self.items.setRootIsDecorated(True)
        self.items.setUniformRowHeights(True)
        self.items.setIndentation(14)  # the dock is narrow on a laptop: the titles need the room
        self.items.header().setStretchLastSection(False)
        self.items.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.items.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items.itemDoubleClicked.connect(self._open_item)
        self.note_label = QLabel(self.box)
        self.note = QPlainTextEdit(self.box, objectName="dutyNote")
        self.note.setMaximumHeight(90)
        self.remark = QLineEdit(self.box, objectName="dutyRemark")
        self.sign = QPushButton(self.box, objectName="dutySign")
        self.sign.setProperty("primary", True)
        self.sign.clicked.connect(self.sign_now)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.state)
        box_layout.addWidget(self.items, 1)
        box_layout.addWidget(self.note_label)
        box_layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.remark, 1)
        row.addWidget(self.sign)
        box_layout.addLayout(row)

        self.on_duty_label = QLabel(self)
        self.on_duty_label.setStyleSheet("font-weight: 600")
        self.on_duty = self._table("dutyNow", 4)
        self.history_label = QLabel(self)
        self.history_label.setStyleSheet("font-weight: 600")
        self.history = self._table("dutyHistory", 4)
        self.history.itemSelectionChanged.connect(self._history_selected)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.mine)
        layout.addWidget(self.box, 3)
        line = QFrame(self, frameShape=QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.on_duty_label)
        layout.addWidget(self.on_duty, 2)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 2)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.refresh)
        self._clock = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._clock.start()
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self, objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return table

    def retranslate(self) -> None:
        self.on_duty_label.setText(self.tr("On duty now"))
        self.history_label.setText(self.tr("Handovers"))
        self.items.setHeaderLabels([self.tr("Item"), self.tr("State"), self.tr("Due")])
        self.on_duty.setHorizontalHeaderLabels([self.tr("On duty for"), self.tr("Post"), self.tr("Officer"),
                                                self.tr("Hours")])
        self.history.setHorizontalHeaderLabels([self.tr("Taken over"), self.tr("On duty for"), self.tr("From → to"),
                                                self.tr("Items")])
        self.note.setPlaceholderText(self.tr("What the next shift should know: calls to return, places to watch…"))
        self.remark.setPlaceholderText(self.tr("Remark on taking over (optional)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            labels.reset()
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    # --- data ----------------------------------------------------------------------------------
    def _on_data_changed(self, changes: Any) -> None:
        kinds = set(changes or ())
        if kinds & REFERENCE_ENTITIES:
            self._names = Names.load(self._ctx.store)
        if not kinds or kinds & WATCHED:
            self._debounce.start()

    def scope_name(self, region: str | None, agency: str | None) -> str:
        if agency:
            return self._names.agency(agency)
        return self._names.region(region) if region else self.tr("City center")

    def refresh(self) -> None:
        """Read the roster and the handovers (small tables) and show what the officer owes now."""
        store, officer, now = self._ctx.store, self._ctx.officer, datetime.now(UTC)
        shifts = store_duty.shifts(store)
        kept = {h.id: h for h in store_duty.handovers(store)}
        owed = duty.awaiting(shifts, officer.id, now, kept.get)
        self._show_mine(shifts, now)
        self._show_on_duty(shifts, now)
        self._show_history(kept, shifts)
        self.owed = owed
        if owed is not None:
            self._show_owed(owed, shifts, kept, now)
            self._notify(owed)
        elif not self.history.selectedItems():
            current = duty.current(shifts, officer.id, now)
            record = kept.get(current.id) if current is not None else None
            self._show_record(record)

    def _show_mine(self, shifts: list[DutyShift], now: datetime) -> None:
        me = self._ctx.officer.id
        current = duty.current(shifts, me, now)
        if current is not None:
            left = labels.format_countdown((current.ends_at - now).total_seconds())
            self.mine.setText(self.tr("My shift: %1 · %2 · %3 (%4 left)").replace("%1", post_label(current.post))
                              .replace("%2", self.scope_name(current.region, current.agency))
                              .replace("%3", hours(current)).replace("%4", left))
            return
        following = duty.upcoming(shifts, me, now)
        if following is not None:
            self.mine.setText(self.tr("Not on duty now. Next shift: %1 · %2 · %3")
                              .replace("%1", post_label(following.post))
                              .replace("%2", self.scope_name(following.region, following.agency))
                              .replace("%3", hours(following)))
        else:
            self.mine.setText(self.tr("Not on duty now, and no shift of yours in the next two days."))

    def _show_on_duty(self, shifts: list[DutyShift], now: datetime) -> None:
        mine = self._ctx.officer.region
        found = duty.covering(shifts, now)
        # the officer's own center first, then the others as the roster orders them
        found.sort(key=lambda s: (s.region != mine or s.agency is not None, s.agency is not None))
        self.on_duty.setRowCount(len(found))
        for row, shift in enumerate(found):
            cells = (self.scope_name(shift.region, shift.agency), post_label(shift.post),
                     self._names.officer(shift.officer), hours(shift))
            for column, text in enumerate(cells):
                self.on_duty.setItem(row, column, QTableWidgetItem(text))
        self.on_duty.resizeColumnsToContents()

    def _show_history(self, kept: dict[str, Handover], shifts: list[DutyShift]) -> None:
        selected = self._selected_history()
        by_id = {s.id: s for s in shifts}
        rows = sorted(kept.values(), key=lambda h: h.taken_over_at or h.handed_over_at or h.prepared_at, reverse=True)
        self.history.blockSignals(True)
        self.history.setRowCount(len(rows))
        for row, record in enumerate(rows):
            before = by_id.get(record.previous or "")
            after = by_id.get(record.shift)
            leaving = self._names.officer(record.handed_over_by or (before.officer if before else None))
            coming = self._names.officer(record.taken_over_by or (after.officer if after else None))
            cells = (clock(record.taken_over_at) or self.tr("not yet"),
                     f"{self.scope_name(record.region, record.agency)} · {post_label(record.post)}",
                     f"{leaving or '—'} → {coming or '—'}", str(len(record.items)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, record.id)
                if record.note:
                    item.setToolTip(record.note)
                self.history.setItem(row, column, item)
            if record.id == selected:
                self.history.selectRow(row)
        self.history.blockSignals(False)
        self.history.resizeColumnsToContents()

    def _selected_history(self) -> str | None:
        items = self.history.selectedItems()
        return items[0].data(KEY_ROLE) if items else None

    def _history_selected(self) -> None:
        key = self._selected_history()
        if key is None:
            self.refresh()
            return
        self._show_record(store_duty.handover(self._ctx.store, key))

    # --- the handover box --------------------------------------------------------------------------
    def _show_owed(self, owed: tuple[str, DutyShift], shifts: list[DutyShift], kept: dict[str, Handover],
                   now: datetime) -> None:
        kind, shift = owed
        self.note.show()
        self.history.blockSignals(True)
        self.history.clearSelection()
        self.history.blockSignals(False)
        self.note.setReadOnly(kind != "hand_over")
        self.remark.setVisible(kind == "take_over")
        self.sign.setVisible(True)
        self.sign.setEnabled(True)
        if kind == "hand_over":
            following = duty.next_of(shifts, shift)
            taker = self._names.officer(following.officer) if following else ""
            self.box.setTitle(self.tr("Hand over to the next shift"))
            self.state.setText(self.tr("Your shift ends at %1. Check the open items, write your notes for %2 and "
                                       "sign.").replace("%1", labels.business_time(shift.ends_at)[11:])
                               .replace("%2", taker or self.tr("the next shift")))
            self.note_label.setText(self.tr("Your notes for the next shift"))
            self.sign.setText(self.tr("Sign and hand over"))
            self._preview(following or shift)
            return
        record = kept.get(shift.id)
        before = duty.previous_of(shifts, shift)
        self.box.setTitle(self.tr("Take over your shift"))
        self.sign.setText(self.tr("Sign and take over"))
        self.note_label.setText(self.tr("Notes of the leaving officer"))
        if record is not None and record.handed_over_by is not None:
            self.shown = record
            self.state.setText(self.tr("%1 handed over at %2. Read the items and the notes, then sign.")
                               .replace("%1", self._names.officer(record.handed_over_by))
                               .replace("%2", clock(record.handed_over_at)))
            self.note.setPlainText(record.note or self.tr("(no notes)"))
            self._fill(record.items)
            return
        self.shown = None
        leaving = self._names.officer(before.officer) if before else ""
        self.state.setText(
            (self.tr("%1 has not handed over yet. The items below are prepared from this desk's data; you may "
                     "wait for their signature or take over now.").replace("%1", leaving))
            if leaving else self.tr("No shift before yours on the roster. The items below are prepared from this "
                                    "desk's data."))
        self.note.setPlainText("")
        self._preview(shift)

    def _show_record(self, record: Handover | None) -> None:
        """A kept handover, read only; or, with none, the box says there is nothing to sign."""
        self.shown = record
        self._preview_for = None
        self.note.setReadOnly(True)
        self.remark.hide()
        self.sign.hide()
        if record is None:
            self.box.setTitle(self.tr("Handover"))
            self.state.setText(self.tr("Nothing to sign now. A handover opens 30 minutes before your shift "
                                       "starts or ends."))
            self.note_label.setText("")
            self.note.setPlainText("")
            self.note.hide()
            self.items.clear()
            return
        self.note.show()
        self.box.setTitle(self.tr("Handover into %1 · %2").replace("%1", self.scope_name(record.region,
                                                                                          record.agency))
                          .replace("%2", post_label(record.post)))
        given = (self.tr("handed over by %1 at %2").replace("%1", self._names.officer(record.handed_over_by))
                 .replace("%2", clock(record.handed_over_at))) if record.handed_over_by else self.tr("not handed over")
        taken = (self.tr("taken over by %1 at %2").replace("%1", self._names.officer(record.taken_over_by))
                 .replace("%2", clock(record.taken_over_at))) if record.taken_over_by else self.tr("not yet taken over")
        remark = f" · {record.remark}" if record.remark else ""
        self.state.setText(f"{given}; {taken}{remark}")
        self.note_label.setText(self.tr("Notes of the leaving officer"))
        self.note.setPlainText(record.note or self.tr("(no notes)"))
        self._fill(record.items)

    def _preview(self, shift: DutyShift) -> None:
        """Prepare the items of `shift` from the cache on a pool thread."""
        self._preview_for = shift.id
        path, now = Path(self._ctx.store.path), datetime.now(UTC)

        def work() -> tuple[str, tuple[HandoverItem, ...]]:
            store = worker_store(path)
            return shift.id, store_duty.items(store, shift, store_duty.policy(store), now)

        def done(result: tuple[str, tuple[HandoverItem, ...]]) -> None:
            key, prepared = result
            if key == self._preview_for:
                self._fill(prepared)

        def failed(exc: BaseException) -> None:
            log.warning("the handover of %s could not be prepared: %s", shift.id, exc)
            self.state.setText(self.tr("The open items could not be prepared from this desk's data: %1")
                               .replace("%1", str(exc)))

        run_in_background(work, done, failed, owner=self)

    def _fill(self, items: tuple[HandoverItem, ...]) -> None:
        self.items.clear()
        groups = {
            "incident": QTreeWidgetItem(self.items), "alert": QTreeWidgetItem(self.items),
            "operation": QTreeWidgetItem(self.items),
        }
        operations: dict[str, QTreeWidgetItem] = {}
        counts = dict.fromkeys(groups, 0)
        today = labels.business_time(datetime.now(UTC))[:10]  # a time of today shows without its date
        for item in items:
            parent = operations.get(item.parent or "") if item.kind == "task" else groups.get(item.kind)
            if parent is None:
                parent = groups["operation"]
            row = QTreeWidgetItem(parent, [item.title, state_label(item), clock(item.due_at, today)])
            row.setToolTip(2, labels.business_time(item.due_at))
            row.setData(0, KEY_ROLE, (item.kind, item.key))
            row.setToolTip(0, item.title)
            if item.kind == "incident" and item.state == "overdue":
                row.setForeground(1, Qt.GlobalColor.darkRed)
            if item.kind == "operation":
                operations[item.key] = row
            if item.kind in counts:
                counts[item.kind] += 1
        titles = {"incident": self.tr("Incidents near or over their deadline (%n)", "", counts["incident"]),
                  "alert": self.tr("Alerts nobody acknowledged (%n)", "", counts["alert"]),
                  "operation": self.tr("Running joint commands (%n)", "", counts["operation"])}
        for kind, group in groups.items():
            group.setText(0, titles[kind])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
        self.items.expandAll()

    def _open_item(self, row: QTreeWidgetItem, _column: int) -> None:
        data = row.data(0, KEY_ROLE)
        if isinstance(data, tuple) and data[0] == "incident":
            self._ctx.bus.incident_selected.emit(data[1])

    # --- signing -------------------------------------------------------------------------------
    def _notify(self, owed: tuple[str, DutyShift]) -> None:
        kind, shift = owed
        if (kind, shift.id) in self._notified:
            return
        self._notified.add((kind, shift.id))
        if kind == "hand_over":
            text = self.tr("Your shift ends at %1: prepare the handover in the Duty panel.")
            at = shift.ends_at
        else:
            text = self.tr("Your shift starts at %1: take it over in the Duty panel.")
            at = shift.starts_at
        self._ctx.bus.notify.emit(self.tr("Handover"), text.replace("%1", labels.business_time(at)[11:]), 3)

    def sign_now(self) -> None:
        if self.owed is None:
            return
        engine = self._ctx.engine
        if engine is None:
            QMessageBox.information(self, self.tr("Handover"), self.tr("Signing needs the sync engine of a signed-in "
                                                                        "desk."))
            return
        kind, shift = self.owed
        if kind == "hand_over":
            name, args = "duty.hand_over", {"shift": shift.id, "note": self.note.toPlainText()}
        else:
            name, args = "duty.take_over", {"shift": shift.id, "remark": self.remark.text()}
        self.sign.setEnabled(False)
        bus = self._ctx.bus

        def done(_mutation_id: str) -> None:
            bus.status_message.emit(self.tr("Handed over: the next shift sees your notes with the next sync")
                                    if kind == "hand_over" else self.tr("Taken over: your shift has begun"))
            self.note.clear()
            self.remark.clear()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.sign.setEnabled(True)
            QMessageBox.warning(self, self.tr("Not signed"), self.refusal_words(exc))

        run_action(lambda: engine.issue(name, args), done, failed, owner=self)

    def refusal_words(self, exc: BaseException) -> str:
        code = str(getattr(exc, "code", "") or "")
        return {
            "exists": self.tr("This handover has already been signed."),
            "forbidden": self.tr("Only the officer on the shift signs its handover."),
            "wrong_status": self.tr("The handover is not open now: it opens 30 minutes before the change of shift."),
            "not_found": self.tr("The roster has no shift to hand over to; ask for it to be completed."),
            "read_only": self.tr("Your role can only view the duty."),
            "inactive": self.tr("Your account is not active."),
            "bad_args": self.tr("The notes are too long (at most 2,000 characters)."),
        }.get(code, getattr(exc, "reason", None) or str(exc))
