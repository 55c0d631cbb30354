"""`dispatch-desk sync`: headless push and pull, once or live."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading

from dispatch_desk.store import Store
from dispatch_desk.sync import command
from tests.support.central import report_args
from tests.sync.conftest import PASSWORD, assert_cache_matches_server, seed


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.configure(parser)
    return parser.parse_args(argv)


def test_once_resumes_the_remembered_session_and_drains_the_outbox(central, make_engine, tmp_path, capsys):
    seed(central)
    db = tmp_path / "a.db"
    engine = make_engine(central.url, "a")
    engine.login("wang", PASSWORD)
    engine.sync_once()
    engine.issue("incident.report", report_args())
    engine.close()
    assert command.run(parse("--central", central.url, "--user", "wang", "--db", str(db), "--once",
                             "--device", "device-a")) == 0  # fmt: skip
    assert "pending 0" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.pending_count() == 0
        assert_cache_matches_server(central, "wang", store)


def test_without_password_or_session_it_says_what_to_do(central, tmp_path, capsys):
    seed(central)
    code = command.run(
        parse("--central", central.url, "--user", "wang", "--db", str(tmp_path / "x.db"), "--once")
    )
    assert code == 3 and "--password-stdin" in capsys.readouterr().err


def test_live_mode_prints_state_changes_and_stops_on_sigterm(central, tmp_path):
    seed(central)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "dispatch_desk.sync.credentials.MemoryKeyring"}
    argv = [sys.executable, "-m", "dispatch_desk", "sync", "--central", central.url, "--user", "wang",
            "--db", str(tmp_path / "live.db"), "--password-stdin"]  # fmt: skip
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True)  # fmt: skip
    proc.stdin.write(PASSWORD + "\n")
    proc.stdin.flush()
    lines = []
    # The stream may come up before the first page has been applied: wait for both, whatever the order.
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    try:
        for line in proc.stdout:
            lines.append(line)
            if any(x.startswith("online live") for x in lines) and any(x.startswith("changed: ") for x in lines):
                break
    finally:
        watchdog.cancel()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, (lines, err)
    assert lines[0].startswith("signed in as wang")
    assert any(line.startswith("changed: ") for line in lines)
