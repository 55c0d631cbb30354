"""The catalogue's rules for plans (预案): each reason a plan is refused, and the demo's plans pass."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dispatch_desk.demo import catalog
from dispatch_desk.domain import catalogue
from dispatch_desk.domain.records import Plan, PlanTask

AGENCIES = ("SW", "JT")
PLAN = Plan("plan-flood", "防汛预案", "flood", (PlanTask("SW", "排查易积水点", "泵站预降水位。\n抢险队待命。", 30),
                                              PlanTask("JT", "封闭下穿通道", offset_minutes=60)))


def test_the_demo_plans_and_a_good_one_pass() -> None:
    agencies = [a.code for a in catalog.agencies()]
    assert all(catalogue.plan_problem(p, agencies) is None for p in catalog.plans())
    assert catalogue.plan_problem(PLAN, AGENCIES) is None
    assert catalogue.plan_problem(replace(PLAN, active=False, kind="other"), AGENCIES) is None


def _task(**changes) -> Plan:
    return replace(PLAN, tasks=(replace(PLAN.tasks[0], **changes),))


@pytest.mark.parametrize(("plan", "reason"), [
    (replace(PLAN, id="预案"), catalogue.BAD_PLAN_ID),
    (replace(PLAN, name=""), catalogue.BAD_PLAN_NAME),
    (replace(PLAN, name_en="x" * (catalogue.MAX_PLAN_NAME + 1)), catalogue.BAD_PLAN_NAME),
    (replace(PLAN, kind="earthquake"), catalogue.BAD_PLAN_KIND),
    (replace(PLAN, tasks=()), catalogue.BAD_PLAN_TASKS),
    (replace(PLAN, tasks=PLAN.tasks[:1] * (catalogue.MAX_PLAN_TASKS + 1)), catalogue.BAD_PLAN_TASKS),
    (_task(agency="ZZ"), catalogue.UNKNOWN_AGENCY),
    (_task(title=" 排查"), catalogue.BAD_TASK_TITLE),
    (_task(title_en="a\tb"), catalogue.BAD_TASK_TITLE),
    (_task(description="a\x07b"), catalogue.BAD_TASK_TEXT),
    (_task(offset_minutes=-1), catalogue.BAD_OFFSET),
    (_task(offset_minutes=catalogue.MAX_OFFSET_MINUTES + 1), catalogue.BAD_OFFSET),
    (replace(PLAN, tasks=(PLAN.tasks[0], replace(PLAN.tasks[0], offset_minutes=90))), catalogue.TWICE),
])
def test_each_reason_a_plan_is_refused(plan: Plan, reason: str) -> None:
    refused = catalogue.plan_problem(plan, AGENCIES)
    assert refused is not None and refused.reason == reason
