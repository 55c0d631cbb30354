"""The generated demo city: deterministic, geometrically sound, and believable in its counts."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime

import pytest
import shapely
from shapely.geometry import Point, Polygon

from dispatch_desk.demo.generator import generate
from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.records import (
    Dimension,
    IncidentStatus,
    KnowledgeKind,
    RegionLevel,
    Role,
    SlaState,
)
from dispatch_desk.domain.sla import SlaPolicy, sla_state

NOW = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)
HALF_UNIT = 0.5e-7  # coordinates are rounded to 7 decimals: a vertex moves by at most this much


def shape(polygon) -> Polygon:
    return Polygon(polygon[0], polygon[1:])


@pytest.fixture(scope="module")
def city() -> SeedBundle:
    # A smaller history than the demo's 20,000 incidents keeps the test quick; the city is the same.
    return generate(7, NOW, incidents=3000, days=30)


def test_the_same_seed_gives_the_same_city():
    first = generate(11, NOW, incidents=200, days=3)
    second = generate(11, NOW, incidents=200, days=3)
    for name in ("regions", "grid_cells", "agencies", "categories", "sla_rules", "officers", "indicators",
                 "knowledge_docs", "incidents", "incident_actions", "readings", "alerts", "duty_shifts", "handovers"):
        assert getattr(first, name) == getattr(second, name), name
    assert first.passwords == second.passwords
    assert first.basemap == second.basemap


def test_another_seed_gives_another_city():
    assert generate(11, NOW, incidents=10, days=1).grid_cells != generate(12, NOW, incidents=10, days=1).grid_cells


def test_the_history_size_does_not_change_the_city():
    small, large = generate(7, NOW, incidents=10, days=1), generate(7, NOW, incidents=50, days=2)
    assert small.grid_cells == large.grid_cells
    assert small.officers == large.officers


def test_one_city_four_districts_sixteen_streets_and_about_two_thousand_cells(city):
    levels = Counter(r.level for r in city.regions)
    assert levels == {RegionLevel.CITY: 1, RegionLevel.DISTRICT: 4, RegionLevel.STREET: 16}
    assert 1800 <= len(city.grid_cells) <= 2400
    names = [r.name for r in city.regions]
    assert names[0] == "申江市"
    assert all(n.endswith(("区", "街道", "镇")) for n in names[1:])
    assert all(c.name.endswith("网格") and c.team and c.agency_grids for c in city.grid_cells)


def test_coordinates_stay_in_the_shanghai_area(city):
    for cell in city.grid_cells:
        minx, miny, maxx, maxy = shape(cell.polygon).bounds
        assert minx >= 121.35 and maxx <= 121.70 and miny >= 31.10 and maxy <= 31.35


def test_every_cell_is_one_valid_polygon(city):
    for cell in city.grid_cells:
        s = shape(cell.polygon)
        assert s.is_valid and s.area > 0, cell.code


def _assert_tiles(parent: Polygon, parts: list[Polygon]) -> None:
    # Rounding can open or close a sliver along each edge at most HALF_UNIT wide: that much area, no more.
    rounding = sum(p.length for p in parts) * HALF_UNIT
    assert rounding < parent.area * 1e-3
    total = sum(p.area for p in parts)
    assert abs(total - parent.area) <= rounding, "gap or overlap in the areas"
    union = shapely.union_all(parts)
    assert abs(union.area - parent.area) <= rounding, "the parts do not cover the parent"
    tree = shapely.STRtree(parts)
    left, right = tree.query(parts, predicate="intersects")
    overlap = sum(parts[i].intersection(parts[j]).area for i, j in zip(left, right, strict=True) if i < j)
    assert overlap <= rounding, "parts overlap"


def test_cells_tile_their_street_without_gaps_or_overlaps(city):
    for street in (r for r in city.regions if r.level == RegionLevel.STREET):
        cells = [shape(c.polygon) for c in city.grid_cells if c.street == street.code]
        assert len(cells) > 40
        _assert_tiles(shape(street.polygon), cells)


def test_streets_tile_their_district_and_districts_tile_the_city(city):
    for parent in (r for r in city.regions if r.level != RegionLevel.STREET):
        children = [shape(r.polygon) for r in city.regions if r.parent == parent.code]
        assert len(children) == 4
        _assert_tiles(shape(parent.polygon), children)


def test_cell_codes_nest_in_their_street_and_district(city):
    streets = {r.code: r for r in city.regions if r.level == RegionLevel.STREET}
    for cell in city.grid_cells:
        assert cell.code.startswith(cell.street)
        assert streets[cell.street].parent == cell.street[:6]
    assert len({c.code for c in city.grid_cells}) == len(city.grid_cells)


def test_every_incident_lies_in_its_grid_cell(city):
    cells = {c.code: c for c in city.grid_cells}
    for incident in city.incidents:
        cell = cells[incident.grid_cell]
        assert shape(cell.polygon).covers(Point(incident.lon, incident.lat)), incident.code
        assert incident.street == cell.street
        assert incident.district == cell.street[:6]


def test_history_has_incidents_in_every_stage_and_some_late(city):
    statuses = Counter(i.status for i in city.incidents)
    for status in (IncidentStatus.CLOSED, IncidentStatus.CANCELLED, IncidentStatus.ACCEPTED,
                   IncidentStatus.DISPOSED, IncidentStatus.SUSPENDED, IncidentStatus.DISPATCHED,
                   IncidentStatus.VERIFIED):
        assert statuses[status] > 0, status
    policy = SlaPolicy(city.categories, city.sla_rules, regions=city.regions)
    states = Counter(sla_state(i, NOW, policy)[0] for i in city.incidents)
    assert states[SlaState.OVERDUE] > 0 and states[SlaState.NEAR] > 0
    assert any(i.supervised for i in city.incidents)
    assert all(i.reported_at <= NOW and i.updated_at <= NOW for i in city.incidents)


def test_history_rows_tell_each_incident_life_in_order(city):
    by_incident: dict[str, list] = {}
    for action in city.incident_actions:
        by_incident.setdefault(action.incident_id, []).append(action)
    assert set(by_incident) == {i.id for i in city.incidents}
    for incident in city.incidents:
        actions = by_incident[incident.id]
        assert actions[0].action == "report" and actions[0].from_status is None
        assert [a.at for a in actions] == sorted(a.at for a in actions)
        for before, after in itertools.pairwise(actions):
            if after.data.get("suspension_ended"):  # a suspension that lapsed by itself at its end time
                assert before.to_status is IncidentStatus.SUSPENDED
                continue
            assert after.from_status == before.to_status
        assert actions[-1].to_status == incident.status
        assert incident.version == len(actions)
    assert len({a.id for a in city.incident_actions}) == len(city.incident_actions)


def test_agencies_officers_and_logins_cover_every_role(city):
    assert 22 <= len(city.agencies) <= 30
    assert {a.stationing.value for a in city.agencies} == {"resident", "regular", "temporary"}
    people = [o for o in city.officers if not o.username.startswith("bot.")]
    assert 60 <= len(people) <= 100
    assert {o.role for o in people} == set(Role)
    for username in ("ops", "ops.pd", "agency.cg", "street.lj", "liaison.1", "leader", "admin"):
        assert city.passwords[username] == "demo1234"
    assert all(o.username in city.passwords for o in city.officers)


def test_categories_route_to_agencies_and_have_sla_rules_per_stage(city):
    agencies = {a.code for a in city.agencies}
    names = {c.name for c in city.categories}
    assert {"暴露垃圾", "占道经营", "井盖缺失", "道路积水", "违章停车", "燃气泄漏隐患", "违法搭建"} <= names
    for category in city.categories:
        assert category.default_agency in agencies and category.group
        stages = {r.stage for r in city.sla_rules if r.category == category.code}
        assert len(stages) == 5
    assert all(0 < r.near_minutes < r.limit_minutes for r in city.sla_rules)


def test_indicators_cover_six_dimensions_at_three_levels(city):
    assert 55 <= len(city.indicators) <= 70
    assert {i.dimension for i in city.indicators} == set(Dimension)
    levels = {r.code: r.level for r in city.regions}
    assert {levels[i.region] for i in city.indicators} == set(RegionLevel)
    by_indicator = Counter(r.indicator for r in city.readings)
    assert set(by_indicator) == {i.code for i in city.indicators}
    assert any(a.level.value == "alarm" for a in city.alerts)


def test_knowledge_base_holds_three_hundred_chinese_documents(city):
    assert len(city.knowledge_docs) == 300
    assert {d.kind for d in city.knowledge_docs} == set(KnowledgeKind)
    assert all(len(d.body) > 60 and any("\u4e00" <= ch <= "\u9fff" for ch in d.title) for d in city.knowledge_docs)


def test_basemap_has_a_river_roads_and_parks(city):
    assert city.basemap["type"] == "FeatureCollection"
    kinds = Counter(f["properties"]["kind"] for f in city.basemap["features"])
    assert kinds["river"] == 1 and kinds["park"] >= 3 and kinds["expressway"] + kinds["road"] >= 6


def test_the_past_marathon_is_a_whole_joint_command_played_through_the_domain_rules(city):
    from dispatch_desk.domain.records import LogKind, OperationStatus, ReportStatus, TaskStatus

    [op] = city.operations
    assert op.status is OperationStatus.CLOSED and op.started_at < op.stood_down_at < op.ended_at <= NOW
    # Seats, not bare liaisons: one per plan agency, checked in and out, closed with the operation.
    plan = next(p for p in city.plans if p.id == op.plan)
    assert {s.agency for s in op.seats} == {t.agency for t in plan.tasks} and op.liaisons == ()
    officers = {o.id: o for o in city.officers}
    for seat in op.seats:
        assert officers[seat.officer].agency == seat.agency and not officers[seat.officer].username.startswith("bot.")
        assert seat.starts_at < seat.checked_in_at < seat.checked_out_at < seat.closed_at == op.ended_at
    assert all(op.id not in o.operations for o in city.officers)  # nobody keeps the closed operation's scope
    assert {t.status for t in city.tasks} == {TaskStatus.DONE} and len(city.tasks) == len(plan.tasks)
    # The log: the people's entries, and what the system recorded by itself marked automatic.
    auto = [e for e in city.log_entries if e.automatic]
    manual = [e for e in city.log_entries if not e.automatic]
    assert all(e.kind == LogKind.SYSTEM.value and e.event for e in auto)
    events = Counter(e.event for e in auto)
    assert events["seat.open"] == events["seat.check_in"] == len(op.seats)
    assert events["task.done"] == len(plan.tasks) and events["report.publish"] == 1
    assert events["operation.close"] == events["operation.stand_down"] == 1
    assert {e.kind for e in manual} >= {"order", "report", "decision"}
    assert [e.at for e in city.log_entries] == sorted(e.at for e in city.log_entries)
    # One published report, the final one, with every agency's section; the operation closed with it.
    [report] = city.sitreps
    assert report.status is ReportStatus.PUBLISHED and report.final and report.number == 1
    assert op.final_report == report.id and op.reports_published == 1
    assert {s.agency for s in report.sections} == {s.agency for s in op.seats}


def test_the_demo_city_starts_with_last_week_published(tmp_path):
    """A leader's first look finds last week published by the city center, with rankings that differ."""
    from dispatch_desk.central import admin, ledger
    from dispatch_desk.central.storage import Storage
    from dispatch_desk.demo.backend import publish_last_week
    from dispatch_desk.domain import assessment as a
    from dispatch_desk.domain.records import PublishedAssessment

    now = datetime.now(UTC)
    bundle = generate(7, now, incidents=600, days=15)
    week = a.Period.containing(a.PeriodKind.WEEK, now).previous()
    storage = Storage.open(str(tmp_path / "central.db"))
    try:
        admin.load_bundle(storage, bundle)
        assert not publish_last_week(storage, bundle, 6)  # a history shorter than the week: nothing to freeze
        assert publish_last_week(storage, bundle, 15)
        with storage.transaction() as tx:
            record = ledger.get(tx, PublishedAssessment, a.published_id(week))
        assert record is not None
        assert record.incidents == sum(1 for i in bundle.incidents if week.holds(i.reported_at)) > 0
        scores = {f.score for f in a.thaw(record.standing).figures[a.UnitKind.AGENCY].values()}
        assert len(scores) > 3
        assert not publish_last_week(storage, bundle, 15)  # published once
    finally:
        storage.close()


