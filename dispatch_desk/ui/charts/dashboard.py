"""The vital-signs dashboard: the indicator tree beside a grid of live tiles.

Tiles tick once a second from their resolution ladders; forecasts are recomputed in the background
once a minute. The layout (tiles and window) is saved per officer and workspace; the indicator tree's width and
whether it shows, per officer. Names and units from the data are shown in the desk's language
(`i18n.data_text`).

In the joint-command workspace ("command") the dashboard follows the operation in view
(`bus.operation_selected`): "Only this operation" narrows the tree and the tiles to the indicators
of the operation's area and of its plan's dimensions (domain.plan_dimensions), with a layout of
their own per operation.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.alerting import name_without_region
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.forecast import early_warning, forecast, regularize
from dispatch_desk.domain.plan_dimensions import city_headline, operation_indicators
from dispatch_desk.domain.records import Indicator, Operation, Plan
from dispatch_desk.ui.charts.feed import ReadingsFeed
from dispatch_desk.ui.charts.flow import FlowLayout
from dispatch_desk.ui.charts.indicator_tree import IndicatorTree
from dispatch_desk.ui.charts.labels import WINDOWS, window_name
from dispatch_desk.ui.charts.tiles import TILE_KINDS, SeriesTile, Tile, TileConfig, indicator_label, write_csv
from dispatch_desk.ui.charts.windows import LiveWindow
from dispatch_desk.ui.shell.i18n import data_text
from dispatch_desk.ui.tasks import run_in_background

TILE_WIDTH = 300  # a column of tiles per this many pixels, from one to three
FORECAST_STEP = 900.0  # forecasts run on 15-minute buckets: the cadence of the cached history
FORECAST_HISTORY = 8 * 86400.0
LAYOUT_VERSION = 1
TREE_WIDTH = 240  # the indicator tree's first width: "易积水点水深 · 陆家嘴街道" whole under its group
TREE_MIN_WIDTH = 170
TILES_MIN_WIDTH = 240  # what the tree leaves at least to the tiles beside it
TREE_FROM = 700  # a dashboard this wide opens with the tree shown, a narrower one with the tiles alone


class DashboardWidget(QWidget):
    early_warning_raised = Signal(object)  # EarlyWarning, once per indicator and crossing

    def __init__(self, ctx, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboard")
        self._settings = settings or QSettings()
        self.feed = ReadingsFeed(ctx.store, ctx.bus, self)
        self.feed.updated.connect(lambda _codes: self.tick())
        self.indicators: dict[str, Indicator] = {}
        self.regions: dict = {}
        self.region_names: dict[str, str] = {}
        self.tiles: list[Tile] = []
        self._live: dict[str, LiveWindow] = {}  # per shown indicator, kept across ticks
        self._wanted: list[TileConfig] = []  # saved tiles whose indicators the cache does not hold yet
        self._saved_layout = False
        self._columns = 0
        self._sized = False
        self._warned: set[str] = set()
        self.window = 6 * 3600
        self.workspace = ctx.workspace  # the shell switches workspaces on the same context: followed by tick
        self.operation_id: str | None = getattr(ctx, "operation_id", None) or None
        self.operation: Operation | None = None
        self.scope: list[str] | None = None  # codes of the operation's indicators while narrowed to it

        self.tree = IndicatorTree()
        self.tree.activated.connect(lambda code: self.add_tile(TileConfig("series", [code])))
        self.tree.context_requested.connect(self._indicator_menu)

        self.window_box = QComboBox(objectName="chartWindow")
        for seconds in WINDOWS:
            self.window_box.addItem(window_name(seconds), seconds)
        self.window_box.currentIndexChanged.connect(self._window_changed)
        # One button for both exports: the bar must fit a narrow dock.
        export = QToolButton(text=self.tr("Export") + " ▾", objectName="exportCharts")
        export.setToolTip(self.tr("Export the charts as a picture or their data as CSV"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")  # the ▾ says it
        export_menu = QMenu(export)
        export_menu.addAction(self.tr("Export PNG"), self._export_png).setObjectName("exportPng")
        export_menu.addAction(self.tr("Export CSV"), self._export_csv).setObjectName("exportCsv")
        export.setMenu(export_menu)
        self.tree_toggle = QToolButton(text=self.tr("Indicators"), checkable=True, checked=True,
                                       objectName="indicatorToggle")
        self.tree_toggle.setToolTip(self.tr("Show or hide the indicator tree"))
        self.tree_toggle.toggled.connect(self._tree_toggled)
        self.only_operation = QToolButton(text=self.tr("Only this operation"), checkable=True,
                                          objectName="onlyOperation")
        self.only_operation.setToolTip(self.tr(
            "Show only the indicators of the joint command in view: of its area and of its plan's dimensions"))
        self.only_operation.setChecked(self._settings.value(self._only_key(), True, type=bool))
        self.only_operation.toggled.connect(self._only_toggled)
        self.scope_label = QLabel(objectName="operationScope")
        # The controls wrap onto a second line rather than being cut off in a narrow dock.
        bar = FlowLayout()
        bar.addWidget(self.tree_toggle)
        bar.addWidget(self.only_operation)
        bar.addWidget(self.scope_label)
        window_pick = QWidget(objectName="chartWindowPick")  # the label wraps with its box, never alone
        pick = QHBoxLayout(window_pick)
        pick.setContentsMargins(0, 0, 0, 0)
        window_label = QLabel(self.tr("Window:"))
        window_label.setBuddy(self.window_box)
        pick.addWidget(window_label)
        pick.addWidget(self.window_box)
        bar.addWidget(window_pick)
        bar.addWidget(export)

        self.grid_host = QWidget(objectName="tileGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(8)
        self.empty_hint = QLabel(self.tr("Double-click an indicator on the left to add a chart."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(widgetResizable=True, objectName="tileScroll")
        scroll.setWidget(self.grid_host)
        # The tiles take what room there is and never ask the dock for more: the bar above wraps, and a
        # dock's scroll area honours the height a wrapping layout wants for its width.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        scroll.setMinimumHeight(180)
        self.tile_scroll = scroll
        scroll.viewport().installEventFilter(self)  # columns follow the room the tiles have
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(scroll, 1)
        self.tree.setMinimumWidth(TREE_MIN_WIDTH)
        self.splitter = QSplitter(objectName="chartsSplitter", childrenCollapsible=False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)  # a wider dock widens the tiles; the tree keeps its width
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(self._tree_width_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._read_reference()
        self._restore_layout()
        # On a first start the indicators arrive with the initial sync, after the dashboard exists.
        self._reference_timer = QTimer(self, singleShot=True, interval=500, timeout=self._reference_changed)
        ctx.bus.data_changed.connect(self._on_data_changed)
        ctx.bus.operation_selected.connect(self.set_operation)
        self._ticker = QTimer(self, interval=1000, timeout=self.tick)
        self._ticker.start()
        self._forecaster = QTimer(self, interval=60_000, timeout=self.update_forecasts)
        self._forecaster.start()
        # The first forecasts soon after start; a timer of the dashboard's own, gone with it.
        self._first_forecast = QTimer(self, singleShot=True, interval=2000, timeout=self.update_forecasts)
        self._first_forecast.start()

    # --- reference data -----------------------------------------------------------------------

    def _read_reference(self) -> None:
        store = self.ctx.store
        self.indicators = {i.code: i for i in store.records("indicator")}
        self.regions = {r.code: r for r in store.records("region")}
        self.region_names = {r.code: data_text(r.name, r.name_en) for r in self.regions.values()}
        self.scope = self._operation_scope()
        shown = self.indicators.values() if self.scope is None else [self.indicators[c] for c in self.scope]
        self.tree.populate(list(shown), self.regions)
        self._show_scope()

    def _on_data_changed(self, changes) -> None:
        if isinstance(changes, dict) and any(k in changes for k in ("indicator", "region", "plan")):
            self._reference_timer.start()
        elif isinstance(changes, dict) and self.operation_id and self.operation_id in (changes.get("operation") or ()):
            self._reference_timer.start()  # its area or plan may have changed

    def _reference_changed(self) -> None:
        known, scope = set(self.indicators), self.scope
        self._read_reference()
        if self.scope != scope:
            self._switch_layout()
            return
        if set(self.indicators) == known:
            return
        wanted, self._wanted = self._wanted, []
        if not wanted and not self.tiles and not self._saved_layout:
            wanted = self._default_tiles()
        for config in wanted:
            self.add_tile(config, save=False)

    # --- the joint command in view -------------------------------------------------------------

    def _only_key(self) -> str:
        return f"charts/{self.ctx.officer.username}/{self.ctx.workspace}/only_operation"

    def set_operation(self, operation_id: str) -> None:
        """Follow the operation in view ("" for none)."""
        operation_id = operation_id or None
        if operation_id == self.operation_id:
            return
        self.operation_id = operation_id
        self._rescope()

    def _follow_workspace(self) -> None:
        """The main window moved to another workspace: its own toggle state and tiles."""
        if self.ctx.workspace == self.workspace:
            return
        key = self._layout_key()
        self.workspace = self.ctx.workspace
        self.only_operation.blockSignals(True)  # the new workspace's own choice, not a change to save
        self.only_operation.setChecked(self._settings.value(self._only_key(), True, type=bool))
        self.only_operation.blockSignals(False)
        self._read_reference()
        if self._layout_key() != key:
            self._switch_layout()

    def _only_toggled(self, on: bool) -> None:
        self._settings.setValue(self._only_key(), on)
        self._rescope()

    def _rescope(self) -> None:
        scope = self.scope
        self._read_reference()
        if self.scope != scope:
            self._switch_layout()

    def _operation_scope(self) -> list[str] | None:
        """The operation's indicator codes when the dashboard is narrowed to it, else None."""
        self.operation = None
        if self.ctx.workspace != "command" or not self.operation_id:
            return None
        data = self.ctx.store.get("operation", self.operation_id)
        self.operation = from_wire(Operation, data) if data is not None else None
        if self.operation is None or not self.only_operation.isChecked():
            return None
        plan_data = self.ctx.store.get("plan", self.operation.plan) if self.operation.plan else None
        plan = from_wire(Plan, plan_data) if plan_data is not None else None
        chosen = operation_indicators(self.operation, plan, self.indicators.values(), self.regions.values())
        return [i.code for i in chosen]

    def _show_scope(self) -> None:
        command = self.ctx.workspace == "command"
        self.only_operation.setVisible(command)
        self.only_operation.setEnabled(self.operation is not None)
        self.scope_label.setVisible(command and self.scope is not None)
        if self.scope is not None and self.operation is not None:
            self.scope_label.setText(self.tr("%1 · %2 indicators").replace("%1", self.operation.name)
                                     .replace("%2", str(len(self.scope))))

    def _switch_layout(self) -> None:
        """Show the layout of the new scope (the operation's own, or the workspace's) in place of this one."""
        for tile in list(self.tiles):
            tile.setParent(None)
            tile.deleteLater()
        self.tiles, self._wanted, self._saved_layout = [], [], False
        self._restore_layout()
        self._relayout()

    # --- tiles -------------------------------------------------------------------------------

    def add_tile(self, config: TileConfig, *, save: bool = True) -> Tile | None:
        if any(c not in self.indicators for c in config.indicators):
            self._wanted.append(config)  # shown once sync brings its indicators
            return None
        indicators = [self.indicators[c] for c in config.indicators]
        tile = TILE_KINDS[config.kind](config, indicators, self.region_names, self.grid_host)
        tile.close_requested.connect(self.remove_tile)
        tile.drill_requested.connect(self.drill_down)
        tile.map_requested.connect(self.ctx.bus.indicator_on_map.emit)
        tile.export_requested.connect(self._export_tile)
        for ind in indicators:
            self.feed.ladder(ind.code)
        self.tiles.append(tile)
        self._relayout()
        self.tick()
        if save:
            self.save_layout()
        return tile

    def remove_tile(self, tile: Tile) -> None:
        self.tiles.remove(tile)
        tile.setParent(None)
        tile.deleteLater()
        self._relayout()
        self.save_layout()

    def drill_down(self, code: str) -> Tile | None:
        """Compare the indicator across the regions one level below (city → districts → streets)."""
        ind = self.indicators[code]
        children = {r.code for r in self.regions.values() if r.parent == ind.region}
        # Below, the same figure carries its region's name ("东浦区PM2.5浓度" under the city's "PM2.5浓度").
        names = {r.code: r.name for r in self.regions.values()}
        plain = name_without_region(ind.name, names.get(ind.region, ""))
        peers = [i.code for i in self.indicators.values()
                 if i.region in children and name_without_region(i.name, names.get(i.region, "")) == plain]
        if not peers:
            self.ctx.bus.status_message.emit(self.tr("No lower-level figures for this indicator."))
            return None
        return self.add_tile(TileConfig("compare", peers))

    def _column_count(self) -> int:
        return max(1, min(3, self.tile_scroll.viewport().width() // TILE_WIDTH))

    def _relayout(self) -> None:
        columns = self._column_count()
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        self.empty_hint.setVisible(not self.tiles)
        self._columns = columns

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._sized and self.width() > 0:
            # A dashboard opened in a narrow dock starts with the tree folded away, the tiles matter
            # more; unless the officer chose otherwise before.
            shown = self._settings.value(self._tree_key("shown"))
            self.tree_toggle.setChecked(self.width() >= TREE_FROM if shown is None else shown in (True, "true"))
            self.tree.setVisible(self.tree_toggle.isChecked())
            self._sized = True  # from here on the toggle is the officer's choice, and remembered
            self._apply_tree_width()

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Resize and watched is self.tile_scroll.viewport()
                and self._column_count() != self._columns):
            self._relayout()
        return super().eventFilter(watched, event)

    # --- the indicator tree's width -------------------------------------------------------------

    def _tree_key(self, what: str) -> str:
        return f"charts/{self.ctx.officer.username}/tree_{what}"

    def tree_width(self) -> int:
        """The width the tree gets: the officer's last one, else the default; never so wide that the
        tiles lose their room, nor narrower than its names need."""
        saved = self._settings.value(self._tree_key("width"), TREE_WIDTH)
        try:
            wanted = int(saved)
        except (TypeError, ValueError):
            wanted = TREE_WIDTH
        room = self.splitter.width() - self.splitter.handleWidth() - TILES_MIN_WIDTH
        return max(TREE_MIN_WIDTH, min(wanted, room))

    def _apply_tree_width(self) -> None:
        total = self.splitter.width() - self.splitter.handleWidth()
        if not self.tree.isVisibleTo(self) or total <= 0:
            return
        width = self.tree_width()
        self.splitter.setSizes([width, max(1, total - width)])

    def _tree_toggled(self, shown: bool) -> None:
        self.tree.setVisible(shown)
        if self._sized:
            self._settings.setValue(self._tree_key("shown"), shown)
        if shown:
            self._apply_tree_width()

    def _tree_width_moved(self, _pos: int, _index: int) -> None:
        if self.tree.isVisibleTo(self):
            self._settings.setValue(self._tree_key("width"), self.splitter.sizes()[0])

    def _indicator_menu(self, code: str, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Time series"), lambda: self.add_tile(TileConfig("series", [code])))
        menu.addAction(self.tr("Big number"), lambda: self.add_tile(TileConfig("number", [code])))
        menu.addAction(self.tr("Compare the regions below"), lambda: self.drill_down(code))
        menu.addAction(self.tr("Color the map by this indicator"), lambda: self.ctx.bus.indicator_on_map.emit(code))
        menu.exec(pos)

    # --- ticking -------------------------------------------------------------------------------

    def _window_changed(self) -> None:
        self.window = int(self.window_box.currentData())
        self.tick()
        self.save_layout()

    def windows(self, now: float) -> dict:
        """Each shown indicator's window, updated from its newest bucket on (see windows.LiveWindow)."""
        out = {}
        for tile in self.tiles:
            width = max(50, tile.width())
            for ind in tile.indicators:
                if ind.code not in out:
                    live = self._live.setdefault(ind.code, LiveWindow())
                    out[ind.code] = live.window(self.feed.ladder(ind.code), now - self.window, now, width)
        for code in set(self._live) - set(out):
            del self._live[code]  # its tile is gone
        return out

    def tick(self) -> None:
        self._follow_workspace()
        now = time.time()
        windows = self.windows(now)
        for tile in self.tiles:
            tile.refresh(windows, now, self.window)

    def update_forecasts(self) -> None:
        """Refit each series tile's forecast in the background; raise 预警 once per approach."""
        now = time.time()
        for tile in [t for t in self.tiles if isinstance(t, SeriesTile)]:
            ind = tile.indicators[0]
            w = self.feed.ladder(ind.code).window(now - FORECAST_HISTORY, now, 100_000)
            if len(w) < 8:
                continue
            t, v = w.t.copy(), w.vmean.copy()

            def fit(t=t, v=v, ind=ind):
                times, values = regularize(t, v, FORECAST_STEP)
                fc = forecast(times, values, step=FORECAST_STEP, horizon=3600)
                return fc, (early_warning(ind, fc, float(v[-1])) if fc is not None else None)

            run_in_background(fit, lambda result, tile=tile: self._show_forecast(tile, *result), owner=tile)

    def _show_forecast(self, tile: SeriesTile, fc, warning) -> None:
        if tile not in self.tiles:
            return
        tile.show_forecast(fc, warning)
        code = tile.indicators[0].code
        if warning is None:
            self._warned.discard(code)
        elif code not in self._warned:
            self._warned.add(code)
            self.early_warning_raised.emit(warning)
            ind = tile.indicators[0]
            region = self.region_names.get(ind.region, ind.region)
            self.ctx.bus.notify.emit(
                self.tr("Early warning"),
                self.tr("%1 (%2) is likely to cross %3 within the hour")
                .replace("%1", name_without_region(data_text(ind.name, ind.name_en), region)).replace("%2", region)
                .replace("%3", f"{warning.threshold:g} {data_text(ind.unit, ind.unit_en)}".strip()),
                3,
            )

    # --- layout persistence --------------------------------------------------------------------

    def _layout_key(self) -> str:
        base = f"charts/{self.ctx.officer.username}/{self.ctx.workspace}"
        if self.scope is not None and self.operation_id:
            return f"{base}/operation/{self.operation_id}/layout"  # an operation's tiles are its own
        return f"{base}/layout"

    def save_layout(self) -> None:
        configs = [t.config for t in self.tiles] + self._wanted
        data = {"version": LAYOUT_VERSION, "window": self.window, "tiles": [c.to_json() for c in configs]}
        self._settings.setValue(self._layout_key(), json.dumps(data))

    def _restore_layout(self) -> None:
        raw = self._settings.value(self._layout_key())
        tiles: list[TileConfig] = []
        try:
            data = json.loads(raw) if raw else None
            if data and data.get("version") == LAYOUT_VERSION:
                self.window = int(data["window"]) if int(data["window"]) in WINDOWS else self.window
                tiles = [TileConfig.from_json(t) for t in data["tiles"]]
                self._saved_layout = bool(tiles)  # an empty dashboard gets the first one again
        except (ValueError, TypeError, KeyError):
            tiles = []  # a damaged saved layout falls back to the default one
            self._saved_layout = False
        if not tiles:
            tiles = self._default_tiles()
        self.window_box.blockSignals(True)  # showing the saved window is not a change to save
        self.window_box.setCurrentIndex(WINDOWS.index(self.window))
        self.window_box.blockSignals(False)
        for config in tiles:
            self.add_tile(config, save=False)

    def _default_tiles(self) -> list[TileConfig]:
        """The city-level indicators with thresholds, one of each dimension, as a first dashboard."""
        if self.scope is not None:
            return self._operation_tiles()
        headline = city_headline(self.indicators.values(), self.regions.values())
        return [TileConfig("number" if n % 3 == 0 else "series", [ind.code]) for n, ind in enumerate(headline)]

    def _operation_tiles(self) -> list[TileConfig]:
        """An operation's first dashboard: its indicators with thresholds, taking the plan's dimensions in
        turn (most important first), the widest region of each first; then the rest, up to six."""
        depth = {"city": 0, "district": 1, "street": 2}
        by_dimension: dict = {}
        for code in self.scope or ():
            ind = self.indicators[code]
            by_dimension.setdefault(ind.dimension, []).append(ind)
        queues = [sorted(inds, key=lambda i: (i.alarm is None, depth.get(str(getattr(self.regions.get(i.region),
                                                                                      "level", "")), 3), i.code))
                  for inds in by_dimension.values()]
        chosen: list[Indicator] = []
        while len(chosen) < 6 and any(queues):
            for queue in queues:
                if queue and len(chosen) < 6:
                    chosen.append(queue.pop(0))
        return [TileConfig("number" if n % 3 == 0 else "series", [i.code]) for n, i in enumerate(chosen)]

    # --- export -------------------------------------------------------------------------------

    def export_png(self, path: str, tile: Tile | None = None) -> bool:
        return (tile or self.grid_host).grab().save(path)

    def export_csv(self, path: str, tile: Tile | None = None) -> int:
        windows = self.windows(time.time())
        rows = [row for t in ([tile] if tile else self.tiles) for row in t.rows_for_csv(windows)]
        header = [self.tr("code"), self.tr("indicator"), self.tr("unit"), self.tr("time"),
                  self.tr("min"), self.tr("mean"), self.tr("max")]
        write_csv(path, rows, header)
        return len(rows)

    def _export_tile(self, tile: Tile, kind: str) -> None:
        name = indicator_label(tile.indicators[0], self.region_names)
        if kind == "png":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart as PNG"), f"{name}.png", "PNG (*.png)")
            if path:
                self.export_png(path, tile)
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart data as CSV"), f"{name}.csv", "CSV (*.csv)")
            if path:
                self.export_csv(path, tile)

    def _export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export charts as PNG"), "charts.png", "PNG (*.png)")
        if path:
            self.export_png(path)

    def _export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart data as CSV"), "charts.csv", "CSV (*.csv)")
        if path:
            self.export_csv(path)
