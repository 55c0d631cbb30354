"""Live announcements of new sequence numbers for the SSE stream.

Writes in this process announce their seq after commit; on PostgreSQL a listener thread also hears
the NOTIFY of writes made by other central instances on the same database.

Waiting streams share one `asyncio.Event` per generation: growing the seq sets the current event and
puts a fresh one in its place. A stream that stops waiting (timeout, disconnect, cancellation) simply
drops its reference; nothing is acquired or released, so no number of disconnects can leave the
announcer in a broken state (an `asyncio.Condition` waited on under `wait_for` could: its lock was
left unacquired when a wait was cancelled while re-acquiring it, and every later wait failed).

Sessions: a commit that revoked tokens or changed an officer bumps `sessions`, and wakes every stream
so it checks its own token again before it sends anything more.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from .storage import Storage

log = logging.getLogger(__name__)


class Announcer:
    """Holds the latest known seq and wakes every waiting stream when it grows (or when it closes)."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.latest = 0
        self.sessions = 0  # bumped when sessions may have ended: streams check their token again
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self.latest = await asyncio.to_thread(self.storage.current_seq)
        self.storage.add_listener(self.announce)
        self.storage.add_session_listener(self.sessions_changed)
        if self.storage.backend == "postgresql":
            self._listener = threading.Thread(target=self._listen, name="central-listen", daemon=True)
            self._listener.start()

    async def stop(self) -> None:
        self._close()
        self._stop.set()
        if self._listener is not None:
            await asyncio.to_thread(self._listener.join, 5)

    @property
    def closed(self) -> bool:
        return self._closed

    @closed.setter
    def closed(self, value: bool) -> None:
        """Setting it (from any thread) ends every stream now: the server is shutting down."""
        if value:
            self.close_soon()

    def close_soon(self) -> None:
        """Thread-safe: end every stream now (the server is shutting down)."""
        self._closed = True
        self._call(self._close)

    def _close(self) -> None:
        self._closed = True
        self._pulse()

    def announce(self, seq: int) -> None:
        """Thread-safe: called after a commit (any thread) or by the NOTIFY listener."""
        self._call(self._raise, seq)

    def sessions_changed(self) -> None:
        """Thread-safe: called after a commit that revoked tokens or changed an officer."""
        self._call(self._bump_sessions)

    def _call(self, fn: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            fn(*args)
            return
        with contextlib.suppress(RuntimeError):  # the loop is shutting down
            loop.call_soon_threadsafe(fn, *args)

    def _raise(self, seq: int) -> None:
        if seq > self.latest:
            self.latest = seq
            self._pulse()

    def _bump_sessions(self) -> None:
        self.sessions += 1
        self._pulse()

    def _pulse(self) -> None:
        wake, self._wake = self._wake, asyncio.Event()
        if wake is not None:
            wake.set()

    async def wait(self, timeout: float) -> None:
        """Until the next change (seq, sessions, closing) or `timeout` seconds, whichever is first."""
        wake = self._wake
        if wake is None or self.closed:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout)

    async def wait_beyond(self, seq: int, timeout: float) -> int:
        """The latest seq once it exceeds `seq`, or the unchanged latest after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.latest <= seq and not self.closed:
            left = deadline - loop.time()
            if left <= 0:
                break
            await self.wait(left)
        return self.latest

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                self.storage.listen(self.announce, self._stop)
            except Exception:  # the database restarted or the network dropped: listen again shortly
                log.exception("LISTEN connection lost; reconnecting")
                self._stop.wait(1.0)
