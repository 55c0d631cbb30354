"""Exports of a joint command: a situation report as PDF, and the after-action package (PDF + CSV timeline).

What an export needs is gathered off the main thread (`gather`, on the cache's worker connection);
the text layout in QTextDocument and the PDF writing happen on the GUI thread, which Qt's text
engine requires. The map picture is the main window's map if it is showing, else the area drawn
from its polygon; chart pictures are the tiles of the charts dock when it is open, else none.

The CSV timeline is UTF-8 with a byte-order mark (Excel opens Chinese correctly only so), with every
time in the city's zone, Asia/Shanghai, as its header says.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import (
    Indicator,
    LogEntry,
    Operation,
    Plan,
    Region,
    ReportStatus,
    SituationReport,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.situation import (
    TASK_ORDER,
    SituationFigures,
    area_regions,
    plan_dimensions,
    situation_figures,
)
from dispatch_desk.ui.command import situation_text, words
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.shell.i18n import data_text
from dispatch_desk.ui.tasks import run_in_background, worker_store

translate = QCoreApplication.translate  # the name lupdate looks for

FONT_FAMILIES = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"]
MAP_SIZE = (1000, 640)
MAX_CHARTS = 6
TZ_NAME = "Asia/Shanghai"


# --- reading the cache (any thread) --------------------------------------------------------------------


def _reader(store: Any) -> Any:
    """The cache's typed reads of the joint command (`Store.command`)."""
    return store.command


def read_operation(store: Any, op_id: str) -> Operation | None:
    return _reader(store).operation(op_id)


def read_operations(store: Any) -> list[Operation]:
    return list(_reader(store).operations())


def read_tasks(store: Any, op_id: str) -> list[Task]:
    return list(_reader(store).tasks(op_id))


def read_reports(store: Any, op_id: str) -> list[SituationReport]:
    return list(_reader(store).reports(op_id))


def read_report(store: Any, report_id: str) -> SituationReport | None:
    return _reader(store).report(report_id)


def read_plans(store: Any) -> list[Plan]:
    return store.records("plan")


def read_log(store: Any, op_id: str) -> list[LogEntry]:
    """The whole command log of an operation, oldest first (an export reads it all)."""
    from dispatch_desk.store.command import LogQuery

    reader, q = _reader(store), LogQuery()
    total = reader.log_count(op_id, q)
    entries = reader.log_page(op_id, q, 0, max(total, 1))
    return sorted(entries, key=lambda e: (e.at, e.id))


def _latest(store: Any, codes: Iterable[str]) -> dict[str, tuple[datetime, float]]:
    out = {}
    for code in codes:
        row = store.conn.execute(
            "SELECT at, value FROM reading WHERE indicator = ? ORDER BY at DESC LIMIT 1", (code,)).fetchone()
        if row is not None:
            out[code] = (datetime.fromtimestamp(row[0], UTC), float(row[1]))
    return out


def read_plan(store: Any, plan_id: str | None) -> Plan | None:
    data = store.get("plan", plan_id) if plan_id else None
    return None if data is None else from_wire(Plan, data)


def figures_of(store: Any, op: Operation, now: datetime, tasks: list[Task] | None = None) -> SituationFigures:
    """The live figures of an operation from the cache (the draft's prefill)."""
    tasks = read_tasks(store, op.id) if tasks is None else tasks
    regions = store.records("region")
    indicators: list[Indicator] = store.records("indicator")
    plan = read_plan(store, op.plan)
    dims = plan_dimensions(plan, store.records("category"))
    chosen = area_regions(op, regions)
    shown = [i for i in indicators if i.region in chosen and (dims is None or i.dimension in dims)]
    counts = dict(_reader(store).area_incident_counts(op.id, now))
    overdue = int(counts.pop("overdue", 0))
    return situation_figures(op, now=now, tasks=tasks, counts=counts, overdue=overdue, indicators=shown,
                             latest=_latest(store, (i.code for i in shown)))


