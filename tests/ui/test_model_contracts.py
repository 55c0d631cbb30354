"""The UI's item models keep Qt's model contract, checked by Qt's own QAbstractItemModelTester while
they are used the way the views use them: a query set, pages fetched, a sync refresh, a header sort,
the SLA tick, names changed, the query cleared.

The tester reports in its Warning mode; a message handler collects what it says (category
qt.modeltest) so a broken contract fails the test with Qt's own words instead of aborting the run.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from dispatch_desk.bench.cases_queue import fill_store
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import Dimension, Indicator, Region, RegionLevel
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import IncidentQuery, Store
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.queue.model import COLUMN_INDEX, PAGE_SIZE, IncidentTableModel

NOW = datetime.now(UTC)


@contextlib.contextmanager
def model_tester(model) -> Iterator[QAbstractItemModelTester]:
    """Qt's tester on `model` for the block; fails with every contract violation it reported."""
    failures: list[str] = []

    def collect(kind: QtMsgType, context, message: str) -> None:
        if context.category == "qt.modeltest" or "FAIL!" in message:
            failures.append(message)

    previous = qInstallMessageHandler(collect)
    try:
        tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        yield tester
    finally:
        qInstallMessageHandler(previous)
    del tester
    assert failures == [], "QAbstractItemModelTester: " + "\n".join(failures)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model-contracts") / "cache.sqlite"
    with Store.open(path) as store:
        fill_store(store, PAGE_SIZE * 3 + 17, NOW)  # three full pages and a short one
    return path


@pytest.fixture
def store(cache: Path, tmp_path: Path):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(cache.read_bytes())
    store = Store.open(path, check=False)
    yield store
    store.close()


def test_the_queue_model_keeps_the_contract_through_paging_refresh_sort_and_tick(qapp, store):
    model = IncidentTableModel(store, Names.load(store))
    with model_tester(model):
        model.set_query(IncidentQuery())
        assert model.rowCount() >= PAGE_SIZE
        while model.canFetchMore():
            model.fetchMore()
        total = store.count_incidents(IncidentQuery())
        assert model.rowCount() == total > PAGE_SIZE * 3

        # a sync closes one incident: the rows are read again in place
        row = model.row_at(0)
        data = to_wire(store.get_incident(row.id))
        data["status"] = "closed"
        store.apply_changes([Change(seq=90_000, entity="incident", key=row.id, op="upsert", data=data)], 90_000)
        model.refresh()
        assert model.rowCount() == total

        model.sort(COLUMN_INDEX["severity"])
        assert model.query().sort == "severity" and model.rowCount() >= PAGE_SIZE
        model.tick(0, 50, NOW + timedelta(hours=1))
        model.set_names(Names.load(store))
        model.set_query(IncidentQuery(statuses=("no-such-status",)))
        assert model.rowCount() == 0 and not model.canFetchMore()
        model.refresh()
        model.set_query(None)
        assert model.rowCount() == 0


def test_a_short_queue_grows_and_shrinks_on_refresh_within_the_contract(qapp, store):
    model = IncidentTableModel(store, Names.load(store))
    with model_tester(model):
        query = IncidentQuery(statuses=("accepted",), severities=(4,))
        model.set_query(query)
        before = model.rowCount()
        assert 0 < before < PAGE_SIZE and not model.canFetchMore()
        first = model.row_at(0)
        closed = dataclasses.replace(store.get_incident(first.id))
        data = to_wire(closed)
        data["status"] = "closed"
        store.apply_changes([Change(seq=90_001, entity="incident", key=first.id, op="upsert", data=data)], 90_001)
        model.refresh()  # removes the row
        assert model.rowCount() == before - 1
        data["status"] = "accepted"
        store.apply_changes([Change(seq=90_002, entity="incident", key=first.id, op="upsert", data=data)], 90_002)
        model.refresh()  # inserts it again
        assert model.rowCount() == before


def test_the_indicator_tree_keeps_the_contract_while_filled_and_filtered(qtbot):
    from dispatch_desk.ui.charts.indicator_tree import IndicatorTree

    tree = IndicatorTree()
    qtbot.addWidget(tree)
    regions = {
        "C": Region("C", "示范市", RegionLevel.CITY),
        "D1": Region("D1", "一区", RegionLevel.DISTRICT, "C"),
        "S11": Region("S11", "一街道", RegionLevel.STREET, "D1"),
    }
    indicators = [
        Indicator("pm25-c", "PM2.5", Dimension.ENVIRONMENT, "µg/m³", "C", 75, 115),
        Indicator("pm25-d1", "PM2.5", Dimension.ENVIRONMENT, "µg/m³", "D1", 75, 115),
        Indicator("flow-s11", "客流", Dimension.TRAFFIC, "人次", "S11", 800, 1000),
        Indicator("water-c", "管网压力", Dimension.UTILITIES, "MPa", "C"),
    ]
    with model_tester(tree.tree.model()):
        tree.populate(indicators, regions)
        assert tree.tree.topLevelItemCount() == 3
        tree.search.setText("pm2")
        tree.search.setText("")
        tree.populate(indicators[:2], regions)  # filled again after a sync
        tree.populate([], regions)
        assert tree.tree.topLevelItemCount() == 0
