"""What a valid account is, and who may change one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dispatch_desk.domain import officers as o
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.domain.workflow_actions import Code
from tests.support.central import city_bundle

REGIONS = RegionTree(city_bundle().regions)
AGENCIES = ["CG", "SW", "JT"]
GOOD = Officer("o-1", "sun.li", "孙丽", Role.OPS_OFFICER, region="D1")
ADMIN = Officer("o-admin", "admin", "管理员", Role.ADMIN)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"username": "Sun"}, o.BAD_USERNAME), ({"username": "s"}, o.BAD_USERNAME), ({"name": " "}, o.BAD_NAME),
    ({"name": "名" * 41}, o.BAD_NAME), ({"region": None}, o.NEEDS_REGION), ({"region": "X9"}, o.NEEDS_REGION),
    ({"role": Role.STREET_SUPERVISOR}, o.NEEDS_STREET), ({"role": Role.LIAISON, "region": None}, o.NEEDS_AGENCY),
    ({"agency": "ZZ"}, o.UNKNOWN_AGENCY),
])
def test_a_bad_account_is_named_by_its_reason(changes, reason) -> None:
    refused = o.problem(replace(GOOD, **changes), REGIONS, AGENCIES)
    assert refused is not None and refused.reason == reason and refused.code is Code.BAD_ARGS


@pytest.mark.parametrize("account", [
    GOOD, replace(GOOD, role=Role.STREET_SUPERVISOR, region="S11", agency="CG"),
    replace(GOOD, role=Role.AGENCY_OFFICER, region=None, agency="SW"), replace(GOOD, role=Role.ADMIN, region=None),
    replace(GOOD, role=Role.ANALYST, region="C"),
])
def test_each_role_with_what_it_needs_is_a_good_account(account) -> None:
    assert o.problem(account, REGIONS, AGENCIES) is None


def test_a_password_has_eight_to_256_characters_and_is_not_the_username() -> None:
    assert o.password_problem("short") == o.BAD_PASSWORD and o.password_problem("x" * 257) == o.BAD_PASSWORD
    assert o.password_problem("Sun.Li.1", "sun.li.1") == o.PASSWORD_IS_USERNAME
    assert o.password_problem("a good passphrase", "sun.li") is None


def test_only_an_administrator_changes_accounts_and_never_locks_themselves_out() -> None:
    for actor in (replace(GOOD, role=Role.OPS_OFFICER), replace(GOOD, role=Role.LEADER, region="C")):
        assert o.why_not_change(actor, None, GOOD).code in (Code.FORBIDDEN, Code.READ_ONLY)
    assert o.why_not_change(replace(ADMIN, active=False), None, GOOD).code is Code.INACTIVE
    assert o.why_not_change(ADMIN, None, GOOD) is None
    assert o.why_not_change(ADMIN, ADMIN, replace(ADMIN, active=False)).code is Code.FORBIDDEN
    assert o.why_not_change(ADMIN, ADMIN, replace(ADMIN, role=Role.LEADER, region="C")).code is Code.FORBIDDEN
    assert o.why_not_change(ADMIN, ADMIN, replace(ADMIN, name="新名字")) is None
