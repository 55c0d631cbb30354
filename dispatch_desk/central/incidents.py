"""Incident mutations (`incident.<action>`): the domain workflow decides, the server records.

The server locates reports on its own grid (grid cell, street, district), numbers new cases, bumps
each incident's version, and tells officers whose view of the incident changed (see `scope`).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime
from typing import Any

from dispatch_desk.domain.records import Incident, Operation, OperationStatus
from dispatch_desk.domain.sla import local_time
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow import Action, Applied, Code, Command, decide

from . import command_log, ledger, scope
from .outcome import Context, applied, conflict, rejected
from .storage import Tx


def incident_key(action: Action, args: dict[str, Any]) -> str:
    if action is Action.REPORT:
        return str(args.get("id") or "")
    return str(args.get("incident") or args.get("incident_id") or args.get("id") or "")


def handle(ctx: Context) -> MutationResult:
    m, tx = ctx.mutation, ctx.tx
    try:
        command = Command.from_mutation(m.name, m.id, m.args)
    except ValueError:
        return rejected(ctx, f"Unknown mutation '{m.name}'.", Code.BAD_ARGS)
    key = incident_key(command.action, m.args)
    if not key:
        return rejected(ctx, "The mutation does not name an incident ('id').", Code.BAD_ARGS)
    action_id = _action_id(ctx)
    current = ledger.get(tx, Incident, key, for_update=True)
    if current is not None and not scope.sees_incident(ctx.officer, current, ctx.ref.regions, ctx.now):
        # Checked before anything that depends on the incident: what the officer may not see is
        # answered like an incident that does not exist, and nothing of it travels back.
        if command.action is Action.REPORT:
            return rejected(ctx, REPORT_ID_TAKEN, Code.EXISTS)
        current = None
    if command.action is Action.REPORT:
        refusal = _operation_refusal(ctx, m.args)
        if refusal is not None:
            return rejected(ctx, refusal, Code.NOT_FOUND)
        command = Command(command.action, action_id, _located(ctx, m.args))
    elif action_id != m.id:
        command = Command(command.action, action_id, m.args)
    if command.action is Action.DISPATCH:
        refusal = _agency_refusal(ctx, m.args)
        if refusal is not None:
            return rejected(ctx, refusal, Code.BAD_ARGS)
    dups: dict[str, Incident] = {}
    if command.action is Action.MERGE:
        for dup_id in m.args.get("duplicates") or ():
            found = ledger.get(tx, Incident, str(dup_id), for_update=True) if isinstance(dup_id, str) else None
            if found is not None and scope.sees_incident(ctx.officer, found, ctx.ref.regions, ctx.now):
                dups[found.id] = found
    decision = decide(current, command, ctx.officer, ctx.now, ctx.ref.policy, dups)
    if not isinstance(decision, Applied):
        if decision.code is Code.BAD_ARGS or not decision.is_conflict:
            return rejected(ctx, decision.reason, decision.code)
        return conflict(ctx, decision.reason, "incident", key, decision.code)
    changed = [(current, decision.incident)] + [(dups.get(i.id), i) for i in decision.also]
    seq = 0
    for before, after in changed:
        after = replace(after, version=(before.version if before else 0) + 1)
        if before is None and not after.code:
            after = replace(after, code=_case_number(tx, ctx.now))
        after = command_log.note_incident(tx, after, ctx.now) if before is None else after  # joint command
        seq = ledger.put(tx, after)
        scope.incident_moved(tx, ctx.ref.officers, before, after, ctx.ref.regions)
    for action in (decision.action, *decision.also_actions):
        seq = ledger.put(tx, action)
    return applied(ctx, seq)


REPORT_ID_TAKEN = "This incident id cannot be used for a new report; report it under a new id."


def _action_id(ctx: Context) -> str:
    """The id of the history entry the mutation writes: the mutation id, as the desk expects.

    Mutation ids are chosen by each desk, and only one officer's ids are checked against each other
    (see `mutations`): when another officer's history entry already has this id, the entry gets one
    derived from the officer and the mutation id instead, so nobody's id can block another's change.
    """
    m = ctx.mutation
    if not ledger.exists(ctx.tx, "incident_action", m.id):
        return m.id
    return f"{m.id}~{hashlib.sha256(f'{ctx.officer.id}|{m.id}'.encode()).hexdigest()[:16]}"


def _operation_refusal(ctx: Context, args: dict[str, Any]) -> str | None:
    """A report raised inside a joint command names an operation the reporter sees that is not closed."""
    operation_id = args.get("operation")
    if operation_id in (None, ""):
        return None
    refusal = "The operation does not exist, is closed, or is outside your scope."
    if not isinstance(operation_id, str):
        return refusal
    operation = ledger.get(ctx.tx, Operation, operation_id)
    if operation is None or operation.status is OperationStatus.CLOSED:
        return refusal
    if not scope.sees_operation(ctx.officer, operation, ctx.now):
        return refusal
    return None


def _agency_refusal(ctx: Context, args: dict[str, Any]) -> str | None:
    """Dispatch names agencies that exist (the lead and every co-agency)."""
    named: list[Any] = []
    if args.get("lead_agency") not in (None, ""):
        named.append(args["lead_agency"])
    co = args.get("co_agencies")
    if isinstance(co, list):
        named.extend(co)
    unknown = [str(code) for code in named if not isinstance(code, str) or not ledger.exists(ctx.tx, "agency", code)]
    if unknown:
        return f"Unknown agency: {', '.join(unknown[:5])[:200]}."
    return None


def _located(ctx: Context, args: dict[str, Any]) -> dict[str, Any]:
    """The report's arguments with grid cell, street and district decided by the server's grid."""
    located = {k: v for k, v in args.items() if k not in ("grid_cell", "street", "district")}
    lon, lat = args.get("lon"), args.get("lat")
    if isinstance(lon, int | float) and isinstance(lat, int | float) and not isinstance(lon, bool):
        cell = ctx.cache.grid(ctx.tx).locate(float(lon), float(lat)) if -180 <= lon <= 180 and -90 <= lat <= 90 \
            else None
        if cell is not None:
            located.update(grid_cell=cell.code, street=cell.street, district=ctx.ref.regions.district_of(cell.street))
    return located


def _case_number(tx: Tx, now: datetime) -> str:
    """A human case number: the business date and a running number (2026112800137)."""
    day = local_time(now).strftime("%Y%m%d")
    return f"{day}{tx.next_value(f'case:{day}'):05d}"
