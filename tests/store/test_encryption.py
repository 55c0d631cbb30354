"""Encryption at rest of the local cache (store/crypto.py): the key in the keyring, never in a file;
a plain cache converted without losing its outbox or conflicts, also when the process dies midway;
wrong or missing keys refused with nothing changed; damaged encrypted caches rebuilt."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.wire import Mutation, MutationResult
from dispatch_desk.store import IncidentQuery, Store, crypto
from dispatch_desk.sync.credentials import MemoryKeyring

from .conftest import incident

ROOT = Path(__file__).resolve().parents[2]
TITLE = "南京东路井盖缺失请速处置"  # known plaintext that must not be found in an encrypted file


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def fill(store: Store, n: int = 300) -> list[Mutation]:
    """Incidents, three unsent mutations and one conflict."""
    store.bulk_load_incidents(incident(i, title=TITLE if i == 7 else f"事件{i}") for i in range(n))
    staged = []
    for i in range(4):
        m = Mutation(id=f"m-unsent-{i:04d}", name="incident.comment", args={"id": f"inc-{i:04d}", "note": TITLE})
        store.stage(m, [("incident", f"inc-{i:04d}", to_wire(incident(i, title=TITLE)))])
        staged.append(m)
    store.settle([MutationResult(id="m-unsent-0003", outcome="conflict", reason="已被退回")])
    store.set_setting("tile_url", "https://tiles.example/{z}/{x}/{y}.png")
    return staged[:3]


def key_free(text: str, path: Path) -> bool:
    return crypto.stored_key(path) not in text and crypto.key_name(path) in text


def on_disk(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_an_encrypted_cache_round_trips_and_keeps_no_plaintext_on_disk(tmp_path, memory_keyring):
    path = tmp_path / "cache.sqlite3"
    key = crypto.enable(path)
    assert memory_keyring.get_password(crypto.SERVICE, crypto.key_name(path)) == key
    with Store.open(path) as store:
        staged = fill(store)
        assert TITLE.encode() not in on_disk(path)  # nor in the WAL while open
        assert store.count_incidents(IncidentQuery(text="井盖")) > 0  # full-text search works
    data = on_disk(path)
    assert TITLE.encode() not in data and "已被退回".encode() not in data and key.encode() not in data
    assert not data.startswith(crypto.HEADER) and crypto.state(path) == "encrypted"
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as plain:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    with Store.open(path) as again:
        assert again.outbox() == staged
        assert [c.id for c in again.conflicts()] == ["m-unsent-0003"]
        assert again.get_incident("inc-0007").title == TITLE
        assert again.get_setting("tile_url") == "https://tiles.example/{z}/{x}/{y}.png"
        assert again.verify() is None
        with again.reader() as reader:  # another thread's connection, from the key this process knows
            assert reader.pending_count() == 3


def test_a_plain_cache_stays_plain_and_opens_without_the_keyring(tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        fill(store)
    monkeypatch.setattr(crypto, "_read_keyring", lambda name: pytest.fail("asked the keyring"))
    for check in (True, False):  # a plain cache never asks the keyring, at sign-in or after
        with Store.open(path, check=check) as store:
            assert type(store.conn) is sqlite3.Connection
    assert path.read_bytes().startswith(crypto.HEADER) and crypto.state(path) == "plain"


def test_without_its_key_or_with_another_key_an_encrypted_cache_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "cache.sqlite3"
    crypto.enable(path)
    with Store.open(path) as store:
        fill(store)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    keyring.set_password(crypto.SERVICE, crypto.key_name(path), os.urandom(32).hex())
    with pytest.raises(crypto.KeyRejected, match="does not open"):
        Store.open(path)
    keyring.delete_password(crypto.SERVICE, crypto.key_name(path))
    with pytest.raises(crypto.KeyMissing, match="not in this computer's keyring"):
        Store.open(path)
    keyring.set_password(crypto.SERVICE, crypto.key_name(path), "not a key")
    with pytest.raises(crypto.KeyRejected):
        Store.open(path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing moved, nothing made


def convertible(tmp_path: Path) -> tuple[Path, list[Mutation]]:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        staged = fill(store)
    assert TITLE.encode() in path.read_bytes()
    return path, staged


def assert_complete(store: Store, staged: list[Mutation]) -> None:
    assert store.outbox() == staged
    assert [(c.id, c.reason) for c in store.conflicts()] == [("m-unsent-0003", "已被退回")]
    assert store.count_incidents(IncidentQuery()) == 300
    assert store.get_incident("inc-0007").title == TITLE
    assert store.get_setting("tile_url") == "https://tiles.example/{z}/{x}/{y}.png"


def test_turning_encryption_on_converts_a_plain_cache_at_its_next_open_without_losing_anything(tmp_path):
    path, staged = convertible(tmp_path)
    crypto.enable(path)
    assert crypto.state(path) == "pending"
    with Store.open(path, check=False) as reader:  # until then it stays the plain file
        assert reader.pending_count() == 3
    with Store.open(path) as store:
        assert_complete(store, staged)
    assert crypto.state(path) == "encrypted" and TITLE.encode() not in on_disk(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.sqlite3", "cache.sqlite3.encrypted"]
    assert key_free(crypto.marker(path).read_text(encoding="utf-8"), path)
    assert not crypto.cancel(path)  # an encrypted cache is not turned back


def test_the_deployment_can_require_encryption(tmp_path, monkeypatch):
    path, staged = convertible(tmp_path)
    monkeypatch.setenv(crypto.ENCRYPT_ENV, "1")
    with Store.open(path) as store:
        assert_complete(store, staged)
    assert crypto.state(path) == "encrypted"


def test_cancelled_before_the_next_open_the_cache_stays_plain(tmp_path):
    path, staged = convertible(tmp_path)
    crypto.enable(path)
    assert crypto.cancel(path) and crypto.state(path) == "plain"
    with Store.open(path) as store:
        assert_complete(store, staged)
    assert path.read_bytes().startswith(crypto.HEADER)


KILLED = textwrap.dedent("""
    import os, signal, sys
    import keyring
    from dispatch_desk.store import Store, crypto
    from dispatch_desk.sync.credentials import MemoryKeyring

    path, key, where = sys.argv[1], sys.argv[2], sys.argv[3]
    keyring.set_keyring(MemoryKeyring())
    keyring.set_password(crypto.SERVICE, crypto.key_name(path), key)

    def die(*_):
        os.kill(os.getpid(), signal.SIGKILL)

    if where == "export":  # in the middle of writing the encrypted copy
        real = crypto._export
        def export(src, tmp, key):
            steps = [0]
            def progress():
                steps[0] += 1
                if steps[0] == 20:
                    die()
                return 0
            src.set_progress_handler(progress, 100)
            real(src, tmp, key)
        crypto._export = export
    else:  # the copy is complete, just before it replaces the plain file
        crypto.os.replace = die
    Store.open(path)
    print("not killed")
