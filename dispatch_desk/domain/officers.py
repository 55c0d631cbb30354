"""Officers' accounts as an administrator keeps them: what a valid account is, and who may change one.

Used by the central service's admin endpoints (`central/staff.py`) and its console commands alike
(`dispatch-desk central create-officer`), and by the desk to check a form before sending it.

- A username is 2–64 characters of lower-case letters, digits, `.`, `_` and `-`, starting with a
  letter or digit; a name is 1–40 printable characters.
- The role decides what the account must be tied to: an ops officer, a leader and an analyst to a
  region (their area), a street supervisor to a street, an agency officer and a liaison to an agency;
  an administrator to nothing. A region or agency must exist.
- A password has 8–256 characters and is not the username.
- Only an administrator changes accounts, and never their own role or their own account's
  activity, so that the last administrator cannot lock everyone out by a slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.permissions import why_not_administer
from dispatch_desk.domain.records import Officer, RegionLevel, Role
from dispatch_desk.domain.workflow_actions import Code, Refused

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MAX_NAME = 40
MIN_PASSWORD, MAX_PASSWORD = 8, 256
REGION_ROLES = frozenset({Role.OPS_OFFICER, Role.LEADER, Role.ANALYST, Role.STREET_SUPERVISOR})
AGENCY_ROLES = frozenset({Role.AGENCY_OFFICER, Role.LIAISON})
# The reasons an account is refused, fixed texts a desk can put in the officer's language.
BAD_USERNAME = "A username has 2 to 64 lower-case letters, digits, '.', '_' or '-'"
BAD_NAME = f"A name has 1 to {MAX_NAME} printable characters"
NEEDS_REGION = "This role needs the region of its area"
NEEDS_STREET = "A street supervisor's region is a street"
NEEDS_AGENCY = "This role needs its agency"
UNKNOWN_AGENCY = "There is no such agency"
BAD_PASSWORD = f"A password has {MIN_PASSWORD} to {MAX_PASSWORD} characters"
PASSWORD_IS_USERNAME = "A password is not the username"


def problem(officer: Officer, regions: RegionTree, agencies: Iterable[str]) -> Refused | None:
    """What is wrong with `officer` as an account, or None."""
    if not USERNAME.match(officer.username):
        return Refused(BAD_USERNAME, Code.BAD_ARGS)
    name = officer.name.strip()
    if not name or len(name) > MAX_NAME or not name.isprintable():
        return Refused(BAD_NAME, Code.BAD_ARGS)
    if officer.role in REGION_ROLES:
        if officer.region is None or officer.region not in regions:
            return Refused(NEEDS_REGION, Code.BAD_ARGS)
        if officer.role is Role.STREET_SUPERVISOR and regions.level_of(officer.region) is not RegionLevel.STREET:
            return Refused(NEEDS_STREET, Code.BAD_ARGS)
    if officer.role in AGENCY_ROLES and officer.agency is None:
        return Refused(NEEDS_AGENCY, Code.BAD_ARGS)
    if officer.agency is not None and officer.agency not in set(agencies):
        return Refused(UNKNOWN_AGENCY, Code.BAD_ARGS)
    return None


def password_problem(password: str, username: str = "") -> str | None:
    """Why `password` will not do, or None."""
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        return BAD_PASSWORD
    if username and password.lower() == username.lower():
        return PASSWORD_IS_USERNAME
    return None


def why_not_change(actor: Officer, before: Officer | None, after: Officer, now: datetime | None = None) -> Refused | None:
    """None when `actor` may make the account `before` (None: a new one) into `after`."""
    if (refused := why_not_administer(actor, now)) is not None:
        return refused
    if before is not None and before.id == actor.id and (after.role is not Role.ADMIN or not after.active):
        return Refused("An administrator does not demote or disable their own account", Code.FORBIDDEN)
    return None