@dataclass
class OperationData:
    """Everything an export of one operation shows, read in one go off the main thread."""

    operation: Operation
    now: datetime
    tasks: list[Task]
    reports: list[SituationReport]
    log: list[LogEntry]
    figures: SituationFigures
    regions: list[Region]  # with polygons, for the area picture
    timeline: list[Any] = field(default_factory=list)
    points: list[tuple[str, float, float]] = field(default_factory=list)  # marks of the area picture
    plan: Plan | None = None  # the plan the operation was started from, if any

    @property
    def published(self) -> list[SituationReport]:
        return sorted((r for r in self.reports if r.status is ReportStatus.PUBLISHED), key=lambda r: r.number)


def gather(store: Any, op_id: str, now: datetime | None = None, *, with_timeline: bool = False) -> OperationData:
    now = now or datetime.now(UTC)
    op = read_operation(store, op_id)
    if op is None:
        raise LookupError(op_id)
    tasks = read_tasks(store, op_id)
    timeline: list[Any] = []
    if with_timeline:
        timeline = list(_reader(store).timeline_events(op_id))
    return OperationData(op, now, tasks, read_reports(store, op_id), read_log(store, op_id),
                         figures_of(store, op, now, tasks), store.records("region"), timeline,
                         area_points(store, op), read_plan(store, op.plan))


# --- the CSV timeline (any thread) ---------------------------------------------------------------------


def kind_label(kind: str) -> str:
    """A timeline kind for people: a log kind, or what an automatic entry or an incident event records."""
    if kind.startswith("log."):
        return words.log_kind(kind[4:])
    family = kind.split(".", 1)[0]
    return {
        "operation": translate("Exports", "Operation"),
        "plan": translate("Exports", "Plan"),
        "seat": translate("Exports", "Seat"),
        "task": translate("Exports", "Task"),
        "report": translate("Exports", "Report"),
        "incident": translate("Exports", "Incident"),
        "alert": translate("Exports", "Alert"),
    }.get(family, kind)


def timeline_header() -> list[str]:
    return [translate("Exports", "Time (%1)").replace("%1", TZ_NAME), translate("Exports", "Kind"),
            translate("Exports", "Event"), translate("Exports", "Subject"), translate("Exports", "Text"),
            translate("Exports", "Agency"), translate("Exports", "By"), translate("Exports", "Struck"),
            translate("Exports", "Significant")]


def timeline_rows(items: Iterable[Any], names: Names | None = None,
                  yes: str = "") -> list[list[str]]:
    """One row per timeline event (`store.command.timeline_events`, or `timeline`'s 4-tuples)."""
    system = translate("Exports", "System")
    rows = []
    for item in items:
        if isinstance(item, tuple):
            at, kind, key, text = item[:4]
            agency = author = ""
            struck = significant = False
        else:
            at, kind, key, text = item.at, item.kind, item.key, item.text
            agency, author = item.agency or "", item.author or ""
            struck, significant = item.struck, item.significant
            if struck and item.struck_reason:
                text = f"{text} [{item.struck_reason}]"
        stamp = at.astimezone(labels.BUSINESS_TZ).strftime("%Y-%m-%d %H:%M:%S")
        rows.append([stamp, kind_label(kind), kind, key, text,
                     names.agency(agency) if names and agency else agency,
                     system if author == "system" else (names.officer(author) if names and author else author),
                     yes if struck else "", yes if significant else ""])
    return rows


def write_timeline_csv(path: str | Path, items: Iterable[Any], names: Names | None = None,
                       header: list[str] | None = None, yes: str = "x") -> int:
    """Write the timeline as CSV (UTF-8 with BOM); returns the number of rows written."""
    rows = timeline_rows(items, names, yes)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header or timeline_header())
    writer.writerows(rows)
    Path(path).write_text(buffer.getvalue(), encoding="utf-8-sig")
    return len(rows)


# --- pictures (GUI thread) -----------------------------------------------------------------------------


def area_points(store: Any, op: Operation) -> list[tuple[str, float, float]]:
    """What the area picture marks: ("incident", lon, lat) of the incidents in the area, ("task", …) of
    the tasks with a place (any thread)."""
    points = [("incident", r.lon, r.lat) for r in _reader(store).incidents_in_area(op.id, limit=2000)]
    points += [("task", t.lon, t.lat) for t in read_tasks(store, op.id) if t.lon is not None and t.lat is not None]
    return points


