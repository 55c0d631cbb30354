"""Officers' accounts from an administrator's desk, on both backends: an account created there signs in
at once and reaches every feed; a changed scope, a disabled account and a new password take effect
at once; bad input and other roles change nothing; the audit names the administrator, never a password."""

from __future__ import annotations

import pytest

from tests.support.central import CentralServer, visible

FORM = {"username": "sun.li", "name": "孙丽", "role": "ops_officer", "region": "D1", "password": "a good passphrase"}


def _create(city: CentralServer, **changes) -> dict:
    resp = city.client("admin").post("/api/v1/admin/officers", json={**FORM, **changes})
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_an_account_made_at_a_desk_signs_in_at_once_and_reaches_every_feed(any_city: CentralServer) -> None:
    made = _create(any_city)
    assert made["username"] == "sun.li" and made["region"] == "D1" and made["active"]
    login = any_city.login("sun.li", "a good passphrase")
    assert login.status_code == 200 and login.json()["officer"]["id"] == made["id"]
    assert visible(any_city.client("ops").pull()[0])[("officer", made["id"])]["name"] == "孙丽"
    [entry] = [r for r in any_city.audit() if r["kind"] == "admin.create_officer"]
    assert entry["officer_id"] == "o-admin" and entry["device_id"] == "test-device"
    assert "a good passphrase" not in str(any_city.audit())


def test_a_disabled_account_is_out_at_once_and_a_new_password_replaces_the_old(any_city: CentralServer) -> None:
    made = _create(any_city)
    their = any_city.client("sun.li", "a good passphrase")
    admin = any_city.client("admin")
    resp = admin.post(f"/api/v1/admin/officers/{made['id']}/password", json={"password": "another passphrase"})
    assert resp.status_code == 204
    assert their.get("/api/v1/changes").status_code == 401  # the old session ended
    assert any_city.login("sun.li", "a good passphrase").status_code == 401
    assert any_city.login("sun.li", "another passphrase").status_code == 200
    resp = admin.patch(f"/api/v1/admin/officers/{made['id']}", json={**FORM, "password": None, "active": False})
    assert resp.status_code == 200 and resp.json()["active"] is False
    assert any_city.login("sun.li", "another passphrase").status_code in (401, 403)


def test_a_changed_scope_changes_what_the_feed_carries(any_city: CentralServer) -> None:
    from tests.support.central import report_args

    made = _create(any_city, region="S11", role="street_supervisor")
    any_city.client("ops").mutate("incident.report", report_args("in-s21", lat=31.215))
    theirs = any_city.client("sun.li", "a good passphrase")
    assert ("incident", "in-s21") not in visible(theirs.pull()[0])
    resp = any_city.client("admin").patch(f"/api/v1/admin/officers/{made['id']}",
                                          json={**FORM, "password": None, "region": "S21", "role": "street_supervisor"})
    assert resp.status_code == 200
    assert ("incident", "in-s21") in visible(any_city.client("sun.li", "a good passphrase").pull()[0])


@pytest.mark.parametrize(("changes", "status"), [
    ({"username": "Sun Li"}, 422), ({"username": "ops"}, 409), ({"name": "  "}, 422), ({"role": "king"}, 422),
    ({"region": None}, 422), ({"region": "nowhere"}, 422), ({"role": "street_supervisor", "region": "D1"}, 422),
    ({"role": "agency_officer", "region": None}, 422), ({"role": "agency_officer", "agency": "ZZ"}, 422),
    ({"password": "short"}, 422), ({"password": "sun.li"}, 422), ({"password": None}, 422), ({"extra": 1}, 422),
])
def test_a_bad_account_is_refused_with_its_reason_and_nothing_changes(city: CentralServer, changes, status) -> None:
    before = len(city.audit())
    resp = city.client("admin").post("/api/v1/admin/officers", json={**FORM, **changes})
    assert resp.status_code == status, resp.text
    assert resp.json()["message"]
    assert city.login(changes.get("username", "sun.li"), "a good passphrase").status_code == 401
    assert not [r for r in city.audit()[before:] if r["kind"].startswith("admin.")]


def test_a_username_does_not_change(city: CentralServer) -> None:
    made = _create(city)
    resp = city.client("admin").patch(f"/api/v1/admin/officers/{made['id']}",
                                      json={**FORM, "password": None, "username": "sun.li2"})
    assert resp.status_code == 422 and city.login("sun.li", "a good passphrase").status_code == 200


