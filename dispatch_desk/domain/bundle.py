"""A bundle of reference and history records, as produced by the demo generator or an import file
and loaded into the central service in one go."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from dispatch_desk.domain.command import Name, Title
from dispatch_desk.domain.records import (
    Agency,
    Alert,
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
    PlanTask,
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
    handovers: list[Handover] = field(default_factory=list)
    basemap: dict[str, Any] = field(default_factory=dict)  # GeoJSON FeatureCollection: river, roads, parks


# The texts of reference records people read, in both languages: the name is required, the rest may be
# empty. They are checked like the names of mutations (length, control characters, invalid text).
REFERENCE_TEXTS: dict[type, tuple[str, ...]] = {
    Region: ("name", "name_en"),
    GridCell: ("name", "name_en"),
    Agency: ("name", "short_name", "name_en", "short_name_en"),
    Category: ("name", "group", "name_en", "group_en"),
    Indicator: ("name", "unit", "name_en", "unit_en"),
    Plan: ("name", "name_en"),
    PlanTask: ("title", "title_en"),  # the task templates of a plan, checked with their plan
}
_REQUIRED_TEXTS = frozenset({"name", "title"})
_REQUIRED = TypeAdapter(Title)
_OPTIONAL = TypeAdapter(Name)


def _problem(record: Any, label: str) -> str | None:
    for name in REFERENCE_TEXTS.get(type(record), ()):
        try:
            (_REQUIRED if name in _REQUIRED_TEXTS else _OPTIONAL).validate_python(getattr(record, name))
        except ValidationError as exc:
            reason = exc.errors()[0]["msg"].removeprefix("Value error, ")
            return f"{label}: {name} — {reason}."
    return None


def text_problem(record: Any) -> str | None:
    """What is wrong with the names of a reference record, for the person loading it, or None."""
    label = f"{type(record).__name__} {getattr(record, 'code', None) or getattr(record, 'id', '')!r}"
    problem = _problem(record, label)
    if problem is None and isinstance(record, Plan):
        for number, task in enumerate(record.tasks, start=1):
            if (problem := _problem(task, f"{label} task {number}")) is not None:
                break
    return problem


def text_problems(records: Iterable[Any], limit: int = 5) -> list[str]:
    """The first `limit` problems of the names of these records (see `text_problem`)."""
    out = []
    for record in records:
        problem = text_problem(record)
        if problem is not None:
            out.append(problem)
            if len(out) == limit:
                break
    return out


def bundle_text_problems(bundle: SeedBundle, limit: int = 5) -> list[str]:
    kinds = (bundle.regions, bundle.grid_cells, bundle.agencies, bundle.categories, bundle.indicators,
             bundle.plans)
    return text_problems((r for rs in kinds for r in rs), limit)
