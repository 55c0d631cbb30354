"""The queue model is an adapter over SQL: pages on demand, bounded store reads per data() call and
per scroll, SQL sorting, an SLA tick that repaints only the countdown cells of the rows on screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dispatch_desk.bench.cases_queue import fill_store
from dispatch_desk.store import IncidentQuery, Store
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.queue.model import (
    COLUMNS,
    INCIDENT_ID_ROLE,
    INCIDENT_ROW_ROLE,
    MAX_CACHED_PAGES,
    PAGE_SIZE,
    SLA_COLUMN,
    SLA_STATE_ROLE,
    IncidentTableModel,
)

ROWS = 50_000
NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


class CountingStore:
    """The real store, with every row read counted."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.reads = 0
        self.counts = 0

    def query_incidents(self, q, offset=0, limit=100):
        self.reads += 1
        return self.store.query_incidents(q, offset=offset, limit=limit)

    def count_incidents(self, q):
        self.counts += 1
        return self.store.count_incidents(q)

    def __getattr__(self, name: str):
        return getattr(self.store, name)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queue") / "cache.sqlite"
    store = Store.open(path)
    fill_store(store, ROWS, NOW)
    store.close()
    return path


@pytest.fixture
def store(cache: Path):
    s = Store.open(cache, check=False)
    yield CountingStore(s)
    s.close()


@pytest.fixture
def model(qapp, store: CountingStore) -> IncidentTableModel:
    return IncidentTableModel(store, Names.load(store.store))


def test_opening_a_queue_reads_one_page_and_counts_nothing(model, store):
    model.set_query(IncidentQuery())
    assert store.reads == 1
    assert store.counts == 0
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()


def test_data_of_every_cell_and_role_of_a_loaded_page_reads_nothing_more(model, store):
    model.set_query(IncidentQuery())
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole, INCIDENT_ID_ROLE, SLA_STATE_ROLE]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                model.data(model.index(row, column), role)
    assert store.reads == 1


def test_scrolling_reads_one_page_per_fetch_and_keeps_a_bounded_cache(model, store):
    model.set_query(IncidentQuery())
    fetches = 20
    for _ in range(fetches):
        model.fetchMore()
        last = model.rowCount() - 1
        model.data(model.index(last, 0))
    assert model.rowCount() == PAGE_SIZE * (fetches + 1)
    assert store.reads == fetches + 1
    assert len(model._pages) <= MAX_CACHED_PAGES
    # Going back to the top re-reads exactly the evicted page, once.
    before = store.reads
    for row in range(PAGE_SIZE):
        model.data(model.index(row, 1))
    assert store.reads == before + 1


def test_rows_come_in_sql_order_for_every_sortable_column(model, store):
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.set_query(IncidentQuery(open_only=True))
            model.sort(column, order)
            q = model.query()
            assert q.sort == COLUMNS[column].sort
            assert q.descending == (order == Qt.SortOrder.DescendingOrder)
            expected = [r.id for r in store.store.query_incidents(q, offset=0, limit=30)]
            got = [model.index(r, 0).data(INCIDENT_ID_ROLE) for r in range(30)]
            assert got == expected


def test_a_filter_narrows_rows_in_sql_and_the_model_ends_at_the_last_row(model, store):
    q = IncidentQuery(categories=("manhole",), statuses=("accepted",), severities=(4,))
    model.set_query(q)
    total = store.store.count_incidents(q)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    rows = [model.index(r, 0).data(INCIDENT_ROW_ROLE) for r in range(model.rowCount())]
    assert all(r.category == "manhole" and r.status == "accepted" and r.severity == 4 for r in rows)


def test_the_sla_tick_repaints_only_visible_countdown_cells_without_reading(model, store, qtbot):
    model.set_query(IncidentQuery(open_only=True, sort="due_at", descending=False))
    reads = store.reads
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    with qtbot.assertNotEmitted(model.modelReset):
        model.tick(10, 40)
    assert changed == [(10, SLA_COLUMN, 40, SLA_COLUMN)]
    assert store.reads == reads


def test_the_countdown_follows_the_models_clock(model):
    model.set_query(IncidentQuery(statuses=("accepted",), sort="due_at", descending=False))
    row = model.index(0, SLA_COLUMN).data(INCIDENT_ROW_ROLE)
    assert row.due_at is not None
    model.tick(0, 0, now=row.due_at - timedelta(days=2, hours=1, minutes=2))
    assert model.index(0, SLA_COLUMN).data() == "2d 1:02"
    assert model.index(0, SLA_COLUMN).data(SLA_STATE_ROLE) == "ok"
    model.tick(0, 0, now=row.due_at - timedelta(hours=1, minutes=2, seconds=3))
    assert model.index(0, SLA_COLUMN).data() == "1:02:03"
    model.tick(0, 0, now=row.due_at + timedelta(seconds=65))
    assert model.index(0, SLA_COLUMN).data() == "-0:01:05"
    assert model.index(0, SLA_COLUMN).data(SLA_STATE_ROLE) == "overdue"


def test_refresh_keeps_the_rows_the_view_knows_and_rereads_on_demand(model, store):
    model.set_query(IncidentQuery())
    model.fetchMore()
    rows = model.rowCount()
    reads = store.reads
    model.refresh()
    assert model.rowCount() == rows
    assert store.reads == reads  # nothing read until the view asks
    model.data(model.index(0, 0))
    assert store.reads == reads + 1


def test_multi_data_gives_each_cell_exactly_its_own_roles(model):
    """The delegate paints from one multiData call per cell; it must match data() role by role."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    model.set_query(IncidentQuery(open_only=True, sort="due_at", descending=False))
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole]
    for row in (0, 5, 50):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                slot = QModelRoleData(role)
                slot.setData("stale")  # what a reused span may still hold from the previous cell
                model.multiData(index, QModelRoleDataSpan(slot))
                assert slot.data() == model.data(index, role), (row, column, role)