def test_an_administrator_does_not_lock_themselves_out(city: CentralServer) -> None:
    admin = city.client("admin")
    me = {"username": "admin", "name": "admin", "role": "admin"}
    assert admin.patch("/api/v1/admin/officers/o-admin", json={**me, "active": False}).status_code == 403
    assert admin.patch("/api/v1/admin/officers/o-admin", json={**me, "role": "leader", "region": "C"}).status_code == 403
    assert admin.patch("/api/v1/admin/officers/o-nobody", json=me).status_code == 404


@pytest.mark.parametrize("username", ["ops", "leader", "analyst", "cg"])
def test_nobody_else_manages_accounts(city: CentralServer, username: str) -> None:
    client = city.client(username)
    assert client.post("/api/v1/admin/officers", json=FORM).status_code == 403
    assert client.patch("/api/v1/admin/officers/o-ops", json={**FORM, "password": None}).status_code == 403
    assert client.post("/api/v1/admin/officers/o-ops/password", json={"password": "x" * 12}).status_code == 403
    assert city.login("sun.li", "a good passphrase").status_code == 401


def test_a_category_changed_at_a_desk_reaches_every_feed(any_city: CentralServer) -> None:
    admin = any_city.client("admin")
    resp = admin.patch("/api/v1/admin/categories/garbage",
                       json={"name": "垃圾堆放", "name_en": "Dumped rubbish", "default_agency": "SW",
                             "exact_location": True})
    assert resp.status_code == 200, resp.text
    seen = visible(any_city.client("ops").pull()[0])[("category", "garbage")]
    assert seen["default_agency"] == "SW" and seen["exact_location"] is True and seen["name_en"] == "Dumped rubbish"
    for body in ({"name": "", "default_agency": None}, {"name": "垃圾", "default_agency": "ZZ"}, {"name": " 垃圾"}):
        assert admin.patch("/api/v1/admin/categories/garbage", json=body).status_code == 422
    assert admin.patch("/api/v1/admin/categories/unicorns", json={"name": "x"}).status_code == 404
    assert any_city.client("ops").patch("/api/v1/admin/categories/garbage", json={"name": "x"}).status_code == 403


def test_a_new_time_limit_counts_for_stages_entered_from_then_on_only(any_city: CentralServer) -> None:
    from datetime import datetime

    from tests.support.central import report_args

    ops, admin = any_city.client("ops"), any_city.client("admin")
    assert ops.mutate("incident.report", report_args("before", category="road_damage"))["outcome"] == "applied"
    resp = admin.put("/api/v1/admin/categories/road_damage/limits",
                     json={"limits": [{"stage": "register", "limit_minutes": 5, "near_minutes": 1}]})
    assert resp.status_code == 200, resp.text
    assert ops.mutate("incident.report", report_args("after", category="road_damage"))["outcome"] == "applied"
    state = visible(ops.pull()[0])
    assert state[("sla_rule", "road_damage:register")]["limit_minutes"] == 5

    def minutes(key: str) -> float:
        incident = state[("incident", key)]
        due, at = (datetime.fromisoformat(incident[k].replace("Z", "+00:00")) for k in ("due_at", "reported_at"))
        return (due - at).total_seconds() / 60

    assert round(minutes("after")) == 5 and round(minutes("before")) == 20  # the rule of the seed was 20


@pytest.mark.parametrize("limits", [[{"stage": "register", "limit_minutes": 0, "near_minutes": 0}],
                                    [{"stage": "register", "limit_minutes": 10, "near_minutes": 10}],
                                    [{"stage": "register", "limit_minutes": 10 ** 6, "near_minutes": 1}],
                                    [{"stage": "lunch", "limit_minutes": 10, "near_minutes": 1}],
                                    [{"stage": "accept", "limit_minutes": 10, "near_minutes": 1}] * 2, []])
def test_a_bad_limit_is_refused_and_nothing_changes(city: CentralServer, limits) -> None:
    resp = city.client("admin").put("/api/v1/admin/categories/road_damage/limits", json={"limits": limits})
    assert resp.status_code == 422 and resp.json()["message"]
    state = visible(city.client("ops").pull()[0])
    assert state[("sla_rule", "road_damage:register")]["limit_minutes"] == 20
    assert ("sla_rule", "road_damage:accept") not in state


def _split_file() -> dict:
    from tests.domain.test_grid_import import SPLIT

    return SPLIT


