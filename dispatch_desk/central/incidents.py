"""Incident mutations (`incident.<action>`): the domain workflow decides, the server records.

The server locates reports on its own grid (grid cell, street, district), numbers new cases, bumps
each incident's version, and tells officers whose view of the incident changed (see `scope`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from dispatch_desk.domain.records import Incident
from dispatch_desk.domain.sla import local_time
from dispatch_desk.domain.wire import MutationResult
from dispatch_desk.domain.workflow import Action, Applied, Code, Command, decide

from . import ledger, scope
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
        return rejected(ctx, f"Unknown mutation '{m.name}'.")
    key = incident_key(command.action, m.args)
    if not key:
        return rejected(ctx, "The mutation does not name an incident ('id').")
    if ledger.exists(tx, "incident_action", m.id):
        return rejected(ctx, "A history entry with this id already exists.")
    current = ledger.get(tx, Incident, key, for_update=True)
    if command.action is Action.REPORT:
        command = Command(command.action, m.id, _located(ctx, m.args))
    dups: dict[str, Incident] = {}
    if command.action is Action.MERGE:
        for dup_id in m.args.get("duplicates") or ():
            found = ledger.get(tx, Incident, str(dup_id), for_update=True) if isinstance(dup_id, str) else None
            if found is not None:
                dups[found.id] = found
    decision = decide(current, command, ctx.officer, ctx.now, ctx.ref.policy, dups)
    if not isinstance(decision, Applied):
        if decision.code is Code.BAD_ARGS or not decision.is_conflict:
            return rejected(ctx, decision.reason)
        return conflict(ctx, decision.reason, "incident", key)
    changed = [(current, decision.incident)] + [(dups.get(i.id), i) for i in decision.also]
    seq = 0
    for before, after in changed:
        after = replace(after, version=(before.version if before else 0) + 1)
        if before is None and not after.code:
            after = replace(after, code=_case_number(tx, ctx.now))
        seq = ledger.put(tx, after)
        scope.incident_moved(tx, ctx.ref.officers, before, after, ctx.ref.regions)
    for action in (decision.action, *decision.also_actions):
        seq = ledger.put(tx, action)
    return applied(ctx, seq)


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
