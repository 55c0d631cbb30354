"""One cache connection per thread: sqlite connections belong to the thread that opened them, so every
thread that reads or writes a cache file gets its own `Store` on it, opened on first use.

Connections are keyed by the OS thread, not kept in a `threading.local`: a Qt pool thread runs every job
with a fresh Python thread state, so a thread-local would be empty each time and the cache reopened for
every job. The sync engine and the desk's worker pool both hold their connections here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from dispatch_desk.store.cache import Store


class ThreadStores:
    """The connections of the threads that use one cache file."""

    def __init__(self, path: Path | str, *, check_first: bool = True) -> None:
        self.path = Path(path)
        self._check = check_first  # only the first connection checks the file's integrity
        self._lock = threading.Lock()
        self._stores: dict[int, Store] = {}

    def get(self) -> Store:
        """The calling thread's connection, opened now if it has none."""
        ident = threading.get_ident()
        with self._lock:
            store = self._stores.get(ident)
            check, self._check = self._check, False
        if store is None:
            store = Store.open(self.path, check=check)
            with self._lock:
                self._stores[ident] = store
        return store

    def close_here(self) -> None:
        """Close the calling thread's connection, if it has one."""
        store = self.take(threading.get_ident())
        if store is not None:
            store.close()

    def take(self, ident: int) -> Store | None:
        """Forget a thread's connection and hand it over, to be closed on that thread."""
        with self._lock:
            return self._stores.pop(ident, None)

    def held(self) -> dict[int, Store]:
        """The connections open now, by thread."""
        with self._lock:
            return dict(self._stores)

    def __len__(self) -> int:
        with self._lock:
            return len(self._stores)
