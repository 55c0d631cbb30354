"""Acknowledging alerts (告警确认): who saw it and when; acknowledging twice changes nothing."""

from __future__ import annotations

from dataclasses import replace

from dispatch_desk.domain import permissions
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Alert, Officer, RegionLevel, Role
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow_actions import Code

from . import ledger
from .outcome import Context, Handler, applied, rejected


def alert_acknowledge(ctx: Context) -> MutationResult:
    if not permissions.is_active(ctx.officer, ctx.now):
        return rejected(ctx, "Your account is not active.", Code.INACTIVE)
    if ctx.officer.role is Role.LEADER:
        return rejected(ctx, "Leaders have read-only access.", Code.READ_ONLY)
    key = str(ctx.mutation.args.get("id") or ctx.mutation.args.get("alert") or "")
    alert = ledger.get(ctx.tx, Alert, key)
    if alert is None or not covers_alert(ctx.officer, alert, ctx.ref.regions):
        return rejected(ctx, "No such alert, or it is outside your region.", Code.NOT_FOUND)
    if alert.acknowledged_at is not None:  # acknowledging twice changes nothing
        return applied(ctx, ctx.tx.current_seq())
    return applied(ctx, ledger.put(ctx.tx, replace(alert, acknowledged_by=ctx.officer.id, acknowledged_at=ctx.now)))


def covers_alert(officer: Officer, alert: Alert, regions: RegionTree) -> bool:
    """Who may acknowledge an alert: an admin, or an ops officer or street supervisor whose region
    holds the alert's region (an alert without a region is the whole city's)."""
    if officer.role is Role.ADMIN:
        return True
    if officer.role not in (Role.OPS_OFFICER, Role.STREET_SUPERVISOR):
        return False
    if permissions.officer_level(officer, regions) is RegionLevel.CITY:
        return True
    if alert.region is None or officer.region is None:
        return False
    return officer.region == alert.region or regions.contains(officer.region, alert.region)


HANDLERS: dict[str, Handler] = {"alert.acknowledge": alert_acknowledge}
