"""Small factories for store tests: records as the change feed carries them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import (
    Incident,
    IncidentStatus,
    Region,
    RegionLevel,
    Severity,
    SlaRule,
    SlaStage,
    Source,
)
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


def incident(n: int, **changes) -> Incident:
    base = Incident(
        id=f"inc-{n:04d}",
        title="井盖缺失",
        category="manhole",
        source=Source.HOTLINE_12345,
        severity=Severity.NORMAL,
        status=IncidentStatus.DISPATCHED,
        lon=121.47 + n * 0.001,
        lat=31.23,
        reported_at=T0 + timedelta(minutes=n),
        updated_at=T0 + timedelta(minutes=n),
        code=f"20261128{n:05d}",
        address="黄浦区南京东路100号",
        district="D01",
        street="S01",
        grid_cell="G001",
        lead_agency="A-CG",
        due_at=T0 + timedelta(hours=4, minutes=n),
    )
    return replace(base, **changes)


def change(seq: int, record, entity: str = "incident", key: str | None = None, op: str = "upsert") -> Change:
    key = key or getattr(record, "id", None) or record.code
    return Change(seq=seq, entity=entity, key=key, op=op, data=to_wire(record) if op == "upsert" else None)


REGIONS = [
    Region("C", "示例市", RegionLevel.CITY),
    Region("D01", "黄浦区", RegionLevel.DISTRICT, parent="C"),
    Region("D02", "静安区", RegionLevel.DISTRICT, parent="C"),
    Region("S01", "南京东路街道", RegionLevel.STREET, parent="D01"),
    Region("S02", "外滩街道", RegionLevel.STREET, parent="D01"),
    Region("S03", "静安寺街道", RegionLevel.STREET, parent="D02"),
]
SLA_RULES = [SlaRule("manhole", SlaStage.ACCEPT, 240, 60), SlaRule("manhole", SlaStage.DISPOSE, 480, 120)]


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "cache.db")
    changes = [change(i + 1, r, "region", r.code) for i, r in enumerate(REGIONS)]
    changes += [change(100 + i, r, "sla_rule", f"{r.category}:{r.stage}") for i, r in enumerate(SLA_RULES)]
    s.apply_changes(changes, 200)
    yield s
    s.close()
