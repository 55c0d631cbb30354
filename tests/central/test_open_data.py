"""Open data out of the central service, on both backends: an administrator reviews a selection and
exports what the review covered; personal data never leaves, locations are coarsened where the
category asks for it, every review and export is in the audit chain, and nobody else gets a row."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.central import admin
from dispatch_desk.domain.records import Category
from tests.support.central import CentralServer, report_args

PHONE = "13812345678"


def _now() -> datetime:
    return datetime.now(UTC)


def _selection(**extra) -> dict:
    return {"start": (_now() - timedelta(days=1)).isoformat(), "end": (_now() + timedelta(hours=1)).isoformat(),
            **extra}


@pytest.fixture
def reported(any_city: CentralServer) -> CentralServer:
    """Road damage may show its point; garbage (the default rule) is coarsened to the cell. One incident in
    each district, one cancelled, and the reporter's phone number in a description."""
    road = next(c for c in admin.list_records(any_city.storage, Category) if c.code == "road_damage")
    admin.put_records(any_city.storage, [replace(road, exact_location=True)])
    ops = any_city.client("ops")
    for args in (
        report_args("inc-1", category="road_damage", lon=121.4031, lat=31.2047, title="路面坑洞",
                    description=f"市民张先生来电，电话{PHONE}", address="示范路100号2单元302室"),
        report_args("inc-2", lon=121.4077, lat=31.2033, description="垃圾满溢"),
        report_args("inc-3", lon=121.405, lat=31.215, description="D2 的一件"),
        report_args("inc-4", lon=121.405, lat=31.205, description="重复上报"),
    ):
        assert ops.mutate("incident.report", args)["outcome"] == "applied"
    assert ops.mutate("incident.cancel", {"id": "inc-4", "reason": "无效"})["outcome"] == "applied"
    return any_city


def _review(city: CentralServer, username: str = "admin", **selection) -> dict:
    resp = city.client(username).post("/api/v1/open-data/review", json=_selection(**selection))
    assert resp.status_code == 200, resp.text
    return resp.json()


def _export(city: CentralServer, selection: dict, fmt: str, review: int, username: str = "admin"):
    return city.client(username).post("/api/v1/open-data/export",
                                      json={"selection": selection, "format": fmt, "review": review})


def test_a_review_counts_what_the_selection_publishes_and_is_audited(reported: CentralServer) -> None:
    found = _review(reported)
    assert found["incidents"] == 3  # the cancelled report is not published
    assert found["coarsened"] == 2  # both garbage incidents; the road damage keeps its point
    assert found["masked"] == {"name": 1, "number": 1}
    lines = {line["code"]: line for line in found["categories"]}
    assert lines["garbage"] == {"code": "garbage", "name": "垃圾堆放", "incidents": 2, "coarsened": True,
                                "by_reviewer": False}
    assert lines["road_damage"]["coarsened"] is False
    assert PHONE not in json.dumps(found, ensure_ascii=False)
    rows = {row["title"]: row for row in found["sample"]}
    assert "reporter" not in next(iter(rows.values()))
    road = next(r for r in found["sample"] if r["category"] == "road_damage")
    assert (road["lon"], road["lat"], road["precision"]) == (121.4031, 31.2047, "point")
    assert road["address"] == "示范路100号" and "某先生" in road["description"]
    garbage = next(r for r in found["sample"] if r["category"] == "garbage" and r["street"] == "S11街道")
    assert (garbage["lon"], garbage["lat"], garbage["precision"]) == (121.405, 31.205, "grid_cell")
    assert garbage["address"] == "S11街道" and garbage["reported_at"].endswith(":00:00+08:00")

    rows = [r for r in reported.audit() if r["name"] == "open_data.review"]
    assert len(rows) == 1 and rows[0]["officer_id"] == "o-admin" and rows[0]["outcome"] == "reviewed"


def test_the_area_and_the_reviewers_choices_narrow_and_coarsen(reported: CentralServer) -> None:
    found = _review(reported, area="D1", coarsen=["road_damage"], withhold_text=True)
    assert found["incidents"] == 2 and found["coarsened"] == 2
    road = next(line for line in found["categories"] if line["code"] == "road_damage")
    assert road["coarsened"] is True and road["by_reviewer"] is True
    assert all(r["description"] == "" and r["result"] == "" for r in found["sample"])
    assert {r["title"] for r in found["sample"]} == {"垃圾堆放", "道路破损"}


