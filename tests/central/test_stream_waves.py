"""Live push at scale, small: streams dropped and opened in waves while mutations flow, against
`dispatch-desk central serve` in its own process; every stream that stayed gets every seq after its
first event, and SIGTERM stops the service (the bench case `central.stream_waves` runs it large)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dispatch_desk.bench.cases_stream import WavePlan, run_waves
from dispatch_desk.central import admin
from dispatch_desk.central.storage import Storage
from tests.central.conftest import city_with_officers
from tests.support.central import DEFAULT_PASSWORD, report_args

HANG = 15.0  # seconds after SIGTERM that only a hung shutdown takes, on any machine


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_streams_in_waves_get_every_seq_and_the_service_stops_on_sigterm(
    tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    db_url = str(tmp_path / "central.db") if backend == "sqlite" else request.getfixturevalue("postgres_url")
    storage = Storage.open(db_url)
    try:
        admin.load_bundle(storage, city_with_officers())
    finally:
        storage.close()

    result = run_waves(db_url, tmp_path, ["ops", "ops_d1", "sup_s11", "cg", "leader"], DEFAULT_PASSWORD,
                       lambda i: {"name": "incident.report", "args": report_args()},
                       WavePlan(streams=60, waves=3, wave_seconds=2.0), rate=15, burst=0, stop_bound=HANG)

    remaining = result.remaining
    assert len(remaining) == 60 and len(result.records) == 60 + 3 * 20  # a third replaced in each wave
    assert all(r.status == 200 for r in result.records)
    assert len(result.steady) >= 10 and result.final_seq >= result.steady[-1][0]
    assert result.gaps() == []
    # the streams opened in the last wave saw seqs posted after they opened, not only the first event
    last_wave = [r for r in remaining if r.index >= 60 + 2 * 20]
    assert last_wave and all(len(r.ids) >= 2 for r in last_wave)
    assert result.stop_seconds is not None, f"the service still ran {HANG:.0f} s after SIGTERM"
    assert all(r.ended for r in remaining)  # the shutdown ended every open stream
    assert result.service_errors == []
