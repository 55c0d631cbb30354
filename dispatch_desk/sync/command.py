"""`dispatch-desk sync`: keep a local cache in sync with the central service, without the desktop UI.

    dispatch-desk sync --central URL --user NAME --db PATH [--once] [--password-stdin]

The password comes from stdin, else the session remembered in the keyring is resumed, else a
password stored in the keyring for the user is used. `--once` pushes and pulls until both are
drained and exits; otherwise the engine runs live until interrupted, printing its state changes.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import uuid
from pathlib import Path
from types import FrameType
from typing import cast

from dispatch_desk.domain.records import Officer
from dispatch_desk.sync.credentials import TokenVault
from dispatch_desk.sync.engine import SyncEngine
from dispatch_desk.sync.errors import AuthError, OfflineError, SyncError
from dispatch_desk.sync.state import SyncState

DEVICE_SETTING = "sync.device_id"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--central", required=True, metavar="URL", help="base URL of the central service")
    parser.add_argument("--user", required=True, metavar="NAME", help="user name to sign in as")
    parser.add_argument("--db", required=True, metavar="PATH", type=Path, help="the local cache (SQLite)")
    parser.add_argument("--once", action="store_true", help="push and pull until drained, then exit")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    parser.add_argument("--device", metavar="ID", help="device id (default: one kept in the cache)")
    parser.add_argument("--keyring-service", default="dispatch-desk", help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    device = args.device or _device_id(args.db)
    extra = {"batch_size": args.batch_size} if args.batch_size else {}
    engine = SyncEngine(args.db, args.central, device, keyring_service=args.keyring_service, **extra)
    try:
        officer = _sign_in(engine, args)
    except (AuthError, OfflineError) as exc:
        print(f"sign-in failed: {exc}", file=sys.stderr)
        engine.close()
        return 3 if isinstance(exc, AuthError) else 2
    if officer is None:
        print("no password given and no remembered session: use --password-stdin", file=sys.stderr)
        engine.close()
        return 3
    print(f"signed in as {officer.username} ({officer.name}, {officer.role})", flush=True)
    try:
        return _once(engine) if args.once else _live(engine)
    finally:
        engine.close()


def _sign_in(engine: SyncEngine, args: argparse.Namespace) -> Officer | None:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        return engine.login(args.user, password)
    officer = engine.resume(args.user)
    if officer is not None:
        return officer
    password = TokenVault(args.keyring_service, args.central).password(args.user)
    return engine.login(args.user, password) if password else None


def _once(engine: SyncEngine) -> int:
    try:
        engine.sync_once()
    except SyncError as exc:
        print(f"sync failed: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, OfflineError) else 1
    _print_state(engine.state())
    return 0


def _live(engine: SyncEngine) -> int:
    done = threading.Event()

    def on_event(kind: str, payload: object) -> None:
        # the payload of each kind, as Observers emits it
        if kind == "state":
            _print_state(cast(SyncState, payload))
        elif kind == "changed":
            changed = cast(dict[str, set[str]], payload)
            counts = ", ".join(f"{entity} {len(keys)}" for entity, keys in sorted(changed.items()))
            print(f"changed: {counts}", flush=True)

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    engine.subscribe(on_event)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    engine.start()
    while not done.wait(0.5):
        pass
    engine.stop()
    return 0


def _print_state(state: SyncState) -> None:
    last = state.last_success.isoformat(timespec="seconds") if state.last_success else "never"
    line = (
        f"{state.connection}{' live' if state.live else ''}: pending {state.pending}, "
        f"conflicts {state.conflicts}, last success {last}"
    )
    if state.last_error:
        line += f", last error: {state.last_error}"
    print(line, flush=True)


def _device_id(db: Path) -> str:
    """One id per cache, kept in it, so the central service sees the same device across runs."""
    from dispatch_desk.store import Store

    store = Store.open(db)
    try:
        device: str | None = store.get_setting(DEVICE_SETTING)
        if not device:
            device = f"cli-{uuid.uuid4()}"
            store.set_setting(DEVICE_SETTING, device)
        return device
    finally:
        store.close()
