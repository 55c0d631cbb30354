"""A small seeded city with one officer of every kind, on SQLite (`city`) or on both backends (`any_city`)."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.records import Officer, Role
from tests.support.central import DEFAULT_PASSWORD, CentralServer, city_bundle

# username -> (role, agency, region)
OFFICERS = {
    "ops": (Role.OPS_OFFICER, None, "C"),
    "ops_d1": (Role.OPS_OFFICER, None, "D1"),
    "sup_s11": (Role.STREET_SUPERVISOR, None, "S11"),
    "sup_s21": (Role.STREET_SUPERVISOR, None, "S21"),
    "cg": (Role.AGENCY_OFFICER, "CG", None),
    "sw": (Role.AGENCY_OFFICER, "SW", None),
    "jt_liaison": (Role.LIAISON, "JT", None),
    "leader": (Role.LEADER, None, "C"),
    "analyst": (Role.ANALYST, None, "C"),
    "admin": (Role.ADMIN, None, None),
}


def city_with_officers() -> SeedBundle:
    """The city and its officers, all with DEFAULT_PASSWORD (hashed once when loaded)."""
    bundle = city_bundle()
    for username, (role, agency, region) in OFFICERS.items():
        bundle.officers.append(Officer(f"o-{username}", username, username, role, agency, region))
        bundle.passwords[username] = DEFAULT_PASSWORD
    return bundle


def populate(server: CentralServer) -> CentralServer:
    bundle = city_with_officers()
    server.load(bundle)
    server.officers.update({o.username: o for o in bundle.officers})
    return server


@pytest.fixture
def city(central: CentralServer) -> CentralServer:
    return populate(central)


@pytest.fixture
def any_city(any_central: CentralServer) -> CentralServer:
    return populate(any_central)
