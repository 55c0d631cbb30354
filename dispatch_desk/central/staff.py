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

Each is audited as the console's commands are (`admin.create_officer`, `admin.set_officer`,
`admin.disable_officer`, `admin.password_reset`), naming the administrator and their desk; a password
is never written to the audit. The same operations stay on the command line (`dispatch-desk central
create-officer`, `disable-officer`).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dispatch_desk.domain import catalogue, codec, officers
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.permissions import why_not_administer
from dispatch_desk.domain.records import Agency, Category, Officer, Region, Role, SlaRule, SlaStage
from dispatch_desk.domain.wire import CategoryForm, LimitsForm, OfficerForm, PasswordForm
from dispatch_desk.domain.workflow_actions import Refused

from . import admin, ledger
from .http import ApiError, read_model

if TYPE_CHECKING:
    from .api import Central


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


def _existing(central: Central, officer_id: str) -> Officer:
    with central.storage.transaction() as tx:
        found = ledger.get(tx, Officer, officer_id)
    if found is None:
        raise ApiError(404, "not_found", "No officer with this id.")
    return found


async def patch_officer(request: Request) -> Response:
    actor, by = await _by(request)
    form = await read_model(request, OfficerForm)
    central: Central = request.app.state.central
    if form.password is not None:
        raise ApiError(422, "bad_args", "A password is set on its own (POST …/password).")

    def work() -> Officer:
        before = _existing(central, request.path_params["id"])
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
        target = _existing(central, request.path_params["id"])
        if (refused := officers.why_not_change(actor, target, target, datetime.now(UTC))) is not None:
            raise _refuse(refused)
        if (why := officers.password_problem(form.password, target.username)) is not None:
            raise ApiError(422, "bad_args", why + ".")
        admin.set_password(central.storage, target.id, form.password, by)

    await run_in_threadpool(work)
    return Response(status_code=204)


ROUTES = [
    Route("/api/v1/admin/officers", post_officer, methods=["POST"]),
    Route("/api/v1/admin/officers/{id}", patch_officer, methods=["PATCH"]),
    Route("/api/v1/admin/officers/{id}/password", post_password, methods=["POST"]),
]


# --- categories and their time limits ------------------------------------------------------------------


def _category(central: Central, code: str) -> Category:
    with central.storage.transaction() as tx:
        found = ledger.get(tx, Category, code)
    if found is None:
        raise ApiError(404, "not_found", "No category with this code.")
    return found


async def patch_category(request: Request) -> Response:
    _actor, by = await _by(request)
    form = await read_model(request, CategoryForm)
    central: Central = request.app.state.central

    def work() -> Category:
        before = _category(central, request.path_params["code"])
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
        category = _category(central, request.path_params["code"])
        rules = [SlaRule(category.code, SlaStage(x.stage), x.limit_minutes, x.near_minutes) for x in form.limits]
        if len({r.stage for r in rules}) != len(rules):
            raise ApiError(422, "bad_args", "Each stage is named once.")
        for rule in rules:
            if (refused := catalogue.rule_problem(rule)) is not None:
                raise _refuse(refused)
        admin.put_records(central.storage, rules, by)  # the desks' policy follows through the feed
        return rules

    return JSONResponse([codec.to_wire(r) for r in await run_in_threadpool(work)])


ROUTES += [
    Route("/api/v1/admin/categories/{code}", patch_category, methods=["PATCH"]),
    Route("/api/v1/admin/categories/{code}/limits", put_limits, methods=["PUT"]),
]
