"""The map of a joint command: its area fitted and highlighted, its placed tasks as a layer of their
own kept current by diffs, clicks and selections both ways — in a real QWebEngineView, offscreen."""

import os
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # before pytest-qt creates the QApplication

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from dispatch_desk.domain.codec import to_wire  # noqa: E402
from dispatch_desk.domain.records import (  # noqa: E402
    Agency,
    Operation,
    OperationStatus,
    Stationing,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.wire import Change  # noqa: E402
from dispatch_desk.store import Store  # noqa: E402
from dispatch_desk.ui.map.sample import fill_store, sample_city  # noqa: E402
from tests.ui.test_map_widget import js, jv, open_map, stats  # noqa: E402

AREA = (((121.30, 31.10), (121.33, 31.10), (121.33, 31.12), (121.30, 31.12), (121.30, 31.10)),)
NOW = datetime.now(UTC)


def _task(n, status=TaskStatus.ASSIGNED, place=True, due=timedelta(hours=2), **kw):
    lon, lat = 121.305 + 0.006 * n, 31.105 + 0.002 * n
    return Task(f"op-1-task-{n}", "op-1", kw.pop("agency", "sw"), kw.pop("title", f"任务{n}"), status,
                NOW - timedelta(hours=1), NOW, due_at=NOW + due,
                lon=lon if place else None, lat=lat if place else None, **kw)


TASKS = [
    _task(1, title="排查易积水点并预开泵站"),
    _task(2, TaskStatus.IN_PROGRESS, agency="gd", title="电力抢修队伍待命"),
    _task(3, TaskStatus.ACCEPTED, due=-timedelta(minutes=30), title="加固行道树"),  # overdue
    _task(4, TaskStatus.DONE, title="地铁防汛挡板到位"),
    _task(5, place=False, title="滚动发布台风路径"),  # on the board only
]


def _put(store, entity, records, key=lambda r: r.id):
    seq = store.cursor() + 1
    store.apply_changes([Change(seq=seq + i, entity=entity, key=key(r), op="upsert", data=to_wire(r))
                         for i, r in enumerate(records)], seq + len(records))


@pytest.fixture
def op_store(tmp_path):
    ref, incidents = sample_city(cells=60, incidents=150, seed=11)
    store = Store.open(tmp_path / "cache.db")
    fill_store(store, ref, incidents)
    _put(store, "agency", [Agency("sw", "市水务局", Stationing.RESIDENT, "水务"),
                           Agency("gd", "国网电力公司", Stationing.REGULAR, "电力")], key=lambda a: a.code)
    _put(store, "operation", [
        Operation("op-1", "台风“海鸥”防御联动指挥", "emergency", OperationStatus.ACTIVE, "o1", area=AREA),
        Operation("op-2", "另一行动", "major_event", OperationStatus.ACTIVE, "o1",
                  area=(((121.40, 31.20), (121.42, 31.20), (121.42, 31.22), (121.40, 31.20)),)),
    ])
    _put(store, "task", [*TASKS, replace(_task(6), id="op-2-task-1", operation="op-2")])
    yield store
    store.close()


def _shown(qtbot, w, op_id="op-1"):
    before = stats(qtbot, w)["taskVersion"]
    w.ctx.bus.show_operation_on_map.emit(op_id)
    qtbot.waitUntil(lambda: stats(qtbot, w)["taskVersion"] > before and stats(qtbot, w)["operationShown"] == op_id,
                    timeout=10_000)


def test_showing_an_operation_fits_its_area_and_draws_its_placed_tasks(qtbot, op_store):
    w = open_map(qtbot, op_store)
    assert stats(qtbot, w)["tasks"] == 0
    _shown(qtbot, w)
    s = stats(qtbot, w)
    assert s["tasks"] == 4  # placed tasks of op-1 only: not the one without a place, not op-2's
    assert s["operations"] == 2  # the other operation's area is still drawn, only fainter
    view = jv(qtbot, w, "DD.view()")
    # The view fits the area: it holds all of it, and not much more.
    assert view["west"] <= 121.30 and view["east"] >= 121.33 and view["south"] <= 31.10 and view["north"] >= 31.12
    assert view["east"] - view["west"] < 0.03 * 4
    assert jv(qtbot, w, "DD.task('op-1-task-1')")["color"] == "#0369a1"
    assert jv(qtbot, w, "DD.task('op-1-task-2')")["s"] == "in_progress"
    overdue = jv(qtbot, w, "DD.task('op-1-task-3')")
    assert overdue["o"] is True and overdue["overdueRing"] is True
    assert jv(qtbot, w, "DD.task('op-1-task-1')")["overdueRing"] is False
    assert jv(qtbot, w, "DD.task('op-1-task-5')") is None
    assert "Operation tasks" in js(qtbot, w, "document.querySelector('.dd-legend').innerText")
    assert js(qtbot, w, "document.querySelector('.dd-op-label.dd-op-shown').innerText") == "台风“海鸥”防御联动指挥"
    # The title is the marker's tooltip.
    js(qtbot, w, "(function(){var el = document.querySelector('.dd-task-accepted');"
                 "el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); return 1;})()")
    qtbot.waitUntil(lambda: "加固行道树" in js(qtbot, w, "(document.querySelector('.leaflet-tooltip-pane') || "
                                                  "{innerText: ''}).innerText"), timeout=5_000)
    assert w.view.guard.blocked == [] and w.view.loads == 1


def test_task_changes_arrive_as_diffs_without_a_reload(qtbot, op_store):
    w = open_map(qtbot, op_store)
    _shown(qtbot, w)
    js(qtbot, w, "window.stillHere = 'same page'; 1")
    version = stats(qtbot, w)["taskVersion"]
    _put(op_store, "task", [
        replace(TASKS[0], status=TaskStatus.BLOCKED, blocked_reason="泵站停电"),  # changed
        replace(TASKS[1], status=TaskStatus.CANCELLED),  # off the map
        replace(TASKS[4], lon=121.31, lat=31.11),  # now has a place
        replace(_task(7), id="op-2-task-2", operation="op-2"),  # another operation's: ignored
    ])
    w.ctx.bus.data_changed.emit({"task": {TASKS[0].id, TASKS[1].id, TASKS[4].id, "op-2-task-2"}})
    qtbot.waitUntil(lambda: stats(qtbot, w)["taskVersion"] == version + 1, timeout=10_000)
    assert stats(qtbot, w)["tasks"] == 4
    assert jv(qtbot, w, f"DD.task('{TASKS[0].id}')")["s"] == "blocked"
    assert jv(qtbot, w, f"DD.task('{TASKS[1].id}')") is None
    assert jv(qtbot, w, f"DD.task('{TASKS[4].id}')")["lon"] == pytest.approx(121.31)
    assert jv(qtbot, w, "DD.task('op-2-task-2')") is None
    # Only what changed crossed the bridge: nothing for the task of the other operation.
    assert w.tasks.features.keys() == {TASKS[0].id, TASKS[2].id, TASKS[3].id, TASKS[4].id}
    assert js(qtbot, w, "window.stillHere") == "same page" and w.view.loads == 1
    # Time passing turns an open task overdue.
    w.tasks.features[TASKS[0].id]["properties"]["d"] = int((NOW - timedelta(minutes=1)).timestamp())
    w._retime()
    qtbot.waitUntil(lambda: jv(qtbot, w, f"DD.task('{TASKS[0].id}')")["overdueRing"] is True, timeout=10_000)


def test_clicking_a_task_marker_selects_the_task_and_a_selection_elsewhere_highlights_it(qtbot, op_store):
    w = open_map(qtbot, op_store)
    _shown(qtbot, w)
    task = TASKS[1]
    x, y = jv(qtbot, w, f"(function(){{var p = map_dd.latLngToContainerPoint([{task.lat}, {task.lon}]);"
                        "return [p.x, p.y];})()")
    target = w.view.focusProxy()
    with qtbot.waitSignal(w.ctx.bus.task_selected, timeout=10_000) as got:
        QTest.mouseMove(target, QPoint(round(x), round(y)))
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(x), round(y)))
    assert got.args == [task.id]
    qtbot.waitUntil(lambda: jv(qtbot, w, f"DD.task('{task.id}')")["selected"] is True, timeout=5_000)

    w.ctx.bus.task_selected.emit(TASKS[3].id)  # chosen on the board
    qtbot.waitUntil(lambda: stats(qtbot, w)["taskSelected"] == TASKS[3].id, timeout=5_000)
    assert jv(qtbot, w, f"DD.task('{task.id}')")["selected"] is False
    assert js(qtbot, w, "document.querySelectorAll('.dd-task-sel').length") == 1
    w.ctx.bus.task_selected.emit(TASKS[4].id)  # a task without a place: nothing highlighted
    qtbot.waitUntil(lambda: stats(qtbot, w)["taskSelected"] is None, timeout=5_000)