def test_an_export_follows_its_review_and_says_what_left(reported: CentralServer) -> None:
    selection = _selection()
    review = reported.client("admin").post("/api/v1/open-data/review", json=selection).json()["review"]
    files = {}
    for fmt in ("csv", "geojson", "open311"):
        resp = _export(reported, selection, fmt, review)
        assert resp.status_code == 200, resp.text
        assert resp.headers["X-Open-Data-Incidents"] == "3"
        assert resp.headers["X-Open-Data-SHA256"] == hashlib.sha256(resp.content).hexdigest()
        assert PHONE not in resp.content.decode()
        files[fmt] = resp.content
    table = list(csv.DictReader(io.StringIO(files["csv"].decode("utf-8-sig"))))
    assert len(table) == 3 and {"case", "lon", "lat", "precision"} <= set(table[0])
    assert "reporter" not in table[0]
    collection = json.loads(files["geojson"])
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 3
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])
    requests = json.loads(files["open311"])
    assert {r["status"] for r in requests} == {"open"} and all(r["service_request_id"] for r in requests)

    exports = [r for r in reported.audit() if r["name"] == "open_data.export"]
    assert len(exports) == 3
    recorded = exports[0]["args"]
    assert recorded["review"] == review and recorded["incidents"] == 3
    assert recorded["sha256"] == hashlib.sha256(files["csv"]).hexdigest()


def test_no_export_without_a_review_of_that_very_selection(reported: CentralServer) -> None:
    selection = _selection()
    before = len([r for r in reported.audit() if r["name"] == "open_data.export"])
    assert _export(reported, selection, "csv", 1).status_code == 409  # position 1 is no review
    review = reported.client("admin").post("/api/v1/open-data/review", json=selection).json()["review"]
    resp = _export(reported, {**selection, "withhold_text": True}, "csv", review)
    assert resp.status_code == 409 and resp.json()["error"] == "review_needed"
    reported.create_officer("admin2", "admin")
    assert _export(reported, selection, "csv", review, username="admin2").status_code == 409  # not theirs
    assert len([r for r in reported.audit() if r["name"] == "open_data.export"]) == before
    assert [r for r in reported.audit() if r["outcome"] == "review_needed"]  # each refusal is audited


@pytest.mark.parametrize("username", ["ops", "leader", "analyst", "cg", "sup_s11"])
def test_only_an_administrator_gets_a_row(reported: CentralServer, username: str) -> None:
    client = reported.client(username)
    resp = client.post("/api/v1/open-data/review", json=_selection())
    assert resp.status_code == 403 and PHONE not in resp.text
    assert client.post("/api/v1/open-data/export", json={"selection": _selection(), "format": "csv",
                                                          "review": 1}).status_code == 403
    assert not [r for r in reported.audit() if r["name"] == "open_data.review"]


@pytest.mark.parametrize("selection", [
    {"start": "2026-11-02T00:00:00+08:00", "end": "2026-11-01T00:00:00+08:00"},
    {"start": "2026-11-01T00:00:00", "end": "2026-11-02T00:00:00"},
    {"start": "2020-01-01T00:00:00+08:00", "end": "2026-01-01T00:00:00+08:00"},
    {"start": "yesterday", "end": "2026-11-02T00:00:00+08:00"},
    {"start": "2026-11-01T00:00:00+08:00", "end": "2026-11-02T00:00:00+08:00", "area": "nowhere"},
    {"start": "2026-11-01T00:00:00+08:00", "end": "2026-11-02T00:00:00+08:00", "categories": ["unicorns"]},
    {"start": "2026-11-01T00:00:00+08:00", "end": "2026-11-02T00:00:00+08:00", "phone": True},
])
def test_a_bad_selection_is_refused_with_its_reason_and_reviews_nothing(city: CentralServer, selection) -> None:
    resp = city.client("admin").post("/api/v1/open-data/review", json=selection)
    assert resp.status_code == 422, resp.text
    assert resp.json()["message"]
    assert not [r for r in city.audit() if r["name"] == "open_data.review"]
