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
from dispatch_desk.ui.common import commands, labels
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.common.photos import PhotoPicker
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell.i18n import data_text

LON_RANGE = (73.0, 135.0)  # China's longitudes and latitudes; the minimum stands for "not given yet"
LAT_RANGE = (18.0, 54.0)


class NewIncidentDialog(QDialog):
    """Opened by the shell on bus.new_incident_at(lon, lat); issues `incident.report` on OK.

    On OK the dialog closes at once and the report is marked as being saved (`commands.in_flight`),
    whatever the sync is doing; it is staged on the action lane. Should the cache refuse it, the dialog
    opens again with everything the officer typed and the reason."""

    reported = Signal(str)  # the new incident's id

    def __init__(self, ctx: AppContext, lon: float | None = None, lat: float | None = None,
                 parent: QWidget | None = None, operation: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newIncidentDialog")
        self.setWindowTitle(self.tr("New incident"))
        self._ctx = ctx
        labels.reset()  # the label tables follow the language installed now
        self._names = Names.load(ctx.store)
        ref = ctx.store.reference()  # the polygons, to place a point in its grid cell
        self._grid = GridIndex(getattr(ref, "grid_cells", ()), getattr(ref, "regions", ()))
        self.incident_id: str | None = None
        self.operation = operation  # raised from a joint command's task: the incident belongs to it

        self.title = QLineEdit(self, objectName="title")
        self.title.setPlaceholderText(self.tr("Short summary: what and where"))
        self.category = QComboBox(self, objectName="category")
        for c in sorted(self._names.categories.values(), key=lambda c: (c.group, c.code)):
            name, group = self._names.category(c.code), self._names.category_group(c.code)  # the desk's language
            self.category.addItem(f"{group} · {name}" if group else name, c.code)
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
        self.lon = self._coordinate("lon", *LON_RANGE, lon)
        self.lat = self._coordinate("lat", *LAT_RANGE, lat)
        self._placing = False  # the coordinates are being set from a grid cell code
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
        where.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Location"), where)
        form.addRow(self.tr("Grid cell"), self.grid_code)  # a row of its own: its hint is read whole
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
        self.lon.valueChanged.connect(self._coordinates_edited)
        self.lat.valueChanged.connect(self._coordinates_edited)
        self.grid_code.textChanged.connect(self._show_place)
        ctx.bus.new_incident_at.connect(self.set_location)
        self.issuer = commands.Issuer(ctx, self)
        self.issuer.issued.connect(self._issued)
        self.issuer.pending.connect(self._pending)
        self.issuer.refused.connect(self._refused)
        self._show_place()
        self.resize(520, self.sizeHint().height())

    def _coordinate(self, name: str, low: float, high: float, value: float | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self, objectName=name)
        box.setDecimals(6)
        box.setRange(low, high)
        box.setSingleStep(0.0005)
        box.setSpecialValueText("—")  # shown at the minimum: no place given yet
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("000.000000") + 36)
        if value is not None:
            box.setValue(value)
        return box

    def _has_point(self) -> bool:
        return self.lon.value() > self.lon.minimum() and self.lat.value() > self.lat.minimum()

    def _coordinates_edited(self) -> None:
        if not self._placing and self.grid_code.text().strip():
            self.grid_code.clear()  # coordinates typed by hand replace the cell code (which shows the place)
        self._show_place()

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
            # to the spin boxes' six decimals (~0.1 m): the report has the coordinates the officer sees
            lon, lat = (round(point.x, 6), round(point.y, 6)) if point is not None else (
                self.lon.value(), self.lat.value())
            return lon, lat, GridPath(cell, self._grid.regions.get(cell.street), self._grid.district_of(cell.code))
        if not self._has_point():
            raise ValueError(self.tr("Please pick the place on the map or type a grid cell code."))
        lon, lat = self.lon.value(), self.lat.value()
        return lon, lat, self._grid.path(lon, lat)

    def _show_place(self) -> None:
        if not self.grid_code.text().strip() and not self._has_point():
            self.place.setText(self.tr("Pick the place on the map, or type a grid cell code."))
            return
        try:
            lon, lat, path = self.location()
        except ValueError as e:
            self.place.setText(str(e))
            return
        if self.grid_code.text().strip():
            self._placing = True  # the cell's own point: the coordinates say where the cell is
            try:
                self.lon.setValue(lon)
                self.lat.setValue(lat)
            finally:
                self._placing = False
        if path is None:
            self.place.setText(self.tr("Outside every grid cell: the city handles it"))
            return
        self.place.setText(place_words(path))

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
        complete). The dialog closes at once; it opens again with the reason if the report is refused."""
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
        self.error.hide()
        self.issuer.issue("report", args["id"], payload)
        return args["id"]

    def busy(self) -> bool:
        return self.issuer.busy()

    def saving(self) -> bool:
        """The report was given and is being saved: the dialog is closed meanwhile."""
        return self.issuer.busy()

    def _pending(self, _action: str, _incident_id: str) -> None:
        # Closed at once, not accepted: the form and its input live on until the cache has the report.
        self.hide()

    def _issued(self, _action: str, incident_id: str, _mutation_id: str) -> None:
        self.reported.emit(incident_id)
        self._ctx.bus.incident_selected.emit(incident_id)
        self._ctx.bus.status_message.emit(self.tr("Reported: %1").replace("%1", self.title.text().strip()))
        self.accept()

    def _refused(self, _action: str, _incident_id: str, text: str) -> None:
        self.incident_id = None  # a corrected report is a new one
        self._fail(self.tr("The report was not saved: %1").replace("%1", text))
        self.open()  # back, with everything the officer typed
        self.raise_()


def place_words(path: GridPath) -> str:
    """A grid path in words, smallest first: cell, street, district."""
    parts = [data_text(path.cell.name, getattr(path.cell, "name_en", "") or "")]
    parts += [data_text(r.name, r.name_en) for r in (path.street, path.district) if r is not None]
    return " · ".join(parts)
