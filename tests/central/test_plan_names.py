"""Plans (预案) carry an English name and English task-template titles beside the Chinese: they travel
through the codec, plans from before decode with empty ones, and a bundle or record with a bad one is
refused whole with a message naming the plan, nothing written."""

from __future__ import annotations

import dataclasses

import pytest

from dispatch_desk.central import admin
from dispatch_desk.central.storage import Storage
from dispatch_desk.demo import catalog
from dispatch_desk.domain import codec
from dispatch_desk.domain.bundle import SeedBundle, bundle_text_problems, text_problem
from dispatch_desk.domain.records import Category, Plan, PlanTask
from tests.support.central import CentralServer, city_bundle

PLAN = Plan("plan-flood", "示范市防汛应急预案", "flood", (
    PlanTask("SW", "开启泵站", "易积水点泵站预降水位", 60, title_en="Start the pumping stations"),
    PlanTask("JT", "下立交交通管制", "", 30),
), name_en="Demo City Flood Emergency Plan")


def _counts(storage: Storage) -> dict[str, int]:
    with storage.transaction() as tx:
        return dict(tx.execute("SELECT entity, COUNT(*) FROM records GROUP BY entity"))


def test_a_plan_with_english_names_survives_the_wire():
    wire = codec.to_wire(PLAN)
    assert wire["name_en"] == "Demo City Flood Emergency Plan"
    assert wire["tasks"][0]["title_en"] == "Start the pumping stations"
    assert codec.from_wire(Plan, wire) == PLAN


def test_a_plan_from_before_the_english_names_decodes_with_empty_ones():
    wire = codec.to_wire(PLAN)
    del wire["name_en"]
    for task in wire["tasks"]:
        del task["title_en"]
    old = codec.from_wire(Plan, wire)
    assert old.name == PLAN.name and old.name_en == ""
    assert [t.title for t in old.tasks] == ["开启泵站", "下立交交通管制"] and all(t.title_en == "" for t in old.tasks)
    assert text_problem(old) is None  # the English is optional


@pytest.mark.parametrize(("plan", "expected"), [
    (dataclasses.replace(PLAN, name_en="Flood\x00Plan"), "Plan 'plan-flood': name_en — "),
    (dataclasses.replace(PLAN, name_en="F" * 201), "Plan 'plan-flood': name_en — String should have at most 200"),
    (dataclasses.replace(PLAN, name=""), "Plan 'plan-flood': name — "),
    (dataclasses.replace(PLAN, tasks=(PlanTask("SW", "开启泵站", title_en="Pumps\x07"),)),
     "Plan 'plan-flood' task 1: title_en — "),
])
def test_bad_plan_names_are_named_in_the_problem(plan, expected):
    problem = text_problem(plan)
    assert problem is not None and problem.startswith(expected), problem
    assert bundle_text_problems(SeedBundle(plans=[plan])) == [problem]


def test_the_demo_plans_are_named_in_both_languages():
    plans = catalog.plans()
    assert plans and all(p.name_en and all(t.title_en for t in p.tasks) for p in plans)
    assert bundle_text_problems(SeedBundle(plans=plans)) == []


def test_a_bundle_with_a_bad_plan_name_is_refused_and_nothing_is_written(central: CentralServer):
    bundle = city_bundle()
    bundle.plans = [dataclasses.replace(PLAN, name_en="Flood\x00Plan")]
    with pytest.raises(admin.AdminError) as refused:
        admin.load_bundle(central.storage, bundle)
    message = str(refused.value)
    assert message.startswith("The bundle was not loaded:")
    assert "Plan 'plan-flood'" in message and "name_en" in message and "control characters" in message
    assert _counts(central.storage) == {}


def test_a_bad_plan_does_not_replace_a_good_one(central: CentralServer):
    central.load(city_bundle())
    central.add(PLAN)
    before = _counts(central.storage)
    bad = dataclasses.replace(PLAN, name_en="x" * 500)
    with pytest.raises(admin.AdminError, match=r"Plan 'plan-flood': name_en — String should have at most 200"):
        admin.put_records(central.storage, [bad, Category("new", "新类别")])
    assert next(p for p in admin.list_records(central.storage, Plan) if p.id == "plan-flood") == PLAN
    assert _counts(central.storage) == before
