"""The alerts list: threshold alarms and 预警 from the central service and the local forecasts,
acknowledged by an officer and linked to their indicator, region and incident (智能发现)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.ops import unary_union

from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.forecast import EarlyWarning
from dispatch_desk.domain.records import Alert, AlertLevel, Severity, Source
from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.ui.tasks import run_in_background, worker_store

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_COLORS = {
    AlertLevel.ALARM: "#d32f2f",
    AlertLevel.WARN: "#e08a00",
    AlertLevel.FORECAST: "#1565c0",
    AlertLevel.EXTERNAL: "#6a1b9a",
}


class AlertsWidget(QWidget):
    incident_raised = Signal(str)  # the id of an incident raised from an alarm

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("alerts")
        self._read_reference()
        self.local: dict[str, Alert] = {}  # 预警 from this desk's forecasts, not (yet) on the server

        self.table = QTableWidget(0, 6, objectName="alertTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Level"), self.tr("Indicator"), self.tr("Region"), self.tr("Value"),
             self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ack = QPushButton(self.tr("Acknowledge"), objectName="ackAlert")
        self.ack.clicked.connect(self.acknowledge_selected)
        self.raise_incident = QPushButton(self.tr("Raise incident"), objectName="raiseIncident")
        self.raise_incident.setToolTip(self.tr("Register the alarm as an incident (smart discovery), prefilled"))
        self.raise_incident.clicked.connect(self.raise_incident_for_selected)
        self.on_map = QPushButton(self.tr("Show on map"), objectName="alertOnMap")
        self.on_map.clicked.connect(self._show_on_map)
        self.summary = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for b in (self.on_map, self.raise_incident, self.ack):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        ctx.bus.data_changed.connect(self._on_data_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=300, timeout=self.reload)
        self.reload()

    # --- data ---------------------------------------------------------------------------------

    def _read_reference(self) -> None:
        store = self.ctx.store
        self.indicators = {i.code: i for i in store.records("indicator")}
        self.regions = {r.code: r for r in store.records("region")}
        self.categories = {c.code: c for c in store.records("category")}

    def _on_data_changed(self, changes) -> None:
        if not isinstance(changes, dict):
            return
        if {"indicator", "region", "category"} & changes.keys():
            self._read_reference()  # names of alerts that arrived before their indicators
            self._reload_timer.start()
        elif "alert" in changes:
            self._reload_timer.start()

    def reload(self) -> None:
        path = self.ctx.store.path

        def read():
            rows = worker_store(path).rows("alert")
            return [from_wire(Alert, r) for r in rows]

        run_in_background(read, self._show)

    def add_early_warning(self, warning: EarlyWarning) -> None:
        ind = self.indicators.get(warning.indicator)
        now = datetime.now(UTC)
        alert = Alert(
            id=f"local-{warning.indicator}-{int(now.timestamp())}",
            level=AlertLevel.FORECAST,
            raised_at=now,
            message=f"{warning.probability:.0%}",
            indicator=warning.indicator,
            region=ind.region if ind else None,
            value=warning.threshold,
        )
        self.local[alert.id] = alert
        self.reload()

    def _show(self, alerts: list[Alert]) -> None:
        alerts = sorted(list(alerts) + list(self.local.values()), key=lambda a: a.raised_at, reverse=True)
        self.alerts = {a.id: a for a in alerts}
        self.table.setRowCount(len(alerts))
        open_count = 0
        for row, alert in enumerate(alerts):
            ind = self.indicators.get(alert.indicator or "")
            region = self.regions.get(alert.region or "")
            value = "" if alert.value is None else f"{alert.value:.{ind.decimals if ind else 1}f} {ind.unit if ind else ''}"
            if alert.cleared_at is not None:
                status = self.tr("cleared")
            elif alert.acknowledged_at is not None:
                status = self.tr("acknowledged")
            else:
                status = self.tr("open")
                open_count += 1
            if alert.incident_id:
                status += " · " + self.tr("incident raised")
            cells = [
                alert.raised_at.astimezone(BUSINESS_TZ).strftime("%m-%d %H:%M"),
                self._level_name(alert.level),
                ind.name if ind else alert.message,
                region.name if region else "",
                value,
                status,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, alert.id)
                if col == 1:
                    item.setForeground(QBrush(QColor(LEVEL_COLORS.get(alert.level, "#333"))))
                self.table.setItem(row, col, item)
        self.summary.setText(self.tr("%1 open alerts").replace("%1", str(open_count)))
        self._update_buttons()

    def _level_name(self, level: AlertLevel) -> str:
        return {
            AlertLevel.ALARM: self.tr("Alarm"),
            AlertLevel.WARN: self.tr("Warning"),
            AlertLevel.FORECAST: self.tr("Early warning"),
            AlertLevel.EXTERNAL: self.tr("External"),
        }[level]

    # --- actions ------------------------------------------------------------------------------

    def selected(self) -> Alert | None:
        items = self.table.selectedItems()
        return self.alerts.get(items[0].data(ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        alert = self.selected()
        server_alert = alert is not None and not alert.id.startswith("local-")
        can_act = self.ctx.engine is not None
        self.ack.setEnabled(bool(server_alert and can_act and alert.acknowledged_at is None))
        self.raise_incident.setEnabled(
            bool(alert and can_act and not alert.incident_id and alert.indicator and self._category_for(alert))
        )
        self.on_map.setEnabled(bool(alert and alert.indicator))

    def acknowledge_selected(self) -> None:
        alert = self.selected()
        if alert is None or self.ctx.engine is None:
            return
        self._issue("alert.acknowledge", {"id": alert.id}, self.reload)

    def _show_on_map(self) -> None:
        alert = self.selected()
        if alert and alert.indicator:
            self.ctx.bus.indicator_on_map.emit(alert.indicator)

    def _category_for(self, alert: Alert) -> str | None:
        """The indicator's own category if it names one, else the first category of its dimension."""
        ind = self.indicators.get(alert.indicator or "")
        if ind is None:
            return None
        if ind.auto_incident_category in self.categories:
            return ind.auto_incident_category
        return next((c.code for c in self.categories.values() if c.dimension is ind.dimension), None)

    def incident_args(self, alert: Alert) -> dict:
        """The prefilled incident.report of an alarm: indicator, region, value, suggested category."""
        import uuid

        ind = self.indicators[alert.indicator]
        lon, lat = self._region_point(alert.region or ind.region)
        category = self._category_for(alert)
        region = self.regions.get(alert.region or ind.region)
        region_name = region.name if region else ind.region
        value = "" if alert.value is None else f"{alert.value:.{ind.decimals}f}{ind.unit}"
        threshold = f"{ind.alarm:g}{ind.unit}" if ind.alarm is not None else "-"
        # Incident texts are data that agencies read, so they are written in Chinese like all case records.
        return {
            "id": str(uuid.uuid4()),
            "title": f"{region_name}{ind.name}告警 {value}".strip(),
            "description": f"{ind.name}（{region_name}）读数 {value}，告警阈值 {threshold}。由城市体征告警发现。",
            "category": category,
            "source": Source.INDICATOR_ALARM.value,
            "severity": int(Severity.HIGH if alert.level is AlertLevel.ALARM else Severity.NORMAL),
            "lon": lon,
            "lat": lat,
            "indicator": ind.code,
            "alert": alert.id,
        }

    def raise_incident_for_selected(self) -> str | None:
        alert = self.selected()
        if alert is None or self.ctx.engine is None or not alert.indicator:
            return None
        args = self.incident_args(alert)

        def reported() -> None:
            self.incident_raised.emit(args["id"])
            self.ctx.bus.incident_selected.emit(args["id"])

        self._issue("incident.report", args, reported)
        return args["id"]

    def _issue(self, name: str, args: dict, then) -> None:
        """Issue through the sync engine off the main thread (it writes the cache); refusals are shown."""
        engine = self.ctx.engine

        def refused(exc: BaseException) -> None:
            self.ctx.bus.status_message.emit(getattr(exc, "reason", str(exc)))

        run_in_background(lambda: engine.issue(name, args), lambda _id: then(), refused, owner=self)

    def _region_point(self, region_code: str) -> tuple[float, float]:
        """A point inside the region: from its polygon, else its grid cells; else its parent's."""
        cells = None
        code: str | None = region_code
        while code is not None:
            region = self.regions.get(code)
            if region is not None and region.polygon:
                shapes = [ShapelyPolygon(region.polygon[0], region.polygon[1:])]
            else:
                cells = cells if cells is not None else self.ctx.store.records("grid_cell")  # only when raising
                below = self._descendants(code)
                shapes = [ShapelyPolygon(c.polygon[0]) for c in cells if c.street in below and c.polygon]
            if shapes:
                point = unary_union(shapes).representative_point()
                return round(point.x, 6), round(point.y, 6)
            code = region.parent if region is not None else None
        raise ValueError(f"region {region_code} has no area in the cache yet")

    def _descendants(self, code: str) -> set[str]:
        found, frontier = {code}, [code]
        while frontier:
            parent = frontier.pop()
            children = [r.code for r in self.regions.values() if r.parent == parent]
            found.update(children)
            frontier.extend(children)
        return found
