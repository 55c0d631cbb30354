"""The wall display's tallies per street agree with the domain's SLA verdicts and with the records."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from dispatch_desk.domain.records import IncidentStatus
from dispatch_desk.domain.sla import SlaPolicy, sla_state
from dispatch_desk.store import AreaTally

from .conftest import SLA_RULES, T0, incident

STATUSES = list(IncidentStatus)
NOW = T0 + timedelta(hours=6)
DAY = T0 + timedelta(hours=2)  # "since": the start of the display's day


def generated(n: int):
    rnd = random.Random(n)
    status = rnd.choice(STATUSES)
    street = rnd.choice(("S01", "S02", "S03", None))
    return incident(
        n,
        status=status,
        street=street,
        district=None if street is None else "D02" if street == "S03" else "D01",
        supervised=rnd.random() < 0.2,
        reported_at=T0 + timedelta(minutes=n * 3),
        due_at=rnd.choice((None, T0 + timedelta(hours=rnd.choice((3, 5.5, 6.5, 9))))),
        closed_at=T0 + timedelta(minutes=rnd.randrange(0, 400)) if status is IncidentStatus.CLOSED else None,
        merged_into="inc-0000" if rnd.random() < 0.05 else None,
    )


def brute_force(records) -> dict[tuple, AreaTally]:
    policy = SlaPolicy(rules=SLA_RULES)
    counts: dict[tuple, Counter] = {}
    for r in records:
        if r.merged_into is not None:
            continue
        c = counts.setdefault((r.district, r.street), Counter())
        state = sla_state(r, NOW, policy)[0].value
        is_open = r.status not in (IncidentStatus.CLOSED, IncidentStatus.CANCELLED)
        c["open"] += is_open
        c["near"] += state == "near"
        c["overdue"] += state == "overdue"
        c["supervised"] += is_open and r.supervised
        c["reported"] += r.reported_at >= DAY
        c["closed"] += r.closed_at is not None and r.closed_at >= DAY
    fields = ("open", "near", "overdue", "supervised", "reported", "closed")
    return {key: AreaTally(*key, *(c[f] for f in fields)) for key, c in counts.items()}


def test_tallies_per_street_agree_with_the_domain(store):
    records = [generated(n) for n in range(240)]
    store.bulk_load_incidents(records)
    tallies = {(t.district, t.street): t for t in store.area_tallies(NOW, DAY)}
    assert tallies == brute_force(records)


def test_a_change_shows_in_the_next_tally(store):
    records = [generated(n) for n in range(40)]
    store.bulk_load_incidents(records)
    before = {(t.district, t.street): t for t in store.area_tallies(NOW, DAY)}
    target = next(r for r in records if r.street == "S02" and r.merged_into is None
                  and r.status not in (IncidentStatus.CLOSED, IncidentStatus.CANCELLED))
    closed = replace(target, status=IncidentStatus.CLOSED, closed_at=NOW - timedelta(minutes=5), version=9)
    store.bulk_load_incidents([closed])
    after = {(t.district, t.street): t for t in store.area_tallies(NOW, DAY)}
    assert after[("D01", "S02")].open == before[("D01", "S02")].open - 1
    assert after[("D01", "S02")].closed == before[("D01", "S02")].closed + 1
    assert after == brute_force([closed if r.id == target.id else r for r in records])


def test_an_empty_cache_has_no_tallies(store):
    assert store.area_tallies(NOW, DAY) == []
