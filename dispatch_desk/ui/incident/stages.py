"""The SLA of each stage of one incident: when it started, its limit, when it ended, and how it went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from dispatch_desk.domain.records import Incident, SlaStage, SlaState
from dispatch_desk.domain.sla import SlaPolicy, sla_state, stage_of

# (stage, field that starts it, field that ends it)
_BOUNDS = (
    (SlaStage.REGISTER, "reported_at", "registered_at"),
    (SlaStage.DISPATCH, "registered_at", "dispatched_at"),
    (SlaStage.ACCEPT, "dispatched_at", "accepted_at"),
    (SlaStage.DISPOSE, "accepted_at", "disposed_at"),
    (SlaStage.VERIFY, "disposed_at", "verified_at"),
)


@dataclass(frozen=True)
class StageSla:
    stage: SlaStage
    started: datetime | None
    due: datetime | None
    ended: datetime | None
    state: SlaState  # for an ended stage: OK when in time, OVERDUE when late
    seconds_left: float | None = None  # the running stage only
    running: bool = False


def stage_slas(incident: Incident, now: datetime, policy: SlaPolicy) -> list[StageSla]:
    current = stage_of(incident.resume_status or incident.status) if incident.status.value == "suspended" \
        else stage_of(incident.status)
    out = []
    for stage, start_field, end_field in _BOUNDS:
        started = getattr(incident, start_field)
        ended = getattr(incident, end_field)
        if stage == current:
            state, left = sla_state(incident, now, policy)
            out.append(StageSla(stage, incident.stage_started_at or started, incident.due_at, None, state, left, True))
            continue
        if started is None:
            out.append(StageSla(stage, None, None, None, SlaState.NONE))
            continue
        if stage == SlaStage.DISPOSE and incident.deadline is not None:
            due = incident.deadline
        else:
            due = started + policy.limit(incident.category, stage)
        if ended is None or ended < started:
            out.append(StageSla(stage, started, due, None, SlaState.NONE))
            continue
        # Suspended time is not held against the stage it interrupted.
        late = ended > due + timedelta(seconds=incident.suspended_seconds)
        out.append(StageSla(stage, started, due, ended, SlaState.OVERDUE if late else SlaState.OK))
    return out

