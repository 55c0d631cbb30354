"""The map's toolbar (breadcrumb, color mode, heat, measure, draw, export, prefetch) and the
"prefetch this area for offline" dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from dispatch_desk.domain.records import Indicator
from dispatch_desk.store.mbtiles import count_tiles, tiles_in_bounds
from dispatch_desk.ui.map.tiles import Prefetch

if TYPE_CHECKING:
    from dispatch_desk.ui.map.widget import MapWidget

MAX_PREFETCH_TILES = 20_000  # about 350 MB of raster tiles: beyond that, zoom in first
PREFETCH_DEPTH = 3  # zoom levels below the current one


class MapToolbar(QWidget):
    drill_requested = Signal(object)  # region code, or None for the whole city
    mode_requested = Signal(str, str)  # mode, indicator code ("" unless mode == "indicator")
    heat_toggled = Signal(bool)
    measure_requested = Signal()
    draw_requested = Signal()
    clear_requested = Signal()
    export_requested = Signal()
    prefetch_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, has_tiles: bool, indicators: Sequence[Indicator]) -> None:
        super().__init__(parent)
        self.setObjectName("mapToolbar")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.setSpacing(4)
        self.trail_box = QHBoxLayout()
        self.trail_box.setSpacing(0)
        row.addLayout(self.trail_box)
        row.addStretch(1)
        self.distance = QLabel(self)
        row.addWidget(self.distance)

        self.mode = QComboBox(self)
        self.mode.setToolTip(self.tr("Color the grid cells by"))
        # Item data: the mode, or "indicator:<code>".
        self.mode.addItem(self.tr("Grid load"), "load")
        self.mode.addItem(self.tr("Open incidents"), "open")
        self.mode.addItem(self.tr("Overdue incidents"), "overdue")
        seen: set[str] = set()
        for ind in indicators:
            if ind.name not in seen:
                seen.add(ind.name)
                self.mode.addItem(self.tr("Indicator: %1").replace("%1", ind.name), f"indicator:{ind.code}")
        self.mode.activated.connect(self._mode_chosen)
        row.addWidget(self.mode)

        def button(text: str, tip: str, checkable: bool = False) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setCheckable(checkable)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(b)
            return b

        self.heat = button(self.tr("Heat"), self.tr("Show incident density instead of markers"), True)
        self.heat.toggled.connect(self.heat_toggled)
        self.measure = button(self.tr("Measure"), self.tr("Click points on the map; double-click to finish"))
        self.measure.clicked.connect(self.measure_requested)
        self.draw = button(self.tr("Draw area"), self.tr("Draw an operation area; double-click to finish"))
        self.draw.clicked.connect(self.draw_requested)
        self.clear = button(self.tr("Clear"), self.tr("Remove measurements and drawn areas"))
        self.clear.clicked.connect(self.clear_requested)
        self.clear.clicked.connect(lambda: self.distance.clear())
        self.export = button(self.tr("Export…"), self.tr("Save the current view as a standalone HTML map"))
        self.export.clicked.connect(self.export_requested)
        self.prefetch = button(self.tr("Offline…"), self.tr("Prefetch the base map of this area for offline use"))
        self.prefetch.clicked.connect(self.prefetch_requested)
        self.prefetch.setVisible(has_tiles)
        self.show_trail([])

    def _mode_chosen(self, index: int) -> None:
        mode, _, code = str(self.mode.itemData(index)).partition(":")
        self.mode_requested.emit(mode, code)

    def show_trail(self, trail: Sequence[dict[str, Any]]) -> None:
        while self.trail_box.count():
            item = self.trail_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        steps = [{"code": None, "name": self.tr("Whole city")}, *trail]
        for i, step in enumerate(steps):
            if i:
                sep = QLabel("›", self)
                sep.setContentsMargins(3, 0, 3, 0)
                self.trail_box.addWidget(sep)
            b = QToolButton(self)
            b.setText(step["name"])
            b.setAutoRaise(True)
            b.setEnabled(i < len(steps) - 1)
            b.clicked.connect(lambda _=False, code=step["code"]: self.drill_requested.emit(code))
            self.trail_box.addWidget(b)

    def trail_names(self) -> list[str]:
        return [
            w.text() for i in range(self.trail_box.count())
            if isinstance(w := self.trail_box.itemAt(i).widget(), QToolButton)
        ]

    def show_mode(self, mode: str) -> None:
        for i in range(self.mode.count()):
            if str(self.mode.itemData(i)).partition(":")[0] == mode:
                self.mode.setCurrentIndex(i)
                return

    def show_distance(self, metres: float) -> None:
        text = f"{metres / 1000:.2f} km" if metres >= 1000 else f"{metres:.0f} m"
        self.distance.setText(self.tr("Distance: %1").replace("%1", text))


def prefetch_area(widget: MapWidget) -> Prefetch | None:
    """Ask, then fetch every missing tile of the visible area a few zoom levels deep."""
    cache, tiles, box = widget.tile_cache, widget.tiles, widget.view_box
    if cache is None or tiles is None or box is None:
        return None
    translate = QCoreApplication.translate
    title = translate("MapPrefetch", "Offline map")
    bounds = (box["west"], box["south"], box["east"], box["north"])
    zooms = (int(box["zoom"]), min(int(box["zoom"]) + PREFETCH_DEPTH, 18))
    if count_tiles(*bounds, *zooms) > MAX_PREFETCH_TILES:
        text = translate("MapPrefetch", "This area is too large to prefetch; zoom in first.")
        QMessageBox.information(widget, title, text)
        return None
    missing = len(cache.missing(list(tiles_in_bounds(*bounds, *zooms))))
    if missing == 0:
        QMessageBox.information(widget, title, translate("MapPrefetch", "This area is already available offline."))
        return None
    megabytes = missing * cache.average_tile_bytes() / 1e6
    text = translate("MapPrefetch", "Fetch %1 map tiles (zoom %2–%3, about %4 MB) for offline use?")
    text = text.replace("%1", str(missing)).replace("%2", str(zooms[0])).replace("%3", str(zooms[1]))
    text = text.replace("%4", f"{megabytes:.1f}")
    if QMessageBox.question(widget, title, text) != QMessageBox.StandardButton.Yes:
        return None
    job = Prefetch(cache, tiles.template, bounds, zooms, widget)
    dialog = PrefetchDialog(job, missing, widget)
    widget._prefetch = job  # kept alive while it runs
    widget._prefetch_dialog = dialog
    job.start()
    return job


class PrefetchDialog(QProgressDialog):
    """The progress of a prefetch, with Cancel. However the dialog is cancelled or dismissed before
    the job ends (its button, Escape, closing it, or `cancel()`, `reset()`, `hide()` from code), the
    download stops: QProgressDialog.cancel() from code does not emit `canceled`, so the button's
    signal alone would let the job run to its end behind a hidden dialog."""

    def __init__(self, job: Prefetch, missing: int, parent: QWidget) -> None:
        translate = QCoreApplication.translate
        super().__init__(translate("MapPrefetch", "Fetching map tiles…"), translate("MapPrefetch", "Cancel"),
                         0, max(missing, 1), parent)
        self.job = job
        self._ended = False
        self.setWindowTitle(translate("MapPrefetch", "Offline map"))
        # The dialog goes away when the job says it has ended, never on its own at the last value:
        # any other way it goes away is the officer (or the code) asking to stop.
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(0)
        self.canceled.connect(self._stop)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)

    def cancel(self) -> None:  # a Python caller's cancel(); the C++ one is caught in hideEvent
        self._stop()
        super().cancel()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._stop()

    def _stop(self) -> None:
        if not self._ended:
            self.job.cancel()

    def _progress(self, done: int, total: int, size: int) -> None:
        if self._ended or self.job.cancelled or self.wasCanceled():
            self._stop()
            return  # setValue would show a dismissed dialog again
        translate = QCoreApplication.translate
        self.setMaximum(max(total, 1))
        self.setValue(done)
        text = translate("MapPrefetch", "Fetched %1 of %2 tiles (%3 MB)")
        self.setLabelText(text.replace("%1", str(done)).replace("%2", str(total)).replace("%3", f"{size / 1e6:.1f}"))

    def _finished(self, fetched: int, failed: int, cancelled: bool) -> None:
        self._ended = True
        self.reset()
        self.hide()
        translate = QCoreApplication.translate
        text = translate("MapPrefetch", "Offline map: %1 tiles fetched, %2 failed")
        if cancelled:
            text = translate("MapPrefetch", "Offline map: %1 tiles fetched, %2 failed (cancelled)")
        parent = self.parent()
        bus = getattr(getattr(parent, "ctx", None), "bus", None)
        if bus is not None:
            bus.status_message.emit(text.replace("%1", str(fetched)).replace("%2", str(failed)))
        self.deleteLater()
