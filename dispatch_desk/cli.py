"""The `dispatch-desk` command: one entry point, subcommands implemented by the part that owns them.

Each subcommand lives in the package that owns it and is imported only when chosen, so that
`dispatch-desk central serve` never loads Qt and `dispatch-desk --help` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dispatch_desk import __version__

# name -> (module, help). Each module has `configure(parser)` and `run(args) -> int`.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "app": ("dispatch_desk.app", "open the desktop client"),
    "demo": ("dispatch_desk.demo_desk", "run the demo city: central service, simulator and client"),
    "central": ("dispatch_desk.central.command", "run and administer the central service"),
    "sync": ("dispatch_desk.sync.command", "synchronise a local cache with the central service, headless"),
    "bench": ("dispatch_desk.bench.command", "run the benchmark cases and print measured figures"),
}


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch-desk",
        description="Dispatch Desk (城运指挥台): city operations command and dispatch desk.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = next((a for a in argv if not a.startswith("-")), None)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sp = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.configure(sp)
            sp.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
