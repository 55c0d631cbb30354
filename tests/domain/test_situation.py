"""The figures a situation report is prefilled from: incidents in the area, indicators against their
thresholds, task progress per agency."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.domain.alerting import Level, threshold_level
from dispatch_desk.domain.records import (
    Category,
    Dimension,
    Direction,
    Incident,
    IncidentStatus,
    Indicator,
    Operation,
    OperationStatus,
    Plan,
    PlanTask,
    Region,
    RegionLevel,
    Severity,
    Source,
    Task,
    TaskStatus,
)
from dispatch_desk.domain.situation import (
    area_regions,
    incident_counts,
    plan_dimensions,
    situation_figures,
)

NOW = datetime(2026, 9, 14, 6, 0, tzinfo=UTC)


def _square(lon: float, lat: float, size: float = 0.01):
    return (((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat)),)


REGIONS = [
    Region("C", "市", RegionLevel.CITY, polygon=_square(121.40, 31.20, 0.02)),
    Region("D1", "一区", RegionLevel.DISTRICT, "C", _square(121.40, 31.20, 0.02)),
    Region("S11", "一街道", RegionLevel.STREET, "D1", _square(121.40, 31.20)),
    Region("S12", "二街道", RegionLevel.STREET, "D1", _square(121.41, 31.20)),
    Region("D9", "远区", RegionLevel.DISTRICT, "C", _square(122.00, 31.50)),
]


def _op(**kw) -> Operation:
    base = dict(id="op1", name="防台", kind="emergency", status=OperationStatus.ACTIVE, commander="boss",
                agencies=("SW", "JT"), started_at=NOW - timedelta(hours=2))
    return Operation(**{**base, **kw})


def _task(n: int, agency: str, status: TaskStatus, due: timedelta | None = None, **kw) -> Task:
    return Task(id=f"t{n}", operation=kw.pop("operation", "op1"), agency=agency, title=f"任务{n}", status=status,
                assigned_at=NOW - timedelta(hours=1), updated_at=NOW, due_at=None if due is None else NOW + due,
                **kw)


def _incident(n: int, status: IncidentStatus, due: timedelta | None = None) -> Incident:
    return Incident(id=f"i{n}", title="积水", category="waterlogging", source=Source.GRID_PATROL,
                    severity=Severity.NORMAL, status=status, lon=121.405, lat=31.205, reported_at=NOW,
                    updated_at=NOW, due_at=None if due is None else NOW + due)


def test_task_progress_per_agency_in_the_operations_order_with_overdue_and_blocked_reasons():
    tasks = [
        _task(1, "JT", TaskStatus.ASSIGNED, due=timedelta(minutes=-5)),  # overdue
        _task(2, "JT", TaskStatus.DONE, due=timedelta(minutes=-5)),  # done late is not overdue
        _task(3, "SW", TaskStatus.BLOCKED, due=timedelta(minutes=30), blocked_reason="泵站断电"),
        _task(4, "SW", TaskStatus.IN_PROGRESS),
        _task(5, "SW", TaskStatus.CANCELLED, due=timedelta(minutes=-30)),  # cancelled is not overdue
        _task(6, "CG", TaskStatus.ACCEPTED, due=timedelta(0)),  # at the due instant: in time
        _task(7, "SW", TaskStatus.DONE, operation="other"),  # another operation's task
    ]
    figures = situation_figures(_op(), now=NOW, tasks=tasks)
    assert [a.agency for a in figures.agencies] == ["SW", "JT", "CG"]
    sw, jt, cg = figures.agencies
    assert (sw.in_progress, sw.blocked, sw.cancelled, sw.done, sw.total, sw.open) == (1, 1, 1, 0, 3, 2)
    assert sw.blocked_reasons == ("泵站断电",)
    assert (jt.assigned, jt.done, jt.overdue) == (1, 1, 1)
    assert (cg.accepted, cg.overdue) == (1, 0)
    assert (figures.tasks_total, figures.tasks_done, figures.tasks_open, figures.tasks_overdue,
            figures.tasks_blocked) == (6, 1, 4, 1, 1)
    assert sw.count(TaskStatus.BLOCKED) == 1


def test_incidents_from_records_and_from_counts_give_the_same_figures():
    records = [_incident(1, IncidentStatus.REPORTED, timedelta(minutes=-1)),
               _incident(2, IncidentStatus.DISPATCHED, timedelta(minutes=10)),
               _incident(3, IncidentStatus.DISPATCHED, timedelta(minutes=-10)),
               _incident(4, IncidentStatus.CLOSED, timedelta(minutes=-10))]  # closed: never overdue
    counts, overdue = incident_counts(records, NOW)
    assert counts == {IncidentStatus.REPORTED: 1, IncidentStatus.DISPATCHED: 2, IncidentStatus.CLOSED: 1}
    assert overdue == 2
    from_records = situation_figures(_op(), now=NOW, incidents=records).incidents
    from_counts = situation_figures(_op(), now=NOW, counts={"reported": 1, "dispatched": 2, "closed": 1},
                                    overdue=2).incidents
    assert from_records == from_counts
    assert (from_counts.total, from_counts.open, from_counts.overdue) == (4, 3, 2)
    assert [s for s, _ in from_counts.by_status] == [IncidentStatus.REPORTED, IncidentStatus.DISPATCHED,
                                                     IncidentStatus.CLOSED]
    assert from_counts.count(IncidentStatus.VERIFIED) == 0


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        situation_figures(_op(), now=NOW, counts={"reported": -1})
    with pytest.raises(ValueError):
        situation_figures(_op(), now=NOW, counts={"bogus": 1})


def test_thresholds_by_direction():
    up = Indicator("rain", "降雨", Dimension.ENVIRONMENT, "mm", "C", warn=50, alarm=100)
    down = Indicator("pressure", "水压", Dimension.UTILITIES, "MPa", "C", warn=0.2, alarm=0.1,
                     direction=Direction.DOWN)
    assert [threshold_level(up, v) for v in (None, 49.9, 50, 99, 100)] == [
        Level.NORMAL, Level.NORMAL, Level.WARN, Level.WARN, Level.ALARM]
    assert [threshold_level(down, v) for v in (0.3, 0.2, 0.15, 0.1)] == [
        Level.NORMAL, Level.WARN, Level.WARN, Level.ALARM]
    only_alarm = Indicator("x", "x", Dimension.SAFETY, "", "C", alarm=5)
    assert threshold_level(only_alarm, 4) is Level.NORMAL and threshold_level(only_alarm, 5) is Level.ALARM


def test_indicators_of_the_areas_regions_and_the_plans_dimensions_worst_first():
    indicators = [
        Indicator("rain", "降雨", Dimension.ENVIRONMENT, "mm", "C", warn=50, alarm=100, decimals=0),
        Indicator("ponding", "积水", Dimension.UTILITIES, "cm", "S11", warn=10, alarm=20),
        Indicator("far", "远处积水", Dimension.UTILITIES, "cm", "D9", warn=10, alarm=20),
        Indicator("metro", "地铁客流", Dimension.VITALITY, "万人次", "C"),
        Indicator("quiet", "风速", Dimension.ENVIRONMENT, "m/s", "S12", warn=17, alarm=25),
    ]
    latest = {"rain": (NOW, 120.0), "ponding": (NOW, 12.0), "far": (NOW, 30.0), "metro": (NOW, 80.0)}
    op = _op(area=_square(121.402, 31.202, 0.004))  # inside S11 only
    regions = area_regions(op, REGIONS)
    assert regions == {"S11", "D1", "C"}
    figures = situation_figures(op, now=NOW, indicators=indicators, latest=latest, regions=regions,
                                dimensions=frozenset({Dimension.ENVIRONMENT, Dimension.UTILITIES}))
    assert [f.code for f in figures.indicators] == ["rain", "ponding"]
    rain, ponding = figures.indicators
    assert (rain.level, ponding.level) == (Level.ALARM, Level.WARN)
    assert rain.formatted() == "120" and ponding.formatted() == "12.0"
    assert figures.beyond(Level.ALARM) == (rain,)
    everything = situation_figures(op, now=NOW, indicators=indicators, latest=latest)
    assert {f.code for f in everything.indicators} == {"rain", "ponding", "far", "metro", "quiet"}
    no_value = next(f for f in everything.indicators if f.code == "quiet")
    assert no_value.value is None and no_value.formatted() == "—" and no_value.level is Level.NORMAL
    assert everything.indicators[-1].code == "quiet"  # no reading: last


def test_regions_an_area_was_taken_from_count_without_a_drawn_area():
    assert area_regions(_op(regions=("S12",)), REGIONS) == {"S12", "D1", "C"}
    assert area_regions(_op(), REGIONS) == frozenset()
    # an area touching a street only along its border does not take that street's indicators
    touching = _op(area=_square(121.405, 31.205, 0.005))
    assert "S12" not in area_regions(touching, REGIONS)


def test_plan_dimensions_follow_the_categories_routed_to_its_agencies():
    categories = [Category("waterlogging", "积水", default_agency="SW", dimension=Dimension.UTILITIES),
                  Category("jam", "拥堵", default_agency="JT", dimension=Dimension.TRAFFIC),
                  Category("noise", "噪声", default_agency="HB", dimension=Dimension.ENVIRONMENT)]
    plan = Plan("p", "防汛", "typhoon", (PlanTask("SW", "开泵"), PlanTask("JT", "疏导")))
    assert plan_dimensions(plan, categories) == {Dimension.UTILITIES, Dimension.TRAFFIC}
    assert plan_dimensions(None, categories) is None
    assert plan_dimensions(Plan("q", "空", "x", (PlanTask("ZZ", "无"),)), categories) is None


def test_figures_are_frozen():
    figures = situation_figures(_op(), now=NOW)
    with pytest.raises(AttributeError):
        figures.operation = "x"  # type: ignore[misc]
    assert figures.at == NOW and figures.agencies == () and figures.incidents.total == 0
