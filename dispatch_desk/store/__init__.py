"""The client's local cache: SQLite through sqlite-utils, schema from the migrations in local_db/."""

from dispatch_desk.store.cache import Reference, Store
from dispatch_desk.store.command import CommandReader, LogQuery, TimelineEvent
from dispatch_desk.store.crypto import DB_ERROR, CacheKeyError
from dispatch_desk.store.pending import Conflict, new_mutation_id
from dispatch_desk.store.queries import SLA_STATES, SORT_KEYS, AreaTally, IncidentQuery, IncidentRow

__all__ = [
    "DB_ERROR",
    "SLA_STATES",
    "SORT_KEYS",
    "AreaTally",
    "CacheKeyError",
    "CommandReader",
    "Conflict",
    "IncidentQuery",
    "IncidentRow",
    "LogQuery",
    "Reference",
    "Store",
    "TimelineEvent",
    "new_mutation_id",
]
