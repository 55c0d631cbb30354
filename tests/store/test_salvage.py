"""What a rebuild of a damaged cache keeps: beside the outbox and the settings, the conflicts, the
photos not uploaded yet and the optimistic view of every pending change; and what it tells
(docs/architecture.md §7). Against a real central service on loopback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dispatch_desk.store import Store, opening
from tests.support.central import report_args
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD, applied_count, assert_cache_matches_server, seed

make_engine = sync_fixtures.make_engine  # the sync tests' fixtures: engines, a keyring in memory
memory_keyring = sync_fixtures.memory_keyring

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def city(central):
    seed(central)
    return central

PHOTO = b"\x89PNG\r\n\x1a\n photo of the blocked drain, taken offline"


def damage_index(path: Path, index: str) -> None:
    """Overwrite every page of one index with noise (the file is checkpointed: all of it is in the
    main file)."""
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    conn = opening.connect(path)
    try:
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (index,))]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert pages
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(os.urandom(page_size))


def a_conflict_an_unsent_photo_and_a_pending_report(city, make_engine):
    """Desk "a" (officer zhao) ends up with one open conflict, one photo not uploaded and one report
    staged but never sent; its cache is closed and checkpointed."""
    other = make_engine(city.url, "other")
    a = make_engine(city.url, "a")
    other.login("wang", PASSWORD)
    a.login("zhao", PASSWORD)
    other.sync_once()
    a.sync_once()
    incident_id = report_args()["id"]
    other.issue("incident.report", report_args(incident_id))
    other.sync_once()
    a.sync_once()
    other.issue("incident.cancel", {"id": incident_id, "note": "重复上报"})
    other.sync_once()
    a.issue("incident.register", {"id": incident_id})  # a has not seen the cancel yet
    a.sync_once()
    (conflict,) = a.conflicts()

    store = a._store()
    sha256 = store.put_attachment(PHOTO, "image/png")
    report = report_args(title="排水口堵塞", photos=[sha256])
    mutation_id = a.issue("incident.report", report)  # staged; never pushed (no sync after it)
    assert store.unconfirmed_attachments() == [sha256] and store.is_pending("incident", report["id"])
    a.close()
    other.close()
    return conflict, sha256, report, mutation_id


def test_a_rebuilt_cache_keeps_the_conflict_the_unsent_photo_and_the_pending_report(city, make_engine, tmp_path):
    conflict, sha256, report, mutation_id = a_conflict_an_unsent_photo_and_a_pending_report(city, make_engine)
    path = tmp_path / "a.db"
    damage_index(path, "incident_street")
    assert opening.check(path)  # the damage is real: the full check at open finds it

    again = make_engine(city.url, "a")
    again.login("zhao", PASSWORD)  # opens the cache: set aside and rebuilt
    store = again._store()
    assert store.recovered_from is not None and store.recovered_from.exists()
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # before any sync: everything the central service cannot give back is there
    assert [(c.id, c.mutation.name, c.reason, c.code) for c in again.conflicts()] == [
        (conflict.id, "incident.register", conflict.reason, conflict.code)
    ]
    assert store.unconfirmed_attachments() == [sha256] and store.attachment(sha256) == PHOTO
    row = store.get("incident", report["id"])
    assert row is not None and row["title"] == "排水口堵塞" and store.is_pending("incident", report["id"])
    assert [m.id for m in store.outbox()] == [mutation_id]
    assert store.rebuilt is not None
    assert {k: store.rebuilt[k] for k in ("outbox", "conflicts", "attachments", "rows", "lost_rows")} == {
        "outbox": 1, "conflicts": 1, "attachments": 1, "rows": 2, "lost_rows": 0,  # incident + its action
    }  # fmt: skip
    assert store.rebuilt["damaged_file"] == str(store.recovered_from)

    again.sync_once()
    # the photo reached the central service before the report that names it, exactly once applied
    fetched = city.client("zhao").get(f"/api/v1/attachments/{sha256}")
    assert fetched.status_code == 200 and fetched.content == PHOTO
    assert applied_count(city, mutation_id) == 1
    assert store.unconfirmed_attachments() == [] and store.outbox() == []
    assert not store.is_pending("incident", report["id"])
    assert [c.id for c in again.conflicts()] == [conflict.id]  # still the officer's to resolve
    assert_cache_matches_server(city, "zhao", store)


def test_an_unreadable_photo_is_not_kept_and_is_counted(tmp_path):
    path = tmp_path / "cache.db"
    with Store.open(path) as store:
        good = store.put_attachment(b"good photo", "image/jpeg")
        bad = store.put_attachment(b"photo whose bytes rot", "image/jpeg")
        with store.transaction() as conn:
            conn.execute("UPDATE attachment SET data = ? WHERE sha256 = ?", (b"rotten bytes", bad))
    rescued = opening.salvage(path)
    assert [a[0] for a in rescued.attachments] == [good] and rescued.lost_attachments == 1


def test_a_cache_rebuilt_in_place_while_the_desk_runs_syncs_again_from_the_start(city, make_engine, tmp_path):
    a = make_engine(city.url, "a")
    a.login("zhao", PASSWORD)
    a.sync_once()
    report = report_args(title="路灯不亮")
    mutation_id = a.issue("incident.report", report)  # staged, not pushed yet
    desk = a._store()
    assert desk.cursor() > 0

    # damage found by the background check of another connection (simulated by its marker)
    checker = Store.open(tmp_path / "a.db", check=False)
    opening.rebuild_marker(checker.path).write_text("damaged pages in incident_street", encoding="utf-8")
    checker.set_setting("ui.probe", 1)  # the first write rebuilds it in place
    assert checker.rebuilt is not None and checker.rebuilt["outbox"] == 1
    checker.close()

    # the engine's own connection, opened before, reads the rebuilt cache: cursor back to 0, the
    # pending report still shown
    assert desk.cursor() == 0
    assert desk.is_pending("incident", report["id"]) and desk.get("incident", report["id"])["title"] == "路灯不亮"
    a.sync_once()
    assert applied_count(city, mutation_id) == 1
    assert desk.outbox() == [] and not desk.is_pending("incident", report["id"])
    assert_cache_matches_server(city, "zhao", desk)


def test_a_rebuild_in_the_middle_of_a_pull_is_pulled_again_from_the_new_cursor(city, make_engine, tmp_path):
    other = make_engine(city.url, "other")
    other.login("wang", PASSWORD)
    other.sync_once()
    for n in range(12):
        other.issue("incident.report", report_args(title=f"第{n}起"))
    other.sync_once()
    a = make_engine(city.url, "a", page_size=5)  # the first sync takes many pages
    a.login("zhao", PASSWORD)
    rebuilt = []

    def rebuild_once(kind: str, payload: object) -> None:
        # right after a slice with incidents is stored: without the re-pull they would be missing
        if kind == "changed" and not rebuilt and "incident" in payload and a._store().cursor() > 0:
            checker = Store.open(tmp_path / "a.db", check=False)
            opening.rebuild_marker(checker.path).write_text("damaged", encoding="utf-8")
            checker.set_setting("ui.probe", 1)
            rebuilt.append(checker.rebuilt)
            checker.close()

    a.subscribe(rebuild_once)
    a.sync_once()  # the page after the rebuild was fetched from the old cursor: not stored, pulled again
    assert rebuilt and rebuilt[0] is not None
    assert_cache_matches_server(city, "zhao", a._store())
