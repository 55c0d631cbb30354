"""Reporting a new incident: what, where (picked on the map or given as a grid cell), how urgent."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.geo import GridIndex, GridPath, to_shape
from dispatch_desk.domain.records import Severity, Source
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.incident import commands
from dispatch_desk.ui.incident.photos import PhotoPicker
from dispatch_desk.ui.queue import labels
from dispatch_desk.ui.queue.names import Names


class NewIncidentDialog(QDialog):
    """Opened by the shell on bus.new_incident_at(lon, lat); issues `incident.report` on OK."""

    reported = Signal(str)  # the new incident's id

    def __init__(self, ctx: AppContext, lon: float | None = None, lat: float | None = None,
                 parent: QWidget | None = None, operation: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newIncidentDialog")
        self.setWindowTitle(self.tr("New incident"))
        self._ctx = ctx
        self._names = Names.load(ctx.store)
        ref = ctx.store.reference()  # the polygons, to place a point in its grid cell
        self._grid = GridIndex(getattr(ref, "grid_cells", ()), getattr(ref, "regions", ()))
        self.incident_id: str | None = None
        self.operation = operation  # raised from a joint command's task: the incident belongs to it

        self.title = QLineEdit(self, objectName="title")
        self.title.setPlaceholderText(self.tr("Short summary: what and where"))
        self.category = QComboBox(self, objectName="category")
        for c in sorted(self._names.categories.values(), key=lambda c: (c.group, c.code)):
            self.category.addItem(f"{c.group} · {c.name}" if c.group else c.name, c.code)
        self.description = QPlainTextEdit(self, objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.source = QComboBox(self, objectName="source")
        for s in Source:
            self.source.addItem(labels.source_label(s.value), s.value)
        self.source.setCurrentIndex(self.source.findData(Source.GRID_PATROL.value))
        self.severity = QComboBox(self, objectName="severity")
        for sev in Severity:
            self.severity.addItem(labels.severity_label(int(sev)), int(sev))
        self.severity.setCurrentIndex(self.severity.findData(int(Severity.NORMAL)))
        self.lon = self._coordinate("lon", 73.0, 135.0, lon)
        self.lat = self._coordinate("lat", 18.0, 54.0, lat)
        self.grid_code = QLineEdit(self, objectName="gridCode")
        self.grid_code.setPlaceholderText(self.tr("or a grid cell code"))
        self.address = QLineEdit(self, objectName="address")
        self.place = QLabel(self, objectName="placeInfo")
        self.place.setWordWrap(True)
        self.photos = PhotoPicker(ctx.store, self)
        self.error = QLabel(self, objectName="dialogError")
        self.error.setStyleSheet("color: #a11212")
        self.error.setWordWrap(True)
        self.error.hide()

        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Lon"), self))
        where.addWidget(self.lon)
        where.addWidget(QLabel(self.tr("Lat"), self))
        where.addWidget(self.lat)
        where.addWidget(self.grid_code, 1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Location"), where)
        form.addRow("", self.place)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Photos"), self.photos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Report"))
        self.photos.busy_changed.connect(lambda busy: buttons.button(QDialogButtonBox.StandardButton.Ok)
                                         .setEnabled(not busy))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.lon.valueChanged.connect(self._show_place)
        self.lat.valueChanged.connect(self._show_place)
        self.grid_code.textChanged.connect(self._show_place)
        ctx.bus.new_incident_at.connect(self.set_location)
        self.issuer = commands.Issuer(ctx, self)
        self.issuer.issued.connect(self._issued)
        self.issuer.refused.connect(self._refused)
        self._show_place()
        self.resize(520, self.sizeHint().height())

    def _coordinate(self, name: str, low: float, high: float, value: float | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self, objectName=name)
        box.setDecimals(6)
        box.setRange(low, high)
        box.setSingleStep(0.0005)
        if value is not None:
            box.setValue(value)
        return box

    def set_location(self, lon: float, lat: float) -> None:
        """A point picked on the map while the dialog is open replaces the location."""
        self.grid_code.clear()
        self.lon.setValue(lon)
        self.lat.setValue(lat)

    def location(self) -> tuple[float, float, GridPath | None]:
        code = self.grid_code.text().strip()
        if code:
            cell = self._grid.cell(code)
            if cell is None:
                raise ValueError(self.tr("No grid cell with code %1").replace("%1", code))
            shape = to_shape(cell.polygon)
            point = shape.representative_point() if shape is not None else None
            lon, lat = (point.x, point.y) if point is not None else (self.lon.value(), self.lat.value())
            return lon, lat, GridPath(cell, self._grid.regions.get(cell.street), self._grid.district_of(cell.code))
        lon, lat = self.lon.value(), self.lat.value()
        return lon, lat, self._grid.path(lon, lat)

    def _show_place(self) -> None:
        try:
            _lon, _lat, path = self.location()
        except ValueError as e:
            self.place.setText(str(e))
            return
        if path is None:
            self.place.setText(self.tr("Outside every grid cell: the city handles it"))
            return
        parts = [p.name for p in (path.district, path.street) if p is not None] + [path.cell.name]
        self.place.setText(" / ".join(parts))

    def args(self) -> dict[str, Any]:
        lon, lat, path = self.location()
        out: dict[str, Any] = {
            "id": self.incident_id or str(uuid.uuid4()),
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "category": self.category.currentData(),
            "source": self.source.currentData(),
            "severity": int(self.severity.currentData()),
            "lon": lon,
            "lat": lat,
        }
        if path is not None:
            out.update({k: v for k, v in path.report_args().items() if v})
        if self.address.text().strip():
            out["address"] = self.address.text().strip()
        if self.photos.hashes():
            out["photos"] = self.photos.hashes()
        if self.operation:
            out["operation"] = self.operation
        return out

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> str | None:
        """Check the form and start the report; returns the new incident's id (None when the form is not
        complete). The dialog closes when the cache has the incident, or shows why it was refused."""
        if not self.title.text().strip():
            self._fail(self.tr("Please give the incident a title."))
            self.title.setFocus()
            return None
        if self.category.currentData() is None:
            self._fail(self.tr("Please choose a category."))
            return None
        try:
            args = self.args()
        except ValueError as e:
            self._fail(str(e))
            return None
        self.incident_id = args["id"]
        # `report` creates the incident: its id is in the args, not the target of an existing one.
        payload = {k: v for k, v in args.items() if k != "id"}
        self.setEnabled(False)  # until the cache has it: no second report by a double press
        self.issuer.issue("report", args["id"], payload)
        return args["id"]

    def busy(self) -> bool:
        return self.issuer.busy()

    def _issued(self, _action: str, incident_id: str, _mutation_id: str) -> None:
        self.setEnabled(True)
        self.reported.emit(incident_id)
        self._ctx.bus.incident_selected.emit(incident_id)
        self.accept()

    def _refused(self, _action: str, _incident_id: str, text: str) -> None:
        self.setEnabled(True)
        self.incident_id = None  # a corrected report is a new one
        self._fail(text)
