"""`dispatch-desk central import-cap`, CAP plan triggers and CAP feeds.

    dispatch-desk central import-cap --db URL warning.xml update.xml   # one JSON line per file
    dispatch-desk central cap-trigger-add --db URL --plan typhoon --event 台风 --min-severity Severe
    dispatch-desk central cap-trigger-remove --db URL --id t-0123abcd4567
    dispatch-desk central cap-triggers --db URL                         # JSON lines
    dispatch-desk central cap-feed-add --db URL --url https://weather.example.cn/cap/atom.xml
    dispatch-desk central cap-feed-remove --db URL --id f-0123abcd4567
    dispatch-desk central cap-feeds --db URL                            # JSON lines
    dispatch-desk central cap-feed-poll --db URL                        # once, now

import-cap applies each file on its own, as the built-in system officer: a refused file is named
with its reason and changes nothing, and the exit status is 1 when any file was refused.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from dispatch_desk.domain.cap import SEVERITIES, CapError

from . import cap, cap_feeds
from .reference import ReferenceCache
from .storage import Storage
from .system import system_officer


def configure(sub: argparse._SubParsersAction[argparse.ArgumentParser], db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]) -> None:
    p = db(sub.add_parser("import-cap", help="import CAP 1.2 messages (XML files), each checked against the schema"))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(_action=_import)
    p = db(sub.add_parser("cap-trigger-add", help="a CAP alert of this event and severity proposes a plan"))
    p.add_argument("--plan", required=True, help="the plan's id")
    p.add_argument("--event", required=True, help="the <event> or <eventCode> value, e.g. 台风 or typhoon")
    p.add_argument("--min-severity", default="Severe", choices=SEVERITIES[:-1])
    p.set_defaults(_action=_add)
    p = db(sub.add_parser("cap-trigger-remove", help="remove a plan trigger"))
    p.add_argument("--id", required=True, help="the trigger's id, as cap-triggers lists it")
    p.set_defaults(_action=_remove)
    db(sub.add_parser("cap-triggers", help="list the plan triggers of CAP alerts as JSON lines")
       ).set_defaults(_action=_list)
    p = db(sub.add_parser("cap-feed-add", help="poll a CAP Atom or RSS feed (every minute, while serving)"))
    p.add_argument("--url", required=True)
    p.set_defaults(_action=_feed_add)
    p = db(sub.add_parser("cap-feed-remove", help="stop polling a CAP feed"))
    p.add_argument("--id", required=True, help="the feed's id, as cap-feeds lists it")
    p.set_defaults(_action=_feed_remove)
    db(sub.add_parser("cap-feeds", help="list the polled CAP feeds as JSON lines")).set_defaults(_action=_feeds)
    db(sub.add_parser("cap-feed-poll", help="poll every CAP feed once now")).set_defaults(_action=_feed_poll)


def _run(args: argparse.Namespace, fn: Callable[[Storage], int]) -> int:
    storage = Storage.open(args.db)
    try:
        return fn(storage)
    except CapError as exc:
        raise ValueError(exc.message) from None
    finally:
        storage.close()


def _import(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        with storage.transaction(write=True) as tx:
            officer = system_officer(tx)
        refused = 0
        for path, result in cap.import_files(storage, args.files, officer.id):
            if isinstance(result, CapError):
                refused += 1
                print(json.dumps({"file": str(path), "outcome": "refused", "code": result.code,
                                  "reason": result.message}, ensure_ascii=False))
            else:
                print(json.dumps({"file": str(path), **result.answer()}, ensure_ascii=False))
        return 1 if refused else 0
    return _run(args, go)


def _add(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        print(json.dumps(asdict(cap.add_trigger(storage, args.plan, args.event, args.min_severity)),
                         ensure_ascii=False))
        return 0
    return _run(args, go)


def _remove(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        cap.remove_trigger(storage, args.id)
        print(json.dumps({"removed": args.id}))
        return 0
    return _run(args, go)


def _list(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        for trigger in cap.list_triggers(storage):
            print(json.dumps(asdict(trigger), ensure_ascii=False))
        return 0
    return _run(args, go)


def _feed_add(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        print(json.dumps(asdict(cap_feeds.add_feed(storage, args.url)), ensure_ascii=False))
        return 0
    return _run(args, go)


def _feed_remove(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        cap_feeds.remove_feed(storage, args.id)
        print(json.dumps({"removed": args.id}))
        return 0
    return _run(args, go)


def _feeds(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        for feed in cap_feeds.list_feeds(storage):
            print(json.dumps(asdict(feed), ensure_ascii=False))
        return 0
    return _run(args, go)


def _feed_poll(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        result = cap_feeds.poll_once(storage, ReferenceCache())
        print(json.dumps(asdict(result)))
        return 1 if result.failed else 0
    return _run(args, go)
