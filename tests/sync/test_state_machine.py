"""A random walk of edits, network loss, lost answers, syncs and crashes keeps the sync invariants:
every mutation an officer issued ends up applied on the server exactly once or kept as a conflict,
and after a final sync each cache equals the server's view of its officer's scope."""

from __future__ import annotations

import contextlib
from collections import Counter

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from dispatch_desk.sync import ActionRefused, SyncEngine, SyncError
from tests.support.central import report_args
from tests.sync.conftest import PASSWORD, assert_cache_matches_server, seed

USERS = {"a": "wang", "b": "zhao"}
clients = st.sampled_from(sorted(USERS))
ACTIONS = {
    "register": {},
    "dispatch": {"lead_agency": "CG"},
    "cancel": {"note": "重复"},
    "comment": {"note": "跟进"},
    "supervise": {"note": "督办"},
}


def applied_ids(server) -> Counter:
    """How many times the server applied each mutation id, from its audit trail."""
    return Counter(entry["mutation_id"] for entry in server.audit() if entry["outcome"] == "applied")


def test_sync_invariants_hold_under_random_faults(central, proxy_to, tmp_path):
    seed(central)
    proxies = {name: proxy_to(central) for name in USERS}
    counter = iter(range(10_000))

    class SyncMachine(RuleBasedStateMachine):
        incidents = Bundle("incidents")

        @initialize(target=incidents)
        def open_clients(self) -> str:
            run = next(counter)
            self.paths = {name: tmp_path / f"run{run}-{name}.db" for name in USERS}
            self.engines: dict[str, SyncEngine] = {}
            self.issued: dict[str, list[str]] = {name: [] for name in USERS}
            for name, proxy in proxies.items():
                proxy.go_online()
                proxy.delay = 0
                self.engines[name] = self._engine(name)
                self.engines[name].login(USERS[name], PASSWORD)
                self.engines[name].sync_once()
            # one incident both clients know, so that their actions on it can collide from the start
            shared = report_args()
            self.issued["a"].append(self.engines["a"].issue("incident.report", shared))
            self.engines["a"].sync_once()
            self.engines["b"].sync_once()
            return shared["id"]

        def _engine(self, name: str) -> SyncEngine:
            return SyncEngine(
                self.paths[name], proxies[name].url, f"device-{name}", live=False, max_backoff=0.1
            )

        @rule(target=incidents, client=clients)
        def report(self, client: str) -> str:
            args = report_args()
            self.issued[client].append(self.engines[client].issue("incident.report", args))
            return args["id"]

        @rule(client=clients, incident=incidents, action=st.sampled_from(sorted(ACTIONS)))
        def act(self, client: str, incident: str, action: str) -> None:
            try:
                mutation_id = self.engines[client].issue(
                    f"incident.{action}", {"id": incident, **ACTIONS[action]}
                )
            except ActionRefused:
                return  # refused on the cached state: nothing staged, nothing to check
            self.issued[client].append(mutation_id)

        @rule(client=clients)
        def go_offline(self, client: str) -> None:
            proxies[client].go_offline()

        @rule(client=clients)
        def go_online(self, client: str) -> None:
            proxies[client].go_online()

        @rule(client=clients)
        def lose_answers(self, client: str) -> None:
            proxies[client].drop_next("POST /api/v1/mutations", 3)  # every retry of one push loses its answer

        @rule(client=clients)
        def sync(self, client: str) -> None:
            with contextlib.suppress(SyncError):  # offline or answers lost: the outbox keeps everything
                self.engines[client].sync_once()

        @rule(client=clients)
        def crash(self, client: str) -> None:
            # the old engine is abandoned, not stopped: its connection is simply never used again
            engine = self._engine(client)
            assert engine.resume(USERS[client]) is not None
            self.engines[client] = engine

        @invariant()
        def nothing_is_applied_twice(self) -> None:
            assert [m for m, n in applied_ids(central).items() if n > 1] == []

        def teardown(self) -> None:
            for proxy in proxies.values():
                proxy.go_online()
                proxy._drop_rules.clear()
            for name in ("a", "b", "a", "b"):
                self.engines[name].sync_once()
            for name, engine in self.engines.items():
                assert engine.state().pending == 0
                applied = set(self.issued[name]) & set(applied_ids(central))
                kept = {c.id for c in engine.conflicts()}
                assert set(self.issued[name]) == applied | kept
                assert not applied & kept
                assert_cache_matches_server(central, USERS[name], engine._store())
            for engine in self.engines.values():
                engine.close()

    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
