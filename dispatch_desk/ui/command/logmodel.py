"""Table model of a command log: an adapter over the cache's paged `log_page` / `log_count`.

Newest first. Pages are read on pool threads (each with its own cache connection) and kept in a
small LRU, so a log of 50,000 entries costs one page of memory per screen; a row whose page is not
in yet shows empty for the moment it takes to arrive. Every read carries a generation number: an
answer to an older query or refresh is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from dispatch_desk.domain.records import LogEntry
from dispatch_desk.store import LogQuery
from dispatch_desk.ui.command import words
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.tasks import run_in_background, worker_store

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # LogEntry
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PENDING_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
WORDS_ROLE = Qt.ItemDataRole.UserRole + 4  # the entry's text in the officer's language

PAGE_SIZE = 200
MAX_CACHED_PAGES = 6
COLUMNS = ("flag", "at", "kind", "agency", "author", "text")
TEXT_COLUMN = COLUMNS.index("text")
MUTED = "#6b7785"


@dataclass(frozen=True)
class LogNames:
    """What the wording of entries needs: agency, officer and task names."""

    agency: Callable[[str], str] = str
    officer: Callable[[str], str] = str
    task_title: Callable[[str], str] = str


def column_title(key: str) -> str:
    return {
        "flag": "★",
        "at": words.translate("CommandLogModel", "Time"),
        "kind": words.translate("CommandLogModel", "Kind"),
        "agency": words.translate("CommandLogModel", "Agency"),
        "author": words.translate("CommandLogModel", "By"),
        "text": words.translate("CommandLogModel", "Entry"),
    }[key]


def _read(path: Path, op_id: str, q: LogQuery, pages: tuple[int, ...], count: bool = True,
          ) -> tuple[int, dict[int, list], frozenset[str]]:
    """(count or -1, pages, which of their entries are pending)."""
    reader = worker_store(path).command
    total = reader.log_count(op_id, q) if count else -1
    got = {n: reader.log_page(op_id, q, n * PAGE_SIZE, PAGE_SIZE) for n in pages}
    pending = reader.pending("log_entry", [e.id for rows in got.values() for e in rows])
    return total, got, pending


class CommandLogModel(QAbstractTableModel):
    loaded = Signal()  # a query or refresh is in (tests and the widget's counter wait on it)

    def __init__(self, path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self._path = path
        self.operation = ""
        self.query = LogQuery()
        self.names = LogNames()
        self._total = 0
        self._pages: OrderedDict[int, list[LogEntry]] = OrderedDict()
        self._pending: set[str] = set()
        self._asked: set[int] = set()
        self._generation = 0
        self._running = 0
        self.reads = 0  # finished reads (tests)
        self._grey = QColor(MUTED)
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- reading
    def busy(self) -> bool:
        return self._running > 0

    def set_query(self, operation: str, query: LogQuery) -> None:
        self.operation, self.query = operation, query
        self._generation += 1
        self.beginResetModel()
        self._total = 0
        self._pages.clear()
        self._asked.clear()
        self.endResetModel()
        self._load((0,), reset=True)

    def _count(self) -> None:
        """The length of a log longer than its first page, read after that page is shown."""
        generation, path, op, q = self._generation, self._path, self.operation, self.query
        self._running += 1

        def done(total: int) -> None:
            self._running -= 1
            if generation != self._generation:
                return
            if total > self._total:
                self.beginInsertRows(QModelIndex(), self._total, total - 1)
                self._total = total
                self.endInsertRows()
            self.loaded.emit()

        def failed(_exc: BaseException) -> None:
            self._running -= 1

        run_in_background(lambda: worker_store(path).command.log_count(op, q), done, failed, owner=self)

    def refresh(self) -> None:
        """Read the count and the pages on screen again (a sync or a local entry changed the log)."""
        self._generation += 1
        self._load(tuple(self._pages) or (0,), reset=False)

    def _load(self, pages: tuple[int, ...], *, reset: bool) -> None:
        if not self.operation:
            return
        generation, path, op, q = self._generation, self._path, self.operation, self.query
        self._running += 1

        def done(result: tuple[int, dict[int, list], frozenset[str]]) -> None:
            self._running -= 1
            if generation != self._generation:
                return
            self.reads += 1
            total, got, pending = result
            if total < 0:  # a new query: its first page now, its length next
                total = len(got.get(0, ()))
                if total == PAGE_SIZE:
                    self._count()
            self._pending = set(pending)
            if reset or total != self._total:
                self.beginResetModel()
                self._total = total
                self._pages = OrderedDict(sorted(got.items()))
                self._asked = set()
                self.endResetModel()
            else:
                self._pages.update(got)
                self._emit_all()
            self.loaded.emit()

        def failed(_exc: BaseException) -> None:
            self._running -= 1

        run_in_background(lambda: _read(path, op, q, pages, count=not reset), done, failed, owner=self)

    def _ask_page(self, number: int) -> None:
        if number in self._asked:
            return
        self._asked.add(number)
        generation, path, op, q = self._generation, self._path, self.operation, self.query
        self._running += 1

        def done(result: tuple[int, dict[int, list], frozenset[str]]) -> None:
            self._running -= 1
            self._asked.discard(number)
            if generation != self._generation:
                return
            _total, got, pending = result
            self._pending |= pending
            self._pages[number] = got[number]
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
            first = number * PAGE_SIZE
            last = min(self._total, first + PAGE_SIZE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        def failed(_exc: BaseException) -> None:
            self._running -= 1
            self._asked.discard(number)

        run_in_background(lambda: _read(path, op, q, (number,)), done, failed, owner=self)

    def _emit_all(self) -> None:
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(COLUMNS) - 1))

    def set_names(self, names: LogNames) -> None:
        self.names = names
        self._emit_all()

    # --- rows
    def total(self) -> int:
        return self._total

    def entry_at(self, row: int) -> LogEntry | None:
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            self._ask_page(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, entry_id: str) -> int:
        for number, page in self._pages.items():
            for offset, entry in enumerate(page):
                if entry.id == entry_id:
                    return number * PAGE_SIZE + offset
        return -1

    def words_of(self, entry: LogEntry) -> str:
        if not entry.automatic:
            return entry.text
        n = self.names
        return words.automatic_text(entry.event, entry.subject, entry.details, entry.text, agency=n.agency,
                                    officer=n.officer, task_title=n.task_title)

    # --- Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return words.translate("CommandLogModel", "Significant event")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        key = COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return entry
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == PENDING_ROLE:
            return entry.id in self._pending
        if role == WORDS_ROLE:
            return self.words_of(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "flag" and entry.significant:
                return QColor("#c45500")
            return self._grey if (entry.automatic or entry.struck) else None
        if role == Qt.ItemDataRole.FontRole:
            if key == "text" and entry.struck:
                return self._struck
            if entry.id in self._pending:
                return self._italic
            if entry.significant and key in ("text", "flag"):
                return self._bold
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("flag", "kind") and (key == "flag" or entry.automatic):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, entry: LogEntry, key: str) -> str:
        if key == "flag":
            return "★" if entry.significant else ""
        if key == "at":
            return labels.business_time(entry.at)[11:]
        if key == "kind":
            return "⚙" if entry.automatic else words.log_kind(entry.kind)
        if key == "agency":
            return self.names.agency(entry.agency) if entry.agency else ""
        if key == "author":
            if entry.automatic:
                return words.log_kind("system")
            return self.names.officer(entry.author)
        return self.words_of(entry)

    def _tooltip(self, entry: LogEntry) -> str:
        lines = [labels.business_time(entry.at, with_seconds=True), self.words_of(entry)]
        if entry.automatic and entry.text != lines[1]:
            lines.append(entry.text)
        if entry.struck:
            lines.append(words.translate("CommandLogModel", "Struck by %1: %2").replace(
                "%1", self.names.officer(entry.struck_by or "")).replace("%2", entry.struck_reason))
        if entry.id in self._pending:
            lines.append(words.translate("CommandLogModel", "Local entry waiting to sync"))
        return "\n".join(lines)
