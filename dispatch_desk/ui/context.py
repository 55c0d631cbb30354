"""What every part of the UI is given: the store, the sync engine, the officer, and the bus.

The bus carries application-wide signals between docks that must not know each other: the queue,
the map, the detail pane and the charts talk through it, and the shell wires it to sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from dispatch_desk.domain.records import Officer


class AppBus(QObject):
    incident_selected = Signal(str)  # an incident id chosen in any view
    show_incident_on_map = Signal(str)  # fly the map to this incident and highlight it
    incident_filter_changed = Signal(object)  # the queue's current filter (a store query object)
    new_incident_at = Signal(float, float)  # lon, lat picked on the map for a new incident
    indicator_on_map = Signal(str)  # color grid cells by this indicator code
    warning_on_map = Signal(object)  # a warning's area as a GeoJSON feature {properties: {name}}: draw and fit it
    data_changed = Signal(object)  # {entity kind: set of keys} that sync or a local action changed
    sync_state_changed = Signal(object)  # the sync engine's state snapshot
    notify = Signal(str, str, int)  # title, text, severity (1..4): urgent incidents and alarms
    status_message = Signal(str)
    operation_selected = Signal(str)  # the joint command the operation workspace shows ("" for none)
    show_operation_on_map = Signal(str)  # fit the map to this operation's area and show its tasks
    task_selected = Signal(str)  # a task chosen on the board (the map highlights it if it has a place)
    # a figure drilled into (assessment, analysis): its title and the incident ids behind it, which the
    # queue then lists exactly
    open_in_queue = Signal(str, object)


@dataclass
class AppContext:
    store: Any  # dispatch_desk.store.Store, opened on the main thread for small page reads
    engine: Any  # dispatch_desk.sync.SyncEngine, or None when running without a central service
    officer: Officer
    bus: AppBus
    workspace: str = "ops"  # "ops" (operations center), "field" (field laptop) or "command" (joint command)
    operation_id: str | None = None  # the joint command the operation workspace shows (follow operation_selected)
