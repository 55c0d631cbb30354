"""The agencies, the incident categories and their time limits, and the plans (预案) as an administrator
keeps them: what a valid agency, category, stage limit and plan are. Used by the central service's admin endpoints
(`central/staff.py`), its console commands (`dispatch-desk central add-category`, `add-sla-rule`) and
the desk's form alike.

A plan's tasks are the templates an operation started from it assigns (`command._plan_tasks`), each
due its offset after the start. A changed plan changes operations started from then on; a withdrawn
one (`active` false) is no longer offered and starts nothing new.

A changed limit counts from the next stage an incident enters: an incident already in a stage keeps
the deadline it was given when it entered it (`workflow_steps.enter` stores `due_at`), so nobody's
running clock moves under them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dispatch_desk.domain.command import TEXT_MAX, TITLE_MAX
from dispatch_desk.domain.plan_dimensions import PLAN_DIMENSIONS
from dispatch_desk.domain.records import Agency, Category, Plan, SlaRule
from dispatch_desk.domain.workflow_actions import Code, Refused

MAX_LIMIT_MINUTES = 60 * 24 * 30  # a stage of a month at the most
MAX_NAME = 40
BAD_NAME = f"A category's name has 1 to {MAX_NAME} characters"
UNKNOWN_AGENCY = "There is no such agency"
BAD_LIMIT = f"A time limit is 1 to {MAX_LIMIT_MINUTES} minutes"
BAD_NEAR = "The near-deadline margin is at least 0 and less than the limit"
CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")
PHONE = re.compile(r"^[0-9+\-() ]{0,32}$")
BAD_AGENCY_CODE = "An agency's code has 1 to 32 letters, digits, '.', '_' or '-'"
BAD_AGENCY_NAME = "An agency's names have 1 to 40 characters (the short ones 12)"
BAD_PHONE = "A telephone number has digits, spaces, '+', '-' and brackets only"
PLAN_KINDS = (*PLAN_DIMENSIONS, "other")  # the kind decides which vital signs its operations watch
MAX_PLAN_NAME = 80
MAX_PLAN_TASKS = 50
MAX_OFFSET_MINUTES = 60 * 24 * 7  # a task is due at most a week after the start
BAD_PLAN_ID = "A plan's code has 1 to 32 letters, digits, '.', '_' or '-'"
BAD_PLAN_NAME = f"A plan's names have 1 to {MAX_PLAN_NAME} characters"
BAD_PLAN_KIND = "There is no such kind of plan"
BAD_PLAN_TASKS = f"A plan has 1 to {MAX_PLAN_TASKS} tasks"
BAD_TASK_TITLE = f"A task's titles have 1 to {TITLE_MAX} characters"
BAD_TASK_TEXT = f"A task's description has at most {TEXT_MAX} characters of text"
BAD_OFFSET = f"A task is due 0 to {MAX_OFFSET_MINUTES} minutes after the start"
TWICE = "A plan names each task of an agency once"


def _line(text: str, limit: int, needed: bool) -> bool:
    """Whether `text` is one line of printable text, trimmed, at most `limit` long (and not empty if `needed`)."""
    return (bool(text) or not needed) and text == text.strip() and len(text) <= limit and text.isprintable()


def agency_problem(agency: Agency) -> Refused | None:
    """What is wrong with `agency`, or None."""
    if not CODE.match(agency.code):
        return Refused(BAD_AGENCY_CODE, Code.BAD_ARGS)
    names = ((agency.name, MAX_NAME, True), (agency.name_en, MAX_NAME, False), (agency.short_name, 12, False),
             (agency.short_name_en, 12, False))
    if not all(_line(text, limit, needed) for text, limit, needed in names):
        return Refused(BAD_AGENCY_NAME, Code.BAD_ARGS)
    if not PHONE.match(agency.phone):
        return Refused(BAD_PHONE, Code.BAD_ARGS)
    return None


def plan_problem(plan: Plan, agencies: Iterable[str]) -> Refused | None:
    """What is wrong with `plan`, or None."""
    if not CODE.match(plan.id):
        return Refused(BAD_PLAN_ID, Code.BAD_ARGS)
    if not (_line(plan.name, MAX_PLAN_NAME, True) and _line(plan.name_en, MAX_PLAN_NAME, False)):
        return Refused(BAD_PLAN_NAME, Code.BAD_ARGS)
    if plan.kind not in PLAN_KINDS:
        return Refused(BAD_PLAN_KIND, Code.BAD_ARGS)
    if not 0 < len(plan.tasks) <= MAX_PLAN_TASKS:
        return Refused(BAD_PLAN_TASKS, Code.BAD_ARGS)
    known, seen = set(agencies), set()
    for task in plan.tasks:
        if task.agency not in known:
            return Refused(UNKNOWN_AGENCY, Code.BAD_ARGS)
        if not (_line(task.title, TITLE_MAX, True) and _line(task.title_en, TITLE_MAX, False)):
            return Refused(BAD_TASK_TITLE, Code.BAD_ARGS)
        text = task.description
        if text != text.strip() or len(text) > TEXT_MAX or any(ord(c) < 32 and c not in "\n\t" for c in text):
            return Refused(BAD_TASK_TEXT, Code.BAD_ARGS)
        if not 0 <= task.offset_minutes <= MAX_OFFSET_MINUTES:
            return Refused(BAD_OFFSET, Code.BAD_ARGS)
        if (task.agency, task.title) in seen:
            return Refused(TWICE, Code.BAD_ARGS)
        seen.add((task.agency, task.title))
    return None


def category_problem(category: Category, agencies: Iterable[str]) -> Refused | None:
    """What is wrong with `category`, or None."""
    if not (_line(category.name, MAX_NAME, True) and _line(category.name_en, MAX_NAME, False)):
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