def test_switching_operations_replaces_the_layer_and_none_clears_it(qtbot, op_store):
    w = open_map(qtbot, op_store)
    _shown(qtbot, w)
    _shown(qtbot, w, "op-2")
    assert stats(qtbot, w)["tasks"] == 1 and jv(qtbot, w, "DD.task('op-2-task-1')") is not None
    w.ctx.bus.show_operation_on_map.emit("")
    qtbot.waitUntil(lambda: stats(qtbot, w)["operationShown"] is None, timeout=10_000)
    assert stats(qtbot, w)["tasks"] == 0
    assert "Operation tasks" not in js(qtbot, w, "document.querySelector('.dd-legend').innerText")
    assert w.view.loads == 1


def test_an_operation_asked_for_before_the_page_is_up_is_shown_once_it_is(qtbot, op_store):
    from dispatch_desk.domain.records import Officer, Role
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.map.widget import MapWidget

    ctx = AppContext(op_store, None, Officer("o1", "duty", "值班员", Role.OPS_OFFICER), AppBus())
    w = MapWidget(ctx)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(w)
    ctx.bus.show_operation_on_map.emit("op-1")
    w.resize(1000, 700)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: stats(qtbot, w)["tasks"] == 4, timeout=10_000)
    assert stats(qtbot, w)["operationShown"] == "op-1"


