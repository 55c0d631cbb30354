"""The live stream: SSE events whose ids are sequence numbers, resumable with Last-Event-ID, with
heartbeats; on PostgreSQL a write on one instance shows on another instance's stream."""

from __future__ import annotations

import contextlib
import http.client
import queue
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.central.conftest import populate
from tests.support.central import ApiClient, CentralFactory, report_args


class Sse:
    """Reads an SSE stream on a thread; `next()` returns the next event or comment block.

    A plain http.client connection, so that closing it shuts the socket at once.
    """

    def __init__(self, api: ApiClient, headers: dict[str, str] | None = None) -> None:
        url = urlsplit(api.base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        auth = api.http.headers["Authorization"]
        self.conn.request("GET", "/api/v1/stream", headers={"Authorization": auth, **(headers or {})})
        self.resp = self.conn.getresponse()
        assert self.resp.status == 200
        assert self.resp.getheader("content-type", "").startswith("text/event-stream")
        self.blocks: queue.Queue[dict[str, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        block: dict[str, str] = {}
        with contextlib.suppress(Exception):  # the test closes the connection under the reader
            while raw := self.resp.readline():
                line = raw.decode().rstrip("\r\n")
                if line == "":
                    if block:
                        self.blocks.put(block)
                    block = {}
                elif line.startswith(":"):
                    block["comment"] = line[1:].strip()
                else:
                    name, _, value = line.partition(":")
                    block[name] = value.strip()

    def next(self, timeout: float = 20) -> dict[str, str]:
        return self.blocks.get(timeout=timeout)

    def next_event(self, timeout: float = 20) -> dict[str, str]:
        while True:
            block = self.next(timeout)
            if "id" in block:
                return block

    def close(self) -> None:
        if self.conn.sock is not None:
            with contextlib.suppress(OSError):
                self.conn.sock.shutdown(socket.SHUT_RDWR)
        self.conn.close()


@pytest.fixture
def streams() -> Iterator[list[Sse]]:
    opened: list[Sse] = []
    yield opened
    for sse in opened:
        sse.close()


def test_events_carry_sequence_numbers_and_resume_from_last_event_id(
    central_factory: CentralFactory, central_backend: str, streams: list[Sse]
) -> None:
    server = populate(central_factory(central_backend))
    api = server.client("ops")
    sse = Sse(api)
    streams.append(sse)
    first = sse.next_event()
    assert int(first["id"]) == server.storage.current_seq()  # where the client stands at connect

    result = api.mutate("incident.report", report_args("in-live"))
    event = sse.next_event()
    assert int(event["id"]) >= result["seq"] and event["event"] == "seq"

    # reconnecting from an older id learns at once that there is more to pull
    resumed = Sse(api, {"Last-Event-ID": first["id"]})
    streams.append(resumed)
    assert int(resumed.next_event()["id"]) == server.storage.current_seq()
    # from the latest id: nothing until the next write
    latest = server.storage.current_seq()
    current = Sse(api, {"Last-Event-ID": str(latest)})
    streams.append(current)
    api.mutate("incident.register", {"id": "in-live"})
    assert int(current.next_event()["id"]) > latest


def test_an_idle_stream_sends_heartbeats(central_factory: CentralFactory, streams: list[Sse]) -> None:
    server = populate(central_factory("sqlite", heartbeat=0.3))
    api = server.client("sup_s11")
    sse = Sse(api, {"Last-Event-ID": str(server.storage.current_seq())})
    streams.append(sse)
    blocks = [sse.next() for _ in range(3)]
    assert any(b.get("comment") == "heartbeat" for b in blocks)


@pytest.mark.postgres
def test_a_write_on_one_instance_shows_on_another_instances_stream(
    central_factory: CentralFactory, streams: list[Sse]
) -> None:
    a = populate(central_factory("postgresql"))
    b = central_factory("postgresql", db_url=a.db_url)
    on_b = Sse(b.client("ops"), {"Last-Event-ID": str(b.storage.current_seq())})
    streams.append(on_b)
    result = a.client("ops").mutate("incident.report", report_args("in-a"))
    assert result["outcome"] == "applied"
    event = on_b.next_event()
    assert int(event["id"]) >= result["seq"]
    # and B serves the change written through A
    changes = b.client("ops").changes(int(event["id"]) - 5)["changes"]
    assert "in-a" in {c["key"] for c in changes if c["entity"] == "incident"}
