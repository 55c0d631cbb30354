"""Dashboard tiles: a big number with sparkline and trend, a time series with warn and alarm bands
and the forecast band, and a comparison of several indicators or regions.

A tile draws what its ladder gives for the window at the tile's pixel width, so it never draws
more points than it has pixels; `refresh()` is the per-second tick and only calls `setData`.
Names and units come from the data in the desk's language (`i18n.data_text`); a tile names its
region once, beside the indicator's name.
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.alerting import Level, name_without_region, threshold_level
from dispatch_desk.domain.forecast import EarlyWarning, Forecast
from dispatch_desk.domain.records import Direction, Indicator
from dispatch_desk.domain.series import Window
from dispatch_desk.ui.shell.i18n import data_text

WARN_COLOR = QColor("#e08a00")
ALARM_COLOR = QColor("#d32f2f")
OK_COLOR = QColor("#2e7d32")
# From this window up, each drawn point stands for many readings, and the min-max band shows the
# spikes the mean would hide; in shorter windows the line itself is close to the readings.
BAND_FROM = 6 * 3600
PALETTE = ("#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#2e7d32", "#ad1457", "#4e342e")


@dataclass
class TileConfig:
    """What a tile shows; saved as part of the dashboard layout."""

    kind: str  # "number" | "series" | "compare"
    indicators: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"kind": self.kind, "indicators": list(self.indicators)}

    @classmethod
    def from_json(cls, data: dict) -> TileConfig:
        kind = data.get("kind")
        codes = data.get("indicators")
        if kind not in ("number", "series", "compare") or not isinstance(codes, list) or not codes:
            raise ValueError(f"not a tile: {data!r}")
        return cls(kind, [str(c) for c in codes])


def indicator_label(ind: Indicator, region_names: dict[str, str]) -> str:
    """The indicator's name in the desk's language, without the region shown beside it;
    `region_names` are in the desk's language too."""
    return name_without_region(data_text(ind.name, ind.name_en), region_names.get(ind.region, ""))


def unit_text(ind: Indicator) -> str:
    return data_text(ind.unit, ind.unit_en)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it is narrower than its text (whole in the tooltip)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))


def _level_color(level: Level) -> QColor:
    return {Level.NORMAL: OK_COLOR, Level.WARN: WARN_COLOR, Level.ALARM: ALARM_COLOR}[level]


