"""Background writers of the central service: periodic jobs that write through the writer path.

A job is a function of an open write transaction and the current time. It runs in the thread pool
inside `storage.transaction(write=True)`, so it queues on the process's writer path (see
`storage.WriterQueue`) behind and before the API's writes instead of racing them for SQLite's lock.
A failed run is logged and retried at the next period; the service goes on.

    create_app(...)  # registers every writer of `periodic_writers(central)`
    PeriodicWriter("seat expiry", 60.0, lambda tx, now: expire_seats(tx, now))
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.concurrency import run_in_threadpool

from .storage import Storage, Tx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeriodicWriter:
    """`job(tx, now)` every `every` seconds in one write transaction; `name` is for the log."""

    name: str
    every: float
    job: Callable[[Tx, datetime], Any]

    def run_once(self, storage: Storage, now: datetime | None = None) -> Any:
        """One run, in the calling thread: the job in a write transaction of its own."""
        with storage.transaction(write=True) as tx:
            return self.job(tx, now or datetime.now(UTC))


async def run_periodically(storage: Storage, writer: PeriodicWriter) -> None:
    """Run `writer` every `writer.every` seconds until cancelled; failures are logged, not raised."""
    while True:
        await asyncio.sleep(writer.every)
        try:
            await run_in_threadpool(writer.run_once, storage)
        except Exception:
            log.exception("background writer %r failed; it runs again in %.0f s", writer.name, writer.every)


def start(storage: Storage, writers: list[PeriodicWriter]) -> list[asyncio.Task[None]]:
    """Start every writer on the running loop; cancel the returned tasks to stop them."""
    return [asyncio.create_task(run_periodically(storage, w), name=f"writer:{w.name}") for w in writers]
