"""The docks of the main window and the one place that decides whether each exists.

A dock's content comes from the area that owns it. While an area has not shipped its widget, its
dock is not created at all — the frame never shows placeholder content in its place. Heavy areas
(QtWebEngine, pyqtgraph) are imported after the window's first paint.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

log = logging.getLogger(__name__)
Area = Qt.DockWidgetArea


@dataclass(frozen=True)
class DockSpec:
    name: str  # objectName, the key of saved layouts
    module: str
    attr: str
    title: Callable[[], str]
    icon: str
    heavy: bool = False  # imported after the first paint


# lupdate needs the literal QCoreApplication.translate("Docks", ...) calls below.
DOCKS: tuple[DockSpec, ...] = (
    DockSpec("queueDock", "dispatch_desk.ui.queue", "QueueWidget",
             lambda: QCoreApplication.translate("Docks", "Incident queue"), "queue"),
    DockSpec("detailDock", "dispatch_desk.ui.incident", "IncidentDetailWidget",
             lambda: QCoreApplication.translate("Docks", "Incident detail"), "detail"),
    DockSpec("chartsDock", "dispatch_desk.ui.charts", "DashboardWidget",
             lambda: QCoreApplication.translate("Docks", "City vital signs"), "charts", heavy=True),
    DockSpec("alertsDock", "dispatch_desk.ui.charts", "AlertsWidget",
             lambda: QCoreApplication.translate("Docks", "Alerts"), "alerts", heavy=True),
    DockSpec("knowledgeDock", "dispatch_desk.ui.shell.knowledge", "KnowledgeWidget",
             lambda: QCoreApplication.translate("Docks", "Knowledge base"), "knowledge"),
    DockSpec("dutyDock", "dispatch_desk.ui.duty", "DutyWidget",
             lambda: QCoreApplication.translate("Docks", "Duty"), "duty"),
    # The operation workspace (联动指挥); hidden in the others.
    DockSpec("operationDock", "dispatch_desk.ui.command", "OperationHeader",
             lambda: QCoreApplication.translate("Docks", "Joint command"), "workspace-ops"),
    DockSpec("taskBoardDock", "dispatch_desk.ui.command", "TaskBoardWidget",
             lambda: QCoreApplication.translate("Docks", "Task board"), "queue"),
    DockSpec("commandLogDock", "dispatch_desk.ui.command", "CommandLogWidget",
             lambda: QCoreApplication.translate("Docks", "Command log"), "detail"),
    DockSpec("seatsDock", "dispatch_desk.ui.command", "SeatsWidget",
             lambda: QCoreApplication.translate("Docks", "Seats"), "knowledge"),
    DockSpec("reportsDock", "dispatch_desk.ui.command.reports", "ReportsWidget",
             lambda: QCoreApplication.translate("Docks", "Situation reports"), "detail"),
    # The leader's pages (考核评价, 专题分析); hidden in the other workspaces.
    DockSpec("assessmentDock", "dispatch_desk.ui.assess", "AssessmentWidget",
             lambda: QCoreApplication.translate("Docks", "Assessment"), "assessment"),
    DockSpec("analysisDock", "dispatch_desk.ui.assess", "AnalysisWidget",
             lambda: QCoreApplication.translate("Docks", "Thematic analysis"), "charts"),
)
COMMAND_DOCKS = ("operationDock", "taskBoardDock", "commandLogDock", "seatsDock", "reportsDock")
LEAD_DOCKS = ("assessmentDock", "analysisDock")
# Not docks, but found and left out the same way: the central map, the wall display and the new-incident dialog.
MAP = DockSpec("map", "dispatch_desk.ui.map", "MapWidget",
               lambda: QCoreApplication.translate("Docks", "Map"), "map", heavy=True)
WALL = DockSpec("wall", "dispatch_desk.ui.wall", "WallWindow",
                lambda: QCoreApplication.translate("Docks", "Wall display"), "charts")
OPEN_DATA = DockSpec("openData", "dispatch_desk.ui.admin", "OpenDataDialog",
                     lambda: QCoreApplication.translate("Docks", "Open data export"), "assessment")
OFFICERS = DockSpec("officers", "dispatch_desk.ui.admin", "OfficersDialog",
                    lambda: QCoreApplication.translate("Docks", "Officers' accounts"), "settings")
CATEGORIES = DockSpec("categories", "dispatch_desk.ui.admin", "CategoriesDialog",
                      lambda: QCoreApplication.translate("Docks", "Categories and time limits"), "settings")
AGENCIES = DockSpec("agencies", "dispatch_desk.ui.admin", "AgenciesDialog",
                    lambda: QCoreApplication.translate("Docks", "Agencies"), "settings")
PLANS = DockSpec("plans", "dispatch_desk.ui.admin", "PlansDialog",
                 lambda: QCoreApplication.translate("Docks", "Plans"), "settings")
GRID_IMPORT = DockSpec("gridImport", "dispatch_desk.ui.admin", "GridImportDialog",
                       lambda: QCoreApplication.translate("Docks", "Import grid cells"), "map")
MAINTENANCE = DockSpec("maintenance", "dispatch_desk.ui.admin", "MaintenanceDialog",
                       lambda: QCoreApplication.translate("Docks", "Operations and maintenance"), "settings")
NEW_INCIDENT = DockSpec("newIncident", "dispatch_desk.ui.incident", "NewIncidentDialog",
                        lambda: QCoreApplication.translate("Docks", "New incident"), "detail")


def is_shipped(spec: DockSpec) -> bool:
    """Cheap check, no import: the owning package exists as a real package (not a bare folder)."""
    try:
        found = importlib.util.find_spec(spec.module)
    except ModuleNotFoundError:
        return False
    return found is not None and found.origin not in (None, "namespace")


def widget_class(spec: DockSpec) -> type | None:
    """The area's widget class, or None while it is not there. A broken area is logged, not hidden."""
    if not is_shipped(spec):
        return None
    try:
        module = importlib.import_module(spec.module)
    except Exception:
        log.exception("the %s area failed to load; its dock is left out", spec.module)
        return None
    cls = getattr(module, spec.attr, None)
    if cls is None:
        log.info("%s has no %s yet; its dock is left out", spec.module, spec.attr)
    return cls


def available() -> list[DockSpec]:
    return [spec for spec in DOCKS if is_shipped(spec)]
