"""Start to main window over a full cache (docs/architecture.md §6: ≤ 1.5 s warm, 1M incidents cached).

Each run is a fresh process (python -m dispatch_desk.ui.shell.startup_probe), timed from spawn to the
first paint of the main window; the baseline is a bare QApplication with an empty QMainWindow, measured
the same way in the same run. One untimed start of each warms the OS file cache first.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime

from dispatch_desk.bench import BenchContext, Figure, case
from dispatch_desk.bench.cases_queue import fill_store
from dispatch_desk.store import Store

RUNS = 3


def _start(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to "painted" and to "complete"."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "dispatch_desk.ui.shell.startup_probe", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        marks.setdefault(line.strip(), time.perf_counter() - started)
    if proc.wait(120) != 0 or "painted" not in marks:
        raise RuntimeError(f"the startup probe failed ({proc.returncode}): {args}")
    return marks["painted"], marks.get("complete", float("nan"))


def _median(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    _start(args, env)  # warm: files in the OS cache, fontconfig cache built
    runs = [_start(args, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


@case("shell.startup")
def bench_startup(ctx: BenchContext) -> list[Figure]:
    n = ctx.scale(1_000_000, 100_000)
    cache = ctx.workdir / f"shell-{n}.sqlite3"
    store = Store.open(cache)
    fill_store(store, n, datetime.now(UTC))
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QTWEBENGINE_CHROMIUM_FLAGS": os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")}
    settings = ctx.workdir / "qsettings"
    bare, _ = _median(["--bare"], env)
    painted, complete = _median(["--store", str(cache), "--settings", str(settings)], env)
    window, _ = _median(["--store", str(cache), "--settings", str(settings), "--no-check"], env)
    return [
        Figure("shell.startup", painted, "s", baseline=bare,
               baseline_label="bare QApplication + empty QMainWindow, first paint",
               target="≤ 1.5 s warm", note=f"{n:,} incidents cached; spawn to first paint of the main window, "
               f"median of {RUNS} warm starts"),
        Figure("shell.startup.window", window, "s", baseline=bare,
               baseline_label="bare QApplication + empty QMainWindow, first paint",
               note="the same without the cache's integrity check at open (the part that grows with the cache)"),
        Figure("shell.startup.complete", complete, "s", baseline=painted, baseline_label="first paint",
               note="until the map (QtWebEngine) and charts (pyqtgraph) are in, loaded after the first paint"),
    ]
