"""Operations and maintenance on the central service, on both backends: an administrator sees the
instance and its database, every sensor as the monitors see it, and the audit chain filtered and
paged; each read of the audit is audited; nobody else sees any of it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk import __version__
from tests.central.test_vitals import QUARTER, T0, post, series
from tests.support.central import CentralServer, report_args


def test_the_service_says_what_runs_and_on_what(any_city: CentralServer) -> None:
    found = any_city.client("admin").get("/api/v1/admin/service").json()
    assert found["version"] == __version__ and found["backend"] == any_city.backend
    assert [m["version"] for m in found["migrations"]] == list(range(1, len(found["migrations"]) + 1))
    assert "0007_sensor_silence.sql" in [m["name"] for m in found["migrations"]]
    assert found["records"]["region"] == 7 and found["records"]["officer"] >= 9
    assert found["db_bytes"] > 0 and found["db_latency_ms"] >= 0 and found["uptime_s"] >= 0
    assert {"sensor silence", "CAP expiry"} <= {w["name"] for w in found["background"]}
    assert found["seq"] >= sum(found["records"].values()) - found["records"].get("reading", 0)


def test_each_sensor_is_listed_with_its_last_reading_and_whether_it_went_silent(any_city: CentralServer) -> None:
    post(any_city.client("ops"), "pm25", series(T0, QUARTER, [40, 41, 42]))
    [pm25] = any_city.client("admin").get("/api/v1/admin/sensors").json()
    assert pm25["indicator"] == "pm25" and pm25["monitored"] and pm25["last_value"] == 42
    assert pm25["last_at"].startswith((T0 + 2 * QUARTER).isoformat()[:19]) and pm25["step_s"] == 900
    assert pm25["silent"] and pm25["silent_for_s"] > timedelta(days=9).total_seconds()
    assert pm25["limit_s"] == 45 * 60 and pm25["device_alert"] is None  # no sweep has run yet


def test_a_sensor_that_never_sent_is_not_silent(any_city: CentralServer) -> None:
    [pm25] = any_city.client("admin").get("/api/v1/admin/sensors").json()
    assert pm25["last_at"] is None and not pm25["silent"]


def test_the_audit_is_filtered_paged_newest_first_and_each_read_is_audited(any_city: CentralServer) -> None:
    ops, admin = any_city.client("ops"), any_city.client("admin")
    for n in range(5):
        assert ops.mutate("incident.report", report_args(f"inc-{n}"))["outcome"] == "applied"
    first = admin.get("/api/v1/admin/audit", params={"officer_id": "o-ops", "kind": "mutation", "limit": 3}).json()
    assert [r["name"] for r in first["rows"]] == ["incident.report"] * 3
    assert [r["args"]["id"] for r in first["rows"]] == ["inc-4", "inc-3", "inc-2"]
    rest = admin.get("/api/v1/admin/audit", params={"officer_id": "o-ops", "kind": "mutation", "limit": 3,
                                                   "before": first["next"]}).json()
    assert [r["args"]["id"] for r in rest["rows"]] == ["inc-1", "inc-0"] and rest["next"] is None
    named = admin.get("/api/v1/admin/audit", params={"name": "incident.", "limit": 50}).json()["rows"]
    assert len(named) == 5 and not admin.get("/api/v1/admin/audit", params={"name": "incident%"}).json()["rows"]
    future = (T0 + timedelta(days=30)).isoformat()
    assert not admin.get("/api/v1/admin/audit", params={"since": future}).json()["rows"]
    reads = admin.get("/api/v1/admin/audit", params={"kind": "audit.read"}).json()["rows"]
    assert len(reads) == 5 and reads[0]["officer_id"] == "o-admin"  # the five reads before this one


@pytest.mark.parametrize("params", [{"since": "yesterday"}, {"until": "2026-11-01T00:00:00"}, {"limit": "0"},
                                    {"limit": "100000"}, {"kind": "x" * 300}])
def test_a_bad_audit_query_is_refused_with_its_reason(city: CentralServer, params) -> None:
    resp = city.client("admin").get("/api/v1/admin/audit", params=params)
    assert resp.status_code == 422 and resp.json()["message"]


@pytest.mark.parametrize("username", ["ops", "leader", "analyst", "cg"])
def test_nobody_but_an_administrator_sees_any_of_it(city: CentralServer, username: str) -> None:
    client = city.client(username)
    for path in ("/api/v1/admin/service", "/api/v1/admin/sensors", "/api/v1/admin/audit"):
        resp = client.get(path)
        assert resp.status_code == 403, path
        assert "rows" not in resp.json() and "migrations" not in resp.json()
