"""Officers of the demo city (people and bot accounts), their demo passwords and duty rosters."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from dispatch_desk.demo import names
from dispatch_desk.demo.catalog import AGENCY_ROWS
from dispatch_desk.domain.records import DutyShift, Officer, Role, Stationing

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


_HANDOVER = (
    "夜间事件平稳，{n}件在办事件已交接，重点关注{place}。",
    "{place}占道经营反复，已请城管加强巡查，交班时{n}件待签收。",
    "白班受理量偏高，{n}件临近超时已电话催办，请接班同志跟进。",
    "{place}道路积水点已恢复正常，水务泵站值守人员已撤回。",
    "无重大突发事件。{n}件督办件需在今日内反馈。",
)


def duty_shifts(people: People, region_codes: list[str], now: datetime, rng: random.Random) -> list[DutyShift]:
    """Day (08–20) and night (20–08) shifts, local time, for the last week and the next two days."""
    shifts: list[DutyShift] = []
    local_midnight = (now + timedelta(hours=8)).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(
        hours=8
    )
    places = [r for d in names.ROADS.values() for r in d]
    for day in range(-7, 3):
        for start_h in (8, 20):
            starts = local_midnight + timedelta(days=day, hours=start_h)
            ends = starts + timedelta(hours=12)
            for region in region_codes:
                staff = people.with_role(Role.OPS_OFFICER, region=region)
                chief, member = rng.sample(staff, 2)
                for officer, post in ((chief, "值班长"), (member, "值班员")):
                    note = ""
                    if ends <= now and post == "值班长":
                        note = rng.choice(_HANDOVER).format(n=rng.randint(2, 15), place=rng.choice(places))
                    shifts.append(DutyShift(
                        id=f"duty-{region}-{starts:%Y%m%d%H}-{post}",
                        officer=officer.id, region=region, starts_at=starts, ends_at=ends, post=post,
                        handover_note=note,
                    ))
    return shifts
