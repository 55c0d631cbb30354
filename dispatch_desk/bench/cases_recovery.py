"""`recovery.kill_torture`: a desk's sync process killed with SIGKILL at random moments, round after
round, against a real central service (docs/architecture.md §7).

Each round starts a child process (`python -m dispatch_desk.bench.cases_recovery child ...`) that
does real sync work and is killed after a random delay, somewhere in what it does:
- "work" rounds, on the one long-lived cache: open (integrity check), sign in, pull, stage a few
  mutations (each one printed once `issue` has returned: acknowledged), push, settle, pull;
- "first" rounds, on a new empty cache: open (create, migrations), sign in, and a first sync of the
  whole city (pages of a few thousand changes, queue indexes deferred and built at the end).
After each kill the parent checks the file as the next start would: a complete integrity check, and
an open that must not have to set the cache aside. At the end one clean sync drains the long-lived
cache; then every acknowledged mutation must have been applied exactly once by the central service
(its audit trail), none at all twice, nothing left in the outbox or as a conflict, and the cache must
equal, field by field, a cache synced from scratch from the central service.

`run_torture` is also what tests/sync/test_torture.py runs, with a few rounds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dispatch_desk.bench import BenchContext, Figure, case

if TYPE_CHECKING:
    from dispatch_desk.domain.bundle import SeedBundle

USER = "bench_a"
ROUNDS_ENV = "DISPATCH_DESK_TORTURE_ROUNDS"  # e.g. 400 for a long run; default 60 (12 with --quick)
SEED_ENV = "DISPATCH_DESK_TORTURE_SEED"  # the same kill delays again
FIRST_SHARE = 0.3  # rounds that kill a first sync into an empty cache
MUTATIONS_PER_ROUND = 4  # two reports, each followed by a comment on it


@dataclass
class TortureResult:
    rounds: int = 0
    kills: int = 0  # rounds whose child was killed (the others finished first)
    kills_by_mode: Counter = field(default_factory=Counter)
    last_output: Counter = field(default_factory=Counter)  # what a killed child had said last
    integrity_failures: list[str] = field(default_factory=list)
    unopenable: list[str] = field(default_factory=list)  # opens that had to set the cache aside
    acknowledged: list[str] = field(default_factory=list)  # mutation ids issue() returned
    applied_once: int = 0  # acknowledged and applied exactly once
    applied_twice: list[str] = field(default_factory=list)  # any mutation applied more than once
    lost: list[str] = field(default_factory=list)  # acknowledged, never applied
    left_in_outbox: int = 0
    conflicts: int = 0
    mismatches: list[str] = field(default_factory=list)  # rows where the cache differs from the server

    @property
    def ok(self) -> bool:
        return not (self.integrity_failures or self.unopenable or self.applied_twice or self.lost
                    or self.left_in_outbox or self.conflicts or self.mismatches)  # fmt: skip


def _child_env() -> dict[str, str]:
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "dispatch_desk.sync.credentials.MemoryKeyring"}


def _child(url: str, db: Path, mode: str, round_no: int, password: str) -> subprocess.Popen:
    argv = [sys.executable, "-m", "dispatch_desk.bench.cases_recovery", "child", url, str(db), mode,
            str(round_no)]  # fmt: skip
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=_child_env(), text=True)  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(password + "\n")
    proc.stdin.close()
    return proc


def child_main(url: str, db: str, mode: str, round_no: int) -> None:
    """The killed process: real sync work on a real cache; prints each step, and each mutation id
    once issue() has returned for it."""
    from dispatch_desk.sync import SyncEngine

    password = sys.stdin.readline().rstrip("\n")
    say = lambda *words: print(*words, flush=True)  # noqa: E731
    say("start")
    engine = SyncEngine(db, url, f"torture-{mode}", live=False, poll_interval=3600, max_backoff=1.0)
    engine.login(USER, password, remember=False)  # opens the cache: integrity check, migrations
    say("opened")
    engine.sync_once()  # a first sync into an empty cache, or what came since the last round
    say("pulled")
    if mode == "work":
        for n in range(MUTATIONS_PER_ROUND // 2):
            incident_id = f"inc-torture-{round_no:05d}-{n}"
            mid = engine.issue("incident.report", {
                "id": incident_id, "title": f"第{round_no}轮 井盖缺失", "category": "garbage",
                "source": "grid_patrol", "severity": 2, "lon": 121.35 + n * 0.001, "lat": 31.15,
            })  # fmt: skip
            say("staged", mid)
            mid = engine.issue("incident.comment", {"id": incident_id, "note": f"第{round_no}轮 跟进"})
            say("staged", mid)
        engine.sync_once()  # push, settle, pull
        say("synced")
    engine.close()
    say("done")


def _read_lines(proc: subprocess.Popen, out: list[str], at: list[float]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        at.append(time.monotonic())
        out.append(line.strip())


# Where a kill is aimed: after which line of the child, then a random delay within what usually
# remains of the round from there (so the short phases, staging to settling, get their share).
ANCHORS = {"work": ("start", "opened", "pulled", "staged"), "first": ("start", "opened")}


def _wait_for(word: str, lines: list[str], proc: subprocess.Popen, timeout: float = 120) -> int | None:
    """The index of the child's line `word` (None if it ended or the wait timed out first)."""
    deadline = time.monotonic() + timeout
    while True:
        for i, line in enumerate(list(lines)):
            if line.split()[0] == word:
                return i
        if proc.poll() is not None or time.monotonic() >= deadline:
            return None
        time.sleep(0.002)


