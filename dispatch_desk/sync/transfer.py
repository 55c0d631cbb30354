"""One sync pass against the central service: the outbox pushed in batches, the change feed pulled
page by page, and the rules that keep the officer's own work first.

Crash-safe storing rule: a page is stored in slices (a page below the store's DEFER_MIN is one
slice), each slice together with the cursor at its last change in one transaction. The feed is in
seq order and a slice never ends between two changes of the same seq, so a sync cut short resumes
from the last stored slice and loses or repeats nothing (as with one transaction per page).

Between two slices the write lock goes to any waiting officer's write first (`WriteLock`): staging
never queues behind more than one slice of a page.

Outcomes: conflicts and rejections are settled (and kept as conflicts) as soon as they arrive.
An applied or duplicate result is settled once the cache's cursor has reached its seq, so that the
server's version of every row it wrote is already in the row's shadow; until then the mutation is
acknowledged (it no longer counts as pending and is not sent again) and its rows keep the officer's
optimistic version. A page fetched before the mutation reached the server and stored after its answer
therefore never shows the row without the officer's change. A restart forgets acknowledgements: the
mutation is sent again and answered `duplicate`, which settles it the same way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from dispatch_desk.domain.wire import (
    MAX_BATCH,
    MAX_PAGE,
    Change,
    ChangesPage,
    Mutation,
    MutationBatch,
    MutationResult,
    Outcome,
)
from dispatch_desk.store import Store, deferred
from dispatch_desk.store.cache import DEFER_MIN, CursorMoved
from dispatch_desk.sync.client import CentralClient, parse
from dispatch_desk.sync.errors import AuthError, CentralError, OfflineError, SyncError
from dispatch_desk.sync.state import Observers

log = logging.getLogger(__name__)

Changed = dict[str, set[str]]
PULL_PAGE = 2 * DEFER_MIN  # changes per page: parsed (holding the interpreter lock) in about 15 ms
SLICE = 100  # changes per transaction of the feed
T = TypeVar("T")
SETTLED = "settled"  # observer event: {mutation id: outcome} for every mutation that ended
OUTCOMES = 10_000  # outcomes remembered for `SyncEngine.outcome`


class WriteLock:
    """The one writer into the cache across an engine's threads, with the officer's own writes first.

    `with lock:` is for short writes (staging, settling, settings) and is re-entrant; `with
    lock.bulk():` is for the feed's page slices and the index builds, and waits while any short
    writer waits. So an officer's write waits for one slice at most, never for a page or a sync.
    (Interrupting the slice instead was tried: an interrupted COMMIT can leave the interruption
    pending for the ROLLBACK after it, and the transaction open with the database locked.)
    """

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._urgent = 0  # short writers waiting
        self._owner_urgent = False

    def _acquire(self, urgent: bool) -> None:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
                return
            if urgent:
                self._urgent += 1
            try:
                while self._owner is not None or (not urgent and self._urgent):
                    self._cond.wait()
            finally:
                if urgent:
                    self._urgent -= 1
            self._owner, self._depth, self._owner_urgent = me, 1, urgent

    def yield_to_urgent(self) -> None:
        """Wait while a short writer waits or writes: the feed's own Python work between two slices
        (parsing the next page, telling subscribers) would otherwise compete with the officer's write
        for the interpreter lock, which the write takes again after every SQLite call."""
        with self._cond:
            while self._urgent or (self._owner is not None and self._owner_urgent):
                self._cond.wait()

    def _release(self) -> None:
        with self._cond:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._cond.notify_all()

    def __enter__(self) -> WriteLock:
        self._acquire(True)
        return self

    def __exit__(self, *exc: object) -> None:
        self._release()

    @contextmanager
    def bulk(self) -> Iterator[None]:
        self._acquire(False)
        try:
            yield
        finally:
            self._release()


def slices(changes: list[Change], size: int = SLICE) -> list[list[Change]]:
    """A page cut into slices of about `size` changes, never between two changes of the same seq."""
    out: list[list[Change]] = []
    start = 0
    while start < len(changes):
        end = min(start + size, len(changes))
        while end < len(changes) and changes[end].seq == changes[end - 1].seq:
            end += 1
        out.append(changes[start:end])
        start = end
    return out or [changes]


def report(observers: Observers, exc: SyncError) -> None:
    """Say what stopped a push or a pull, in terms a person can act on."""
    if isinstance(exc, AuthError):
        observers.update(connection="offline", last_error=f"Sign in again: {exc}")
    elif isinstance(exc, OfflineError):
        observers.update(connection="offline", last_error=str(exc))
    else:
        observers.update(connection="online", last_error=str(exc))


class Transfer:
    """Push and pull, reporting progress and outcomes to the observers. `on_page(store, changed)` is
    called after each stored slice (the engine refreshes what it derives from the cache there).

    `push` may run on its own thread while another pulls: the officer's changes reach the central
    service while a long first sync is still being stored."""

    def __init__(
        self,
        client: CentralClient,
        observers: Observers,
        write_lock: WriteLock,
        *,
        batch_size: int = MAX_BATCH,
        page_size: int = PULL_PAGE,
        on_page: Callable[[Store, Changed], None],
    ) -> None:
        self.client = client
        self.observers = observers
        self.write_lock = write_lock
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.page_size = max(1, min(page_size, MAX_PAGE))
        self.on_page = on_page
        self.feed_seq = 0  # the feed position the cache has reached, as far as this process knows
        self._push_lock = threading.Lock()  # one push at a time (the pusher's and a pass's)
        self._acked: dict[str, MutationResult] = {}  # applied, settled once the cursor reaches their seq
        self._acked_lock = threading.Lock()
        self.outcomes: dict[str, str] = {}  # mutation id -> outcome, the last OUTCOMES this process settled

    def run(self, store: Store, stopping: threading.Event) -> None:
        """One pass until the outbox and the feed are drained; raises the error that stopped it."""
        try:
            for _ in range(3):  # what was staged while pulling goes out, and its effect comes back
                self.push(store, stopping)
                self.pull(store, stopping)
                self.settle_caught_up(store)
                if stopping.is_set() or not (self.unsent(store) or self.acknowledged()):
                    break
        except SyncError as exc:
            report(self.observers, exc)
            raise
        self.refresh_counts(store)
        self.observers.update(connection="online", last_success=datetime.now(UTC), last_error="")

    def refresh_counts(self, store: Store) -> None:
        self.observers.update(pending=self.unsent(store), conflicts=len(store.conflicts()))

    def unsent(self, store: Store) -> int:
        """Mutations the central service has not answered yet."""
        with self._acked_lock:
            acked = len(self._acked)
        return max(0, store.pending_count() - acked)

    def acknowledged(self) -> set[str]:
        with self._acked_lock:
            return set(self._acked)

    # --- push
    def push(self, store: Store, stopping: threading.Event) -> int:
        """Send the outbox until every mutation is answered; returns how many applied results wait
        for the feed to bring their effect."""
        with self._push_lock:
            self.upload(store)
            size = self.batch_size
            while not stopping.is_set():
                skip = self.acknowledged()
                batch = [m for m in store.outbox(limit=size + len(skip)) if m.id not in skip][:size]
                if not batch:
                    break
                self.observers.update(connection="syncing", pending=self.unsent(store))
                try:
                    results = self.send(batch)
                except CentralError as exc:
                    if exc.status not in (400, 409, 413, 415, 422):
                        raise
                    if len(batch) > 1:
                        size = max(1, len(batch) // 2)  # refused as a whole: smaller batches find the one
                        continue
                    # one mutation the server cannot take at all: keep it as a refusal for the officer
                    # to see, rather than let it block every mutation queued behind it
                    results = [MutationResult(id=batch[0].id, outcome=Outcome.REJECTED, reason=str(exc))]
                self.conclude(store, results)
            return len(self.acknowledged())

    def send(self, batch: list[Mutation]) -> list[MutationResult]:
        answer = self.client.push(MutationBatch(mutations=batch))
        sent = {m.id for m in batch}
        results = [r for r in answer.results if r.id in sent]
        if not results:
            raise CentralError("The central service answered none of the pushed mutations.")
        return results

    def conclude(self, store: Store, results: list[MutationResult]) -> None:
        """Settle refusals now, and applied results the feed has already brought; acknowledge the rest."""
        with self.write_lock:
            cursor = store.cursor()
            now: list[MutationResult] = []
            for result in results:
                if _applied(result) and result.seq is not None and result.seq > cursor:
                    with self._acked_lock:
                        self._acked[result.id] = result
                else:
                    now.append(_caught_up(result))
            changed = store.settle(now) if now else {}
            self._ended(now)
        self._settled(store, now, changed)

    def settle_caught_up(self, store: Store) -> None:
        """Settle the acknowledged mutations whose seq the cache's cursor has reached."""
        with self._acked_lock:
            if not self._acked:
                return
        with self.write_lock:
            cursor = store.cursor()
            with self._acked_lock:
                due = [r for r in self._acked.values() if r.seq is not None and r.seq <= cursor]
            if not due:
                return
            changed = store.settle([_caught_up(r) for r in due])
            self._ended(due)
            with self._acked_lock:
                for r in due:
                    del self._acked[r.id]
        self._settled(store, due, changed)

    def _ended(self, results: list[MutationResult]) -> None:
        self.outcomes.update({r.id: r.outcome.value for r in results})
        for old in list(self.outcomes)[: max(0, len(self.outcomes) - OUTCOMES)]:
            del self.outcomes[old]

    def _settled(self, store: Store, results: list[MutationResult], changed: Changed) -> None:
        if results:
            self.observers.emit(SETTLED, {r.id: r.outcome.value for r in results})
        self.observers.changed(changed)
        self.refresh_counts(store)

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

    # --- pull
    def pull(self, store: Store, stopping: threading.Event) -> None:
        """Pull the feed from the cache's cursor until it is drained. A cache rebuilt meanwhile
        (damage found while running: its cursor went back to 0) is pulled again from its new cursor."""
        for _ in range(3):
            try:
                self._pull(store, stopping)
                return
            except CursorMoved as exc:
                log.warning("The cache's cursor moved while pulling (%s); pulling again from it.", exc)
                self.feed_seq = store.cursor()
        self._pull(store, stopping)

    def _pull(self, store: Store, stopping: threading.Event) -> None:
        since = store.cursor()
        page = self.client.changes(since, self.page_size)
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
                elif stored:
                    self.build_deferred_indexes(store)  # the last page of a load: before it, step by step
                self.store_page(store, page, since)
                since = page.next_since
                stored += 1
                if ahead is None or stopping.is_set():
                    break
                body = ahead.result()
                self.write_lock.yield_to_urgent()
                page = parse(ChangesPage, body, "/changes")
        if stored > 1:
            # a catch-up into an empty cache may have deferred the queue indexes: build them now,
            # not at the officer's first query
            self.build_deferred_indexes(store)

    def store_page(self, store: Store, page: ChangesPage, since: int | None = None) -> None:
        """Store a page fetched from `since` (None: wherever the cache is), slice by slice; raises
        CursorMoved, storing nothing more, when the cache's cursor is no longer where it continues."""
        parts = slices(page.changes)
        for i, part in enumerate(parts):
            cursor = page.next_since if i == len(parts) - 1 else part[-1].seq
            changed = self.bulk(store, partial(store.apply_changes, part, cursor, page.changes, after=since))
            since = None if since is None else cursor
            self.feed_seq = max(self.feed_seq, cursor)
            self.write_lock.yield_to_urgent()
            self.on_page(store, changed)
            self.settle_caught_up(store)

    def build_deferred_indexes(self, store: Store) -> None:
        """Build the queue indexes a load deferred one index per transaction, so that the officer's
        writes go in between, then leave the deferred state (which then has nothing left to build)."""
        current = deferred.state(store.conn)
        if current is None:
            return
        for index in current["indexes"]:
            self.bulk(store, partial(_create_index, store, index))
        self.bulk(store, store.finish_deferred_indexes)

    def bulk(self, store: Store, work: Callable[[], T]) -> T:
        """`work()` — one write transaction of the feed — under the bulk lock (after any officer's
        write that is waiting)."""
        with self.write_lock.bulk():
            return work()


def _create_index(store: Store, index: list[str]) -> None:
    with store.transaction() as conn:
        deferred.create(conn, [index])


def _applied(result: MutationResult) -> bool:
    return result.outcome in (Outcome.APPLIED, Outcome.DUPLICATE)


def _caught_up(result: MutationResult) -> MutationResult:
    """An applied result as settle should see it once the cursor is at or past its seq: every change
    up to there is stored, so each written row's shadow already holds the server's version."""
    if _applied(result) and result.seq is not None:
        return result.model_copy(update={"seq": None})
    return result
