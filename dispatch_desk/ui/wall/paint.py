"""The wall display's pages, painted: sizes follow the screen (one unit is 1/54 of its height, 20 px on a
1080-line screen), so every figure is readable from across the room on any wall.

Each page is a widget that paints a `WallSnapshot` and nothing else; it never reads the cache. Colours
are the wall's own dark scheme (a big screen in a lit room), whatever the desk's theme.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from dispatch_desk.domain.alerting import Level
from dispatch_desk.domain.records import Direction, RegionLevel
from dispatch_desk.ui.common.labels import format_countdown
from dispatch_desk.ui.shell import citytime
from dispatch_desk.ui.wall.snapshot import SPARK_SPAN, TOP_STREETS, Figures, IndicatorNow, WallSnapshot

BACKGROUND = QColor("#0a1524")
PANEL = QColor("#11223a")
LINE = QColor("#243a57")
TEXT = QColor("#eef3fa")
MUTED = QColor("#93a7c0")
ACCENT = QColor("#4cc3ff")
GOOD = QColor("#3ecf8e")
WARN = QColor("#f5b942")
ALARM = QColor("#ff5a5f")
T = TypeVar("T")
LEVEL_COLOURS = {Level.NORMAL: GOOD, Level.WARN: WARN, Level.ALARM: ALARM}


translate = QCoreApplication.translate  # lupdate reads the literal translate("Wall", ...) calls


def unit_of(widget: QWidget) -> float:
    """One layout unit: 1/54 of the height, narrowed on a screen narrower than 16:9."""
    return max(6.0, min(widget.height() / 54, widget.width() / 96))


def font(u: float, size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(8, round(u * size)))
    f.setBold(bold)
    return f


def text(p: QPainter, rect: QRectF, s: str, f: QFont, colour: QColor = TEXT,
         align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
    """One line, elided to the rect's width."""
    p.setFont(f)
    p.setPen(colour)
    p.drawText(rect, align, QFontMetricsF(f).elidedText(s, Qt.TextElideMode.ElideRight, rect.width()))


def panel(p: QPainter, rect: QRectF, u: float, title: str = "") -> QRectF:
    """A rounded panel with an optional title; returns the area left inside it."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(PANEL)
    p.drawRoundedRect(rect, u * 0.5, u * 0.5)
    inner = rect.adjusted(u, u * 0.7, -u, -u * 0.7)
    if title:
        text(p, QRectF(inner.left(), inner.top(), inner.width(), u * 2), title, font(u, 1.3, True), MUTED)
        inner.setTop(inner.top() + u * 2.4)
    return inner


def grouped(n: int) -> str:
    return f"{n:,}"


def overdue_by(due: datetime, now: datetime) -> str:
    return translate("Wall", "%1 over").replace("%1", format_countdown(max(0.0, (now - due).total_seconds())))


def value_text(ind: IndicatorNow) -> str:
    return "—" if ind.value is None else f"{ind.value:.{max(0, ind.indicator.decimals)}f}"


def reading_state(ind: IndicatorNow) -> tuple[str, QColor]:
    """The word and colour of an indicator's latest reading; without one nothing is claimed (no "normal")."""
    if ind.value is None:
        return translate("Wall", "No reading yet"), MUTED
    return level_word(ind.level), LEVEL_COLOURS[ind.level]


def level_word(level: Level) -> str:
    return {Level.NORMAL: translate("Wall", "Normal"), Level.WARN: translate("Wall", "Warning"), Level.ALARM: translate("Wall", "Alarm")}[level]


