"""Benchmark cases of `dispatch-desk bench` (docs/architecture.md §6).

A case is a function registered with `@case`; it receives a `BenchContext` and returns
`Figure`s, each measured beside an in-run baseline so that a noisy shared machine still gives
a meaningful ratio. Cases live in `bench/cases_*.py` modules, one per capability.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Figure:
    case: str
    figure: float
    unit: str
    baseline: float | None = None  # the in-run reference measured the same way
    baseline_label: str = ""
    target: str = ""  # the target of docs/architecture.md §6, as text
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.figure / self.baseline


@dataclass
class BenchContext:
    quick: bool
    workdir: Path
    extra: dict = field(default_factory=dict)

    def scale(self, full: int, quick: int) -> int:
        return quick if self.quick else full


CaseFn = Callable[[BenchContext], list[Figure]]
CASES: dict[str, CaseFn] = {}


def case(name: str) -> Callable[[CaseFn], CaseFn]:
    def register(fn: CaseFn) -> CaseFn:
        CASES[name] = fn
        return fn

    return register


def p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: ...` then `t[0]` holds the elapsed seconds."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - start)
