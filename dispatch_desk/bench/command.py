"""`dispatch-desk bench`: run named benchmark cases and print a table of figures."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import tempfile
import traceback
from pathlib import Path

import dispatch_desk.bench as bench


def _load_cases() -> None:
    for info in pkgutil.iter_modules(bench.__path__):
        if info.name.startswith("cases_"):
            importlib.import_module(f"dispatch_desk.bench.{info.name}")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cases", nargs="*", help="case names to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a short run")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def run(args: argparse.Namespace) -> int:
    _load_cases()
    if args.list:
        for name in sorted(bench.CASES):
            print(name)
        return 0
    names = args.cases or sorted(bench.CASES)
    unknown = [n for n in names if n not in bench.CASES]
    if unknown:
        print(f"unknown case(s): {', '.join(unknown)}; see --list", file=sys.stderr)
        return 2
    figures: list[bench.Figure] = []
    failed = 0
    with tempfile.TemporaryDirectory(prefix="dd-bench-") as tmp:
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            workdir = Path(tmp) / name
            workdir.mkdir()
            try:
                figures.extend(bench.CASES[name](bench.BenchContext(quick=args.quick, workdir=workdir)))
            except Exception:
                failed += 1
                traceback.print_exc()
    rows = [("case", "figure", "unit", "baseline", "ratio", "target", "note")]
    for f in figures:
        base = f"{_fmt(f.baseline)} {f.baseline_label}".strip() if f.baseline is not None else "-"
        rows.append((f.case, _fmt(f.figure), f.unit, base, _fmt(f.ratio), f.target, f.note))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    if args.json:
        payload = [{**f.__dict__, "ratio": f.ratio} for f in figures]
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if failed else 0
