"""The central service (docs/architecture.md §4): API v1 over one SQLite or PostgreSQL database.

`create_app(storage)` builds the ASGI application; `Storage.open(url)` opens and migrates the
database; `load_bundle(storage, bundle)` bulk-loads reference and history records.
"""