def test_a_grid_file_is_tried_then_imported_and_reaches_every_feed(any_city: CentralServer) -> None:
    admin = any_city.client("admin")
    tried = admin.post("/api/v1/admin/grid", params={"dry_run": "1"}, json=_split_file()).json()
    assert tried == {"cells": 2, "new": 1, "changed": 1, "unchanged": 0, "problems": [], "more": 0, "imported": False}
    assert ("grid_cell", "G11b") not in visible(any_city.client("ops").pull()[0])
    done = admin.post("/api/v1/admin/grid", json=_split_file())
    assert done.status_code == 200 and done.json()["imported"] is True
    cells = visible(any_city.client("ops").pull()[0])
    assert cells[("grid_cell", "G11b")]["street"] == "S11"
    assert cells[("grid_cell", "G11")]["polygon"][0][1] == [121.405, 31.2]  # the known cell, replaced


def test_an_invalid_grid_file_is_refused_with_the_reason_and_changes_nothing(any_city: CentralServer) -> None:
    bad = _split_file()
    bad = {"type": "FeatureCollection", "features": [bad["features"][1]]}  # G11b over the known G11
    before = visible(any_city.client("ops").pull()[0])
    resp = any_city.client("admin").post("/api/v1/admin/grid", json=bad)
    assert resp.status_code == 422
    assert "overlap" in resp.json()["message"] and resp.json()["problems"][0]["kind"] == "overlap"
    assert visible(any_city.client("ops").pull()[0]) == before
    assert any_city.client("ops").post("/api/v1/admin/grid", json=_split_file()).status_code == 403
    assert any_city.client("admin").post("/api/v1/admin/grid", data=b"{not json").status_code == 400


def test_the_console_imports_a_grid_file_by_the_same_rules(city: CentralServer, tmp_path, capsys) -> None:
    import json

    from dispatch_desk import cli

    path = tmp_path / "grid.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [_split_file()["features"][1]]}))
    assert cli.main(["central", "import-grid", "--db", city.db_url, str(path)]) == 1
    assert "overlap" in capsys.readouterr().out
    path.write_text(json.dumps(_split_file()))
    assert cli.main(["central", "import-grid", "--db", city.db_url, str(path)]) == 0
    assert ("grid_cell", "G11b") in visible(city.client("ops").pull()[0])


def test_an_agency_added_at_a_desk_with_its_stationing_reaches_every_feed(any_city: CentralServer) -> None:
    admin = any_city.client("admin")
    form = {"name": "市气象局", "stationing": "temporary", "short_name": "气象", "phone": "021-1234 5678",
            "name_en": "Meteorological Bureau"}
    assert admin.put("/api/v1/admin/agencies/QX", json=form).status_code == 201
    assert admin.put("/api/v1/admin/agencies/QX", json={**form, "stationing": "regular"}).status_code == 200
    seen = visible(any_city.client("ops").pull()[0])[("agency", "QX")]
    assert seen["stationing"] == "regular" and seen["short_name"] == "气象"
    for bad in ({**form, "stationing": "forever"}, {**form, "phone": "call me"}, {**form, "name": " 气象 "},
                {**form, "short_name": "一个很长很长很长的简称啊啊"}):
        assert admin.put("/api/v1/admin/agencies/QX", json=bad).status_code == 422
    assert admin.put("/api/v1/admin/agencies/bad code", json=form).status_code == 422
    assert any_city.client("ops").put("/api/v1/admin/agencies/QY", json=form).status_code == 403
    assert ("agency", "QY") not in visible(any_city.client("ops").pull()[0])


PLAN = {"name": "防汛预案（Ⅳ级）", "name_en": "Flood plan (Level IV)", "kind": "flood", "tasks": [
    {"agency": "SW", "title": "排查易积水点", "title_en": "Check flood-prone spots", "offset_minutes": 30,
     "description": "泵站预降水位。"},
    {"agency": "JT", "title": "封闭下穿通道", "offset_minutes": 60}]}


def _start(city: CentralServer, op_id: str) -> dict:
    return city.client("ops").mutate("operation.start", {"id": op_id, "name": "暴雨应急", "kind": "emergency",
                                                          "plan": "plan-flood", "started_at": "2026-12-04T08:00:00Z"})


