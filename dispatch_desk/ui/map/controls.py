"""The map's toolbar (breadcrumb, color mode, heat, measure, draw, export, prefetch) and the
"prefetch this area for offline" dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from dispatch_desk.domain.records import Indicator
from dispatch_desk.store.mbtiles import count_tiles, tiles_in_bounds
from dispatch_desk.ui.map.tiles import Prefetch
from dispatch_desk.ui.shell.i18n import data_text

if TYPE_CHECKING:
    from dispatch_desk.ui.map.widget import MapWidget

MAX_PREFETCH_TILES = 20_000  # about 350 MB of raster tiles: beyond that, zoom in first
PREFETCH_DEPTH = 3  # zoom levels below the current one


class ModeBox(QComboBox):
    """The color-mode box: as wide as the mode chosen, not as the longest indicator name; the list
    that drops down is as wide as its longest entry."""

    def _width_for(self, text: str) -> int:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        content = QSize(self.fontMetrics().horizontalAdvance(text) + 4, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, content, self).width()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._width_for(self.currentText()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(self.sizeHint().width(), self._width_for("…" * 4)), hint.height())

    def showPopup(self) -> None:
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        self.view().setMinimumWidth(widest + 40)
        super().showPopup()


class Breadcrumb(QWidget):
    """Whole city › district › street: real names, each a button that drills back up. When the
    row is short of room only the middle levels are shortened (to "…" at worst); the first and
    the current level keep their names, and every crumb shows the full path as its tooltip."""

    drill_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.steps: list[dict[str, Any]] = []
        self.buttons: list[QToolButton] = []
        self._room: int | None = None  # the width given by the toolbar; None: as wide as it likes

    def show_trail(self, steps: Sequence[dict[str, Any]]) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.steps, self.buttons = list(steps), []
        path = " › ".join(s["name"] for s in self.steps)
        self.setToolTip(path)
        for i, step in enumerate(self.steps):
            if i:
                sep = QLabel("›", self)
                sep.setContentsMargins(3, 0, 3, 0)
                self.row.addWidget(sep)
            b = QToolButton(self)
            b.setText(step["name"])
            b.setToolTip(path)
            b.setAutoRaise(True)
            if i < len(self.steps) - 1:
                b.clicked.connect(lambda _=False, code=step["code"]: self.drill_requested.emit(code))
            else:  # where the map is: in bold, readable (not greyed as a disabled button), not a button
                font = b.font()
                font.setBold(True)
                b.setFont(font)
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.row.addWidget(b)
            self.buttons.append(b)
        self.fit(self._room)

    def _button_width(self, b: QToolButton, text: str) -> int:
        return b.sizeHint().width() - b.fontMetrics().horizontalAdvance(b.text()) + b.fontMetrics().horizontalAdvance(text)

    def _separators(self) -> int:
        return sum(w.sizeHint().width() for i in range(self.row.count())
                   if isinstance(w := self.row.itemAt(i).widget(), QLabel))

    def full_width(self) -> int:
        return self._separators() + sum(self._button_width(b, s["name"]) for b, s in zip(self.buttons, self.steps,
                                                                                            strict=True))

    def fit(self, room: int | None) -> None:
        """Set the crumbs' texts to fit `room` pixels (None: full names)."""
        self._room = room
        names = [s["name"] for s in self.steps]
        texts = list(names)
        if room is not None and self.buttons:
            over = self.full_width() - room
            middle = list(range(1, len(names) - 1))
            for i in middle:  # shorten the middle levels, nearest the city first
                if over <= 0:
                    break
                b, full = self.buttons[i], self._button_width(self.buttons[i], names[i])
                least = self._button_width(b, "…")
                target = max(least, full - over)
                pad = full - b.fontMetrics().horizontalAdvance(names[i])
                texts[i] = b.fontMetrics().elidedText(names[i], Qt.TextElideMode.ElideRight, max(target - pad, 0))
                if not texts[i] or texts[i] == "":
                    texts[i] = "…"
                over -= full - self._button_width(b, texts[i])
            if over > 0:  # the current level, as a last resort, rather than cut off at the edge
                b, last = self.buttons[-1], len(names) - 1
                full = self._button_width(b, names[last])
                pad = full - b.fontMetrics().horizontalAdvance(names[last])
                texts[last] = b.fontMetrics().elidedText(names[last], Qt.TextElideMode.ElideRight,
                                                         max(full - over - pad, b.fontMetrics().horizontalAdvance("…")))
        for b, text in zip(self.buttons, texts, strict=True):
            if b.text() != text:
                b.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self._separators() + sum(b.sizeHint().width() for b in self.buttons)
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class MapToolbar(QWidget):
    """One row that fits the map's width: the tools that do not fit go into a "More" menu, in
    reverse order of use (the offline prefetch first, heat last), then the breadcrumb's middle
    levels shorten. Never wider than the map: the toolbar asks for no minimum width."""

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
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.setSpacing(4)
        self.row = row
        self.trail = Breadcrumb(self)
        self.trail.drill_requested.connect(self.drill_requested)
        self.trail_box = self.trail.row
        row.addWidget(self.trail)
        row.addStretch(1)
        self.distance = QLabel(self)
        self.distance.hide()  # shown with a measurement: an empty label would still take a gap of the row
        row.addWidget(self.distance)

        self.mode = ModeBox(self)
        self.mode.setToolTip(self.tr("Color the grid cells by"))
        # Item data: the mode, or "indicator:<code>".
        self.mode.addItem(self.tr("Grid load"), "load")
        self.mode.addItem(self.tr("Open incidents"), "open")
        self.mode.addItem(self.tr("Overdue incidents"), "overdue")
        seen: set[str] = set()
        for ind in indicators:
            name = data_text(ind.name, ind.name_en)
            if name in seen:
                continue
            seen.add(name)
            unit = data_text(ind.unit, ind.unit_en)
            label = self.tr("Indicator: %1").replace("%1", name)
            if unit:
                label = self.tr("%1 (%2)", "indicator and its unit").replace("%1", label).replace("%2", unit)
            self.mode.addItem(label, f"indicator:{ind.code}")
        self.mode.activated.connect(self._mode_chosen)
        self.mode.currentIndexChanged.connect(lambda _i: self._refit())
        row.addWidget(self.mode)

        self.tools: list[QToolButton] = []  # in the order shown; overflow takes them from the end

        def button(text: str, tip: str, checkable: bool = False) -> QToolButton:
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setCheckable(checkable)
            b = QToolButton(self)
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(b)
            self.tools.append(b)
            return b

        # Signals come from the actions: a tool in the More menu is the same action as its button.
        self.heat = button(self.tr("Heat"), self.tr("Show incident density instead of markers"), True)
        self.heat.defaultAction().toggled.connect(self.heat_toggled)
        self.measure = button(self.tr("Measure"), self.tr("Click points on the map; double-click to finish"))
        self.measure.defaultAction().triggered.connect(self.measure_requested)
        self.draw = button(self.tr("Draw area"), self.tr("Draw an operation area; double-click to finish"))
        self.draw.defaultAction().triggered.connect(self.draw_requested)
        self.clear = button(self.tr("Clear"), self.tr("Remove measurements and drawn areas"))
        self.clear.defaultAction().triggered.connect(self.clear_requested)
        self.clear.defaultAction().triggered.connect(self._clear_distance)
        self.export = button(self.tr("Export…"), self.tr("Save the current view as a standalone HTML map"))
        self.export.defaultAction().triggered.connect(self.export_requested)
        self.prefetch = button(self.tr("Offline…"), self.tr("Prefetch the base map of this area for offline use"))
        self.prefetch.defaultAction().triggered.connect(self.prefetch_requested)
        self.has_tiles = has_tiles
        self.prefetch.setVisible(has_tiles)

        self.more_menu = QMenu(self)
        self.more = QToolButton(self)
        self.more.setText(self.tr("More"))
        self.more.setToolTip(self.tr("The map tools that do not fit in this width"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(self.more_menu)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(self.more)
        self.more.hide()
        self.overflow: list[QToolButton] = []
        self.show_trail([])

    # ------------------------------------------------------------------ fitting the width
    def _wanted(self) -> list[QToolButton]:
        return [b for b in self.tools if b is not self.prefetch or self.has_tiles]

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        """Choose what shows in the row at this width; the rest goes into the More menu."""
        margins = self.row.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        gap = self.row.spacing()
        fixed = self.mode.sizeHint().width() + gap
        if not self.distance.isHidden():
            fixed += self.distance.sizeHint().width() + gap
        tools = self._wanted()
        widths = [b.sizeHint().width() + gap for b in tools]
        shown = len(tools)
        trail = self.trail.full_width()
        more = self.more.sizeHint().width() + gap

        def need(n: int) -> int:
            return trail + fixed + sum(widths[:n]) + (more if n < len(tools) else 0)

        while shown > 0 and need(shown) > room:
            shown -= 1
        overflow = tools[shown:]
        for i, b in enumerate(tools):
            b.setVisible(i < shown)
        if overflow != self.overflow:
            self.overflow = overflow
            for action in self.more_menu.actions():  # not clear(): that deletes them, buttons and all
                self.more_menu.removeAction(action)
            for b in overflow:
                self.more_menu.addAction(b.defaultAction())
        self.more.setVisible(bool(overflow))
        used = fixed + sum(widths[:shown]) + (more if overflow else 0)
        self.trail.fit(max(room - used, 0))

    def overflowed(self) -> list[str]:
        """The texts of the tools in the More menu (for tests and diagnostics)."""
        return [b.defaultAction().text() for b in self.overflow]

    def _mode_chosen(self, index: int) -> None:
        mode, _, code = str(self.mode.itemData(index)).partition(":")
        self.mode_requested.emit(mode, code)

    def show_trail(self, trail: Sequence[dict[str, Any]]) -> None:
        self.trail.show_trail([{"code": None, "name": self.tr("Whole city")}, *trail])
        self._refit()

    def trail_names(self) -> list[str]:
        """The breadcrumb's texts as shown (a shortened middle level shows as shortened)."""
        return [b.text() for b in self.trail.buttons]

    def trail_path(self) -> str:
        return self.trail.toolTip()

    def show_mode(self, mode: str) -> None:
        for i in range(self.mode.count()):
            if str(self.mode.itemData(i)).partition(":")[0] == mode:
                self.mode.setCurrentIndex(i)
                return

    def _clear_distance(self) -> None:
        self.distance.clear()
        self.distance.hide()
        self._refit()

    def show_distance(self, metres: float) -> None:
        text = f"{metres / 1000:.2f} km" if metres >= 1000 else f"{metres:.0f} m"
        self.distance.setText(self.tr("Distance: %1").replace("%1", text))
        self.distance.show()
        self._refit()


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
