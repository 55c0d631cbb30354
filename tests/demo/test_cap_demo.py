"""The demo's CAP typhoon warning (demo/cap_warning.py), posted by the simulator's HTTP client to a
real central service: it validates, covers the city, and proposes the typhoon plan by the seeded trigger."""

from __future__ import annotations

from datetime import UTC, datetime

from dispatch_desk.central import cap_xml, ledger
from dispatch_desk.demo import cap_warning
from dispatch_desk.demo.bots import HttpCentral
from dispatch_desk.domain import cap
from dispatch_desk.domain.records import Alert, AlertLevel, Region
from tests.central.conftest import populate
from tests.central.test_cap import TYPHOON_PLAN
from tests.support.central import DEFAULT_PASSWORD, CentralServer


def test_the_simulator_s_typhoon_warning_proposes_the_typhoon_plan(central: CentralServer) -> None:
    city = populate(central)
    city.add(TYPHOON_PLAN)
    cap_warning.seed_trigger(city.storage)
    cap_warning.seed_trigger(city.storage)  # seeding twice keeps one trigger
    with city.storage.transaction() as tx:
        assert tx.one("SELECT COUNT(*) FROM cap_triggers")[0] == 1
        city_region = ledger.get(tx, Region, "C")
    assert city_region is not None
    outline = city_region.polygon
    central = HttpCentral(city.url, {"ops": DEFAULT_PASSWORD})
    now = datetime.now(UTC)
    assert cap_warning.post_typhoon_warning(central, "ops", outline, now)
    with city.storage.transaction() as tx:
        [alert] = [a for a in ledger.all_of(tx, Alert) if a.level is AlertLevel.EXTERNAL]
    assert alert.plans == ("plan-typhoon",) and cap.proposal(alert, now) == ("plan-typhoon",)
    assert set(alert.cells) == {"G11", "G12", "G21", "G22"}
    assert cap.choose_info(alert.cap.infos, "en").headline.startswith("Typhoon")
    cap_xml.parse(cap_xml.render(cap_warning.typhoon_message(outline, now)))  # valid by the official schema


def test_a_recording_stand_in_gets_no_warning() -> None:
    assert cap_warning.post_typhoon_warning(object(), "ops", (), datetime.now(UTC)) is False
