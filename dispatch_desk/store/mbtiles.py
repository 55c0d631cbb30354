"""A cache of map tiles in an MBTiles file (SQLite, MBTiles 1.3), so that tiles seen once show offline.

MBTiles keeps rows in TMS order (row 0 at the south), while XYZ tile URLs count y from the north:
`tile_row = 2**z - 1 - y`. Everything outside this module speaks XYZ.

The cache is shared by the main thread (the map's URL scheme handler reads) and background
fetchers (they write); one connection guarded by a lock keeps that simple, and WAL lets a second
process (another client window) read while one writes.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS tiles (
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    tile_data BLOB NOT NULL,
    PRIMARY KEY (zoom_level, tile_column, tile_row)
);
"""

# A typical raster tile of a city street map; only used to estimate a prefetch before it runs.
AVERAGE_TILE_BYTES = 18_000


def tms_row(z: int, y: int) -> int:
    """The MBTiles (TMS) row of XYZ tile row `y` at zoom `z`; the flip is its own inverse."""
    return (1 << z) - 1 - y


def lonlat_to_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    """XYZ tile (x, y) containing a WGS84 point at zoom z (Web Mercator)."""
    n = 1 << z
    lat = max(min(lat, 85.05112878), -85.05112878)
    x = int((lon + 180.0) / 360.0 * n)
    rad = math.radians(lat)
    y = int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def tiles_in_bounds(
    west: float, south: float, east: float, north: float, min_zoom: int, max_zoom: int
) -> Iterator[tuple[int, int, int]]:
    """Every XYZ tile (z, x, y) covering the box, zoom by zoom, lowest zoom first."""
    for z in range(min_zoom, max_zoom + 1):
        x0, y0 = lonlat_to_tile(west, north, z)
        x1, y1 = lonlat_to_tile(east, south, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield z, x, y


def count_tiles(west: float, south: float, east: float, north: float, min_zoom: int, max_zoom: int) -> int:
    total = 0
    for z in range(min_zoom, max_zoom + 1):
        x0, y0 = lonlat_to_tile(west, north, z)
        x1, y1 = lonlat_to_tile(east, south, z)
        total += (x1 - x0 + 1) * (y1 - y0 + 1)
    return total


class TileCache:
    """Read and write XYZ tiles in one MBTiles file."""

    def __init__(self, path: str | Path, *, name: str = "dispatch-desk tiles") -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # a lost tile is fetched again; no need for FULL
        self._db.executescript(_SCHEMA)
        defaults = {"name": name, "format": "png", "type": "baselayer", "version": "1.3"}
        with self._lock:
            for key, value in defaults.items():
                self._db.execute("INSERT OR IGNORE INTO metadata(name, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def get(self, z: int, x: int, y: int) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, tms_row(z, y)),
            ).fetchone()
        return bytes(row[0]) if row else None

    def has(self, z: int, x: int, y: int) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, tms_row(z, y)),
            ).fetchone()
        return row is not None

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO tiles(zoom_level, tile_column, tile_row, tile_data) VALUES (?,?,?,?)",
                (z, x, tms_row(z, y), sqlite3.Binary(data)),
            )

    def missing(
        self, tiles: Iterator[tuple[int, int, int]] | list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        return [t for t in tiles if not self.has(*t)]

    def metadata(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT name, value FROM metadata").fetchall())

    def stats(self) -> tuple[int, int]:
        """(number of tiles, bytes of tile data)."""
        with self._lock:
            count, size = self._db.execute(
                "SELECT count(*), coalesce(sum(length(tile_data)), 0) FROM tiles"
            ).fetchone()
        return int(count), int(size)

    def average_tile_bytes(self) -> int:
        count, size = self.stats()
        return size // count if count >= 20 else AVERAGE_TILE_BYTES
