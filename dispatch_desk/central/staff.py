"""Officers' accounts, categories and time limits from an administrator's desk (`domain/officers.py` and
`domain/catalogue.py` decide what is valid).

- `POST /api/v1/admin/officers` (an `OfficerForm` with a password): a new account, which can sign in at
  once; its record reaches every desk through the feed.
- `PATCH /api/v1/admin/officers/{id}` (an `OfficerForm` without a password): name, role, region, agency,
  active. Disabling an account ends its sessions at once; a changed scope changes what its feed carries.
- `POST /api/v1/admin/officers/{id}/password` (a `PasswordForm`): a new password; the account's sessions end.

- `PATCH /api/v1/admin/categories/{code}` (a `CategoryForm`): name, routing (the default agency), whether
  open data may show an exact point.
- `PUT /api/v1/admin/categories/{code}/limits` (a `LimitsForm`): the time limit of stages; every desk's
  policy follows through the feed, and only stages entered from then on count with it.
- `PUT /api/v1/admin/agencies/{code}` (an `AgencyForm`): an agency added or changed, with its stationing
  (整体进驻 / 常态派驻 / 临时派驻).
- `PUT /api/v1/admin/plans/{id}` (a `PlanForm`): a plan (预案) added, changed or withdrawn, with its task
  templates in order; operations started from then on follow it.
- `POST /api/v1/admin/grid[?dry_run=1]` (a GeoJSON FeatureCollection of cells): checked as a whole by
  `domain.grid_import`; a dry run only says what it would do, a refused file writes nothing.

Each is audited as the console's commands are (`admin.create_officer`, `admin.set_officer`,
`admin.disable_officer`, `admin.password_reset`), naming the administrator and their desk; a password
is never written to the audit. The same operations stay on the command line (`dispatch-desk central
create-officer`, `disable-officer`).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dispatch_desk.domain import catalogue, codec, grid_import, officers
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.permissions import why_not_administer
from dispatch_desk.domain.records import (
    Agency,
    Category,
    GridCell,
    Officer,
    Plan,
    PlanTask,
    Region,
    Role,
    SlaRule,
    SlaStage,
    Stationing,
)
from dispatch_desk.domain.wire import (
    AgencyForm,
    CategoryForm,
    GridImportResult,
    GridProblem,
    LimitsForm,
    OfficerForm,
    PasswordForm,
    PlanForm,
)
from dispatch_desk.domain.workflow_actions import Refused

from . import admin, ledger
from .http import ApiError, model_response, parse_json, read_body, read_model
from .storage import Storage

if TYPE_CHECKING:
    from .api import Central

T = TypeVar("T")


def _refuse(refused: Refused) -> ApiError:
    status = 422 if refused.code.value == "bad_args" else 403
    return ApiError(status, refused.code.value, refused.reason + ".")


async def _by(request: Request) -> tuple[Officer, admin.By]:
    from .api import client_of, permitted_session

    session = await permitted_session(request, why_not_administer)
    return session.officer, admin.By(session.officer.id, session.device_id, client_of(request))


def _account(central: Central, form: OfficerForm, base: Officer) -> Officer:
    """The account `form` describes, on top of `base`, checked against the city's regions and agencies."""
    try:
        role = Role(form.role)
    except ValueError:
        raise ApiError(422, "bad_args", f"There is no role {form.role!r}.") from None
    officer = replace(base, username=form.username.strip(), name=form.name.strip(), role=role,
                      region=form.region or None, agency=form.agency or None, active=form.active)
    with central.storage.transaction() as tx:
        regions = RegionTree(ledger.all_of(tx, Region))
        agencies = [a.code for a in ledger.all_of(tx, Agency)]
        taken = tx.one("SELECT officer_id FROM credentials WHERE username = ?", (officer.username,))
    if taken is not None and taken[0] != officer.id:
        raise ApiError(409, "exists", f"The username {officer.username!r} is taken.")
    if (refused := officers.problem(officer, regions, agencies)) is not None:
        raise _refuse(refused)
    return officer


