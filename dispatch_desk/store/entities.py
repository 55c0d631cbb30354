"""The record kinds of the change feed and how each is kept in the cache.

Entity names are the SeedBundle field names in singular; each has a table of the same name.
"""

from __future__ import annotations

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
    SlaRule,
    Task,
)

RECORD_CLASSES: dict[str, type] = {
    "region": Region,
    "grid_cell": GridCell,
    "agency": Agency,
    "category": Category,
    "sla_rule": SlaRule,
    "officer": Officer,
    "indicator": Indicator,
    "reading": Reading,
    "alert": Alert,
    "incident": Incident,
    "incident_action": IncidentAction,
    "knowledge_doc": KnowledgeDoc,
    "operation": Operation,
    "plan": Plan,
    "task": Task,
    "log_entry": LogEntry,
    "duty_shift": DutyShift,
}
# Kept as (key, JSON data, pending) rows; incident and reading have tables of their own.
JSON_ENTITIES = frozenset(RECORD_CLASSES) - {"incident", "reading"}


def reading_key(indicator: str, at_iso: str) -> str:
    return f"{indicator}@{at_iso}"


def split_reading_key(key: str) -> tuple[str, str]:
    indicator, _, at = key.rpartition("@")
    return indicator, at
