"""The simulator over simulated days: rates stay in their bounds, bots react, events play out.

A recording central service stands in for the real one here (what the simulator sends is the point);
tests/demo/test_backend.py runs it against the real service over loopback.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from shapely.geometry import Point, Polygon

from dispatch_desk.demo.clock import SimulatedClock
from dispatch_desk.demo.simulator import Rates, Simulator
from dispatch_desk.domain.records import Reading
from dispatch_desk.domain.wire import Change, ChangesPage, MutationResult, Outcome

START = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)  # local midnight


class RecordingCentral:
    """Accepts everything and remembers it; the feed says what the test puts in it."""

    def __init__(self, clock: SimulatedClock) -> None:
        self.clock = clock
        self.mutations: list[tuple[datetime, str, str, dict[str, Any]]] = []
        self.readings: list[Reading] = []
        self.feed: list[Change] = []
        self.signed_in: list[str] = []

    def mutate(self, bot: str, mutations: Sequence[tuple[str, str, dict[str, Any]]]) -> list[MutationResult]:
        out = []
        for mid, name, args in mutations:
            self.mutations.append((self.clock.now(), bot, name, args))
            out.append(MutationResult(id=mid, outcome=Outcome.APPLIED))
        return out

    def post_readings(self, bot: str, readings: Sequence[Reading]) -> int:
        self.readings.extend(readings)
        return len(readings)

    def changes(self, bot: str, since: int, limit: int = 2000) -> ChangesPage:
        page = self.feed[since : since + limit]
        return ChangesPage(changes=page, next_since=since + len(page), has_more=since + len(page) < len(self.feed))

    def seq(self) -> int:
        return 0

    def sign_in(self, bot: str) -> None:
        self.signed_in.append(bot)

    def push_incident(self, **data: Any) -> None:
        self.feed.append(Change(seq=len(self.feed) + 1, entity="incident", key=data["id"], op="upsert", data=data))

    def named(self, name: str) -> list[tuple[datetime, str, str, dict[str, Any]]]:
        return [m for m in self.mutations if m[2] == name]


def simulate(rates: Rates, hours: float, *, event: str | None = None) -> tuple[Simulator, RecordingCentral]:
    clock = SimulatedClock(START)
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=rates, clock=clock)
    if event:
        sim.start_event(event)
    sim.run(hours * 3600)
    return sim, central


@pytest.fixture(scope="module")
def day() -> tuple[Simulator, RecordingCentral]:
    return simulate(Rates(incidents_per_hour=60, reading_interval=60, tick=30), 24)


def test_reports_follow_the_daily_rhythm_within_the_configured_rate(day):
    sim, central = day
    reports = central.named("incident.report")
    assert 0.7 * 60 * 24 <= len(reports) <= 1.3 * 60 * 24
    by_local_hour = Counter((at + timedelta(hours=8)).hour for at, *_ in reports)
    night = sum(by_local_hour[h] for h in (1, 2, 3, 4))
    day_time = sum(by_local_hour[h] for h in (9, 10, 11, 12))
    assert day_time > 3 * night


def test_reports_come_from_every_source_and_lie_in_the_city(day):
    sim, central = day
    reports = [args for *_, args in central.named("incident.report")]
    assert {a["source"] for a in reports} >= {"hotline_12345", "grid_patrol", "iot_sensor", "video_ai",
                                               "citizen_app", "police_110"}
    assert all(sim.geo.outline.covers(Point(a["lon"], a["lat"])) for a in reports)
    assert len({a["category"] for a in reports}) > 20
    assert all(bot == "bot.intake" for _, bot, name, _ in central.mutations if name == "incident.report")


def test_readings_come_every_interval_for_every_indicator(day):
    sim, central = day
    per_indicator = Counter(r.indicator for r in central.readings)
    assert set(per_indicator) == {ind.code for ind, _ in sim.catalogue}
    assert max(per_indicator.values()) <= 24 * 60 + 1
    times = sorted({r.at for r in central.readings})
    assert all((b - a) >= timedelta(seconds=60) for a, b in zip(times, times[1:], strict=False))


def test_a_monitored_sensor_goes_silent_soon_after_the_start_for_longer_than_a_silence_needs(day):
    from dispatch_desk.domain.alerting import MIN_SILENCE

    sim, central = day
    indicators = {ind.code: ind for ind, _ in sim.catalogue}
    start = min(r.at for r in central.readings)
    by_indicator: dict[str, list[datetime]] = {}
    for r in central.readings:
        by_indicator.setdefault(r.indicator, []).append(r.at)
    gaps = sorted((b - a, a, code) for code, times in by_indicator.items()
                  for a, b in zip(sorted(times), sorted(times)[1:], strict=False) if b - a > MIN_SILENCE)
    assert gaps, "no sensor went silent"
    first = min(gaps, key=lambda g: g[1])
    assert first[1] - start < timedelta(minutes=5) and indicators[first[2]].warn is not None
    assert len({code for _gap, _at, code in gaps}) >= 2  # and others later in the day


def test_anomalies_cross_thresholds_now_and_then(day):
    sim, central = day
    assert sim.stats.anomalies >= 5
    indicators = {ind.code: ind for ind, _ in sim.catalogue}
    crossed = set()
    for r in central.readings:
        ind = indicators[r.indicator]
        if ind.warn is not None and (r.value >= ind.warn if ind.direction.value == "up" else r.value <= ind.warn):
            crossed.add(ind.code)
    assert crossed


def test_a_flat_rate_is_the_same_at_every_hour():
    """`diurnal=False` is what a test on the wall clock uses: 3 a.m. reports as often as noon."""
    shaped = Simulator(RecordingCentral(SimulatedClock(START)), seed=7, rates=Rates(incidents_per_hour=600, max_incidents_per_hour=5000))
    flat = Simulator(RecordingCentral(SimulatedClock(START)), seed=7, rates=Rates(incidents_per_hour=600, max_incidents_per_hour=5000, diurnal=False))
    hours = [START + timedelta(hours=h) for h in range(24)]
    assert {flat.hourly_rate(t) for t in hours} == {600.0}
    assert min(shaped.hourly_rate(t) for t in hours) < 100 < 600 * 1.5 < max(shaped.hourly_rate(t) for t in hours)


def test_the_report_rate_is_capped_whatever_is_asked():
    rates = Rates(incidents_per_hour=50_000, max_incidents_per_hour=120, reading_interval=600, tick=10)
    sim, central = simulate(rates, 3)
    times = [at for at, *_ in central.named("incident.report")]
    assert len(times) <= 3 * 120 + 2
    for start in times:  # no sliding hour holds more than the cap (plus the bucket's small burst)
        assert sum(1 for t in times if start <= t < start + timedelta(hours=1)) <= 120 + 2


def test_agency_bots_accept_dispatched_incidents_and_dispose_them_later():
    rates = Rates(incidents_per_hour=0, reading_interval=600, accept_share=1.0, return_share=0.0,
                  dispose_share=1.0, tick=5)
    clock = SimulatedClock(START)
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=rates, clock=clock)
    central.push_incident(id="i-1", status="reported", category="street_vending", lead_agency=None)
    sim.run(10)
    central.push_incident(id="i-1", status="dispatched", category="street_vending", lead_agency="cg")
    sim.run(rates.accept_delay[1] + 10)
    accepted = central.named("incident.accept")
    assert [(bot, args["id"]) for _, bot, _, args in accepted] == [("bot.cg", "i-1")]
    assert rates.accept_delay[0] <= (accepted[0][0] - START).total_seconds() - 10 <= rates.accept_delay[1] + 10
    central.push_incident(id="i-1", status="accepted", category="street_vending", lead_agency="cg")
    sim.run(rates.dispose_delay[1] + 10)
    disposed = central.named("incident.dispose")
    assert [(bot, args["id"]) for _, bot, _, args in disposed] == [("bot.cg", "i-1")]
    assert disposed[0][3]["note"]


def test_a_bot_leaves_an_incident_alone_once_a_person_moved_it():
    rates = Rates(incidents_per_hour=0, reading_interval=600, accept_share=1.0, return_share=0.0, tick=5)
    clock = SimulatedClock(START)
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=rates, clock=clock)
    central.push_incident(id="i-2", status="dispatched", category="illegal_parking", lead_agency="jj")
    sim.run(5)
    central.push_incident(id="i-2", status="cancelled", category="illegal_parking", lead_agency="jj")
    sim.run(rates.accept_delay[1] + 10)
    assert central.named("incident.accept") == []


def test_the_ops_bot_carries_its_share_through_the_whole_cycle():
    rates = Rates(incidents_per_hour=200, ops_share=1.0, reading_interval=600, tick=5)
    clock = SimulatedClock(START + timedelta(hours=2))  # 10:00 local
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=rates, clock=clock)
    sim.run(600)
    reports = central.named("incident.report")
    registered = central.named("incident.register")
    assert reports and len(registered) >= len(reports) // 2
    assert all(bot == "bot.ops" for _, bot, _, _ in registered)


def test_a_typhoon_opens_a_joint_command_and_bends_wind_and_rain():
    clock = SimulatedClock(START + timedelta(hours=2))
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=Rates(incidents_per_hour=60, reading_interval=60, tick=10), clock=clock)
    run = sim.start_event("typhoon")
    sim.run(run.duration.total_seconds() + 60)
    assert sim.event is None and run.finished
    [(opened_at, bot, _, opened)] = central.named("operation.start")
    assert bot == "bot.ops" and opened["plan"] == "plan-typhoon" and opened["kind"] == "emergency"
    assert {"sw", "qx", "mz"} <= set(opened["agencies"])
    [(closed_at, _, _, closed)] = central.named("operation.close")
    assert closed["id"] == opened["id"] and closed_at - opened_at >= run.duration
    logged = central.named("log.append")
    assert {a["text"] for *_, a in logged} >= {text for _, _, text in run.log_script}
    assert all(opened_at <= at <= closed_at for at, *_ in logged)
    done = {args["id"] for *_, args in central.named("task.done")}
    assert done >= set(run.tasks) and all(t.startswith(opened["id"]) for t in done)
    # Liaisons sit in seats now: the listed people for agencies of the plan, and one bot per plan agency,
    # every seat until an hour after the event's end.
    seats = {a["officer"]: a for *_, a in central.named("seat.open")}
    assert {"o-liaison.1", "o-liaison.2", "o-liaison.3"} <= set(seats)
    assert {a["agency"] for o, a in seats.items() if o.startswith("o-liaison.")} <= set(opened["agencies"])
    assert {o for o in seats if o.startswith("o-bot.")} == {f"o-bot.{a}" for a in opened["agencies"]}
    assert all(datetime.fromisoformat(a["ends_at"]) == run.start + run.duration + timedelta(hours=1)
               for a in seats.values())
    assert all(a["operation"] == opened["id"] for a in seats.values())
    # The response level is raised once; the operation stands down before it closes with its final report.
    [(_, _, _, level)] = central.named("operation.set_level")
    assert level["level"] < opened["level"]
    [(stood_at, _, _, _)] = central.named("operation.stand_down")
    assert stood_at < closed_at and closed["final_report"] == run.final_report
    wind = [r.value for r in central.readings if r.indicator == "wind.319900"]
    assert max(wind) >= 17.2  # the alarm threshold (force 8)
    reports = [args for *_, args in central.named("incident.report")]
    assert all(a.get("operation") == opened["id"] for a in reports)
    storm = Counter(a["category"] for a in reports)
    assert storm["waterlogging"] + storm["fallen_tree"] > len(reports) * 0.25
    # 智能发现 is the central service's job (tests/central/test_vitals.py plays this typhoon against it):
    # the simulator drives the monitored ponding points past their alarm threshold and reports nothing itself.
    ponding = [r.value for r in central.readings if r.indicator.startswith("ponding.")]
    assert max(ponding) >= 27  # the alarm threshold
    assert not [a for a in reports if a["source"] == "indicator_alarm"]


def test_an_unknown_event_is_refused():
    clock = SimulatedClock(START)
    sim = Simulator(RecordingCentral(clock), seed=7, clock=clock)
    with pytest.raises(ValueError):
        sim.start_event("earthquake")


def test_a_control_file_starts_an_event_in_a_running_simulator(tmp_path):
    clock = SimulatedClock(START)
    sim = Simulator(RecordingCentral(clock), seed=7, clock=clock, control_dir=tmp_path,
                    rates=Rates(reading_interval=600, tick=5))
    (tmp_path / "event.request").write_text("marathon 12", encoding="utf-8")
    sim.run(5)
    assert sim.event is not None and sim.event.kind == "marathon"
    assert sim.event.duration == timedelta(minutes=12)
    assert not (tmp_path / "event.request").exists()


def test_a_marathon_runs_along_its_course_and_jams_the_roads():
    clock = SimulatedClock(START + timedelta(hours=23))  # 07:00 local, race morning
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=Rates(incidents_per_hour=120, reading_interval=60, tick=10), clock=clock)
    run = sim.start_event("marathon", minutes=60)
    course = run.route()
    sim.run(3600 + 60)
    [(_, _, _, opened)] = central.named("operation.start")
    area = Polygon(opened["area"][0], opened["area"][1:])
    assert opened["kind"] == "major_event" and area.covers(course.interpolate(0.5, normalized=True))
    assert area.area < sim.geo.outline.area / 4
    reports = [args for *_, args in central.named("incident.report")]
    near = [a for a in reports if course.distance(Point(a["lon"], a["lat"])) < 0.01]
    assert len(near) > len(reports) / 2
    congestion = [r.value for r in central.readings if r.indicator == "congestion.319900"]
    assert max(congestion) >= 6.0  # the warning threshold


def test_stopping_mid_event_closes_its_joint_command():
    clock = SimulatedClock(START + timedelta(hours=2))
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=Rates(reading_interval=600, tick=10), clock=clock)
    run = sim.start_event("typhoon")
    sim.run(60)
    assert central.named("operation.close") == []
    sim.stop()
    sim.run()
    [(_, _, _, closed)] = central.named("operation.close")
    assert closed["id"] == run.operation_id and sim.event is None


def test_what_people_leave_alone_the_night_desk_picks_up_later():
    rates = Rates(incidents_per_hour=0, reading_interval=600, pickup_after=(600, 900), tick=5)
    clock = SimulatedClock(START)
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=7, rates=rates, clock=clock)
    central.push_incident(id="i-3", status="reported", category="streetlight", lead_agency=None)
    sim.run(590)
    assert central.named("incident.register") == []  # time for a person to take it
    sim.run(320)
    assert [(bot, args["id"]) for _, bot, _, args in central.named("incident.register")] == [("bot.ops", "i-3")]


def _event(kind: str, *, seed: int = 7, minutes: float | None = None, feed: list[Change] | None = None):
    clock = SimulatedClock(START + timedelta(hours=2))
    central = RecordingCentral(clock)
    sim = Simulator(central, seed=seed, rates=Rates(incidents_per_hour=30, reading_interval=600, tick=10), clock=clock)
    return sim, central, sim.start_event(kind, minutes)


def test_agency_bots_sit_in_their_seats_and_move_their_tasks_through_every_step():
    sim, central, run = _event("typhoon")
    sim.run(run.duration.total_seconds() + 60)
    seats = {a["id"]: a for *_, a in central.named("seat.open")}
    opened = {a["officer"]: at for at, _, _, a in central.named("seat.open")}
    checked = {(bot, a["seat"]): at for at, bot, _, a in central.named("seat.check_in")}
    # Every agency bot checks itself in, after its seat is open; people check in themselves.
    assert {bot for bot, _ in checked} == {f"bot.{a}" for a in run.bots}
    assert all(seats[seat]["officer"] == f"o-{bot}" and opened[f"o-{bot}"] < at for (bot, seat), at in checked.items())
    assert {bot for _, bot, _, _ in central.named("seat.check_out")} == {f"bot.{a}" for a in run.bots}
    agency_of = {t: v.agency for t, v in run.views.items()}
    steps: dict[str, list[str]] = {}
    for _, bot, name, args in central.mutations:
        if name.startswith("task.") and name != "task.assign":
            assert bot == f"bot.{agency_of[args['id']]}"  # each task is its own agency's
            steps.setdefault(args["id"], []).append(name)
    for task, names in steps.items():
        assert names[:2] == ["task.accept", "task.start"] and names[-1] == "task.done", (task, names)
        if "task.block" in names:  # a blocked task is taken up again before it is done
            assert names[names.index("task.block") + 1] == "task.start"
    blocked = central.named("task.block")
    assert blocked and all(a["reason"] for *_, a in blocked)
    # The bots report in the log, in Chinese, in their agency's name.
    reports = [(bot, a["text"]) for _, bot, _, a in central.named("log.append") if a["kind"] == "report"]
    assert {bot for bot, _ in reports} >= {"bot.sw", "bot.mz"}
    assert all("：" in text and any("\u4e00" <= c <= "\u9fff" for c in text) for _, text in reports)


def test_situation_reports_are_drafted_contributed_to_and_published_the_last_one_final():
    sim, central, run = _event("marathon")
    sim.run(run.duration.total_seconds() + 60)
    drafts = central.named("report.draft")
    assert len(drafts) == len(run.report_shares) + 1 and all(bot == "bot.ops" for _, bot, _, _ in drafts)
    assert [a["final"] for *_, a in drafts] == [False] * len(run.report_shares) + [True]
    published = central.named("report.publish")
    assert [a["id"] for *_, a in published] == [a["id"] for *_, a in drafts]
    assert all(bot == "bot.ops" for _, bot, _, _ in published)
    for (drafted_at, _, _, draft), (published_at, *_) in zip(drafts, published, strict=True):
        assert "区域内新报事件" in draft["conditions"] and draft["actions"] and draft["needs"]
        sections = [(at, bot, a) for at, bot, _, a in central.named("report.contribute") if a["id"] == draft["id"]]
        assert {a["agency"] for _, _, a in sections} == set(run.bots)  # every agency bot writes its section
        assert all(bot == f"bot.{a['agency']}" and drafted_at <= at <= published_at for at, bot, a in sections)
    [(_, _, _, closed)] = central.named("operation.close")
    assert closed["final_report"] == drafts[-1][3]["id"]


def test_a_task_a_person_moved_is_left_to_them_and_ad_hoc_tasks_are_taken_up():
    sim, central, run = _event("typhoon")
    sim.run(30)
    task = run.tasks[1]  # 水务's
    feed = central.feed
    feed.append(Change(seq=len(feed) + 1, entity="task", key=task, op="upsert", data={
        "id": task, "operation": run.operation_id, "agency": "sw", "title": "排查易积水点", "status": "cancelled"}))
    feed.append(Change(seq=len(feed) + 1, entity="task", key="adhoc-1", op="upsert", data={
        "id": "adhoc-1", "operation": run.operation_id, "agency": "gd", "title": "医院双电源巡检", "status": "assigned"}))
    count = len(central.mutations)
    sim.run(run.duration.total_seconds())
    assert not [name for _, _, name, a in central.mutations[count:] if a.get("id") == task]
    adhoc = [(bot, name) for _, bot, name, a in central.mutations if a.get("id") == "adhoc-1"]
    assert adhoc[0] == ("bot.gd", "task.accept") and adhoc[-1] == ("bot.gd", "task.done")


def test_a_person_seated_for_an_agency_gets_first_go_at_its_tasks_and_section():
    sim, central, run = _event("typhoon")
    qx_task = next(t for t in run.tasks if run.views[t].agency == "qx")
    sim.run(run.duration.total_seconds() * 0.1)
    assert not [m for m in central.mutations if m[3].get("id") == qx_task]
    # The liaison writes the weather section of the first report; the bot leaves it to them.
    first = f"{run.operation_id}-sitrep-1"
    central.feed.append(Change(seq=len(central.feed) + 1, entity="sitrep", key=first, op="upsert", data={
        "id": first, "operation": run.operation_id, "status": "draft", "sections": [{"agency": "qx"}]}))
    sim.run(run.duration.total_seconds())
    sections = {(a["id"], a["agency"]) for *_, a in central.named("report.contribute")}
    assert (first, "qx") not in sections and (first, "sw") in sections
    assert (run.final_report, "qx") in sections  # nobody wrote that one: the bot did


def test_the_operation_closed_by_a_person_stops_the_bots():
    sim, central, run = _event("marathon")
    sim.run(60)
    central.feed.append(Change(seq=len(central.feed) + 1, entity="operation", key=run.operation_id, op="upsert",
                               data={"id": run.operation_id, "status": "closed"}))
    sim.run(20)
    count = len(central.mutations)
    sim.run(run.duration.total_seconds())
    assert not [m for m in central.mutations[count:] if not m[2].startswith("incident.")]


def test_an_event_keeps_its_bots_to_a_sane_pace():
    sim, central, run = _event("typhoon", minutes=10)
    sim.run(run.duration.total_seconds() + 60)
    command = [at for at, _, name, _ in central.mutations if not name.startswith("incident.")]
    assert len(command) < 200
    per_tick = Counter(command)
    assert max(per_tick.values()) <= 20 + 2  # the event's own cap per tick, plus its close and opening


def test_the_commander_sends_agencies_to_reported_places_and_their_bots_take_it_from_there():
    sim, central, run = _event("typhoon", seed=8)
    sim.rates = Rates(incidents_per_hour=300, reading_interval=600, tick=10)
    sim.run(run.duration.total_seconds() + 60)
    reported = {a["id"]: a for *_, a in central.named("incident.report")}
    assigned = central.named("task.assign")
    assert assigned and all(bot == "bot.ops" for _, bot, _, _ in assigned)
    for _, _, _, a in assigned:
        [incident] = a["incidents"]
        assert (a["lon"], a["lat"]) == (reported[incident]["lon"], reported[incident]["lat"])  # a place on the map
        assert a["agency"] in run.bots and a["title"].startswith("现场处置")
        steps = [(bot, name) for _, bot, name, b in central.mutations if b.get("id") == a["id"]]
        assert steps[0] == ("bot.ops", "task.assign") and ("bot." + a["agency"], "task.accept") in steps


def test_a_control_file_caught_before_its_text_is_written_is_read_on_the_next_tick(tmp_path):
    clock = SimulatedClock(START)
    sim = Simulator(RecordingCentral(clock), seed=7, clock=clock, control_dir=tmp_path,
                    rates=Rates(reading_interval=600, tick=5))
    (tmp_path / "event.request").write_text("", encoding="utf-8")  # created, not yet written
    sim.run(5)
    assert sim.event is None and (tmp_path / "event.request").exists()
    (tmp_path / "event.request").write_text("typhoon 5", encoding="utf-8")
    sim.run(5)
    assert sim.event is not None and sim.event.kind == "typhoon"
