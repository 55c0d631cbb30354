"""The audit trail records every kind of event with its client address, and its hash chain shows an
edited, deleted or reordered row (`central audit --verify`)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from dispatch_desk import cli
from dispatch_desk.central import admin, audit
from dispatch_desk.central.storage import Storage
from tests.support.central import CentralFactory, CentralServer, report_args


def _kinds(server: CentralServer) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for entry in server.audit():
        out.setdefault(entry["kind"], []).append(entry)
    return out


def test_every_kind_of_event_is_recorded_with_the_client_address(any_city: CentralServer) -> None:
    ops = any_city.client("ops", device_id="desk-7")
    refreshed = requests.post(f"{any_city.url}/api/v1/auth/refresh", timeout=10,
                              json={"refresh_token": ops.tokens["refresh_token"], "device_id": "desk-7"})
    assert refreshed.status_code == 200
    ops.http.headers["Authorization"] = f"Bearer {refreshed.json()['access_token']}"
    content = b"photo"
    digest = hashlib.sha256(content).hexdigest()
    assert ops.put(f"/api/v1/attachments/{digest}", data=content).status_code == 201
    assert ops.get(f"/api/v1/attachments/{digest}").status_code == 200
    at = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    assert ops.post("/api/v1/readings", json={"readings": [{"indicator": "pm25", "at": at, "value": 30}]}).ok
    assert ops.mutate("incident.report", report_args())["outcome"] == "applied"
    assert requests.get(f"{any_city.url}/api/v1/changes", timeout=10,
                        headers={"Authorization": "Bearer stolen"}).status_code == 401
    admin.create_officer(any_city.storage, replace(any_city.officers["cg"]), "a new password 9")
    admin.set_officer(any_city.storage, replace(any_city.officers["sw"], active=False))
    assert ops.post("/api/v1/auth/logout").status_code == 204
    kinds = _kinds(any_city)
    for kind in ("auth.login", "auth.refresh", "auth.logout", "attachment.upload", "attachment.download",
                 "readings", "mutation", "refused", "admin.import", "admin.password_reset", "admin.disable_officer"):
        assert kind in kinds, kind
    for kind in ("auth.login", "auth.refresh", "auth.logout", "attachment.upload", "readings", "mutation", "refused"):
        assert kinds[kind][-1]["client"] == "127.0.0.1", kind
    assert kinds["auth.logout"][-1]["officer_id"] == "o-ops" and kinds["auth.logout"][-1]["device_id"] == "desk-7"
    assert kinds["refused"][-1]["outcome"] == "invalid_token"
    assert audit.verify(any_city.storage).ok


def test_a_mutation_with_very_long_arguments_keeps_the_audit_readable(
    central: CentralServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.central.conftest import populate

    populate(central)
    api = central.client("ops")
    long_args = report_args(description="很长" * 15_000)
    api.mutate("incident.report", long_args, "m-long-000001")
    [entry] = central.audit("m-long-000001")
    assert entry["args"]["truncated"] is True and entry["args"]["length"] > audit.MAX_ARGS
    assert cli.main(["central", "audit", "--db", central.db_url, "--mutation", "m-long-000001"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["mutation_id"] == "m-long-000001"


def _chain(tmp_path: Path, rows: int = 6) -> Storage:
    storage = Storage.open(str(tmp_path / "central.db"))
    for i in range(rows):
        audit.record_now(storage, "mutation", officer_id="o-1", mutation_id=f"m-{i}", name="incident.comment",
                         args={"i": i}, outcome="applied", seq=i + 1)
    assert audit.verify(storage).ok
    return storage


TAMPERING = {
    "edited": "UPDATE audit SET outcome = 'rejected' WHERE n = 3",
    "edited args": "UPDATE audit SET args = '{\"i\": 99}' WHERE n = 2",
    "deleted": "DELETE FROM audit WHERE n = 4",
    "deleted at the end": "DELETE FROM audit WHERE n = 6",
    "reordered": "UPDATE audit SET id = CASE id WHEN 2 THEN 5 WHEN 5 THEN 2 END WHERE id IN (2, 5)",
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_verify_finds_an_edited_deleted_or_reordered_row(tmp_path: Path, how: str) -> None:
    storage = _chain(tmp_path)
    try:
        with storage.transaction(write=True) as tx:
            if how == "reordered":  # move the rows out of the way first: ids are unique
                tx.execute("UPDATE audit SET id = id + 100 WHERE id IN (2, 5)")
                tx.execute("UPDATE audit SET id = CASE id WHEN 102 THEN 5 WHEN 105 THEN 2 END WHERE id IN (102, 105)")
            else:
                tx.execute(TAMPERING[how])
        verdict = audit.verify(storage)
        assert not verdict.ok and verdict.problems
    finally:
        storage.close()


def test_the_audit_command_verifies_the_chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    storage = _chain(tmp_path)
    db = str(tmp_path / "central.db")

    def verify() -> int:
        return cli.main(["central", "audit", "--db", db, "--verify"])

    assert verify() == 0 and "ok: 6 chained audit rows" in capsys.readouterr().out
    with storage.transaction(write=True) as tx:
        tx.execute("UPDATE audit SET reason = 'nothing to see' WHERE n = 2")
    storage.close()
    assert verify() == 1
    out = capsys.readouterr().out
    assert "TAMPERED" in out and "position 2" in out


def test_the_chain_holds_on_both_backends(central_factory: CentralFactory, central_backend: str) -> None:
    server = central_factory(central_backend)
    from tests.central.conftest import populate

    populate(server)
    api = server.client("ops")
    api.mutate_many([{"id": f"m-batch-{i:04d}", "name": "incident.report", "args": report_args()} for i in range(5)])
    verdict = audit.verify(server.storage)
    assert verdict.ok and verdict.rows >= 7, verdict.problems
