"""Alerts on the central service: acknowledging (告警确认: who saw it and when; twice changes
nothing), and the incident an alert raises (智能发现).

An officer raises an incident from an alert with an ordinary `incident.report` that names it
(`alert`). The report is decided like any other (`incidents.handle`); here, around it, the rule
`alerting.raise_refusal` is kept — an alert raises at most one incident, so a second report from
it is refused as a conflict carrying the alert, which names the incident it raised — and the alert
is linked to the new incident, in the same savepoint, so every desk learns of it through the feed.
"""

from __future__ import annotations

from dataclasses import replace

from dispatch_desk.domain import permissions
from dispatch_desk.domain.alerting import raise_refusal
from dispatch_desk.domain.records import Alert
from dispatch_desk.domain.wire import MutationResult, Outcome
from dispatch_desk.domain.workflow import Action
from dispatch_desk.domain.workflow_actions import Code

from . import incidents, ledger
from .outcome import Context, Handler, applied, conflict, rejected


def alert_acknowledge(ctx: Context) -> MutationResult:
    key = str(ctx.mutation.args.get("id") or ctx.mutation.args.get("alert") or "")
    alert = ledger.get(ctx.tx, Alert, key)
    if alert is None:
        if not permissions.is_active(ctx.officer, ctx.now):
            return rejected(ctx, "Your account is not active.", Code.INACTIVE)
        if (refused := permissions.read_only(ctx.officer)) is not None:
            return rejected(ctx, refused.reason + ".", refused.code)
        return rejected(ctx, "No such alert.", Code.NOT_FOUND)
    refusal = permissions.why_not_acknowledge(ctx.officer, alert, ctx.ref.regions, ctx.now)
    if refusal is not None:
        return rejected(ctx, refusal.reason + ".", refusal.code)
    if alert.acknowledged_at is not None:  # acknowledging twice changes nothing
        return applied(ctx, ctx.tx.current_seq())
    return applied(ctx, ledger.put(ctx.tx, replace(alert, acknowledged_by=ctx.officer.id, acknowledged_at=ctx.now)))


def incident_report(ctx: Context) -> MutationResult:
    """`incident.report`; one that names the alert it comes from raises that alert's only incident."""
    key = ctx.mutation.args.get("alert")
    if key in (None, ""):
        return incidents.handle(ctx)
    if not isinstance(key, str):
        return rejected(ctx, "'alert' must be the id of an alert.", Code.BAD_ARGS)
    # Locked until the savepoint ends, so that two desks raising from one alarm at once take turns.
    alert = ledger.get(ctx.tx, Alert, key, for_update=True)
    if alert is None:  # e.g. a desk's own forecast, never sent: reported without a link
        return incidents.handle(ctx)
    refusal = raise_refusal(alert)
    if refusal is not None:
        return conflict(ctx, refusal, "alert", alert.id, Code.EXISTS)
    result = incidents.handle(ctx)
    if result.outcome is not Outcome.APPLIED:
        return result
    incident_id = incidents.incident_key(Action.REPORT, ctx.mutation.args)
    return applied(ctx, ledger.put(ctx.tx, replace(alert, incident_id=incident_id)))


HANDLERS: dict[str, Handler] = {"alert.acknowledge": alert_acknowledge, "incident.report": incident_report}
