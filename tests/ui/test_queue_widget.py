"""The queue dock as an officer uses it: tabs with live counts, filters that combine, saved queues,
SQL sorting from the header, columns that stay hidden, and the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from dispatch_desk.bench.cases_queue import fill_store, reference
from dispatch_desk.store import IncidentQuery, Store
from dispatch_desk.ui import tasks
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.queue import QueueWidget
from dispatch_desk.ui.queue.model import COLUMN_INDEX, INCIDENT_ID_ROLE, SLA_COLUMN
from dispatch_desk.ui.queue.presets import saved_setting_key

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queue-widget") / "cache.sqlite"
    store = Store.open(path)
    fill_store(store, 3000, NOW)
    store.close()
    return path


@pytest.fixture
def settings(tmp_path: Path):
    """Column choices go to an INI file of this test, not the developer's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    app = QApplication.instance()
    app.setOrganizationName("dispatch-desk-tests")
    app.setApplicationName("queue")
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def make_queue(qtbot, cache: Path, tmp_path: Path, settings):
    stores, widgets = [], []

    def make(officer_index: int = 0) -> QueueWidget:
        # A copy per test: saved queues are written into the cache.
        path = tmp_path / "cache.sqlite"
        if not path.exists():
            path.write_bytes(cache.read_bytes())
        store = Store.open(path, check=False)
        stores.append(store)
        ctx = AppContext(store, None, reference()["officer"][officer_index], AppBus())
        widget = QueueWidget(ctx)
        widget.resize(1100, 600)
        widget.show()
        qtbot.addWidget(widget)
        widgets.append(widget)
        qtbot.waitUntil(lambda: len(widget.counts()) == len(widget.queues()), timeout=10_000)
        return widget

    yield make
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    # background counts end before the next test (a loaded machine may queue them behind other jobs)
    qtbot.waitUntil(lambda: not any(w.counter.busy() for w in widgets), timeout=30_000)
    QApplication.sendPostedEvents()
    for store in stores:
        store.close()


def _all_ids(widget: QueueWidget) -> list[str]:
    while widget.model.canFetchMore():
        widget.model.fetchMore()
    return [widget.model.index(r, 0).data(INCIDENT_ID_ROLE) for r in range(widget.model.rowCount())]


def test_each_tab_counts_its_queue_in_the_background(make_queue):
    widget = make_queue()
    store = widget._ctx.store
    keys = [q.key for q in widget.queues()]
    assert keys[:3] == ["preset:all_open", "preset:to_register", "preset:to_dispatch"]
    assert {"preset:overdue", "preset:near", "preset:my_street", "preset:supervised"} <= set(keys)
    for i, q in enumerate(widget.queues()):
        assert widget.counts()[q.key] == store.count_incidents(q.query)
        assert f"{store.count_incidents(q.query):,}" in widget.tabs.tabText(i)


def test_an_agency_officer_gets_the_my_agency_to_accept_queue(make_queue):
    widget = make_queue(officer_index=1)  # 李水务, agency sw
    queue = next(q for q in widget.queues() if q.key == "preset:to_accept")
    assert queue.query.agency == "sw" and queue.query.statuses == ("dispatched",)
    widget.select_queue("preset:to_accept")
    rows = [widget.model.index(r, 0).data(0x0100 + 2) for r in range(widget.model.rowCount())]
    assert rows and all(r.status == "dispatched" and r.lead_agency == "sw" for r in rows)


def test_filters_combine_with_the_tab_and_the_map_is_told(make_queue, qtbot):
    widget = make_queue()
    seen = []
    widget._ctx.bus.incident_filter_changed.connect(seen.append)
    widget.select_queue("preset:in_disposal")
    f = widget.filters
    f.category.setCurrentIndex(f.category.findData("manhole"))
    f.severity.setCurrentIndex(f.severity.findData(4))
    query = widget.model.query()
    assert query.statuses == ("accepted",) and query.categories == ("manhole",) and query.severities == (4,)
    assert seen[-1] == query
    store = widget._ctx.store
    assert len(_all_ids(widget)) == store.count_incidents(query) > 0
    f.status.setCurrentIndex(f.status.findData("reported"))  # disjoint from the tab: nothing, not everything
    assert widget.model.rowCount() == 0
    f.clear()
    assert widget.model.query() == widget.current_queue().query


def test_chinese_full_text_search_is_debounced_into_one_query(make_queue, qtbot):
    widget = make_queue()
    seen = []
    widget._ctx.bus.incident_filter_changed.connect(seen.append)
    pause = widget.filters._debounce
    for typed in ("井", "井盖"):  # as an input method commits it, keystroke by keystroke
        widget.filters.text.setText(typed)
    assert seen == [] and pause.isActive()  # nothing queried while typing, one pause pending
    with qtbot.waitSignal(pause.timeout, timeout=5000):
        pass
    assert not pause.isActive()  # the one pause is over and nothing else is pending
    assert [q.text for q in seen] == ["井盖"]
    titles = [widget.model.index(r, COLUMN_INDEX["title"]).data() for r in range(widget.model.rowCount())]
    assert titles and all("井盖" in t for t in titles)


def test_a_saved_queue_becomes_a_tab_and_survives_a_restart(make_queue, qtbot):
    widget = make_queue()
    widget.select_queue("preset:to_dispatch")
    widget.filters.region.setCurrentIndex(widget.filters.region.findData("310101002"))
    key = widget.save_current_queue("南东待派遣")
    assert widget.current_queue().key == key
    assert widget.current_queue().query.region == "310101002"
    assert widget.current_queue().query.statuses == ("registered", "returned")
    # the tab came at once; the cache stores it on a pool thread
    setting = saved_setting_key(widget._ctx.officer)
    qtbot.waitUntil(lambda: tasks.unsaved_setting(widget._ctx.store.path, setting, None) is None, timeout=10_000)
    assert [e["name"] for e in widget._ctx.store.get_setting(setting)] == ["南东待派遣"]
    again = make_queue()
    saved = [q for q in again.queues() if q.saved]
    assert [q.title for q in saved] == ["南东待派遣"]
    assert again.counts()[saved[0].key] == again._ctx.store.count_incidents(saved[0].query)


