"""A big cache is checked completely only after it opened (docs/architecture.md §7). Damage found
then is rebuilt at once, and no write of the officer goes into a file known to be damaged."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.wire import Mutation
from dispatch_desk.store import IncidentQuery, Store, opening
from dispatch_desk.store.opening import CacheDamaged

from .conftest import incident


@pytest.fixture
def big(monkeypatch):
    monkeypatch.setattr(opening, "FULL_CHECK_BYTES", 0)  # every file counts as big


def comment(n: int) -> tuple[Mutation, list]:
    m = Mutation(id=f"m-comment-{n:04d}", name="incident.comment", args={"id": f"inc-{n:04d}", "note": f"第{n}次"})
    return m, [("incident", f"inc-{n:04d}", to_wire(incident(n, title=f"已处理{n}", grid_cell="G009")))]


def damaged_cache(path: Path, *, share: float = 0.5) -> Mutation:
    """3,000 incidents and one staged mutation; then noise over pages of the grid-cell index."""
    with Store.open(path) as store:
        store.bulk_load_incidents(incident(n) for n in range(3000))
        first, writes = comment(1)
        store.stage(first, writes)
        pages = [r[0] for r in store.conn.execute("SELECT pageno FROM dbstat WHERE name = 'incident_grid_cell'")]
        page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as f:
        for page in pages[int(len(pages) * (1 - share)) :]:
            f.seek((page - 1) * page_size)
            f.write(os.urandom(page_size))
    return first


def file_state(path: Path) -> tuple[str, list[str]]:
    """(integrity, outbox ids) of a cache file, read by a connection of its own."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            integrity = str(exc)
        ids = [r[0] for r in conn.execute("SELECT id FROM outbox ORDER BY seq")]
    finally:
        conn.close()
    return integrity, ids


def test_damage_found_by_the_background_check_is_rebuilt_before_the_next_write(big, tmp_path):
    path = tmp_path / "cache.db"
    first = damaged_cache(path)
    with Store.open(path) as desk, Store.open(path, check=False) as checker:
        assert desk.recovered_from is None  # big: the incident tables are not read at open
        assert desk.count_incidents(IncidentQuery()) == 3000  # the desk works meanwhile
        assert checker.verify()  # the background check (a worker's own connection)
        assert checker.rebuilt is not None
        damaged = Path(checker.rebuilt["damaged_file"])
        second, writes = comment(2)
        desk.stage(second, writes)  # the desk's connection, opened before the rebuild
        assert [m.id for m in desk.outbox()] == [first.id, second.id]
        assert desk.count_incidents(IncidentQuery()) == 2  # the pending rows, until the sync
    assert file_state(path) == ("ok", [first.id, second.id])
    assert file_state(damaged)[1] == [first.id]  # the copy set aside got no new write
    assert not opening.rebuild_marker(path).exists()
    with Store.open(path) as again:
        assert again.recovered_from is None and again.verify() is None


def test_a_cache_marked_damaged_is_rebuilt_by_the_first_write_that_comes(big, tmp_path):
    path = tmp_path / "cache.db"
    first = damaged_cache(path)
    with Store.open(path) as desk:
        # another process (or a check that could not rebuild) marked it
        opening.rebuild_marker(path).write_text("damaged pages in incident_grid_cell", encoding="utf-8")
        second, writes = comment(2)
        desk.stage(second, writes)
        assert desk.rebuilt is not None and desk.rebuilt["outbox"] == 1
        damaged = Path(desk.rebuilt["damaged_file"])
    assert file_state(path) == ("ok", [first.id, second.id])
    assert file_state(damaged)[1] == [first.id]


def test_a_write_that_runs_into_damage_is_written_into_the_rebuilt_cache(big, tmp_path):
    path = tmp_path / "cache.db"
    first = damaged_cache(path, share=1.0)
    with Store.open(path) as desk:
        second, writes = comment(2)
        desk.stage(second, writes)  # its row's index entry is on a damaged page: SQLite says so
        assert desk.rebuilt is not None
        assert [m.id for m in desk.outbox()] == [first.id, second.id]
        assert desk.get("incident", "inc-0002")["title"] == "已处理2"
    assert file_state(path) == ("ok", [first.id, second.id])


def test_when_the_rebuild_fails_nothing_is_written_and_the_next_start_rebuilds(big, tmp_path, monkeypatch):
    path = tmp_path / "cache.db"
    first = damaged_cache(path)
    with Store.open(path) as desk:
        opening.rebuild_marker(path).write_text("damaged", encoding="utf-8")

        def no_room(*_args, **_kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(opening, "migrate", no_room)
        second, writes = comment(2)
        with pytest.raises(CacheDamaged, match="restart"):
            desk.stage(second, writes)
        assert [m.id for m in desk.outbox()] == [first.id]
        monkeypatch.undo()
        monkeypatch.setattr(opening, "FULL_CHECK_BYTES", 0)
    assert opening.rebuild_marker(path).exists()
    with Store.open(path) as again:
        assert again.recovered_from is not None
        assert [m.id for m in again.outbox()] == [first.id]


def test_a_feed_page_that_continues_from_another_cursor_stores_nothing(tmp_path):
    from dispatch_desk.store.cache import CursorMoved

    from .conftest import change

    with Store.open(tmp_path / "cache.db") as store:
        store.apply_changes([change(1, incident(1))], 1, after=0)
        with pytest.raises(CursorMoved):
            store.apply_changes([change(2, incident(2))], 2, after=0)  # fetched before a rebuild, say
        assert store.cursor() == 1 and store.get("incident", "inc-0002") is None
