"""No acknowledged write is lost or applied twice: lost answers, killed clients (docs/architecture.md §7)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.support.central import report_args
from tests.sync.conftest import PASSWORD, applied_count, assert_cache_matches_server

MUTATIONS_URL = "POST /api/v1/mutations"


def test_a_batch_whose_answer_was_lost_is_retried_and_answered_as_duplicate(city, make_engine, proxy_to):
    proxy = proxy_to(city)
    a = make_engine(proxy.url, "a")
    a.login("wang", PASSWORD)
    a.sync_once()
    mutation_ids = [a.issue("incident.report", report_args()) for _ in range(3)]
    proxy.drop_next(MUTATIONS_URL)
    a.sync_once()
    assert len(proxy.dropped) == 1 and b'"applied"' in proxy.dropped[0].response
    retried = [body for line, body in proxy.answered if line.startswith(MUTATIONS_URL)]
    assert retried and retried[-1].count(b'"duplicate"') == 3
    assert [applied_count(city, m) for m in mutation_ids] == [1, 1, 1]
    assert a.state().pending == 0 and a.conflicts() == []
    assert_cache_matches_server(city, "wang", a._store())


def _sync_command(url: str, db, *, batch: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "dispatch_desk.sync.credentials.MemoryKeyring"}
    argv = [
        sys.executable,
        "-m",
        "dispatch_desk",
        "sync",
        "--central",
        url,
        "--user",
        "wang",
        "--db",
        str(db),
        "--device",
        "device-a",
        "--password-stdin",
        "--once",
        "--batch-size",
        str(batch),
    ]
    proc = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSWORD.encode() + b"\n")
    proc.stdin.flush()
    return proc


def test_killing_the_sync_command_mid_push_loses_nothing_and_duplicates_nothing(
    city, make_engine, proxy_to, tmp_path
):
    proxy = proxy_to(city)
    a = make_engine(proxy.url, "a")
    a.login("wang", PASSWORD)
    a.sync_once()
    mutation_ids = [a.issue("incident.report", report_args()) for _ in range(40)]
    a.close()
    proxy.delay = 0.15  # answers come late: the kill lands while the server has applied a batch unanswered

    proc = _sync_command(proxy.url, tmp_path / "a.db", batch=4)
    deadline = time.monotonic() + 60
    while sum(applied_count(city, m) for m in mutation_ids) < 8:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "the sync command made no progress"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    applied_before = sum(applied_count(city, m) for m in mutation_ids)
    assert 8 <= applied_before < 40

    proxy.delay = 0
    again = _sync_command(proxy.url, tmp_path / "a.db", batch=4)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert b"pending 0" in out
    assert [applied_count(city, m) for m in mutation_ids] == [1] * 40
    check = make_engine(proxy.url, "a")
    check.login("wang", PASSWORD)
    check.sync_once()
    assert check.state().pending == 0
    assert_cache_matches_server(city, "wang", check._store())


def test_a_batch_over_the_body_limit_is_split_not_stuck(city, make_engine):
    a = make_engine(city.url, "a")
    a.login("wang", PASSWORD)
    a.sync_once()
    long_text = "道路积水严重，车辆无法通行。" * 280  # ~12 kB of UTF-8 per mutation
    mutation_ids = [a.issue("incident.report", report_args(description=long_text[:4000])) for _ in range(360)]
    a.sync_once()  # 360 × 12 kB is over the central service's 4 MB body limit in one batch
    assert a.state().pending == 0 and a.conflicts() == []
    assert sum(applied_count(city, m) for m in mutation_ids) == 360


def test_an_expired_access_token_is_refreshed_once_and_the_call_repeated(city, make_engine):
    a = make_engine(city.url, "a")
    a.login("wang", PASSWORD)
    a.sync_once()
    a._client.access_token = "expired-or-revoked-token-0000000000"
    a.issue("incident.report", report_args())
    a.sync_once()
    assert a.state().pending == 0 and a._client.access_token != "expired-or-revoked-token-0000000000"


def test_the_backoff_grows_with_failures_is_capped_and_spreads_desks_apart():
    from dispatch_desk.sync.engine import backoff_seconds

    assert [backoff_seconds(n, draw=lambda: 1.0) for n in range(1, 8)] == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert backoff_seconds(10_000, draw=lambda: 1.0) == 30.0  # no overflow after a very long outage
    assert backoff_seconds(3, draw=lambda: 0.25) == 1.0  # the random share of the ceiling
    waits = {round(backoff_seconds(6), 6) for _ in range(50)}
    assert len(waits) > 40 and all(0 <= w < 30 for w in waits)
