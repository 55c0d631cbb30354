"""Which vital signs matter to a joint command: the dimensions of its plan's kind, in its area.

A plan's kind names the sort of event it is for; `PLAN_DIMENSIONS` says which of the six vital-sign
dimensions an officer running such an event watches, most important first. `operation_indicators`
picks the indicators of an operation: those of its regions or of a region whose outline overlaps its
area, and — when its plan's kind is known — of the plan's dimensions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.records import Dimension, Indicator, Operation, Plan, Region

D = Dimension

# Plan kind -> the dimensions its events are watched by, most important first.
PLAN_DIMENSIONS: Mapping[str, tuple[Dimension, ...]] = {
    "typhoon": (D.ENVIRONMENT, D.SAFETY, D.TRAFFIC, D.UTILITIES),  # wind, rain, tide; hazards; roads; power
    "flood": (D.ENVIRONMENT, D.SAFETY, D.UTILITIES, D.TRAFFIC),
    "heatwave": (D.UTILITIES, D.ENVIRONMENT, D.SAFETY),
    "snowstorm": (D.TRAFFIC, D.UTILITIES, D.SAFETY, D.ENVIRONMENT),
    "marathon": (D.TRAFFIC, D.VITALITY, D.SAFETY),  # closed roads and crowds
    "festival": (D.VITALITY, D.TRAFFIC, D.SAFETY),
    "conference": (D.SAFETY, D.TRAFFIC, D.VITALITY),
}


def plan_dimensions(kind: str | None) -> tuple[Dimension, ...]:
    """The dimensions of a plan kind; every dimension when the kind is unknown or not given."""
    return PLAN_DIMENSIONS.get(kind or "", tuple(Dimension))


def operation_regions(operation: Operation, regions: Iterable[Region]) -> set[str]:
    """Codes of the operation's regions and of every region whose outline overlaps its area."""
    codes = set(operation.regions)
    area = to_shape(operation.area) if operation.area else None
    if area is None:
        return codes
    for region in regions:
        if region.code in codes or not region.polygon:
            continue
        shape = to_shape(region.polygon)
        if shape is not None and shape.intersects(area) and shape.intersection(area).area > 0:
            codes.add(region.code)
    return codes


def operation_indicators(operation: Operation, plan: Plan | None, indicators: Iterable[Indicator],
                         regions: Iterable[Region]) -> list[Indicator]:
    """The operation's indicators, the plan's dimensions first (in their order), then by code."""
    inside = operation_regions(operation, regions)
    dimensions = plan_dimensions(plan.kind if plan is not None else None)
    rank = {d: n for n, d in enumerate(dimensions)}
    chosen = [i for i in indicators if i.region in inside and i.dimension in rank]
    return sorted(chosen, key=lambda i: (rank[i.dimension], i.code))


def city_headline(indicators: Iterable[Indicator], regions: Iterable[Region], limit: int = 6) -> list[Indicator]:
    """The city's headline vital signs: indicators of the whole city (a region without a parent) that have
    an alarm threshold, the first of each dimension, in the order the indicators come: what a first
    dashboard and the wall display show before anything is in alarm."""
    city = {r.code for r in regions if r.parent is None}
    chosen: list[Indicator] = []
    seen: set[Dimension] = set()
    for ind in indicators:
        if ind.region in city and ind.alarm is not None and ind.dimension not in seen:
            seen.add(ind.dimension)
            chosen.append(ind)
    return chosen[:limit]