async def post_officer(request: Request) -> Response:
    actor, by = await _by(request)
    form = await read_model(request, OfficerForm)
    central: Central = request.app.state.central
    if form.password is None:
        raise ApiError(422, "bad_args", "A new account needs a password.")
    if (why := officers.password_problem(form.password, form.username)) is not None:
        raise ApiError(422, "bad_args", why + ".")
    password = form.password

    def work() -> Officer:
        officer = _account(central, form, Officer(str(uuid.uuid4()), form.username, form.name, Role.OPS_OFFICER))
        if (refused := officers.why_not_change(actor, None, officer, datetime.now(UTC))) is not None:
            raise _refuse(refused)
        return admin.create_officer(central.storage, officer, password, by)

    officer = await run_in_threadpool(work)
    return JSONResponse(codec.to_wire(officer), status_code=201)


def _stored(central: Central, cls: type[T], key: str) -> T:
    """The stored record of `cls` named `key`; 404 when there is none."""
    with central.storage.transaction() as tx:
        found = ledger.get(tx, cls, key)
    if found is None:
        raise ApiError(404, "not_found", f"No {cls.__name__.lower()} {key!r}.")
    return found


async def patch_officer(request: Request) -> Response:
    actor, by = await _by(request)
    form = await read_model(request, OfficerForm)
    central: Central = request.app.state.central
    if form.password is not None:
        raise ApiError(422, "bad_args", "A password is set on its own (POST …/password).")

    def work() -> Officer:
        before = _stored(central, Officer, request.path_params["id"])
        if form.username.strip() != before.username:  # it names the account's credentials too
            raise ApiError(422, "bad_args", "A username does not change; make a new account instead.")
        after = _account(central, form, before)
        if (refused := officers.why_not_change(actor, before, after, datetime.now(UTC))) is not None:
            raise _refuse(refused)
        if after != before:
            admin.set_officer(central.storage, after, by)
        return after

    officer = await run_in_threadpool(work)  # disabling it revoked its sessions: its live streams end now
    return JSONResponse(codec.to_wire(officer))


async def post_password(request: Request) -> Response:
    actor, by = await _by(request)
    form = await read_model(request, PasswordForm)
    central: Central = request.app.state.central

    def work() -> None:
        target = _stored(central, Officer, request.path_params["id"])
        if (refused := officers.why_not_change(actor, target, target, datetime.now(UTC))) is not None:
            raise _refuse(refused)
        if (why := officers.password_problem(form.password, target.username)) is not None:
            raise ApiError(422, "bad_args", why + ".")
        admin.set_password(central.storage, target.id, form.password, by)

    await run_in_threadpool(work)
    return Response(status_code=204)


# --- categories and their time limits ------------------------------------------------------------------


async def patch_category(request: Request) -> Response:
    _actor, by = await _by(request)
    form = await read_model(request, CategoryForm)
    central: Central = request.app.state.central

    def work() -> Category:
        before = _stored(central, Category, request.path_params["code"])
        after = replace(before, name=form.name, name_en=form.name_en, default_agency=form.default_agency or None,
                        exact_location=form.exact_location)
        with central.storage.transaction() as tx:
            agencies = [a.code for a in ledger.all_of(tx, Agency)]
        if (refused := catalogue.category_problem(after, agencies)) is not None:
            raise _refuse(refused)
        if after != before:
            admin.put_records(central.storage, [after], by)
        return after

    return JSONResponse(codec.to_wire(await run_in_threadpool(work)))


async def put_limits(request: Request) -> Response:
    _actor, by = await _by(request)
    form = await read_model(request, LimitsForm)
    central: Central = request.app.state.central

    def work() -> list[SlaRule]:
        category = _stored(central, Category, request.path_params["code"])
        rules = [SlaRule(category.code, SlaStage(x.stage), x.limit_minutes, x.near_minutes) for x in form.limits]
        if len({r.stage for r in rules}) != len(rules):
            raise ApiError(422, "bad_args", "Each stage is named once.")
        for rule in rules:
            if (refused := catalogue.rule_problem(rule)) is not None:
                raise _refuse(refused)
        admin.put_records(central.storage, rules, by)  # the desks' policy follows through the feed
        return rules

    return JSONResponse([codec.to_wire(r) for r in await run_in_threadpool(work)])


# --- the grid --------------------------------------------------------------------------------------------

MAX_GRID_BYTES = 32 * 1024 * 1024


