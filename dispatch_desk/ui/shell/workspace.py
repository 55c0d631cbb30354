"""Workspaces: which docks show where, per kind of desk. The officer's role picks the default.

*Operations center* (ops): big and multiple screens — queue and detail on the left, the map in the
middle, vital-sign charts and alerts on the right. *Field laptop* (field): 1366×768 and touch —
queue and detail beside the map, everything else one click away in the View menu. *Joint command*
(command): one operation — its header across the top, the task board on the left, the map in the
middle, the command log over the seats, reports and charts on the right. *Leadership* (lead): the
assessment on the left, with the queue behind it for the incidents a figure opens, the map in the middle, vital signs and alerts on the right; nothing to dispatch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.ui.shell.docks import COMMAND_DOCKS, LEAD_DOCKS

Area = Qt.DockWidgetArea
H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


@dataclass(frozen=True)
class Workspace:
    key: str
    title: Callable[[], str]
    icon: str
    # (dock name, area, fraction of the window width its column takes)
    placement: tuple[tuple[str, Area], ...]
    columns: tuple[tuple[tuple[str, ...], float], ...]  # docks stacked in a column, width fraction
    tabbed: tuple[tuple[str, str], ...] = ()  # (dock, tabbed onto dock)
    hidden: tuple[str, ...] = ()
    shares: tuple[tuple[str, float], ...] = ()  # a stacked dock's share of its column's height (default even)


OPS = Workspace(
    key="ops",
    title=lambda: QCoreApplication.translate("Workspace", "Operations center"),
    icon="workspace-ops",
    placement=(("queueDock", Area.LeftDockWidgetArea), ("detailDock", Area.LeftDockWidgetArea),
               ("chartsDock", Area.RightDockWidgetArea), ("alertsDock", Area.RightDockWidgetArea),
               ("knowledgeDock", Area.RightDockWidgetArea), ("dutyDock", Area.RightDockWidgetArea)),
    columns=((("queueDock", "detailDock"), 0.38), (("chartsDock", "alertsDock"), 0.26)),
    tabbed=(("knowledgeDock", "alertsDock"), ("dutyDock", "alertsDock")),
    hidden=(*COMMAND_DOCKS, *LEAD_DOCKS),
)
FIELD = Workspace(
    key="field",
    title=lambda: QCoreApplication.translate("Workspace", "Field laptop"),
    icon="workspace-field",
    placement=(("queueDock", Area.LeftDockWidgetArea), ("detailDock", Area.RightDockWidgetArea),
               ("chartsDock", Area.RightDockWidgetArea), ("alertsDock", Area.RightDockWidgetArea),
               ("knowledgeDock", Area.RightDockWidgetArea), ("dutyDock", Area.RightDockWidgetArea)),
    columns=((("queueDock",), 0.38), (("detailDock",), 0.26)),
    tabbed=(("knowledgeDock", "detailDock"), ("alertsDock", "detailDock"), ("chartsDock", "detailDock"),
            ("dutyDock", "detailDock")),
    hidden=("chartsDock", "alertsDock", "knowledgeDock", *COMMAND_DOCKS, *LEAD_DOCKS),
)
COMMAND = Workspace(
    key="command",
    title=lambda: QCoreApplication.translate("Workspace", "Joint command"),
    icon="workspace-command",
    placement=(("operationDock", Area.TopDockWidgetArea), ("taskBoardDock", Area.LeftDockWidgetArea),
               ("commandLogDock", Area.RightDockWidgetArea), ("seatsDock", Area.RightDockWidgetArea),
               ("reportsDock", Area.RightDockWidgetArea), ("chartsDock", Area.RightDockWidgetArea),
               ("alertsDock", Area.RightDockWidgetArea)),
    columns=((("taskBoardDock",), 0.34), (("commandLogDock", "seatsDock"), 0.30)),
    tabbed=(("reportsDock", "seatsDock"), ("chartsDock", "seatsDock"), ("alertsDock", "seatsDock")),
    hidden=("queueDock", "detailDock", "knowledgeDock", "dutyDock", *LEAD_DOCKS),
    shares=(("commandLogDock", 0.62), ("seatsDock", 0.38)),
)
LEAD = Workspace(
    key="lead",
    title=lambda: QCoreApplication.translate("Workspace", "Leadership"),
    icon="workspace-lead",
    placement=(("assessmentDock", Area.LeftDockWidgetArea), ("analysisDock", Area.LeftDockWidgetArea),
               ("queueDock", Area.LeftDockWidgetArea),
               ("chartsDock", Area.RightDockWidgetArea), ("alertsDock", Area.RightDockWidgetArea),
               ("detailDock", Area.RightDockWidgetArea), ("dutyDock", Area.RightDockWidgetArea)),
    columns=((("assessmentDock",), 0.46), (("chartsDock",), 0.25)),
    tabbed=(("analysisDock", "assessmentDock"), ("queueDock", "assessmentDock"), ("alertsDock", "chartsDock"),
            ("detailDock", "chartsDock"), ("dutyDock", "chartsDock")),
    hidden=("knowledgeDock", *COMMAND_DOCKS),
)
WORKSPACES = {ws.key: ws for ws in (OPS, FIELD, COMMAND, LEAD)}

# The workspace each role starts in (one table); roles not named start in the operations center.
DEFAULT_WORKSPACE = {Role.STREET_SUPERVISOR: "field", Role.LIAISON: "command", Role.LEADER: "lead",
                     Role.ANALYST: "lead"}
ROUTINE = ("ops", "field", "lead")


def for_officer(officer: Officer | None) -> str:
    """Street supervisors work from laptops in the field, liaisons in the joint command they are
    seated in, leaders from their figures; everyone else from the center."""
    return DEFAULT_WORKSPACE.get(officer.role, "ops") if officer is not None else "ops"


def routine_for(officer: Officer | None) -> str:
    """The everyday workspace an officer returns to from the joint command."""
    key = for_officer(officer)
    return key if key in ROUTINE else "ops"


def arrange(window: QMainWindow, ws: Workspace, docks: dict[str, QDockWidget]) -> None:
    """Lay the docks out as the workspace's default (used when no valid saved layout exists)."""
    for name, area in ws.placement:
        if dock := docks.get(name):
            dock.setFloating(False)
            window.addDockWidget(area, dock, V)
    for name, onto in ws.tabbed:
        if name in docks and onto in docks:
            window.tabifyDockWidget(docks[onto], docks[name])
    for name, dock in docks.items():
        dock.setVisible(name not in ws.hidden)
    for _name, onto in ws.tabbed:
        if onto in docks and onto not in ws.hidden:
            docks[onto].raise_()
    width = max(window.width(), 800)
    tops = [(docks[col[0]], frac) for col, frac in ws.columns if col[0] in docks and col[0] not in ws.hidden]
    if tops:
        window.resizeDocks([d for d, _ in tops], [int(width * f) for _, f in tops], H)
    shares = dict(ws.shares)
    for col, _ in ws.columns:
        names = [n for n in col if n in docks and n not in ws.hidden]
        if len(names) > 1:
            height = max(window.height(), 600)
            window.resizeDocks([docks[n] for n in names],
                               [int(height * shares.get(n, 1 / len(names))) for n in names], V)
