"""The object the page sees as `bridge` over QWebChannel: page events become Qt signals."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal, Slot


class MapBridge(QObject):
    ready = Signal()
    incident_clicked = Signal(str)
    incident_opened = Signal(str)
    task_clicked = Signal(str)  # a task marker of the operation in view
    cell_clicked = Signal(str)
    context_menu = Signal(float, float)  # lon, lat
    scope_changed = Signal(object)  # {"level", "code", "trail": [{code, name, level}]}
    view_changed = Signal(object)  # {"west", "south", "east", "north", "zoom"}
    measured = Signal(float)  # metres
    polygon_drawn = Signal(object)  # ring: list of (lon, lat)
    prefetch_asked = Signal()  # "Prefetch this area…" in the page's notice, once the network is back
    painted = Signal(int)  # a token passed to DD.paintedAfter: the frame after it is on screen

    @Slot()
    def pageReady(self) -> None:
        self.ready.emit()

    @Slot(str)
    def incidentClicked(self, incident_id: str) -> None:
        self.incident_clicked.emit(incident_id)

    @Slot(str)
    def taskClicked(self, task_id: str) -> None:
        self.task_clicked.emit(task_id)

    @Slot(str)
    def openIncident(self, incident_id: str) -> None:
        self.incident_opened.emit(incident_id)

    @Slot(str)
    def cellClicked(self, code: str) -> None:
        self.cell_clicked.emit(code)

    @Slot(float, float)
    def contextMenu(self, lon: float, lat: float) -> None:
        self.context_menu.emit(lon, lat)

    @Slot(str)
    def scopeChanged(self, payload: str) -> None:
        self.scope_changed.emit(json.loads(payload))

    @Slot(str)
    def viewChanged(self, payload: str) -> None:
        self.view_changed.emit(json.loads(payload))

    @Slot(float)
    def measuredDistance(self, metres: float) -> None:
        self.measured.emit(metres)

    @Slot()
    def prefetchArea(self) -> None:
        self.prefetch_asked.emit()

    @Slot(int)
    def framePainted(self, token: int) -> None:
        self.painted.emit(token)

    @Slot(str)
    def polygonDrawn(self, payload: str) -> None:
        ring = [(float(lon), float(lat)) for lon, lat in json.loads(payload)]
        if len(ring) >= 3:
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            self.polygon_drawn.emit(ring)