def area_picture(op: Operation, regions: Iterable[Region], size: tuple[int, int] = MAP_SIZE,
                 points: Iterable[tuple[str, float, float]] = ()) -> QImage | None:
    """The operation's area over the outline of the regions it lies in, drawn from the polygons, with
    its incidents (dots) and placed tasks (diamonds)."""
    area = to_shape(op.area) if op.area else None
    if area is None:
        return None
    lo_x, lo_y, hi_x, hi_y = area.bounds
    pad_x, pad_y = (hi_x - lo_x) * 0.15 or 0.01, (hi_y - lo_y) * 0.15 or 0.01
    lo_x, lo_y, hi_x, hi_y = lo_x - pad_x, lo_y - pad_y, hi_x + pad_x, hi_y + pad_y
    width, height = size
    scale = min(width / (hi_x - lo_x), height / (hi_y - lo_y))
    off_x = (width - (hi_x - lo_x) * scale) / 2
    off_y = (height - (hi_y - lo_y) * scale) / 2

    def point(lon: float, lat: float) -> QPointF:
        return QPointF(off_x + (lon - lo_x) * scale, height - off_y - (lat - lo_y) * scale)

    def path_of(rings: Iterable[Iterable[tuple[float, float]]]) -> QPainterPath:
        path = QPainterPath()
        for ring in rings:
            pts = [point(x, y) for x, y in ring]
            if pts:
                path.moveTo(pts[0])
                for p in pts[1:]:
                    path.lineTo(p)
                path.closeSubpath()
        return path

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f6f8"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont(FONT_FAMILIES[0], 20))
    from shapely.geometry import box

    view = box(lo_x, lo_y, hi_x, hi_y)
    for region in regions:
        shape = to_shape(region.polygon) if region.polygon else None
        if shape is None or not shape.intersects(view) or str(region.level) == "city":
            continue
        painter.setPen(QPen(QColor("#9aa5b1"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path_of(region.polygon))
        inside = shape.intersection(view)
        if not inside.is_empty and inside.area > 0:
            c = inside.representative_point()
            painter.setPen(QColor("#6b7785"))
            painter.drawText(point(c.x, c.y), data_text(region.name, region.name_en))
    painter.setPen(QPen(QColor("#b3001b"), 4))
    painter.setBrush(QBrush(QColor(179, 0, 27, 50)))
    painter.drawPath(path_of(op.area))
    for kind, lon, lat in points:
        at = point(lon, lat)
        if kind == "task":
            painter.setPen(QPen(QColor("#0b4f9c"), 2))
            painter.setBrush(QBrush(QColor("#3d8bfd")))
            diamond = QPainterPath()
            diamond.moveTo(at.x(), at.y() - 9)
            diamond.lineTo(at.x() + 9, at.y())
            diamond.lineTo(at.x(), at.y() + 9)
            diamond.lineTo(at.x() - 9, at.y())
            diamond.closeSubpath()
            painter.drawPath(diamond)
        else:
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.setBrush(QBrush(QColor("#d35400")))
            painter.drawEllipse(at, 9, 9)
    painter.setPen(QColor("#1f2933"))
    painter.drawText(QRectF(14, 10, width - 28, 40), Qt.AlignmentFlag.AlignLeft, op.name)
    painter.end()
    return image


def map_picture(window: QWidget | None, op: Operation, regions: Iterable[Region],
                points: Iterable[tuple[str, float, float]] = ()) -> QImage | None:
    """The main window's map if it shows something, else the area drawn from its polygon."""
    map_widget = getattr(window, "map_widget", None) if window is not None else None
    if map_widget is not None and map_widget.isVisible() and map_widget.width() > 100:
        image = map_widget.grab().toImage()
        if not image.isNull() and not _blank(image):
            return image
    return area_picture(op, regions, points=points)


def _blank(image: QImage) -> bool:
    """A picture of one colour only (a web view not painted offscreen, say)."""
    small = image.scaled(16, 16)
    first = small.pixel(0, 0)
    return all(small.pixel(x, y) == first for x in range(16) for y in range(16))


def chart_pictures(window: QWidget | None, limit: int = MAX_CHARTS) -> list[QImage]:
    """The charts dock's tiles when the dock is open (also behind another tab); none otherwise."""
    dash = (getattr(window, "dock_widgets", None) or {}).get("chartsDock")
    dock = (getattr(window, "docks", None) or {}).get("chartsDock")
    if dash is None:
        return []
    is_open = dock.toggleViewAction().isChecked() if dock is not None else dash.isVisible()
    if not is_open:
        return []
    out = []
    for tile in list(getattr(dash, "tiles", []))[:limit]:
        if tile.width() > 50 and tile.height() > 30:
            image = tile.grab().toImage()
            if not image.isNull() and not _blank(image):
                out.append(image)
    return out


# --- documents (GUI thread) ----------------------------------------------------------------------------


def _short(at: datetime | None) -> str:
    """A time in a table cell: month, day and time of day in the city's zone."""
    return at.astimezone(labels.BUSINESS_TZ).strftime("%m-%d %H:%M") if at is not None else ""


def _h(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _e(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br/>")


def _style() -> str:
    families = ", ".join(f"'{f}'" if " " in f else f for f in FONT_FAMILIES)
    return (f"body {{ font-family: {families}; font-size: 10.5pt; color: #1f2933; }}"
            "h1 { font-size: 18pt; margin-bottom: 4px; } h2 { font-size: 13pt; margin-top: 14px; color: #1a3a5c; }"
            "h3 { font-size: 11pt; margin-top: 8px; } .meta { color: #52606d; }"
            "table { border-collapse: collapse; } td, th { border: 1px solid #9aa5b1; padding: 3px 6px; }"
            "th { background-color: #e4e7eb; } .struck { text-decoration: line-through; color: #7b8794; }")


def report_number_text(report: SituationReport) -> str:
    if report.status is ReportStatus.PUBLISHED:
        return translate("Exports", "No. %1").replace("%1", str(report.number))
    return translate("Exports", "Draft")


def report_html(report: SituationReport, names: Names, op: Operation | None, images: dict[str, QImage]) -> str:
    parts = [f"<h1>{_e(report.title)}</h1>"]
    meta = [report_number_text(report)]
    if op is not None:
        meta.append(_e(op.name))
    if report.published_at is not None:
        meta.append(translate("Exports", "published by %1 at %2").replace(
            "%1", _e(names.officer(report.published_by))).replace("%2", labels.business_time(report.published_at)))
    else:
        meta.append(translate("Exports", "drafted by %1 at %2").replace(
            "%1", _e(names.officer(report.created_by))).replace("%2", labels.business_time(report.created_at)))
    parts.append(f"<p class='meta'>{' · '.join(meta)}</p>")
    if "map" in images:  # the picture first: where it happens, before what happens
        parts.append("<p align='center'><img src='res://map' width='460'/></p>")
    for title, text in ((translate("Exports", "Conditions"), report.conditions),
                        (translate("Exports", "Actions"), report.actions),
                        (translate("Exports", "Needs"), report.needs)):
        parts.append(f"<h2>{_e(title)}</h2><p>{_e(text) or '—'}</p>")
    if report.sections:
        colon = translate("Exports", ": ")
        parts.append(_h(2, translate("Exports", "The agencies")))
        for s in report.sections:
            parts.append(f"<h3>{_e(names.agency_full(s.agency))}</h3>")
            for title, text in ((translate("Exports", "Conditions"), s.conditions),
                                (translate("Exports", "Actions"), s.actions),
                                (translate("Exports", "Needs"), s.needs)):
                if text:
                    parts.append(f"<p><b>{_e(title)}</b>{_e(colon)}{_e(text)}</p>")
    charts = [n for n in images if n.startswith("chart")]
    if charts:
        parts.append(_h(2, translate("Exports", "City vital signs")) + "<p>")
        parts.extend(f"<img src='res://{n}' width='245'/> " for n in charts)
        parts.append("</p>")
    return "".join(parts)


def _document(body: str, images: dict[str, QImage]) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(FONT_FAMILIES[0])
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_style())
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"res://{name}"), image)
    doc.setHtml(f"<html><body>{body}</body></html>")
    return doc


def _write_pdf(path: str | Path, doc: QTextDocument, title: str) -> Path:
    out = Path(path)
    writer = QPdfWriter(str(out))
    writer.setTitle(title)
    writer.setCreator("Dispatch Desk")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    # laid out in points (as the fonts are): print_ scales the page to the writer's resolution
    doc.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    return out


def main_window(widget: QWidget | None) -> QWidget | None:
    """The top window a widget (or the dialog it is in) belongs to: where the map and the charts are."""
    while widget is not None and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


def report_images(window: QWidget | None, op: Operation | None, regions: Iterable[Region],
                  points: Iterable[tuple[str, float, float]] = ()) -> dict[str, QImage]:
    images: dict[str, QImage] = {}
    if op is not None:
        picture = map_picture(window, op, regions, points)
        if picture is not None:
            images["map"] = picture
    for n, chart in enumerate(chart_pictures(window)):
        images[f"chart{n}"] = chart
    return images


def write_report_pdf(path: str | Path, report: SituationReport, names: Names, op: Operation | None = None,
                     images: dict[str, QImage] | None = None) -> Path:
    """A situation report as PDF (GUI thread: QTextDocument lays the text out)."""
    images = images or {}
    return _write_pdf(path, _document(report_html(report, names, op, images), images), report.title)


def after_action_html(data: OperationData, names: Names, images: dict[str, QImage]) -> str:
    op = data.operation
    p = [_h(1, translate("Exports", "After-action report: %1").replace("%1", op.name))]
    rows = [
        (translate("Exports", "Kind"), words.operation_kind(op.kind)),
        (translate("Exports", "Status"), words.operation_status(op.status.value)),
        (translate("Exports", "Response level"), words.response_level(op.level) + (f"（{op.mode}）" if op.mode else "")),
        (translate("Exports", "Commander"), names.officer(op.commander)
         + (f" / {names.officer(op.deputy)}" if op.deputy else "")),
        (translate("Exports", "Plan"), words.plan_name(data.plan) if data.plan else "—"),
        (translate("Exports", "Agencies"), situation_text.name_separator().join(
            names.agency(a) for a in op.agencies)),
        (translate("Exports", "Started"), labels.business_time(op.started_at) if op.started_at else "—"),
        (translate("Exports", "Ended"), labels.business_time(op.ended_at) if op.ended_at else "—"),
        (translate("Exports", "Reports published"), str(len(data.published))),
    ]
    p.append("<table width='100%'>" + "".join(f"<tr><th align='left' width='22%'>{_e(k)}</th><td>{_e(v)}</td></tr>"
                                              for k, v in rows) + "</table>")
    if "map" in images:
        p.append(_h(2, translate("Exports", "Map of the area")) + "<p><img src='res://map' width='500'/></p>")
    p.append(_h(2, translate("Exports", "Situation at the end")))
    text = situation_text.draft_text(data.figures, names)
    p.append(f"<p>{_e(text.conditions)}</p><p>{_e(text.actions)}</p>")
    p.append(_h(2, translate("Exports", "Tasks by agency")))
    by_agency: dict[str, list[Task]] = {}
    for t in sorted(data.tasks, key=lambda t: (t.agency, t.assigned_at, t.id)):
        by_agency.setdefault(t.agency, []).append(t)
    head = [(translate("Exports", "Task"), 34), (translate("Exports", "Status"), 11), (translate("Exports", "Due"), 15),
            (translate("Exports", "Done"), 15), (translate("Exports", "Note"), 25)]
    for agency, tasks in by_agency.items():
        p.append(f"<h3>{_e(names.agency_full(agency))}</h3><table width='100%'><tr>"
                 + "".join(f"<th width='{w}%'>{_e(h)}</th>" for h, w in head) + "</tr>")
        for t in sorted(tasks, key=lambda t: TASK_ORDER.index(t.status)):
            note = t.blocked_reason if t.status is TaskStatus.BLOCKED else t.note
            p.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (
                words.task_title(t, data.plan), words.task_status(t.status.value), _short(t.due_at), _short(t.done_at), note)) + "</tr>")
        p.append("</table>")
    significant = [e for e in data.log if e.significant]
    p.append(_h(2, translate("Exports", "Significant log entries")))
    if significant:
        p.append("<table width='100%'>")
        for e in significant:
            cls = " class='struck'" if e.struck else ""
            p.append(f"<tr><td width='18%'>{labels.business_time(e.at)}</td><td width='14%'>"
                     f"{_e(names.officer(e.author))}</td><td{cls}>{_e(e.text)}</td></tr>")
        p.append("</table>")
    else:
        p.append("<p>" + _e(translate("Exports", "None flagged.")) + "</p>")
    for report in data.published:
        p.append("<hr/>" + report_html(report, names, None, {}))
    return "".join(p)


