"""`dispatch-desk demo`: the demo city on one machine — central service, simulator and client.

    dispatch-desk demo                        # ops-center officer; seeds on first run
    dispatch-desk demo --role agency          # agency | street | liaison | leader | analyst | district | admin
    dispatch-desk demo --reset                # start over with a freshly generated city
    dispatch-desk demo --no-client            # backend only, until Ctrl+C
    dispatch-desk demo --event typhoon        # start a scripted event (typhoon | marathon)
    dispatch-desk demo --exit-after 20 --screenshot demo.png   # headless check for scripts
    dispatch-desk demo --role leader --wall   # the wall display (大屏) on the big screen

While a demo runs, the same command from another terminal talks to it instead of starting a second
one: `--event` starts the event in its simulator, `--role` opens one more client as another user.

This package knows nothing of Qt: the desktop client is handed in as `open_desk` by `dispatch_desk.demo_desk`,
the module the `dispatch-desk demo` command runs.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from dispatch_desk.demo import backend as demo_backend
from dispatch_desk.demo.events import EVENTS
from dispatch_desk.demo.people import DEMO_PASSWORD, ROLE_LOGINS
from dispatch_desk.demo.simulator import Rates

log = logging.getLogger(__name__)

# open_desk(url, username, password, *, exit_after, screenshot, data_dir) -> exit code
OpenDesk = Callable[..., int]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", choices=sorted(ROLE_LOGINS), default="ops",
                        help="the kind of user the client logs in as (default: %(default)s)")
    parser.add_argument("--reset", action="store_true", help="delete the demo data and generate the city again")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated city (default: %(default)s)")
    parser.add_argument("--port", type=int, default=demo_backend.DEFAULT_PORT,
                        help="loopback port of the central service (default: %(default)s; if another program "
                        "holds it, the port of the last run, else a free one, kept for the next start)")
    parser.add_argument("--no-client", action="store_true", help="run the backend only, until Ctrl+C")
    parser.add_argument("--exit-after", type=float, metavar="SECONDS", help="quit after this many seconds")
    parser.add_argument("--screenshot", metavar="FILE", help="save a picture of the main window before quitting")
    parser.add_argument("--wall", action="store_true", help="open the wall display (大屏) once signed in")
    parser.add_argument("--event", choices=sorted(EVENTS),
                        help="start a scripted major event (sent to the running demo if there is one)")
    parser.add_argument("--event-minutes", type=float, metavar="MINUTES",
                        help="how long the scripted event lasts (default: 30)")
    parser.add_argument("--rate", type=float, default=Rates.incidents_per_hour, metavar="PER_HOUR",
                        help="new incidents per hour, daily mean (default: %(default)s)")
    parser.add_argument("--data-dir", type=Path, help="where the demo keeps its data (default: user data dir)")


def run(args: argparse.Namespace, open_desk: OpenDesk | None = None) -> int:
    """Start (or join) the demo; open the desk with `open_desk`, or run the backend only without it."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    data_dir = args.data_dir or demo_backend.default_data_dir()
    running = demo_backend.running_demo(data_dir)
    if running:
        return _join_running(running, args, data_dir, open_desk)
    if args.reset:
        demo_backend.reset(data_dir)
    if demo_backend.seeded_with(data_dir) is None:
        print("Generating the demo city 申江市 and loading it (about half a minute, first run only)...", flush=True)
    elif demo_backend.history_age_days(data_dir) > 3:
        print("The demo history was generated some days ago, so many incidents look overdue; "
              "`dispatch-desk demo --reset` lays out a fresh 30 days.", flush=True)
    try:
        backend = demo_backend.DemoBackend.start(data_dir, seed_value=args.seed, port=args.port,
                                                 rates=Rates(incidents_per_hour=args.rate))
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        if args.event:  # through the control file, so the simulator's own thread starts it
            demo_backend.request_event(data_dir, args.event, args.event_minutes)
        _print_banner(backend, data_dir)
        if args.role == "liaison" and not args.event:
            print("A liaison works inside joint commands: the past marathon is there to browse; "
                  "add --event typhoon for a live one.", flush=True)
        if args.no_client:
            return _wait(args.exit_after)
        return _client(backend, args, data_dir, open_desk)
    finally:
        backend.stop()


def _join_running(running: dict, args: argparse.Namespace, data_dir: Path, open_desk: OpenDesk | None) -> int:
    """A demo already runs on this data: send it the event, or open one more client to it."""
    if args.reset:
        print(f"error: a demo is running at {running['url']}; stop it before --reset", file=sys.stderr)
        return 1
    if args.event:
        demo_backend.request_event(data_dir, args.event, args.event_minutes)
        print(f"Asked the running demo at {running['url']} to start the {args.event} event.")
        return 0
    if args.no_client or open_desk is None:
        print(f"A demo is already running at {running['url']}.")
        return 0
    from dispatch_desk.demo.generator import demo_people

    seed_value = demo_backend.seeded_with(data_dir) or args.seed
    passwords = demo_people(seed_value).passwords
    print(f"Opening one more client ({args.role}) to the running demo at {running['url']}.", flush=True)
    return _launch(running["url"], passwords, args, data_dir, open_desk)


def _print_banner(backend: demo_backend.DemoBackend, data_dir: Path) -> None:
    print(f"\n城运指挥台 demo — central service at {backend.url}, data in {data_dir}")
    print(f"Demo logins (password {DEMO_PASSWORD}):")
    labels = {"ops": "city ops-center officer", "district": "district ops officer (东浦区)",
              "agency": "agency officer (市城管执法局)", "street": "street supervisor (陆家嘴街道)",
              "liaison": "temporary liaison (市气象局)", "leader": "leader, read-only", "analyst": "analyst (assessment and analysis), read-only",
              "admin": "administrator"}
    for role, username in ROLE_LOGINS.items():
        print(f"  --role {role:<9} {username:<12} {labels[role]}")
    print("Start a scripted event from another terminal: dispatch-desk demo --event typhoon (or marathon)\n",
          flush=True)


def _wait(exit_after: float | None) -> int:
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        stop.wait(exit_after)
    finally:
        signal.signal(signal.SIGINT, previous)
    return 0


def _client(backend: demo_backend.DemoBackend, args: argparse.Namespace, data_dir: Path,
            open_desk: OpenDesk | None) -> int:
    if open_desk is None:
        print("The desktop client is not available; running the backend only. Ctrl+C stops it.")
        return _wait(args.exit_after)
    return _launch(backend.url, backend.passwords, args, data_dir, open_desk)


def _launch(url: str, passwords: dict[str, str], args: argparse.Namespace, data_dir: Path,
            open_desk: OpenDesk) -> int:
    username = ROLE_LOGINS[args.role]
    return open_desk(url, username, passwords[username], exit_after=args.exit_after, screenshot=args.screenshot,
                     data_dir=data_dir / f"client-{args.role}", wall=args.wall)
