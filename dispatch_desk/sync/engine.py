"""The sync engine: session, optimistic mutations, and the background loop that pushes and pulls.

Threading model
- The engine thread owns the loop: push the outbox in batches, then pull the change feed page by
  page (slices of a page stored each with its cursor in one transaction, see transfer.py), then
  sleep until woken — by `sync_now`, the live stream announcing a sequence number beyond the
  cache's cursor, the pusher, or the poll timer (short while the stream is down, long while it is
  up; backoff with jitter while offline).
- The pusher thread sends the outbox as soon as something is staged, also while the engine thread
  is in the middle of a long pull (a first sync into an empty cache takes many pages): the
  officer's work reaches the central service at once, never after the pull.
- The stream thread holds the SSE connection open and only wakes the others.
- `issue`, `login`, `resume` and `resolve_conflict` run on the caller's thread (a UI worker).
  SQLite connections are per thread, so every thread gets its own `Store` on the same file; writes
  from all threads go through one `WriteLock` so they never contend inside SQLite, and the
  officer's own writes (staging, settling) go before the next slice of a page.
- Subscribers are called on whichever of these threads made the change. Besides "state" and
  "changed" they hear "settled" ({mutation id: outcome}) when mutations end: every staged mutation
  ends applied, duplicate, conflict (kept in `conflicts()`) or rejected (kept there too).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dispatch_desk import __version__
from dispatch_desk.domain.codec import from_wire, to_wire
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.wire import (
    MAX_BATCH,
    AgencyForm,
    AuditPage,
    CategoryForm,
    DeskHealth,
    DeskState,
    GridImportResult,
    LimitsForm,
    Mutation,
    OfficerForm,
    OfficerInfo,
    OpenDataExportRequest,
    OpenDataReview,
    OpenDataSelection,
    PlanForm,
    SensorState,
    ServiceStatus,
    TokenPair,
)
from dispatch_desk.store import Conflict, Store, new_mutation_id
from dispatch_desk.store import duty as store_duty
from dispatch_desk.store.threads import ThreadStores
from dispatch_desk.sync import mutations
from dispatch_desk.sync.client import CentralClient, check_ca_bundle
from dispatch_desk.sync.credentials import TokenVault
from dispatch_desk.sync.errors import (
    ActionRefused,
    AuthError,
    CentralError,
    CertificateError,
    OfflineError,
    SyncError,
)
from dispatch_desk.sync.state import Observers, SyncState
from dispatch_desk.sync.stream import StreamListener
from dispatch_desk.sync.transfer import PULL_PAGE, Transfer, WriteLock, report

log = logging.getLogger(__name__)

SESSION_SETTING = "sync.session"  # the officer of the last session, for working offline
# The path of a PEM file of the certificate authorities that HTTPS to the central service is verified
# against (a city's own CA); absent, the system's authorities. Verification itself is never optional.
CA_BUNDLE_SETTING = "sync.ca_bundle"
REFERENCE_ENTITIES = frozenset({"category", "sla_rule", "region"})  # what the workflow policy is built of
HEALTH_EVERY = 120.0  # seconds between two reports of this desk's health to the central service


class SyncEngine:
    def __init__(
        self,
        store_path: str | Path,
        central_url: str,
        device_id: str,
        *,
        keyring_service: str = "dispatch-desk",
        batch_size: int = MAX_BATCH,
        page_size: int = PULL_PAGE,
        poll_interval: float = 5.0,
        live_poll_interval: float = 60.0,
        max_backoff: float = 30.0,
        live: bool = True,
        ca_bundle: str | Path | None = None,
    ) -> None:
        self.store_path = Path(store_path)
        self.central_url = central_url.rstrip("/")
        self.device_id = device_id
        self.poll_interval = poll_interval
        self.live_poll_interval = live_poll_interval
        self.live = live
        self.officer: Officer | None = None
        self._vault = TokenVault(keyring_service, self.central_url, device_id)
        self._client = CentralClient(self.central_url, device_id, on_tokens=self._on_tokens)
        self._ca_bundle = ca_bundle  # given here, it wins over the cache's setting
        self._username: str | None = None
        self._remember = False
        self._observers = Observers()
        self._stores = ThreadStores(store_path)  # one connection per thread that uses this engine
        self._write_lock = WriteLock()  # one writer into SQLite across this engine's threads
        self._cycle_lock = threading.Lock()  # one push+pull at a time
        self._wake = threading.Event()
        self._push_wake = threading.Event()
        self._stopping = threading.Event()  # set by stop() for the running engine threads only
        self._thread: threading.Thread | None = None
        self._pusher: threading.Thread | None = None
        self._listener: StreamListener | None = None
        self._policy: SlaPolicy | None = None
        self._transfer = Transfer(
            self._client,
            self._observers,
            self._write_lock,
            batch_size=batch_size,
            page_size=page_size,
            on_page=self._absorb,
        )
        self._max_backoff = max_backoff
        self._health_due = 0.0  # time.monotonic() of the next health report (0: after the first good cycle)

    # --- TLS
    def set_ca_bundle(self, path: str | Path | None) -> None:
        """Verify the central service's certificate against this PEM bundle from now on, and keep it
        in the cache's settings (None: the system's authorities again). A file that is not a bundle
        raises CertificateError and changes nothing."""
        checked = None if path in (None, "") else check_ca_bundle(path)
        with self._write_lock:
            self._store().set_setting(CA_BUNDLE_SETTING, checked)
        self._ca_bundle = None
        self._client.set_ca_bundle(checked)

    def _verify(self) -> None:
        """Apply the CA bundle: the engine's option, else the setting (read at each sign-in)."""
        bundle = self._ca_bundle
        if bundle is None:
            bundle = self._store().get_setting(CA_BUNDLE_SETTING)
            if bundle is not None and not isinstance(bundle, str):
                raise CertificateError(f"The setting {CA_BUNDLE_SETTING} must be the path of a PEM file.")
        self._client.set_ca_bundle(bundle)

    # --- session
    def login(self, username: str, password: str, remember: bool = True) -> Officer:
        self._verify()
        self._username, self._remember = username, remember
        pair = self._client.login(username, password)
        if not remember:
            self._vault.forget(username)
        return self._adopt(pair)

    def resume(self, username: str) -> Officer | None:
        token = self._vault.load(username)
        if not token:
            return None
        self._verify()
        self._username, self._remember = username, True
        try:
            pair = self._client.refresh(token)
        except OfflineError as exc:
            cached = self._cached_officer()
            if cached is None or cached.username != username:
                return None
            self._client.refresh_token = token  # refreshed once the central service is back
            self.officer = cached
            self._refresh_counts(self._store())
            self._observers.update(connection="offline", last_error=str(exc))
            return cached
        except (AuthError, CentralError):
            self._vault.forget(username)
            return None
        return self._adopt(pair)

    def logout(self) -> None:
        """Forget the remembered session; the cache and its outbox stay for the next sign-in."""
        if self._username:
            self._vault.forget(self._username)
        self._client.access_token = self._client.refresh_token = None
        self.officer = None

    def _on_tokens(self, pair: TokenPair) -> None:
        # refresh tokens rotate: keep the newest one or the next resume fails
        if self._remember and self._username:
            self._vault.save(self._username, pair.refresh_token)

    def _adopt(self, pair: TokenPair) -> Officer:
        store = self._store()
        officer = _officer(pair.officer, store)
        with self._write_lock:
            store.set_setting(
                SESSION_SETTING,
                {"officer": to_wire(officer), "central_url": self.central_url, "device_id": self.device_id},
            )
        self.officer = officer
        self._refresh_counts(store)
        self._observers.update(connection="online", last_error="")
        return officer

    def _cached_officer(self) -> Officer | None:
        session = self._store().get_setting(SESSION_SETTING)
        if not session or session.get("central_url") != self.central_url:
            return None
        return from_wire(Officer, session["officer"])

    # --- lifecycle
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping = threading.Event()  # a fresh one: a thread that outlived stop() keeps its own
        self._thread = threading.Thread(
            target=self._run, args=(self._stopping,), name="dispatch-desk-sync", daemon=True
        )
        self._thread.start()
        self._pusher = threading.Thread(
            target=self._push_run, args=(self._stopping,), name="dispatch-desk-push", daemon=True
        )
        self._pusher.start()
        if self.live:
            self._listener = StreamListener(
                self._client, self._on_announced, self._on_stream, backoff=self._backoff_seconds
            )
            self._listener.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        self._push_wake.set()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        for thread in (self._pusher, self._thread):
            if thread is not None:
                thread.join(timeout)
        self._thread = self._pusher = None
        self._observers.update(live=False)

    def sync_now(self) -> None:
        self._wake.set()
        self._push_wake.set()

    def unsent(self) -> int:
        """Mutations the central service has not answered yet (say so before quitting)."""
        return self._transfer.unsent(self._store())

    def outcome(self, mutation_id: str) -> str | None:
        """How a mutation staged by this process ended ("applied", "duplicate", "conflict",
        "rejected"), or None while it is unanswered (or was settled by another process)."""
        return self._transfer.outcomes.get(mutation_id)

    def sync_once(self) -> None:
        """Push and pull on the calling thread until both are drained; raises OfflineError/AuthError."""
        self._verify()
        self._cycle(self._store(), threading.Event())

    # --- open data: asked of the central service directly, never staged (the service audits each answer)
    def open_data_review(self, selection: OpenDataSelection, english: bool = False) -> OpenDataReview:
        return self._client.open_data_review(selection, english)

    def open_data_export(self, request: OpenDataExportRequest, english: bool = False) -> bytes:
        return self._client.open_data_export(request, english)

    # --- operations and maintenance (administrators): asked of the central service directly
    def admin_service(self) -> ServiceStatus:
        return self._client.admin_service()

    def admin_sensors(self) -> list[SensorState]:
        return self._client.admin_sensors()

    def admin_desks(self) -> list[DeskState]:
        return self._client.admin_desks()

    def admin_officer(self, form: OfficerForm, officer_id: str | None = None) -> dict[str, Any]:
        return self._client.admin_officer(form, officer_id)

    def admin_agency(self, code: str, form: AgencyForm) -> None:
        self._client.admin_agency(code, form)

    def admin_plan(self, plan_id: str, form: PlanForm) -> None:
        self._client.admin_plan(plan_id, form)

    def admin_category(self, code: str, form: CategoryForm) -> None:
        self._client.admin_category(code, form)

    def admin_limits(self, code: str, form: LimitsForm) -> None:
        self._client.admin_limits(code, form)

    def admin_grid(self, content: bytes, dry_run: bool) -> GridImportResult:
        return self._client.admin_grid(content, dry_run)

    def admin_password(self, officer_id: str, password: str) -> None:
        self._client.admin_password(officer_id, password)

    def admin_audit(self, filters: dict[str, Any], before: int | None = None, limit: int = 200) -> AuditPage:
        return self._client.admin_audit(filters, before, limit)

    # --- observing
    def state(self) -> SyncState:
        return self._observers.state

    def subscribe(self, fn: Callable[[str, object], None]) -> None:
        self._observers.subscribe(fn)

    def unsubscribe(self, fn: Callable[[str, object], None]) -> None:
        self._observers.unsubscribe(fn)

    # --- mutations
    def issue(self, name: str, args: dict[str, Any]) -> str:
        mutation = self._new_mutation(name, args)
        self._stage(mutation)
        return mutation.id

    def conflicts(self) -> list[Conflict]:
        return self._store().conflicts()

    def resolve_conflict(self, conflict_id: str, resolution: str, reason: str = "") -> None:
        if resolution not in ("reissue", "discard"):
            raise ValueError(f"unknown resolution: {resolution}")
        store = self._store()
        planned: list[mutations.Write] = []

        def restage(again: Mutation) -> list[mutations.Write]:
            # decided on the cached state inside the store's transaction: a refusal rolls it all back,
            # so the conflict stays open and nothing the officer meant is lost
            planned.extend(self._plan(store, again))
            return planned

        with self._write_lock:
            again = store.resolve_conflict(conflict_id, resolution, reason,
                                           restage if resolution == "reissue" else None)
        log.info("conflict %s resolved by %s: %s", conflict_id, resolution, reason or "(no reason given)")
        if again is not None:
            self._announce(planned, store)
        self._refresh_counts(store)

    def _new_mutation(self, name: str, args: dict[str, Any]) -> Mutation:
        args = dict(args)
        if name == "incident.report" and not args.get("id"):
            args["id"] = new_mutation_id()
        try:
            mutation = Mutation(id=new_mutation_id(), name=name, args=args, client_time=datetime.now(UTC))
            # decide on exactly what the server will receive: args as JSON (times as ISO text, ...)
            return Mutation.model_validate(mutation.model_dump(mode="json"))
        except (ValidationError, ValueError) as exc:
            raise ActionRefused(f"Not a valid mutation: {name}", "bad_args") from exc

    def _plan(self, store: Store, mutation: Mutation) -> list[mutations.Write]:
        if self.officer is None:
            raise AuthError("Not signed in.")
        now = mutation.client_time or datetime.now(UTC)
        return mutations.plan(
            mutation.name,
            mutation.id,
            mutation.args,
            actor=self.officer,
            now=now,
            policy=self._policy_of(store),
            get=store.get,
            get_incident=store.get_incident,
            roster=lambda: store_duty.roster(store, self._policy_of(store), now),
        )

    def _stage(self, mutation: Mutation) -> None:
        store = self._store()
        with self._write_lock:
            writes = self._plan(store, mutation)
            store.stage(mutation, writes)
        self._announce(writes, store)

    def _announce(self, writes: list[mutations.Write], store: Store) -> None:
        """Tell observers what a staged mutation changed, and wake the pusher."""
        changed: dict[str, set[str]] = {}
        for entity, key, _ in writes:
            changed.setdefault(entity, set()).add(key)
        self._observers.changed(changed)
        self._observers.update(pending=self._transfer.unsent(store))
        self._push_wake.set()

    def _policy_of(self, store: Store) -> SlaPolicy:
        policy = self._policy
        if policy is None:
            policy = store.reference().policy()
            self._policy = policy
        return policy

    # --- the loop
    def _run(self, stopping: threading.Event) -> None:
        store = self._store()
        self._refresh_counts(store)
        failures = 0
        try:
            while not stopping.is_set():
                self._wake.clear()
                try:
                    self._cycle(store, stopping)
                    failures = 0
                    self._report_health(store)
                except SyncError as exc:
                    failures += 1
                    log.info("sync failed (%d in a row): %s", failures, exc)
                except Exception as exc:  # keep syncing; a bug in one cycle must not end the loop
                    failures += 1
                    log.exception("sync cycle failed")
                    self._observers.update(last_error=f"Sync error: {exc}")
                if failures:
                    timeout = self._backoff_seconds(failures)
                else:
                    timeout = self.live_poll_interval if self.state().live else self.poll_interval
                self._wake.wait(timeout)
        finally:
            self._close_store()

    def _cycle(self, store: Store, stopping: threading.Event) -> None:
        with self._cycle_lock:
            self._transfer.run(store, stopping)

    def _report_health(self, store: Store) -> None:
        """Now and then, what this desk is like (version, cursor, outbox, conflicts, cache size); a report
        that fails is tried again at the next due time and never disturbs the sync."""
        if time.monotonic() < self._health_due:
            return
        self._health_due = time.monotonic() + HEALTH_EVERY
        try:
            wal = self.store_path.with_name(self.store_path.name + "-wal")
            size = sum(p.stat().st_size for p in (self.store_path, wal) if p.exists())
            self._client.report_health(DeskHealth(version=__version__, cursor=store.cursor(),
                                                  outbox=self._transfer.unsent(store),
                                                  conflicts=len(store.conflicts()), cache_bytes=size))
        except (SyncError, OSError) as exc:
            log.info("could not report this desk's health: %s", exc)

    def _push_run(self, stopping: threading.Event) -> None:
        """The pusher thread: send what is staged at once, whatever the engine thread is doing."""
        store = self._store()
        failures = 0
        try:
            while not stopping.is_set():
                self._push_wake.clear()
                try:
                    if self._transfer.push(store, stopping):
                        self._wake.set()  # applied: the pull brings their effect, then they settle
                    failures = 0
                except SyncError as exc:
                    failures += 1
                    report(self._observers, exc)
                    log.info("push failed (%d in a row): %s", failures, exc)
                except Exception as exc:  # keep pushing; a bug in one push must not end the thread
                    failures += 1
                    log.exception("push failed")
                    self._observers.update(last_error=f"Sync error: {exc}")
                self._push_wake.wait(self._backoff_seconds(failures) if failures else None)
        finally:
            self._close_store()

    def _absorb(self, store: Store, changed: dict[str, set[str]]) -> None:
        if REFERENCE_ENTITIES & changed.keys():
            self._policy = None
        if self.officer is not None and self.officer.id in changed.get("officer", ()):
            row = store.get("officer", self.officer.id)
            if row is not None:
                self.officer = from_wire(Officer, row)
        self._observers.changed(changed)

    def _refresh_counts(self, store: Store) -> None:
        self._transfer.refresh_counts(store)

    # --- stream callbacks (stream thread)
    def _on_announced(self, seq: int) -> None:
        if seq > self._transfer.feed_seq:
            self._wake.set()

    def _on_stream(self, up: bool) -> None:
        self._observers.update(live=up)
        if up:
            self._wake.set()  # whatever happened while the stream was down is pulled now
            self._push_wake.set()

    def _backoff_seconds(self, failures: int) -> float:
        return backoff_seconds(failures, cap=self._max_backoff)

    # --- per-thread store
    def _store(self) -> Store:
        return self._stores.get()

    def _close_store(self) -> None:
        """Close the calling thread's connection (sqlite connections are closed by their thread)."""
        self._stores.close_here()

    def close(self) -> None:
        """Stop, and close the store this thread opened."""
        self.stop()
        self._client.close()
        self._close_store()


def backoff_seconds(failures: int, *, base: float = 0.5, cap: float = 30.0, draw: Callable[[], float] = random.random) -> float:
    """How long to wait after `failures` failed attempts in a row: a random time below base·2^failures, at most
    `cap` ("full jitter"), so that desks cut off together do not all come back in the same instant."""
    return draw() * min(cap, base * 2.0 ** min(failures, 64))


def _officer(info: OfficerInfo, store: Store) -> Officer:
    """The full officer record from the cache when it is there, else what the login answer says."""
    row = store.get("officer", info.id)
    if row is not None:
        return from_wire(Officer, row)
    return Officer(
        id=info.id,
        username=info.username,
        name=info.name,
        role=Role(info.role),
        agency=info.agency,
        region=info.region,
        operations=tuple(info.operations),
    )
