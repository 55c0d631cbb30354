"""A suspension that runs out is recorded as ended, so every cache's queues see the clock again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.central import suspensions
from tests.support.central import CentralServer, report_args, visible


def _suspended(city: CentralServer, until: datetime) -> str:
    ops, cg, admin = city.client("ops"), city.client("cg"), city.client("admin")
    args = report_args()
    for client, name, extra in (
        (ops, "incident.report", args),
        (ops, "incident.register", {}),
        (ops, "incident.dispatch", {"lead_agency": "CG"}),
        (cg, "incident.accept", {}),
        (cg, "incident.suspend", {"reason": "等待管线单位配合", "until": until.isoformat()}),
        (admin, "incident.approve_suspension", {"approved": True}),
    ):
        result = client.mutate(name, {"id": args["id"], **extra})
        assert result["outcome"] == "applied", (name, result)
    return args["id"]


def test_a_lapsed_suspension_is_recorded_once_and_reaches_the_feed(any_city: CentralServer) -> None:
    until = datetime.now(UTC) + timedelta(hours=2)
    incident_id = _suspended(any_city, until)
    cache = any_city.app.state.central.cache
    assert suspensions.sweep(any_city.storage, cache, until - timedelta(minutes=1)) == 0  # not over yet

    assert suspensions.sweep(any_city.storage, cache, until + timedelta(minutes=1)) == 1
    assert suspensions.sweep(any_city.storage, cache, until + timedelta(minutes=2)) == 0  # recorded once

    state = visible(any_city.client("cg").pull()[0])
    incident = state[("incident", incident_id)]
    assert incident["status"] == "accepted" and incident["suspended_until"] is None
    assert incident["suspended_seconds"] >= 2 * 3600 - 60  # the suspended time is kept off the SLA
    notes = [a for (entity, _), a in state.items() if entity == "incident_action"
             and a["incident_id"] == incident_id and a["actor"] == "o-system"]
    assert [n["note"] for n in notes] == [suspensions.NOTE]
