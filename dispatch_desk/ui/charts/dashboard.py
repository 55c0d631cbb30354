"""The vital-signs dashboard: the indicator tree beside a grid of live tiles.

Tiles tick once a second from their resolution ladders; forecasts are recomputed in the background
once a minute. The layout (tiles and window) is saved per officer and workspace.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.forecast import early_warning, forecast, regularize
from dispatch_desk.domain.records import Indicator
from dispatch_desk.ui.charts.feed import ReadingsFeed
from dispatch_desk.ui.charts.indicator_tree import IndicatorTree
from dispatch_desk.ui.charts.labels import WINDOWS, window_name
from dispatch_desk.ui.charts.tiles import TILE_KINDS, SeriesTile, Tile, TileConfig, write_csv
from dispatch_desk.ui.tasks import run_in_background

TILE_WIDTH = 300  # a column of tiles per this many pixels, from one to three
FORECAST_STEP = 900.0  # forecasts run on 15-minute buckets: the cadence of the cached history
FORECAST_HISTORY = 8 * 86400.0
LAYOUT_VERSION = 1


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
        self._wanted: list[TileConfig] = []  # saved tiles whose indicators the cache does not hold yet
        self._saved_layout = False
        self._columns = 0
        self._sized = False
        self._warned: set[str] = set()
        self.window = 6 * 3600

        self.tree = IndicatorTree()
        self.tree.activated.connect(lambda code: self.add_tile(TileConfig("series", [code])))
        self.tree.context_requested.connect(self._indicator_menu)

        self.window_box = QComboBox(objectName="chartWindow")
        for seconds in WINDOWS:
            self.window_box.addItem(window_name(seconds), seconds)
        self.window_box.currentIndexChanged.connect(self._window_changed)
        export_png = QToolButton(text=self.tr("Export PNG"), objectName="exportPng")
        export_png.clicked.connect(self._export_png)
        export_csv = QToolButton(text=self.tr("Export CSV"), objectName="exportCsv")
        export_csv.clicked.connect(self._export_csv)
        self.tree_toggle = QToolButton(text=self.tr("Indicators"), checkable=True, checked=True,
                                       objectName="indicatorToggle")
        self.tree_toggle.setToolTip(self.tr("Show or hide the indicator tree"))
        self.tree_toggle.toggled.connect(self.tree.setVisible)
        bar = QHBoxLayout()
        bar.addWidget(self.tree_toggle)
        bar.addWidget(QLabel(self.tr("Window:")))
        bar.addWidget(self.window_box)
        bar.addStretch(1)
        bar.addWidget(export_png)
        bar.addWidget(export_csv)

        self.grid_host = QWidget(objectName="tileGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(8)
        self.empty_hint = QLabel(self.tr("Double-click an indicator on the left to add a chart."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.grid_host)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._read_reference()
        self._restore_layout()
        # On a first start the indicators arrive with the initial sync, after the dashboard exists.
        self._reference_timer = QTimer(self, singleShot=True, interval=500, timeout=self._reference_changed)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self._ticker = QTimer(self, interval=1000, timeout=self.tick)
        self._ticker.start()
        self._forecaster = QTimer(self, interval=60_000, timeout=self.update_forecasts)
        self._forecaster.start()
        QTimer.singleShot(2000, self.update_forecasts)

    # --- reference data -----------------------------------------------------------------------

    def _read_reference(self) -> None:
        store = self.ctx.store
        self.indicators = {i.code: i for i in store.records("indicator")}
        self.regions = {r.code: r for r in store.records("region")}
        self.region_names = {r.code: r.name for r in self.regions.values()}
        self.tree.populate(list(self.indicators.values()), self.regions)

    def _on_data_changed(self, changes) -> None:
        if isinstance(changes, dict) and ("indicator" in changes or "region" in changes):
            self._reference_timer.start()

    def _reference_changed(self) -> None:
        known = set(self.indicators)
        self._read_reference()
        if set(self.indicators) == known:
            return
        wanted, self._wanted = self._wanted, []
        if not wanted and not self.tiles and not self._saved_layout:
            wanted = self._default_tiles()
        for config in wanted:
            self.add_tile(config, save=False)

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
        peers = [i.code for i in self.indicators.values() if i.name == ind.name and i.region in children]
        if not peers:
            self.ctx.bus.status_message.emit(self.tr("No lower-level figures for this indicator."))
            return None
        return self.add_tile(TileConfig("compare", peers))

    def _relayout(self) -> None:
        columns = max(1, min(3, self.grid_host.width() // TILE_WIDTH))
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        self.empty_hint.setVisible(not self.tiles)
        self._columns = columns

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._sized:
            # A dashboard opened in a narrow dock starts with the tree folded away; the tiles matter more.
            self._sized = True
            self.tree_toggle.setChecked(self.width() >= 700)
        if max(1, min(3, self.grid_host.width() // TILE_WIDTH)) != self._columns:
            self._relayout()

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
        out = {}
        for tile in self.tiles:
            width = max(50, tile.width())
            for ind in tile.indicators:
                if ind.code not in out:
                    out[ind.code] = self.feed.ladder(ind.code).window(now - self.window, now, width)
        return out

    def tick(self) -> None:
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
            self.ctx.bus.notify.emit(
                self.tr("Early warning"),
                self.tr("%1 (%2) is likely to cross %3 within the hour")
                .replace("%1", ind.name).replace("%2", self.region_names.get(ind.region, ind.region))
                .replace("%3", f"{warning.threshold:g} {ind.unit}"),
                3,
            )

    # --- layout persistence --------------------------------------------------------------------

    def _layout_key(self) -> str:
        return f"charts/{self.ctx.officer.username}/{self.ctx.workspace}/layout"

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
        city = {r.code for r in self.regions.values() if r.parent is None}
        chosen: list[TileConfig] = []
        seen = set()
        for ind in self.indicators.values():
            if ind.region in city and ind.alarm is not None and ind.dimension not in seen:
                seen.add(ind.dimension)
                chosen.append(TileConfig("series" if len(chosen) % 3 else "number", [ind.code]))
        return chosen[:6]

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
        name = tile.indicators[0].name
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
