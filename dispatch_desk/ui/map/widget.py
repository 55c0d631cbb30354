"""MapWidget: the grid map at the center of the operations screen.

Data comes from ctx.store (reference() for regions and cells, query_incidents for the markers
under the queue's current filter). The page is loaded once; from then on every change reaches it
as a small diff computed by IncidentLayerModel, never as a reload.

For the joint command in view (`bus.show_operation_on_map`) the map fits and highlights the
operation's area and shows its tasks that have a place as a layer of their own (TaskLayerModel),
kept current by the same kind of diffs; a task marker clicked is `bus.task_selected`.
"""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import Alert, Operation
from dispatch_desk.store.mbtiles import TileCache
from dispatch_desk.ui.common import cap_warnings
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.map.controls import MapToolbar, prefetch_area
from dispatch_desk.ui.map.features import (
    IncidentLayerModel,
    MapDiff,
    TaskDiff,
    TaskLayerModel,
    bounds_of,
    cell_features,
    region_features,
)
from dispatch_desk.ui.map.filtering import as_row, decidable, matches
from dispatch_desk.ui.map.indicators import indicator_overlay
from dispatch_desk.ui.map.page import build_report
from dispatch_desk.ui.map.tiles import TileService
from dispatch_desk.ui.map.view import MapView
from dispatch_desk.ui.shell.i18n import data_text
from dispatch_desk.ui.tasks import run_in_background, worker_store

log = logging.getLogger(__name__)

MAX_MARKERS = 20_000  # beyond this a filter is too wide to be useful as markers; the heat view still shows it
RETIME_MS = 60_000  # SLA states drift with time: re-evaluate them every minute
PROBE_MS = 20_000  # while the tile server cannot be reached, ask it again this often


def default_query() -> Any:
    try:
        from dispatch_desk.store import IncidentQuery
    except ImportError:
        return None
    return IncidentQuery(open_only=True)


def load_basemap(store: Any) -> dict | None:
    """The demo city's basemap: the cache setting "map.basemap" (a GeoJSON FeatureCollection, or a
    path to a .geojson file), else a basemap.geojson in the cache's folder or one of the four above
    it (the demo writes one into its data folder, which holds every client's caches)."""
    value = store.get_setting("map.basemap") if hasattr(store, "get_setting") else None
    if isinstance(value, dict):
        return value
    candidates = [Path(value)] if isinstance(value, str) and value else []
    if getattr(store, "path", None):
        folder = Path(store.path).resolve().parent
        candidates.extend(p / "basemap.geojson" for p in [folder, *folder.parents][:5])
    for path in candidates:
        if path.is_file():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
    return None


def _reference(store: Any) -> Any:
    """The small reference records the map needs at once; grid cells (the big table) are read on
    the snapshot's pool thread. The cache reads just these (officers, agencies … are not needed)."""
    if not hasattr(store, "records"):
        return store.reference()
    return SimpleNamespace(**{name: store.records(entity) for name, entity in (
        ("regions", "region"), ("categories", "category"), ("sla_rules", "sla_rule"), ("indicators", "indicator"))})


def region_name(region: Any) -> str:
    """A region's name as the map shows it (breadcrumb, labels, tooltips): the desk's language."""
    return data_text(region.name, getattr(region, "name_en", ""))


def category_names(categories: Any) -> dict[str, str]:
    return {c.code: data_text(c.name, getattr(c, "name_en", "")) for c in categories}


def _cell_info(cells: list[dict]) -> list:
    """What the map keeps of each cell once the page has the polygons: its code and street."""
    return [SimpleNamespace(code=c["code"], street=c["street"]) for c in cells]


def snapshot_of(regions: list, cells: list, model: IncidentLayerModel, basemap: dict | None,
                operations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "regions": region_features(regions, region_name),
        "gridCells": cell_features(cells, regions),
        "incidents": model.snapshot(),
        "cells": {k: list(v) for k, v in model.load.items()},
        "basemap": basemap,
        "operations": operations,
    }


