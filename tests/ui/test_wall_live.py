"""The wall display on a signed-in desk against a real central service on loopback: a colleague's report
reaches the wall through sync, and when the network goes the wall keeps its figures and says since when."""

from __future__ import annotations

from pathlib import Path

import pytest

from dispatch_desk.app import Controller
from dispatch_desk.domain.records import Role
from dispatch_desk.ui.shell import i18n
from tests.support.central import report_args
from tests.ui.shell_support import behind_proxy, seed, signed_in

WAIT = 60_000  # ms; a liveness bound for a loaded machine, not a timing


@pytest.fixture
def desk(qtbot, tmp_path: Path, central, memory_keyring):
    i18n.install("en")
    seed(central)
    central.create_officer("wang", Role.OPS_OFFICER, region="C", name="王芳")
    proxy = behind_proxy(central)
    ctl = Controller(proxy.url, base=tmp_path / "data", size=(1366, 768), wall=True)
    ctl.open_window(signed_in(proxy, tmp_path / "data"))
    window = ctl.window
    qtbot.waitUntil(lambda: window.status.connection.property("state") == "online", timeout=WAIT)
    yield ctl, proxy
    ctl.shutdown()
    proxy.close()
    i18n.install("en")


def test_a_report_reaches_the_wall_and_a_network_loss_leaves_its_figures(qtbot, desk, central):
    ctl, proxy = desk
    wall = ctl.window.wall
    assert wall is not None and wall.isFullScreen()  # --wall: full screen on the wall's screen
    qtbot.waitUntil(lambda: wall.snapshot is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: wall.freshness()[0].startswith("Live"), timeout=WAIT)
    before = wall.snapshot.city.reported

    central.client("wang").mutate("incident.report", report_args(title="桥下积水"))
    qtbot.waitUntil(lambda: wall.snapshot.city.reported == before + 1, timeout=WAIT)

    proxy.go_offline()
    ctl.window.sync_now()  # the next attempt finds the network gone
    qtbot.waitUntil(lambda: wall.freshness()[0].startswith("Offline · figures as of the last sync at"),
                    timeout=WAIT)
    assert wall.snapshot.city.reported == before + 1  # the last figures stay up
    wall.refresh()  # a refresh offline reads the cache as before
    qtbot.waitUntil(lambda: not wall._reading, timeout=WAIT)
    assert wall.snapshot.city.reported == before + 1 and wall.failed == ""

    proxy.go_online()
    ctl.window.sync_now()
    qtbot.waitUntil(lambda: wall.freshness()[0].startswith("Live"), timeout=WAIT)
