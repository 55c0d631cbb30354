"""The MBTiles tile cache: XYZ in, TMS rows on disk, readable by any MBTiles tool."""

import sqlite3

from dispatch_desk.store.mbtiles import TileCache, count_tiles, lonlat_to_tile, tiles_in_bounds, tms_row


def test_rows_are_flipped_to_tms_on_disk(tmp_path):
    cache = TileCache(tmp_path / "tiles.mbtiles")
    cache.put(3, 5, 1, b"north")  # XYZ y=1 at z=3 -> TMS row 6
    cache.put(3, 5, 6, b"south")
    cache.close()

    raw = sqlite3.connect(tmp_path / "tiles.mbtiles")
    rows = dict(raw.execute("SELECT tile_row, tile_data FROM tiles WHERE zoom_level=3 AND tile_column=5"))
    assert rows == {6: b"north", 1: b"south"}
    assert dict(raw.execute("SELECT name, value FROM metadata"))["format"] == "png"

    again = TileCache(tmp_path / "tiles.mbtiles")
    assert again.get(3, 5, 1) == b"north"
    assert again.get(3, 5, 6) == b"south"
    assert again.get(3, 5, 2) is None
    assert again.has(3, 5, 1) and not again.has(4, 5, 1)
    assert again.stats() == (2, len(b"north") + len(b"south"))


def test_row_flip_is_its_own_inverse():
    for z in range(0, 19, 3):
        for y in (0, 1, (1 << z) - 1):
            assert tms_row(z, tms_row(z, y)) == y
    assert tms_row(0, 0) == 0


def test_a_tile_written_twice_keeps_the_last_data(tmp_path):
    cache = TileCache(tmp_path / "t.mbtiles")
    cache.put(10, 1, 2, b"old")
    cache.put(10, 1, 2, b"new")
    assert cache.get(10, 1, 2) == b"new"
    assert cache.stats()[0] == 1


def test_tile_math_matches_the_slippy_map_scheme():
    # Shanghai People's Square at z=10 is tile (857, 418) in the usual XYZ scheme.
    assert lonlat_to_tile(121.4737, 31.2304, 10) == (857, 418)
    assert lonlat_to_tile(-180, 85.1, 2) == (0, 0)
    box = (121.40, 31.18, 121.52, 31.26)
    tiles = list(tiles_in_bounds(*box, 12, 14))
    assert len(tiles) == count_tiles(*box, 12, 14)
    assert {z for z, _, _ in tiles} == {12, 13, 14}
    assert len(set(tiles)) == len(tiles)


def test_missing_lists_only_tiles_not_cached(tmp_path):
    cache = TileCache(tmp_path / "t.mbtiles")
    cache.put(5, 1, 1, b"x")
    assert cache.missing([(5, 1, 1), (5, 1, 2)]) == [(5, 1, 2)]
