"""Publishing from the assessment page, over a real central service: the city center's officer publishes
last week, the figures come back through the feed and the page shows them as published; a leader sees
no Publish button, and the desk refuses a second publication before sending it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.records import Role
from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine
from dispatch_desk.sync.errors import ActionRefused
from dispatch_desk.ui import tasks
from dispatch_desk.ui.assess import AssessmentWidget
from dispatch_desk.ui.context import AppBus, AppContext
from tests.central.test_assessments import LAST_WEEK, PLAN, _histories
from tests.support.central import DEFAULT_PASSWORD, CentralServer, city_bundle

WAIT = 20_000


@pytest.fixture
def city(central: CentralServer) -> CentralServer:
    central.load(city_bundle())
    central.create_officer("li", Role.OPS_OFFICER, region="C", name="李明")
    central.create_officer("wang", Role.LEADER, region="C", name="王领导")
    central.create_officer("zhao", Role.ADMIN, name="赵管理员")
    for incident, actions in _histories(LAST_WEEK):
        central.add(incident, *actions)
    return central


def _desk(qtbot, city: CentralServer, tmp_path, username: str):
    engine = SyncEngine(tmp_path / f"{username}.db", city.url, f"device-{username}", live=False)
    officer = engine.login(username, DEFAULT_PASSWORD, remember=False)
    engine.sync_once()
    store = Store.open(tmp_path / f"{username}.db")
    bus = AppBus()
    engine.subscribe(lambda kind, payload: bus.data_changed.emit(payload) if kind == "changed" else None)
    page = AssessmentWidget(AppContext(store, engine, officer, bus, workspace="lead"))
    qtbot.addWidget(page)
    page.resize(760, 720)
    page.show()
    page.set_period(LAST_WEEK)
    qtbot.waitUntil(lambda: page.result is not None and page.result.period == LAST_WEEK, timeout=WAIT)
    return page, engine, store


def test_the_city_center_publishes_last_week_and_every_desk_shows_the_frozen_figures(
        qtbot, city, tmp_path, monkeypatch):
    page, engine, store = _desk(qtbot, city, tmp_path, "li")
    leader_page, leader_engine, leader_store = _desk(qtbot, city, tmp_path, "wang")
    try:
        assert page.result.published is None and page.publish_button.isVisible()
        assert page.publish_button.isEnabled()
        assert not leader_page.publish_button.isVisible()  # a leader reads; the center publishes
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
        messages = []
        page._ctx.bus.status_message.connect(messages.append)
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
        assert asked, "publishing asks first"
        engine.sync_once()  # the outbox goes up, the published record comes down
        qtbot.waitUntil(lambda: page.result is not None and page.result.published is not None, timeout=WAIT)
        published = page.result.published
        assert published.incidents == len(PLAN) and published.published_by_name == "李明"
        assert "李明" in page.source.text() and not page.publish_button.isEnabled()

        leader_engine.sync_once()
        qtbot.waitUntil(lambda: leader_page.result is not None and leader_page.result.published is not None,
                        timeout=WAIT)
        assert leader_page.result.ranked == page.result.ranked
        assert leader_page.result.figures[a.UnitKind.AGENCY]["CG"].counts["reworked"] == 1

        with pytest.raises(ActionRefused) as refused:  # decided on the desk before anything is sent
            engine.issue("assessment.publish", {"period": "week", "start": LAST_WEEK.start.isoformat()})
        assert refused.value.code == "exists"
        assert page.refusal_words(refused.value) == page.tr("This period has already been published.")
    finally:
        for desk, engine_, store_ in ((page, engine, store), (leader_page, leader_engine, leader_store)):
            desk.close()
            tasks.on_every_pool_thread(engine_.close)  # its connections on the pool threads and the action lane
            engine_.close()
            store_.close()


def test_the_administrator_changes_the_weights_and_the_scores_follow_at_once(qtbot, city, tmp_path):
    page, engine, store = _desk(qtbot, city, tmp_path, "zhao")
    try:
        assert page.weights_button.isVisible()
        dialog = page.weights_dialog()
        assert dialog.values() == {"accept_on_time": 20, "dispose_on_time": 35, "first_time": 20,
                                   "not_returned": 10, "closed": 15}  # the documented defaults
        for name, spin in dialog.spins.items():
            spin.setValue(100 if name == "first_time" else 0)
        assert dialog.shares["first_time"].text() == "100.0%"
        dialog.spins["first_time"].setValue(0)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nothing to weigh
        dialog.spins["first_time"].setValue(100)
        engine.issue("assessment.set_weights", dialog.args())
        dialog.deleteLater()

        def scored_on_first_time() -> bool:
            rows = page.model.rows() if page.result is not None else []
            return bool(rows) and all(f.score == (None if f.rates["first_time"] is None
                                                  else round(100 * f.rates["first_time"], 1)) for f, _ in rows)

        qtbot.waitUntil(scored_on_first_time, timeout=WAIT)  # the desk's own count, before any sync
        engine.sync_once()
        assert city.client("li").pull()[0][-1]["entity"] == "assessment_weights"  # the center holds them now
    finally:
        page.close()
        tasks.on_every_pool_thread(engine.close)
        engine.close()
        store.close()
