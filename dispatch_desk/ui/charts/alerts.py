"""The alerts list: threshold alarms and 预警 from the central service and the local forecasts,
acknowledged by an officer and linked to their indicator, region and incident (智能发现).

Alerts not yet cleared come first, newest first; those nobody has acknowledged are in bold, cleared
ones greyed. The footer counts what it says it counts (`alerting.tally`). An alert raises at most
one incident (`alerting.raise_refusal`): once it has, its button opens that incident instead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.ops import unary_union

from dispatch_desk.domain import cap as cap_rules
from dispatch_desk.domain import permissions
from dispatch_desk.domain.alerting import (
    AlertTally,
    alarm_incident_texts,
    name_without_region,
    raise_refusal,
    tally,
)
from dispatch_desk.domain.cap_records import CapInfo
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.forecast import EarlyWarning
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.permissions_operations import OperationAction, operation_why_not
from dispatch_desk.domain.records import (
    Alert,
    AlertLevel,
    Indicator,
    Operation,
    OperationKind,
    OperationStatus,
    Plan,
    Severity,
    Source,
)
from dispatch_desk.domain.sla import BUSINESS_TZ
from dispatch_desk.domain.workflow_actions import Action, Code, Refused
from dispatch_desk.ui.charts.flow import FlowLayout
from dispatch_desk.ui.common import cap_warnings
from dispatch_desk.ui.shell.i18n import data_text
from dispatch_desk.ui.tasks import run_in_background, worker_store

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_COLORS = {
    AlertLevel.ALARM: "#d32f2f",
    AlertLevel.WARN: "#e08a00",
    AlertLevel.FORECAST: "#1565c0",
    AlertLevel.EXTERNAL: "#6a1b9a",
    AlertLevel.DEVICE: "#546e7a",
    AlertLevel.DUTY: "#8d6e63",
}


class AlertsWidget(QWidget):
    incident_raised = Signal(str)  # the id of an incident raised from an alarm

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("alerts")
        self._read_reference()
        self.local: dict[str, Alert] = {}  # 预警 from this desk's forecasts, not (yet) on the server
        self.alerts: dict[str, Alert] = {}
        self.raised: dict[str, str] = {}  # alert id -> incident raised from it here, until the feed says so
        self.counts = AlertTally()

        self.table = QTableWidget(0, 6, objectName="alertTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Level"), self.tr("Indicator"), self.tr("Region"), self.tr("Value"),
             self.tr("Status")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # The table takes what room there is, at least a few rows; never asks for more, so that the
        # dock's scroll area (which honours the wrapped footer's height for its width) does not scroll.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.setMinimumHeight(4 * self.table.verticalHeader().defaultSectionSize())
        # Tool buttons, made inside the list (shown before they have a parent, a widget is a window of its
        # own): less padding than push buttons, so that they fit a line or two of a laptop's dock.
        self.ack = QToolButton(self, text=self.tr("Acknowledge"), objectName="ackAlert")
        self.ack.clicked.connect(self.acknowledge_selected)
        # Only the officers who watch an area acknowledge alerts: the others never see the button.
        self.ack.setVisible(ctx.officer.role in permissions.ACKNOWLEDGE_ROLES)
        self.raise_incident = QToolButton(self, text=self.tr("Raise incident"), objectName="raiseIncident")
        self.raise_incident.clicked.connect(self._raise_or_open)
        self.may_report = permissions.role_may_ever(ctx.officer.role, Action.REPORT)
        self.on_map = QToolButton(self, text=self.tr("Show on map"), objectName="alertOnMap")
        self.on_map.clicked.connect(self._show_on_map)
        # A CAP warning that matches a plan's trigger proposes that plan's joint command; only the
        # officer starts it, and only an officer who may open joint commands is offered it.
        self.start_plan = QToolButton(self, text=self.tr("Start plan"), objectName="startPlan")
        self.start_plan.clicked.connect(self.start_plan_for_selected)
        draft = Operation("", "", OperationKind.EMERGENCY.value, OperationStatus.PLANNED, commander=ctx.officer.id)
        self.may_open_operations = operation_why_not(ctx.officer, OperationAction.CREATE, draft,
                                                     regions=self.region_tree) is None
        self.start_plan.setVisible(self.may_open_operations)
        # The counts on a line of their own, each whole: a narrow dock wraps between them, never inside one.
        self.summary = QWidget(objectName="alertSummary")
        self.summary.setToolTip(self.tr("Counted: the alerts not yet cleared, by kind, and how many of them "
                                        "nobody has acknowledged; then the cleared ones."))
        self.count_labels = {key: QLabel(objectName=f"alertCount_{key}")
                             for key in ("alarms", "warnings", "early_warnings", "devices", "cleared")}
        counts_row = FlowLayout(self.summary, spacing=12, line_spacing=2)
        for label in self.count_labels.values():
            counts_row.addWidget(label)
        buttons = FlowLayout(spacing=4)
        for b in (self.on_map, self.raise_incident, self.ack, self.start_plan):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        ctx.bus.data_changed.connect(self._on_data_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=300, timeout=self.reload)
        self.reload()

    # --- data ---------------------------------------------------------------------------------

    def _read_reference(self) -> None:
        store = self.ctx.store
        self.indicators = {i.code: i for i in store.records("indicator")}
        self.regions = {r.code: r for r in store.records("region")}
        self.region_tree = RegionTree.of(self.regions)
        self.categories = {c.code: c for c in store.records("category")}
        self.officer_names = {o.id: o.name for o in store.records("officer")}
        self.plans: dict[str, Plan] = {p.id: p for p in store.records("plan")}

    def _on_data_changed(self, changes) -> None:
        if not isinstance(changes, dict):
            return
        if {"indicator", "region", "category", "plan"} & changes.keys():
            self._read_reference()  # names of alerts that arrived before their indicators
            self._reload_timer.start()
        elif {"alert", "incident"} & changes.keys():
            self._reload_timer.start()

    def reload(self) -> None:
        path = self.ctx.store.path

        def read():
            rows = worker_store(path).rows("alert")
            return [from_wire(Alert, r) for r in rows]

        run_in_background(read, self._show, owner=self)

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

    def region_name(self, code: str | None) -> str:
        region = self.regions.get(code or "")
        return data_text(region.name, region.name_en) if region is not None else ""

    def indicator_name(self, ind: Indicator) -> str:
        """The indicator's name in the desk's language, without the region the next column shows."""
        return name_without_region(data_text(ind.name, ind.name_en), self.region_name(ind.region))

    def _show(self, alerts: list[Alert]) -> None:
        selected = self.selected()
        now = datetime.now(UTC)
        # A CAP warning past its expiry shows as ended at once, before the central sweep records it.
        alerts = [replace(a, cleared_at=a.expires_at) if a.cleared_at is None and cap_rules.is_ended(a, now) else a
                  for a in alerts]
        # Still-active alerts first, newest first; then the cleared ones, newest first.
        alerts = sorted(list(alerts) + list(self.local.values()), key=lambda a: a.raised_at, reverse=True)
        alerts.sort(key=lambda a: a.cleared_at is not None)
        self.alerts = {a.id: a for a in alerts}
        self.raised = {k: v for k, v in self.raised.items() if k in self.alerts and not self.alerts[k].incident_id}
        self.table.setRowCount(len(alerts))
        text, base = self.palette().color(QPalette.ColorRole.Text), self.palette().color(QPalette.ColorRole.Base)
        muted = QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2,
                       (text.blue() + base.blue()) // 2)  # half way to the background, in any theme
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, alert in enumerate(alerts):
            ind = self.indicators.get(alert.indicator or "")
            cleared = alert.cleared_at is not None
            unacknowledged = not cleared and alert.acknowledged_at is None
            cells = [
                alert.raised_at.astimezone(BUSINESS_TZ).strftime("%m-%d %H:%M"),
                self._level_name(alert.level),
                self.indicator_name(ind) if ind else alert.message,
                self.region_name(alert.region or (ind.region if ind else None)),
                self._value_text(alert, ind),
                self._status_text(alert),
            ]
            tip = "\n".join(t for t in (" · ".join(c for c in cells[2:4] if c), self._status_tip(alert)) if t)
            info = self._info(alert)
            if alert.cap is not None and info is not None:
                cells[2:5] = [self._cap_title(alert, info), self._cap_area(alert, info), self._axes_text(info)]
                tip = self._cap_tip(alert, info)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, alert.id)
                item.setToolTip(tip)
                if cleared:
                    item.setForeground(QBrush(muted))
                elif col == 1:
                    item.setForeground(QBrush(QColor(LEVEL_COLORS.get(alert.level, "#333"))))
                if unacknowledged:
                    item.setFont(bold)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        # Long indicator names are cut (whole in the tooltip) so that region, value and status stay in view.
        cap = 14 * self.fontMetrics().averageCharWidth() + 24
        if self.table.columnWidth(2) > cap:
            self.table.setColumnWidth(2, cap)
        # An Exercise, Test, System or Draft warning is shown, never counted (domain/cap.py).
        self.counts = tally(a for a in alerts if a.cleared_at is not None or cap_rules.counts(a, now))
        for key, text in self.count_texts(self.counts).items():
            self.count_labels[key].setText(text)
        self.count_labels["early_warnings"].setVisible(bool(self.counts.early_warnings))
        self.count_labels["devices"].setVisible(bool(self.counts.devices))
        if selected is not None and selected.id in self.alerts:
            self.table.selectRow(list(self.alerts).index(selected.id))
        self._update_buttons()

    def count_texts(self, counts: AlertTally) -> dict[str, str]:
        return {
            "alarms": self.tr("Alarms %1 (%2 unacknowledged)").replace("%1", str(counts.alarms))
            .replace("%2", str(counts.alarms_unacknowledged)),
            "warnings": self.tr("Warnings %1 (%2 unacknowledged)").replace("%1", str(counts.warnings))
            .replace("%2", str(counts.warnings_unacknowledged)),
            "early_warnings": self.tr("Early warnings %1").replace("%1", str(counts.early_warnings)),
            "devices": self.tr("Sensors silent %1").replace("%1", str(counts.devices)),
            "cleared": self.tr("Cleared %1").replace("%1", str(counts.cleared)),
        }

    def summary_text(self) -> str:
        """The footer as one line, as shown: the counts of the kinds there are."""
        return " · ".join(label.text() for label in self.count_labels.values() if not label.isHidden())

    def _value_text(self, alert: Alert, ind: Indicator | None) -> str:
        if alert.value is None:
            return ""
        if ind is None:
            return f"{alert.value:g}"
        unit = data_text(ind.unit, ind.unit_en)
        return f"{alert.value:.{max(ind.decimals, 0)}f} {unit}".strip()

    def _status_text(self, alert: Alert) -> str:
        if alert.cap is not None and alert.cleared_at is not None:
            expired = alert.expires_at is not None and alert.cleared_at >= alert.expires_at
            status = self.tr("Expired") if expired else self.tr("Cancelled")
        elif alert.cleared_at is not None:
            status = self.tr("Cleared")
        elif alert.acknowledged_at is not None:
            status = self.tr("Acknowledged")
        else:
            status = self.tr("Unacknowledged")
        if alert.incident_id or alert.id in self.raised:
            status += " · " + self.tr("incident raised")
        plans = [self._plan_name(key) for key in cap_rules.proposal(alert, datetime.now(UTC))]
        if plans:
            status += " · " + self.tr("proposes %1").replace("%1", "、".join(plans))
        return status

    # --- CAP warnings --------------------------------------------------------------------------

    def _info(self, alert: Alert) -> CapInfo | None:
        return cap_warnings.info_of(alert)

    def _plan_name(self, key: str) -> str:
        plan = self.plans.get(key)
        return data_text(plan.name, plan.name_en) if plan is not None else key

    def _status_word(self, status: str) -> str:
        return {"Exercise": self.tr("Exercise"), "Test": self.tr("Test"), "System": self.tr("System"),
                "Draft": self.tr("Draft")}.get(status, status)

    def _cap_title(self, alert: Alert, info: CapInfo) -> str:
        title = cap_warnings.headline(alert)
        if alert.cap is not None and not cap_rules.raises(alert.cap):
            title = f"[{self._status_word(alert.cap.status)}] {title}"
        return title

    def _cap_area(self, alert: Alert, info: CapInfo) -> str:
        names = [self.region_name(code) for code in alert.districts]
        if names and all(names):
            return "、".join(names)
        return "; ".join(a.description for a in info.areas if a.description)

    def _axes_text(self, info: CapInfo) -> str:
        words = {
            "Extreme": self.tr("Extreme"), "Severe": self.tr("Severe"), "Moderate": self.tr("Moderate"),
            "Minor": self.tr("Minor"), "Unknown": self.tr("Unknown"), "Immediate": self.tr("Immediate"),
            "Expected": self.tr("Expected"), "Future": self.tr("Future"), "Past": self.tr("Past"),
            "Observed": self.tr("Observed"), "Likely": self.tr("Likely"), "Possible": self.tr("Possible"),
            "Unlikely": self.tr("Unlikely"),
        }
        return " · ".join(words.get(v, v) for v in (info.severity, info.urgency, info.certainty))

    def _cap_tip(self, alert: Alert, info: CapInfo) -> str:
        assert alert.cap is not None
        lines = [info.headline or info.event, info.description, info.instruction,
                 self.tr("Severity · urgency · certainty (CAP)") + ": " + self._axes_text(info),
                 self.tr("From %1").replace("%1", info.sender_name or alert.cap.sender)]
        areas = "; ".join(a.description for a in info.areas if a.description)
        if areas:
            lines.append(self.tr("Area: %1").replace("%1", areas))
        if alert.streets:
            lines.append(self.tr("Streets: %1").replace("%1", "、".join(self.region_name(s) or s for s in alert.streets)))
        if alert.expires_at is not None:
            lines.append(self.tr("Ends at %1").replace(
                "%1", alert.expires_at.astimezone(BUSINESS_TZ).strftime("%m-%d %H:%M")))
        lines.append(self._status_tip(alert))
        return "\n".join(line for line in lines if line)

    def proposed_plan(self, alert: Alert | None) -> Plan | None:
        """The plan the alert proposes now, if this desk knows it (the first, when several)."""
        if alert is None:
            return None
        return next((self.plans[k] for k in cap_rules.proposal(alert, datetime.now(UTC)) if k in self.plans), None)

    def start_plan_for_selected(self) -> str | None:
        """Start the proposed plan's joint command over the warning's area; returns the operation id."""
        import uuid

        alert = self.selected()
        plan = self.proposed_plan(alert)
        if alert is None or plan is None or self.ctx.engine is None or not self.may_open_operations:
            return None
        args = cap_rules.operation_args(alert, plan, f"op-{uuid.uuid4().hex[:16]}")
        name = data_text(plan.name, plan.name_en)

        def started() -> None:
            self.ctx.bus.operation_selected.emit(args["id"])
            self.ctx.bus.status_message.emit(self.tr("Plan “%1” started for this warning.").replace("%1", name))

        self._issue("operation.start", args, started)
        return str(args["id"])

    def _status_tip(self, alert: Alert) -> str:
        lines = []
        if alert.acknowledged_at is not None:
            who = self.officer_names.get(alert.acknowledged_by or "", alert.acknowledged_by or "")
            lines.append(self.tr("Acknowledged by %1 at %2").replace("%1", who).replace(
                "%2", alert.acknowledged_at.astimezone(BUSINESS_TZ).strftime("%m-%d %H:%M")))
        else:
            lines.append(self.tr("Nobody has acknowledged this alert yet."))
        if alert.cleared_at is not None:
            lines.append(self.tr("Cleared at %1: the value is back within its threshold.").replace(
                "%1", alert.cleared_at.astimezone(BUSINESS_TZ).strftime("%m-%d %H:%M")))
        return "\n".join(lines)

    def _level_name(self, level: AlertLevel) -> str:
        return {
            AlertLevel.ALARM: self.tr("Alarm"),
            AlertLevel.WARN: self.tr("Warning"),
            AlertLevel.FORECAST: self.tr("Early warning"),
            AlertLevel.EXTERNAL: self.tr("External"),
            AlertLevel.DEVICE: self.tr("Sensor silent"),
            AlertLevel.DUTY: self.tr("Duty unstaffed"),
        }[level]

    # --- actions ------------------------------------------------------------------------------

    def selected(self) -> Alert | None:
        items = self.table.selectedItems()
        return self.alerts.get(items[0].data(ID_ROLE)) if items else None

    def raised_incident(self, alert: Alert | None) -> str | None:
        """The incident `alert` has raised (known to the center, or raised from this desk just now)."""
        if alert is None:
            return None
        return alert.incident_id or self.raised.get(alert.id)

    def _update_buttons(self) -> None:
        alert = self.selected()
        server_alert = alert is not None and not alert.id.startswith("local-")
        can_act = self.ctx.engine is not None
        refusal = (permissions.why_not_acknowledge(self.ctx.officer, alert, self.region_tree)
                   if server_alert and alert is not None else None)
        self.ack.setEnabled(bool(server_alert and can_act and alert.acknowledged_at is None and refusal is None))
        self.ack.setToolTip(self._ack_refusal_words(refusal) if refusal is not None
                            else self.tr("Record that you have seen this alert (告警确认)"))
        incident_id = self.raised_incident(alert)
        if incident_id:
            # An alert raises one incident: offer that one.
            self.raise_incident.setText(self.tr("Open incident"))
            known = self.ctx.store.get("incident", incident_id)
            self.raise_incident.setEnabled(known is not None)
            self.raise_incident.setToolTip(
                self.tr("This alert has already raised incident %1; open it.").replace(
                    "%1", str(known.get("code") or "") if known else "")
                if known is not None else
                self.tr("This alert has already raised an incident, which this desk does not show."))
            self.raise_incident.setVisible(True)  # opening it is reading: every officer may
        else:
            # An officer who may never report (a leader) has nothing to raise.
            self.raise_incident.setVisible(self.may_report)
            self.raise_incident.setText(self.tr("Raise incident"))
            self.raise_incident.setToolTip(self.tr("Register the alarm as an incident (smart discovery), prefilled"))
            self.raise_incident.setEnabled(
                bool(alert and can_act and alert.indicator and self._category_for(alert))
            )
        self.on_map.setEnabled(bool(alert and (alert.indicator or alert.area)))
        plan = self.proposed_plan(alert)
        self.start_plan.setEnabled(bool(plan is not None and can_act and self.may_open_operations))
        if plan is not None:
            self.start_plan.setText(self.tr("Start plan “%1”").replace("%1", data_text(plan.name, plan.name_en)))
            self.start_plan.setToolTip(self.tr("Start this plan's joint command over the warning's area. The "
                                               "warning only proposes it: nothing starts by itself."))
        else:
            self.start_plan.setText(self.tr("Start plan"))
            self.start_plan.setToolTip(self.tr("No plan is proposed for this alert."))

    def _ack_refusal_words(self, refusal: Refused) -> str:
        if refusal.code is Code.OUT_OF_SCOPE:
            return self.tr("This alert is outside your area: the officers of its region acknowledge it.")
        if refusal.code is Code.INACTIVE:
            return self.tr("Your account is not active.")
        return self.tr("Your role does not acknowledge alerts.")

    def _raise_or_open(self) -> None:
        incident_id = self.raised_incident(self.selected())
        if incident_id:
            self.open_incident(incident_id)
        else:
            self.raise_incident_for_selected()

    def open_incident(self, incident_id: str) -> None:
        self.ctx.bus.incident_selected.emit(incident_id)

    def acknowledge_selected(self) -> None:
        alert = self.selected()
        if alert is None or self.ctx.engine is None:
            return
        self._issue("alert.acknowledge", {"id": alert.id}, self.reload)

    def _show_on_map(self) -> None:
        alert = self.selected()
        if alert and alert.area:  # a warning's area (CAP polygons and circles)
            info = self._info(alert)
            name = self._cap_title(alert, info) if info is not None else alert.message
            self.ctx.bus.warning_on_map.emit(cap_warnings.area_feature(alert, name))
        elif alert and alert.indicator:
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
        """The prefilled incident.report of an alarm: indicator, region, value, suggested category,
        and the alert it comes from (the central service links them, and refuses a second one)."""
        import uuid

        ind = self.indicators[alert.indicator]
        lon, lat = self._region_point(alert.region or ind.region)
        region = self.regions.get(alert.region or ind.region)
        # Incident texts are case records that agencies read: written in Chinese whatever the desk's language.
        title, description = alarm_incident_texts(ind, region.name if region else "", alert.level, alert.value)
        args = {
            "id": str(uuid.uuid4()),
            "title": title,
            "description": description,
            "category": self._category_for(alert),
            "source": Source.INDICATOR_ALARM.value,
            "severity": int(Severity.HIGH if alert.level is AlertLevel.ALARM else Severity.NORMAL),
            "lon": lon,
            "lat": lat,
            "indicator": ind.code,
        }
        if not alert.id.startswith("local-"):  # a desk's own forecast is not known to the center
            args["alert"] = alert.id
        return args

    def raise_incident_for_selected(self) -> str | None:
        alert = self.selected()
        if alert is None or self.ctx.engine is None or not alert.indicator:
            return None
        if raise_refusal(replace(alert, incident_id=self.raised_incident(alert))) is not None:
            self.ctx.bus.status_message.emit(self.tr("This alert has already raised an incident; open it instead."))
            return None
        args = self.incident_args(alert)
        self.raised[alert.id] = args["id"]  # one click, one incident, before the center confirms it
        self._update_buttons()

        def reported() -> None:
            self.incident_raised.emit(args["id"])
            self.ctx.bus.incident_selected.emit(args["id"])
            self._update_buttons()

        def refused() -> None:
            self.raised.pop(alert.id, None)
            self._update_buttons()

        self._issue("incident.report", args, reported, refused)
        return args["id"]

    def _issue(self, name: str, args: dict, then, undo=None) -> None:
        """Issue through the sync engine off the main thread (it writes the cache); refusals are shown."""
        engine = self.ctx.engine

        def refused(exc: BaseException) -> None:
            if undo is not None:
                undo()
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
