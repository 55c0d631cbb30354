"""Thematic analysis: every count is the number of incidents behind it, each incident counted once, in
the city's time; hot spots are one category coming back to one place."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.domain import analysis as an
from dispatch_desk.domain.records import Source
from dispatch_desk.domain.sla import BUSINESS_TZ
from tests.domain.world import incident

NOW = datetime(2026, 11, 26, 4, 0, tzinfo=UTC)  # a Thursday, 12:00 in the city
CATEGORIES = ("pipe_burst", "garbage", "noise")


def _many(seed: int, n: int) -> list:
    rng = random.Random(seed)
    return [replace(incident(id=f"i{k}"), reported_at=NOW - timedelta(minutes=rng.randrange(0, 4 * 7 * 24 * 60)),
                    category=rng.choice(CATEGORIES), source=rng.choice(list(Source)),
                    grid_cell=rng.choice(("G1", "G2", "G3")))
            for k in range(n)]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 120))
def test_every_incident_of_the_weeks_is_counted_once_in_each_view(seed, n):
    found = _many(seed, n)
    weeks = an.weeks_ending(NOW, 4)
    inside = {i.id for i in found if weeks[0].start <= i.reported_at < weeks[-1].end}
    for cells in (an.trend(found, weeks, lambda i: i.category), an.trend(found, weeks, lambda i: i.source.value)):
        ids = [x for row in cells.ids for cell in row for x in cell]
        assert sorted(ids) == sorted(inside)
        totals = [cells.row_total(r) for r in range(len(cells.rows))]
        assert totals == sorted(totals, reverse=True)  # the busiest first
    clock = an.rhythm(i for i in found if i.id in inside)
    for d, row in enumerate(clock.ids):
        for h, cell in enumerate(row):
            for x in cell:
                local = next(i for i in found if i.id == x).reported_at.astimezone(BUSINESS_TZ)
                assert (local.weekday(), local.hour) == (d, h)
    assert sum(len(c) for row in clock.ids for c in row) == len(inside)


def test_the_weeks_start_on_monday_in_the_city_and_end_with_the_running_one():
    weeks = an.weeks_ending(NOW, 3)
    assert [w.start.astimezone(BUSINESS_TZ).weekday() for w in weeks] == [0, 0, 0]
    assert weeks[-1].holds(NOW) and weeks[0].end == weeks[1].start


def test_a_hot_spot_is_one_category_reported_again_and_again_in_one_place():
    base = incident(id="x")
    at = NOW - timedelta(days=10)
    found = [replace(base, id=f"a{k}", grid_cell="G7", category="garbage", reported_at=at + timedelta(days=k))
             for k in range(4)]
    found += [replace(base, id="b0", grid_cell="G7", category="noise", reported_at=at)]  # another problem
    found += [replace(base, id=f"c{k}", grid_cell="G8", category="garbage", reported_at=at) for k in range(2)]
    found += [replace(base, id="a9", grid_cell="G7", category="garbage", reported_at=at, merged_into="a0")]
    spots = an.hot_spots(found, lambda i: i.grid_cell)
    assert [(s.place, s.category, s.ids) for s in spots] == [("G7", "garbage", ("a0", "a1", "a2", "a3"))]
    assert spots[0].span == timedelta(days=3)
    assert [s.place for s in an.hot_spots(found, lambda i: i.grid_cell, at_least=2)] == ["G7", "G8"]
