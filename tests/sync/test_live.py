"""The background engine: pushes on issue, hears the live stream, polls when the stream is gone."""

from __future__ import annotations

import threading
import time

from dispatch_desk.sync import SyncState
from tests.support.central import report_args
from tests.sync.conftest import PASSWORD, applied_count, assert_cache_matches_server

WAIT = 20.0  # generous: a shared machine; the test waits for an event, it does not time anything


class Watch:
    """Lets a test wait for an engine's state to become something, or for a change notification."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.changes: list[dict[str, set[str]]] = []
        self._cond = threading.Condition()
        engine.subscribe(self._on)

    def _on(self, kind: str, payload) -> None:
        with self._cond:
            if kind == "changed":
                self.changes.append(payload)
            self._cond.notify_all()

    def state(self, predicate=None, **expected) -> bool:
        """True once the engine's *current* state matches (not some state it passed through earlier)."""

        def now() -> bool:
            current: SyncState = self.engine.state()
            return all(getattr(current, k) == v for k, v in expected.items()) and (
                predicate is None or predicate(current)
            )

        with self._cond:
            return self._cond.wait_for(now, WAIT)

    def changed(self, entity: str, key: str) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: any(key in c.get(entity, ()) for c in self.changes), WAIT)


def synced(state: SyncState) -> bool:
    return state.last_success is not None


def test_a_mutation_reaches_the_other_client_through_the_live_stream(city, make_engine):
    a = make_engine(city.url, "a", live=True, poll_interval=3600, live_poll_interval=3600)
    b = make_engine(city.url, "b", live=True, poll_interval=3600, live_poll_interval=3600)
    a.login("wang", PASSWORD)
    b.login("zhao", PASSWORD)
    watch_a, watch_b = Watch(a), Watch(b)
    a.start()
    b.start()
    assert watch_b.state(live=True, connection="online")
    assert watch_a.state(synced)  # the reference data the workflow needs has arrived
    incident_id = report_args()["id"]
    mutation_id = a.issue("incident.report", report_args(incident_id))
    # polling is an hour away: only the stream can have told b
    assert watch_b.changed("incident_action", mutation_id)
    assert watch_a.state(pending=0)
    assert b._store().get("incident", incident_id) is not None
    a.stop()
    b.stop()
    assert a._thread is None and b.state().live is False
    a.issue("incident.comment", {"id": incident_id, "note": "停止后仍可手动同步"})
    a.sync_once()  # a stopped engine still syncs on demand
    b.sync_once()
    assert a.state().pending == 0
    assert_cache_matches_server(city, "zhao", b._store())


def test_the_engine_goes_offline_queues_and_recovers_by_itself(city, make_engine, proxy_to):
    proxy = proxy_to(city)
    a = make_engine(proxy.url, "a", live=True)
    a.login("wang", PASSWORD)
    watch = Watch(a)
    a.start()
    assert watch.state(live=True, connection="online")
    assert watch.state(synced)
    deadline = time.monotonic() + WAIT
    while a._listener.last_event_id is None:  # the stream has delivered its first event
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proxy.go_offline()
    assert watch.state(live=False)
    mutation_id = a.issue("incident.report", report_args())
    assert watch.state(connection="offline", pending=1)
    proxy.go_online()
    assert watch.state(connection="online", pending=0)
    assert watch.state(live=True)
    a.stop()
    assert applied_count(city, mutation_id) == 1
    streams = [h for h in proxy.heads if h.startswith(b"GET /api/v1/stream")]
    assert b"last-event-id:" not in streams[0].lower()
    assert b"last-event-id:" in streams[-1].lower()  # the reconnect resumes where the stream left off
    last: SyncState = a.state()
    assert last.last_success is not None and last.last_error == ""


def test_without_the_live_stream_the_engine_polls(city, make_engine, proxy_to):
    proxy = proxy_to(city)
    proxy.stream_blocked = True
    a = make_engine(city.url, "a")
    b = make_engine(proxy.url, "b", live=True, poll_interval=0.2)
    a.login("wang", PASSWORD)
    b.login("zhao", PASSWORD)
    a.sync_once()
    watch = Watch(b)
    b.start()
    mutation_id = a.issue("incident.report", report_args())
    a.sync_once()
    assert watch.changed("incident_action", mutation_id)
    assert b.state().live is False
    b.stop()
