"""Attachments reach only officers who may see a record that refers to them, are served with a type
that cannot run in a browser, and one officer's uploads are bounded."""

from __future__ import annotations

import hashlib

import pytest

from dispatch_desk.central import api as central_api
from tests.support.central import CentralServer, report_args

IN_S21 = {"lon": 121.405, "lat": 31.215}


def _upload(api, content: bytes, mime: str = "image/jpeg"):
    digest = hashlib.sha256(content).hexdigest()
    return digest, api.put(f"/api/v1/attachments/{digest}", data=content, headers={"Content-Type": mime})


def test_an_attachment_is_served_only_to_officers_who_see_a_record_that_refers_to_it(
    any_city: CentralServer,
) -> None:
    ops = any_city.client("ops")
    digest, resp = _upload(ops, b"\xff\xd8 a photo of the road in S21")
    assert resp.status_code == 201
    # not referred to yet: only its uploader has it
    assert ops.get(f"/api/v1/attachments/{digest}").status_code == 200
    assert any_city.client("sup_s21").get(f"/api/v1/attachments/{digest}").status_code == 404
    args = report_args(**IN_S21)
    assert ops.mutate("incident.report", args)["outcome"] == "applied"
    assert ops.mutate("incident.comment", {"id": args["id"], "note": "现场照片", "photos": [digest]})["outcome"] == \
        "applied"
    for username, status in (("sup_s21", 200), ("leader", 200), ("sup_s11", 404), ("cg", 404), ("jt_liaison", 404)):
        resp = any_city.client(username).get(f"/api/v1/attachments/{digest}")
        assert resp.status_code == status, username
    unknown = any_city.client("sup_s11").get("/api/v1/attachments/" + "ab" * 32)
    assert unknown.status_code == 404 and unknown.json() == \
        any_city.client("sup_s11").get(f"/api/v1/attachments/{digest}").json()  # hidden looks like missing


@pytest.mark.parametrize("declared", ["text/html", "image/svg+xml", "application/javascript", "text/html; charset=utf-8"])
def test_an_attachment_is_never_served_as_something_a_browser_runs(city: CentralServer, declared: str) -> None:
    ops = city.client("ops")
    digest, resp = _upload(ops, f"<script>alert(1)</script>{declared}".encode(), declared)
    assert resp.status_code == 201
    served = ops.get(f"/api/v1/attachments/{digest}")
    assert served.status_code == 200
    assert served.headers["content-type"] == "application/octet-stream"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert served.headers["content-disposition"].startswith("attachment")
    photo, _ = _upload(ops, b"\x89PNG a picture", "image/png")
    assert ops.get(f"/api/v1/attachments/{photo}").headers["content-type"] == "image/png"


def test_one_officers_uploads_are_bounded(city: CentralServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(central_api, "MAX_OFFICER_ATTACHMENT_BYTES", 1000)
    ops = city.client("ops")
    assert _upload(ops, b"a" * 600)[1].status_code == 201
    digest, refused = _upload(ops, b"b" * 600)
    assert refused.status_code == 413 and refused.json()["error"] == "quota_exceeded"
    assert ops.get(f"/api/v1/attachments/{digest}").status_code == 404  # nothing stored
    assert _upload(ops, b"a" * 600)[1].status_code == 200  # the same content again costs nothing
    assert _upload(city.client("cg"), b"b" * 600)[1].status_code == 201  # another officer has their own
