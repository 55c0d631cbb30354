"""Fixtures: a real PostgreSQL server started for the test session."""
