"""Which actions the officer may take on an incident now, and the refusal code of those they may not.

`workflow.allowed_actions` is the truth for enabling buttons; the refusal code (for a translated
tooltip) is looked up from the same public checks the workflow composes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dispatch_desk.domain import workflow
from dispatch_desk.domain.permissions import why_not
from dispatch_desk.domain.records import Incident, Officer
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow_actions import Action, Refused
from dispatch_desk.domain.workflow_rules import status_refusal
from dispatch_desk.domain.workflow_steps import state_refusal


def policy_of(names: Any) -> SlaPolicy:
    """The workflow policy from the reference names (categories, SLA rules, the region tree)."""
    return SlaPolicy(categories=names.categories.values(), rules=names.sla_rules, regions=names.regions.values())


def verdicts(incident: Incident | None, actor: Officer, now: datetime, policy: SlaPolicy) -> dict[str, Refused | None]:
    allowed = workflow.allowed_actions(incident, actor, now, policy)
    out: dict[str, Refused | None] = {}
    current = (workflow.resume_lapsed(incident, now) or incident) if incident is not None else None
    for action, reason in allowed.items():
        if reason is None:
            out[action.value] = None
            continue
        refusal = None
        if current is not None and action is not Action.REPORT:
            refusal = (
                why_not(actor, action, current, policy.regions, now)
                or status_refusal(action, current.status)
                or state_refusal(action, current, now)
            )
        out[action.value] = refusal if refusal is not None and refusal.reason == reason else Refused(reason, "")
    return out
