"""The assessment as a file: an Excel workbook, a CSV table and a printable PDF report.

Every export holds what the page shows, in the officer's language: the period, the moment the figures
are as of and where they come from, the city's totals, and for each kind of unit its ranking with
every count, rate and stage time. The workbook has one sheet per kind of unit; the CSV holds the kind
on screen (UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese); the PDF
report has the totals, a bar chart of the scores and the ranking table, on as many A4 pages as it needs.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from dispatch_desk.domain import assessment as a
from dispatch_desk.ui.assess import words
from dispatch_desk.ui.assess.compute import KINDS, Assessed
from dispatch_desk.ui.assess.ranking import COLUMNS, score_color
from dispatch_desk.ui.assess.words import translate

UnitName = Callable[[a.UnitKind, str], str]
FORMATS = ("xlsx", "csv", "pdf")


@dataclass(frozen=True)
class Heading:
    title: str  # 考核评价 · 2026年11月
    source: str  # the page's line on where the figures come from


@dataclass(frozen=True)
class Table:
    headers: list[str]
    kinds: list[str]  # per column: "text" | "int" | "rate" | "score" | "change" | "hours"
    rows: list[list[Any]]  # raw values: rates as fractions, hours as floats, None where there is none


def table(result: Assessed, kind: a.UnitKind, unit_name: UnitName) -> Table:
    """One kind of unit: the ranking's columns, then every count, then each stage's median and p90."""
    headers = [" ".join(c.title(kind).split("\n")) for c in COLUMNS]  # the page's two-line titles on one
    kinds = [c.kind for c in COLUMNS]
    figure_names = words.figure_names()
    counted = [k for k in a.FIGURE_KEYS if k != "co_agency" or kind is a.UnitKind.AGENCY]
    headers += [figure_names[k] for k in counted]
    kinds += ["int"] * len(counted)
    stages = words.stage_names()
    for name in stages.values():
        headers += [translate("Assessment", "%1: median (h)").replace("%1", name),
                    translate("Assessment", "%1: 90th percentile (h)").replace("%1", name)]
        kinds += ["hours", "hours"]
    figures = result.figures.get(kind, {})
    rows = []
    for ranked in result.ranked.get(kind, []):
        f = figures[ranked.unit]
        row = [c.value(f, ranked) for c in COLUMNS]
        row[[c.key for c in COLUMNS].index("unit")] = unit_name(kind, f.unit)
        row += [f.counts[k] for k in counted]
        for stage in stages:
            row += [_hours(f.stage_p50.get(stage)), _hours(f.stage_p90.get(stage))]
        rows.append(row)
    return Table(headers, kinds, rows)


def city_table(result: Assessed) -> Table:
    """The city's totals, this period beside the one before."""
    headers = [translate("Assessment", "Figure"), translate("Assessment", "This period"),
               translate("Assessment", "Previous period")]
    rows: list[list[Any]] = []
    for key, name in words.figure_names().items():
        if key != "co_agency":
            rows.append([name, _count(result.city, key), _count(result.city_before, key)])
    for key, name in words.rate_names().items():
        rows.append([name, _rate(result.city, key), _rate(result.city_before, key)])
    kinds = ["text", "mixed", "mixed"]
    return Table(headers, kinds, rows)


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


def _count(figures: a.Figures | None, key: str) -> int | None:
    return None if figures is None else figures.counts[key]


def _rate(figures: a.Figures | None, key: str) -> float | None:
    return None if figures is None else figures.rates.get(key)


# --- CSV ------------------------------------------------------------------------------------------


