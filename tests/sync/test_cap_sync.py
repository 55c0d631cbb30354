"""A CAP typhoon warning posted over real HTTP reaches desks' caches through the sync engine's live
stream, with every info block, its area on the grid and the plan it proposes; its Cancel follows."""

from __future__ import annotations

from datetime import UTC, datetime

from dispatch_desk.central import cap as central_cap
from dispatch_desk.domain import cap
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.records import Alert, Role
from tests.central.test_cap import TYPHOON_PLAN, XML, fresh, ref, sample
from tests.sync.conftest import PASSWORD
from tests.sync.test_live import Watch, synced


def test_a_typhoon_warning_reaches_every_desk_and_proposes_the_plan(city, make_engine) -> None:
    city.add(TYPHOON_PLAN)
    central_cap.add_trigger(city.storage, "plan-typhoon", "台风", "Severe")
    city.create_officer("weather-feed", Role.OPS_OFFICER, region="C", name="气象台接口")
    city.create_officer("sup", Role.STREET_SUPERVISOR, region="S21", name="街道")
    desks = [make_engine(city.url, name, live=True, poll_interval=3600, live_poll_interval=3600)
             for name in ("wang", "sup")]
    watches = []
    for desk, username in zip(desks, ("wang", "sup"), strict=True):
        desk.login(username, PASSWORD)
        watches.append(Watch(desk))
        desk.start()
    for watch in watches:
        assert watch.state(synced) and watch.state(live=True, connection="online")

    warning = fresh(sample("typhoon_warning.xml"))
    feed = city.client("weather-feed", device_id="weather-office")
    resp = feed.post("/api/v1/cap", data=warning, headers=XML)
    assert resp.status_code == 201, resp.text
    (alert_key,) = resp.json()["alerts"]
    for desk, watch in zip(desks, watches, strict=True):
        assert watch.changed("alert", alert_key)  # polling is an hour away: the stream told it
        row = desk._store().get("alert", alert_key)
        assert row is not None
        alert = from_wire(Alert, row)
        assert [i.language for i in alert.cap.infos] == ["zh-CN", "en"]
        assert cap.choose_info(alert.cap.infos, "zh-CN").headline == "示范市气象台发布台风橙色预警"
        assert cap.choose_info(alert.cap.infos, "en").severity == "Severe"
        assert alert.cells == ("G11", "G12") and alert.districts == ("D1",) and alert.area
        assert cap.proposal(alert, datetime.now(UTC)) == ("plan-typhoon",)

    cancel = fresh(sample("typhoon_warning.xml"), identifier="SHMB-TY-2026-0914-09", msgType="Cancel",
                   references=ref(warning))
    for watch in watches:
        watch.changes.clear()
    assert feed.post("/api/v1/cap", data=cancel, headers=XML).json()["outcome"] == "cancelled"
    for desk, watch in zip(desks, watches, strict=True):
        assert watch.changed("alert", alert_key)
        ended = from_wire(Alert, desk._store().get("alert", alert_key))
        assert ended.cleared_at is not None and cap.proposal(ended, datetime.now(UTC)) == ()
    for desk in desks:
        desk.stop()
