"""The agencies, the incident categories and their time limits as an administrator keeps them: what a
valid agency, category and stage limit are. Used by the central service's admin endpoints
(`central/staff.py`), its console commands (`dispatch-desk central add-category`, `add-sla-rule`) and
the desk's form alike.

A changed limit counts from the next stage an incident enters: an incident already in a stage keeps
the deadline it was given when it entered it (`workflow_steps.enter` stores `due_at`), so nobody's
running clock moves under them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dispatch_desk.domain.records import Agency, Category, SlaRule
from dispatch_desk.domain.workflow_actions import Code, Refused

MAX_LIMIT_MINUTES = 60 * 24 * 30  # a stage of a month at the most
MAX_NAME = 40
BAD_NAME = f"A category's name has 1 to {MAX_NAME} characters"
UNKNOWN_AGENCY = "There is no such agency"
BAD_LIMIT = f"A time limit is 1 to {MAX_LIMIT_MINUTES} minutes"
BAD_NEAR = "The near-deadline margin is at least 0 and less than the limit"
AGENCY_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")
PHONE = re.compile(r"^[0-9+\-() ]{0,32}$")
BAD_AGENCY_CODE = "An agency's code has 1 to 32 letters, digits, '.', '_' or '-'"
BAD_AGENCY_NAME = "An agency's names have 1 to 40 characters (the short ones 12)"
BAD_PHONE = "A telephone number has digits, spaces, '+', '-' and brackets only"


def agency_problem(agency: Agency) -> Refused | None:
    """What is wrong with `agency`, or None."""
    if not AGENCY_CODE.match(agency.code):
        return Refused(BAD_AGENCY_CODE, Code.BAD_ARGS)
    names = ((agency.name, MAX_NAME, True), (agency.name_en, MAX_NAME, False), (agency.short_name, 12, False),
             (agency.short_name_en, 12, False))
    for text, limit, needed in names:
        if (needed and not text) or text != text.strip() or len(text) > limit or not text.isprintable():
            return Refused(BAD_AGENCY_NAME, Code.BAD_ARGS)
    if not PHONE.match(agency.phone):
        return Refused(BAD_PHONE, Code.BAD_ARGS)
    return None


def category_problem(category: Category, agencies: Iterable[str]) -> Refused | None:
    """What is wrong with `category`, or None."""
    for name in (category.name, category.name_en):
        if name != name.strip() or len(name) > MAX_NAME or not name.isprintable():
            return Refused(BAD_NAME, Code.BAD_ARGS)
    if not category.name:
        return Refused(BAD_NAME, Code.BAD_ARGS)
    if category.default_agency is not None and category.default_agency not in set(agencies):
        return Refused(UNKNOWN_AGENCY, Code.BAD_ARGS)
    return None


def rule_problem(rule: SlaRule) -> Refused | None:
    """What is wrong with a stage's limit, or None."""
    if not 0 < rule.limit_minutes <= MAX_LIMIT_MINUTES:
        return Refused(BAD_LIMIT, Code.BAD_ARGS)
    if not 0 <= rule.near_minutes < rule.limit_minutes:
        return Refused(BAD_NEAR, Code.BAD_ARGS)
    return None
