"""The bot officers' desk: how bot.ops and the agency bots react to what they see in the feed.

Each reaction is planned for later (a realistic delay drawn from `Rates`) and dropped if, by then,
the incident has moved on — a person got there first. bot.ops carries the incidents it "owns" (a
share of the bot reports) through the whole cycle at once; the rest it leaves to people and picks
up only after `Rates.pickup_after`, like a night desk. An agency bot accepts or returns most of what
is dispatched to its agency, whoever dispatched it, and disposes most of what it accepted.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from dispatch_desk.demo import catalog, texts
from dispatch_desk.demo.bots import new_id
from dispatch_desk.demo.people import OPS_BOT, agency_bot
from dispatch_desk.domain.records import IncidentStatus

if TYPE_CHECKING:
    from dispatch_desk.demo.bots import Central
    from dispatch_desk.demo.simulator import Rates, Stats

log = logging.getLogger(__name__)
S = IncidentStatus


@dataclass(order=True)
class _Planned:
    at: datetime
    order: int
    bot: str = field(compare=False)
    name: str = field(compare=False)
    args: dict[str, Any] = field(compare=False)
    expect: IncidentStatus | None = field(compare=False, default=None)  # skip if the incident moved on


class Desk:
    def __init__(self, central: Central, rates: Rates, rng: random.Random, stats: Stats) -> None:
        self.central = central
        self.rates = rates
        self.rng = rng
        self.stats = stats
        self._plan: list[_Planned] = []
        self._order = itertools.count()
        self._status: dict[str, IncidentStatus] = {}
        self._owned: set[str] = set()  # incidents bot.ops carries through the whole cycle

    def reported(self, incident_id: str, now: datetime, owned: bool) -> None:
        """A bot report was applied: bot.ops registers it soon if it takes it on, else much later if
        nobody has by then."""
        if owned:
            self._owned.add(incident_id)
        self.observe({"id": incident_id, "status": S.REPORTED.value, "category": ""}, now)

    def observe(self, data: dict[str, Any], now: datetime) -> None:
        incident_id = data["id"]
        status = S(data["status"])
        before = self._status.get(incident_id)
        if status in (S.CLOSED, S.CANCELLED):  # nothing left to do: forget it, so a long run stays small
            self._status.pop(incident_id, None)
            self._owned.discard(incident_id)
            return
        self._status[incident_id] = status
        if status is before:
            return
        owned = incident_id in self._owned
        r = self.rates

        def desk_delay(quick: tuple[float, float]) -> tuple[float, float]:
            # What people leave alone, the night desk picks up after a while, so queues never pile up.
            return quick if owned else r.pickup_after

        lead = data.get("lead_agency")
        if status is S.REPORTED:
            self._later(now, desk_delay(r.register_delay), OPS_BOT, "incident.register",
                        {"id": incident_id, "note": self.rng.choice(texts.REGISTER_NOTES)}, S.REPORTED)
        elif status is S.REGISTERED:
            category = catalog.SPECS.get(data["category"])
            args: dict[str, Any] = {"id": incident_id, "note": self.rng.choice(texts.DISPATCH_NOTES)}
            if category and category.co_agencies and self.rng.random() < 0.4:
                args["co_agencies"] = list(category.co_agencies)
            self._later(now, desk_delay(r.dispatch_delay), OPS_BOT, "incident.dispatch", args, S.REGISTERED)
        elif status is S.DISPATCHED and lead:
            roll = self.rng.random()
            if roll < r.return_share:
                reason = self.rng.choice(texts.RETURN_REASONS).format(other="相关职能部门")
                self._later(now, r.accept_delay, agency_bot(lead), "incident.return",
                            {"id": incident_id, "reason": reason}, S.DISPATCHED)
            elif roll < r.return_share + r.accept_share:
                self._later(now, r.accept_delay, agency_bot(lead), "incident.accept",
                            {"id": incident_id, "note": self.rng.choice(texts.ACCEPT_NOTES)},
                            S.DISPATCHED)
        elif status is S.ACCEPTED and lead and self.rng.random() < r.dispose_share:
            self._later(now, r.dispose_delay, agency_bot(lead), "incident.dispose",
                        {"id": incident_id, "note": self.rng.choice(texts.DISPOSE_NOTES)}, S.ACCEPTED)
        elif status is S.RETURNED:
            self._later(now, desk_delay(r.dispatch_delay), OPS_BOT, "incident.dispatch",
                        {"id": incident_id, "note": "已与相关单位沟通，重新派遣。"}, S.RETURNED)
        elif status is S.DISPOSED:
            passed = self.rng.random() > 0.05
            args = {"id": incident_id, "passed": passed,
                    "note": self.rng.choice(texts.VERIFY_PASS if passed else texts.VERIFY_FAIL)}
            quick = owned or self.rng.random() < r.verify_share
            self._later(now, r.verify_delay if quick else r.pickup_after, OPS_BOT, "incident.verify", args,
                        S.DISPOSED)
        elif status is S.VERIFIED:
            quick = owned or self.rng.random() < r.verify_share
            self._later(now, r.close_delay if quick else r.pickup_after, OPS_BOT, "incident.close",
                        {"id": incident_id, "note": self.rng.choice(texts.CLOSE_NOTES)}, S.VERIFIED)

    def _later(self, now: datetime, delay: tuple[float, float], bot: str, name: str, args: dict[str, Any],
               expect: IncidentStatus | None = None) -> None:
        at = now + timedelta(seconds=self.rng.uniform(*delay))
        heapq.heappush(self._plan, _Planned(at, next(self._order), bot, name, args, expect))

    def schedule(self, at: datetime, bot: str, name: str, args: dict[str, Any]) -> None:
        """Plan any mutation (used by scripted events)."""
        heapq.heappush(self._plan, _Planned(at, next(self._order), bot, name, args))

    def act(self, now: datetime) -> None:
        due: dict[str, list[_Planned]] = {}
        taken = 0
        while self._plan and self._plan[0].at <= now and taken < self.rates.max_actions_per_tick:
            planned = heapq.heappop(self._plan)
            incident_id = planned.args.get("id")
            if planned.expect is not None and self._status.get(incident_id) is not planned.expect:
                continue  # someone (a person, most likely) moved it first
            due.setdefault(planned.bot, []).append(planned)
            taken += 1
        for bot, items in due.items():
            results = self.central.mutate(bot, [(new_id(), p.name, p.args) for p in items])
            for p, result in zip(items, results, strict=False):
                if result.outcome.value in ("applied", "duplicate"):
                    self.stats.actions[p.name] = self.stats.actions.get(p.name, 0) + 1
                else:
                    self.stats.refused += 1
                    log.debug("%s by %s refused: %s", p.name, bot, result.reason)
