"""`dispatch-desk central open311-key-issue|open311-key-revoke|open311-keys`: api_keys of Open311 clients.

    dispatch-desk central open311-key-issue --db URL --name "市民通 App"   # prints the key once
    dispatch-desk central open311-key-revoke --db URL --id k-0123abcd4567
    dispatch-desk central open311-keys --db URL                            # JSON lines, no keys
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict

from . import open311_keys
from .storage import Storage


def configure(sub: argparse._SubParsersAction[argparse.ArgumentParser], db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]) -> None:
    p = db(sub.add_parser("open311-key-issue", help="issue an api_key to an Open311 client (printed once)"))
    p.add_argument("--name", required=True, help="the client the key is for, e.g. a citizen app")
    p.set_defaults(_action=_issue)
    p = db(sub.add_parser("open311-key-revoke", help="revoke an Open311 api_key at once"))
    p.add_argument("--id", required=True, help="the key's id, as open311-keys lists it")
    p.set_defaults(_action=_revoke)
    db(sub.add_parser("open311-keys", help="list Open311 api_keys as JSON lines (ids and names, never keys)")
       ).set_defaults(_action=_list)


def _run(args: argparse.Namespace, fn: Callable[[Storage], int]) -> int:
    storage = Storage.open(args.db)
    try:
        return fn(storage)
    except open311_keys.KeyError_ as exc:
        raise ValueError(str(exc)) from None
    finally:
        storage.close()


def _issue(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        record, key = open311_keys.issue(storage, args.name)
        print(json.dumps({**asdict(record), "api_key": key}, ensure_ascii=False))
        return 0
    return _run(args, go)


def _revoke(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        print(json.dumps(asdict(open311_keys.revoke(storage, args.id)), ensure_ascii=False))
        return 0
    return _run(args, go)


def _list(args: argparse.Namespace) -> int:
    def go(storage: Storage) -> int:
        for record in open311_keys.list_keys(storage):
            print(json.dumps(asdict(record), ensure_ascii=False))
        return 0
    return _run(args, go)
