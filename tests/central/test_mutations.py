"""Mutations are decided by the domain, applied at most once, answered applied/duplicate/conflict/rejected
and audited whatever the outcome."""

from __future__ import annotations

import uuid

from tests.support.central import CentralServer, report_args, visible


def _mid() -> str:
    return f"m-{uuid.uuid4().hex}"


def _seq(server: CentralServer) -> int:
    return server.storage.current_seq()


def test_a_report_is_located_on_the_servers_grid(any_city: CentralServer) -> None:
    supervisor, api = any_city.client("sup_s11"), any_city.client("ops")
    mid = _mid()
    # the client's idea of the location is ignored: the grid decides (S22 is not the supervisor's street)
    claimed = supervisor.mutate("incident.report", report_args("inc-1", lon=121.415, lat=31.215, street="S11"))
    assert claimed["outcome"] == "rejected" and "outside your area" in claimed["reason"]
    result = api.mutate("incident.report", report_args("inc-1", lon=121.415, lat=31.215, street="S11"), mid)
    assert result["outcome"] == "applied" and result["seq"] > 0
    state = {(c["entity"], c["key"]): c["data"] for c in any_city.client("ops").pull()[0]}
    incident = state[("incident", "inc-1")]
    assert (incident["grid_cell"], incident["street"], incident["district"]) == ("G22", "S22", "D2")
    assert incident["status"] == "reported" and incident["reporter"] == "o-ops"
    assert incident["code"].endswith("00001") and incident["version"] == 1
    action = state[("incident_action", mid)]
    assert action["incident_id"] == "inc-1" and action["action"] == "report"


def test_the_whole_life_cycle_runs_through_the_domain(any_city: CentralServer) -> None:
    ops, cg = any_city.client("ops"), any_city.client("cg")
    assert ops.mutate("incident.report", report_args("inc-2"))["outcome"] == "applied"
    steps = [
        (ops, "incident.register", {}),
        (ops, "incident.dispatch", {"lead_agency": "CG"}),
        (cg, "incident.accept", {}),
        (cg, "incident.dispose", {"note": "已清理"}),
        (ops, "incident.verify", {"passed": True}),
        (ops, "incident.close", {}),
    ]
    for api, name, args in steps:
        result = api.mutate(name, {"id": "inc-2", **args})
        assert result["outcome"] == "applied", (name, result)
    incident = {c["key"]: c["data"] for c in ops.pull()[0] if c["entity"] == "incident"}["inc-2"]
    assert incident["status"] == "closed" and incident["lead_agency"] == "CG" and incident["version"] == 7


