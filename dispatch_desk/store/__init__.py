"""The client's local cache: SQLite through sqlite-utils, schema from the migrations in local_db/."""

from dispatch_desk.store.cache import Reference, Store
from dispatch_desk.store.pending import Conflict, new_mutation_id
from dispatch_desk.store.queries import SLA_STATES, SORT_KEYS, IncidentQuery, IncidentRow

__all__ = [
    "SLA_STATES",
    "SORT_KEYS",
    "Conflict",
    "IncidentQuery",
    "IncidentRow",
    "Reference",
    "Store",
    "new_mutation_id",
]