def test_a_header_click_sorts_in_sql(make_queue):
    widget = make_queue()
    header = widget.table.horizontalHeader()
    header.setSortIndicator(COLUMN_INDEX["severity"], Qt.SortOrder.DescendingOrder)
    q = widget.model.query()
    assert (q.sort, q.descending) == ("severity", True)
    expected = [r.id for r in widget._ctx.store.query_incidents(q, 0, 50)]
    assert [widget.model.index(r, 0).data(INCIDENT_ID_ROLE) for r in range(50)] == expected


def test_hidden_columns_stay_hidden_next_time(make_queue):
    widget = make_queue()
    widget.toggle_column(COLUMN_INDEX["lead_agency"], False)
    widget.toggle_column(COLUMN_INDEX["source"], True)
    again = make_queue()
    assert again.table.isColumnHidden(COLUMN_INDEX["lead_agency"])
    assert not again.table.isColumnHidden(COLUMN_INDEX["source"])


def test_keyboard_moves_with_j_and_k_and_enter_opens(make_queue, qtbot):
    widget = make_queue()
    bus = widget._ctx.bus
    widget.table.setFocus()
    widget.table.setCurrentIndex(widget.model.index(0, 0))
    with qtbot.waitSignal(bus.incident_selected) as moved:
        qtbot.keyClick(widget.table, Qt.Key.Key_J)
    assert widget.table.currentIndex().row() == 1
    assert moved.args[0] == widget.model.index(1, 0).data(INCIDENT_ID_ROLE)
    qtbot.keyClick(widget.table, Qt.Key.Key_J)
    qtbot.keyClick(widget.table, Qt.Key.Key_K)
    assert widget.table.currentIndex().row() == 1
    with qtbot.waitSignal(widget.open_requested) as opened:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args[0] == moved.args[0]


def test_ctrl_f_focuses_the_search(make_queue, qtbot):
    widget = make_queue()
    widget.activateWindow()
    widget.table.setFocus()
    widget.find_action.trigger()
    assert widget.filters.text.hasFocus() or QApplication.focusWidget() is widget.filters.text


def test_a_selection_on_the_map_selects_the_row(make_queue):
    widget = make_queue()
    target = widget.model.index(7, 0).data(INCIDENT_ID_ROLE)
    widget._ctx.bus.incident_selected.emit(target)
    assert widget.table.currentIndex().row() == 7


def test_the_sla_timer_repaints_only_the_countdown_column(make_queue, qtbot):
    widget = make_queue()
    changed = []
    widget.model.dataChanged.connect(lambda a, b, roles: changed.append((a.column(), b.column(), a.row(), b.row())))
    widget.tick_sla()
    first, last = widget.table.visible_rows()
    assert changed == [(SLA_COLUMN, SLA_COLUMN, first, last)]
    assert 0 <= first < last < widget.model.rowCount()


def test_a_sync_change_refreshes_rows_and_counts(make_queue, qtbot):
    widget = make_queue()
    store = widget._ctx.store
    before = widget.counts()["preset:all_open"]
    rows = list(store.query_incidents(IncidentQuery(open_only=True), 0, 1))
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.wire import Change

    incident = store.get_incident(rows[0].id)
    data = to_wire(incident)
    data["status"] = "closed"
    store.apply_changes([Change(seq=90_000, entity="incident", key=incident.id, op="upsert", data=data)], 90_000)
    widget._ctx.bus.data_changed.emit({"incident": {incident.id}})
    qtbot.waitUntil(lambda: widget.counts()["preset:all_open"] == before - 1, timeout=5000)
    widget.flush()
    assert widget.model.index(0, 0).data(INCIDENT_ID_ROLE) != incident.id


def test_the_filters_fold_away_and_the_choice_is_remembered(make_queue):
    widget = make_queue()
    assert not widget.filters.panel.isVisible()  # a docked queue shows rows first
    widget.filters.more.setChecked(True)
    assert widget.filters.panel.isVisible()
    widget.filters.category.setCurrentIndex(widget.filters.category.findData("garbage"))
    assert "1" in widget.filters.more.text()  # how many filters are set, even when folded
    assert make_queue().filters.panel.isVisible()


def test_a_custom_date_range_takes_whole_business_days(make_queue):
    from datetime import date

    from PySide6.QtCore import QDate

    from dispatch_desk.ui.common.labels import BUSINESS_TZ

    widget = make_queue()
    f = widget.filters
    f.period.setCurrentIndex(f.period.findData("custom"))
    f.date_from.setDate(QDate(2026, 11, 20))
    f.date_to.setDate(QDate(2026, 11, 21))
    q = widget.model.query()
    assert q.reported_from.astimezone(BUSINESS_TZ).replace(tzinfo=None).isoformat() == "2026-11-20T00:00:00"
    assert q.reported_to.astimezone(BUSINESS_TZ).date() == date(2026, 11, 22)
    rows = [widget.model.index(r, 0).data(0x0100 + 2) for r in range(widget.model.rowCount())]
    assert rows and all(q.reported_from <= r.reported_at < q.reported_to for r in rows)
    assert "1" in f.more.text()  # one filter: the date range