def test_replaying_a_mutation_answers_duplicate_and_changes_nothing(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    mid = _mid()
    first = api.mutate("incident.report", report_args("inc-3"), mid)
    before = _seq(any_city)
    again = api.mutate("incident.report", report_args("inc-3"), mid)
    assert again["outcome"] == "duplicate" and again["seq"] == first["seq"]
    assert _seq(any_city) == before


def test_a_mutation_id_reused_for_another_change_is_rejected(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    mid = _mid()
    api.mutate("incident.report", report_args("inc-4"), mid)
    before = _seq(any_city)
    other = api.mutate("incident.report", report_args("inc-5"), mid)
    assert other["outcome"] == "rejected" and "already used" in other["reason"]
    # another officer's mutation under the same id is their own: never the first one's result
    stranger = any_city.client("ops_d1").mutate("incident.report", report_args("inc-4"), mid)
    assert stranger["outcome"] == "conflict" and stranger["state"]["id"] == "inc-4"  # in their district
    assert _seq(any_city) == before


def test_a_refusal_against_the_current_state_is_a_conflict_with_that_state(any_city: CentralServer) -> None:
    ops, other_desk = any_city.client("ops"), any_city.client("ops_d1")
    ops.mutate("incident.report", report_args("inc-6"))
    assert ops.mutate("incident.register", {"id": "inc-6"})["outcome"] == "applied"
    # a second officer, offline, registered the same report: the server already moved on
    late = other_desk.mutate("incident.register", {"id": "inc-6"})
    assert late["outcome"] == "conflict"
    assert late["entity"] == "incident" and late["state"]["status"] == "registered"
    assert "registered" in late["reason"]


def test_refused_by_permissions_or_bad_arguments_is_rejected_and_changes_nothing(any_city: CentralServer) -> None:
    leader, ops = any_city.client("leader"), any_city.client("ops")
    before = _seq(any_city)
    cases = [
        (leader, report_args("inc-7")),  # read-only
        (any_city.client("analyst"), report_args("inc-12")),  # read-only
        (ops, report_args("inc-8", category="no_such_category")),
        (ops, report_args("inc-9", lon=500.0)),  # invalid coordinates
        (ops, {**report_args("inc-10"), "severity": 9}),
        (ops, {"id": "inc-11"}),  # nothing but an id
    ]
    for api, args in cases:
        result = api.mutate("incident.report", args)
        assert result["outcome"] == "rejected" and result["reason"], result
    assert ops.mutate("incident.fly", {"id": "x"})["outcome"] == "rejected"
    assert ops.mutate("weather.change", {})["outcome"] == "rejected"
    changes, _ = ops.pull(before)
    assert not [c for c in changes if c["entity"] in ("incident", "incident_action")]


def test_one_refused_mutation_does_not_undo_the_rest_of_its_batch(any_city: CentralServer) -> None:
    api = any_city.client("ops")
    results = api.mutate_many([
        {"id": _mid(), "name": "incident.report", "args": report_args("inc-12")},
        {"id": _mid(), "name": "incident.register", "args": {"id": "no-such-incident"}},
        {"id": _mid(), "name": "incident.register", "args": {"id": "inc-12"}},
    ])
    assert [r["outcome"] for r in results] == ["applied", "conflict", "applied"]


def test_every_mutation_is_audited_with_officer_device_and_outcome(any_city: CentralServer) -> None:
    api = any_city.client("sup_s11", device_id="laptop-3")
    mid = _mid()
    api.mutate("incident.report", report_args("inc-13"), mid)
    api.mutate("incident.report", report_args("inc-13"), mid)
    api.mutate("incident.report", report_args("inc-14", category="nope"), "m-rejected-1")
    with any_city.storage.transaction() as tx:
        rows = tx.execute("SELECT officer_id, device_id, mutation_id, name, outcome, reason FROM audit "
                          "WHERE kind = 'mutation' ORDER BY id")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("o-sup_s11", "laptop-3", mid, "applied"),
        ("o-sup_s11", "laptop-3", mid, "duplicate"),
        ("o-sup_s11", "laptop-3", "m-rejected-1", "rejected"),
    ]
    assert "nope" in rows[2][5]


def test_acknowledging_an_alert_records_who_and_when(any_city: CentralServer) -> None:
    from datetime import UTC, datetime

    from dispatch_desk.domain.records import Alert, AlertLevel

    any_city.add(Alert("al-1", AlertLevel.ALARM, datetime(2026, 11, 28, 8, tzinfo=UTC), "PM2.5 超标", "pm25"))
    api = any_city.client("ops")
    assert api.mutate("alert.acknowledge", {"id": "al-1"})["outcome"] == "applied"
    alert = {c["key"]: c["data"] for c in api.pull()[0] if c["entity"] == "alert"}["al-1"]
    assert alert["acknowledged_by"] == "o-ops" and alert["acknowledged_at"]
    assert api.mutate("alert.acknowledge", {"id": "missing"})["outcome"] == "rejected"


def test_concurrent_batches_on_one_incident_all_get_an_answer(any_city: CentralServer) -> None:
    import threading

    ops = any_city.client("ops")
    ops.mutate("incident.report", report_args("inc-busy"))
    desks = [any_city.client(name, device_id=f"desk-{name}") for name in ("ops", "ops_d1", "sup_s11", "admin")]
    outcomes: list[str] = []
    failures: list[str] = []

    def work(api) -> None:
        for round_ in range(5):
            batch = [{"id": _mid(), "name": "incident.comment", "args": {"id": "inc-busy", "note": f"{round_}-{i}"}}
                     for i in range(5)]
            batch.append({"id": _mid(), "name": "incident.register", "args": {"id": "inc-busy"}})
            resp = api.post("/api/v1/mutations", json={"mutations": batch})
            if resp.status_code != 200:
                failures.append(resp.text)
            else:
                outcomes.extend(r["outcome"] for r in resp.json()["results"])

    threads = [threading.Thread(target=work, args=(api,)) for api in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures
    assert outcomes.count("applied") == 4 * 5 * 5 + 1  # every comment, and exactly one registration
    assert outcomes.count("conflict") == 4 * 5 - 1
    incident = visible(ops.pull()[0])[("incident", "inc-busy")]
    assert incident["status"] == "registered" and incident["version"] == 2 + 4 * 5 * 5  # every change counted


def test_the_grid_index_follows_new_grid_cells(any_city: CentralServer) -> None:
    from dispatch_desk.domain.records import GridCell, Region, RegionLevel
    from tests.support.central import square

    ops = any_city.client("ops")
    ops.mutate("incident.report", report_args("inc-out", lon=121.425, lat=31.205))
    any_city.add(Region("S13", "S13街道", RegionLevel.STREET, "D1", square(121.42, 31.20)),
                 GridCell("G13", "S13网格", "S13", square(121.42, 31.20)))
    ops.mutate("incident.report", report_args("inc-in", lon=121.425, lat=31.205))
    state = visible(ops.pull()[0])
    assert state[("incident", "inc-out")]["grid_cell"] is None  # outside the grid: the city's
    assert state[("incident", "inc-out")]["level"] == "city"
    assert (state[("incident", "inc-in")]["grid_cell"], state[("incident", "inc-in")]["district"]) == ("G13", "D1")


def test_merging_duplicates_cancels_them_into_one_incident(any_city: CentralServer) -> None:
    ops = any_city.client("ops")
    for incident_id in ("keep", "dup-1", "dup-2"):
        ops.mutate("incident.report", report_args(incident_id))
    mid = _mid()
    result = ops.mutate("incident.merge", {"id": "keep", "duplicates": ["dup-1", "dup-2"], "note": "同一件事"}, mid)
    assert result["outcome"] == "applied", result
    state = visible(ops.pull()[0])
    for dup in ("dup-1", "dup-2"):
        assert state[("incident", dup)]["status"] == "cancelled"
        assert state[("incident", dup)]["merged_into"] == "keep"
        assert state[("incident_action", f"{mid}/{dup}")]["incident_id"] == dup
    assert state[("incident_action", mid)]["data"]["duplicates"] == ["dup-1", "dup-2"]
    missing = ops.mutate("incident.merge", {"id": "keep", "duplicates": ["nope"], "note": "x"})
    assert missing["outcome"] == "conflict"
