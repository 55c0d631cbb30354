"""The incident detail as officers use it, over a real loopback central service: life-cycle buttons
that show at a glance what can be done now and say why not, a button bar that wraps instead of
clipping, duplicates offered unticked with what the officer needs to choose, and an agency officer's
history that arrives in full, with who reported and dispatched and the dispatch note."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from dispatch_desk.store import Store
from dispatch_desk.sync import SyncEngine, transfer
from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui import tasks
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.incident import IncidentDetailWidget
from dispatch_desk.ui.shell import i18n
from tests.support.central import DEFAULT_PASSWORD, city_bundle, report_args

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def install(lang: str) -> None:
    i18n.install(lang)
    labels.reset()


@pytest.fixture
def chinese():
    install("zh_CN")
    yield
    install("en")


class _Relay(QObject):
    changed = Signal(object)


@pytest.fixture
def city(central):
    central.load(city_bundle())
    central.create_officer("ops", "ops_officer", region="C", name="王值班")
    central.create_officer("cg", "agency_officer", agency="CG", name="李城管")
    return central


@pytest.fixture
def open_detail(city, tmp_path: Path, qtbot):
    opened: list[tuple[SyncEngine, Store, IncidentDetailWidget, AppContext]] = []

    def open_(username: str, width: int = 520):
        path = tmp_path / f"{username}.sqlite"
        engine = SyncEngine(path, city.url, f"dev-{username}", live=False)
        engine.login(username, DEFAULT_PASSWORD)
        engine.sync_once()
        store = Store.open(path)
        bus = AppBus()
        relay = _Relay()
        relay.changed.connect(bus.data_changed)
        engine.subscribe(lambda kind, payload: relay.changed.emit(payload) if kind == "changed" else None)
        ctx = AppContext(store, engine, engine.officer, bus)
        ctx.relay = relay  # kept alive as long as the desk
        detail = IncidentDetailWidget(ctx)
        qtbot.addWidget(detail)
        detail.resize(width, 900)
        detail.show()
        opened.append((engine, store, detail, ctx))
        return engine, store, detail

    yield open_
    for _engine, _store, detail, ctx in opened:
        ctx.bus.blockSignals(True)
        detail.close()
        detail.deleteLater()
    tasks.wait_for_jobs(10.0)
    for engine, _store, _detail, _ctx in opened:
        tasks.on_every_pool_thread(engine.close)
        engine.close()
    QApplication.processEvents()
    for _engine, store, _detail, _ctx in opened:
        store.close()


def _share_of(image, color: QColor, tolerance: int = 24) -> float:
    """The share of an image's pixels within `tolerance` of `color` on every channel."""
    hits = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            total += 1
            hits += all(abs(a - b) <= tolerance for a, b in ((c.red(), color.red()), (c.green(), color.green()),
                                                               (c.blue(), color.blue())))
    return hits / max(1, total)


def test_enabled_buttons_are_filled_and_disabled_ones_greyed_and_say_why(city, open_detail, chinese, qtbot):
    api = city.client("ops")
    reported = report_args()
    api.mutate("incident.report", reported)
    _engine, _store, detail = open_detail("ops")
    detail.show_incident(reported["id"])
    bar = detail.actions
    register, dispatch = bar.buttons["register"], bar.buttons["dispatch"]
    assert register.isEnabled() and not dispatch.isEnabled()
    accent = QApplication.palette().color(QPalette.ColorRole.Highlight)
    # measured on the pixels: the enabled button is mostly the accent color, the disabled one not at all
    assert _share_of(register.grab().toImage(), accent) > 0.5
    assert _share_of(dispatch.grab().toImage(), accent) < 0.02
    assert register.font().bold() or "bold" in bar.styleSheet()
    # the reason, from the domain's status table, in the officer's words
    tip = dispatch.toolTip()
    assert "已上报" in tip and "已立案" in tip and "派遣" in tip, tip
    assert not ENGLISH_WORD.search(tip), tip


def test_every_disabled_button_says_why_in_chinese_for_each_role_and_status(city, open_detail, chinese, qtbot):
    api = city.client("ops")
    ids = {}
    for status, steps in {
        "reported": [],
        "registered": [("incident.register", {})],
        "dispatched": [("incident.register", {}), ("incident.dispatch", {"lead_agency": "CG", "note": "请尽快处理"})],
        "to_sw": [("incident.register", {}), ("incident.dispatch", {"lead_agency": "SW", "co_agencies": ["CG"]})],
    }.items():
        args = report_args()
        api.mutate("incident.report", args)
        for name, extra in steps:
            assert api.mutate(name, {"id": args["id"], **extra})["outcome"] == "applied"
        ids[status] = args["id"]
    for user in ("ops", "cg"):
        _engine, store, detail = open_detail(user)
        for status, incident_id in ids.items():
            if store.get_incident(incident_id) is None:
                continue
            detail.show_incident(incident_id)
            shown = [b for b in detail.actions.buttons.values() if b.isVisibleTo(detail.actions)]
            assert shown, (user, status)
            for button in shown:
                if button.isEnabled():
                    continue
                tip = button.toolTip()
                assert CJK.search(tip) and not ENGLISH_WORD.search(tip), (user, status, button.objectName(), tip)
    # an agency officer sees no control of what their role never may do (dispatch, register, close)
    assert not detail.actions.buttons["dispatch"].isVisibleTo(detail.actions)
    detail.show_incident(ids["to_sw"])  # CG is a co-agency: only the lead may accept, and the tooltip names it
    assert "水务局" in detail.actions.buttons["accept"].toolTip()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_buttons_wrap_to_the_width_and_none_is_clipped(city, open_detail, lang, qtbot):
    install(lang)
    try:
        api = city.client("ops")
        reported = report_args()
        api.mutate("incident.report", reported)
        _engine, _store, detail = open_detail("ops", width=330)
        detail.show_incident(reported["id"])
        QApplication.processEvents()
        bar = detail.actions
        shown = [b for b in bar.buttons.values() if b.isVisibleTo(bar)]
        rows_narrow = len({b.geometry().top() for b in shown})
        for b in shown:
            assert bar.rect().contains(b.geometry()), b.objectName()
            assert b.width() >= b.sizeHint().width(), (b.objectName(), b.width(), b.sizeHint().width())
        # the bar is inside the visible width of the scroll area: nothing runs off to the right
        viewport = detail.scroll.viewport()
        right = bar.mapTo(viewport, bar.rect().topRight()).x()
        assert right <= viewport.width()
        detail.resize(900, 900)
        QApplication.processEvents()
        rows_wide = len({b.geometry().top() for b in shown})
        assert rows_narrow > rows_wide >= 1
    finally:
        install("en")


