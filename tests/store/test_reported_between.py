"""The cache's read for an assessment: the incidents reported in a period, each with its history."""

from __future__ import annotations

from datetime import timedelta

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.domain.wire import Change
from dispatch_desk.domain.workflow import Action, Applied, Command, decide
from dispatch_desk.store import Store
from tests.domain.world import NOW, policy

ADMIN = Officer("admin", "admin", "管理员", Role.ADMIN)
POLICY = policy()


def _history(n: int, at) -> list:
    """An incident reported at `at` and taken through dispatch and acceptance by the real workflow."""
    report = {"id": f"inc-{n}", "title": "管道爆裂", "category": "pipe_burst", "source": "hotline_12345",
              "severity": 2, "lon": 121.5, "lat": 31.2, "street": "S11", "district": "D1"}
    out, incident = [], None
    for k, (action, args) in enumerate([(Action.REPORT, report), (Action.REGISTER, {}),
                                        (Action.DISPATCH, {"lead_agency": "WATER"}), (Action.ACCEPT, {})]):
        result = decide(incident, Command(action, f"m-{n}-{k}", {"id": f"inc-{n}", **args}), ADMIN,
                        at + timedelta(minutes=10 * k), POLICY)
        assert isinstance(result, Applied)
        incident = result.incident
        out.append(result.action)
    return [incident, out]


def test_the_incidents_of_a_period_come_with_their_whole_history(tmp_path):
    made = {n: _history(n, NOW + timedelta(hours=n)) for n in range(6)}
    changes = []
    for incident, actions in made.values():
        changes.append(("incident", incident.id, to_wire(incident)))
        # the history arrives in any order, as feed pages may bring it
        changes += [("incident_action", x.id, to_wire(x)) for x in reversed(actions)]
    store = Store.open(tmp_path / "cache.db")
    try:
        store.apply_changes([Change(seq=i + 1, entity=e, key=k, op="upsert", data=d)
                             for i, (e, k, d) in enumerate(changes)], len(changes))
        incidents, histories = store.reported_between(NOW + timedelta(hours=1), NOW + timedelta(hours=4))
        assert sorted(i.id for i in incidents) == ["inc-1", "inc-2", "inc-3"]  # the end is not in the period
        assert set(histories) == {"inc-1", "inc-2", "inc-3"}
        for i in incidents:
            assert i == made[int(i.id[4:])][0]
            assert histories[i.id] == made[int(i.id[4:])][1]  # oldest first
        until = NOW + timedelta(days=1)
        from_cache = a.assess([a.replay(i, histories[i.id], POLICY, until) for i in incidents], a.UnitKind.AGENCY)
        direct = a.assess([a.replay(made[n][0], made[n][1], POLICY, until) for n in (1, 2, 3)], a.UnitKind.AGENCY)
        assert from_cache == direct and from_cache["WATER"].counts["accepted"] == 3
    finally:
        store.close()


def test_the_versions_of_a_period_change_with_the_incident_and_with_its_history(tmp_path):
    incident, actions = _history(0, NOW + timedelta(hours=1))
    store = Store.open(tmp_path / "cache.db")
    try:
        store.apply_changes([Change(seq=1, entity="incident", key=incident.id, op="upsert", data=to_wire(incident))], 1)
        start, end = NOW, NOW + timedelta(hours=2)
        (key, bare), = store.reported_versions(start, end)
        assert key == "inc-0" and bare[2] == 0  # no history cached yet
        store.apply_changes([Change(seq=2 + n, entity="incident_action", key=x.id, op="upsert", data=to_wire(x))
                             for n, x in enumerate(actions)], 1 + len(actions))
        (_, with_history), = store.reported_versions(start, end)
        assert with_history == (bare[0], bare[1], len(actions))
        assert store.reported_versions(end, end + timedelta(hours=1)) == []
        incidents, histories = store.with_histories(["nobody", "inc-0"])
        assert incidents == [incident] and histories == {"inc-0": actions}
        assert store.with_histories([]) == ([], {})
    finally:
        store.close()
