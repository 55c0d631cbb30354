"""Benchmark of duty and handover on a desk (`store/duty.py`), over the queue bench's cache.

`duty.handover`: a city-level shift over 1,000,000 cached incidents (100,000 with --quick).
Measured: preparing the handover's items as the duty panel does on a pool thread before the officer
signs (`store_duty.items`: open incidents of the scope near or over their deadline, at most
`MOST_INCIDENTS`, with unacknowledged alerts and running operations), and counting the "My shift"
queue (`shift_query`: open incidents reported since the shift began, or handed over to it). The
in-run baseline is the count of all open incidents that the queue's first tab shows anyway.
Targets: the preparation ≤ 1 s (the officer waits for it once per change of shift); the count
≤ 150 ms, as a queue filter.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from dispatch_desk.bench import BenchContext, Figure, case


@case("duty.handover")
def bench_handover(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.bench.cases_queue import _cache
    from dispatch_desk.domain.codec import to_wire
    from dispatch_desk.domain.records import DutyShift, Handover, HandoverItem
    from dispatch_desk.domain.wire import Change
    from dispatch_desk.store import IncidentQuery, Store
    from dispatch_desk.store import duty as store_duty

    now = datetime.now(UTC)
    n = ctx.scale(1_000_000, 100_000)
    store = Store.open(_cache(ctx, n, now))
    shift = DutyShift("bench-shift", "o-ops", "310000", now - timedelta(hours=6), now + timedelta(hours=6), post="值班长")
    try:
        policy = store_duty.policy(store)
        handed = store.query_incidents(IncidentQuery(open_only=True, sla=("overdue",), now=now), limit=40)
        kept = Handover(shift.id, shift.id, None, shift.region, None, shift.post, now,
                        tuple(HandoverItem("incident", r.id, r.title, "overdue") for r in handed))
        cursor = store.cursor()  # the cache is the queue bench's: its cursor stays
        store.apply_changes([Change(seq=cursor, entity="duty_shift", key=shift.id, op="upsert", data=to_wire(shift)),
                             Change(seq=cursor, entity="handover", key=shift.id, op="upsert", data=to_wire(kept))],
                            cursor)
        prepare, mine, base = [], [], []
        found = counted = 0
        for _ in range(ctx.scale(7, 3)):
            t = time.perf_counter()
            found = len(store_duty.items(store, shift, policy, now))
            prepare.append(time.perf_counter() - t)
            t = time.perf_counter()
            counted = store.count_incidents(store_duty.shift_query(store, shift))
            mine.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.count_incidents(IncidentQuery(open_only=True))
            base.append(time.perf_counter() - t)
    finally:
        store.close()
    if not found or not counted:
        raise RuntimeError("the bench city's shift has nothing to hand over")
    baseline = statistics.median(base) * 1000
    return [Figure("duty.handover (prepare)", statistics.median(prepare) * 1000, "ms", baseline,
                   "count of open incidents", "≤ 1 s", f"{n:,} incidents; {found:,} items handed over"),
            Figure("duty.handover (my shift count)", statistics.median(mine) * 1000, "ms", baseline,
                   "count of open incidents", "≤ 150 ms", f"{counted:,} incidents in the shift's queue")]
