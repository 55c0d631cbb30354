"""One sync pass against the central service: the outbox pushed in batches, then the change feed
pulled page by page, each page stored with its cursor in one transaction (DESIGN.md §4)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from dispatch_desk.domain.wire import (
    MAX_BATCH,
    MAX_PAGE,
    ChangesPage,
    Mutation,
    MutationBatch,
    MutationResult,
    Outcome,
)
from dispatch_desk.store import Store
from dispatch_desk.sync.client import CentralClient, parse
from dispatch_desk.sync.errors import AuthError, CentralError, OfflineError
from dispatch_desk.sync.state import Observers

Changed = dict[str, set[str]]


class Transfer:
    """Push then pull, reporting progress and outcomes to the observers. `on_page(store, changed)` is
    called after each stored page (the engine refreshes what it derives from the cache there)."""

    def __init__(
        self,
        client: CentralClient,
        observers: Observers,
        write_lock: threading.RLock,
        *,
        batch_size: int = MAX_BATCH,
        page_size: int = MAX_PAGE,
        on_page: Callable[[Store, Changed], None],
    ) -> None:
        self.client = client
        self.observers = observers
        self.write_lock = write_lock
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.page_size = max(1, min(page_size, MAX_PAGE))
        self.on_page = on_page
        self.feed_seq = 0  # the feed position the cache has reached, as far as this process knows

    def run(self, store: Store, stopping: threading.Event) -> None:
        """One pass until the outbox and the feed are drained; raises the error that stopped it."""
        try:
            self.push(store, stopping)
            self.pull(store, stopping)
        except OfflineError as exc:
            self.observers.update(connection="offline", last_error=str(exc))
            raise
        except AuthError as exc:
            self.observers.update(connection="offline", last_error=f"Sign in again: {exc}")
            raise
        except CentralError as exc:
            self.observers.update(connection="online", last_error=str(exc))
            raise
        self.refresh_counts(store)
        self.observers.update(connection="online", last_success=datetime.now(UTC), last_error="")

    def refresh_counts(self, store: Store) -> None:
        self.observers.update(pending=store.pending_count(), conflicts=len(store.conflicts()))

    def push(self, store: Store, stopping: threading.Event) -> None:
        self.upload(store)
        size = self.batch_size
        while not stopping.is_set():
            batch = store.outbox(limit=size)
            if not batch:
                return
            self.observers.update(connection="syncing", pending=store.pending_count())
            try:
                results = self.send(batch)
            except CentralError as exc:
                if exc.status not in (413, 422):
                    raise
                if len(batch) > 1:
                    size = max(1, len(batch) // 2)  # too big a body: smaller batches
                    continue
                # one mutation the server cannot take at all: keep it as a refusal for the officer
                # to see, rather than let it block every mutation queued behind it
                results = [MutationResult(id=batch[0].id, outcome=Outcome.REJECTED, reason=str(exc))]
            with self.write_lock:
                changed = store.settle(results)
            self.observers.changed(changed)
            self.refresh_counts(store)

    def send(self, batch: list[Mutation]) -> list[MutationResult]:
        answer = self.client.push(MutationBatch(mutations=batch))
        sent = {m.id for m in batch}
        results = [r for r in answer.results if r.id in sent]
        if not results:
            raise CentralError("The central service answered none of the pushed mutations.")
        return results

    def upload(self, store: Store) -> None:
        """Attachments first, so that no mutation reaches the server before the photos it names."""
        for sha256 in store.unconfirmed_attachments():
            content = store.attachment(sha256)
            if content is None:
                continue
            self.observers.update(connection="syncing")
            mime = store.attachment_mime(sha256) or "application/octet-stream"
            self.client.upload(sha256, content, mime)
            with self.write_lock:
                store.confirm_attachment(sha256)

    def pull(self, store: Store, stopping: threading.Event) -> None:
        page = self.client.changes(store.cursor(), self.page_size)
        stored = 0
        with ThreadPoolExecutor(1, thread_name_prefix="dispatch-desk-pull") as prefetch:
            while True:
                # fetch the next page while this one is stored: the server builds it and the network
                # carries it meanwhile (parsing waits for this thread: it needs the interpreter lock)
                ahead = (
                    prefetch.submit(self.client.changes_body, page.next_since, self.page_size)
                    if page.has_more
                    else None
                )
                if ahead is not None:
                    self.observers.update(connection="syncing")
                with self.write_lock:
                    changed = store.apply_changes(page.changes, page.next_since)
                self.feed_seq = max(self.feed_seq, page.next_since)
                stored += 1
                self.on_page(store, changed)
                if ahead is None or stopping.is_set():
                    break
                page = parse(ChangesPage, ahead.result(), "/changes")
        if stored > 1:
            # a catch-up into an empty cache may have deferred the queue indexes: build them now,
            # not at the officer's first query
            with self.write_lock:
                store.finish_deferred_indexes()
