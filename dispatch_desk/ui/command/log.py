"""The command log dock (指挥日志): filters, the paged log, and the composer.

Automatic entries are grey with ⚙ and "System" as author; a struck entry stays in place, struck
through, with the reason beside it; significant entries carry ★ (the commander toggles it with F).
Filters: agency, kind, significant only, and a full-text search (Ctrl+F) that finds Chinese words
like the incident search. Members write entries at the bottom (Ctrl+Enter sends).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.command import TEXT_MAX
from dispatch_desk.domain.permissions import READ_ONLY_ROLES
from dispatch_desk.domain.permissions_operations import OperationAction
from dispatch_desk.domain.records import LogEntry, Role
from dispatch_desk.store import LogQuery
from dispatch_desk.ui.command import style, words
from dispatch_desk.ui.command.issue import CommandIssuer
from dispatch_desk.ui.command.logmodel import (
    COLUMNS,
    ENTRY_ID_ROLE,
    ENTRY_ROLE,
    TEXT_COLUMN,
    WORDS_ROLE,
    CommandLogModel,
    LogNames,
)
from dispatch_desk.ui.command.models import OperationView, feed_for
from dispatch_desk.ui.context import AppContext

REFRESH_DEBOUNCE_MS = 200
SEARCH_DEBOUNCE_MS = 250
STRUCK_COLOR = "#a11212"
NARROW = 560  # px: below this the agency column gives its width to the entry
AGENCY_MAX = 110  # px: the widest the agency column grows for long names


class EntryDelegate(QStyledItemDelegate):
    """The entry column: a struck entry's text struck through, then the reason, not struck."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: LogEntry | None = index.data(ENTRY_ROLE)
        if entry is None or not entry.struck:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style_ = opt.widget.style() if opt.widget else None
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        reason = "  " + words.translate("CommandLog", "struck: %1").replace("%1", entry.struck_reason)
        fm = option.fontMetrics
        reason_w = min(fm.horizontalAdvance(reason), rect.width() // 2)
        painter.save()
        font = opt.font
        font.setStrikeOut(True)
        painter.setFont(font)
        painter.setPen(QColor("#6b7785"))
        text_rect = rect.adjusted(0, 0, -reason_w, 0)
        text = painter.fontMetrics().elidedText(str(index.data(WORDS_ROLE)), Qt.TextElideMode.ElideRight,
                                                text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        used = painter.fontMetrics().horizontalAdvance(text)
        font.setStrikeOut(False)
        painter.setFont(font)
        painter.setPen(QColor(STRUCK_COLOR))
        reason_rect = rect.adjusted(used, 0, 0, 0)
        painter.drawText(reason_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(reason, Qt.TextElideMode.ElideRight, reason_rect.width()))
        painter.restore()


class CommandLogWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandLog")
        self._ctx = ctx
        self.model = CommandLogModel(Path(ctx.store.path), self)
        first = ctx.operation_id or ""
        if first:  # the first page is asked for before anything else this dock reads
            self.model.set_query(first, LogQuery())
        self.feed = feed_for(ctx)
        self.issuer = CommandIssuer(ctx, self)
        self.dialog: QWidget | None = None
        self._agencies: tuple[str, ...] = ()

        self.agency = QComboBox(self, objectName="logAgency")
        self.kind = QComboBox(self, objectName="logKind")
        for box in (self.agency, self.kind):  # narrow docks: the boxes yield width to the search
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
        self.significant = QCheckBox(self, objectName="significantOnly")
        self.search = QLineEdit(self, objectName="logSearch")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self, objectName="commandMuted")
        self.table = QTableView(self, objectName="logTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TEXT_COLUMN, EntryDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        widths = {"flag": 26, "at": 50, "kind": 52, "agency": 70, "author": 64}
        for i, key in enumerate(COLUMNS):
            if key in widths:
                header.resizeSection(i, widths[key])
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)

        self.strike_button = QPushButton(self, objectName="strikeButton")
        self.flag_button = QPushButton(self, objectName="flagButton")
        self.compose_kind = QComboBox(self, objectName="composeKind")
        self.compose = QPlainTextEdit(self, objectName="composeText")
        self.compose.setTabChangesFocus(True)
        self.compose.setFixedHeight(self.fontMetrics().height() * 2 + 16)
        self.send = QPushButton(self, objectName="sendButton")
        self.refusal = QLabel(self, objectName="commandError")
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.agency, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.significant)
        entry_actions = QHBoxLayout()
        entry_actions.addWidget(self.count, 1)
        entry_actions.addWidget(self.flag_button)
        entry_actions.addWidget(self.strike_button)
        composer = QHBoxLayout()
        composer.setSpacing(4)
        side = QVBoxLayout()
        side.addWidget(self.compose_kind)
        side.addWidget(self.send)
        composer.addWidget(self.compose, 1)
        composer.addLayout(side)
        self.composer = QWidget(self, objectName="composer")
        self.composer.setLayout(composer)
        composer.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry_actions)
        layout.addWidget(self.refusal)
        layout.addWidget(self.composer)
        style.apply(self)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.flag_action = QAction(self)
        self.flag_action.setShortcut(QKeySequence("F"))
        self.flag_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.flag_action.triggered.connect(self.toggle_flag)
        self.table.addAction(self.flag_action)
        self.table.installEventFilter(self)  # F before the view's type-ahead search takes the letter
        self.compose.installEventFilter(self)  # Ctrl+Enter: a text box takes it before a shortcut sees it

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self.model.refresh)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.agency.activated.connect(lambda _i: self.apply_filters())
        self.kind.activated.connect(lambda _i: self.apply_filters())
        self.significant.toggled.connect(lambda _on: self.apply_filters())
        self.strike_button.clicked.connect(self.strike)
        self.flag_button.clicked.connect(self.toggle_flag)
        self.send.clicked.connect(self.send_entry)
        self._keep = ""  # the entry selected before a refresh reset the rows
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.issuer.issued.connect(self._issued)
        self.issuer.refused.connect(lambda _n, _a, text: self._show_refusal(text))
        self.feed.changed.connect(self.show_view)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.retranslate()
        if self.feed.operation_id and self.feed.operation_id != self.model.operation:
            self.apply_filters(self.feed.operation_id)  # the log is read at once, not after the feed's read
        self.show_view(self.feed.view)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # On a narrow dock the entry's text matters more than its agency (still a filter, and in the tooltip).
        self.table.setColumnHidden(COLUMNS.index("agency"), self.width() < NARROW)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.toggle_flag()
            return True
        if (watched is self.compose and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.send_entry()
            return True
        return super().eventFilter(watched, event)

    # --- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the log (Ctrl+F)"))
        self.significant.setText(self.tr("★ only"))
        self.significant.setToolTip(self.tr("Only significant events"))
        self.strike_button.setText(self.tr("Strike…"))
        self.flag_button.setText(self.tr("★ Significant (F)"))
        self.send.setText(self.tr("Send"))
        self.send.setToolTip(self.tr("Write the entry into the log (Ctrl+Enter)"))
        self.compose.setPlaceholderText(self.tr("New log entry… (Ctrl+Enter sends)"))
        self.find_action.setText(self.tr("Search the log"))
        fm = self.table.fontMetrics()
        widest = max(fm.horizontalAdvance(words.log_kind(k)) for k in words.MANUAL_KINDS)
        self.table.horizontalHeader().resizeSection(COLUMNS.index("kind"), max(44, widest + 16))
        self.compose_kind.clear()
        for kind in words.MANUAL_KINDS:
            self.compose_kind.addItem(words.log_kind(kind), kind)
        self._fill_filters()
        self._fit_agency_column()
        self._loaded()

    def _fit_agency_column(self) -> None:
        """As wide as the operation's longest agency name in the desk's language (English ones are
        longer), within bounds so the entry's text keeps most of the width."""
        names, fm = self.feed.view.names, self.table.fontMetrics()
        widest = max((fm.horizontalAdvance(names.agency(code)) for code in self._agencies), default=0)
        self.table.horizontalHeader().resizeSection(COLUMNS.index("agency"), min(AGENCY_MAX, max(70, widest + 16)))

    def _fill_filters(self) -> None:
        names = self.feed.view.names
        agency, kind = self.agency.currentData(), self.kind.currentData()
        self.agency.clear()
        self.agency.addItem(self.tr("All agencies"), "")
        for code in self._agencies:
            self.agency.addItem(names.agency(code), code)
        self.agency.setCurrentIndex(max(0, self.agency.findData(agency or "")))
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in (*words.MANUAL_KINDS, "system"):
            self.kind.addItem(words.log_kind(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "")))

    # --- the view and the query
    def show_view(self, view: OperationView) -> None:
        names = view.names
        titles = {t.id: words.task_title(t, view.plan) for t in view.tasks}
        self.model.set_names(LogNames(agency=names.agency, officer=names.officer,
                                      task_title=lambda key: titles.get(key, key)))
        if view.operation is not None and view.operation.agencies != self._agencies:
            self._agencies = view.operation.agencies
            self._fill_filters()
            self._fit_agency_column()
        if view.operation is not None and view.id != self.model.operation:
            self.apply_filters(view.id)
        me = view.me
        self.composer.setVisible(view.operation is not None and not (me is not None and me.role in READ_ONLY_ROLES))
        leader = me is not None and me.role in READ_ONLY_ROLES
        self.strike_button.setVisible(not leader)
        self.flag_button.setVisible(not leader and (view.staff() or (me is not None and me.role in (
            Role.OPS_OFFICER, Role.ADMIN))))
        self._update_actions()

    def current_query(self) -> LogQuery:
        kind = self.kind.currentData() or ""
        agency = self.agency.currentData() or ""
        return LogQuery(agencies=(agency,) if agency else (), kinds=(kind,) if kind else (),
                        significant_only=self.significant.isChecked(), text=self.search.text().strip())

    def apply_filters(self, operation: str | None = None) -> None:
        self._search_timer.stop()
        self.model.set_query(operation if operation is not None else self.feed.view.id, self.current_query())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _remember(self) -> None:
        self._keep = self.current_id() or self._keep

    def _loaded(self) -> None:
        if self._keep and self.select_entry(self._keep):
            self._keep = ""
        n = self.model.total()
        self.count.setText(self.tr("%n entries", "", n))
        self._update_actions()

    def _on_data_changed(self, changes: object) -> None:
        kinds = set(changes or ()) if isinstance(changes, dict) else set()
        if not kinds or "log_entry" in kinds:
            self._refresh_timer.start()

    def flush(self) -> None:
        """Apply a waiting refresh or search now (tests)."""
        if self._search_timer.isActive():
            self.apply_filters()
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self.model.refresh()

    # --- entries
    def current_entry(self) -> LogEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, TEXT_COLUMN))
        return True

    def why_not(self, what: str) -> str:
        view = self.feed.view
        if view.operation is None:
            return words.refusal("no_operation")
        if what == "append":
            return words.refusal_of(view.why_not(OperationAction.APPEND_LOG))
        entry = self.current_entry()
        if entry is None:
            return words.refusal("no_entry")
        if what == "strike":
            refused = view.why_not(OperationAction.STRIKE_LOG, entry=entry)
            if refused is not None and str(getattr(refused.code, "value", refused.code)) == "forbidden":
                return self.tr("Only the author or the commander can strike an entry")
            if refused is not None and entry.struck:
                return self.tr("The entry is already struck")
            return words.refusal_of(refused)
        return words.refusal_of(view.why_not(OperationAction.FLAG_LOG))

    def _update_actions(self) -> None:
        for button, what, tip in ((self.strike_button, "strike", self.tr("Strike the entry with a reason")),
                                  (self.flag_button, "flag", self.tr("Mark or unmark a significant event (F)")),
                                  (self.send, "append", self.tr("Write the entry into the log (Ctrl+Enter)"))):
            reason = self.why_not(what)
            button.setEnabled(not reason)
            button.setToolTip(reason or tip)
        self.flag_action.setEnabled(self.flag_button.isEnabled() and self.flag_button.isVisible())
        self.compose.setEnabled(self.send.isEnabled())

    def send_entry(self) -> None:
        text = self.compose.toPlainText().strip()
        reason = self.why_not("append")
        if reason:
            self._show_refusal(reason)
            return
        if not text:
            self._show_refusal(self.tr("Write the entry first."))
            return
        if len(text) > TEXT_MAX:
            self._show_refusal(self.tr("The entry is too long (at most %1 characters).").replace(
                "%1", str(TEXT_MAX)))
            return
        self.refusal.hide()
        self.issuer.issue("log.append", {"operation": self.feed.view.id, "text": text,
                                         "kind": self.compose_kind.currentData()})

    def strike(self) -> None:
        reason = self.why_not("strike")
        entry = self.current_entry()
        if reason or entry is None:
            self._show_refusal(reason)
            return
        from dispatch_desk.ui.command.dialogs import ReasonDialog

        dialog = ReasonDialog(self.tr("Strike the entry"), self.tr("Why is it wrong?"), "reason", {"id": entry.id},
                              self)
        dialog.submitted.connect(lambda args: self.issuer.issue("log.strike", args))
        self.dialog = dialog
        dialog.open()

    def toggle_flag(self) -> None:
        reason = self.why_not("flag")
        entry = self.current_entry()
        if reason or entry is None:
            self._show_refusal(reason)
            return
        self.issuer.issue("log.flag", {"id": entry.id, "significant": not entry.significant})

    def _issued(self, name: str, args: Any, _mutation_id: str) -> None:
        if name == "log.append":
            self.compose.clear()
        self.model.refresh()

    def _show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(ENTRY_ID_ROLE) or "") if index.isValid() else ""
