"""Published assessments on the central service, on both backends: the city center freezes a finished
week, counted over every incident with the domain's own functions, and every officer's feed brings the
same figures; a second publication, a running period, other roles and bad arguments change nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain import assessment as a
from dispatch_desk.domain.codec import encode_time, from_wire
from dispatch_desk.domain.records import Officer, PublishedAssessment, Role
from dispatch_desk.domain.sla import SlaPolicy
from dispatch_desk.domain.workflow import Action, Applied, Command, decide
from tests.support.central import CentralServer, city_bundle, visible

ADMIN = Officer("o-admin", "admin", "admin", Role.ADMIN)
LAST_WEEK = a.Period.containing(a.PeriodKind.WEEK, datetime.now(UTC)).previous()
# (street, district, lead agency, minutes to acceptance, verified first time)
PLAN = [("S11", "D1", "CG", 10, True), ("S11", "D1", "CG", 200, False), ("S21", "D2", "SW", 30, True),
        ("S12", "D1", "SW", 15, True)]


def _policy() -> SlaPolicy:
    bundle = city_bundle()
    return SlaPolicy(bundle.categories, bundle.sla_rules, regions=bundle.regions)


def _histories(period: a.Period) -> list[tuple]:
    """Incidents reported in `period`, taken through their lives by the real workflow."""
    out = []
    for n, (street, district, agency, accept_after, passed) in enumerate(PLAN):
        at = period.start + timedelta(days=1, hours=n)
        report = {"id": f"inc-a{n}", "title": "垃圾堆放", "category": "garbage", "source": "grid_patrol",
                  "severity": 2, "lon": 121.405, "lat": 31.205, "street": street, "district": district}
        steps = [(Action.REPORT, report, 0), (Action.REGISTER, {}, 5), (Action.DISPATCH, {"lead_agency": agency}, 10),
                 (Action.ACCEPT, {}, 10 + accept_after), (Action.DISPOSE, {"note": "已清理"}, 300),
                 (Action.VERIFY, {"passed": passed, "note": "" if passed else "仍有残留"}, 360)]
        incident, actions = None, []
        for k, (action, args, minutes) in enumerate(steps):
            result = decide(incident, Command(action, f"m-a{n}-{k}", {"id": f"inc-a{n}", **args}), ADMIN,
                            at + timedelta(minutes=minutes), _policy())
            assert isinstance(result, Applied), (action, result)
            incident = result.incident
            actions.append(result.action)
        out.append((incident, actions))
    return out


def _publish(city: CentralServer, username: str, of: a.Period = LAST_WEEK, **args) -> dict:
    return city.client(username).mutate("assessment.publish", {
        "period": of.kind.value, "start": encode_time(of.start), **args})


def test_a_published_week_reaches_every_desk_with_the_figures_the_domain_counts(any_city: CentralServer) -> None:
    made = _histories(LAST_WEEK)
    for incident, actions in made:
        any_city.add(incident, *actions)
    result = _publish(any_city, "ops")
    assert result["outcome"] == "applied", result

    state = visible(any_city.client("sup_s21").pull()[0])  # a street supervisor's feed: scope does not matter
    data = state[("assessment", a.published_id(LAST_WEEK))]
    record = from_wire(PublishedAssessment, data)
    assert record.incidents == len(PLAN) and record.published_by == "o-ops" and record.start == LAST_WEEK.start
    lives = [a.replay(i, h, _policy(), LAST_WEEK.end) for i, h in made]
    expected = a.standing(lives, [])
    frozen = a.thaw(record.standing)
    assert frozen == a.thaw(a.freeze(expected))
    cg = frozen.figures[a.UnitKind.AGENCY]["CG"]
    assert cg.counts["accepted"] == 2 and cg.counts["reworked"] == 1
    assert frozen.city is not None and frozen.city.counts["reported"] == len(PLAN)

    again = _publish(any_city, "admin")
    assert again["outcome"] == "conflict" and again["code"] == "exists", again
    assert visible(any_city.client("ops").pull()[0])[("assessment", record.id)] == data  # unchanged


def test_only_the_city_center_publishes_and_only_a_finished_period(any_city: CentralServer) -> None:
    assert _publish(any_city, "leader")["code"] == "read_only"
    assert _publish(any_city, "ops_d1")["code"] == "forbidden"
    assert _publish(any_city, "cg")["code"] == "forbidden"
    running = a.Period.containing(a.PeriodKind.MONTH, datetime.now(UTC))
    assert _publish(any_city, "ops", running)["code"] == "wrong_status"
    odd = _publish(any_city, "ops", start=encode_time(LAST_WEEK.start + timedelta(hours=1)))
    assert odd["outcome"] == "rejected" and odd["code"] == "bad_args"
    assert _publish(any_city, "ops", period="year")["code"] == "bad_args"
    state = visible(any_city.client("ops").pull()[0])
    assert not [key for key in state if key[0] == "assessment"]


def test_the_administrator_sets_the_weights_and_publications_count_with_them(any_city: CentralServer) -> None:
    for incident, actions in _histories(LAST_WEEK):
        any_city.add(incident, *actions)
    only_closure = {"accept_on_time": 0, "dispose_on_time": 0, "first_time": 0, "not_returned": 0, "closed": 1}
    for username, code in (("leader", "read_only"), ("ops", "forbidden")):
        assert any_city.client(username).mutate("assessment.set_weights", {"weights": only_closure})["code"] == code
    admin = any_city.client("admin")
    for bad in ({**only_closure, "closed": 0}, {**only_closure, "closed": -1}, {"closed": 1},
                {**only_closure, "closed": "much"}, {**only_closure, "closed": True}, None):
        refused = admin.mutate("assessment.set_weights", {"weights": bad})
        assert refused["outcome"] == "rejected" and refused["code"] == "bad_args", (bad, refused)
    assert admin.mutate("assessment.set_weights", {"weights": only_closure})["outcome"] == "applied"
    assert _publish(any_city, "ops")["outcome"] == "applied"
    state = visible(any_city.client("sup_s11").pull()[0])
    assert state[("assessment_weights", a.WEIGHTS_KEY)]["weights"]["closed"] == 1
    record = from_wire(PublishedAssessment, state[("assessment", a.published_id(LAST_WEEK))])
    assert record.weights == {**{k: 0.0 for k in only_closure}, "closed": 1.0}
    frozen = a.thaw(record.standing)
    for figures in frozen.figures[a.UnitKind.AGENCY].values():  # the score is the closure rate alone now
        assert figures.score == round(100 * figures.rates["closed"], 1)