def listed(p: QPainter, r: QRectF, row_h: float, items: Sequence[T]) -> Iterator[tuple[float, T]]:
    """The items that fit in `r`, one per row of `row_h`, each with the top of its row; a line between rows."""
    for n, item in enumerate(items[: max(1, int(r.height() // row_h))]):
        y = r.top() + n * row_h
        if n:
            p.setPen(QPen(LINE, 1))
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        yield y, item


class Page(QWidget):
    """A page of the wall: paints the snapshot it was given, or a calm word while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: WallSnapshot | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def title(self) -> str:
        raise NotImplementedError

    def show_snapshot(self, snapshot: WallSnapshot | None) -> None:
        self.snapshot = snapshot
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        u = unit_of(self)
        area = QRectF(self.rect()).adjusted(u, u * 0.5, -u, -u)
        if self.snapshot is None:
            text(p, area, translate("Wall", "Reading the local cache…"), font(u, 2), MUTED, Qt.AlignmentFlag.AlignCenter)
        else:
            self.paint(p, area, u, self.snapshot)
        p.end()

    def paint(self, p: QPainter, area: QRectF, u: float, s: WallSnapshot) -> None:
        raise NotImplementedError


# ---- the overview: map, today's counts, the longest overdue ------------------------------------------------


def paint_number(p: QPainter, rect: QRectF, u: float, label: str, value: int, colour: QColor = TEXT,
                 note: str = "") -> None:
    """A labelled count; every cell keeps a line for its note, so that the figures of a row align."""
    inner = panel(p, rect, u)
    text(p, QRectF(inner.left(), inner.top(), inner.width(), u * 1.8), label, font(u, 1.4), MUTED)
    big = QRectF(inner.left(), inner.top() + u * 1.8, inner.width(), inner.height() - u * 3.4)
    text(p, big, grouped(value), font(u, min(5.2, big.height() / u * 0.9), True), colour)
    if note:
        text(p, QRectF(inner.left(), inner.bottom() - u * 1.6, inner.width(), u * 1.6), note, font(u, 1.15), MUTED)


FEW, MANY = QColor("#173456"), QColor("#2f9ee8")


def load_colour(open_count: int, most: int) -> QColor:
    """A street's fill by its open incidents, from calm navy (none) to bright blue (the city's busiest street);
    overdue incidents are the red dots on top, so that they stand out on any street."""
    share = min(1.0, open_count / max(1, most)) ** 0.8

    def mix(a: int, b: int) -> int:
        return int(round(a + (b - a) * share))

    return QColor(mix(FEW.red(), MANY.red()), mix(FEW.green(), MANY.green()), mix(FEW.blue(), MANY.blue()))


class MapPainter:
    """Lon/lat → pixels for the snapshot's outlines, keeping the map's proportions at the city's latitude."""

    def __init__(self, s: WallSnapshot, rect: QRectF) -> None:
        lons = [x for a in s.areas for x, _ in a.ring] or [0.0, 1.0]
        lats = [y for a in s.areas for _, y in a.ring] or [0.0, 1.0]
        self.west, self.east, self.south, self.north = min(lons), max(lons), min(lats), max(lats)
        squash = math.cos(math.radians((self.south + self.north) / 2))
        width = max(1e-9, (self.east - self.west) * squash)
        height = max(1e-9, self.north - self.south)
        self.scale = min(rect.width() / width, rect.height() / height)
        self.squash = squash
        self.left = rect.left() + (rect.width() - width * self.scale) / 2
        self.top = rect.top() + (rect.height() - height * self.scale) / 2

    def point(self, lon: float, lat: float) -> QPointF:
        return QPointF(self.left + (lon - self.west) * self.squash * self.scale, self.top + (self.north - lat) * self.scale)

    def polygon(self, ring: Sequence[tuple[float, float]]) -> QPolygonF:
        return QPolygonF([self.point(x, y) for x, y in ring])


def paint_map(p: QPainter, rect: QRectF, u: float, s: WallSnapshot) -> None:
    if not s.areas:
        text(p, rect, translate("Wall", "No district outlines in the local cache"), font(u, 1.5), MUTED, Qt.AlignmentFlag.AlignCenter)
        return
    legend_h = u * 2.2
    m = MapPainter(s, rect.adjusted(0, 0, 0, -legend_h))
    most = max((f.open for f in s.streets.values()), default=1)
    streets = [a for a in s.areas if a.level is RegionLevel.STREET]
    districts = [a for a in s.areas if a.level is RegionLevel.DISTRICT]
    p.setPen(QPen(BACKGROUND, max(1.0, u * 0.08)))
    for a in streets:
        f = s.streets.get(a.code)
        p.setBrush(load_colour(f.open if f else 0, most))
        p.drawPolygon(m.polygon(a.ring))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor(238, 243, 250, 170), max(1.5, u * 0.14)))
    for a in districts:
        p.drawPolygon(m.polygon(a.ring))
    # overdue incidents as red dots with a dark rim, so that they stand out on red streets too
    radius = max(2.0, u * 0.27)
    p.setPen(QPen(QColor(10, 21, 36, 200), max(1.0, u * 0.06)))
    p.setBrush(ALARM)
    for lon, lat in s.overdue_points:
        p.drawEllipse(m.point(lon, lat), radius, radius)
    # district names with their open and overdue counts
    by_code = {f.code: f for f in s.districts}
    name_font, count_font = font(u, 1.25, True), font(u, 1.05)
    for a in districts:
        if a.label is None:
            continue
        c = m.point(*a.label)
        f = by_code.get(a.code)
        label = QRectF(c.x() - u * 9, c.y() - u * 1.5, u * 18, u * 1.6)
        halo(p, label, a.name, name_font, TEXT)
        if f is not None:
            counts = translate("Wall", "%1 open · %2 overdue").replace("%1", grouped(f.open)).replace("%2", grouped(f.overdue))
            halo(p, QRectF(label.left(), label.bottom(), label.width(), u * 1.4), counts, count_font,
                 QColor("#ffd0d2") if f.overdue else MUTED)
    # legend: the fill's scale, then the dots
    y = rect.bottom() - legend_h + u * 0.4
    small = font(u, 1.1)
    metrics = QFontMetricsF(small)
    x = rect.left()
    few, many = translate("Wall", "Open incidents: few"), translate("Wall", "many")
    text(p, QRectF(x, y, metrics.horizontalAdvance(few) + u, u * 1.6), few, small, MUTED)
    x += metrics.horizontalAdvance(few) + u * 0.6
    steps = 6
    for n in range(steps):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(load_colour(n, steps - 1))
        p.drawRect(QRectF(x + n * u * 1.2, y + u * 0.35, u * 1.2, u * 0.9))
    x += steps * u * 1.2 + u * 0.6
    text(p, QRectF(x, y, metrics.horizontalAdvance(many) + u, u * 1.6), many, small, MUTED)
    x += metrics.horizontalAdvance(many) + u * 2
    p.setPen(QPen(QColor(10, 21, 36, 200), max(1.0, u * 0.06)))
    p.setBrush(ALARM)
    p.drawEllipse(QPointF(x + u * 0.6, y + u * 0.8), radius * 1.3, radius * 1.3)
    text(p, QRectF(x + u * 1.6, y, u * 14, u * 1.6), translate("Wall", "Overdue incident"), small, MUTED)


def halo(p: QPainter, rect: QRectF, s: str, f: QFont, colour: QColor) -> None:
    """Centred text with a dark outline, readable on any fill."""
    metrics = QFontMetricsF(f)
    s = metrics.elidedText(s, Qt.TextElideMode.ElideRight, rect.width())
    width = metrics.horizontalAdvance(s)
    base = QPointF(rect.center().x() - width / 2, rect.center().y() + (metrics.ascent() - metrics.descent()) / 2)
    path = QPainterPath()
    path.addText(base, f, s)
    p.setPen(QPen(QColor(10, 21, 36, 220), max(2.0, f.pixelSize() * 0.22), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(path)


class OverviewPage(Page):
    def title(self) -> str:
        return translate("Wall", "City overview")

    def paint(self, p: QPainter, area: QRectF, u: float, s: WallSnapshot) -> None:
        split = area.left() + area.width() * 0.6
        map_rect = QRectF(area.left(), area.top(), split - area.left() - u, area.height())
        inner = panel(p, map_rect, u, translate("Wall", "Open incidents by street"))
        paint_map(p, inner, u, s)

        right = QRectF(split, area.top(), area.right() - split, area.height())
        gap = u * 0.8
        cell_w, cell_h = (right.width() - gap) / 2, u * 9.6
        city = s.city
        numbers = (
            (translate("Wall", "Reported today"), city.reported, TEXT, translate("Wall", "since midnight")),
            (translate("Wall", "Closed today"), city.closed, GOOD, translate("Wall", "since midnight")),
            (translate("Wall", "Open now"), city.open, ACCENT, translate("Wall", "%1 supervised").replace("%1", grouped(city.supervised))),
            (translate("Wall", "Overdue now"), city.overdue, ALARM if city.overdue else GOOD,
             translate("Wall", "%1 near the deadline").replace("%1", grouped(city.near))),
        )
        for n, (label, value, colour, note) in enumerate(numbers):
            cell = QRectF(right.left() + (n % 2) * (cell_w + gap), right.top() + (n // 2) * (cell_h + gap), cell_w, cell_h)
            paint_number(p, cell, u, label, value, colour, note)

        top = right.top() + 2 * (cell_h + gap)
        listing = panel(p, QRectF(right.left(), top, right.width(), right.bottom() - top), u, translate("Wall", "Overdue the longest"))
        if not s.overdue:
            text(p, listing, translate("Wall", "Nothing is overdue"), font(u, 1.8, True), GOOD, Qt.AlignmentFlag.AlignCenter)
            return
        row_h = u * 3.5
        title_f, detail_f, late_f = font(u, 1.35, True), font(u, 1.1), font(u, 1.25, True)
        late_w = u * 12
        for y, item in listed(p, listing, row_h, s.overdue):
            body = QRectF(listing.left(), y + u * 0.25, listing.width() - late_w, u * 1.7)
            text(p, body, item.title, title_f)
            detail = " · ".join(x for x in (item.category, item.place, item.agency) if x)
            text(p, QRectF(body.left(), body.bottom(), body.width(), u * 1.4), detail, detail_f, MUTED)
            text(p, QRectF(listing.right() - late_w, y, late_w, row_h), overdue_by(item.due_at, s.at), late_f, ALARM,
                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# ---- vital signs ------------------------------------------------------------------------------------------


def paint_spark(p: QPainter, rect: QRectF, u: float, ind: IndicatorNow, now: datetime) -> None:
    spark = ind.spark
    values = [v for _, v in spark]
    thresholds = [t for t in (ind.indicator.warn, ind.indicator.alarm) if t is not None]
    if not values:
        text(p, rect, translate("Wall", "No readings in the last 6 hours"), font(u, 1.1), MUTED, Qt.AlignmentFlag.AlignCenter)
        return
    low, high = min(values + thresholds), max(values + thresholds)
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad
    end = now.timestamp()
    start = end - SPARK_SPAN.total_seconds()

    def at(t: float, v: float) -> QPointF:
        return QPointF(rect.left() + (t - start) / (end - start) * rect.width(),
                       rect.bottom() - (v - low) / (high - low) * rect.height())

    for threshold, colour in ((ind.indicator.warn, WARN), (ind.indicator.alarm, ALARM)):
        if threshold is not None:
            pen = QPen(colour, max(1.0, u * 0.08), Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = at(start, threshold).y()
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    line = QPolygonF([at(t, v) for t, v in spark])
    fill = QPolygonF(line)
    fill.append(QPointF(line.last().x(), rect.bottom()))
    fill.append(QPointF(line.first().x(), rect.bottom()))
    colour = LEVEL_COLOURS[ind.level]
    shade = QColor(colour)
    shade.setAlpha(50)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(shade)
    p.drawPolygon(fill)
    p.setPen(QPen(colour, max(1.5, u * 0.16)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(line)


def paint_spark_times(p: QPainter, rect: QRectF, u: float, now: datetime) -> None:
    """Under a sparkline: where its six hours begin and end."""
    f = font(u, 0.95)
    text(p, rect, translate("Wall", "6 hours ago"), f, MUTED)
    text(p, rect, citytime.in_city(now).strftime("%H:%M"), f, MUTED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def paint_indicator(p: QPainter, rect: QRectF, u: float, ind: IndicatorNow, now: datetime) -> None:
    inner = panel(p, rect, u)
    word, colour = reading_state(ind)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(rect.left(), rect.top(), u * 0.45, rect.height()), u * 0.2, u * 0.2)
    text(p, QRectF(inner.left(), inner.top(), inner.width(), u * 1.8), ind.name, font(u, 1.4, True))
    value_f = font(u, 3.6, True)
    value = value_text(ind)
    value_w = QFontMetricsF(value_f).horizontalAdvance(value)
    row = QRectF(inner.left(), inner.top() + u * 2, inner.width(), u * 4.2)
    text(p, QRectF(row.left(), row.top(), value_w + u * 0.2, row.height()), value, value_f, colour)
    text(p, QRectF(row.left() + value_w + u * 0.6, row.top() + u * 1.1, row.width() - value_w - u * 0.6, u * 2.4),
         ind.unit, font(u, 1.4), MUTED)
    limits = []
    up = ind.indicator.direction is Direction.UP
    sign = "≥" if up else "≤"
    if ind.indicator.warn is not None:
        limits.append(translate("Wall", "warning %1").replace("%1", f"{sign} {ind.indicator.warn:g}"))
    if ind.indicator.alarm is not None:
        limits.append(translate("Wall", "alarm %1").replace("%1", f"{sign} {ind.indicator.alarm:g}"))
    status = QRectF(inner.left(), row.bottom(), inner.width(), u * 1.6)
    text(p, status, " · ".join([word, *limits]), font(u, 1.1), colour if ind.level else MUTED)
    times_h = u * 1.3
    chart = QRectF(inner.left(), status.bottom() + u * 0.6, inner.width(), inner.bottom() - status.bottom() - u * 0.6 - times_h)
    paint_spark(p, chart, u, ind, now)
    paint_spark_times(p, QRectF(chart.left(), chart.bottom(), chart.width(), times_h), u, now)


class SignsPage(Page):
    def title(self) -> str:
        return translate("Wall", "City vital signs")

    def paint(self, p: QPainter, area: QRectF, u: float, s: WallSnapshot) -> None:
        strip_h = u * 5
        grid = QRectF(area.left(), area.top(), area.width(), area.height() - strip_h - u)
        if not s.indicators:
            text(p, grid, translate("Wall", "No vital signs with readings in the local cache"), font(u, 1.8), MUTED,
                 Qt.AlignmentFlag.AlignCenter)
        else:
            count = len(s.indicators)
            cols = 4 if count > 6 else 3 if count > 4 else max(1, min(count, 2))
            rows = math.ceil(count / cols)
            gap = u * 0.8
            w = (grid.width() - gap * (cols - 1)) / cols
            h = (grid.height() - gap * (rows - 1)) / rows
            for n, ind in enumerate(s.indicators):
                cell = QRectF(grid.left() + (n % cols) * (w + gap), grid.top() + (n // cols) * (h + gap), w, h)
                paint_indicator(p, cell, u, ind, s.at)
        strip = QRectF(area.left(), area.bottom() - strip_h, area.width(), strip_h)
        a = s.alerts
        parts = ((translate("Wall", "Alarms"), a.alarms, ALARM), (translate("Wall", "Warnings"), a.warnings, WARN),
                 (translate("Wall", "Early warnings (forecast)"), a.early_warnings, ACCENT),
                 (translate("Wall", "Not yet acknowledged"), a.alarms_unacknowledged + a.warnings_unacknowledged, TEXT))
        w = (strip.width() - u * 0.8 * 3) / 4
        for n, (label, value, colour) in enumerate(parts):
            cell = QRectF(strip.left() + n * (w + u * 0.8), strip.top(), w, strip.height())
            inner = panel(p, cell, u)
            text(p, QRectF(inner.left(), inner.top(), inner.width() * 0.65, inner.height()), label, font(u, 1.35), MUTED)
            text(p, inner, grouped(value), font(u, 2.6, True), colour if value else MUTED,
                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# ---- districts and joint command -----------------------------------------------------------------------------


def top_streets(s: WallSnapshot, count: int = TOP_STREETS) -> list[Figures]:
    """The streets with the most overdue incidents, then the most open ones."""
    busy = [f for f in s.streets.values() if f.open]
    return sorted(busy, key=lambda f: (-f.overdue, -f.open, f.code))[:count]


def alert_word(level: str) -> str:
    return {"alarm": translate("Wall", "Alarm"), "forecast": translate("Wall", "Early warning"),
            "external": translate("Wall", "External"), "device": translate("Wall", "Sensor silent"),
            "duty": translate("Wall", "Duty unstaffed")}.get(
        level, translate("Wall", "Warning"))


ALERT_COLOURS = {"alarm": ALARM, "warn": WARN, "forecast": ACCENT, "external": WARN, "device": MUTED, "duty": WARN}


class DistrictsPage(Page):
    def title(self) -> str:
        return translate("Wall", "Districts, streets and joint command")

    def paint(self, p: QPainter, area: QRectF, u: float, s: WallSnapshot) -> None:
        split = area.left() + area.width() * 0.62
        left = QRectF(area.left(), area.top(), split - area.left() - u, area.height())
        streets = top_streets(s)
        district_h = min(left.height() * 0.5, u * (6.2 + 3.4 * max(1, len(s.districts))))
        self._bars(p, panel(p, QRectF(left.left(), left.top(), left.width(), district_h), u,
                            translate("Wall", "Open incidents by district")), u, list(s.districts))
        rest = QRectF(left.left(), left.top() + district_h + u * 0.8, left.width(), left.height() - district_h - u * 0.8)
        self._bars(p, panel(p, rest, u, translate("Wall", "Streets with the most overdue incidents")), u, streets)

        right = QRectF(split, area.top(), area.right() - split, area.height())
        ops_h = min(right.height() * 0.45, u * (4.6 + 4.6 * max(1, len(s.operations))))
        self._operations(p, panel(p, QRectF(right.left(), right.top(), right.width(), ops_h), u,
                                  translate("Wall", "Joint command running")), u, s)
        alerts = QRectF(right.left(), right.top() + ops_h + u * 0.8, right.width(), right.height() - ops_h - u * 0.8)
        self._alerts(p, panel(p, alerts, u, translate("Wall", "Alerts not cleared")), u, s)

    @staticmethod
    def _bars(p: QPainter, r: QRectF, u: float, rows: list[Figures]) -> None:
        if not rows:
            text(p, r, translate("Wall", "No open incidents"), font(u, 1.6), MUTED, Qt.AlignmentFlag.AlignCenter)
            return
        head_h = u * 1.6
        columns = ((translate("Wall", "Reported today"), TEXT), (translate("Wall", "Closed today"), GOOD), (translate("Wall", "Overdue"), ALARM))
        col_w = u * 8.5
        name_f, num_f, label_f = font(u, 1.35, True), font(u, 1.5, True), font(u, 1.2, True)
        # as wide as the longest name (English ones run long), within a third of the panel
        widest = max(QFontMetricsF(name_f).horizontalAdvance(f.name) for f in rows)
        name_w = max(u * 6, min(widest + u, r.width() * 0.34))
        bar_left = r.left() + name_w
        bar_right = r.right() - col_w * len(columns) - u
        head_f = font(u, 1.05)
        for n, (label, _c) in enumerate(columns):
            text(p, QRectF(bar_right + u + n * col_w, r.top(), col_w, head_h), label, head_f, MUTED,
                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        key = ((translate("Wall", "Open:"), MUTED), (translate("Wall", "overdue"), ALARM),
               (translate("Wall", "near the deadline"), WARN), (translate("Wall", "in time"), ACCENT))
        key_w = sum(QFontMetricsF(head_f).horizontalAdvance(word) + u * 0.8 for word, _ in key)
        x = bar_left if bar_left + key_w <= bar_right else r.left()  # over the names when the bars are narrow
        for word, colour in key:
            width = min(QFontMetricsF(head_f).horizontalAdvance(word) + u * 0.8, bar_right - x)
            if width < u * 2:
                break  # the key never runs into the column headings
            text(p, QRectF(x, r.top(), width, head_h), word, head_f, colour)
            x += width
        body = r.adjusted(0, head_h + u * 0.3, 0, 0)
        rows = rows[: max(1, int(body.height() // (u * 2.4)))]
        row_h = min(u * 3.4, body.height() / len(rows))
        most = max(f.open for f in rows) or 1
        for n, f in enumerate(rows):
            y = body.top() + n * row_h
            text(p, QRectF(r.left(), y, name_w - u * 0.5, row_h), f.name, name_f)
            bar = QRectF(bar_left, y + row_h * 0.2, (bar_right - bar_left - u * 3) * f.open / most, row_h * 0.6)
            x = bar.left()
            for count, colour in ((f.overdue, ALARM), (f.near, WARN), (f.open - f.overdue - f.near, ACCENT)):
                width = bar.width() * count / f.open if f.open else 0
                if width > 0:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(colour)
                    p.drawRect(QRectF(x, bar.top(), width, bar.height()))
                    x += width
            label = grouped(f.open)
            label_w = QFontMetricsF(label_f).horizontalAdvance(label) + u * 0.6
            inside = bar.width() > label_w + u * 4
            text(p, QRectF(bar.right() - label_w if inside else bar.right() + u * 0.4, y, label_w, row_h), label,
                 label_f, BACKGROUND if inside else TEXT)
            for k, value in enumerate((f.reported, f.closed, f.overdue)):
                colour = columns[k][1] if value else MUTED
                text(p, QRectF(bar_right + u + k * col_w, y, col_w, row_h), grouped(value), num_f, colour,
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _operations(p: QPainter, r: QRectF, u: float, s: WallSnapshot) -> None:
        if not s.operations:
            text(p, r, translate("Wall", "No joint command is running"), font(u, 1.5), MUTED, Qt.AlignmentFlag.AlignCenter)
            return
        row_h = u * 4.6
        for y, op in listed(p, r, row_h, s.operations):
            level = translate("Wall", "Level %1 response").replace("%1", "ⅠⅡⅢⅣ"[op.level - 1]) if 1 <= op.level <= 4 else ""
            text(p, QRectF(r.left(), y + u * 0.4, r.width(), u * 2), op.name, font(u, 1.5, True))
            line = " · ".join(x for x in (level, translate("Wall", "%n open task(s)", None, op.open_tasks)) if x)
            f = font(u, 1.2)
            text(p, QRectF(r.left(), y + u * 2.5, r.width(), u * 1.6), line, f, MUTED)
            if op.overdue_tasks:
                width = QFontMetricsF(f).horizontalAdvance(line + " · ")
                text(p, QRectF(r.left() + width, y + u * 2.5, r.width() - width, u * 1.6),
                     translate("Wall", "%n overdue", None, op.overdue_tasks), font(u, 1.2, True), ALARM)

    @staticmethod
    def _alerts(p: QPainter, r: QRectF, u: float, s: WallSnapshot) -> None:
        if not s.active_alerts:
            text(p, r, translate("Wall", "No alert is open"), font(u, 1.5), GOOD, Qt.AlignmentFlag.AlignCenter)
            return
        row_h = u * 3.3
        word_w = u * 6
        for y, alert in listed(p, r, row_h, s.active_alerts):
            colour = ALERT_COLOURS.get(alert.level, WARN)
            text(p, QRectF(r.left(), y + u * 0.2, word_w, u * 1.7), alert_word(alert.level),
                 font(u, 1.25, True), colour)
            text(p, QRectF(r.left() + word_w, y + u * 0.2, r.width() - word_w, u * 1.7), alert.title, font(u, 1.25, True))
            since = translate("Wall", "since %1").replace("%1", citytime.short(alert.raised_at, s.at))
            detail = " · ".join(x for x in (alert.value, since, "" if alert.acknowledged else translate("Wall", "not acknowledged")) if x)
            text(p, QRectF(r.left() + word_w, y + u * 1.8, r.width() - word_w, u * 1.4), detail, font(u, 1.05), MUTED)


PAGES: tuple[type[Page], ...] = (OverviewPage, SignsPage, DistrictsPage)
