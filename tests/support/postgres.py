"""Fixtures: a real PostgreSQL server started for the test session.

`postgres_server` runs initdb and pg_ctl from the installed PostgreSQL binaries into a temporary
directory on a free loopback port (as the `postgres` OS user when the tests run as root), and stops
it at the end. `postgres_url` gives a test a fresh database cloned from a migrated template.
Missing binaries fail the tests that need them, with the command that installs them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dispatch_desk.central.scratch_pg import PostgresMissing, ScratchPostgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ScratchPostgres]:
    try:
        server = ScratchPostgres()
    except PostgresMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: ScratchPostgres) -> Iterator[str]:
    """The URL of a fresh, migrated database of the session's server, dropped after the test."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)
