"""Fixtures: a real central service on loopback (SQLite or PostgreSQL backend)."""
