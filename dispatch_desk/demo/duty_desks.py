"""The duty desks of the demo city that nobody sits at: the officers on duty sign in, hand over with
a note a few minutes before their shift ends and take over when theirs begins, as people at the
city's other desks would.

The seats the demo opens for a person (`people.ROLE_LOGINS`) are left to that person. One district's
team of the first change of shift comes late (`LATE`), so the demo shows a duty alert (值班告警)
raised ten minutes into the shift and cleared when the team signs in.
"""

from __future__ import annotations

import logging
import random
import uuid
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.demo.people import HANDOVER_NOTES, OPS_BOT, ROLE_LOGINS
from dispatch_desk.domain import duty
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import DutyShift, Handover

log = logging.getLogger(__name__)

EVERY = timedelta(seconds=20)  # between two looks at the roster
SIGN_IN_AGAIN = timedelta(minutes=12)  # a desk's access lasts fifteen minutes: signed in again before
HAND_OVER_BEFORE = timedelta(minutes=3)  # the leaving officer signs this long before the change
TAKE_OVER_AFTER = timedelta(minutes=1)  # the incoming officer signs this long after it
LATE = timedelta(minutes=15)
PEOPLE = frozenset(ROLE_LOGINS.values())


def username(officer_id: str) -> str:
    return officer_id.removeprefix("o-")


class DutyDesks:
    def __init__(self, central: Any, rng: random.Random) -> None:
        self.central = central
        self.rng = rng
        self.shifts: dict[str, DutyShift] = {}
        self.handovers: dict[str, Handover] = {}
        self.loaded = False
        self.late: str | None = None  # the team key that comes late
        self._signed: dict[str, datetime] = {}
        self._done: set[tuple[str, str]] = set()  # (mutation name, shift) already asked for
        self._next: datetime | None = None

    def observe(self, entity: str, data: dict[str, Any] | None) -> None:
        if data is None:
            return
        if entity == "duty_shift":
            shift = from_wire(DutyShift, data)
            self.shifts[shift.id] = shift
        elif entity == "handover":
            kept = from_wire(Handover, data)
            self.handovers[kept.id] = kept

    def _load(self) -> None:
        """The roster and the handovers, from the feed's beginning up to the first incident (the seed
        is loaded in order: reference data, the roster, then the history)."""
        since = 0
        while True:
            page = self.central.changes(OPS_BOT, since)
            for change in page.changes:
                if change.entity == "incident":
                    self.loaded = True
                    return
                self.observe(change.entity, change.data)
            since = page.next_since
            if not page.has_more:
                self.loaded = True
                return

    def act(self, now: datetime) -> None:
        if self._next is not None and now < self._next:
            return
        self._next = now + EVERY
        if not self.loaded:
            self._load()
        shifts = list(self.shifts.values())
        if self.late is None:
            upcoming = sorted((s for s in shifts if s.starts_at > now and s.region is not None),
                              key=lambda s: (s.starts_at, s.region or ""))
            first = [s for s in upcoming if s.starts_at == upcoming[0].starts_at] if upcoming else []
            self.late = duty.team_key(max(first, key=lambda s: s.region or "")) if first else ""
        for shift in shifts:
            if username(shift.officer) in PEOPLE:
                continue
            came = duty.team_key(shift) != self.late or now >= shift.starts_at + LATE
            if came and shift.starts_at <= now < shift.ends_at:
                self._sign_in(username(shift.officer), now)
            if shift.ends_at - HAND_OVER_BEFORE <= now <= shift.ends_at + duty.SIGN_LATE:
                self._hand_over(shifts, shift)
            if came and shift.starts_at + TAKE_OVER_AFTER <= now < shift.ends_at:
                self._take_over(shift)

    def _sign_in(self, user: str, now: datetime) -> None:
        last = self._signed.get(user)
        if last is None or now - last >= SIGN_IN_AGAIN:
            self.central.sign_in(user)
            self._signed[user] = now

    def _hand_over(self, shifts: list[DutyShift], shift: DutyShift) -> None:
        following = duty.next_of(shifts, shift)
        kept = self.handovers.get(following.id) if following is not None else None
        if following is None or (kept is not None and kept.handed_over_by is not None):
            return
        note = ""
        if shift.post == duty.CHIEF:
            note = self.rng.choice(HANDOVER_NOTES).format(n=self.rng.randint(2, 12), place="辖区重点路段")
        self._ask("duty.hand_over", shift, {"shift": shift.id, "note": note})

    def _take_over(self, shift: DutyShift) -> None:
        kept = self.handovers.get(shift.id)
        if kept is not None and kept.taken_over_by is not None:
            return
        self._ask("duty.take_over", shift, {"shift": shift.id})

    def _ask(self, name: str, shift: DutyShift, args: dict[str, Any]) -> None:
        if (name, shift.id) in self._done:
            return
        self._done.add((name, shift.id))
        results = self.central.mutate(username(shift.officer), [(str(uuid.uuid4()), name, args)])
        for result in results:
            if result.outcome.value not in ("applied", "duplicate"):
                log.info("%s of %s by the demo: %s", name, shift.id, result.reason)
