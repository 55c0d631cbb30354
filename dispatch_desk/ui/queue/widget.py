"""The queue dock: queue tabs with live counts, the filter bar, the incident table and batch actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.permissions import role_may_ever
from dispatch_desk.domain.workflow_actions import Action
from dispatch_desk.store import IncidentQuery
from dispatch_desk.ui.common import commands, labels
from dispatch_desk.ui.common.names import REFERENCE_ENTITIES, Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.queue import columns, presets
from dispatch_desk.ui.queue.counts import QueueCounter
from dispatch_desk.ui.queue.filters import FilterBar
from dispatch_desk.ui.queue.model import (
    COLUMNS,
    INCIDENT_ID_ROLE,
    SLA_COLUMN,
    IncidentTableModel,
    column_title,
)

REFRESH_DEBOUNCE_MS = 300
SLA_TICK_MS = 1000
SHIFT_CHECK_TICKS = 30  # SLA ticks between two looks at whether the officer's shift began or ended
DRILL_KEY = "figure"  # the tab of the incidents behind a figure drilled into


class QueueTable(QTableView):
    """The incident table: fixed row height so a million rows cost nothing to lay out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # sort by header click goes to SQL, wired below
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(False)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def visible_rows(self) -> tuple[int, int]:
        """First and last model rows on screen (-1, -2 when none)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return -1, -2
        first = self.rowAt(0)
        last = self.rowAt(self.viewport().height() - 1)
        if first < 0:
            return -1, -2
        if last < 0:
            last = model.rowCount() - 1
        return first, last


class QueueWidget(QWidget):
    """Queue dock content. Emits bus.incident_selected and bus.incident_filter_changed."""

    open_requested = Signal(str)  # Enter on a row: show the detail of this incident

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueWidget")
        labels.reset()  # label tables follow the language installed now, whatever was built before
        self._ctx = ctx
        self._names = Names.load(ctx.store)
        self._queues: list[presets.Queue] = []
        self._counts: dict[str, int] = {}
        self._syncing_selection = False
        self.last_batch: Any = None  # the open batch dialog, or the refusals of the last batch
        # The incidents behind a figure drilled into (assessment, analysis): a tab of their own until closed.
        self._drill: presets.Queue | None = None
        self._shift: presets.Queue | None = None  # "My shift", while the officer is on duty
        self._shift_ticks = 0
        self._before_drill: str | None = None

        self.tabs = QTabBar(self, objectName="queueTabs")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.filters = FilterBar(self._names, self)
        self.model = IncidentTableModel(ctx.store, self._names, self)
        self.table = QueueTable(self)
        self.table.setModel(self.model)
        self.selection_label = QLabel(self, objectName="queueSelection")
        self.saving_label = QLabel(self, objectName="queueSaving")  # the pending mark of actions in flight
        self.saving_label.setStyleSheet("color: #8a4b00")
        self.saving_label.hide()
        self.batch_bar = QToolBar(self, objectName="queueBatchBar")  # buttons that do not fit go to its » menu
        self.batch_bar.setMovable(False)
        self.batch_bar.setFloatable(False)
        self.batch_bar.setStyleSheet("QToolBar { border: 0; spacing: 4px; background: transparent; }")
        self.batch_dispatch = QPushButton(self, objectName="batchDispatch")
        self.batch_accept = QPushButton(self, objectName="batchAccept")
        self.batch_close = QPushButton(self, objectName="batchClose")
        # Only the batch actions this officer's role can ever do are shown (domain.permissions decides).
        self._batch_buttons = {"dispatch": self.batch_dispatch, "accept": self.batch_accept,
                               "close": self.batch_close}
        for action, button in self._batch_buttons.items():
            button.setEnabled(False)
            if role_may_ever(ctx.officer.role, Action(action)):
                self.batch_bar.addWidget(button)
            else:
                button.hide()
        self.batch_bar.setVisible(bool(self.batch_bar.actions()))

        batch = QHBoxLayout()
        batch.setSpacing(6)
        batch.addWidget(self.selection_label)
        batch.addWidget(self.saving_label)
        batch.addStretch(1)
        batch.addWidget(self.batch_bar, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.tabs)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(batch)

        self.counter = QueueCounter(Path(ctx.store.path), self)
        self.counter.counted.connect(self._show_counts)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self.sla_timer = QTimer(self, interval=SLA_TICK_MS)
        self.sla_timer.timeout.connect(self.tick_sla)

        self._build_columns()
        self._wire_keys()
        self.tabs.currentChanged.connect(self._apply_query)
        self.tabs.customContextMenuRequested.connect(self._tab_menu)
        self.filters.changed.connect(lambda _overlay: self._apply_query())
        self.filters.save_requested.connect(self.save_current_queue)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_by_header)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda index: self._open(index))
        self.batch_dispatch.clicked.connect(lambda: self._batch("dispatch"))
        self.batch_accept.clicked.connect(lambda: self._batch("accept"))
        self.batch_close.clicked.connect(lambda: self._batch("close"))
        ctx.bus.data_changed.connect(self._on_data_changed)
        ctx.bus.incident_selected.connect(self._select_incident)
        ctx.bus.open_in_queue.connect(self.open_figure)
        commands.in_flight().changed.connect(self._show_in_flight)

        self.retranslate()
        self._load_queues()
        self.sla_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            labels.reset()  # the new translator is installed by now: tables rebuild in the new language
            self.retranslate()
            self.filters.retranslate()
            # Only texts change: preset titles are renamed in place and the cached rows repaint with
            # the new labels, with no new query (a closing window's cache may already be shut).
            # (a figure's tab keeps its title: it was written in the language of the moment it was opened)
            titles = {q.key: q.title for q in presets.preset_queues(self._ctx.officer)}
            titles[presets.SHIFT_KEY] = presets.shift_title()
            self._queues = [replace(q, title=titles.get(q.key, q.title)) for q in self._queues]
            self._show_counts({})
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self.model.layoutChanged.emit()
            self.fit_columns()  # the labels' widths change with the language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.batch_dispatch.setText(self.tr("Dispatch selected…"))
        self.batch_dispatch.setToolTip(self.tr("Dispatch every selected incident to one lead agency"))
        self.batch_accept.setText(self.tr("Accept selected"))
        self.batch_accept.setToolTip(self.tr("Accept every selected incident for your agency"))
        self.batch_close.setText(self.tr("Close selected"))
        self.batch_close.setToolTip(self.tr("Close every selected verified incident"))
        self.find_action.setText(self.tr("Filter queue"))
        self.table.setToolTip(self.tr("↑/↓ or J/K move · Enter opens · Ctrl+F filters · right-click header for columns"))
        self.table.horizontalHeader().setToolTip(self.tr("Right-click to choose the columns"))
        self._selection_changed()
        self._show_in_flight()

    # --- queues and counts -----------------------------------------------------------------------
    def queues(self) -> list[presets.Queue]:
        return list(self._queues)

    def current_queue(self) -> presets.Queue | None:
        i = self.tabs.currentIndex()
        return self._queues[i] if 0 <= i < len(self._queues) else None

    def _load_queues(self, select_key: str | None = None) -> None:
        keep = select_key or (self.current_queue().key if self.current_queue() else None)
        self._shift = presets.shift_queue(self._ctx.store, self._ctx.officer, datetime.now(UTC))
        self._queues = presets.preset_queues(self._ctx.officer) + ([self._shift] if self._shift else []) + \
            presets.saved_queues(self._ctx.store, self._ctx.officer) + ([self._drill] if self._drill else [])
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for q in self._queues:
            at = self.tabs.addTab(self._tab_text(q))
            self.tabs.setTabData(at, q.key)
            self.tabs.setTabToolTip(at, self.tr("Your saved queue") if q.saved else q.title)
        if self._drill is not None:
            self._add_close_button(len(self._queues) - 1)
        index = next((i for i, q in enumerate(self._queues) if q.key == keep), 0)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self.counter.set_queries([(q.key, q.query) for q in self._queues])
        self._apply_query()
        self.counter.request()  # debounced: the first paint does not wait for a pool thread

    def open_figure(self, title: str, ids: Any) -> None:
        """List exactly the incidents behind a figure, in a tab of their own that closes back to the
        queue the officer was in; a new figure replaces the last one."""
        current = self.current_queue()
        if current is not None and current.key != DRILL_KEY:
            self._before_drill = current.key
        self._drill = presets.Queue(DRILL_KEY, title, IncidentQuery(ids=tuple(ids)))
        self._counts.pop(DRILL_KEY, None)
        self.filters.clear()  # the figure's incidents, all of them: no earlier filter narrows them
        self._load_queues(select_key=DRILL_KEY)

    def close_figure(self) -> None:
        if self._drill is None:
            return
        self._drill = None
        self._load_queues(select_key=self._before_drill)

    def _add_close_button(self, index: int) -> None:
        button = QToolButton(self.tabs, objectName="closeFigure", autoRaise=True)
        button.setText("×")
        button.setToolTip(self.tr("Close the incidents of this figure and return to the queue"))
        button.clicked.connect(self.close_figure)
        self.tabs.setTabButton(index, QTabBar.ButtonPosition.RightSide, button)
        self.tabs.setTabToolTip(index, self.tr("%1: the incidents behind this figure").replace(
            "%1", self._queues[index].title))

    def _tab_text(self, q: presets.Queue) -> str:
        n = self._counts.get(q.key)
        return q.title if n is None else f"{q.title} {n:,}"

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts.update(counts)
        for i, q in enumerate(self._queues):
            self.tabs.setTabText(i, self._tab_text(q))

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def select_queue(self, key: str) -> None:
        for i, q in enumerate(self._queues):
            if q.key == key:
                self.tabs.setCurrentIndex(i)
                return

    def effective_query(self) -> Any:
        q = self.current_queue()
        if q is None:
            return None
        query = presets.combine(q.query, self.filters.overlay())
        return query

    def _apply_query(self, *_args: Any) -> None:
        query = self.effective_query()
        if query is None:
            return
        self.model.set_query(query)
        self._show_sort_indicator(query)
        self._selection_changed()
        self._ctx.bus.incident_filter_changed.emit(query)

    def _show_sort_indicator(self, query: Any) -> None:
        column = next((i for i, c in enumerate(COLUMNS) if c.sort == query.sort), -1)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _sort_by_header(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self._selection_changed()
        self._ctx.bus.incident_filter_changed.emit(self.model.query())

    def save_current_queue(self, name: str | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save queue"), self.tr("Name of your queue:"))
            if not ok:
                return None
        name = name.strip()
        if not name:
            return None
        presets.save_queue(self._ctx.store, self._ctx.officer, name, self.effective_query())
        self.filters.clear()
        saved = presets.saved_queues(self._ctx.store, self._ctx.officer)
        key = next((q.key for q in saved if q.title == name), None)
        self._load_queues(select_key=key)
        return key

    def _tab_menu(self, pos: Any) -> None:
        index = self.tabs.tabAt(pos)
        if index < 0 or not self._queues[index].saved:
            return
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Delete this saved queue"))
        if menu.exec(self.tabs.mapToGlobal(pos)) is remove:
            presets.delete_saved_queue(self._ctx.store, self._ctx.officer, self._queues[index].title)
            self._load_queues(select_key=self._queues[0].key)

    # --- columns ----------------------------------------------------------------------------------
    def _build_columns(self) -> None:
        self._widths = columns.fit(self.table.horizontalHeader(), [c.key for c in COLUMNS], self._names)
        chosen = columns.chosen_columns(self._ctx.officer, (c.key for c in COLUMNS))
        self._auto_columns = chosen is None  # the role's columns, as many as the width takes
        if chosen is not None:
            self.set_visible_columns(chosen)
        else:
            self._fit_role_columns()

    def fit_columns(self) -> None:
        """Every column as wide as its header label and its values need (no header is clipped)."""
        self._widths = columns.fit(self.table.horizontalHeader(), [c.key for c in COLUMNS], self._names)
        self._fit_role_columns()

    def _table_room(self) -> int:
        """The width rows have, a vertical scroll bar's width kept aside."""
        table = self.table
        return table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()

    def _fit_role_columns(self) -> None:
        if self._auto_columns:
            self.set_visible_columns(columns.fitting(self._ctx.officer.role, self._widths, self._table_room()))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_role_columns()

    def visible_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(COLUMNS) if not self.table.isColumnHidden(i)]

    def hidden_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(COLUMNS) if self.table.isColumnHidden(i)]

    def set_visible_columns(self, keys: Any) -> None:
        keys = set(keys) | columns.ALWAYS
        for i, c in enumerate(COLUMNS):
            self.table.setColumnHidden(i, c.key not in keys)

    def set_hidden_columns(self, keys: Any) -> None:
        keys = set(keys) - columns.ALWAYS
        self.set_visible_columns(c.key for c in COLUMNS if c.key not in keys)

    def column_menu(self) -> QMenu:
        """The header's context menu: a check per column, and the role's defaults back."""
        menu = QMenu(self)
        menu.setObjectName("queueColumnMenu")
        for i, c in enumerate(COLUMNS):
            action = menu.addAction(column_title(c.key))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(c.key not in columns.ALWAYS)
            action.setData(c.key)
            action.toggled.connect(lambda on, column=i: self.toggle_column(column, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Columns of my role"))
        reset.setObjectName("resetColumns")
        reset.triggered.connect(self.reset_columns)
        return menu

    def _column_menu(self, pos: Any) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def toggle_column(self, column: int, visible: bool) -> None:
        if COLUMNS[column].key in columns.ALWAYS:
            return
        self._auto_columns = False  # the officer's own choice from now on, whatever the width
        self.table.setColumnHidden(column, not visible)
        columns.remember_columns(self._ctx.officer, self.visible_columns())

    def reset_columns(self) -> None:
        columns.forget_columns(self._ctx.officer)
        self._build_columns()

    # --- the clock ----------------------------------------------------------------------------------
    def _follow_shift(self) -> None:
        """A shift that starts or ends, or a handover that comes, changes the "My shift" queue."""
        shift = presets.shift_queue(self._ctx.store, self._ctx.officer, datetime.now(UTC))
        if (shift.query if shift else None) != (self._shift.query if self._shift else None):
            self._counts.pop(presets.SHIFT_KEY, None)
            self._load_queues()

    def tick_sla(self) -> None:
        self._shift_ticks = (self._shift_ticks + 1) % SHIFT_CHECK_TICKS
        if self._shift_ticks == 0:
            self._follow_shift()
        if self.table.isColumnHidden(SLA_COLUMN) or not self.isVisible():
            return
        first, last = self.table.visible_rows()
        self.model.tick(first, last)

    # --- selection and keys -----------------------------------------------------------------------
    def _wire_keys(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, step in (("J", 1), ("K", -1)):
            shortcut = QShortcut(QKeySequence(key), self.table, context=scope)
            shortcut.activated.connect(lambda s=step: self.move(s))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=scope)
            shortcut.activated.connect(lambda: self._open(self.table.currentIndex()))
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.filters.focus_search)
        self.addAction(self.find_action)

    def move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + step))
        if row == rows - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        index = self.model.index(row, max(self.table.currentIndex().column(), 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        incident_id = index.data(INCIDENT_ID_ROLE)
        if incident_id:
            self._ctx.bus.incident_selected.emit(incident_id)
            self.open_requested.emit(incident_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_selection or not current.isValid():
            return
        incident_id = current.data(INCIDENT_ID_ROLE)
        if incident_id:
            self._syncing_selection = True
            try:
                self._ctx.bus.incident_selected.emit(incident_id)
            finally:
                self._syncing_selection = False

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.index(r, 0).data(INCIDENT_ID_ROLE) for r in rows) if i]

    def _selection_changed(self, *_args: Any) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.selection_label.setText(self.tr("%n selected", "", n) if n else "")
        for button in self._batch_buttons.values():
            button.setEnabled(n > 0)

    def _show_in_flight(self) -> None:
        """The pending mark: rows in italics and a note, from the moment an action is given until the
        cache has it, whatever the sync is doing."""
        tracker = commands.in_flight()
        self.model.set_in_flight(tracker.incidents())
        n = tracker.count()
        self.saving_label.setText(self.tr("Saving %n action(s)…", "", n) if n else "")
        self.saving_label.setVisible(n > 0)

    def _select_incident(self, incident_id: str) -> None:
        """Follow a selection made elsewhere (the map) when that incident is among the loaded rows."""
        if self._syncing_selection:
            return
        current = self.table.currentIndex()
        if current.isValid() and current.data(INCIDENT_ID_ROLE) == incident_id:
            return
        for row in range(min(self.model.rowCount(), 2000)):
            if self.model.index(row, 0).data(INCIDENT_ID_ROLE) == incident_id:
                self._syncing_selection = True
                try:
                    index = self.model.index(row, 0)
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.table.scrollTo(index)
                finally:
                    self._syncing_selection = False
                return

    # --- batch ------------------------------------------------------------------------------------
    def _batch(self, action: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.last_batch = commands.run_batch(self._ctx, action, ids, self, names=self._names)

    # --- live data ----------------------------------------------------------------------------------
    def _on_data_changed(self, changes: Any) -> None:
        kinds = set(changes or ())
        if kinds & REFERENCE_ENTITIES:
            self._names = Names.load(self._ctx.store)
            self.model.set_names(self._names)
            self.filters.set_names(self._names)
        if kinds & {"duty_shift", "handover"}:
            self._follow_shift()
        if not kinds or kinds & {"incident", "incident_action"}:
            self._refresh_timer.start()
            self.counter.request()

    def _refresh(self) -> None:
        selected = self.table.currentIndex().data(INCIDENT_ID_ROLE) if self.table.currentIndex().isValid() else None
        self.model.refresh()
        if selected:
            self._select_incident(selected)

    def flush(self) -> None:
        """Apply a pending debounced refresh now (tests, and before a batch)."""
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self._refresh()
