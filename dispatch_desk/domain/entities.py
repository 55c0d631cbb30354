"""The kinds of record the change feed carries, by name: the SeedBundle field names in singular.

One table for the central service (what it stores and sends) and the cache (what it keeps).
"""

from __future__ import annotations

from dispatch_desk.domain import codec
from dispatch_desk.domain.records import (
    Agency,
    Alert,
    AssessmentWeights,
    Category,
    DutyShift,
    GridCell,
    Handover,
    Incident,
    IncidentAction,
    Indicator,
    KnowledgeDoc,
    LogEntry,
    Officer,
    Operation,
    Plan,
    PublishedAssessment,
    Reading,
    Region,
    SituationReport,
    SlaRule,
    Task,
)

ENTITIES: dict[str, type] = {
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
    "sitrep": SituationReport,
    "duty_shift": DutyShift,
    "handover": Handover,
    "assessment": PublishedAssessment,
    "assessment_weights": AssessmentWeights,
}
ENTITY_OF: dict[type, str] = {cls: name for name, cls in ENTITIES.items()}


def reading_key(indicator: str, at_iso: str) -> str:
    """A reading's key: its indicator and its instant in ISO-8601 UTC, e.g. pm25.SJ@2026-11-28T08:00:00Z."""
    return f"{indicator}@{at_iso}"


def split_reading_key(key: str) -> tuple[str, str]:
    indicator, _, at = key.rpartition("@")
    return indicator, at


def key_of(record: object) -> str:
    """The key a record is known by in the feed and the cache."""
    if isinstance(record, Reading):
        return reading_key(record.indicator, codec.encode_time(record.at))
    if isinstance(record, SlaRule):
        return f"{record.category}:{record.stage.value}"
    code = getattr(record, "code", None)
    if code and not isinstance(record, Incident):
        return str(code)
    return str(record.id)  # type: ignore[attr-defined]
