"""Officers of the demo city (people and bot accounts), their demo passwords and duty rosters."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from dispatch_desk.demo import names
from dispatch_desk.demo.catalog import AGENCY_ROWS
from dispatch_desk.domain import duty
from dispatch_desk.domain.records import DutyShift, Handover, Officer, Role, Stationing

DEMO_PASSWORD = "demo1234"
BOT_PASSWORD = "demo-bot-1234"

# What `dispatch-desk demo --role X` logs in as.
ROLE_LOGINS: dict[str, str] = {
    "ops": "ops",
    "district": "ops.pd",
    "agency": "agency.cg",
    "street": "street.lj",
    "liaison": "liaison.1",
    "leader": "leader",
    "analyst": "analyst",
    "admin": "admin",
}

INTAKE_BOT = "bot.intake"  # reports incidents coming in from hotline, sensors, video AI, apps, 110
OPS_BOT = "bot.ops"  # a dispatcher on the night desk: registers, dispatches, verifies and closes a share
SENSOR_BOT = "bot.sensor"  # feeds indicator readings


def agency_bot(agency_code: str) -> str:
    return f"bot.{agency_code}"


@dataclass
class People:
    officers: list[Officer]
    passwords: dict[str, str]

    def by_username(self, username: str) -> Officer:
        return next(o for o in self.officers if o.username == username)

    def with_role(self, role: Role, region: str | None = None, agency: str | None = None) -> list[Officer]:
        return [
            o for o in self.officers
            if o.role == role and not o.username.startswith("bot.")
            and (region is None or o.region == region) and (agency is None or o.agency == agency)
        ]


def build(street_codes: list[str], rng: random.Random) -> People:
    used: set[str] = set()

    def person() -> str:
        while True:
            name = rng.choice(names.SURNAMES) + rng.choice(names.GIVEN_NAMES)
            if name not in used:
                used.add(name)
                return name

    officers: list[Officer] = []
    passwords: dict[str, str] = {}

    def add(username: str, name: str, role: Role, agency: str | None = None, region: str | None = None,
            password: str = DEMO_PASSWORD) -> None:
        officers.append(Officer(f"o-{username}", username, name, role, agency, region))
        passwords[username] = password

    city = names.CITY_CODE
    add("admin", person(), Role.ADMIN, region=city)
    add("leader", person(), Role.LEADER, region=city)
    add("analyst", person(), Role.ANALYST, region=city)
    for n in range(1, 5):
        add("ops" if n == 1 else f"ops.{n}", person(), Role.OPS_OFFICER, region=city)
    for suffix, _dname, dkey, _streets in names.DISTRICTS:
        dcode = city[:4] + suffix
        add(f"ops.{dkey}", person(), Role.OPS_OFFICER, region=dcode)
        add(f"ops.{dkey}.2", person(), Role.OPS_OFFICER, region=dcode)
        add(f"leader.{dkey}", person(), Role.LEADER, region=dcode)
    temporary = [row for row in AGENCY_ROWS if row[3] == Stationing.TEMPORARY]
    for code, _name, _short, stationing, _phone in AGENCY_ROWS:
        if stationing == Stationing.TEMPORARY:
            continue  # temporary agencies are represented by liaisons
        add(f"agency.{code}", person(), Role.AGENCY_OFFICER, agency=code, region=city)
        if stationing == Stationing.RESIDENT:
            add(f"agency.{code}.2", person(), Role.AGENCY_OFFICER, agency=code, region=city)
    street_keys = [s[1] for d in names.DISTRICTS for s in d[3]]
    for code, key in zip(street_codes, street_keys, strict=True):
        add(f"street.{key}", person(), Role.STREET_SUPERVISOR, region=code)
    for n, row in enumerate(temporary, start=1):
        add(f"liaison.{n}", person(), Role.LIAISON, agency=row[0])
    # Bot accounts of the simulator: the systems and desks that keep the demo city moving.
    add(INTAKE_BOT, "事件接入平台", Role.OPS_OFFICER, region=city, password=BOT_PASSWORD)
    add(OPS_BOT, person(), Role.OPS_OFFICER, region=city, password=BOT_PASSWORD)
    add(SENSOR_BOT, "城市体征感知平台", Role.ADMIN, region=city, password=BOT_PASSWORD)
    for code, *_ in AGENCY_ROWS:
        add(agency_bot(code), person(), Role.AGENCY_OFFICER, agency=code, region=city, password=BOT_PASSWORD)
    return People(officers, passwords)


HANDOVER_NOTES = (
    "夜间事件平稳，{n}件在办事件已交接，重点关注{place}。",
    "{place}占道经营反复，已请城管加强巡查，交班时{n}件待签收。",
    "白班受理量偏高，{n}件临近超时已电话催办，请接班同志跟进。",
    "{place}道路积水点已恢复正常，水务泵站值守人员已撤回。",
    "无重大突发事件。{n}件督办件需在今日内反馈。",
)


FIRST_CHANGE = timedelta(minutes=4)  # the first change of shift comes this soon after the city is made
SHIFT = timedelta(hours=12)


def first_change(now: datetime) -> datetime:
    """The demo's first change of shift: a round five minutes, four to nine minutes after `now`."""
    at = (now + FIRST_CHANGE).replace(second=0, microsecond=0)
    return at + timedelta(minutes=-at.minute % 5)


def duty_roster(people: People, region_codes: list[str], now: datetime,
                rng: random.Random) -> tuple[list[DutyShift], list[Handover]]:
    """Twelve-hour shifts (a chief and a duty officer for the city center and each district) for the
    last week and the next two days, changing at `first_change(now)`, and the handovers signed at
    every change already past.

    The city's chief of the shift that ends first is `ops`, the demo's own desk: its handover is due
    as soon as the demo opens; the next chief (`ops.2`) takes over at another desk of the city."""
    change = first_change(now)
    shifts: list[DutyShift] = []
    places = [r for d in names.ROADS.values() for r in d]
    leaving, coming = people.by_username("ops"), people.by_username("ops.2")
    for n in range(-14, 5):
        starts = change + n * SHIFT
        for region in region_codes:
            staff = people.with_role(Role.OPS_OFFICER, region=region)
            chief, member = rng.sample(staff, 2)
            if region == region_codes[0] and n in (-1, 0):
                chief = leaving if n == -1 else coming
                member = rng.choice([o for o in staff if o.id not in (leaving.id, coming.id)])
            for officer, post in ((chief, duty.CHIEF), (member, duty.POSTS[1])):
                shifts.append(DutyShift(id=f"duty-{region}-{starts:%Y%m%d%H%M}-{post}", officer=officer.id,
                                        region=region, starts_at=starts, ends_at=starts + SHIFT, post=post))
    handovers = []
    for shift in shifts:
        before = duty.previous_of(shifts, shift) if shift.starts_at <= now else None
        if before is None:
            continue
        note = ""
        if shift.post == duty.CHIEF:
            note = rng.choice(HANDOVER_NOTES).format(n=rng.randint(2, 15), place=rng.choice(places))
        handovers.append(Handover(
            id=shift.id, shift=shift.id, previous=before.id, region=shift.region, agency=None, post=shift.post,
            prepared_at=shift.starts_at - timedelta(minutes=rng.randint(6, 15)), note=note,
            handed_over_by=before.officer, handed_over_at=shift.starts_at - timedelta(minutes=rng.randint(2, 5)),
            taken_over_by=shift.officer, taken_over_at=shift.starts_at + timedelta(minutes=rng.randint(0, 4))))
    return shifts, handovers
