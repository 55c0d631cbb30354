"""The live stream: server-sent events announcing change-feed sequence numbers.

Each event's `id:` is a sequence number, so a reconnect sends `Last-Event-ID` and resumes. The
listener never applies data itself; it only tells the engine "the feed reached seq N" and the
engine pulls. Whatever the stream missed (a gap, a reconnect) is covered by that pull, because the
pull starts from the cache's own cursor, not from the stream's ids.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import cast

import requests

from dispatch_desk.sync.client import CentralClient
from dispatch_desk.sync.errors import SyncError

log = logging.getLogger(__name__)

HEALTHY_SECONDS = 5.0  # a stream that stayed open this long ended normally, not by a fault


@dataclass(frozen=True)
class Event:
    id: str | None
    event: str
    data: str

    @property
    def seq(self) -> int | None:
        """The sequence number the event announces: its id, else a `seq` in its data."""
        for candidate in (self.id, self.data):
            if candidate is None:
                continue
            try:
                return int(candidate)
            except ValueError:
                pass
        try:
            body = json.loads(self.data)
        except ValueError:
            return None
        if isinstance(body, dict) and isinstance(seq := body.get("seq"), int):
            return seq
        return None


def parse_events(lines: Iterable[str]) -> Iterator[Event | None]:
    """Events of an SSE byte stream split into lines (WHATWG rules); None for a keep-alive comment."""
    event_id: str | None = None
    name = ""
    data: list[str] = []
    for line in lines:
        if line == "":
            if data or event_id is not None:
                yield Event(event_id, name or "message", "\n".join(data))
            event_id, name, data = None, "", []
            continue
        if line.startswith(":"):
            yield None
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "id" and "\0" not in value:
            event_id = value
        elif field == "event":
            name = value
        elif field == "data":
            data.append(value)


class StreamListener:
    """A thread that keeps the stream open, reconnecting with backoff, and reports announced seqs.

    `on_seq(seq)` is called for each announced sequence number, `on_connected(up)` when the stream
    opens or drops (a drop means events may have been missed: the engine pulls and polls meanwhile).
    """

    def __init__(
        self,
        client: CentralClient,
        on_seq: Callable[[int], None],
        on_connected: Callable[[bool], None],
        *,
        backoff: Callable[[int], float],
    ) -> None:
        self.client = client
        self.on_seq = on_seq
        self.on_connected = on_connected
        self.backoff = backoff
        self.last_event_id: int | None = None
        self._stop = threading.Event()
        self._session = client.new_session()
        self._response: requests.Response | None = None
        self._thread = threading.Thread(target=self._run, name="dispatch-desk-stream", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        _interrupt(self._response)
        self._thread.join(timeout)
        self._session.close()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            opened = time.monotonic()
            try:
                self._listen()
                # the server ended the stream: reconnect at once after a long healthy one, but back
                # off when it keeps ending at once (a proxy that does not stream), not to spin
                failures = 0 if time.monotonic() - opened > HEALTHY_SECONDS else failures + 1
            except (SyncError, requests.RequestException, OSError, ValueError) as exc:
                if self._stop.is_set():
                    break
                failures += 1
                log.debug("stream dropped: %s", exc)
            except Exception:  # the listener must outlive any surprise; polling covers for it
                log.exception("stream listener failed")
                failures += 1
            self.on_connected(False)
            if failures:
                self._stop.wait(self.backoff(failures))

    def _listen(self) -> None:
        resp = self.client.open_stream(self.last_event_id, self._session)
        self._response = resp
        try:
            if self._stop.is_set():
                return
            self.on_connected(True)
            resp.encoding = "utf-8"  # the SSE format is always UTF-8, whatever the headers say
            # requests types decoded lines as str | bytes (bytes when the response has no encoding): str here
            lines = cast(Iterator[str], resp.iter_lines(decode_unicode=True))
            for event in parse_events(line or "" for line in lines):
                if self._stop.is_set():
                    return
                if event is None:
                    continue
                seq = event.seq
                if event.id is not None and seq is not None:
                    self.last_event_id = seq
                if seq is not None:
                    self.on_seq(seq)
        finally:
            self._response = None
            resp.close()


def _interrupt(resp: requests.Response | None) -> None:
    """Wake a thread blocked reading the stream: closing a socket does not, shutting it down does."""
    if resp is None:
        return
    sock = getattr(getattr(resp.raw, "connection", None), "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    # closing from another thread may race the reader; it is going away anyway
    with contextlib.suppress(Exception):
        resp.close()
