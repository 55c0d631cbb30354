"""Administration of the central service: officers, reference data and bulk loads of seed bundles.

Used by the `dispatch-desk central ...` commands, the demo and the tests. Every write goes through
the ledger, so it reaches clients through the change feed like any other change.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dispatch_desk.domain import codec
from dispatch_desk.domain.bundle import SeedBundle, bundle_text_problems, text_problems
from dispatch_desk.domain.geo_regions import RegionTree
from dispatch_desk.domain.records import Incident, Officer, Region

from . import audit, auth, ledger, scope
from .storage import Storage, Tx

# Load order: what a record refers to comes first, so a client applying the feed in order never
# sees a reference to something it has not received.
BUNDLE_ORDER = (
    "regions", "grid_cells", "agencies", "categories", "sla_rules", "officers", "indicators", "knowledge_docs",
    "plans", "operations", "tasks", "log_entries", "sitreps", "duty_shifts", "handovers", "incidents", "incident_actions", "alerts",
    "readings",
)
COPY_CHUNK = 50_000


class AdminError(Exception):
    """A refused administrative request; the message is for the person at the console."""


def create_officer(storage: Storage, officer: Officer, password: str, by: By | None = None) -> Officer:
    """Create or replace an account with a password; `by` is the administrator at a desk (None: the console)."""
    password_hash = auth.hash_password(password)
    with storage.transaction(write=True) as tx:
        taken = tx.one("SELECT officer_id FROM credentials WHERE username = ?", (officer.username,))
        if taken is not None and taken[0] != officer.id:
            raise AdminError(f"The username {officer.username!r} is taken.")
        previous = ledger.get(tx, Officer, officer.id)
        if previous is not None:
            scope.scope_changed(tx, previous, officer, RegionTree(ledger.all_of(tx, Region)))
        ledger.put(tx, officer)
        reset = auth.set_password(tx, officer, password_hash)
        _audit(tx, "admin.password_reset" if reset else "admin.create_officer", officer.id,
               {"username": officer.username, "role": officer.role.value, "agency": officer.agency,
                "region": officer.region, "operations": list(officer.operations), "existed": previous is not None},
               by)
    return officer


CONSOLE = "console"


@dataclasses.dataclass(frozen=True)
class By:
    """The administrator who asked from a desk, as the audit names them."""

    officer_id: str
    device_id: str
    client: str


def _audit(tx: Tx, kind: str, subject: str, args: dict[str, Any], by: By | None = None) -> None:
    """An administrative command, at the console or by an administrator's desk: the subject is the record
    it changed."""
    who = {"device_id": CONSOLE} if by is None else dataclasses.asdict(by)
    audit.record(tx, kind, mutation_id="", name=subject, args=args, outcome="ok", **who)


def set_password(storage: Storage, officer_id: str, password: str, by: By | None = None) -> None:
    """A new password for an account; its sessions end (whoever held them must sign in again)."""
    password_hash = auth.hash_password(password)
    with storage.transaction(write=True) as tx:
        officer = ledger.get(tx, Officer, officer_id)
        if officer is None:
            raise AdminError(f"No officer {officer_id!r}.")
        auth.set_password(tx, officer, password_hash)  # a reset revokes every session of the account
        _audit(tx, "admin.password_reset", officer.id, {"username": officer.username}, by)


def set_officer(storage: Storage, officer: Officer, by: By | None = None) -> None:
    """Replace an officer's record (scope, role, operations); their feed follows the change."""
    with storage.transaction(write=True) as tx:
        previous = ledger.get(tx, Officer, officer.id)
        if previous is None:
            raise AdminError(f"No officer {officer.id!r}.")
        scope.scope_changed(tx, previous, officer, RegionTree(ledger.all_of(tx, Region)))
        ledger.put(tx, officer)
        if not officer.active:
            auth.revoke_all(tx, officer.id)
        _audit(tx, "admin.disable_officer" if previous.active and not officer.active else "admin.set_officer",
               officer.id, {"username": officer.username, "role": officer.role.value, "active": officer.active,
                            "region": officer.region, "agency": officer.agency,
                            "operations": list(officer.operations)}, by)


