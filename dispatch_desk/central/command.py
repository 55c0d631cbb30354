"""`dispatch-desk central ...`: serve the API and administer officers and reference data.

    dispatch-desk central serve --db central.db --host 127.0.0.1 --port 8765
    dispatch-desk central create-officer --db central.db --username li --role ops_officer --password-stdin
    dispatch-desk central seed-demo --db central.db --seed 7
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import uuid
from pathlib import Path
from typing import Any

from dispatch_desk.domain import catalogue, codec, officers
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import (
    Agency,
    Category,
    Dimension,
    GridCell,
    Officer,
    Plan,
    Polygon,
    Region,
    RegionLevel,
    Role,
    SlaRule,
    SlaStage,
    Stationing,
)

from . import admin, audit
from .storage import Storage

DEFAULT_DB = "central.db"

# list-able kinds: command word -> record class
KINDS: dict[str, type] = {"agencies": Agency, "regions": Region, "grid-cells": GridCell, "categories": Category,
                          "sla-rules": SlaRule, "officers": Officer, "plans": Plan}


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    def db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", default=DEFAULT_DB,
                       help="a SQLite file path, sqlite:///path or postgresql://... (default: %(default)s)")
        return p

    p = db(sub.add_parser("serve", help="run the API v1 service"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--log-level", default="info")
    p.add_argument("--certfile", help="serve HTTPS with this PEM certificate (chain); needs --keyfile")
    p.add_argument("--keyfile", help="the PEM private key of --certfile")
    p.set_defaults(_action=_serve)

    db(sub.add_parser("migrate", help="create or upgrade the database")).set_defaults(_action=_migrate)

    p = db(sub.add_parser("create-officer", help="create (or update) an officer account"))
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--agency")
    p.add_argument("--region")
    p.add_argument("--operation", action="append", default=[], help="an operation id (repeatable)")
    p.add_argument("--name")
    p.add_argument("--id", help="officer id (default: a new UUID, or the existing officer's)")
    p.add_argument("--password-stdin", action="store_true", required=True,
                   help="read the password from the first line of standard input")
    p.set_defaults(_action=_create_officer)

    p = db(sub.add_parser("disable-officer", help="disable an account and revoke its sessions"))
    p.add_argument("--username", required=True)
    p.set_defaults(_action=_disable_officer)

    p = db(sub.add_parser("add-agency", help="add or update an agency"))
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--stationing", choices=[s.value for s in Stationing], default="regular")
    p.add_argument("--short-name", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--name-en", default="", help="the name in English")
    p.add_argument("--short-name-en", default="", help="the short name in English")
    p.set_defaults(_action=_add_agency)

    p = db(sub.add_parser("add-region", help="add or update a region (city, district or street)"))
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--level", required=True, choices=[lv.value for lv in RegionLevel])
    p.add_argument("--parent")
    p.add_argument("--polygon", help="JSON list of rings of [lon, lat]")
    p.add_argument("--name-en", default="", help="the name in English")
    p.set_defaults(_action=_add_region)

    p = db(sub.add_parser("add-grid-cell", help="add or update a grid cell"))
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--street", required=True)
    p.add_argument("--polygon", required=True, help="JSON list of rings of [lon, lat]")
    p.add_argument("--team", default="")
    p.add_argument("--name-en", default="", help="the name in English")
    p.set_defaults(_action=_add_grid_cell)

    p = db(sub.add_parser("import-grid", help="add or replace grid cells from a GeoJSON file, checked as a whole"))
    p.add_argument("file", help="a GeoJSON FeatureCollection: one Polygon per cell, properties code, name, street")
    p.add_argument("--dry-run", action="store_true", help="only say what the file would do")
    p.set_defaults(_action=_import_grid)

    p = db(sub.add_parser("put-plan", help="add, change or withdraw a plan (预案) with its task templates"))
    p.add_argument("id", help="the plan's code")
    p.add_argument("file", help="a JSON file: name, name_en, kind, active and tasks [{agency, title, title_en, "
                                "description, offset_minutes}], as the admin endpoint takes it")
    p.set_defaults(_action=_put_plan)

    p = db(sub.add_parser("add-category", help="add or update an incident category"))
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--group", default="")
    p.add_argument("--default-agency")
    p.add_argument("--dimension", choices=[d.value for d in Dimension])
    p.add_argument("--name-en", default="", help="the name in English")
    p.add_argument("--group-en", default="", help="the group in English")
    p.add_argument("--exact-location", action="store_true",
                   help="open data may publish the exact point (a problem of public space); without it, the grid cell")
    p.set_defaults(_action=_add_category)

    p = db(sub.add_parser("add-sla-rule", help="set the time limit of one stage of a category"))
    p.add_argument("--category", required=True)
    p.add_argument("--stage", required=True, choices=[s.value for s in SlaStage])
    p.add_argument("--limit-minutes", type=int, required=True)
    p.add_argument("--near-minutes", type=int, required=True)
    p.set_defaults(_action=_add_sla_rule)

    p = db(sub.add_parser("list", help="list reference records as JSON lines"))
    p.add_argument("kind", choices=sorted(KINDS))
    p.set_defaults(_action=_list)

    p = db(sub.add_parser("audit", help="print the audit trail of mutations as JSON lines, oldest first"))
    p.add_argument("--username", help="only this officer's mutations")
    p.add_argument("--mutation", help="only this mutation id")
    p.add_argument("--kind", help="only this kind of entry (mutation, auth.login, refused, admin.import, ...)")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--verify", action="store_true",
                   help="check the hash chain instead: exit 1 naming every edited, deleted or reordered row")
    p.set_defaults(_action=_audit)

    p = db(sub.add_parser("import", help="load a seed bundle from a JSON file"))
    p.add_argument("file", type=Path)
    p.set_defaults(_action=_import)

    p = db(sub.add_parser("seed-demo", help="load the generated demo city"))
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(_action=_seed_demo)

    from . import cap_admin, open311_admin

    open311_admin.configure(sub, db)  # api_keys of Open311 clients
    cap_admin.configure(sub, db)  # CAP 1.2 files and the plan triggers of CAP alerts


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args._action(args) or 0)
    except (admin.AdminError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _open(args: argparse.Namespace) -> Storage:
    return Storage.open(args.db)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .api import create_app

    if bool(args.certfile) != bool(args.keyfile):
        print("error: HTTPS needs both --certfile and --keyfile", file=sys.stderr)
        return 2
    storage = _open(args)
    app = create_app(storage)
    announcer = app.state.central.announcer

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            announcer.close_soon()  # open streams end now, so the graceful shutdown does not wait on them
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level,
                            timeout_graceful_shutdown=3, ssl_certfile=args.certfile, ssl_keyfile=args.keyfile)
    try:
        Server(config).run()
    finally:
        storage.close()
    return 0


def _migrate(args: argparse.Namespace) -> int:
    storage = Storage(args.db)
    applied = storage.migrate()
    storage.close()
    print(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))
    return 0


def _create_officer(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n")
    if (why := officers.password_problem(password, args.username)) is not None:
        raise admin.AdminError(why + ".")
    storage = _open(args)
    try:
        try:
            existing = admin.find_officer(storage, args.username)
        except admin.AdminError:
            existing = None
        officer = Officer(
            id=args.id or (existing.id if existing else str(uuid.uuid4())),
            username=args.username,
            name=args.name or (existing.name if existing else args.username),
            role=Role(args.role),
            agency=args.agency,
            region=args.region,
            operations=tuple(args.operation),
        )
        regions = RegionTree(admin.list_records(storage, Region))
        if (refused := officers.problem(officer, regions, [a.code for a in admin.list_records(storage, Agency)])):
            raise admin.AdminError(refused.reason + ".")
        admin.create_officer(storage, officer, password)
    finally:
        storage.close()
    print(json.dumps(codec.to_wire(officer), ensure_ascii=False))
    return 0


def _disable_officer(args: argparse.Namespace) -> int:
    storage = _open(args)
    try:
        officer = admin.disable_officer(storage, args.username)
    finally:
        storage.close()
    print(f"disabled {officer.username} ({officer.id}); their sessions are revoked")
    return 0


def _polygon(text: str | None) -> Polygon:
    if not text:
        return ()
    try:
        rings = json.loads(text)
        return tuple(tuple((float(x), float(y)) for x, y in ring) for ring in rings)
    except (ValueError, TypeError) as exc:
        raise admin.AdminError(f"The polygon must be a JSON list of rings of [lon, lat]: {exc}") from None


def _put(args: argparse.Namespace, record: Any) -> int:
    storage = _open(args)
    try:
        admin.put_records(storage, [record])
    finally:
        storage.close()
    print(json.dumps(codec.to_wire(record), ensure_ascii=False))
    return 0


def _add_agency(args: argparse.Namespace) -> int:
    return _put(args, Agency(args.code, args.name, Stationing(args.stationing), args.short_name, args.phone,
                              name_en=args.name_en, short_name_en=args.short_name_en))


def _add_region(args: argparse.Namespace) -> int:
    return _put(args, Region(args.code, args.name, RegionLevel(args.level), args.parent, _polygon(args.polygon),
                              name_en=args.name_en))


def _add_grid_cell(args: argparse.Namespace) -> int:
    polygon = _polygon(args.polygon)
    if not polygon or len(polygon[0]) < 4:
        raise admin.AdminError("A grid cell needs a closed polygon ring of at least four points.")
    return _put(args, GridCell(args.code, args.name, args.street, polygon, args.team, name_en=args.name_en))


def _import_grid(args: argparse.Namespace) -> int:
    from .staff import import_grid

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise admin.AdminError(f"The file cannot be read as JSON: {exc}") from None
    storage = _open(args)
    try:
        result = import_grid(storage, data, args.dry_run)
    finally:
        storage.close()
    print(json.dumps(result.model_dump(), ensure_ascii=False, indent=1))
    return 1 if result.problems else 0


def _put_plan(args: argparse.Namespace) -> int:
    from dispatch_desk.domain.wire import PlanForm

    from .staff import plan_of, put_plan

    try:
        form = PlanForm.model_validate_json(Path(args.file).read_bytes())
    except OSError as exc:
        raise admin.AdminError(f"The file cannot be read: {exc}") from None
    plan = plan_of(args.id, form)
    storage = _open(args)
    try:
        put_plan(storage, plan)
    finally:
        storage.close()
    print(json.dumps(codec.to_wire(plan), ensure_ascii=False))
    return 0


def _add_category(args: argparse.Namespace) -> int:
    dimension = Dimension(args.dimension) if args.dimension else None
    return _put(args, Category(args.code, args.name, args.group, args.default_agency, dimension,
                                name_en=args.name_en, group_en=args.group_en, exact_location=args.exact_location))


def _add_sla_rule(args: argparse.Namespace) -> int:
    rule = SlaRule(args.category, SlaStage(args.stage), args.limit_minutes, args.near_minutes)
    if (refused := catalogue.rule_problem(rule)) is not None:
        raise admin.AdminError(refused.reason + ".")
    return _put(args, rule)


def _list(args: argparse.Namespace) -> int:
    storage = _open(args)
    try:
        records = admin.list_records(storage, KINDS[args.kind])
    finally:
        storage.close()
    for record in records:
        print(json.dumps(codec.to_wire(record), ensure_ascii=False))
    return 0


def _audit(args: argparse.Namespace) -> int:
    storage = _open(args)
    try:
        if args.verify:
            verdict = audit.verify(storage)
            for problem in verdict.problems:
                print(f"TAMPERED: {problem}")
            legacy = f" ({verdict.legacy} older rows are not chained)" if verdict.legacy else ""
            print(f"{'ok' if verdict.ok else 'FAILED'}: {verdict.rows} chained audit rows checked{legacy}")
            return 0 if verdict.ok else 1
        officer_id = admin.find_officer(storage, args.username).id if args.username else None
        entries = admin.audit_entries(storage, mutation_id=args.mutation, officer_id=officer_id, limit=args.limit,
                                      kind=args.kind)
    finally:
        storage.close()
    for entry in entries:
        print(json.dumps(entry, ensure_ascii=False))
    return 0


def _import(args: argparse.Namespace) -> int:
    bundle = admin.read_bundle(args.file)
    return _load(args, bundle)


def _seed_demo(args: argparse.Namespace) -> int:
    from dispatch_desk.demo.generator import generate  # the demo city is only needed here

    return _load(args, generate(args.seed))


def _load(args: argparse.Namespace, bundle: Any) -> int:
    storage = _open(args)
    try:
        count = admin.load_bundle(storage, bundle)
    finally:
        storage.close()
    print(f"loaded {count} records")
    return 0