def write_after_action_pdf(path: str | Path, data: OperationData, names: Names,
                           images: dict[str, QImage] | None = None) -> Path:
    images = images or {}
    title = translate("Exports", "After-action report: %1").replace("%1", data.operation.name)
    return _write_pdf(path, _document(after_action_html(data, names, images), images), title)


# --- what the dialogs call -----------------------------------------------------------------------------


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)[:60] or "export"


def export_report_pdf(ctx: Any, parent: QWidget | None, report_id: str, path: str | Path | None = None,
                      on_done: Callable[[Path], None] | None = None) -> None:
    """Export one report: the data is read on a worker, the PDF laid out and written on return."""
    if path is None:
        report = read_report(ctx.store, report_id)
        suggested = _safe_name(report.title if report else report_id) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(parent, translate("Exports", "Export report as PDF"), suggested,
                                              translate("Exports", "PDF (*.pdf)"))
        if not path:
            return
    db = ctx.store.path

    def work() -> tuple[SituationReport | None, Operation | None, list[Region], list]:
        store = worker_store(db)
        report = read_report(store, report_id)
        op = read_operation(store, report.operation) if report else None
        if op is None:
            return report, None, [], []
        return report, op, store.records("region"), area_points(store, op)

    def done(result: tuple[SituationReport | None, Operation | None, list[Region], list]) -> None:
        report, op, regions, points = result
        if report is None:
            ctx.bus.status_message.emit(translate("Exports", "The report is not in the cache."))
            return
        window = main_window(parent)
        out = write_report_pdf(path, report, Names.load(ctx.store), op, report_images(window, op, regions, points))
        ctx.bus.status_message.emit(translate("Exports", "Report exported to %1").replace("%1", str(out)))
        if on_done is not None:
            on_done(out)

    def failed(exc: BaseException) -> None:
        ctx.bus.status_message.emit(translate("Exports", "The export failed: %1").replace("%1", str(exc)))

    run_in_background(work, done, failed, owner=parent)