def test_a_closed_operation_in_view_is_still_drawn_and_the_report_export_carries_its_tasks(qtbot, op_store,
                                                                                           tmp_path):
    op = Operation("op-1", "台风“海鸥”防御联动指挥", "emergency", OperationStatus.CLOSED, "o1", area=AREA)
    _put(op_store, "operation", [op])
    w = open_map(qtbot, op_store)
    assert stats(qtbot, w)["operations"] == 1  # closed: not drawn in the routine view
    _shown(qtbot, w)
    assert stats(qtbot, w)["operations"] == 2
    snap = w.snapshot()
    assert snap["operationShown"] == "op-1" and len(snap["tasks"]) == 4
    out = w.export_report(tmp_path / "report.html")
    assert "排查易积水点并预开泵站" in out.read_text(encoding="utf-8")

    import json

    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from dispatch_desk.ui.map.web import LOCAL_SCHEMES, OutsideRequestGuard

    view = QWebEngineView()
    qtbot.addWidget(view)
    profile = QWebEngineProfile(view)
    guard = OutsideRequestGuard(profile, allowed=LOCAL_SCHEMES | {"file"})
    profile.setUrlRequestInterceptor(guard)
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=30_000):
        view.load(QUrl.fromLocalFile(str(out)))
    box = []
    page.runJavaScript("JSON.stringify(DD.stats())", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    shown = json.loads(box[0])
    assert shown["tasks"] == 4 and shown["operationShown"] == "op-1" and guard.blocked == []
    view.setPage(None)
    page.deleteLater()


def test_the_operation_view_as_a_picture(qtbot, op_store, tmp_path):
    """The operation's map, rendered to a PNG a person can look at ($DD_SCREENSHOT_DIR keeps it)."""
    w = open_map(qtbot, op_store, size=(1200, 800))
    _shown(qtbot, w)
    w.ctx.bus.task_selected.emit(TASKS[0].id)
    qtbot.waitUntil(lambda: stats(qtbot, w)["taskSelected"] == TASKS[0].id, timeout=5_000)
    with qtbot.waitSignal(w.view.bridge.painted, timeout=10_000):  # the frame after the selection is on screen
        w.view.call("paintedAfter", 1)
    qtbot.wait(300)
    shot = w.grab()
    path = tmp_path / "map_operation.png"
    assert shot.save(str(path))
    if target := os.environ.get("DD_SCREENSHOT_DIR"):
        shutil.copy(path, Path(target) / path.name)
    image = shot.toImage()
    purple = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
                 if (c := image.pixelColor(x, y)).red() < 130 and c.blue() > 180 and c.green() < 90)
    assert purple > 30  # the highlighted area's outline


