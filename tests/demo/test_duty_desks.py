"""The demo's unattended duty desks: they read the roster from the feed, keep the officers on duty
signed in, hand over before the change and take over after it, leave the person's own seat alone,
and let one district's team of the first change come late."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from dispatch_desk.demo import duty_desks
from dispatch_desk.demo.clock import SimulatedClock
from dispatch_desk.domain import codec
from dispatch_desk.domain.records import DutyShift
from dispatch_desk.domain.wire import Change
from tests.demo.test_simulator import RecordingCentral

T = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)


def _shift(key: str, officer: str, region: str, starts: datetime) -> DutyShift:
    return DutyShift(key, officer, region, starts, starts + 12 * H, post="值班长")


def test_the_unattended_desks_follow_the_roster() -> None:
    central = RecordingCentral(SimulatedClock(T))
    roster = [_shift("c-day", "o-ops", "C", T - 12 * H), _shift("c-night", "o-ops.2", "C", T),
              _shift("d1-day", "o-ops.a", "D1", T - 12 * H), _shift("d1-night", "o-ops.b", "D1", T),
              _shift("d2-day", "o-ops.c", "D2", T - 12 * H), _shift("d2-night", "o-ops.d", "D2", T)]
    central.feed = [Change(seq=n + 1, entity="duty_shift", key=s.id, op="upsert", data=codec.to_wire(s))
                    for n, s in enumerate(roster)]
    desks = duty_desks.DutyDesks(central, random.Random(1))

    def at(moment: datetime) -> list[tuple[str, str, str]]:
        desks._next = None  # no waiting between two looks
        before = len(central.mutations)
        desks.act(moment)
        return [(bot, name, args["shift"]) for _at, bot, name, args in central.mutations[before:]]

    # the running shifts nobody signed into are taken over (the demo's seed has them signed)
    assert sorted(at(T - timedelta(minutes=5))) == [("ops.a", "duty.take_over", "d1-day"),
                                                   ("ops.c", "duty.take_over", "d2-day")]
    assert sorted(central.signed_in) == ["ops.a", "ops.c"]  # on duty now; "ops" is the person's seat
    assert sorted(at(T - timedelta(minutes=2))) == [("ops.a", "duty.hand_over", "d1-day"),
                                                   ("ops.c", "duty.hand_over", "d2-day")]
    assert at(T - timedelta(minutes=1)) == []  # asked once
    taken = at(T + timedelta(minutes=2))
    assert sorted(taken) == [("ops.2", "duty.take_over", "c-night"), ("ops.b", "duty.take_over", "d1-night")]
    assert "ops.d" not in central.signed_in  # D2's team of the first change is late
    assert at(T + timedelta(minutes=16)) == [("ops.d", "duty.take_over", "d2-night")]
    assert "ops.d" in central.signed_in
