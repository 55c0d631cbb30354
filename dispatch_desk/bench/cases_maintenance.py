"""Benchmark of operations and maintenance: a page of the audit log as the administrator asks for it.

`maintenance.audit_page`: a central storage whose audit chain holds 300,000 entries (30,000 with
--quick) of 50 officers — mutations mostly, then readings, logins and refusals. Measured: one page
of 200 (`central.maintenance.audit_page`, what `GET /api/v1/admin/audit` runs) filtered by one
officer, by one kind, by a name prefix, by one refused outcome, by a week a month back, and unfiltered; the in-run baseline is
the bare `SELECT … ORDER BY n DESC LIMIT 200` of the same columns. Target: every page ≤ 100 ms, so the
filters answer as they are typed.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from dispatch_desk.bench import BenchContext, Figure, case

KINDS = (("mutation", "incident.report", "applied"), ("mutation", "incident.dispatch", "applied"),
         ("mutation", "incident.comment", "applied"), ("readings", "readings.post", "ok"),
         ("auth.login", "login", "ok"), ("refused", "POST /api/v1/mutations", "forbidden"))


def _fill(storage, count: int) -> None:
    from dispatch_desk.central import audit

    start = datetime(2026, 11, 1, tzinfo=UTC)
    done = 0
    while done < count:
        with storage.transaction(write=True) as tx:
            for n in range(done, min(count, done + 5000)):
                kind, name, outcome = KINDS[(n * 7) % 5] if n % 97 else KINDS[5]
                audit.record(tx, kind, officer_id=f"o-{n % 50}", device_id=f"device-{n % 80}", client="10.0.0.1",
                             mutation_id=f"m-{n}", name=name, args={"id": f"inc-{n}"}, outcome=outcome,
                             at=start + timedelta(seconds=9 * n))
        done = min(count, done + 5000)


def _days(count: int, days_ago: int) -> dict[str, str]:
    """A week of the filled chain ending `days_ago` before its last entry (the desk always sends days)."""
    last = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(seconds=9 * count)
    end = last - timedelta(days=days_ago) if count * 9 > days_ago * 86400 else last
    return {"since": (end - timedelta(days=7)).isoformat(), "until": end.isoformat()}


@case("maintenance.audit_page")
def audit_page(ctx: BenchContext) -> list[Figure]:
    from types import SimpleNamespace

    from dispatch_desk.central.maintenance import _AUDIT_COLUMNS
    from dispatch_desk.central.maintenance import audit_page as page
    from dispatch_desk.central.storage import Storage

    count = ctx.scale(300_000, 30_000)
    storage = Storage.open(str(ctx.workdir / "audit.db"))
    try:
        _fill(storage, count)
        central = SimpleNamespace(storage=storage)
        filters = {"one officer": {"officer_id": "o-7"}, "one kind": {"kind": "auth.login"},
                   "a name prefix": {"name": "incident.dis"}, "refused": {"outcome": "forbidden"},
                   "seven days, a month ago": _days(count, 30), "none": {}}
        rounds = ctx.scale(20, 5)
        timings: dict[str, list[float]] = {k: [] for k in filters}
        raw = []
        for _ in range(rounds):
            t = time.perf_counter()
            with storage.transaction() as tx:
                tx.execute(f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM audit ORDER BY n DESC LIMIT 200")
            raw.append(time.perf_counter() - t)
            for label, chosen in filters.items():
                t = time.perf_counter()
                found = page(central, chosen, 200, None)  # type: ignore[arg-type]
                timings[label].append(time.perf_counter() - t)
                if not found.rows:
                    raise RuntimeError(f"the {label} filter found nothing")
    finally:
        storage.close()
    base = statistics.median(raw) * 1000
    return [Figure(f"maintenance.audit_page ({label})", statistics.median(samples) * 1000, "ms", base,
                   "bare page of 200", "≤ 100 ms", f"{count:,} audit entries" if label == "none" else "")
            for label, samples in timings.items()]
