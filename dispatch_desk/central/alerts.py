"""Acknowledging alerts (告警确认): who saw it and when; acknowledging twice changes nothing."""

from __future__ import annotations

from dataclasses import replace

from dispatch_desk.domain import permissions
from dispatch_desk.domain.records import Alert, Role
from dispatch_desk.domain.wire import MutationResult

from . import ledger
from .outcome import Context, Handler, applied, rejected


def alert_acknowledge(ctx: Context) -> MutationResult:
    if not permissions.is_active(ctx.officer, ctx.now):
        return rejected(ctx, "Your account is not active.")
    if ctx.officer.role is Role.LEADER:
        return rejected(ctx, "Leaders have read-only access.")
    key = str(ctx.mutation.args.get("id") or ctx.mutation.args.get("alert") or "")
    alert = ledger.get(ctx.tx, Alert, key)
    if alert is None:
        return rejected(ctx, "No such alert.")
    if alert.acknowledged_at is not None:  # acknowledging twice changes nothing
        return applied(ctx, ctx.tx.current_seq())
    return applied(ctx, ledger.put(ctx.tx, replace(alert, acknowledged_by=ctx.officer.id, acknowledged_at=ctx.now)))


HANDLERS: dict[str, Handler] = {"alert.acknowledge": alert_acknowledge}
