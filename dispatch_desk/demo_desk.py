"""`dispatch-desk demo` as the user runs it: the demo city (`dispatch_desk.demo`, which knows nothing of Qt)
with the desktop client opened on it.

This module, beside the command line, is the one place where the two meet; without Qt installed the demo
runs its backend only.
"""

from __future__ import annotations

import argparse
import logging

from dispatch_desk.demo import command
from dispatch_desk.demo.command import OpenDesk

configure = command.configure
log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    return command.run(args, None if args.no_client else _desk())


def _desk() -> OpenDesk | None:
    try:
        from dispatch_desk.app import launch  # Qt is loaded only when a window is wanted
    except ImportError as exc:
        log.warning("the desktop client is not available: %s", exc)
        return None
    return launch