def write_csv(path: Path, heading: Heading, data: Table) -> None:
    """The table as CSV: plain numbers (rates as percentages), the heading in two comment-free lines first."""
    with replacing(path) as tmp, open(tmp, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow([heading.title])
        writer.writerow([heading.source])
        writer.writerow(data.headers)
        for row in data.rows:
            writer.writerow([_plain(v, k) for v, k in zip(row, data.kinds, strict=True)])


def _plain(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "rate":
        return f"{100 * value:.1f}"
    return value


# --- Excel ----------------------------------------------------------------------------------------


def write_xlsx(path: Path, heading: Heading, result: Assessed, unit_name: UnitName) -> None:
    """A workbook: the city's totals, then one sheet per kind of unit, numbers kept as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    bold, head_fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF7")
    sheets = [(translate("Assessment", "City"), city_table(result))]
    sheets += [(words.unit_kind_names()[kind], table(result, kind, unit_name)) for kind in KINDS]
    for n, (name, data) in enumerate(sheets):
        sheet = book.active if n == 0 else book.create_sheet()
        sheet.title = name[:31]
        sheet.append([heading.title])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([heading.source])
        sheet.append(data.headers)
        for cell in sheet[3]:
            cell.font, cell.fill = bold, head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for row in data.rows:
            sheet.append([_cell(v, k) for v, k in zip(row, data.kinds, strict=True)])
        for r, row in enumerate(data.rows, start=4):
            for c, (value, kind) in enumerate(zip(row, data.kinds, strict=True), start=1):
                cell = sheet.cell(r, c)
                if kind == "rate" or (kind == "mixed" and isinstance(value, float)):
                    cell.number_format = "0.0%"
                elif kind in ("score", "hours"):
                    cell.number_format = "0.0"
                elif kind == "int" or (kind == "mixed" and isinstance(value, int)):
                    cell.number_format = "#,##0"
        sheet.freeze_panes = "A4" if n == 0 else "D4"
        for c, header in enumerate(data.headers, start=1):
            longest = max([_width(header), *(_width(words.value_text(data.kinds[c - 1], row[c - 1])) for row in data.rows)])
            sheet.column_dimensions[get_column_letter(c)].width = min(max(longest + 2, 6), 40)
    with replacing(path) as tmp:
        book.save(tmp)


def _cell(value: Any, kind: str) -> Any:
    if kind == "change" and value is not None:
        return words.change_text(value)  # ▲2 reads better than 2 in a ranking
    return value


def _width(value: str) -> int:
    """Columns of a spreadsheet a text needs: CJK characters are two wide."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in value)


# --- PDF ------------------------------------------------------------------------------------------


def write_pdf(path: Path, heading: Heading, result: Assessed, kind: a.UnitKind, unit_name: UnitName) -> int:
    """A printable A4 report for one kind of unit; returns its number of pages."""
    data = table(result, kind, unit_name)
    shown = list(range(len(COLUMNS)))  # the ranking's own columns: the full counts are in the workbook
    with replacing(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(heading.title)
        writer.setCreator("Dispatch Desk")
        writer.setResolution(144)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(translate("Assessment", "Cannot write %1").replace("%1", str(path)))
        try:
            pages = _Report(painter, writer).draw(heading, result, data, shown)
        finally:
            painter.end()
        del writer  # the file is complete once its writer is gone
    return pages


class _Report:
    """Draws the report page after page: totals, the score chart, then the ranking table."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.p, self.writer, self.w, self.h = painter, writer, writer.width(), writer.height()
        self.y = 0.0
        self.pages = 1
        self.base = QFont("Noto Sans CJK SC")
        self.base.setPointSizeF(9)
        self.line = self.p.fontMetrics().height() * 1.0

    def font(self, scale: float = 1.0, bold: bool = False) -> None:
        font = QFont(self.base)
        font.setPointSizeF(self.base.pointSizeF() * scale)
        font.setBold(bold)
        self.p.setFont(font)
        self.line = self.p.fontMetrics().height() * 1.35

    def room(self, needed: float) -> None:
        """A new page unless `needed` more fits on this one."""
        if self.y + needed > self.h:
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, x: float, width: float, value: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.p.drawText(QRectF(x, self.y, width, self.line), int(align | Qt.AlignmentFlag.AlignVCenter), value)

    def draw(self, heading: Heading, result: Assessed, data: Table, shown: list[int]) -> int:
        self.font(1.8, bold=True)
        self.text(0, self.w, heading.title)
        self.y += self.line
        self.font(0.95)
        self.p.setPen(QColor("#5f6368"))
        self.text(0, self.w, heading.source)
        self.p.setPen(QColor("#202124"))
        self.y += self.line * 1.4
        self._totals(result)
        self._chart(data)
        self._ranking(data, shown)
        return self.pages

    def _totals(self, result: Assessed) -> None:
        city = city_table(result)
        self.font(1.05, bold=True)
        self.text(0, self.w, translate("Assessment", "The city's totals"))
        self.y += self.line
        self.font()
        columns = 3
        per = (len(city.rows) + columns - 1) // columns
        cell = self.w / columns
        top = self.y
        for n, (name, now, before) in enumerate(city.rows):
            self.y = top + (n % per) * self.line
            x = (n // per) * cell
            kind = "rate" if isinstance(now, float) or isinstance(before, float) else "int"
            self.text(x, cell * 0.55, name)
            self.text(x + cell * 0.55, cell * 0.2, words.value_text(kind, now), Qt.AlignmentFlag.AlignRight)
            self.p.setPen(QColor("#5f6368"))
            self.text(x + cell * 0.75, cell * 0.22, words.value_text(kind, before), Qt.AlignmentFlag.AlignRight)
            self.p.setPen(QColor("#202124"))
        self.y = top + per * self.line + self.line
        self.p.setPen(QColor("#5f6368"))
        self.text(0, self.w, translate("Assessment", "Grey: the previous period"))
        self.p.setPen(QColor("#202124"))
        self.y += self.line * 1.4

    def _chart(self, data: Table) -> None:
        """The score of every unit as a bar, best first, coloured by its band."""
        score_at, unit_at = COLUMN_INDEX["score"], COLUMN_INDEX["unit"]
        scored = [(row[unit_at], row[score_at]) for row in data.rows if row[score_at] is not None]
        if not scored:
            return
        self.font(1.05, bold=True)
        self.room(self.line * 3)
        self.text(0, self.w, translate("Assessment", "Score (0–100)"))
        self.y += self.line
        self.font(0.9)
        label_w = min(max(self.p.fontMetrics().horizontalAdvance(u) for u, _ in scored) + 12, self.w * 0.3)
        bar_w = self.w - label_w - 60
        for unit, score in scored:
            self.room(self.line)
            self.text(0, label_w - 8, unit, Qt.AlignmentFlag.AlignRight)
            bar = QRectF(label_w, self.y + self.line * 0.18, bar_w * score / 100, self.line * 0.64)
            self.p.fillRect(bar, score_color(score))
            self.text(bar.right() + 6, 54, words.score_text(score))
            self.y += self.line
        self.y += self.line

    def _ranking(self, data: Table, shown: list[int]) -> None:
        self.font(0.85)
        metrics = self.p.fontMetrics()
        widths = []
        for i in shown:
            longest = max([metrics.horizontalAdvance(part) for part in data.headers[i].split(" ")]
                          + [metrics.horizontalAdvance(words.value_text(data.kinds[i], row[i])) for row in data.rows])
            widths.append(longest + 16)
        spare = (self.w - sum(widths)) / len(widths)  # the page's width shared out, or taken back evenly
        widths = [w + spare for w in widths] if spare >= 0 else [w * self.w / sum(widths) for w in widths]
        header_h = self.line * 2

        def header() -> None:
            self.font(0.85, bold=True)
            x = 0.0
            self.p.fillRect(QRectF(0, self.y, self.w, header_h), QColor("#e8eef7"))
            for i, width in zip(shown, widths, strict=True):
                self.p.drawText(QRectF(x + 4, self.y, width - 8, header_h),
                                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), data.headers[i])
                x += width
            self.y += header_h
            self.font(0.85)

        self.room(header_h + self.line * 2)
        header()
        for n, row in enumerate(data.rows):
            if self.y + self.line > self.h:
                self.room(self.h)  # a new page, with the header again
                header()
            if n % 2:
                self.p.fillRect(QRectF(0, self.y, self.w, self.line), QColor("#f6f8fb"))
            x = 0.0
            for i, width in zip(shown, widths, strict=True):
                align = Qt.AlignmentFlag.AlignLeft if data.kinds[i] == "text" else Qt.AlignmentFlag.AlignRight
                self.text(x + 4, width - 8, words.value_text(data.kinds[i], row[i]), align)
                x += width
            self.y += self.line


COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


# --- writing safely -------------------------------------------------------------------------------


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to: it becomes `path` when the block ends without an error,
    and is gone otherwise, so a failed export leaves no half file."""
    tmp = path.with_name(path.name + ".part")
    try:
        yield tmp
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
