"""Open data (数据开放共享) out of the central service: a review, then the export it covers.

`POST /api/v1/open-data/review` (an `OpenDataSelection`) answers what the selection publishes under the
rules of `domain.open_data`: how many incidents, how many coarsened to the grid cell, how much personal
data was masked, per category, and the first published rows. The review is written to the audit chain,
and its position there (`review`) is what an export names.

`POST /api/v1/open-data/export` (an `OpenDataExportRequest`) answers the file in one format, for a
selection that the same administrator reviewed within the hour; the export is audited with the review
it followed, the number of incidents and the SHA-256 of what left. Both need an administrator
(`permissions.why_not_export_open_data`); every refusal is audited like any other.

The rows come from every incident the service holds, not from one desk's view, so what is published
does not depend on who exports it.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dispatch_desk.domain import open_data as od
from dispatch_desk.domain.permissions import why_not_export_open_data
from dispatch_desk.domain.records import Agency, Category
from dispatch_desk.domain.wire import OpenDataExportRequest, OpenDataReview, OpenDataSelection
from dispatch_desk.domain.workflow_actions import Refused

from . import audit, ledger
from .http import ApiError, model_response, read_model
from .incident_reads import disposal_results, reported_in
from .storage import Tx

if TYPE_CHECKING:
    from .api import Central

REVIEW = "open_data.review"
EXPORT = "open_data.export"
def _rows(tx: Tx, central: Central, selection: od.Selection, english: bool,
          tally: Counter[str]) -> tuple[list[od.PublicIncident], dict[str, Category]]:
    ref = central.cache.get(tx)
    categories = {c.code: c for c in ledger.all_of(tx, Category)}
    names = od.Names(categories, {a.code: a for a in ledger.all_of(tx, Agency)}, ref.regions, central.cache.grid(tx),
                     english)
    incidents = [i for i in reported_in(tx, selection.start, selection.end) if selection.covers(i, ref.regions)]
    results = disposal_results(tx, [i.id for i in incidents])
    rows = [od.publish(i, selection, names, result=results.get(i.id, ""), tally=tally) for i in incidents]
    return rows, categories


def _selection(tx: Tx, central: Central, body: OpenDataSelection, now: datetime) -> od.Selection:
    ref = central.cache.get(tx)
    chosen = od.parse_selection(body.model_dump(), ref.regions, ref.categories, now)
    if isinstance(chosen, Refused):
        raise ApiError(422, chosen.code.value, chosen.reason + ".")
    return chosen


def _english(request: Request) -> bool:
    return request.query_params.get("lang") == "en"


async def post_review(request: Request) -> Response:
    from .api import client_of, permitted_session

    session = await permitted_session(request, why_not_export_open_data)
    now = datetime.now(UTC)
    body = await read_model(request, OpenDataSelection)
    central: Central = request.app.state.central
    english = _english(request)

    def work() -> OpenDataReview:
        with central.storage.transaction() as tx:  # the rows are read without holding up any writer
            selection = _selection(tx, central, body, now)
            tally: Counter[str] = Counter()
            rows, categories = _rows(tx, central, selection, english, tally)
        found = od.review(rows, tally, selection, categories)
        with central.storage.transaction(write=True) as tx:
            n = audit.record(tx, REVIEW, officer_id=session.officer.id, device_id=session.device_id,
                             client=client_of(request), name=REVIEW, args=selection.args(),
                             outcome="reviewed", reason=f"{found.incidents} incidents", at=now)
        return OpenDataReview.model_validate({"review": n, "reviewed_at": now, **od.review_wire(found)})

    return model_response(await run_in_threadpool(work))


async def post_export(request: Request) -> Response:
    from .api import client_of, permitted_session

    session = await permitted_session(request, why_not_export_open_data)
    now = datetime.now(UTC)
    body = await read_model(request, OpenDataExportRequest)
    central: Central = request.app.state.central
    english = _english(request)

    def work() -> tuple[bytes, int]:
        with central.storage.transaction() as tx:
            selection = _selection(tx, central, body.selection, now)
            found = tx.one("SELECT kind, officer_id, args, at FROM audit WHERE n = ?", (body.review,))
            if found is None or found[0] != REVIEW or found[1] != session.officer.id:
                raise ApiError(409, "review_needed", "No review of yours has this number: review the selection "
                               "before exporting it.")
            why = od.why_not_reviewed(json.loads(found[2]), selection, datetime.fromisoformat(found[3]), now)
            if why is not None:
                raise ApiError(409, "review_needed", why)
            rows, _categories = _rows(tx, central, selection, english, Counter())
        content = od.render(rows, body.format)
        # audited before a byte leaves: an export the audit cannot record is not answered
        with central.storage.transaction(write=True) as tx:
            audit.record(tx, EXPORT, officer_id=session.officer.id, device_id=session.device_id,
                         client=client_of(request), name=EXPORT,
                         args={"selection": selection.args(), "format": body.format, "review": body.review,
                               "incidents": len(rows), "bytes": len(content), "sha256": od.digest(content)},
                         outcome="exported", at=now)
        return content, len(rows)

    content, count = await run_in_threadpool(work)
    headers = {"Content-Disposition": f'attachment; filename="open-data.{od.SUFFIXES[body.format]}"',
               "X-Open-Data-Incidents": str(count), "X-Open-Data-SHA256": od.digest(content),
               "Cache-Control": "no-store"}
    return Response(content, media_type=od.MEDIA_TYPES[body.format], headers=headers)


ROUTES = [
    Route("/api/v1/open-data/review", post_review, methods=["POST"]),
    Route("/api/v1/open-data/export", post_export, methods=["POST"]),
]
