"""Pages of the change feed for one officer: the global records in seq order, filtered by scope,
merged with the officer's personal entries (deletes on leaving scope, backfills on scope growth).

The page is written as JSON text directly: record bodies are already stored as JSON, and splicing
them avoids decoding and re-encoding every row of a large initial sync. The result has the shape of
`wire.ChangesPage`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Officer

from .scope import Viewer
from .storage import Tx

SCAN_BATCH = 2000


@dataclass
class Page:
    body: str  # JSON of a ChangesPage
    count: int
    next_since: int
    has_more: bool


def _change(seq: int, entity: str, key: str, op: str, data: str | None) -> str:
    head = f'{{"seq":{seq},"entity":{json.dumps(entity)},"key":{json.dumps(key, ensure_ascii=False)},"op":"{op}"'
    return f'{head},"data":{data}}}' if data is not None else f'{head},"data":null}}'


def read_page(tx: Tx, officer: Officer, regions: RegionTree, since: int, limit: int) -> Page:
    top = tx.current_seq()  # read first: every seq up to it has committed (see storage.Tx.next_seq)
    viewer = Viewer(tx, officer, regions)
    found: list[tuple[int, str]] = []
    cursor, exhausted = since, False
    while not exhausted:
        rows = tx.execute(
            "SELECT seq, entity, key, deleted, data, parent FROM records WHERE seq > ? AND seq <= ? "
            "ORDER BY seq LIMIT ?",
            (cursor, top, SCAN_BATCH),
        ) if cursor < top else []
        if not rows:
            exhausted = True
            break
        viewer.prefetch(rows)
        for seq, entity, key, deleted, data, parent in rows:
            cursor = int(seq)
            if deleted:
                found.append((cursor, _change(cursor, entity, key, "delete", None)))
            elif viewer.sees(entity, data, parent):
                found.append((cursor, _change(cursor, entity, key, "upsert", data)))
            if len(found) >= limit:
                break
        if len(found) >= limit:
            break
        exhausted = len(rows) < SCAN_BATCH
    scanned_to = top if exhausted else cursor
    found.extend(_personal(tx, viewer, officer.id, since, scanned_to, limit))
    found.sort(key=lambda item: item[0])
    if len(found) > limit:
        found = found[:limit]
        next_since = found[-1][0]
    else:
        next_since = scanned_to
    has_more = next_since < top
    body = '{"changes":[' + ",".join(text for _, text in found) + f'],"next_since":{next_since},' + (
        f'"has_more":{"true" if has_more else "false"}}}'
    )
    return Page(body, len(found), next_since, has_more)


def _personal(tx: Tx, viewer: Viewer, officer_id: str, since: int, until: int, limit: int) -> list[tuple[int, str]]:
    rows = tx.execute(
        "SELECT f.seq, f.entity, f.key, f.op, r.data, r.deleted, r.parent FROM officer_feed f "
        "LEFT JOIN records r ON r.entity = f.entity AND r.key = f.key "
        "WHERE f.officer_id = ? AND f.seq > ? AND f.seq <= ? ORDER BY f.seq LIMIT ?",
        (officer_id, since, until, limit + 1),
    )
    viewer.prefetch([(seq, entity, key, deleted, data, parent) for seq, entity, key, _op, data, deleted, parent in rows])
    out = []
    for seq, entity, key, op, data, deleted, parent in rows:
        # A backfill entry points at the record as it is now, which may have left the officer's scope
        # since the entry was written (re-dispatched, escalated): send what they may see, no more.
        if op == "delete" or data is None or deleted or not viewer.sees(entity, data, parent):
            out.append((seq, _change(seq, entity, key, "delete", None)))
        else:
            out.append((seq, _change(seq, entity, key, "upsert", data)))
    return out
