"""The assessment's recount keeps what it replayed: an incident is read and replayed again only when
its row or its history changed, or when a stage still running is judged at another moment, and the
figures are always those of a count from scratch."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import SlaRule, SlaStage
from dispatch_desk.domain.wire import Change
from dispatch_desk.domain.workflow import Action, Applied, Command, decide
from dispatch_desk.ui.assess.compute import Lives, assess_period
from tests.domain.world import policy
from tests.ui.test_assessment_page import ADMIN, OCTOBER, PLAN, T0, build_cache


@pytest.fixture
def cache(tmp_path):
    store, made = build_cache(tmp_path)
    yield store, made
    store.close()


def _step(store, incident, actions, action: Action, args: dict, at) -> tuple:
    """One more step of an incident's life through the real workflow, delivered to the cache as a sync would."""
    result = decide(incident, Command(action, f"m-{incident.id}-{len(actions)}", {"id": incident.id, **args}),
                    ADMIN, at, policy())
    assert isinstance(result, Applied), result
    seq = store.cursor() + 2
    store.apply_changes([Change(seq=seq - 1, entity="incident", key=incident.id, op="upsert",
                                data=to_wire(result.incident)),
                         Change(seq=seq, entity="incident_action", key=result.action.id, op="upsert",
                                data=to_wire(result.action))], seq)
    return result.incident, [*actions, result.action]


def _same(one: a.Period, store, now, lives: Lives) -> None:
    """The kept lives give what a count from scratch gives."""
    kept, fresh = assess_period(store, one, now, lives=lives), assess_period(store, one, now)
    assert kept.figures == fresh.figures and kept.ranked == fresh.ranked and kept.city == fresh.city
    assert [x.incident.id for x in kept.lives] == [x.incident.id for x in fresh.lives]


def test_a_finished_period_is_replayed_once_and_again_only_where_history_changed(cache):
    store, made = cache
    lives = Lives()
    now = OCTOBER.end + timedelta(days=3)
    first = assess_period(store, OCTOBER, now, lives=lives)
    assert lives.replayed == len(PLAN) and first.figures[a.UnitKind.AGENCY]["WATER"].counts["accepted"] == 3
    _same(OCTOBER, store, now, lives)
    assert lives.replayed == len(PLAN)  # nothing changed: nothing read again

    incident, actions = made[0]
    _step(store, incident, actions, Action.DISPOSE, {"note": "已修复"}, T0 + timedelta(hours=5))
    before = lives.replayed
    again = assess_period(store, OCTOBER, now, lives=lives)
    assert lives.replayed - before == 1
    assert again.figures[a.UnitKind.AGENCY]["WATER"].counts["disposed"] == 1
    _same(OCTOBER, store, now, lives)


def test_a_running_period_replays_only_the_incidents_whose_stages_still_run(cache):
    store, made = cache
    incident, actions = made[0]
    at = T0 + timedelta(hours=2)
    for action, args in ((Action.DISPOSE, {"note": "已修复"}), (Action.VERIFY, {"passed": True}), (Action.CLOSE, {})):
        at += timedelta(minutes=30)
        incident, actions = _step(store, incident, actions, action, args, at)
    lives = Lives()
    now = T0 + timedelta(days=len(PLAN) + 1)
    assess_period(store, OCTOBER, now, lives=lives)
    assert lives.replayed == len(PLAN)
    later = now + timedelta(hours=6)  # the open stages are judged again; the closed incident is whole
    counted = assess_period(store, OCTOBER, later, lives=lives)
    assert lives.replayed == 2 * len(PLAN) - 1
    assert counted.city.counts["closed"] == 1
    _same(OCTOBER, store, later, lives)


def test_changed_sla_rules_replay_everything(cache):
    store, _ = cache
    lives = Lives()
    now = OCTOBER.end + timedelta(days=3)
    tight = assess_period(store, OCTOBER, now, lives=lives).figures[a.UnitKind.AGENCY]["WATER"]
    assert tight.counts["accepted_on_time"] == 2
    looser = SlaRule("pipe_burst", SlaStage.ACCEPT, limit_minutes=60, near_minutes=10)
    store.apply_changes([Change(seq=store.cursor() + 1, entity="sla_rule", key="pipe_burst:accept", op="upsert",
                                data=to_wire(looser))], store.cursor() + 1)
    loose = assess_period(store, OCTOBER, now, lives=lives).figures[a.UnitKind.AGENCY]["WATER"]
    assert lives.replayed == 2 * len(PLAN)
    assert loose.counts["accepted_on_time"] == 3  # 35 minutes is on time under a 60-minute limit


def _report(store, n: int, at) -> None:
    """One more incident reported at `at` through the real workflow, delivered as a sync would."""
    args = {"id": f"inc-x{n}", "title": "管道爆裂", "category": "pipe_burst", "source": "hotline_12345",
            "severity": 2, "lon": 121.5, "lat": 31.2, "street": "S11", "district": "D1"}
    result = decide(None, Command(Action.REPORT, f"m-x{n}", args), ADMIN, at, policy())
    assert isinstance(result, Applied), result
    seq = store.cursor() + 2
    store.apply_changes([Change(seq=seq - 1, entity="incident", key=result.incident.id, op="upsert",
                                data=to_wire(result.incident)),
                         Change(seq=seq, entity="incident_action", key=result.action.id, op="upsert",
                                data=to_wire(result.action))], seq)


def test_a_running_period_is_read_against_the_same_stretch_of_the_one_before(cache):
    store, _ = cache
    now = T0 + timedelta(hours=1)
    week = a.Period.containing(a.PeriodKind.WEEK, now)
    before = week.previous()
    elapsed = now - week.start
    _report(store, 1, before.start + elapsed / 2)  # as far into last week as we are into this one: compared
    _report(store, 2, before.start + elapsed + timedelta(hours=1))  # later in last week: not yet
    running = assess_period(store, week, now)
    assert running.running and running.city_before is not None
    assert running.city_before.counts["reported"] == 1
    whole = assess_period(store, week, week.end + timedelta(days=1))
    assert not whole.running and whole.city_before is not None and whole.city_before.counts["reported"] == 2
