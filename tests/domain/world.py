"""A small city for domain tests: one city, two districts, three streets, officers of every role,
and a builder for incidents in any status."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.records import (
    Category,
    Incident,
    IncidentStatus,
    Officer,
    Region,
    RegionLevel,
    Role,
    Severity,
    SlaRule,
    SlaStage,
    Source,
)
from dispatch_desk.domain.sla import SlaPolicy, stage_clock

S = IncidentStatus
NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)

REGIONS = [
    Region("C", "示例市", RegionLevel.CITY),
    Region("D1", "东区", RegionLevel.DISTRICT, "C"),
    Region("D2", "西区", RegionLevel.DISTRICT, "C"),
    Region("S11", "东一街道", RegionLevel.STREET, "D1"),
    Region("S12", "东二街道", RegionLevel.STREET, "D1"),
    Region("S21", "西一街道", RegionLevel.STREET, "D2"),
]

CATEGORIES = [
    Category("pipe_burst", "管道爆裂", default_agency="WATER"),
    Category("litter", "乱扔垃圾"),
]

RULES = [
    SlaRule("pipe_burst", SlaStage.ACCEPT, limit_minutes=20, near_minutes=5),
    SlaRule("pipe_burst", SlaStage.DISPOSE, limit_minutes=240, near_minutes=60),
]


def policy() -> SlaPolicy:
    return SlaPolicy(categories=CATEGORIES, rules=RULES, regions=REGIONS)


OFFICERS = {
    o.id: o
    for o in [
        Officer("city_ops", "city_ops", "市值班员", Role.OPS_OFFICER, region="C"),
        Officer("d1_ops", "d1_ops", "东区值班员", Role.OPS_OFFICER, region="D1"),
        Officer("d2_ops", "d2_ops", "西区值班员", Role.OPS_OFFICER, region="D2"),
        Officer("s11_sup", "s11_sup", "东一街道", Role.STREET_SUPERVISOR, agency="S11-OFFICE", region="S11"),
        Officer("s12_sup", "s12_sup", "东二街道", Role.STREET_SUPERVISOR, agency="S12-OFFICE", region="S12"),
        Officer("water", "water", "水务", Role.AGENCY_OFFICER, agency="WATER"),
        Officer("roads", "roads", "路政", Role.AGENCY_OFFICER, agency="ROADS"),
        Officer("gas", "gas", "燃气", Role.AGENCY_OFFICER, agency="GAS"),
        Officer("liaison", "liaison", "水务联络员", Role.LIAISON, agency="WATER", operations=("OP1",)),
        Officer("leader", "leader", "领导", Role.LEADER, region="C"),
        Officer("analyst", "analyst", "分析员", Role.ANALYST, region="C"),
        Officer("admin", "admin", "管理员", Role.ADMIN),
        Officer("inactive", "inactive", "停用", Role.OPS_OFFICER, region="C", active=False),
        Officer("expired", "expired", "过期", Role.OPS_OFFICER, region="C", scope_until=NOW - timedelta(hours=1)),
    ]
}
ALL = tuple(OFFICERS)


def officer(name: str) -> Officer:
    return OFFICERS[name]


def incident(status: IncidentStatus = S.REPORTED, *, at: datetime = NOW, pending_suspension: bool = False,
             **changes) -> Incident:
    """An incident in street S11 (district D1), consistent with having reached `status` at `at`."""
    base = Incident(
        id=changes.pop("id", "INC-1"), title="自来水管爆裂", category="pipe_burst", source=Source.HOTLINE_12345,
        severity=Severity.NORMAL, status=status, lon=121.5, lat=31.2, reported_at=at - timedelta(hours=1),
        updated_at=at, grid_cell="G1", street="S11", district="D1", reporter="someone",
    )
    dispatched = status in (S.DISPATCHED, S.ACCEPTED, S.DISPOSED, S.VERIFIED, S.CLOSED, S.SUSPENDED)
    if dispatched or status is S.RETURNED:
        base = replace(base, lead_agency="WATER", co_agencies=("ROADS",), dispatched_at=at,
                       deadline=at + timedelta(hours=4))
    if status is S.SUSPENDED:
        base = replace(base, status=S.ACCEPTED)
    started, due = stage_clock(base.category, base.status, at, policy(), base.deadline)
    base = replace(base, stage_started_at=started, due_at=due)
    if status is S.SUSPENDED:
        base = replace(base, status=S.SUSPENDED, resume_status=S.ACCEPTED, suspended_at=at,
                       suspended_until=at + timedelta(days=1))
    if pending_suspension and status is not S.SUSPENDED:
        base = replace(base, suspended_until=at + timedelta(days=1))
    return replace(base, **changes)
