"""The assessment page over a real cache: its ranking is the domain's, a click opens exactly the
incidents behind a figure in the queue, and the leader starts in the leadership workspace."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.domain.wire import Change
from dispatch_desk.domain.workflow import Action, Applied, Command, decide
from dispatch_desk.store import Store
from dispatch_desk.ui.assess import AssessmentWidget
from dispatch_desk.ui.assess.ranking import COLUMN_KEYS
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n
from dispatch_desk.ui.shell.workspace import for_officer, routine_for
from tests.domain.world import CATEGORIES, REGIONS, RULES, policy

ADMIN = Officer("admin", "admin", "管理员", Role.ADMIN)
LEADER = Officer("leader", "leader", "领导", Role.LEADER, region="C")
T0 = datetime(2026, 10, 6, 1, 0, tzinfo=UTC)
OCTOBER = a.Period.containing(a.PeriodKind.MONTH, T0)
WAIT = 20_000
# (agency, street, district, minutes to acceptance): the acceptance limit of a pipe burst is 20 minutes
PLAN = [("WATER", "S11", "D1", 10), ("WATER", "S11", "D1", 35), ("WATER", "S12", "D1", 12),
        ("ROADS", "S21", "D2", 50), ("ROADS", "S21", "D2", 45), ("GAS", "S12", "D1", 5)]


def _made(n: int, agency: str, street: str, district: str, accept_after: int):
    at = T0 + timedelta(days=n)
    report = {"id": f"inc-{n}", "title": "管道爆裂", "category": "pipe_burst", "source": "hotline_12345",
              "severity": 2, "lon": 121.5, "lat": 31.2, "street": street, "district": district}
    steps = [(Action.REPORT, report, 0), (Action.REGISTER, {}, 5), (Action.DISPATCH, {"lead_agency": agency}, 10),
             (Action.ACCEPT, {}, 10 + accept_after)]
    incident, actions = None, []
    for k, (action, args, minutes) in enumerate(steps):
        result = decide(incident, Command(action, f"m-{n}-{k}", {"id": f"inc-{n}", **args}), ADMIN,
                        at + timedelta(minutes=minutes), policy())
        assert isinstance(result, Applied)
        incident = result.incident
        actions.append(result.action)
    return incident, actions


def build_cache(tmp_path):
    """A cache holding the reference tables and the incidents of PLAN with their histories."""
    made = [_made(n, *row) for n, row in enumerate(PLAN)]
    changes = [(kind, str(getattr(r, "code", "")) or f"{r.category}:{r.stage.value}", to_wire(r))
               for kind, rows in (("region", REGIONS), ("category", CATEGORIES), ("sla_rule", RULES)) for r in rows]
    for incident, actions in made:
        changes.append(("incident", incident.id, to_wire(incident)))
        changes += [("incident_action", x.id, to_wire(x)) for x in actions]
    store = Store.open(tmp_path / "cache.db")
    store.apply_changes([Change(seq=i + 1, entity=e, key=k, op="upsert", data=d)
                         for i, (e, k, d) in enumerate(changes)], len(changes))
    return store, made


@pytest.fixture
def cache(tmp_path):
    store, made = build_cache(tmp_path)
    yield store, made
    store.close()


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setattr(i18n, "_current", "zh_CN")


def _page(qtbot, store) -> tuple[AssessmentWidget, AppContext]:
    ctx = AppContext(store, None, LEADER, AppBus(), workspace="lead")
    page = AssessmentWidget(ctx)
    qtbot.addWidget(page)
    page.resize(760, 720)
    page.show()
    page.set_period(OCTOBER)
    qtbot.waitUntil(lambda: page.result is not None and page.result.period == OCTOBER, timeout=WAIT)
    return page, ctx


def test_the_ranking_is_the_domain_assessment_and_a_rate_opens_what_pulled_it_down(qtbot, cache, chinese):
    store, made = cache
    page, ctx = _page(qtbot, store)
    lives = [a.replay(i, h, policy(), OCTOBER.end) for i, h in made]
    expected = a.rank(a.assess(lives, a.UnitKind.AGENCY))
    assert [(f.unit, f.score) for f, _ in page.model.rows()] == [(r.unit, r.score) for r in expected]
    assert not page.result.running

    row = next(n for n, (f, _) in enumerate(page.model.rows()) if f.unit == "WATER")
    index = page.model.index(row, COLUMN_KEYS.index("accept_on_time"))
    assert page.model.data(index) == "66.7%"  # two of three acceptances within 20 minutes
    rect = page.table.visualRect(index)
    with qtbot.waitSignal(ctx.bus.open_in_queue, timeout=WAIT) as opened:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    title, ids = opened.args
    assert list(ids) == ["inc-1"] and "WATER" in title and "(1)" in title

    page.show_units(a.UnitKind.DISTRICT)
    assert {f.unit for f, _ in page.model.rows()} == {"D1", "D2"}
    assert page.drill(a.UnitKind.DISTRICT, "D2", ("overdue_accept",), "x") == ["inc-3", "inc-4"]
    assert page.kpis["reported"].value.text().count(">6<") == 1  # the city's six reports, as a link


def test_a_period_with_nothing_reported_says_so(qtbot, cache):
    store, _ = cache
    page, _ = _page(qtbot, store)
    page.set_period(OCTOBER.previous())
    qtbot.waitUntil(lambda: page.result is not None and page.result.period == OCTOBER.previous(), timeout=WAIT)
    assert page.table.isHidden() and not page.state.isHidden() and page.state.text()


def test_the_queue_lists_exactly_a_figures_incidents_and_closes_back(qtbot, cache):
    from dispatch_desk.ui.queue import QueueWidget
    from dispatch_desk.ui.queue.model import INCIDENT_ID_ROLE

    store, _ = cache
    ctx = AppContext(store, None, LEADER, AppBus(), workspace="lead")
    queue = QueueWidget(ctx)
    qtbot.addWidget(queue)
    queue.show()
    before = queue.current_queue().key
    ctx.bus.open_in_queue.emit("东区 · 签收超时 (2)", ["inc-1", "inc-4", "no-such"])
    assert queue.current_queue().key == "figure"
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2, timeout=WAIT)
    assert {queue.model.index(r, 0).data(INCIDENT_ID_ROLE) for r in range(2)} == {"inc-1", "inc-4"}
    queue.close_figure()
    assert queue.current_queue().key == before and all(q.key != "figure" for q in queue.queues())
    queue.close()
    QApplication.processEvents()


@pytest.mark.parametrize("seat", [LEADER, replace(LEADER, id="analyst", username="analyst", role=Role.ANALYST)])
def test_leaders_and_analysts_start_in_the_leadership_workspace_and_return_to_it(seat):
    assert for_officer(seat) == "lead" and routine_for(seat) == "lead"


def test_a_long_sync_does_not_postpone_the_recount_of_the_running_period(qtbot, cache, chinese):
    """Changes arriving without pause (a first sync) still bring a recount at least every few seconds."""
    from PySide6.QtCore import QTimer

    from tests.ui.test_assess_compute import _report

    store, _made = cache
    page, ctx = _page(qtbot, store)
    page.set_period(a.Period.containing(a.PeriodKind.MONTH, datetime.now(UTC)))
    qtbot.waitUntil(lambda: page.result is not None and page.result.running, timeout=WAIT)
    assert page.result.city is None  # nothing reported this month yet
    _report(store, 1, datetime.now(UTC) - timedelta(minutes=5))
    pages = QTimer(page, interval=300)  # a sync page every 300 ms, for longer than the test waits
    pages.timeout.connect(lambda: ctx.bus.data_changed.emit({"incident": {"inc-x1"}}))
    pages.start()
    try:
        qtbot.waitUntil(lambda: page.result is not None and page.result.city is not None, timeout=WAIT)
        assert page.result.city.counts["reported"] == 1
    finally:
        pages.stop()


def test_names_that_arrive_after_the_page_was_made_are_shown(qtbot, cache, chinese):
    from dispatch_desk.domain.records import Agency, Stationing

    store, _made = cache
    page, ctx = _page(qtbot, store)
    water = next(n for n, (f, _) in enumerate(page.model.rows()) if f.unit == "WATER")
    assert page.model.index(water, COLUMN_KEYS.index("unit")).data() == "WATER"  # no agency table yet
    store.apply_changes([Change(seq=store.cursor() + 1, entity="agency", key="WATER", op="upsert",
                                data=to_wire(Agency("WATER", "水务局", Stationing.RESIDENT)))], store.cursor() + 1)
    ctx.bus.data_changed.emit({"agency": {"WATER"}})  # as the first sync's page of reference data
    water = next(n for n, (f, _) in enumerate(page.model.rows()) if f.unit == "WATER")
    assert page.model.index(water, COLUMN_KEYS.index("unit")).data() == "水务局"
