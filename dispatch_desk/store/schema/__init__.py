"""Package-data copy of local_db/*.sql for installed builds (see store/migrations.py)."""
