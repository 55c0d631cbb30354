"""Live announcements of new sequence numbers for the SSE stream.

Writes in this process announce their seq after commit; on PostgreSQL a listener thread also hears
the NOTIFY of writes made by other central instances on the same database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading

from .storage import Storage

log = logging.getLogger(__name__)


class Announcer:
    """Holds the latest known seq and wakes every waiting stream when it grows."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.latest = 0
        self.closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._cond: asyncio.Condition | None = None
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._cond = asyncio.Condition()
        self.latest = await asyncio.to_thread(self.storage.current_seq)
        self.storage.add_listener(self.announce)
        if self.storage.backend == "postgresql":
            self._listener = threading.Thread(target=self._listen, name="central-listen", daemon=True)
            self._listener.start()

    async def stop(self) -> None:
        self.closed = True
        self._stop.set()
        if self._cond is not None:
            async with self._cond:
                self._cond.notify_all()
        if self._listener is not None:
            await asyncio.to_thread(self._listener.join, 5)

    def announce(self, seq: int) -> None:
        """Thread-safe: called after a commit (any thread) or by the NOTIFY listener."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop is shutting down
            loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._raise(seq)))

    async def _raise(self, seq: int) -> None:
        assert self._cond is not None
        async with self._cond:
            if seq > self.latest:
                self.latest = seq
                self._cond.notify_all()

    async def wait_beyond(self, seq: int, timeout: float) -> int:
        """The latest seq once it exceeds `seq`, or the unchanged latest after `timeout` seconds."""
        assert self._cond is not None
        async with self._cond:
            if self.latest <= seq and not self.closed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._cond.wait_for(lambda: self.latest > seq or self.closed), timeout)
            return self.latest

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                self.storage.listen(self.announce, self._stop)
            except Exception:  # the database restarted or the network dropped: listen again shortly
                log.exception("LISTEN connection lost; reconnecting")
                self._stop.wait(1.0)
