"""Benchmarks of the assessment (考核评价) as the leader's page computes it from the desk's cache.

The demo city's history, generated through the real workflow (`demo.generator`), is written to a
cache: 50 days ending on the 20th of a month, so that the running month and the one before are both
full of incidents in every stage. Each figure is one whole recount of the month as the page runs it
(`ui.assess.compute.assess_period`: the cache read, the replay of every history through the workflow's
steps, every unit kind counted, the ranking against the previous month):

- `assessment.first_count`: with nothing kept from an earlier count (the page's first showing);
- `assessment.recount`: again, nothing changed since (a recount after a sync burst that brought nothing
  for the period), then with 1 % of the incidents given one more history entry;
- `analysis.four_weeks`: the thematic analysis page's four views over the last four weeks, from nothing
  kept and again with what the first count kept.

The in-run baseline is the raw read of the same rows: the incident rows and the history's JSON of both
months, fetched without decoding. Targets: the first count within 5 s, a recount within twice the raw read.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.entities import ENTITY_OF, key_of
from dispatch_desk.domain.wire import Change

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


def _fill(store: Any, n: int, *, city_life: bool = False) -> list[Any]:
    """The demo city with `n` incidents over 50 days into `store` (with `city_life`, its vital signs, alerts
    and joint command too); returns the incidents."""
    from dispatch_desk.demo.generator import generate

    bundle = generate(7, NOW, incidents=n, days=50)
    records = [*bundle.regions, *bundle.agencies, *bundle.categories, *bundle.sla_rules, *bundle.incidents,
               *bundle.incident_actions]
    if city_life:
        records += [*bundle.indicators, *bundle.readings, *bundle.alerts, *bundle.operations, *bundle.tasks]
    seq = 0
    for start in range(0, len(records), 5000):
        part = [Change(seq=seq + i + 1, entity=ENTITY_OF[type(r)], key=key_of(r), op="upsert", data=to_wire(r))
                for i, r in enumerate(records[start:start + 5000])]
        seq += len(part)
        store.apply_changes(part, seq)
    return bundle.incidents


def _raw_read(store: Any, start: datetime, end: datetime) -> None:
    from dispatch_desk.store import incident_rows as ir

    low, high = ir.rid_bounds(start), ir.rid_bounds(end)
    store.conn.execute("SELECT * FROM incident WHERE rid >= ? AND rid < ?", (low, high)).fetchall()
    store.conn.execute("SELECT data FROM incident_action WHERE json_extract(data, '$.incident_id') IN "
                       "(SELECT id FROM incident WHERE rid >= ? AND rid < ?)", (low, high)).fetchall()


def _comment(store: Any, incidents: list[Any], seq: int) -> int:
    """One comment more on every hundredth incident, as a sync would deliver it."""
    from dispatch_desk.domain.records import IncidentAction

    changes = []
    for n, incident in enumerate(incidents[::100]):
        action = IncidentAction(f"bench-comment-{seq}-{n}", incident.id, "comment", "o-bench", NOW,
                                incident.status, incident.status, "已电话回访")
        bumped = replace(incident, version=incident.version + 1)
        changes += [Change(seq=seq + len(changes) + 1, entity="incident", key=incident.id, op="upsert",
                           data=to_wire(bumped)),
                    Change(seq=seq + len(changes) + 2, entity="incident_action", key=action.id, op="upsert",
                           data=to_wire(action))]
    store.apply_changes(changes, seq + len(changes))
    return seq + len(changes)


@case("assessment.recount")
def recount(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.domain import analysis as an
    from dispatch_desk.domain import assessment as a
    from dispatch_desk.store import Store
    from dispatch_desk.ui.assess.analysis import analyse
    from dispatch_desk.ui.assess.compute import Lives, assess_period

    n = ctx.scale(20_000, 3_000)
    store = Store.open(ctx.workdir / "assess.db")
    try:
        incidents = _fill(store, n)
        month = a.Period.containing(a.PeriodKind.MONTH, NOW)
        rounds = ctx.scale(3, 2)
        raw, first, again, changed = [], [], [], []
        seq = store.cursor()
        counted = 0
        for _ in range(rounds):
            t = time.perf_counter()
            _raw_read(store, month.previous().start, month.end)
            raw.append(time.perf_counter() - t)
            lives = Lives()
            t = time.perf_counter()
            counted = len(assess_period(store, month, NOW, lives=lives).lives)
            first.append(time.perf_counter() - t)
            t = time.perf_counter()
            assess_period(store, month, NOW, lives=lives)
            again.append(time.perf_counter() - t)
            seq = _comment(store, incidents, seq)
            t = time.perf_counter()
            assess_period(store, month, NOW, lives=lives)
            changed.append(time.perf_counter() - t)
        weeks = an.weeks_ending(NOW, 4)
        cold, warm = [], []
        for _ in range(rounds):
            lives = Lives()
            t = time.perf_counter()
            analyse(store, weeks, NOW, lives)
            cold.append(time.perf_counter() - t)
            t = time.perf_counter()
            analyse(store, weeks, NOW, lives)
            warm.append(time.perf_counter() - t)
    finally:
        store.close()
    base = statistics.median(raw)
    note = f"{counted:,} incidents in the month, {n:,} cached over 50 days"
    return [
        Figure("assessment.first_count", statistics.median(first), "s", base, "raw read of the rows",
               "≤ 5 s", note),
        Figure("assessment.recount", statistics.median(again), "s", base, "raw read of the rows",
               "≤ 2 × the raw read", "nothing changed since the last count"),
        Figure("analysis.four_weeks", statistics.median(cold), "s", base, "raw read of the rows", "≤ 5 s",
               "the thematic analysis of 4 weeks, nothing kept"),
        Figure("analysis.four_weeks_again", statistics.median(warm), "s", base, "raw read of the rows",
               "≤ 2 × the raw read", "the same, recounted with what was kept"),
        Figure("assessment.recount_1pct", statistics.median(changed), "s", base, "raw read of the rows",
               "≤ 2 × the raw read", "1 % of the incidents with one more history entry"),
    ]