class Tile(QFrame):
    """Frame, title bar and close button shared by every kind of tile."""

    close_requested = Signal(object)
    drill_requested = Signal(str)  # indicator code: compare it across the regions below
    map_requested = Signal(str)  # indicator code: color the map's grid by it
    export_requested = Signal(object, str)  # this tile, "png" or "csv"

    def __init__(self, config: TileConfig, indicators: list[Indicator], region_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.config = config
        self.indicators = indicators
        self.setObjectName("chartTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(220, 170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        head = QHBoxLayout()
        first = indicators[0]
        region = region_names.get(first.region, first.region)
        name = indicator_label(first, region_names)
        title = name if config.kind != "compare" else self.tr("%1 by region").replace("%1", name)
        # The region goes in the title line itself, whole: a narrow dock must still say where a figure is
        # from; the name gives way first, ending in "…".
        self.title = ElidedLabel(title, self)
        self.title.setObjectName("tileTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setToolTip(" · ".join(p for p in (name, region, unit_text(first)) if p))
        head.addWidget(self.title, 1)
        self.region = QLabel(region if config.kind != "compare" else "", self, objectName="tileRegion")
        self.region.setStyleSheet("color: gray;")
        self.region.setVisible(config.kind != "compare")
        head.addWidget(self.region)
        # One menu for the tile's actions keeps the title readable on a narrow dock.
        more = QToolButton(text="⋯", toolTip=self.tr("Chart actions"), autoRaise=True, objectName="tileMenu")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")  # "⋯" says it already
        menu = QMenu(more)
        menu.addAction(self.tr("Compare across the regions below"), lambda: self.drill_requested.emit(first.code))
        menu.addAction(self.tr("Color the map by this indicator"), lambda: self.map_requested.emit(first.code))
        menu.addSeparator()
        menu.addAction(self.tr("Export picture (PNG)…"), lambda: self.export_requested.emit(self, "png"))
        menu.addAction(self.tr("Export data (CSV)…"), lambda: self.export_requested.emit(self, "csv"))
        more.setMenu(menu)
        head.addWidget(more)
        close = QToolButton(text="×", toolTip=self.tr("Remove this tile"), autoRaise=True)
        close.clicked.connect(lambda: self.close_requested.emit(self))
        head.addWidget(close)
        layout.addLayout(head)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def refresh(self, windows: dict[str, Window], now: float, span: float) -> None:
        raise NotImplementedError

    def rows_for_csv(self, windows: dict[str, Window]) -> list[list]:
        rows = []
        for ind in self.indicators:
            w = windows.get(ind.code)
            if w is None:
                continue
            for t, lo, mean, hi in zip(w.t, w.vmin, w.vmean, w.vmax, strict=True):
                stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t))
                rows.append([ind.code, data_text(ind.name, ind.name_en), unit_text(ind), stamp, round(lo, 4),
                             round(mean, 4), round(hi, 4)])
        return rows


def _plot(parent: QWidget, axis_units: str, with_axes: bool = True) -> pg.PlotWidget:
    axis = pg.DateAxisItem(orientation="bottom") if with_axes else None
    plot = pg.PlotWidget(parent, axisItems={"bottom": axis} if axis else {})
    plot.setBackground(None)
    plot.setMouseEnabled(x=False, y=False)
    plot.disableAutoRange()  # ranges are set by _scroll and _fit; auto-range would scan every curve each tick
    plot.hideButtons()
    plot.setMenuEnabled(False)
    # pyqtgraph keeps its plot options menu as a top-level widget of its own, deleted only when the plot
    # item is closed; a child of the plot widget, it goes with the tile.
    menu = plot.getPlotItem().ctrlMenu
    if menu is not None and menu.parent() is None:
        menu.setParent(plot, menu.windowFlags())
    if with_axes:
        # No grid: pyqtgraph draws grid lines as part of the axes, which then lie under the curve and
        # are re-rendered, text and all, on every tick. The threshold lines give the reference instead.
        plot.setLabel("left", axis_units)
        font = QFont()
        font.setPointSize(8)
        for name in ("left", "bottom"):
            axis_item = plot.getAxis(name)
            axis_item.setTickFont(font)
            # Axes change about once a minute (see _scroll) but sit in every repaint of the plot;
            # a cached pixmap replaces re-rendering their text each second.
            axis_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    else:
        plot.hideAxis("left")
        plot.hideAxis("bottom")
    return plot


def _same_picture(plot: pg.PlotWidget, drawn: Window | None, new: Window) -> bool:
    """True when drawing `new` instead of `drawn` would move nothing by half a pixel or more.

    At 1 Hz most ticks only nudge the newest bucket's mean; skipping those `setData` calls is what
    keeps dozens of live charts cheap. The buckets are time-aligned (see `ResolutionLadder.window`).
    """
    if drawn is None or len(drawn) != len(new) or not len(new):
        return False
    if drawn.t[0] != new.t[0] or drawn.t[-1] != new.t[-1]:
        return False
    _, (y0, y1) = plot.viewRange()
    tolerance = 0.5 * (y1 - y0) / max(1, plot.height())
    return all(float(np.max(np.abs(a - b))) < tolerance for a, b in
               ((drawn.vmin, new.vmin), (drawn.vmean, new.vmean), (drawn.vmax, new.vmax)))


def _scroll(plot: pg.PlotWidget, now: float, span: float, ahead: float) -> None:
    """Move the time axis in steps of 1/60 of the window, not every second.

    Re-laying out and repainting the axes is most of a chart's cost; a curve growing into a little
    room on the right costs almost nothing, so the axes change about once a minute per window hour.
    """
    step = span / 60
    right = (now // step + 1) * step + ahead
    (x0, x1), _ = plot.viewRange()
    if abs(x1 - right) > 1e-6 or abs((x1 - x0) - (span + ahead + step)) > step:
        plot.setXRange(right - span - ahead - step, right, padding=0)


def _fit(plot: pg.PlotWidget, lo: float, hi: float) -> None:
    """Change the value axis only when the data leaves it or uses less than half of it."""
    pad = (hi - lo) * 0.08 or 1.0
    _, (y0, y1) = plot.viewRange()
    if lo < y0 or hi > y1 or (hi - lo) < 0.5 * (y1 - y0):
        plot.setYRange(lo - pad, hi + pad, padding=0)


class NumberTile(Tile):
    """The latest value, large, colored by level, with a trend arrow and a sparkline."""

    def __init__(self, config, indicators, region_names, parent=None):
        super().__init__(config, indicators, region_names, parent)
        row = QHBoxLayout()
        self.value = QLabel("—", objectName="bigNumber")
        self._value_style = "font-size: 28pt; font-weight: bold; color: %s;"
        self.value.setStyleSheet(self._value_style % OK_COLOR.name())
        row.addWidget(self.value)
        self.trend = QLabel("", objectName="trend")
        self.trend.setStyleSheet("font-size: 16pt;")
        row.addWidget(self.trend)
        self.unit = QLabel(unit_text(indicators[0]))
        row.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        self.body.addLayout(row)
        self.spark = _plot(self, "", with_axes=False)
        self.spark.setMinimumHeight(50)
        self.curve = self.spark.plot([], [], pen=pg.mkPen(PALETTE[0], width=1.5))
        self.body.addWidget(self.spark, 1)
        self._drawn: Window | None = None

    def refresh(self, windows, now, span):
        ind = self.indicators[0]
        w = windows.get(ind.code)
        if w is None or not len(w):
            return
        latest = float(w.vmean[-1])
        level = threshold_level(ind, latest)
        self.value.setText(f"{latest:.{ind.decimals}f}")
        self.value.setStyleSheet(self._value_style % _level_color(level).name())
        # The value 15 minutes before the latest reading (or the oldest shown, if the window is shorter).
        earlier = w.vmean[max(0, int(np.searchsorted(w.t, w.t[-1] - 900, side="right")) - 1)]
        delta = latest - float(earlier)
        tolerance = max(abs(latest) * 0.005, 10 ** -ind.decimals)
        self.trend.setText("▲" if delta > tolerance else "▼" if delta < -tolerance else "▶")
        self.trend.setToolTip(self.tr("Change over 15 minutes: %1").replace("%1", f"{delta:+.{ind.decimals}f}"))
        if not _same_picture(self.spark, self._drawn, w):
            self.curve.setData(w.t, w.vmean)
            self._drawn = w
            _fit(self.spark, float(w.vmean.min()), float(w.vmean.max()))
        _scroll(self.spark, now, span, 0.0)


class SeriesTile(Tile):
    """A time series with warn and alarm lines, the shaded zone beyond alarm, and the forecast band."""

    def __init__(self, config, indicators, region_names, parent=None):
        super().__init__(config, indicators, region_names, parent)
        ind = indicators[0]
        self.plot = _plot(self, unit_text(ind))
        self.range_fill = None
        self.lower = self.plot.plot([], [], pen=None)
        self.upper = self.plot.plot([], [], pen=None)
        self.range_fill = pg.FillBetweenItem(self.lower, self.upper, brush=pg.mkBrush(21, 101, 192, 40))
        self.plot.addItem(self.range_fill)
        self.curve = self.plot.plot([], [], pen=pg.mkPen(PALETTE[0], width=2))
        for threshold, color, label in (
            (ind.warn, WARN_COLOR, self.tr("warn")),
            (ind.alarm, ALARM_COLOR, self.tr("alarm")),
        ):
            if threshold is None:
                continue
            line = pg.InfiniteLine(
                pos=threshold, angle=0, pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine),
                label=f"{label} {threshold:g}", labelOpts={"position": 0.05, "color": color, "anchors": [(0, 1), (0, 1)]},
            )
            self.plot.addItem(line)
        if ind.alarm is not None:
            # The zone reaches far past any value the axis shows, but not to ±1e9: at that distance
            # pyqtgraph shades the whole plot for a zone that lies below the alarm line.
            reach = 1000 * max(1.0, abs(ind.alarm), abs(ind.alarm - (ind.warn or ind.alarm)))
            far = ind.alarm + reach if ind.direction is Direction.UP else ind.alarm - reach
            zone = pg.LinearRegionItem(
                values=sorted((ind.alarm, far)), orientation="horizontal", movable=False,
                brush=pg.mkBrush(211, 47, 47, 28), pen=pg.mkPen(None),
            )
            zone.setZValue(-10)
            self.plot.addItem(zone, ignoreBounds=True)
        self.fc_mean = self.plot.plot([], [], pen=pg.mkPen(PALETTE[0], width=1.5, style=Qt.PenStyle.DashLine))
        self.fc_low = self.plot.plot([], [], pen=pg.mkPen(PALETTE[0], width=0.8, style=Qt.PenStyle.DotLine))
        self.fc_high = self.plot.plot([], [], pen=pg.mkPen(PALETTE[0], width=0.8, style=Qt.PenStyle.DotLine))
        self.fc_fill = pg.FillBetweenItem(self.fc_low, self.fc_high, brush=pg.mkBrush(21, 101, 192, 25))
        self.plot.addItem(self.fc_fill)
        self.body.addWidget(self.plot, 1)
        self.outlook = QLabel("")
        self.outlook.setObjectName("forecastOutlook")
        self.body.addWidget(self.outlook)
        self.forecast: Forecast | None = None
        self._drawn: Window | None = None
        self._band = False
        self._empty = False  # the outlook says there is no reading yet

    def refresh(self, windows, now, span):
        ind = self.indicators[0]
        w = windows.get(ind.code)
        if w is None or not len(w):
            # Before the first reading: the axes already show the window up to now and the thresholds,
            # not pyqtgraph's 1970 and 0–1, and the tile says why it is empty.
            _scroll(self.plot, now, span, 0.0)
            levels = [x for x in (ind.warn, ind.alarm) if x is not None]
            if levels:
                _fit(self.plot, min(levels), max(levels))
            self.outlook.setText(self.tr("No readings yet"))
            self._empty = True
            return
        if self._empty:
            self.outlook.setText("")
            self._empty = False
        if not _same_picture(self.plot, self._drawn, w):
            self.curve.setData(w.t, w.vmean)
            if span >= BAND_FROM:
                self.lower.setData(w.t, w.vmin)
                self.upper.setData(w.t, w.vmax)
                self._band = True
            elif self._band:
                self.lower.setData([], [])
                self.upper.setData([], [])
                self._band = False
            self._drawn = w
        ahead = self.forecast.step * len(self.forecast.mean) if self.forecast is not None else 0.0
        _scroll(self.plot, now, span, ahead)
        self._fit_y(w)

    def _fit_y(self, w: Window) -> None:
        ind = self.indicators[0]
        lo, hi = float(np.min(w.vmin)), float(np.max(w.vmax))
        for extra in (ind.warn, ind.alarm):
            if extra is not None:
                lo, hi = min(lo, extra), max(hi, extra)
        if self.forecast is not None:
            low, high = self.forecast.band()
            lo, hi = min(lo, float(low.min())), max(hi, float(high.max()))
        _fit(self.plot, lo, hi)

    def show_forecast(self, fc: Forecast | None, warning: EarlyWarning | None) -> None:
        self.forecast = fc
        if fc is None:
            for item in (self.fc_mean, self.fc_low, self.fc_high):
                item.setData([], [])
            self.outlook.setText("")
            return
        times = fc.times()
        low, high = fc.band()
        self.fc_mean.setData(times, fc.mean)
        self.fc_low.setData(times, low)
        self.fc_high.setData(times, high)
        if warning is None:
            self.outlook.setText(self.tr("Next hour: no threshold crossing expected"))
            self.outlook.setStyleSheet("")
        else:
            name = self.tr("alarm") if warning.level == "alarm" else self.tr("warn")
            text = self.tr("Early warning: %1% chance of crossing the %2 level (%3) within the hour")
            self.outlook.setText(
                text.replace("%1", f"{warning.probability * 100:.0f}").replace("%2", name)
                .replace("%3", f"{warning.threshold:g}")
            )
            self.outlook.setStyleSheet(f"color: {WARN_COLOR.name()}; font-weight: bold;")


class CompareTile(Tile):
    """Several indicators (usually one indicator across regions) on one chart, with a legend."""

    def __init__(self, config, indicators, region_names, parent=None):
        super().__init__(config, indicators, region_names, parent)
        self.plot = _plot(self, unit_text(indicators[0]))
        legend = self.plot.addLegend(offset=(4, 4), labelTextSize="8pt")
        legend.setBrush(pg.mkBrush(255, 255, 255, 160))
        self.curves = {}
        for i, ind in enumerate(indicators):
            same = len({indicator_label(x, region_names) for x in indicators}) == 1
            name = region_names.get(ind.region, ind.region) if same else data_text(ind.name, ind.name_en)
            pen = pg.mkPen(PALETTE[i % len(PALETTE)], width=1.6)
            self.curves[ind.code] = self.plot.plot([], [], pen=pen, name=name)
        self._drawn: dict[str, Window] = {}
        self.body.addWidget(self.plot, 1)

    def refresh(self, windows, now, span):
        for code, curve in self.curves.items():
            w = windows.get(code)
            if w is not None and len(w) and not _same_picture(self.plot, self._drawn.get(code), w):
                curve.setData(w.t, w.vmean)
                self._drawn[code] = w
        _scroll(self.plot, now, span, 0.0)
        values = [c.getData()[1] for c in self.curves.values()]
        values = [v for v in values if v is not None and len(v)]
        if values:
            _fit(self.plot, min(float(v.min()) for v in values), max(float(v.max()) for v in values))


TILE_KINDS = {"number": NumberTile, "series": SeriesTile, "compare": CompareTile}


def write_csv(path: str, rows: list[list], header: list[str]) -> None:
    # utf-8-sig so that spreadsheet programs on Chinese Windows open the names correctly.
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
