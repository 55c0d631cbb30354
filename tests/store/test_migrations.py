"""Schema migrations: numbered files applied in order, each atomically; old caches upgrade on open."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from dispatch_desk.store import IncidentQuery, Store, migrations
from dispatch_desk.store.opening import connect

ROOT = Path(__file__).resolve().parents[2]


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


def test_without_a_checkout_the_copy_inside_the_installed_package_is_used(tmp_path, monkeypatch):
    """What a wheel or a frozen build has: local_db/ copied to dispatch_desk/local_db/ by the build."""
    installed = tmp_path / "site-packages" / "dispatch_desk" / "local_db"
    shutil.copytree(ROOT / "local_db", installed)
    monkeypatch.setattr(migrations, "CHECKOUT_DIR", tmp_path / "no-checkout" / "local_db")
    monkeypatch.setattr(migrations, "INSTALLED_DIR", installed)
    from_package = migrations.available()
    monkeypatch.undo()
    assert [(m.name, m.sql) for m in from_package] == [(m.name, m.sql) for m in migrations.available()]
    with Store.open(tmp_path / "c.db") as store:
        assert migrations.current_version(store.conn) == len(from_package)


def test_the_build_maps_local_db_into_the_package():
    assert '"local_db"' in (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '"dispatch_desk/local_db"' in (ROOT / "installers" / "dispatch-desk.spec").read_text(
        encoding="utf-8"
    )
