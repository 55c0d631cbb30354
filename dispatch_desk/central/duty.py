"""Duty and handover on the central service: the two signatures of a handover and the duty alert.

`duty.hand_over` and `duty.take_over` are decided by `domain.duty` on the stored roster, the kept
handovers and the items prepared from all the service holds (not from one desk's cache), and
written as a `handover` record that reaches every desk whose officers may read it.

The staffing sweep (`staffing_writer`, every minute) raises one duty alert (值班告警) for each team
on duty with none of its officers signed in (a live access token) ten minutes after it started, and
clears it when one of them signs in or the team's shift ends.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from dispatch_desk.domain import duty
from dispatch_desk.domain.records import (
    OPEN_STATUSES,
    Agency,
    Alert,
    AlertLevel,
    DutyShift,
    Handover,
    HandoverItem,
    Incident,
    Officer,
    Operation,
    Region,
    Task,
)
from dispatch_desk.domain.sla import SlaPolicy, local_time
from dispatch_desk.domain.wire import MutationResult

from . import ledger
from .outcome import Context, Handler, applied, conflict, rejected
from .periodic import PeriodicWriter
from .storage import Tx

STAFFING_SWEEP = 60.0  # seconds between two sweeps
_IDS = uuid.UUID("0d7c6c1e-5a43-4c1b-9a53-2f6a1c4c7d10")


def shifts(tx: Tx) -> list[DutyShift]:
    return ledger.all_of(tx, DutyShift)


def open_incidents(tx: Tx) -> list[Incident]:
    """The incidents not yet closed, cancelled or merged."""
    field = "(data::json ->> 'status')" if tx.backend == "postgresql" else "json_extract(data, '$.status')"
    statuses = sorted(s.value for s in OPEN_STATUSES)
    rows = tx.execute(f"SELECT data FROM records WHERE entity = 'incident' AND deleted = 0 "
                      f"AND {field} IN ({', '.join('?' for _ in statuses)})", statuses)
    return [ledger.decode(Incident, json.loads(r[0])) for r in rows]


def open_alerts(tx: Tx) -> list[Alert]:
    field = "(data::json ->> 'cleared_at')" if tx.backend == "postgresql" else "json_extract(data, '$.cleared_at')"
    rows = tx.execute(f"SELECT data FROM records WHERE entity = 'alert' AND deleted = 0 AND {field} IS NULL")
    return [ledger.decode(Alert, json.loads(r[0])) for r in rows]


def prepare(tx: Tx, shift: DutyShift, policy: SlaPolicy, now: datetime) -> tuple[HandoverItem, ...]:
    """The open items of a duty's scope as the service holds them now."""
    return duty.prepare(shift, incidents=open_incidents(tx), alerts=open_alerts(tx),
                        operations=ledger.all_of(tx, Operation), tasks=ledger.all_of(tx, Task), policy=policy,
                        now=now)


def sign(ctx: Context) -> MutationResult:
    """`duty.hand_over` and `duty.take_over`."""
    m = ctx.mutation
    args = m.args if isinstance(m.args, dict) else {}
    roster = duty.Roster(shifts(ctx.tx), lambda key: ledger.get(ctx.tx, Handover, key, for_update=True),
                         lambda shift: prepare(ctx.tx, shift, ctx.ref.policy, ctx.now))
    decided = duty.DECISIONS[m.name](dict(args), ctx.officer, ctx.now, roster)
    if isinstance(decided, Handover):
        return applied(ctx, ledger.put(ctx.tx, decided))
    reason = decided.reason + "."
    if decided.is_conflict:
        shift = roster.shift(args.get("shift"))
        following = duty.next_of(roster.shifts, shift) if shift is not None and m.name == "duty.hand_over" else shift
        if following is not None and ledger.exists(ctx.tx, "handover", following.id):
            return conflict(ctx, reason, "handover", following.id, decided.code)
    return rejected(ctx, reason, decided.code)


HANDLERS: dict[str, Handler] = dict.fromkeys(duty.DECISIONS, sign)


# --- staffing ----------------------------------------------------------------------------------------

def signed_in(tx: Tx, officer_ids: set[str]) -> set[str]:
    """Those of `officer_ids` with a live access token: a desk of theirs is signed in and running."""
    if not officer_ids:
        return set()
    ids = sorted(officer_ids)
    rows = tx.execute(f"SELECT DISTINCT officer_id FROM tokens WHERE kind = 'access' AND revoked_at IS NULL "
                      f"AND expires_at > ? AND officer_id IN ({', '.join('?' for _ in ids)})", [int(time.time()), *ids])
    return {r[0] for r in rows}


def alert_id(team: duty.Team) -> str:
    """One team's duty alert has one id, whichever instance raises it."""
    return str(uuid.uuid5(_IDS, team.key))


def sweep_staffing(tx: Tx, now: datetime) -> list[Alert]:
    """Raise a duty alert for each team newly unstaffed, clear those staffed again or over; returns them."""
    roster = [s for s in shifts(tx) if s.starts_at - timedelta(days=1) <= now < s.ends_at + timedelta(days=1)]
    on_duty = duty.teams(roster, now)
    present = signed_in(tx, {o for t in on_duty for o in t.officers})
    wanted = {alert_id(t): t for t in duty.unstaffed(roster, present, now)}
    changed: list[Alert] = []
    for alert in open_alerts(tx):
        if alert.level is AlertLevel.DUTY and alert.id not in wanted:
            cleared = replace(alert, cleared_at=now)
            ledger.put(tx, cleared)
            changed.append(cleared)
    for key, team in wanted.items():
        if ledger.exists(tx, "alert", key):
            continue  # raised already (and maybe cleared by a sign-in and left unstaffed again: not twice)
        alert = Alert(id=key, level=AlertLevel.DUTY, raised_at=now, message=unstaffed_message(tx, team),
                      region=team.region)
        ledger.put(tx, alert)
        changed.append(alert)
    return changed


def staffing_writer() -> PeriodicWriter:
    return PeriodicWriter("duty staffing", STAFFING_SWEEP, sweep_staffing)


def unstaffed_message(tx: Tx, team: duty.Team) -> str:
    """E.g. "值班告警：城运中心（市级） 08:00–20:00 班次无人签到（值班长 张三、值班员 李四）"."""
    if team.agency is not None:
        agency = ledger.get(tx, Agency, team.agency)
        where = agency.name if agency else team.agency
    else:
        region = ledger.get(tx, Region, team.region) if team.region else None
        where = region.name if region else "城运中心"
    people = []
    for shift in sorted(team.shifts, key=lambda s: (duty.POSTS.index(s.post) if s.post in duty.POSTS else 9, s.id)):
        officer = ledger.get(tx, Officer, shift.officer)
        people.append(f"{shift.post} {officer.name if officer else shift.officer}".strip())
    hours = f"{local_time(team.starts_at):%H:%M}–{local_time(team.ends_at):%H:%M}"
    return f"值班告警：{where} {hours} 班次无人签到（{'、'.join(people)}）"
