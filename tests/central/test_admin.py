"""Administration: the `central` commands, bundle import, migrations, and the fast record encoder."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dispatch_desk import cli
from dispatch_desk.central import admin, auth, ledger
from dispatch_desk.central.storage import Storage, parse_url
from dispatch_desk.domain import codec
from tests.support.central import CentralServer, city_bundle


def _run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["central", *argv])


def test_officers_are_created_and_disabled_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.db")
    assert _run(monkeypatch, "add-region", "--db", db, "--code", "S1", "--name", "一街道", "--level", "street") == 0
    assert _run(monkeypatch, "create-officer", "--db", db, "--username", "wang", "--role", "street_supervisor",
                "--region", "S1", "--name", "王强", "--password-stdin", stdin="a long secret\n") == 0
    storage = Storage.open(db)
    try:
        issued = auth.login(storage, "wang", "a long secret", "desk")
        assert (issued.officer.name, issued.officer.region) == ("王强", "S1")
        assert _run(monkeypatch, "disable-officer", "--db", db, "--username", "wang") == 0
        with pytest.raises(auth.AuthError):
            auth.authenticate(storage, issued.access_token)
        with pytest.raises(auth.AuthError):
            auth.login(storage, "wang", "a long secret", "desk")
    finally:
        storage.close()
    # a short password and an unknown role are refused with a message, not a traceback
    assert _run(monkeypatch, "create-officer", "--db", db, "--username", "li", "--role", "leader",
                "--password-stdin", stdin="short\n") == 2
    assert "8 to 256 characters" in capsys.readouterr().err


def test_reference_data_is_added_and_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'ref.db'}"
    ring = "[[[121.40,31.20],[121.41,31.20],[121.41,31.21],[121.40,31.21],[121.40,31.20]]]"
    commands = [
        ("add-agency", "--code", "CG", "--name", "城管局", "--stationing", "resident"),
        ("add-region", "--code", "S1", "--name", "一街道", "--level", "street"),
        ("add-grid-cell", "--code", "G1", "--name", "一网格", "--street", "S1", "--polygon", ring),
        ("add-category", "--code", "garbage", "--name", "垃圾堆放", "--default-agency", "CG"),
        ("add-sla-rule", "--category", "garbage", "--stage", "register", "--limit-minutes", "30",
         "--near-minutes", "10"),
    ]
    for command in commands:
        assert _run(monkeypatch, command[0], "--db", db, *command[1:]) == 0
    capsys.readouterr()
    assert _run(monkeypatch, "list", "--db", db, "grid-cells") == 0
    cells = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert cells[0]["code"] == "G1" and cells[0]["polygon"][0][0] == [121.40, 31.20]
    assert _run(monkeypatch, "add-grid-cell", "--db", db, "--code", "G2", "--name", "x", "--street", "S1",
                "--polygon", "[[1, 2]]") == 2
    assert _run(monkeypatch, "add-sla-rule", "--db", db, "--category", "garbage", "--stage", "accept",
                "--limit-minutes", "10", "--near-minutes", "20") == 2


def test_a_bundle_file_is_imported_and_bad_files_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dispatch_desk.demo.generator import generate

    bundle = generate(3, incidents=120, days=1)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(admin.bundle_to_wire(bundle), ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "imported.db")
    assert _run(monkeypatch, "import", "--db", db, str(path)) == 0
    storage = Storage.open(db)
    try:
        with storage.transaction() as tx:
            counts = dict(tx.execute("SELECT entity, COUNT(*) FROM records GROUP BY entity"))
        assert counts["incident"] == 120 and counts["reading"] == len(bundle.readings)
        username, password = next(iter(bundle.passwords.items()))
        assert auth.login(storage, username, password, "d").officer.username == username
    finally:
        storage.close()
    bad = tmp_path / "bad.json"
    for text in ("{", '{"incidents": 3}', '{"spaceships": []}', '{"incidents": [{"id": "x"}]}'):
        bad.write_text(text, encoding="utf-8")
        assert _run(monkeypatch, "import", "--db", db, str(bad)) == 2
        assert capsys.readouterr().err.startswith("error:")


def test_a_seeded_demo_city_is_served_to_its_officers(central: CentralServer) -> None:
    from dispatch_desk.demo.generator import generate

    bundle = generate(5, incidents=150, days=1)
    admin.load_bundle(central.storage, bundle)
    officer = next(o for o in bundle.officers if o.role.value == "ops_officer" and o.username in bundle.passwords)
    api = central.client(officer.username, bundle.passwords[officer.username])
    changes, _ = api.pull(limit=5000)
    incidents = {c["key"] for c in changes if c["entity"] == "incident"}
    assert incidents and incidents <= {i.id for i in bundle.incidents}


def test_migrations_are_recorded_and_applied_once(any_central: CentralServer) -> None:
    storage = Storage(any_central.db_url)
    try:
        assert storage.migrate() == []
        with storage.transaction() as tx:
            names = [r[0] for r in tx.execute("SELECT name FROM schema_migrations ORDER BY version")]
        assert names[:2] == ["0001_initial.sql", "0002_login_audit.sql"]
        assert [int(n[:4]) for n in names] == list(range(1, len(names) + 1))
        # a database from before the second migration gets exactly that one on its next start
        with storage.transaction(write=True) as tx:
            tx.execute("DROP TABLE login_audit")
            tx.execute("DELETE FROM schema_migrations WHERE version = 2")
        assert storage.migrate() == ["0002_login_audit.sql"]
    finally:
        storage.close()


def test_database_urls() -> None:
    assert parse_url("central.db") == ("sqlite", "central.db")
    assert parse_url("sqlite:///data/c.db") == ("sqlite", "data/c.db")
    assert parse_url("sqlite:////var/c.db") == ("sqlite", "/var/c.db")
    assert parse_url("postgresql://u@h/db")[0] == "postgresql"
    with pytest.raises(ValueError):
        parse_url("mysql://h/db")


def test_the_fast_codec_matches_the_domain_codec() -> None:
    from dispatch_desk.demo.generator import generate

    bundle = generate(4, incidents=60, days=1)
    for name in admin.BUNDLE_ORDER:
        for record in getattr(bundle, name)[:200]:
            assert ledger.encode(record) == codec.to_wire(record), name
            assert ledger.decode(type(record), codec.to_wire(record)) == record, name
    assert city_bundle().regions


def test_the_serve_command_runs_the_service_and_the_audit_command_reads_its_trail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket
    import subprocess
    import sys
    import time

    import requests

    from tests.central.conftest import city_with_officers
    from tests.support.central import DEFAULT_PASSWORD, report_args

    db = str(tmp_path / "served.db")
    storage = Storage.open(db)
    admin.load_bundle(storage, city_with_officers())
    storage.close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "dispatch_desk", "central", "serve", "--db", db,
                             "--port", str(port), "--log-level", "warning"])
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.05)
        login = requests.post(f"{url}/api/v1/auth/login", timeout=10,
                              json={"username": "ops", "password": DEFAULT_PASSWORD, "device_id": "cli"})
        token = login.json()["access_token"]
        resp = requests.post(f"{url}/api/v1/mutations", headers={"Authorization": f"Bearer {token}"}, timeout=10,
                             json={"mutations": [{"id": "m-served-1", "name": "incident.report",
                                                  "args": report_args("in-served")}]})
        assert resp.json()["results"][0]["outcome"] == "applied"
    finally:
        proc.terminate()
        assert proc.wait(30) is not None
    capsys.readouterr()
    assert _run(monkeypatch, "audit", "--db", db, "--username", "ops") == 0
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(e["kind"], e["device_id"], e["outcome"]) for e in entries] == [
        ("auth.login", "cli", "ok"), ("mutation", "cli", "applied")]
    assert _run(monkeypatch, "audit", "--db", db, "--username", "ops", "--kind", "mutation") == 0
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(e["mutation_id"], e["device_id"], e["outcome"]) for e in entries] == [("m-served-1", "cli", "applied")]
