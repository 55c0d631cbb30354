"""Assessment figures (domain/assessment.py) against a brute-force recount.

Histories are made by the real workflow (`workflow.decide`) from random choices: each action at a
random gap, with returns, failed verifications, suspensions approved or refused, extensions,
escalations, re-dispatches and reopening. While a history is made, the test writes down from the live
incident, before each action, which stage it ends, who led it and whether it ended by its deadline.
The assessment sees only the finished record and its history, so the two agree only if its replay
follows the workflow exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.records import Incident, IncidentAction, IncidentStatus, Officer, Role
from dispatch_desk.domain.sla import effective_due, running_stage
from dispatch_desk.domain.workflow import Action, Applied, Command, decide, resume_lapsed, verdicts
from dispatch_desk.domain.workflow_steps import end_suspension
from tests.domain.world import NOW, policy

S = IncidentStatus
ADMIN = Officer("admin", "admin", "管理员", Role.ADMIN)
AGENCIES = ("WATER", "ROADS", "GAS")
PLACES = (("S11", "D1"), ("S12", "D1"), ("S21", "D2"), (None, "D2"), (None, None))
POLICY = policy()
CHOOSABLE = [x for x in Action if x not in (Action.REPORT, Action.MERGE, Action.COMMENT, Action.CANCEL)]
# The life cycle's way forward: most steps take it, so that histories reach verification and closing.
FORWARD = {S.REPORTED: Action.REGISTER, S.REGISTERED: Action.DISPATCH, S.RETURNED: Action.DISPATCH,
           S.ESCALATED: Action.DISPATCH, S.DISPATCHED: Action.ACCEPT, S.ACCEPTED: Action.DISPOSE,
           S.DISPOSED: Action.VERIFY, S.VERIFIED: Action.CLOSE, S.SUSPENDED: Action.RESUME}
# Gaps between actions: short ones, long ones, and the SLA limits themselves (a deadline met to the minute
# is on time).
GAPS = st.one_of(st.integers(1, 90), st.integers(1, 3000), st.sampled_from((5, 20, 30, 60, 120, 240, 260)))


@dataclass
class Truth:
    """What happened, written down from the live incident as the history was made."""

    ended: list[tuple[str, str | None, str, bool]] = field(default_factory=list)  # stage, lead, by, on time
    dispatched: list[str] = field(default_factory=list)
    returned: list[str | None] = field(default_factory=list)
    verified: list[tuple[str | None, bool]] = field(default_factory=list)  # lead, passed
    escalations: int = 0
    suspensions: int = 0
    running: tuple[str, str | None, bool] | None = None  # the stage still running at the end: lead, over


def _args(action: Action, incident: Incident, now: datetime, draw) -> dict:
    args: dict = {"id": incident.id, "note": "情况说明"}
    if action is Action.DISPATCH:
        args["lead_agency"] = draw(st.sampled_from(AGENCIES))
        args["co_agencies"] = draw(st.lists(st.sampled_from(AGENCIES), max_size=2))
        if draw(st.booleans()):
            args["deadline"] = (now + timedelta(minutes=draw(st.integers(30, 6000)))).isoformat()
    elif action is Action.VERIFY:
        args["passed"] = draw(st.booleans())
    elif action is Action.SUSPEND:
        args["until"] = (now + timedelta(minutes=draw(st.integers(10, 3000)))).isoformat()
    elif action is Action.APPROVE_SUSPENSION:
        args["approved"] = draw(st.booleans())
    elif action is Action.EXTEND:
        due = effective_due(incident, now)
        args["until"] = (due + timedelta(minutes=draw(st.integers(10, 3000)))).isoformat()
    return args


@st.composite
def histories(draw) -> tuple[Incident, list[IncidentAction], Truth, datetime]:
    street, district = draw(st.sampled_from(PLACES))
    category = draw(st.sampled_from(("pipe_burst", "litter")))
    now = NOW + timedelta(minutes=draw(st.integers(0, 60 * 24 * 20)))
    report = {"id": "inc-1", "title": "管道爆裂", "category": category, "source": "hotline_12345", "severity": 2,
              "lon": 121.5, "lat": 31.2, "street": street, "district": district}
    decided = decide(None, Command(Action.REPORT, "m-0", report), ADMIN, now, POLICY)
    assert isinstance(decided, Applied)
    incident, history, truth = decided.incident, [decided.action], Truth()
    for n in range(1, draw(st.integers(0, 14)) + 1):
        now += timedelta(minutes=draw(GAPS))
        current = resume_lapsed(incident, now) or incident
        allowed = [x for x, refusal in verdicts(current, ADMIN, now, POLICY).items()
                   if refusal is None and x in CHOOSABLE]
        if not allowed:
            break
        forward = Action.APPROVE_SUSPENSION if Action.APPROVE_SUSPENSION in allowed else FORWARD.get(current.status)
        action = forward if forward in allowed and draw(st.integers(0, 9)) < 7 else draw(st.sampled_from(allowed))
        result = decide(incident, Command(action, f"m-{n}", _args(action, current, now, draw)), ADMIN, now, POLICY)
        if not isinstance(result, Applied):
            continue  # refused (e.g. an extension past no deadline): nothing happened
        after = result.incident
        if after.stage_started_at != current.stage_started_at or running_stage(after) != running_stage(current):
            stage = running_stage(current)
            if stage is not None:
                # the deadline the stage had when it ended: a running suspension ends at this moment
                due = (end_suspension(current, now) if current.status is S.SUSPENDED else current).due_at
                truth.ended.append((stage.value, current.lead_agency, action.value, now <= due))
        if action is Action.DISPATCH:
            truth.dispatched.append(after.lead_agency)
        elif action is Action.RETURN:
            truth.returned.append(current.lead_agency)
        elif action is Action.VERIFY:
            truth.verified.append((current.lead_agency, result.action.data["passed"]))
        elif action is Action.ESCALATE:
            truth.escalations += 1
        elif action is Action.APPROVE_SUSPENSION and after.status is S.SUSPENDED:
            truth.suspensions += 1
        incident = after
        history.append(result.action)
    until = now + timedelta(minutes=draw(GAPS))
    current = resume_lapsed(incident, until) or incident
    stage = running_stage(current)
    if stage is not None:
        due = (end_suspension(current, until) if current.status is S.SUSPENDED else current).due_at
        truth.running = (stage.value, current.lead_agency, until > due)
    return incident, history, truth, until


def _recount(truth: Truth, incident: Incident, agency: str | None) -> dict[str, int]:
    """The figures of one incident, counted the plain way from what was written down."""
    mine = [e for e in truth.ended if agency is None or e[1] == agency]
    ended = Counter((stage, by) for stage, _, by, _ in mine)
    on_time = Counter((stage, by) for stage, _, by, ok in mine if ok)
    led = agency is None or agency in truth.dispatched
    verified = [passed for lead, passed in truth.verified if agency is None or lead == agency]
    area = agency is None
    overdue = Counter(stage for stage, _, _, ok in mine if not ok)
    if truth.running is not None and truth.running[2] and (area or truth.running[1] == agency):
        overdue[truth.running[0]] += 1
    return {
        **{f"overdue_{stage}": overdue[stage] for stage in ("register", "dispatch", "accept", "dispose", "verify")},
        "reported": int(area), "registered": ended["register", "register"] if area else 0,
        "dispatched": sum(1 for x in truth.dispatched if area or x == agency),
        "accepted": ended["accept", "accept"], "accepted_on_time": on_time["accept", "accept"],
        "disposed": ended["dispose", "dispose"], "disposed_on_time": on_time["dispose", "dispose"],
        "verified": len(verified), "verified_first_time": int(bool(verified) and verified[0]),
        "returned": sum(1 for x in truth.returned if area or x == agency),
        "reworked": verified.count(False), "escalated": truth.escalations if area else 0,
        "suspended": int(truth.suspensions > 0 and led), "supervised": int(incident.supervised and led),
        "closed": int(incident.status is S.CLOSED and led),
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_replayed_figures_equal_a_recount_of_what_happened(made):
    incident, history, truth, until = made
    life = a.replay(incident, history, POLICY, until)
    units = {"district": incident.district, "street": incident.street, "city": a.CITY_UNIT,
             "category": incident.category}
    for kind in (a.UnitKind.DISTRICT, a.UnitKind.STREET, a.UnitKind.CITY, a.UnitKind.CATEGORY):
        figures = a.assess([life], kind)
        if units[kind.value] is None:
            assert figures == {}
            continue
        counts = figures[units[kind.value]].counts
        assert {k: counts[k] for k in _recount(truth, incident, None)} == _recount(truth, incident, None)
    by_agency = a.assess([life], a.UnitKind.AGENCY)
    assert set(by_agency) == set(truth.dispatched) | set(incident.co_agencies) | set(life.co_agencies)
    for agency, figures in by_agency.items():
        expected = _recount(truth, incident, agency)
        assert {k: figures.counts[k] for k in expected} == expected, agency


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_stage_times_leave_suspended_time_out(made):
    incident, history, _, until = made
    life = a.replay(incident, history, POLICY, until)
    for p in life.passes:
        span = ((p.ended or until) - p.started).total_seconds()
        assert 0 <= p.working_seconds <= span
    if life.suspensions == 0:
        assert all(p.working_seconds == ((p.ended or until) - p.started).total_seconds() for p in life.passes)
    # every passage of time is in exactly one pass: the passes follow each other without gaps or overlap
    running = [p for p in life.passes if p.ended is None]
    assert len(running) <= 1
    for before, after in zip(life.passes, life.passes[1:], strict=False):
        assert before.ended is not None and before.ended <= after.started


def test_a_suspended_stage_is_judged_by_its_deadline_moved_by_the_suspension():
    t = NOW
    report = {"id": "inc-s", "title": "管道爆裂", "category": "pipe_burst", "source": "hotline_12345",
              "severity": 2, "lon": 121.5, "lat": 31.2, "street": "S11", "district": "D1"}
    steps = [
        (0, Action.REPORT, report),
        (5, Action.REGISTER, {}),
        (10, Action.DISPATCH, {"lead_agency": "WATER"}),
        (15, Action.ACCEPT, {}),  # pipe_burst: accept within 20 min
        # dispose limit: the dispatch deadline (accept 20 + dispose 240 min after dispatch, i.e. t+270)
        (100, Action.SUSPEND, {"until": (t + timedelta(minutes=400)).isoformat()}),
        (110, Action.APPROVE_SUSPENSION, {"approved": True}),
        (300, Action.RESUME, {}),  # 190 min suspended: the deadline moves to t+460
        (420, Action.DISPOSE, {}),  # late without the suspension, on time with it
    ]
    incident, history = None, []
    for n, (minutes, action, args) in enumerate(steps):
        result = decide(incident, Command(action, f"m-{n}", {"id": "inc-s", "note": "说明", **args}), ADMIN,
                        t + timedelta(minutes=minutes), POLICY)
        assert isinstance(result, Applied), result
        incident = result.incident
        history.append(result.action)
    # while still suspended, past the deadline it had before: not overdue, its clock stands still
    during = a.replay(incident, history[:-2], POLICY, t + timedelta(minutes=350))
    running = during.passes[-1]
    assert running.stage.value == "dispose" and running.ended is None and not running.over
    assert running.due == t + timedelta(minutes=270 + 240) and running.working_seconds == (110 - 15) * 60
    life = a.replay(incident, history, POLICY, t + timedelta(minutes=500))
    dispose = next(p for p in life.passes if p.stage.value == "dispose")
    assert dispose.ended_by == "dispose" and not dispose.over
    assert dispose.working_seconds == (420 - 15 - 190) * 60
    water = a.assess([life], a.UnitKind.AGENCY)["WATER"]
    assert water.counts["disposed_on_time"] == 1 and water.counts["suspended"] == 1
    assert water.rates["dispose_on_time"] == 1.0


def test_scores_weigh_the_rates_and_rankings_share_places_and_show_the_change():
    def figures(unit: str, **counts: int) -> a.Figures:
        c = dict.fromkeys(a.FIGURE_KEYS, 0) | counts
        rates = a.rates_of(c)
        return a.Figures(unit, a.UnitKind.AGENCY, c, {}, {}, rates, a.score_of(rates, a.Weights()))

    good = figures("WATER", dispatched=10, accepted=10, accepted_on_time=10, disposed=10, disposed_on_time=10,
                   verified=10, verified_first_time=10, closed=10)
    assert good.score == 100.0
    half = figures("ROADS", dispatched=10, accepted=10, accepted_on_time=5, disposed=10, disposed_on_time=5,
                   verified=10, verified_first_time=5, returned=5, closed=5)
    assert half.score == 50.0
    same = figures("GAS", **dict(half.counts))
    idle = figures("PARKS")  # nothing dispatched: not judged, last
    assert idle.score is None
    before = {"ROADS": figures("ROADS", **dict(good.counts)), "WATER": figures("WATER", **dict(half.counts))}
    ranked = a.rank({f.unit: f for f in (good, half, same, idle)}, before)
    assert [(r.unit, r.position) for r in ranked] == [("WATER", 1), ("GAS", 2), ("ROADS", 2), ("PARKS", 4)]
    by_unit = {r.unit: r for r in ranked}
    assert (by_unit["WATER"].previous, by_unit["WATER"].change) == (2, 1)
    assert (by_unit["ROADS"].previous, by_unit["ROADS"].change) == (1, -1)
    assert by_unit["GAS"].previous is None and by_unit["GAS"].change is None
    # weights change the score; nonsense weights are refused
    assert a.score_of(half.rates, a.Weights(accept_on_time=0, dispose_on_time=1, first_time=0, not_returned=0,
                                            closed=0)) == 50.0
    for bad in ({"closed": -1.0}, {"closed": float("nan")},
                dict.fromkeys(("accept_on_time", "dispose_on_time", "first_time", "not_returned", "closed"), 0.0)):
        with pytest.raises(ValueError):
            a.Weights(**bad)


def test_periods_are_the_citys_weeks_and_months():
    from datetime import UTC

    # 2026-11-30 23:30 in the city is 15:30 UTC on a Monday
    moment = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    month = a.Period.containing(a.PeriodKind.MONTH, moment)
    assert (month.start, month.end) == (datetime(2026, 10, 31, 16, tzinfo=UTC), datetime(2026, 11, 30, 16, tzinfo=UTC))
    assert month.label == "2026-11" and month.holds(moment)
    assert month.previous().label == "2026-10"
    week = a.Period.containing(a.PeriodKind.WEEK, moment)
    assert week.start == datetime(2026, 11, 29, 16, tzinfo=UTC) and week.label == "2026-W49"
    assert week.previous().end == week.start


def test_drill_down_names_exactly_the_incidents_behind_a_number():
    lives = []
    for n, (lead, passed) in enumerate((("WATER", True), ("WATER", False), ("ROADS", False))):
        t = NOW + timedelta(hours=n)
        report = {"id": f"inc-{n}", "title": "管道爆裂", "category": "pipe_burst", "source": "hotline_12345",
                  "severity": 2, "lon": 121.5, "lat": 31.2, "street": "S11", "district": "D1"}
        incident, history = None, []
        for k, (action, args) in enumerate([(Action.REPORT, report), (Action.REGISTER, {}),
                                            (Action.DISPATCH, {"lead_agency": lead}), (Action.ACCEPT, {}),
                                            (Action.DISPOSE, {}), (Action.VERIFY, {"passed": passed})]):
            result = decide(incident, Command(action, f"m-{n}-{k}", {"id": f"inc-{n}", "note": "说明", **args}),
                            ADMIN, t + timedelta(minutes=k), POLICY)
            assert isinstance(result, Applied)
            incident = result.incident
            history.append(result.action)
        lives.append(a.replay(incident, history, POLICY, t + timedelta(hours=1)))
    assert a.behind(lives, a.UnitKind.AGENCY, "WATER", "reworked") == ["inc-1"]
    assert a.behind(lives, a.UnitKind.DISTRICT, "D1", "reworked") == ["inc-1", "inc-2"]
    assert a.assess(lives, a.UnitKind.DISTRICT)["D1"].counts["reworked"] == 2


def test_weights_come_from_a_record_whole_or_not_at_all():
    from dispatch_desk.domain.records import AssessmentWeights

    assert a.weights_of(None) == a.Weights()
    full = {"accept_on_time": 1, "dispose_on_time": 2, "first_time": 3, "not_returned": 0, "closed": 4}
    assert a.weights_of(AssessmentWeights(a.WEIGHTS_KEY, full)) == a.Weights(1, 2, 3, 0, 4)
    assert a.weights_of(AssessmentWeights(a.WEIGHTS_KEY, {"closed": 1})) == a.Weights()  # not whole: the defaults
    for bad in ({**full, "extra": 1}, {**full, "closed": float("nan")}, {**full, "closed": "4"},
                dict.fromkeys(full, 0), [1, 2, 3, 0, 4]):
        with pytest.raises(ValueError):
            a.weights_from(bad)