def _check_after_kill(db: Path, result: TortureResult, label: str) -> None:
    """What the next start would find: a healthy file that opens without being set aside."""
    from dispatch_desk.store import Store, opening

    problem = opening.check(db, full=True)
    if problem is not None:
        result.integrity_failures.append(f"{label}: {problem[:200]}")
        return
    store = Store.open(db)
    try:
        if store.recovered_from is not None:
            result.unopenable.append(label)
    finally:
        store.close()


def _view(store, entities: tuple[str, ...] = ("incident", "incident_action")) -> dict:
    out = {}
    for entity in entities:
        if entity == "incident":
            keys = [r[0] for r in store.conn.execute("SELECT id FROM incident")]
        else:
            keys = [r[0] for r in store.conn.execute(f"SELECT key FROM {entity}")]
        for key in keys:
            out[(entity, key)] = store.get(entity, key)
    return out


def _applied_in(central_db: Path) -> Counter:
    """How many times the central service over this SQLite file applied each mutation id (its audit)."""
    from dispatch_desk.central import admin
    from dispatch_desk.central.storage import Storage

    storage = Storage.open(str(central_db))
    try:
        entries = admin.audit_entries(storage, limit=10_000_000)
    finally:
        storage.close()
    return Counter(e["mutation_id"] for e in entries if e["mutation_id"] and e["outcome"] == "applied")


def _drain_and_compare(
    url: str, workdir: Path, db: Path, password: str, result: TortureResult, applied_counts: Callable[[], Counter]
) -> None:
    from dispatch_desk.sync import SyncEngine

    engine = SyncEngine(db, url, "torture-work", live=False, poll_interval=3600)
    engine.login(USER, password, remember=False)
    engine.sync_once()
    engine.sync_once()  # what the first one settled, pulled back
    store = engine._store()
    result.left_in_outbox = store.pending_count()
    result.conflicts = len(store.conflicts())
    reference_db = workdir / "reference.db"
    reference = SyncEngine(reference_db, url, "torture-reference", live=False, poll_interval=3600)
    reference.login(USER, password, remember=False)
    reference.sync_once()
    mine, theirs = _view(store), _view(reference._store())
    for key in sorted(mine.keys() | theirs.keys()):
        if mine.get(key) != theirs.get(key):
            result.mismatches.append(f"{key[0]} {key[1]}")
    engine.close()
    reference.close()

    applied = applied_counts()
    result.applied_twice = sorted(m for m, n in applied.items() if n > 1)
    result.lost = sorted(m for m in set(result.acknowledged) if applied[m] == 0)
    result.applied_once = sum(1 for m in set(result.acknowledged) if applied[m] == 1)


def torture_city(incidents: int) -> SeedBundle:
    """The bench city (officer USER) with this many incidents."""
    from dispatch_desk.bench.cases_sync import _incidents, _reference

    bundle = _reference()
    bundle.incidents = _incidents(incidents)
    return bundle


def run_torture(workdir: Path, rounds: int, *, incidents: int = 5000, seed: int | None = None,
                max_delay: float = 6.0, central: tuple[str, Callable[[], Counter]] | None = None) -> TortureResult:  # fmt: skip
    """`rounds` rounds of kill -9 against a central service started here (in its own process) over
    `incidents` incidents; or against `central` = (url, applied counts by mutation id), already
    serving `torture_city`."""
    from dispatch_desk.bench.cases_sync import PASSWORD, _central

    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        if central is None:
            url = stack.enter_context(_central(workdir / "central.db", torture_city(incidents)))
            applied_counts: Callable[[], Counter] = lambda: _applied_in(workdir / "central.db")  # noqa: E731
        else:
            url, applied_counts = central
        return _rounds(url, applied_counts, workdir, rounds, rng, max_delay, PASSWORD)


