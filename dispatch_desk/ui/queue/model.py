"""Table model of an incident queue: an adapter over `Store.query_incidents`, never a copy of the table.

SQL filters, sorts and pages. The view grows the model page by page as it scrolls (`canFetchMore` /
`fetchMore`); rows live in a small LRU cache of pages, so a page scrolled far away is dropped and
read again if the officer comes back. `data()` is a dictionary lookup plus, at most once per page,
one store query. The SLA countdown is computed from the row's deadline and the model's clock, which
`tick()` advances without touching the cache.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from dispatch_desk.domain.records import SlaState
from dispatch_desk.domain.sla import marks_state
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.colors import SEVERITY_COLORS, SLA_COLORS
from dispatch_desk.ui.common.names import Names

# Custom roles: what delegates, the selection logic and tests read besides the text.
INCIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str: Incident.id
INCIDENT_ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # IncidentRow
SLA_STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # SlaState value
SLA_SECONDS_ROLE = Qt.ItemDataRole.UserRole + 4  # float | None: seconds left (negative when overdue)
PENDING_ROLE = Qt.ItemDataRole.UserRole + 5  # bool: an unsynced local change is shown
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 6  # str: the IncidentQuery.sort value of a column (header)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 6  # bounded memory: 1,200 rows at most, whatever the queue size

_ROLES = frozenset({
    INCIDENT_ID_ROLE, INCIDENT_ROW_ROLE, PENDING_ROLE, SLA_STATE_ROLE, SLA_SECONDS_ROLE,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
})  # fmt: skip
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_TICK_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole]



@dataclass(frozen=True)
class Column:
    key: str  # stable name, saved with the officer's column choice
    sort: str  # the IncidentQuery.sort value for a header click


# The countdown comes right after the status: columns an officer adds go to its right, never push it away.
COLUMNS: tuple[Column, ...] = (
    Column("code", "code"),
    Column("title", "title"),
    Column("status", "status"),
    Column("sla", "due_at"),
    Column("severity", "severity"),
    Column("category", "category"),
    Column("street", "street"),
    Column("grid_cell", "grid_cell"),
    Column("lead_agency", "lead_agency"),
    Column("reported_at", "reported_at"),
    Column("source", "source"),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
SLA_COLUMN = COLUMN_INDEX["sla"]


def column_title(key: str) -> str:
    titles = {
        "code": QCoreApplication.translate("IncidentTableModel", "Case no."),
        "title": QCoreApplication.translate("IncidentTableModel", "Title"),
        "category": QCoreApplication.translate("IncidentTableModel", "Category"),
        "status": QCoreApplication.translate("IncidentTableModel", "Status"),
        "severity": QCoreApplication.translate("IncidentTableModel", "Severity"),
        "source": QCoreApplication.translate("IncidentTableModel", "Source"),
        "street": QCoreApplication.translate("IncidentTableModel", "Street"),
        "grid_cell": QCoreApplication.translate("IncidentTableModel", "Grid cell"),
        "lead_agency": QCoreApplication.translate("IncidentTableModel", "Lead agency"),
        "reported_at": QCoreApplication.translate("IncidentTableModel", "Reported at"),
        "sla": QCoreApplication.translate("IncidentTableModel", "Time left"),
    }
    return titles[key]


def sla_of(row: Any, now: datetime) -> tuple[SlaState, float | None]:
    """The SLA state of a queue row at `now`, from the deadlines the store put on the row."""
    return marks_state(row.status, row.due_at, row.sla_near_at, now)


class IncidentTableModel(QAbstractTableModel):
    """Rows of one `IncidentQuery`, paged from the store."""

    query_changed = Signal(object)  # the new IncidentQuery after set_query or a header sort

    def __init__(self, store: Any, names: Names, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._names = names
        self._query: Any = None
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._last_number = -1
        self._last_page: Sequence[Any] | None = None
        self._loaded = 0  # rows the view has been told about
        self._exhausted = True
        # >0 while the model announces a change of rows (reset, insert, remove): a slot of one of
        # those signals (a view, a proxy, Qt's model tester) that asks for more rows then gets none,
        # instead of a second insertion nested inside the first (rows counted twice)
        self._announcing = 0
        self._now = datetime.now(UTC)
        self._in_flight: frozenset[str] = frozenset()  # incidents with an action given, not in the cache yet
        self.store_queries = 0  # how many times the model asked the store for rows (tests, bench)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._sla_brushes = {s: (QColor(f), QColor(b)) for s, (f, b) in SLA_COLORS.items()}
        self._severity_brushes = {k: QColor(v) for k, v in SEVERITY_COLORS.items()}

    # --- the query --------------------------------------------------------------------------
    def query(self) -> Any:
        return self._query

    @contextmanager
    def _changing_rows(self) -> Iterator[None]:
        self._announcing += 1
        try:
            yield
        finally:
            self._announcing -= 1

    def set_query(self, query: Any) -> None:
        with self._changing_rows():
            self.beginResetModel()
            self._query = query
            self._forget_pages()
            self._loaded = 0
            self._exhausted = query is None
            if query is not None:
                first = self._page(0)
                self._loaded = len(first)
                self._exhausted = len(first) < PAGE_SIZE
            self.endResetModel()
        self.query_changed.emit(query)

    def set_in_flight(self, incident_ids: frozenset[str]) -> None:
        """Mark these incidents' rows pending at once: an action on them was given and is being saved."""
        if incident_ids == self._in_flight:
            return
        self._in_flight = frozenset(incident_ids)
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(COLUMNS) - 1),
                                  [PENDING_ROLE, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole])

    def set_names(self, names: Names) -> None:
        self._names = names
        self._emit_all_changed()

    def refresh(self) -> None:
        """Read the rows again after a sync or local change, keeping the rows the view knows about."""
        if self._query is None:
            return
        self._forget_pages()
        if self._exhausted:
            # A short result: its true length may have changed; read it again from the top.
            total = self._store.count_incidents(self._query)
            self._resize(total)
        self._emit_all_changed()

    def _resize(self, total: int) -> None:
        with self._changing_rows():
            if total > self._loaded:
                self.beginInsertRows(QModelIndex(), self._loaded, total - 1)
                self._loaded = total
                self.endInsertRows()
            elif total < self._loaded:
                self.beginRemoveRows(QModelIndex(), total, self._loaded - 1)
                self._loaded = total
                self.endRemoveRows()

    def _emit_all_changed(self) -> None:
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(COLUMNS) - 1))

    # --- paging -------------------------------------------------------------------------------
    def _page(self, number: int) -> Sequence[Any]:
        if number == self._last_number and self._last_page is not None:
            return self._last_page  # the common case: cells of the same page, one after another
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            self._last_number, self._last_page = number, page
            return page
        self.store_queries += 1
        page = self._store.query_incidents(self._query, offset=number * PAGE_SIZE, limit=PAGE_SIZE)
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        self._last_number, self._last_page = number, page
        return page

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._last_number, self._last_page = -1, None

    def row_at(self, row: int) -> Any:
        if row < 0 or row >= self._loaded:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._announcing

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._announcing:
            return
        got = self._page(self._loaded // PAGE_SIZE)
        start = self._loaded % PAGE_SIZE  # the last page may have been short before a refresh
        fresh = len(got) - start
        if fresh <= 0:
            self._exhausted = True
            return
        with self._changing_rows():
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + fresh - 1)
            self._loaded += fresh
            self._exhausted = len(got) < PAGE_SIZE  # before the views hear of the rows
            self.endInsertRows()

    # --- the clock ------------------------------------------------------------------------------
    def now(self) -> datetime:
        return self._now

    def tick(self, first_row: int, last_row: int, now: datetime | None = None) -> None:
        """Advance the SLA clock; only the countdown cells of the rows on screen are repainted."""
        self._now = now or datetime.now(UTC)
        last_row = min(last_row, self._loaded - 1)
        if first_row < 0 or last_row < first_row:
            return
        self.dataChanged.emit(
            self.index(first_row, SLA_COLUMN),
            self.index(last_row, SLA_COLUMN),
            _TICK_ROLES,
        )

    # --- Qt model API -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section].key)
        if role == SORT_KEY_ROLE:
            return COLUMNS[section].sort
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._query is None or not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        if q.sort == COLUMNS[column].sort and q.descending == descending:
            return
        self.set_query(dataclasses.replace(q, sort=COLUMNS[column].sort, descending=descending))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        return None if row is None else self._value(row, COLUMNS[index.column()].key, role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan) -> None:
        """All the roles a delegate paints a cell with, in one Python call instead of one per role."""
        if not index.isValid():
            return
        row = self.row_at(index.row())
        if row is None:
            return
        key = COLUMNS[index.column()].key
        for slot in span:
            # Every slot is written, None included: the view may hand the same span from cell to cell.
            slot.setData(self._value(row, key, slot.role()))

    def _value(self, row: Any, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role not in _ROLES:
            return None
        if role == INCIDENT_ID_ROLE:
            return row.id
        if role == INCIDENT_ROW_ROLE:
            return row
        if role == PENDING_ROLE:
            return bool(row.pending) or row.id in self._in_flight
        if role in (SLA_STATE_ROLE, SLA_SECONDS_ROLE):
            state, left = sla_of(row, self._now)
            return state.value if role == SLA_STATE_ROLE else left
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "sla":
                brushes = self._sla_brushes.get(sla_of(row, self._now)[0])
                return brushes[0] if brushes else None
            if key == "severity":
                return self._severity_brushes.get(int(row.severity))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key != "sla":
                return None
            brushes = self._sla_brushes.get(sla_of(row, self._now)[0])
            return brushes[1] if brushes else None
        if role == Qt.ItemDataRole.FontRole:
            if row.pending or row.id in self._in_flight:
                return self._italic
            if key == "severity" and int(row.severity) >= 3:
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER if key in ("sla", "severity", "reported_at") else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return None

    def _display(self, row: Any, key: str) -> str:
        n = self._names
        if key == "code":
            return row.code or row.id[:8]
        if key == "title":
            return row.title
        if key == "category":
            return n.category(row.category)
        if key == "status":
            return labels.status_label(row.status)
        if key == "severity":
            return labels.severity_label(int(row.severity))
        if key == "source":
            return labels.source_label(row.source)
        if key == "street":
            return n.region(row.street)
        if key == "grid_cell":
            return row.grid_cell or ""
        if key == "lead_agency":
            return n.agency(row.lead_agency)
        if key == "reported_at":
            return labels.business_time(row.reported_at)
        state, left = sla_of(row, self._now)
        if state == SlaState.NONE or left is None:
            return "—"
        return labels.format_countdown(left)

    def _tooltip(self, row: Any, key: str) -> str | None:
        if row.id in self._in_flight:
            return QCoreApplication.translate("IncidentTableModel", "Your action is being saved")
        if row.pending:
            return QCoreApplication.translate("IncidentTableModel", "Local change waiting to sync")
        if key == "title":
            return row.title
        if key == "sla" and row.due_at is not None:
            state = sla_of(row, self._now)[0]
            return QCoreApplication.translate("IncidentTableModel", "%1 — due %2").replace(
                "%1", labels.sla_state_label(state)).replace("%2", labels.business_time(row.due_at))
        if key == "grid_cell":
            return self._names.grid_cell(row.grid_cell)
        return None