def find_officer(storage: Storage, username: str) -> Officer:
    with storage.transaction() as tx:
        row = tx.one("SELECT officer_id FROM credentials WHERE username = ?", (username,))
        officer = ledger.get(tx, Officer, row[0]) if row else None
        if officer is None:
            officer = next((o for o in ledger.all_of(tx, Officer) if o.username == username), None)
    if officer is None:
        raise AdminError(f"No officer with the username {username!r}.")
    return officer


def disable_officer(storage: Storage, username: str) -> Officer:
    """Disable an account: its tokens are revoked at once and it sees nothing more."""
    officer = dataclasses.replace(find_officer(storage, username), active=False)
    set_officer(storage, officer)
    return officer


def put_records(storage: Storage, records: Sequence[Any], by: By | None = None) -> int:
    """Insert or replace reference records (regions, cells, agencies, categories, SLA rules, ...); `by` is
    the administrator at a desk (None: the console)."""
    problems = text_problems(records)
    if problems:
        raise AdminError("Nothing was written: " + " ".join(problems))
    with storage.transaction(write=True) as tx:
        seq = ledger.put_many(tx, records)
        kinds = sorted({ledger.ENTITY_OF[type(r)] for r in records})
        _audit(tx, "admin.put_records", ",".join(kinds)[:128],
               {"count": len(records), "kinds": kinds, "keys": [ledger.key_of(r) for r in records[:50]]}, by)
        return seq


def list_records(storage: Storage, cls: type) -> list[Any]:
    with storage.transaction() as tx:
        return ledger.all_of(tx, cls)


def audit_entries(storage: Storage, *, mutation_id: str | None = None, officer_id: str | None = None,
                  limit: int = 10_000, kind: str | None = None) -> list[dict[str, Any]]:
    """Audit records, oldest first, optionally of one mutation id, one officer or one kind."""
    where, params = [], []
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    if mutation_id is not None:
        where.append("mutation_id = ?")
        params.append(mutation_id)
    if officer_id is not None:
        where.append("officer_id = ?")
        params.append(officer_id)
    names = ("at", "kind", "officer_id", "device_id", "client", "mutation_id", "name", "args", "outcome", "reason",
             "seq", "n")
    sql = f"SELECT {', '.join(names)} FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id LIMIT ?"
    with storage.transaction() as tx:
        rows = tx.execute(sql, (*params, limit))
    entries = [dict(zip(names, row, strict=True)) for row in rows]
    for entry in entries:
        try:
            entry["args"] = json.loads(entry["args"])
        except ValueError:  # a row from before arguments were always kept as JSON (cut at 20,000 characters)
            entry["args"] = {"unparsed": entry["args"]}
    return entries


def load_bundle(storage: Storage, bundle: SeedBundle) -> int:
    """Load every record of a bundle in one transaction (bulk insert); returns the records written.

    Passwords of the bundle (demo accounts) are hashed once per distinct password: argon2 is slow by
    design, and hundreds of demo officers share a handful of passwords. A bundle whose reference names
    are not valid text is refused whole, before anything is written.
    """
    problems = bundle_text_problems(bundle)
    if problems:
        raise AdminError("The bundle was not loaded: " + " ".join(problems))
    hashes: dict[str, str] = {}
    credentials = []
    for officer in bundle.officers:
        password = bundle.passwords.get(officer.username)
        if password is not None:
            if password not in hashes:
                hashes[password] = auth.hash_password(password)
            credentials.append((officer, hashes[password]))
    total = 0
    with storage.transaction(write=True) as tx:
        for name in BUNDLE_ORDER:
            records = getattr(bundle, name)
            if records:
                _bulk_put(tx, records)
                total += len(records)
        resets = sum(auth.set_password(tx, officer, password_hash) for officer, password_hash in credentials)
        _raise_case_counters(tx, bundle.incidents)
        _audit(tx, "admin.import", "bundle", {"records": total, "credentials": len(credentials), "resets": resets,
                                             **{name: len(getattr(bundle, name)) for name in BUNDLE_ORDER
                                                if getattr(bundle, name)}})
    return total