def _rounds(url: str, applied_counts: Callable[[], Counter], workdir: Path, rounds: int, rng: random.Random,
            max_delay: float, password: str) -> TortureResult:  # fmt: skip
    result = TortureResult()
    db = workdir / "desk.db"
    # how long each kind of round lasts from each anchor line of its child to its end; the first
    # round of each kind runs unkilled to measure it
    lasts: dict[str, dict[str, float]] = {}
    for round_no in range(rounds):
        mode = ("work", "first")[round_no] if round_no < 2 else "first" if rng.random() < FIRST_SHARE else "work"
        target = workdir / f"first-{round_no}.db" if mode == "first" else db
        lines: list[str] = []
        at: list[float] = []
        proc = _child(url, target, mode, round_no, password)
        reader = threading.Thread(target=_read_lines, args=(proc, lines, at), daemon=True)
        reader.start()
        if mode not in lasts:  # unkilled: how long the round lasts from each anchor
            proc.wait(300)
            reader.join(10)
            done = _wait_for("done", lines, proc, 0)  # the interpreter's exit after it is no sync work
            ended = at[done] if done is not None else time.monotonic()
            lasts[mode] = {}
            for word in ANCHORS[mode]:
                i = _wait_for(word, lines, proc, 0)
                lasts[mode][word] = ended - at[i] if i is not None else 0.5
        else:
            anchor = rng.choice(ANCHORS[mode])
            i = _wait_for(anchor, lines, proc)
            start = at[i] if i is not None else time.monotonic()
            budget = min(max_delay, lasts[mode][anchor])
            try:
                proc.wait(max(0.0, start + rng.uniform(0.0, budget) - time.monotonic()))
                # finished first (no kill): the estimate follows what a round takes now
                lasts[mode][anchor] = 0.7 * lasts[mode][anchor] + 0.3 * (time.monotonic() - start)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                result.kills += 1
                result.kills_by_mode[mode] += 1
        reader.join(10)
        if proc.returncode not in (0, -signal.SIGKILL):
            raise RuntimeError(f"round {round_no}: the sync process failed ({proc.returncode}): {lines}")
        if proc.returncode == -signal.SIGKILL:
            result.last_output[f"{mode}:{lines[-1].split()[0] if lines else 'nothing'}"] += 1
        result.acknowledged += [line.split()[1] for line in lines if line.startswith("staged ")]
        result.rounds += 1
        _check_after_kill(target, result, f"round {round_no} ({mode})")
        if mode == "first":
            for suffix in ("", "-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
    _drain_and_compare(url, workdir, db, password, result, applied_counts)
    return result


@case("recovery.kill_torture")
def kill_torture(ctx: BenchContext) -> list[Figure]:
    from dispatch_desk.bench.cases_sync import _memory_keyring
    from dispatch_desk.sync.credentials import MemoryKeyring

    _memory_keyring(MemoryKeyring)
    rounds = int(ctx.extra.get("rounds") or os.environ.get(ROUNDS_ENV) or ctx.scale(60, 12))
    seed = ctx.extra.get("seed") or os.environ.get(SEED_ENV)
    r = run_torture(ctx.workdir / "torture", rounds, incidents=ctx.scale(20_000, 5000),
                    seed=None if seed is None else int(seed))  # fmt: skip
    where = ", ".join(f"{k} {n}" for k, n in sorted(r.last_output.items()))
    acked = len(set(r.acknowledged))
    return [
        Figure("recovery.kill_torture kills", r.kills, "kills", None, "", "",
               f"{r.rounds} rounds ({dict(r.kills_by_mode)}); killed after: {where}"),
        Figure("recovery.kill_torture integrity failures", len(r.integrity_failures) + len(r.unopenable),
               "failures", None, "", "0", "; ".join((r.integrity_failures + r.unopenable)[:3])),
        Figure("recovery.kill_torture applied exactly once", r.applied_once, f"of {acked}", None, "",
               "all acknowledged", f"lost {len(r.lost)}, twice {len(r.applied_twice)}, left in outbox "
               f"{r.left_in_outbox}, conflicts {r.conflicts}"),
        Figure("recovery.kill_torture rows differing from the server", len(r.mismatches), "rows", None, "", "0",
               "; ".join(r.mismatches[:3])),
    ]  # fmt: skip


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "child":
    child_main(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
