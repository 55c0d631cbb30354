"""The quick-search palette (Ctrl+K): one box over incidents, joint commands (operations, by name or
id), grid cells, agencies and knowledge docs. Every word typed must match (words are ANDed).

Reads the local cache on the main thread — each query is a small indexed page read — after a short
pause in typing. Choosing a result emits `chosen(kind, key)`; the main window decides what it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dispatch_desk.store import IncidentQuery
from dispatch_desk.ui.common.labels import operation_status
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell.i18n import data_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
PER_KIND = 6
MOVE_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class QuickSearchPalette(QDialog):
    chosen = Signal(str, str)  # kind ("incident" | "operation" | "grid_cell" | "agency" | "knowledge_doc"), key

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("QuickSearchPalette")
        self.ctx = ctx
        self._reference = None
        self._region_names: dict[str, str] = {}
        self.edit = QLineEdit(self)
        self.edit.setObjectName("paletteEdit")
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("paletteList")
        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._debounce = QTimer(self, singleShot=True, interval=120, timeout=self.search)
        self.edit.textChanged.connect(self._debounce.start)
        self.edit.returnPressed.connect(self._activate_current)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(self._activate)
        ctx.bus.data_changed.connect(self._forget_reference)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search incidents, joint commands, grid cells, agencies, knowledge…"))
        self.hint.setText(self.tr("↑↓ to move · Enter to open · Esc to close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            width = min(720, max(480, parent.width() // 2))
            self.resize(width, min(520, parent.height() - 80))
            top_left = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top_left.x() + (parent.width() - width) // 2, top_left.y() + 60)
        self.edit.selectAll()
        self.show()
        self.edit.setFocus()
        self.search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys move through the results while the cursor stays in the search box.
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in MOVE_KEYS):
            self.list.keyPressEvent(event)
            return True
        return False

    def _forget_reference(self, changed: object) -> None:
        if isinstance(changed, dict) and ({"grid_cell", "agency", "region"} & set(changed)):
            self._reference = None

    def _section(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _add(self, kind: str, key: str, text: str) -> None:
        item = QListWidgetItem("    " + text)
        item.setData(KIND_ROLE, kind)
        item.setData(KEY_ROLE, key)
        self.list.addItem(item)

    def search(self) -> None:
        text = self.edit.text().strip()
        self.list.clear()
        if not text:
            return
        store = self.ctx.store
        if self._reference is None:
            self._reference = store.reference()
            self._region_names = {r.code: data_text(r.name, r.name_en) for r in self._reference.regions}
        incidents = store.query_incidents(IncidentQuery(text=text), limit=PER_KIND)
        if incidents:
            self._section(self.tr("Incidents"))
            for row in incidents:
                where = self._region_names.get(row.street or "", row.street or "")
                self._add("incident", row.id, f"{row.code or row.id}  {row.title}" + (f"  · {where}" if where else ""))
        words = text.casefold().split()

        def matches(*fields: str | None) -> bool:
            haystack = " ".join(f for f in fields if f).casefold()
            return all(word in haystack for word in words)

        operations = [op for op in store.command.operations() if matches(op.name, op.id, op.mode)]
        if operations:
            self._section(self.tr("Joint commands"))
            for op in operations[:PER_KIND]:
                self._add("operation", op.id, f"{op.name}  · {operation_status(op.status.value)}")
        cells = [c for c in self._reference.grid_cells if matches(c.name, c.code, c.name_en)]
        if cells:
            self._section(self.tr("Grid cells"))
            for cell in cells[:PER_KIND]:
                self._add("grid_cell", cell.code, f"{data_text(cell.name, cell.name_en)}  ({cell.code})")
        agencies = [a for a in self._reference.agencies
                    if matches(a.name, a.short_name, a.code, a.name_en, a.short_name_en)]
        if agencies:
            self._section(self.tr("Agencies"))
            for agency in agencies[:PER_KIND]:
                self._add("agency", agency.code, data_text(agency.name, agency.name_en))
        docs = store.search_knowledge(text, limit=PER_KIND)
        if docs:
            self._section(self.tr("Knowledge base"))
            for doc in docs:
                self._add("knowledge_doc", doc["id"], doc.get("title", ""))
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break
        if self.list.count() == 0:
            empty = QListWidgetItem(self.tr("Nothing found in the local cache"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def _activate_current(self) -> None:
        self._debounce.stop()
        if self.list.count() == 0:
            self.search()
        if item := self.list.currentItem():
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind:
            self.hide()
            self.chosen.emit(kind, item.data(KEY_ROLE))
