"""Readings for the charts: one resolution ladder per watched indicator, fed from the cache.

History is read in the background the first time an indicator is watched; afterwards only the
readings that sync reports as new are read, so a tick never touches more than it must.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dispatch_desk.domain.entities import split_reading_key
from dispatch_desk.domain.series import ResolutionLadder
from dispatch_desk.ui.tasks import run_in_background, worker_store

HISTORY = timedelta(days=31)
class ReadingsFeed(QObject):
    updated = Signal(object)  # set of indicator codes whose ladders received readings

    def __init__(self, store, bus=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(store.path)
        self._ladders: dict[str, ResolutionLadder] = {}
        self._loading: set[str] = set()
        if bus is not None:
            bus.data_changed.connect(self._on_data_changed)

    def ladder(self, code: str) -> ResolutionLadder:
        """The ladder of `code`, empty until its history has been read."""
        if code not in self._ladders:
            self._ladders[code] = ResolutionLadder()
            self._load(code, since=None)
        return self._ladders[code]

    def push(self, code: str, at: float, value: float) -> None:
        """Append a reading received some other way (tests, benchmarks, a live source)."""
        self.ladder(code).append(at, value)

    def watched(self) -> set[str]:
        return set(self._ladders)

    def _load(self, code: str, since: float | None) -> None:
        if code in self._loading:
            return
        self._loading.add(code)
        path = self._path
        start = (
            datetime.now(UTC) - HISTORY if since is None else datetime.fromtimestamp(since, UTC)
        )

        def read():
            return worker_store(path).readings(code, start)

        def done(rows) -> None:
            self._loading.discard(code)
            ladder = self._ladders.get(code)
            if ladder is None:
                return
            for t, v in rows:
                ladder.append(t, v)
            if rows:
                self.updated.emit({code})

        def failed(_exc) -> None:
            self._loading.discard(code)

        run_in_background(read, done, failed, owner=self)

    def _on_data_changed(self, changes) -> None:
        keys = changes.get("reading") if isinstance(changes, dict) else None
        if not keys:
            return
        touched = {split_reading_key(key)[0] for key in keys}
        for code in touched & set(self._ladders):
            self._load(code, since=self._ladders[code].last_time)