class MapWidget(QWidget):
    operation_area_drawn = Signal(object)  # ring of (lon, lat), closed: for an operation's area
    distance_measured = Signal(float)  # metres
    loaded = Signal()  # the page is up and shows the current data
    exported = Signal(str)  # path of a written report map

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.query = default_query()
        self.mode: tuple[str, Any] = ("load", None)
        self.view_box: dict[str, float] | None = None
        self.scope: dict[str, Any] = {"level": "city", "code": None, "trail": []}
        ref = _reference(self.store)
        self.regions = list(getattr(ref, "regions", []))
        self.cells: list = []  # code and street of each cell, read with the first snapshot off the main thread
        self._cell_features: list[dict[str, Any]] = []
        self.indicators = list(getattr(ref, "indicators", []))
        self._rules = {(r.category, str(r.stage)): r for r in getattr(ref, "sla_rules", [])}
        self.model = IncidentLayerModel(category_names(getattr(ref, "categories", [])))
        self.tasks = TaskLayerModel()  # the tasks of the operation in view (self.tasks.operation)
        self._task_selected: str | None = None
        self._agency_names: dict[str, str] | None = None
        self._pending_focus: str | None = None
        self._warning: dict[str, Any] | None = None  # the warning area shown (drawn again after a reload)
        self._live = False  # the page shows the current data and takes diffs
        self._building, self._dirty, self._generation = False, False, 0
        self._prepared: tuple[IncidentLayerModel, str] | None = None
        self._opened = False  # the first data has reached the page once
        self._build()  # reads on a pool thread while the page is generated and loads

        self.tile_cache: TileCache | None = None
        self.tiles: TileService | None = None
        template = self.store.get_setting("map.tile_url") if hasattr(self.store, "get_setting") else None
        if template:
            self.tile_cache = TileCache(self._tile_cache_path())
            self.tiles = TileService(self.tile_cache, template, self)
            # A map inside a dock is deleted with the window without a close event: release at quit too.
            QCoreApplication.instance().aboutToQuit.connect(self._release_tiles)

        box = bounds_of(r.polygon for r in self.regions if str(r.level) == "city") or bounds_of(
            r.polygon for r in self.regions
        )
        center = ((box[1] + box[3]) / 2, (box[0] + box[2]) / 2) if box else (31.23, 121.47)
        self.view = MapView(self, tiles=self.tiles, center=center)
        self.toolbar = MapToolbar(self, has_tiles=self.tiles is not None, indicators=self.indicators)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)

        b = self.view.bridge
        b.ready.connect(self._send_snapshot)
        b.incident_clicked.connect(ctx.bus.incident_selected)
        b.incident_opened.connect(ctx.bus.incident_selected)
        b.task_clicked.connect(self._task_clicked)
        b.context_menu.connect(self._context_menu)
        b.scope_changed.connect(self._on_scope)
        b.view_changed.connect(self._on_view)
        b.measured.connect(self.distance_measured)
        b.polygon_drawn.connect(self.operation_area_drawn)
        b.prefetch_asked.connect(lambda: prefetch_area(self))
        ctx.bus.show_incident_on_map.connect(self.show_incident)
        ctx.bus.incident_filter_changed.connect(self.set_filter)
        ctx.bus.data_changed.connect(self.on_data_changed)
        ctx.bus.indicator_on_map.connect(self.show_indicator)
        ctx.bus.warning_on_map.connect(self.show_warning)
        ctx.bus.show_operation_on_map.connect(self.show_operation)
        ctx.bus.task_selected.connect(self.select_task)
        self.toolbar.drill_requested.connect(self.drill)
        self.toolbar.mode_requested.connect(self._on_mode_choice)
        self.toolbar.heat_toggled.connect(lambda on: self.view.call("setHeat", on))
        self.toolbar.measure_requested.connect(lambda: self.view.call("startMeasure"))
        self.toolbar.draw_requested.connect(lambda: self.view.call("startDraw"))
        self.toolbar.clear_requested.connect(lambda: self.view.call("clearDrafts"))
        self.toolbar.export_requested.connect(self._ask_export)
        self.toolbar.prefetch_requested.connect(lambda: prefetch_area(self))
        self.distance_measured.connect(self.toolbar.show_distance)
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_MS)
        if self.tiles is not None:
            self.tiles.reachable.connect(self._tiles_reachable)
            self._probe.timeout.connect(self.tiles.probe)
            ctx.bus.sync_state_changed.connect(self._sync_state)

        self._retimer = QTimer(self)
        self._retimer.setInterval(RETIME_MS)
        self._retimer.timeout.connect(self._retime)
        self._retimer.start()
        if ctx.workspace == "command" and getattr(ctx, "operation_id", None):
            self.show_operation(ctx.operation_id)  # the joint command the workspace opens on
        self.view.start()

    # ------------------------------------------------------------------ data
    def _tile_cache_path(self) -> Path:
        configured = self.store.get_setting("map.tile_cache")
        if configured:
            return Path(configured)
        base = Path(self.store.path).parent if getattr(self.store, "path", None) else Path.home() / ".dispatch-desk"
        return base / "tiles.mbtiles"

    def _query_rows(self) -> list[Any]:
        return list(self.store.query_incidents(self.query, 0, MAX_MARKERS))

    def _operations(self) -> list[dict[str, Any]]:
        try:
            raw = self.store.rows("operation")
        except Exception:  # an older cache without operations: nothing to draw
            return []
        out = []
        for data in raw:
            op = from_wire(Operation, data) if isinstance(data, dict) else data
            # Closed operations are history, except the one in view (an after-action look at it).
            if op.area and (str(op.status) != "closed" or op.id == self.tasks.operation):
                out.append({"type": "Feature", "id": op.id, "properties": {"name": op.name},
                            "geometry": {"type": "Polygon",
                                         "coordinates": [[list(p) for p in ring] for ring in op.area]}})
        return out

    def snapshot(self) -> dict[str, Any]:
        """Everything the page draws, as plain GeoJSON (the report export embeds the same)."""
        snap = snapshot_of(self.regions, [], self.model, load_basemap(self.store), self._operations())
        snap["gridCells"] = self._cell_features
        if self.tasks.operation:
            snap["tasks"] = self.tasks.snapshot()
            snap["operationShown"] = self.tasks.operation
        return snap

    def _snapshot_job(self) -> Callable[[], tuple[IncidentLayerModel, str, list, list]]:
        """The page's first data, down to the JSON text, as work for a pool thread: it runs while
        the page loads. The thread reads through its own connection (`worker_store`)."""
        path, query, regions = self.store.path, self.query, self.regions
        names = dict(self.model.category_names)
        basemap, operations = load_basemap(self.store), self._operations()

        def work() -> tuple[IncidentLayerModel, str, list, list]:
            paused = gc.isenabled()
            gc.disable()  # tens of thousands of short-lived objects; a collection midway only costs
            try:
                store = worker_store(path)
                cells = store.rows("grid_cell")  # codec dicts: no records built for 2,000 polygons
                rows = store.query_incidents(query, 0, MAX_MARKERS)
                model = IncidentLayerModel(names)
                model.load_all(rows, datetime.now(UTC))
                snap = snapshot_of(regions, cells, model, basemap, operations)
                # A JSON string parsed by JSON.parse is much cheaper for V8 than the same data as a literal.
                payload = json.dumps(snap, ensure_ascii=False, separators=(",", ":"))
                return model, payload, _cell_info(cells), snap["gridCells"]
            finally:
                if paused:
                    gc.enable()

        return work

    def _build(self) -> None:
        self._generation += 1
        generation = self._generation
        self._building, self._prepared, self._dirty = True, None, False
        run_in_background(self._snapshot_job(), lambda result: self._built(generation, result), self._build_failed,
                          owner=self)

    def _built(self, generation: int, result: tuple[IncidentLayerModel, str, list, list]) -> None:
        if generation != self._generation:  # superseded by a newer build
            return
        model, payload, self.cells, self._cell_features = result  # cell features are kept for reports
        self._building, self._prepared = False, (model, payload)
        if self.view.is_ready:
            self._send_snapshot()

    def _build_failed(self, exc: BaseException) -> None:
        self._building = False
        log.error("the map could not read its data: %s", getattr(exc, "__traceback_text__", exc))
        self.ctx.bus.status_message.emit(self.tr("The map could not read its data: %1").replace("%1", str(exc)))

    def _send_snapshot(self) -> None:
        """The page is up (first load, or again after a crash): give it the data."""
        self._live = False
        if self._prepared is None:
            if not self._building:
                self._build()
            return
        self.model, payload = self._prepared
        self._prepared = None  # a later page load reads afresh
        self.view.call("loadJson", payload, callback=self._after_load)

    def _after_load(self, _count: Any) -> None:
        first = not self._opened
        self._live = self._opened = True
        if self.mode[0] != "load":
            self.view.call("setMode", *self.mode)
        if self.tiles is not None and self.tiles.online is False:
            self.view.call("setTileNetwork", False)
        home = self._home_region()
        if first and home is not None:  # a district or street officer starts on their own area
            self.drill(home)
        if self.tasks.operation:  # the operation in view, asked for before the page was up (or again)
            self._send_operation(fit=True)
        if self._pending_focus:
            self.show_incident(self._pending_focus)
            self._pending_focus = None
        self.view.call("setWarnings", self._warnings())
        if self._warning is not None:
            self.view.call("showWarning", self._warning)
        if self._dirty:  # something changed while the first data was on its way
            self._dirty = False
            self.refresh()
        self.loaded.emit()

    def _push(self, diff: MapDiff) -> None:
        if diff and self._live:
            self.view.call("apply", diff.to_js())

    def refresh(self) -> None:
        """Re-read the incidents under the current filter and send what changed."""
        if not self._live:
            self._dirty = True
            return
        self._push(self.model.replace_all(self._query_rows(), datetime.now(UTC)))

    def set_filter(self, query: Any) -> None:
        self.query = query
        self.refresh()

    def on_data_changed(self, changes: Any) -> None:
        changes = changes or {}
        if any(k in changes for k in ("region", "grid_cell", "category")):
            ref = _reference(self.store)
            self.regions = list(ref.regions)
            self.model.category_names = category_names(ref.categories)
            self._live = False
            self._build()
            return
        if "operation" in changes and self._live:
            self.view.call("setOperations", self._operations())
            if self.tasks.operation:
                self.view.call("showOperation", self.tasks.operation, False)
        if "alert" in changes and self._live:  # a CAP warning came, moved or ended
            self.view.call("setWarnings", self._warnings())
        if "agency" in changes:
            self._agency_names = None
        if changes.get("task") and self.tasks.operation:
            self._tasks_changed(changes["task"])
        keys = changes.get("incident") or ()
        if not keys:
            return
        if not self._live:
            self._dirty = True
            return
        if not decidable(self.query) or len(keys) > 200:
            self.refresh()
            return
        now = datetime.now(UTC)
        show, hide = [], []
        for key in keys:
            incident = self.store.get_incident(key)
            row = as_row(incident, self._rules) if incident is not None else None
            if row is not None and matches(self._match_query(), row, now):
                show.append(row)
            else:
                hide.append(key)
        diff = self.model.upsert(show, now)
        gone = self.model.remove(hide)
        diff.removed, diff.cells = gone.removed, {**diff.cells, **gone.cells}
        self._push(diff)

    def _match_query(self) -> Any:
        """The filter as the per-incident check needs it: a city-wide region means no region."""
        region = getattr(self.query, "region", None)
        if region and any(r.code == region and str(r.level) == "city" for r in self.regions):
            return replace(self.query, region=None)
        return self.query

    # ------------------------------------------------------------------ the operation in view
    def _agencies(self) -> dict[str, str]:
        if self._agency_names is None:
            try:
                self._agency_names = {
                    a["code"]: data_text(a.get("short_name") or a["name"],
                                         a.get("short_name_en") or a.get("name_en") or "")
                    for a in self.store.rows("agency")}
            except Exception:  # a cache without agencies: codes will do
                self._agency_names = {}
        return self._agency_names

    def _operation_tasks(self, operation_id: str) -> list[dict[str, Any]]:
        try:
            return self.store.rows("task", "json_extract(data, '$.operation') = ?", [operation_id])
        except Exception:  # an older cache without tasks
            return []

    def show_operation(self, operation_id: str) -> None:
        """Fit the map to the operation's area, highlight it and show its tasks ("" for none)."""
        operation_id = operation_id or None
        tasks = self._operation_tasks(operation_id) if operation_id else []
        self.tasks.replace_all(operation_id, tasks, datetime.now(UTC), self._agencies())
        if self._task_selected not in self.tasks.features:
            self._task_selected = None
        if self._live:
            self._send_operation(fit=True)

    def _send_operation(self, fit: bool) -> None:
        self.view.call("setOperations", self._operations())  # a closed operation in view is drawn too
        self.view.call("setTasks", self.tasks.snapshot(), self.tasks.operation)
        self.view.call("showOperation", self.tasks.operation, fit)
        if self._task_selected:
            self.view.call("selectTask", self._task_selected, False)

    def _tasks_changed(self, keys: Any) -> None:
        now, names = datetime.now(UTC), self._agencies()
        if len(keys) > 200:  # a sync burst: one read of the operation's tasks beats hundreds of lookups
            self.tasks.replace_all(self.tasks.operation, self._operation_tasks(self.tasks.operation), now, names)
            if self._live:
                self.view.call("setTasks", self.tasks.snapshot(), self.tasks.operation)
            return
        diff = TaskDiff()
        for key in keys:
            part = self.tasks.update(key, self.store.get("task", key), now, names)
            diff.added += part.added
            diff.changed += part.changed
            diff.removed += part.removed
        self._push_tasks(diff)

    def _push_tasks(self, diff: TaskDiff) -> None:
        if diff and self._live:  # else the page gets the whole layer once it is up
            self.view.call("applyTasks", diff.to_js())

    def _retime(self) -> None:
        now = datetime.now(UTC)
        self._push(self.model.retime(now))
        self._push_tasks(self.tasks.retime(now))

    def _task_clicked(self, task_id: str) -> None:
        self._task_selected = task_id
        self.ctx.bus.task_selected.emit(task_id)

    def select_task(self, task_id: str) -> None:
        """A task chosen elsewhere (the board): highlight its marker, if it has one, and bring it into view."""
        if task_id == self._task_selected and task_id in self.tasks.features:
            return  # our own click coming back over the bus
        self._task_selected = task_id if task_id in self.tasks.features else None
        if self._live:
            self.view.call("selectTask", self._task_selected, True)

    # ------------------------------------------------------------------ commands
    def drill(self, code: str | None) -> None:
        self.view.call("drill", code)

    def _home_region(self) -> str | None:
        code = getattr(self.ctx.officer, "region", None)
        region = next((r for r in self.regions if r.code == code), None)
        return code if region is not None and str(region.level) in ("district", "street") else None

    def show_incident(self, incident_id: str) -> None:
        if not self._live:
            self._pending_focus = incident_id
            return
        if incident_id not in self.model.features:
            incident = self.store.get_incident(incident_id)
            if incident is None:
                return
            self._push(self.model.upsert([as_row(incident, self._rules)], datetime.now(UTC)))
        if self._live:
            self.view.call("focus", incident_id)
        else:
            self._pending_focus = incident_id

    def _warnings(self) -> list[dict[str, Any]]:
        """The areas of the CAP warnings in force, named by their headline in the desk's language."""
        now = datetime.now(UTC)
        try:
            alerts = [from_wire(Alert, data) for data in self.store.rows("alert")]
        except Exception:  # an older cache without alerts: nothing to draw
            return []
        return [cap_warnings.area_feature(a, cap_warnings.headline(a)) for a in alerts if cap_warnings.in_force(a, now)]

    def show_warning(self, feature: dict[str, Any] | None) -> None:
        """Draw a warning's area over the grid and fit the view to it (None clears it)."""
        self._warning = feature
        if self._live:
            self.view.call("showWarning", feature)

    def set_color_mode(self, mode: str, overlay: dict | None = None) -> None:
        self.mode = (mode, overlay)
        self.toolbar.show_mode(mode)
        if self._live:
            self.view.call("setMode", mode, overlay)

    def show_indicator(self, code: str) -> None:
        overlay = indicator_overlay(self.store, code, self.indicators, self.regions, self.cells,
                                    datetime.now(UTC) - timedelta(days=1))
        if overlay is not None:
            self.set_color_mode("indicator", overlay)

    def _on_mode_choice(self, mode: str, indicator: str) -> None:
        if mode == "indicator":
            self.show_indicator(indicator)
        else:
            self.set_color_mode(mode)

    def _on_scope(self, scope: dict[str, Any]) -> None:
        self.scope = scope
        self.toolbar.show_trail(scope.get("trail", []))

    def _tiles_reachable(self, online: bool) -> None:
        """The tile server stopped or started answering: the page says where the base map is
        missing, and offers to keep the area for offline use once it answers again."""
        if online:
            self._probe.stop()
        else:
            self._probe.start()
        if self.view.is_ready:  # else the page hears it once it has its data (_after_load)
            self.view.call("setTileNetwork", online)

    def _sync_state(self, state: Any) -> None:
        # The central service is reachable again: likely the tile server too, ask it now.
        if getattr(state, "connection", "offline") != "offline" and self.tiles is not None:
            self.tiles.probe()

    def _on_view(self, box: dict[str, float]) -> None:
        self.view_box = box

    def _context_menu(self, lon: float, lat: float) -> None:
        menu = QMenu(self)
        new = menu.addAction(self.tr("New incident here"))
        new.triggered.connect(lambda: self.ctx.bus.new_incident_at.emit(lon, lat))
        measure = menu.addAction(self.tr("Measure distance"))
        measure.triggered.connect(lambda: self.view.call("startMeasure"))
        menu.popup(QCursor.pos())
        self._menu = menu  # kept for tests and so it is not collected while open

    def export_report(self, path: str | Path) -> Path:
        # Base tiles come through this application's ddmap:// scheme, which a report opened in a
        # browser does not have: the report draws the grid on the plain background with the basemap.
        config = {**self.view.config, "tileUrl": None}
        html = build_report(config, self.snapshot(), self.view_box, self.mode)
        out = Path(path)
        out.write_text(html, encoding="utf-8")
        self.exported.emit(str(out))
        return out

    def _ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), "map.html", self.tr("HTML map (*.html)"))
        if path:
            self.export_report(path)
            self.ctx.bus.status_message.emit(self.tr("Map exported to %1").replace("%1", path))

    def closeEvent(self, event) -> None:
        self._release_tiles()
        super().closeEvent(event)

    def _release_tiles(self) -> None:
        """Stop fetching tiles and close the tile cache (its connection is shared with the fetchers)."""
        if self.tiles is not None:
            if shiboken6.isValid(self._probe):
                self._probe.stop()
            self.tiles.shutdown()
            self.tiles = None
        if self.tile_cache is not None:
            self.tile_cache.close()
            self.tile_cache = None
