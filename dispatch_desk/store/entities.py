"""The record kinds of the change feed and how each is kept in the cache.

Entity names are the SeedBundle field names in singular; each has a table of the same name.
"""

from __future__ import annotations

from dispatch_desk.domain.entities import ENTITIES, reading_key, split_reading_key

# reading_key and split_reading_key are re-exported for the rest of the store.
__all__ = ["JSON_ENTITIES", "RECORD_CLASSES", "reading_key", "split_reading_key"]

RECORD_CLASSES = ENTITIES
# Kept as (key, JSON data, pending) rows; incident and reading have tables of their own.
JSON_ENTITIES = frozenset(RECORD_CLASSES) - {"incident", "reading"}
