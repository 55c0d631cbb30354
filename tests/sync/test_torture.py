"""A few rounds of the crash torture (`dispatch-desk bench recovery.kill_torture` runs many): a real
sync process killed with SIGKILL at random moments against a real central service leaves a cache
that opens healthy every time, applies every acknowledged mutation exactly once, and ends equal to
the server's view (docs/architecture.md §7)."""

from __future__ import annotations

import os
import random
from collections import Counter

from dispatch_desk.bench.cases_recovery import SEED_ENV, run_torture, torture_city

ROUNDS = 6


def test_random_kills_of_the_sync_process_lose_nothing_and_repeat_nothing(central, tmp_path):
    central.load(torture_city(1500))  # a first sync of more than one deferred-index page

    def applied() -> Counter:
        return Counter(e["mutation_id"] for e in central.audit() if e["mutation_id"] and e["outcome"] == "applied")

    seed = int(os.environ.get(SEED_ENV) or random.randrange(1 << 30))
    result = run_torture(tmp_path, ROUNDS, seed=seed, max_delay=4.0, central=(central.url, applied))
    context = f"seed {seed} ({SEED_ENV}={seed} repeats the delays): {result}"
    assert result.rounds == ROUNDS and result.kills, context
    assert result.integrity_failures == [] and result.unopenable == [], context
    assert result.acknowledged, context  # the unkilled first work round staged its mutations at least
    assert result.lost == [] and result.applied_twice == [], context
    assert result.applied_once == len(set(result.acknowledged)), context
    assert result.left_in_outbox == 0 and result.conflicts == 0, context
    assert result.mismatches == [], context