def test_duplicates_are_offered_unticked_with_distance_time_apart_and_status(city, open_detail, qtbot):
    api = city.client("ops")
    keep, near, disposed_one = report_args(), report_args(lon=121.4052), report_args(lon=121.4058)
    for a in (keep, near, disposed_one):
        api.mutate("incident.report", a)
    for name, extra in (("incident.register", {}), ("incident.dispatch", {"lead_agency": "CG"})):
        api.mutate(name, {"id": disposed_one["id"], **extra})
    cg = city.client("cg")
    cg.mutate("incident.accept", {"id": disposed_one["id"]})
    cg.mutate("incident.dispose", {"id": disposed_one["id"], "note": "已清理"})
    _engine, store, detail = open_detail("ops")
    assert store.get_incident(disposed_one["id"]).status.value == "disposed"
    detail.show_incident(keep["id"])
    tree = detail.duplicates
    assert tree.topLevelItemCount() == 2
    rows = {tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole + 1): tree.topLevelItem(n)
            for n in range(tree.topLevelItemCount())}
    for item in rows.values():
        assert item.checkState(0) == Qt.CheckState.Unchecked  # nothing merged that the officer did not choose
        assert item.text(2).endswith("m") and item.text(3) and item.text(4)
    assert rows[disposed_one["id"]].text(4) == "Disposed"
    assert detail.checked_duplicates() == [] and not detail.merge_button.isEnabled()
    rows[near["id"]].setCheckState(0, Qt.CheckState.Checked)
    assert detail.checked_duplicates() == [near["id"]] and detail.merge_button.isEnabled()
    assert "1" in detail.merge_button.text()
    # an agency officer never merges: no candidates offered at all
    api.mutate("incident.register", {"id": keep["id"]})
    api.mutate("incident.dispatch", {"id": keep["id"], "lead_agency": "CG"})
    _engine, cg_store, cg_detail = open_detail("cg")
    cg_detail.show_incident(keep["id"])
    assert cg_detail.incident is not None and not cg_detail.duplicates_box.isVisibleTo(cg_detail)


def test_an_agency_officers_desk_shows_who_reported_and_dispatched_and_the_dispatch_note(
        city, open_detail, qtbot, monkeypatch):
    """Over the real central service: the incident reaches the agency when it is dispatched to it, its
    earlier history comes as backfill, and the detail the officer opened shows all of it, even when
    the feed stores the page in slices one change each (the history after the incident itself)."""
    api = city.client("ops")
    reported, other = report_args(source="hotline_12345"), report_args(lon=121.4058)
    api.mutate("incident.report", reported)
    api.mutate("incident.register", {"id": reported["id"]})
    api.mutate("incident.report", other)
    api.mutate("incident.register", {"id": other["id"]})
    api.mutate("incident.dispatch", {"id": other["id"], "lead_agency": "SW", "note": "水务局处理"})
    engine, store, detail = open_detail("cg")
    assert store.get_incident(reported["id"]) is None  # not theirs yet
    api.mutate("incident.dispatch", {"id": reported["id"], "lead_agency": "CG", "note": "请今天内清运完毕"})
    real_slices = transfer.slices
    monkeypatch.setattr(transfer, "slices", lambda changes, size=1: real_slices(changes, 1))

    def officer_opens_it(kind: str, payload) -> None:  # the officer clicks it as soon as the queue shows it
        if kind == "changed" and reported["id"] in (payload.get("incident") or ()) and detail.incident is None:
            detail.show_incident(reported["id"])

    engine.subscribe(officer_opens_it)
    engine.sync_once()
    qtbot.waitUntil(lambda: detail.incident is not None, timeout=5_000)
    detail.flush()
    timeline = detail.timeline
    entries = [timeline.topLevelItem(n) for n in range(timeline.topLevelItemCount())]
    texts = [e.text(2) for e in entries]
    assert len(entries) == 3, texts  # reported, registered, dispatched
    assert [e.text(1) for e in entries] == ["王值班"] * 3  # who reported and who dispatched
    assert "请今天内清运完毕" in texts[2]
    # the note is shown whole: its row is as tall as its wrapped text
    index = timeline.model().index(2, 2)
    rect = timeline.visualRect(index)
    needed = timeline.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                                 Qt.TextFlag.TextWordWrap, texts[2]).height()
    assert rect.height() >= needed
    # and no more than their scope: the incident dispatched to another agency, and its history, stay away
    assert store.get_incident(other["id"]) is None
    assert not store.incident_actions(other["id"])