def import_grid(storage: Storage, data: Any, dry_run: bool, by: admin.By | None = None) -> GridImportResult:
    """Check a parsed GeoJSON file of cells (`domain.grid_import`) and, unless `dry_run` or refused, write
    them in one go; their records reach every desk through the feed. The console's import-grid too."""
    with storage.transaction() as tx:
        regions = RegionTree(ledger.all_of(tx, Region))
        known = {c.code: c for c in ledger.all_of(tx, GridCell)}
    found = grid_import.check_grid(data, regions, known)
    imported = False
    if found.ok and not dry_run and (found.new or found.changed):
        admin.put_records(storage, [c for c in found.cells if known.get(c.code) != c], by)
        imported = True
    problems = [GridProblem(kind=p.kind, feature=p.feature, code=p.code, other=p.other, text=p.text())
                for p in found.problems]
    return GridImportResult(cells=len(found.cells), new=found.new, changed=found.changed, unchanged=found.unchanged,
                            problems=problems, more=found.more, imported=imported)


async def post_grid(request: Request) -> Response:
    _actor, by = await _by(request)
    body = await read_body(request, MAX_GRID_BYTES)
    data = parse_json(body)
    dry_run = request.query_params.get("dry_run", "").lower() in ("1", "true", "yes")
    central: Central = request.app.state.central
    result = await run_in_threadpool(import_grid, central.storage, data, dry_run, by)
    if result.problems and not dry_run:
        return JSONResponse({"error": "bad_args", "message": "The grid file was refused; nothing was written: "
                             + " ".join(p.text for p in result.problems[:3]), **result.model_dump()}, status_code=422)
    return model_response(result)


# --- agencies --------------------------------------------------------------------------------------------


async def put_agency(request: Request) -> Response:
    _actor, by = await _by(request)
    form = await read_model(request, AgencyForm)
    central: Central = request.app.state.central
    agency = Agency(request.path_params["code"], form.name, Stationing(form.stationing), form.short_name, form.phone,
                    name_en=form.name_en, short_name_en=form.short_name_en)
    if (refused := catalogue.agency_problem(agency)) is not None:
        raise _refuse(refused)

    def work() -> int:
        with central.storage.transaction() as tx:
            before = ledger.get(tx, Agency, agency.code)
        if before != agency:
            admin.put_records(central.storage, [agency], by)
        return 201 if before is None else 200

    status = await run_in_threadpool(work)
    return JSONResponse(codec.to_wire(agency), status_code=status)


# --- plans ------------------------------------------------------------------------------------------------


def plan_of(plan_id: str, form: PlanForm) -> Plan:
    """The plan `form` describes; the console's put-plan reads its file with the same form."""
    tasks = tuple(PlanTask(t.agency, t.title, t.description, t.offset_minutes, title_en=t.title_en) for t in form.tasks)
    return Plan(plan_id, form.name, form.kind, tasks, name_en=form.name_en, active=form.active)


def put_plan(storage: Storage, plan: Plan, by: admin.By | None = None) -> bool:
    """Check `plan` against the city's agencies and store it if it changed; whether it is new. The console's
    put-plan too."""
    with storage.transaction() as tx:
        agencies = [a.code for a in ledger.all_of(tx, Agency)]
        before = ledger.get(tx, Plan, plan.id)
    if (refused := catalogue.plan_problem(plan, agencies)) is not None:
        raise admin.AdminError(refused.reason + ".")
    if before != plan:
        admin.put_records(storage, [plan], by)
    return before is None


async def put_plan_route(request: Request) -> Response:
    _actor, by = await _by(request)
    form = await read_model(request, PlanForm)
    central: Central = request.app.state.central
    plan = plan_of(request.path_params["id"], form)
    try:
        new = await run_in_threadpool(put_plan, central.storage, plan, by)
    except admin.AdminError as exc:
        raise ApiError(422, "bad_args", str(exc)) from None
    return JSONResponse(codec.to_wire(plan), status_code=201 if new else 200)


ROUTES = [
    Route("/api/v1/admin/officers", post_officer, methods=["POST"]),
    Route("/api/v1/admin/officers/{id}", patch_officer, methods=["PATCH"]),
    Route("/api/v1/admin/officers/{id}/password", post_password, methods=["POST"]),
    Route("/api/v1/admin/categories/{code}", patch_category, methods=["PATCH"]),
    Route("/api/v1/admin/categories/{code}/limits", put_limits, methods=["PUT"]),
    Route("/api/v1/admin/grid", post_grid, methods=["POST"]),
    Route("/api/v1/admin/agencies/{code}", put_agency, methods=["PUT"]),
    Route("/api/v1/admin/plans/{id}", put_plan_route, methods=["PUT"]),
]
