"""The demo city as one `SeedBundle`: `generate(seed)` gives the same city for the same seed.

Reference data (regions, grid, agencies, categories, officers, indicators, knowledge) depends on the
seed only; history (incidents, readings, alerts, duty rosters) is laid out backwards from `now`, so
pass `now` too when two runs must be identical.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from dispatch_desk.demo import catalog, geography, history, knowledge, operations, people, readings, vitals
from dispatch_desk.domain.bundle import SeedBundle
from dispatch_desk.domain.records import Role
from dispatch_desk.domain.sla import SlaPolicy

HISTORY_DAYS = 30
INCIDENTS = 20_000


def generate(seed: int = 7, now: datetime | None = None, *, incidents: int = INCIDENTS,
             days: int = HISTORY_DAYS) -> SeedBundle:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    rng_geo, rng_people, rng_kb, rng_hist, rng_read, rng_ops = _streams(seed)
    geo = geography.build(rng_geo)
    streets = geo.streets()
    staff = people.build([s.code for s in streets], rng_people)
    categories, rules = catalog.categories(), catalog.sla_rules()
    agencies = catalog.agencies()
    catalogue = vitals.catalogue([d.code for d in geo.districts()], [s.code for s in streets])
    policy = SlaPolicy(categories, rules, regions=geo.regions)
    kb = knowledge.build({a.code: a.name for a in agencies},
                         {s.name: geo.street_roads[s.code] for s in streets}, now, rng_kb)
    found, actions = history.build(geo, staff, policy, now, rng_hist, count=incidents, days=days)
    city_desk = [o for o in staff.with_role(Role.OPS_OFFICER) if o.region == geo.regions[0].code]
    values, alerts = readings.build(catalogue, now, days, city_desk, rng_read)
    plans = catalog.plans()
    op, tasks, log, reports = operations.past_marathon(plans[1], staff, geo.regions[0].polygon, now, rng_ops)
    region_codes = [geo.regions[0].code, *(d.code for d in geo.districts())]
    shifts, handovers = people.duty_roster(staff, region_codes, now, rng_ops)
    return SeedBundle(
        regions=geo.regions,
        grid_cells=geo.cells,
        agencies=agencies,
        categories=categories,
        sla_rules=rules,
        officers=staff.officers,
        passwords=staff.passwords,
        indicators=[indicator for indicator, _ in catalogue],
        readings=values,
        alerts=alerts,
        incidents=found,
        incident_actions=actions,
        knowledge_docs=kb,
        operations=[op],
        plans=plans,
        tasks=tasks,
        log_entries=log,
        sitreps=reports,
        duty_shifts=shifts,
        handovers=handovers,
        basemap=geo.basemap,
    )


def _streams(seed: int) -> list[random.Random]:
    # Separate streams per part, so that changing how many incidents are made leaves the city alone.
    streams = random.Random(seed)
    return [random.Random(streams.getrandbits(64)) for _ in range(6)]


def city_of(seed: int = 7) -> geography.Geography:
    """The geography of `generate(seed)` alone (fast): the simulator places reports on it."""
    return geography.build(_streams(seed)[0])


def demo_people(seed: int = 7) -> people.People:
    """The officers and demo passwords of `generate(seed)`, without generating the rest."""
    rng_geo, rng_people, *_ = _streams(seed)
    return people.build([s.code for s in geography.build(rng_geo).streets()], rng_people)


def summary(bundle: SeedBundle) -> dict[str, int]:
    """Counts per kind of record, for logs and the demo banner."""
    return {
        name: len(value)
        for name, value in vars(bundle).items()
        if isinstance(value, list | dict) and name != "basemap"
    } | {"basemap_features": len(bundle.basemap.get("features", []))}