def test_a_plan_written_at_a_desk_assigns_its_tasks_to_operations_started_from_then_on(any_city: CentralServer) -> None:
    admin = any_city.client("admin")
    assert admin.put("/api/v1/admin/plans/plan-flood", json=PLAN).status_code == 201
    assert _start(any_city, "op-1")["outcome"] == "applied"
    changed = {**PLAN, "tasks": [*PLAN["tasks"], {"agency": "CG", "title": "清理排水口杂物", "offset_minutes": 90}]}
    assert admin.put("/api/v1/admin/plans/plan-flood", json=changed).status_code == 200
    assert _start(any_city, "op-2")["outcome"] == "applied"
    state = visible(any_city.client("ops").pull()[0])
    assert [t["title"] for t in state[("plan", "plan-flood")]["tasks"]] == ["排查易积水点", "封闭下穿通道", "清理排水口杂物"]
    first = sorted(t["agency"] for (kind, _), t in state.items() if kind == "task" and t["operation"] == "op-1")
    second = sorted(t["agency"] for (kind, _), t in state.items() if kind == "task" and t["operation"] == "op-2")
    assert first == ["JT", "SW"] and second == ["CG", "JT", "SW"]  # the change left op-1 as it was
    assert state[("task", "op-2-task-3")]["due_at"] == "2026-12-04T09:30:00Z"
    entries = [r for r in any_city.audit() if r["kind"] == "admin.put_records"]
    assert entries and all(e["officer_id"] == "o-admin" for e in entries)


def test_a_withdrawn_plan_starts_no_new_operation_and_one_planned_before_keeps_it(any_city: CentralServer) -> None:
    admin = any_city.client("admin")
    assert admin.put("/api/v1/admin/plans/plan-flood", json=PLAN).status_code == 201
    ops = any_city.client("ops")
    planned = ops.mutate("operation.create", {"id": "op-p", "name": "汛期值守", "kind": "emergency", "plan": "plan-flood"})
    assert planned["outcome"] == "applied", planned
    assert admin.put("/api/v1/admin/plans/plan-flood", json={**PLAN, "active": False}).status_code == 200
    refused = _start(any_city, "op-new")
    assert refused["outcome"] == "rejected" and "withdrawn" in refused["reason"]
    started = ops.mutate("operation.start", {"id": "op-p", "started_at": "2026-12-04T08:00:00Z", "name": "汛期值守"})
    assert started["outcome"] == "applied", started
    state = visible(ops.pull()[0])
    assert ("operation", "op-new") not in state and ("task", "op-p-task-2") in state


@pytest.mark.parametrize("bad", [
    {"kind": "earthquake"}, {"name": " 防汛 "}, {"tasks": []}, {"tasks": [{"agency": "ZZ", "title": "排查"}]},
    {"tasks": [{"agency": "SW", "title": "排查", "offset_minutes": 60 * 24 * 8}]},
    {"tasks": [{"agency": "SW", "title": "排查"}, {"agency": "SW", "title": "排查", "offset_minutes": 10}]},
    {"tasks": [{"agency": "SW", "title": "排查\n积水"}]}, {"tasks": [{"agency": "SW", "title": "排查", "due": 5}]},
])
def test_a_bad_plan_is_refused_with_the_reason_and_changes_nothing(any_city: CentralServer, bad: dict) -> None:
    admin = any_city.client("admin")
    assert admin.put("/api/v1/admin/plans/plan-flood", json=PLAN).status_code == 201
    resp = admin.put("/api/v1/admin/plans/plan-flood", json={**PLAN, **bad})
    assert resp.status_code == 422 and resp.json()["message"]
    assert visible(any_city.client("ops").pull()[0])[("plan", "plan-flood")]["tasks"][0]["title"] == "排查易积水点"


def test_only_an_administrator_writes_plans_and_the_console_does_the_same(any_city: CentralServer, tmp_path) -> None:
    import json

    from dispatch_desk import cli

    assert any_city.client("ops").put("/api/v1/admin/plans/plan-x", json=PLAN).status_code == 403
    assert any_city.client("admin").put("/api/v1/admin/plans/bad id", json=PLAN).status_code == 422
    assert ("plan", "plan-x") not in visible(any_city.client("ops").pull()[0])
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    assert cli.main(["central", "put-plan", "--db", any_city.db_url, "plan-x", str(path)]) == 0
    assert visible(any_city.client("ops").pull()[0])[("plan", "plan-x")]["kind"] == "flood"
    path.write_text(json.dumps({**PLAN, "kind": "earthquake"}), encoding="utf-8")
    assert cli.main(["central", "put-plan", "--db", any_city.db_url, "plan-x", str(path)]) == 2
    assert visible(any_city.client("ops").pull()[0])[("plan", "plan-x")]["kind"] == "flood"
