"""Schema migrations: numbered files applied in order, each atomically; old caches upgrade on open."""

import filecmp
import sqlite3
from pathlib import Path

import pytest

from dispatch_desk.store import IncidentQuery, Store, migrations
from dispatch_desk.store.opening import connect

ROOT = Path(__file__).resolve().parents[2]


def test_package_data_copy_matches_local_db():
    """Installed builds read dispatch_desk/store/schema/; it must be the same files as local_db/."""
    source = sorted(p.name for p in (ROOT / "local_db").glob("*.sql"))
    copy = sorted(p.name for p in (ROOT / "dispatch_desk/store/schema").glob("*.sql"))
    assert source == copy, "copy local_db/*.sql to dispatch_desk/store/schema/"
    match, mismatch, errors = filecmp.cmpfiles(
        ROOT / "local_db", ROOT / "dispatch_desk/store/schema", source, shallow=False
    )
    assert not mismatch and not errors, "copy local_db/*.sql to dispatch_desk/store/schema/"


def test_migrations_are_numbered_without_gaps():
    found = migrations.available()
    assert [m.version for m in found] == list(range(1, len(found) + 1))


def test_fresh_cache_gets_every_migration(tmp_path):
    with Store.open(tmp_path / "c.db") as store:
        applied = [r[0] for r in store.conn.execute("SELECT version FROM schema_migration ORDER BY version")]
        assert applied == [m.version for m in migrations.available()]
        assert store.cursor() == 0


@pytest.mark.parametrize("version", range(1, len(migrations.available())))
def test_cache_of_an_older_version_is_upgraded_on_open_and_keeps_its_data(tmp_path, version):
    path = tmp_path / "old.db"
    conn = connect(path)
    assert migrations.migrate(conn, upto=version) == list(range(1, version + 1))
    conn.execute(
        "INSERT INTO outbox (id, name, args, staged_at) VALUES ('m-old-00001', 'incident.comment', '{}', 'x')"
    )
    conn.execute("INSERT INTO setting (key, value) VALUES ('tile_url', '\"https://t/{z}/{x}/{y}.png\"')")
    conn.close()
    with Store.open(path) as store:
        assert migrations.current_version(store.conn) == len(migrations.available())
        assert [m.id for m in store.outbox()] == ["m-old-00001"]
        assert store.get_setting("tile_url") == "https://t/{z}/{x}/{y}.png"
        assert store.count_incidents(IncidentQuery()) == 0


def test_a_failing_migration_leaves_the_cache_at_the_previous_version(tmp_path, monkeypatch):
    good = migrations.available()
    bad = migrations.Migration(
        len(good) + 1, "9999_bad.sql", "CREATE TABLE half_done (x);\nSELECT * FROM nowhere;"
    )
    monkeypatch.setattr(migrations, "available", lambda: [*good, bad])
    conn = connect(tmp_path / "c.db")
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == len(good)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None


def test_a_cache_newer_than_the_program_is_refused(tmp_path):
    conn = connect(tmp_path / "c.db")
    migrations.migrate(conn)
    conn.execute("INSERT INTO schema_migration VALUES (999, '0999_future.sql', 'x')")
    conn.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store.open(tmp_path / "c.db")


def test_without_a_checkout_the_package_data_copy_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "CHECKOUT_DIR", tmp_path / "no-checkout" / "local_db")
    from_package = migrations.available()
    monkeypatch.undo()
    assert [(m.name, m.sql) for m in from_package] == [(m.name, m.sql) for m in migrations.available()]
