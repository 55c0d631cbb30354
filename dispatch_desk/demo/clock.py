"""Clocks for the simulator: the wall clock, or a simulated one that jumps when asked to sleep so a
whole simulated day runs in moments (tests, rehearsals)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def sleep(self, seconds: float, stop: threading.Event | None = None) -> None: ...


class WallClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float, stop: threading.Event | None = None) -> None:
        if stop is not None:
            stop.wait(seconds)
        else:
            time.sleep(seconds)


class SimulatedClock:
    """Time moves only when the simulator sleeps: each sleep advances it at once."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def sleep(self, seconds: float, stop: threading.Event | None = None) -> None:
        self._now += timedelta(seconds=seconds)
