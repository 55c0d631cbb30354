"""A bundle of reference and history records, as produced by the demo generator or an import file
and loaded into the central service in one go."""

from __future__ import annotations

from dataclasses import dataclass, field

from dispatch_desk.domain.records import (
    Agency,
    Alert,
    Category,
    DutyShift,
    GridCell,
    Incident,
    IncidentAction,
    Indicator,
    KnowledgeDoc,
    LogEntry,
    Officer,
    Operation,
    Plan,
    Reading,
    Region,
    SituationReport,
    SlaRule,
    Task,
)


@dataclass
class SeedBundle:
    regions: list[Region] = field(default_factory=list)
    grid_cells: list[GridCell] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    sla_rules: list[SlaRule] = field(default_factory=list)
    officers: list[Officer] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)  # username -> clear password (demo only)
    indicators: list[Indicator] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    incident_actions: list[IncidentAction] = field(default_factory=list)
    knowledge_docs: list[KnowledgeDoc] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    log_entries: list[LogEntry] = field(default_factory=list)
    sitreps: list[SituationReport] = field(default_factory=list)
    duty_shifts: list[DutyShift] = field(default_factory=list)
    basemap: dict = field(default_factory=dict)  # GeoJSON FeatureCollection: river, roads, parks