def test_the_roster_changes_shift_minutes_after_the_city_is_made_and_the_past_changes_are_signed(city):
    from datetime import timedelta

    from dispatch_desk.domain import duty

    change = min(s.ends_at for s in city.duty_shifts if s.ends_at > NOW)
    assert timedelta(minutes=4) <= change - NOW < timedelta(minutes=10) and change.minute % 5 == 0
    city_code = city.regions[0].code
    [ending] = [s for s in city.duty_shifts if s.ends_at == change and s.region == city_code and s.post == duty.CHIEF]
    assert ending.officer == "o-ops"  # the demo's own desk hands over first
    [coming] = [s for s in city.duty_shifts if s.starts_at == change and s.region == city_code
                and s.post == duty.CHIEF]
    assert coming.officer == "o-ops.2"
    regions = {s.region for s in city.duty_shifts}
    assert len(duty.teams(city.duty_shifts, NOW)) == len(regions) == 5  # the city center and four districts
    kept = {h.id: h for h in city.handovers}
    assert all(h.handed_over_by and h.taken_over_by for h in kept.values())
    assert all(s.id in kept for s in duty.covering(city.duty_shifts, NOW))  # the running shifts were taken over
    assert not any(s.id in kept for s in city.duty_shifts if s.starts_at > NOW)
    assert duty.awaiting(city.duty_shifts, "o-ops", NOW, kept.get) == ("hand_over", ending)
