"""Which actions the officer may take on an incident now, and why not, in the officer's words.

`workflow.verdicts` is the one source: it enables the buttons and gives each refusal its code and
reason. `refusal_words` turns a refusal into a sentence an officer reads in a tooltip: what stops
the action and, where the domain says so, what would allow it (the statuses it starts from, the
agency that leads, the level that handles the incident).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain import workflow
from dispatch_desk.domain.permissions import officer_level
from dispatch_desk.domain.records import Incident, IncidentStatus, Officer, RegionLevel
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow_actions import Action, Code, Refused
from dispatch_desk.domain.workflow_rules import FROM_STATUSES
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.commands import refusal_text

translate = QCoreApplication.translate  # the name lupdate looks for

# The order statuses are listed in when a tooltip says where an action is possible.
STATUS_ORDER = tuple(IncidentStatus)


def policy_of(names: Any) -> SlaPolicy:
    """The workflow policy from the reference names (categories, SLA rules, the region tree)."""
    return SlaPolicy(categories=names.categories.values(), rules=names.sla_rules, regions=names.regions.values())


def verdicts(incident: Incident | None, actor: Officer, now: datetime, policy: SlaPolicy) -> dict[str, Refused | None]:
    """{action name: None when allowed now, else the domain's refusal (reason and code)}."""
    return {action.value: refusal for action, refusal in workflow.verdicts(incident, actor, now, policy).items()}


def level_label(level: RegionLevel | str | None) -> str:
    value = getattr(level, "value", level)
    return {
        "city": translate("Refusals", "city"),
        "district": translate("Refusals", "district"),
        "street": translate("Refusals", "street"),
    }.get(str(value), str(value or ""))


def refusal_words(action: str, refusal: Refused | str | None, incident: Incident | None = None,
                  actor: Officer | None = None, names: Any = None, regions: Any = None) -> str:
    """Why `action` is not possible now, for the officer; '' when it is possible."""
    if refusal is None:
        return ""
    if isinstance(refusal, str):
        refusal = Refused(refusal, "")
    code = str(getattr(refusal.code, "value", refusal.code) or "")
    reason = refusal.reason or ""
    verb = labels.action_label(action)
    if incident is None or code == Code.NOT_FOUND:
        return translate("Refusals", "Select an incident first")
    status = incident.status.value
    if code == Code.WRONG_STATUS:
        if reason.startswith("Cannot "):
            return _status_words(action, incident)
        if "deadline" in reason:
            return translate("Refusals", "There is no running time limit to extend")
        if "not suspended" in reason:
            return translate("Refusals", "The incident is not suspended")
    if code == Code.PENDING:
        if "already waiting" in reason:
            return translate("Refusals", "A suspension request is already waiting for approval")
        return translate("Refusals", "No suspension request is waiting for approval")
    if code == Code.LEVEL:
        if "city level" in reason:
            return translate("Refusals", "The incident is already handled at city level: there is no level above")
        handling = level_label(incident.level)
        if reason.startswith("Only an officer above"):
            return translate("Refusals", "Only an officer above the %1 level that handles the incident can do this"
                             ).replace("%1", handling)
        mine = level_label(officer_level(actor, regions)) if actor is not None else ""
        text = translate("Refusals", "The incident is handled at %1 level; you work at %2 level")
        return text.replace("%1", handling).replace("%2", mine)
    if code == Code.OUT_OF_SCOPE:
        if reason.startswith("Only the lead agency"):
            if not incident.lead_agency:
                return translate("Refusals", "Only the lead agency can do this, and the incident is not dispatched yet")
            lead = names.agency_full(incident.lead_agency) if names is not None else incident.lead_agency
            return translate("Refusals", "Only the lead agency (%1) can do this").replace("%1", lead)
        if reason.startswith("Liaisons"):
            return translate("Refusals", "A liaison acts only on the incidents of their joint command")
        if "area" in reason:
            return translate("Refusals", "The incident is outside your area")
        return translate("Refusals", "You take no part in this incident")
    if code == Code.FORBIDDEN:
        return translate("Refusals", "Your role may not %1 incidents").replace("%1", verb)
    return refusal_text(code, reason, action, status)


def _status_words(action: str, incident: Incident) -> str:
    verb = labels.action_label(action)
    now = labels.status_label(incident.status.value)
    try:
        starts = FROM_STATUSES[Action(action)]
    except (KeyError, ValueError):
        starts = frozenset()
    if not starts:
        return translate("Refusals", "%1 is not possible while the incident is %2").replace("%1", verb).replace("%2", now)
    where = translate("Refusals", ", ").join(labels.status_label(s.value) for s in STATUS_ORDER if s in starts)
    text = translate("Refusals", "%1 is not possible while the incident is %2; it is possible when it is %3")
    return text.replace("%1", verb).replace("%2", now).replace("%3", where)