def export_after_action(ctx: Any, parent: QWidget | None, op_id: str, folder: str | Path | None = None,
                        on_done: Callable[[Path, Path], None] | None = None) -> None:
    """The after-action package of an operation into `folder`: <name>-after-action.pdf and -timeline.csv."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(parent, translate("Exports", "Folder for the after-action export"))
        if not folder:
            return
    folder = Path(folder)
    db = ctx.store.path
    names_main = Names.load(ctx.store)
    header = timeline_header()  # translated on the main thread, in the officer's language
    yes = translate("Exports", "yes")

    def work() -> tuple[OperationData, Path]:
        store = worker_store(db)
        data = gather(store, op_id, with_timeline=True)
        csv_path = folder / f"{_safe_name(data.operation.name)}-timeline.csv"
        write_timeline_csv(csv_path, data.timeline, Names.load(store), header, yes)
        return data, csv_path

    def done(result: tuple[OperationData, Path]) -> None:
        data, csv_path = result
        window = main_window(parent)
        pdf = write_after_action_pdf(folder / f"{_safe_name(data.operation.name)}-after-action.pdf", data,
                                     names_main, report_images(window, data.operation, data.regions, data.points))
        ctx.bus.status_message.emit(translate("Exports", "After-action export written to %1").replace(
            "%1", str(folder)))
        if on_done is not None:
            on_done(pdf, csv_path)

    def failed(exc: BaseException) -> None:
        ctx.bus.status_message.emit(translate("Exports", "The export failed: %1").replace("%1", str(exc)))

    run_in_background(work, done, failed, owner=parent)

