"""The demo keeps its port across restarts, so a desk left running finds its central service again."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import requests

from dispatch_desk.demo import backend as demo_backend
from dispatch_desk.demo.backend import DemoBackend


def _listener(port: int = 0) -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the central service binds
    sock.bind(("127.0.0.1", port))
    sock.listen()
    return sock


def test_a_port_left_in_time_wait_by_the_last_run_is_taken_again():
    server = _listener()
    port = server.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _ = server.accept()
    accepted.close()  # the server side closes first, as a stopping service does: its end waits in TIME_WAIT
    client.close()
    server.close()
    assert demo_backend.free_port(port) == port


def test_a_port_another_program_holds_gives_way_to_the_last_runs_port(tmp_path: Path):
    taken = _listener()
    try:
        remembered = _listener()
        last = remembered.getsockname()[1]
        remembered.close()
        demo_backend.remember_port(tmp_path, last)
        assert demo_backend.last_port(tmp_path) == last
        assert demo_backend.free_port(taken.getsockname()[1], demo_backend.last_port(tmp_path)) == last
        other = demo_backend.free_port(taken.getsockname()[1])  # nothing remembered: any free port
        assert other != taken.getsockname()[1]
    finally:
        taken.close()
    assert demo_backend.last_port(tmp_path / "nowhere") is None


@pytest.mark.slow
def test_a_restarted_demo_serves_on_the_port_of_its_last_run(tmp_path: Path):
    data = tmp_path / "demo"
    first = DemoBackend.start(data, port=None, incidents=20, days=1, simulate=False)
    try:
        with requests.Session() as session:  # a desk's kept-alive connection, closed by the service
            assert session.get(f"{first.url}/api/v1/health", timeout=10).status_code == 200
    finally:
        first.stop()
    again = DemoBackend.start(data, port=None, incidents=20, days=1, simulate=False)
    try:
        assert again.url == first.url
        assert requests.get(f"{again.url}/api/v1/health", timeout=10).status_code == 200
    finally:
        again.stop()
