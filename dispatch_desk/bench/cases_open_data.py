"""Benchmark of open data (数据开放): an administrator reviews a month and exports it.

`open_data.month`: a central service in its own process on loopback holds a month of a large city's
incidents (one every 37 s, about 70,000; 5,000 with --quick), three in five of them in categories coarsened
to the grid cell, and a phone number in every tenth description. Measured: `POST /api/v1/open-data/review`
of the whole month, and `POST /api/v1/open-data/export` of it as CSV and as GeoJSON. The in-run
baseline is the bare read of the same incidents from the same file (`reported_in`, what the review
reads before the rules run), so the ratio is the price of the rules, the rendering and HTTP.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from dispatch_desk.bench import BenchContext, Figure, case
from dispatch_desk.bench.cases_standards import _session
from dispatch_desk.bench.cases_sync import CATEGORIES, PASSWORD, _central, _incidents, _reference


def _month(count: int) -> list:
    start = datetime(2026, 11, 1, tzinfo=UTC)
    out = []
    for n, incident in enumerate(_incidents(count)):
        at = start + timedelta(seconds=37 * n)
        extra = "，联系电话13812345678" if n % 10 == 0 else ""
        out.append(replace(incident, reported_at=at, updated_at=at, grid_cell="G1",
                           description=incident.description + extra))
    return out


@case("open_data.month")
def month(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.central.incident_reads import reported_in
    from dispatch_desk.central.storage import Storage
    from dispatch_desk.domain.records import GridCell, IncidentStatus, Officer, Role

    count = ctx.scale(70_000, 5_000)
    bundle = _reference()
    exact = set(CATEGORIES[: len(CATEGORIES) // 2])
    bundle.categories = [replace(c, exact_location=c.code in exact) for c in bundle.categories]
    bundle.grid_cells = [GridCell("G1", "一网格", "S11", bundle.regions[2].polygon)]
    bundle.officers.append(Officer("o-bench-admin", "bench_admin", "管理员", Role.ADMIN))
    bundle.passwords["bench_admin"] = PASSWORD
    bundle.incidents = _month(count)
    published = sum(1 for i in bundle.incidents if i.status is not IncidentStatus.CANCELLED)
    path = ctx.workdir / "open-data.db"
    selection = {"start": "2026-11-01T00:00:00+00:00", "end": "2026-12-01T00:00:00+00:00"}
    rounds = ctx.scale(3, 2)
    reviews, csvs, geojsons, reads = [], [], [], []
    with _central(path, bundle) as url:
        http = _session(url, "bench_admin")
        for _ in range(rounds):
            t0 = time.perf_counter()
            resp = http.post(f"{url}/api/v1/open-data/review", json=selection, timeout=600)
            resp.raise_for_status()
            reviews.append(time.perf_counter() - t0)
            found = resp.json()
            if found["incidents"] != published:
                raise RuntimeError(f"the review counted {found['incidents']} of {published} incidents")
            for fmt, samples in (("csv", csvs), ("geojson", geojsons)):
                t0 = time.perf_counter()
                out = http.post(f"{url}/api/v1/open-data/export", timeout=600,
                                json={"selection": selection, "format": fmt, "review": found["review"]})
                out.raise_for_status()
                samples.append(time.perf_counter() - t0)
        storage = Storage.open(str(path))
        try:
            for _ in range(rounds):
                t0 = time.perf_counter()
                with storage.transaction() as tx:
                    reported_in(tx, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
                reads.append(time.perf_counter() - t0)
        finally:
            storage.close()
    read = statistics.median(reads)
    note = f"{count:,} incidents, one month; {found['coarsened']:,} coarsened, {sum(found['masked'].values()):,} masked"
    return [
        Figure("open_data.review", statistics.median(reviews), "s", read, "bare read of the month", note=note),
        Figure("open_data.export_csv", statistics.median(csvs), "s", read, "bare read of the month"),
        Figure("open_data.export_geojson", statistics.median(geojsons), "s", read, "bare read of the month"),
    ]