def _raise_case_counters(tx: Tx, incidents: Iterable[Incident]) -> None:
    """New reports are numbered after the loaded history: each day's counter starts above its codes."""
    highest: dict[str, int] = {}
    for incident in incidents:
        code = incident.code
        if len(code) == 13 and code.isdigit():
            day, number = code[:8], int(code[8:])
            highest[day] = max(highest.get(day, 0), number)
    for day, number in highest.items():
        tx.raise_value(f"case:{day}", number)


def _bulk_put(tx: Tx, records: Sequence[Any]) -> None:
    if tx.backend != "postgresql":
        for start in range(0, len(records), COPY_CHUNK):
            ledger.put_many(tx, records[start : start + COPY_CHUNK])
        return
    # PostgreSQL: COPY into a scratch table, then one upsert from it — far faster than row inserts.
    first = tx.next_seq(len(records))
    tx.execute("CREATE TEMP TABLE IF NOT EXISTS bulk_records (entity TEXT, key TEXT, seq BIGINT, data TEXT, "
               "parent TEXT) ON COMMIT DROP")
    tx.execute("TRUNCATE bulk_records")
    tx.copy_rows("bulk_records", ("entity", "key", "seq", "data", "parent"), _rows(records, first))
    tx.execute(
        "INSERT INTO records (entity, key, seq, deleted, data, parent) "
        "SELECT entity, key, seq, 0, data, parent FROM bulk_records "
        "ON CONFLICT (entity, key) DO UPDATE SET seq = excluded.seq, deleted = 0, data = excluded.data, "
        "parent = excluded.parent"
    )


def _rows(records: Iterable[Any], first: int) -> Iterable[tuple[Any, ...]]:
    for i, record in enumerate(records):
        entity, data = ledger.ENTITY_OF[type(record)], ledger.encode(record)
        yield entity, ledger.key_of(record), first + i, ledger.dumps(data), ledger.parent_of(entity, data)


def read_bundle(path: Path) -> SeedBundle:
    """A SeedBundle from a JSON file: an object with the bundle's field names, records as wire dicts."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AdminError(f"Cannot read {path}: {exc}") from None
    return bundle_from_wire(raw)


def bundle_from_wire(raw: Any) -> SeedBundle:
    if not isinstance(raw, dict):
        raise AdminError("A bundle file holds one JSON object.")
    hints = {f.name: f for f in dataclasses.fields(SeedBundle)}
    unknown = set(raw) - set(hints)
    if unknown:
        raise AdminError(f"Unknown bundle field(s): {', '.join(sorted(unknown))}.")
    bundle = SeedBundle()
    hinted = typing.get_type_hints(SeedBundle)
    classes = {name: typing.get_args(hinted[name])[0] for name in BUNDLE_ORDER}
    for name, value in raw.items():
        if name in classes:
            if not isinstance(value, list):
                raise AdminError(f"'{name}' must be a list.")
            try:
                setattr(bundle, name, [codec.from_wire(classes[name], item) for item in value])
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                raise AdminError(f"Invalid record in '{name}': {exc}") from None
        elif name in ("passwords", "basemap"):
            if not isinstance(value, dict):
                raise AdminError(f"'{name}' must be an object.")
            setattr(bundle, name, value)
    return bundle


def bundle_to_wire(bundle: SeedBundle) -> dict[str, Any]:
    out: dict[str, Any] = {name: [codec.to_wire(r) for r in getattr(bundle, name)] for name in BUNDLE_ORDER}
    out["passwords"] = dict(bundle.passwords)
    out["basemap"] = bundle.basemap
    return out