""")


@pytest.mark.parametrize("where", ["export", "replace"])
def test_a_process_killed_during_the_conversion_leaves_the_plain_cache_usable(tmp_path, where):
    path, staged = convertible(tmp_path)
    key = crypto.enable(path)
    done = subprocess.run([sys.executable, "-c", KILLED, str(path), key, where], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    partial = path.with_name(path.name + ".encrypting")
    assert partial.exists() or where == "export"  # the copy it was making
    with sqlite3.connect(path) as plain:  # the plain cache is whole, for any sqlite3
        assert plain.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert plain.execute("SELECT count(*) FROM outbox").fetchone()[0] == 3
    plain.close()
    with Store.open(path) as store:  # the next open converts again, from the start
        assert_complete(store, staged)
    assert crypto.state(path) == "encrypted" and not partial.exists()


def test_a_damaged_encrypted_cache_is_moved_aside_and_rebuilt_encrypted_with_its_outbox(tmp_path):
    path = tmp_path / "cache.sqlite3"
    key = crypto.enable(path)
    with Store.open(path) as store:
        store.bulk_load_incidents(incident(n) for n in range(3000))
        staged = fill(store, 0)
    assert not Path(f"{path}-wal").exists()
    count = path.stat().st_size // crypto.PAGE_SIZE
    with open(path, "r+b") as f:  # pages of the incidents (the outbox was written after them)
        for page in range(count // 4, count // 2):
            f.seek((page - 1) * crypto.PAGE_SIZE + 200)
            f.write(os.urandom(100))
    with Store.open(path) as store:
        assert store.recovered_from is not None and store.recovered_from.exists()
        assert store.outbox() == staged
        assert store.get_setting("tile_url") == "https://tiles.example/{z}/{x}/{y}.png"
        assert store.count_incidents(IncidentQuery()) == 3  # the pending rows; the rest comes with the sync
    assert crypto.state(path) == "encrypted" and crypto.stored_key(path) == key
    assert crypto.key_fits(store.recovered_from, key)  # the file set aside stays readable with the key


def test_a_damaged_first_page_is_damage_not_a_wrong_key(tmp_path):
    path = tmp_path / "cache.sqlite3"
    crypto.enable(path)
    with Store.open(path) as store:
        staged = fill(store)
    with open(path, "r+b") as f:
        f.seek(300)
        f.write(os.urandom(64))
    with Store.open(path) as store:  # recovered, not refused as a wrong key
        assert store.recovered_from is not None and store.recovered_from.exists()
        assert store.outbox() == []  # page 1 holds the schema: nothing is readable; the file set aside keeps it
    assert crypto.state(path) == "encrypted" and len(staged) == 3