def test_the_command_workspace_opens_on_its_operation_and_a_burst_of_changes_is_read_at_once(qtbot, op_store):
    from dispatch_desk.domain.records import Officer, Role
    from dispatch_desk.ui.context import AppBus, AppContext
    from dispatch_desk.ui.map.widget import MapWidget

    ctx = AppContext(op_store, None, Officer("o1", "duty", "值班员", Role.OPS_OFFICER), AppBus(), workspace="command",
                     operation_id="op-1")
    w = MapWidget(ctx)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: stats(qtbot, w)["tasks"] == 4, timeout=10_000)
    many = [_task(100 + k, title=f"巡查点{k}") for k in range(250)]
    _put(op_store, "task", many)
    version = stats(qtbot, w)["taskVersion"]
    w.ctx.bus.data_changed.emit({"task": {t.id for t in many}})
    qtbot.waitUntil(lambda: stats(qtbot, w)["taskVersion"] > version, timeout=10_000)
    assert stats(qtbot, w)["tasks"] == 254 and w.view.loads == 1


def test_the_task_layer_model_keeps_only_placed_live_tasks_of_its_operation():
    from dispatch_desk.ui.map.features import TaskLayerModel, task_feature

    names = {"sw": "水务"}
    f = task_feature(to_wire(TASKS[2]), NOW, names)  # the cache's codec dict works as well as the record
    assert f == task_feature(TASKS[2], NOW, names)
    assert f["properties"] == {"t": "加固行道树", "s": "accepted", "a": "水务", "o": True,
                               "d": int(TASKS[2].due_at.timestamp())}
    assert task_feature(TASKS[4], NOW) is None and task_feature(replace(TASKS[0], status=TaskStatus.CANCELLED), NOW) is None
    assert task_feature(replace(TASKS[2], status=TaskStatus.DONE), NOW)["properties"]["o"] is False  # done is done
    model = TaskLayerModel()
    model.replace_all("op-1", TASKS, NOW, names)
    assert set(model.features) == {t.id for t in TASKS[:4]}
    assert not model.update(TASKS[0].id, TASKS[0], NOW, names)  # unchanged: nothing to send
    assert not model.update("op-2-task-9", replace(TASKS[0], id="op-2-task-9", operation="op-2"), NOW, names)
    assert model.update(TASKS[0].id, None, NOW, names).removed == [TASKS[0].id]  # gone from the cache
    diff = model.update(TASKS[4].id, replace(TASKS[4], lon=121.31, lat=31.11), NOW, names)
    assert [a["id"] for a in diff.added] == [TASKS[4].id] and not diff.changed
    later = model.retime(NOW + timedelta(hours=3))
    assert {c["id"] for c in later.changed} == {TASKS[1].id, TASKS[4].id}  # open ones turned overdue; done stays
