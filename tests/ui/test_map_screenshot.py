"""A picture of the map over the demo city, in Chinese: the grid is visible, the legend readable,
the markers distinguishable. The PNG is kept in the test's tmp folder (and in $DD_SCREENSHOT_DIR
when set) so that a person can look at it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # before pytest-qt creates the QApplication

from PySide6.QtCore import Qt, QTranslator  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from dispatch_desk.demo.generator import generate  # noqa: E402
from dispatch_desk.domain.records import Officer, Role  # noqa: E402
from dispatch_desk.store import Store  # noqa: E402
from dispatch_desk.ui.context import AppBus, AppContext  # noqa: E402
from dispatch_desk.ui.map.sample import fill_store  # noqa: E402
from dispatch_desk.ui.map.widget import MapWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
# Marker fills of dd_map.js, by status group.
STATUS_FILLS = {"new": "#2563eb", "dispatched": "#f59e0b", "accepted": "#d97706", "disposed": "#16a34a",
                "suspended": "#64748b"}


@pytest.fixture
def chinese(qapp, tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "map_zh_CN.qm"
    subprocess.run([str(lrelease), str(ROOT / "resources/translations/map_zh_CN.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _near(c: QColor, hex_color: str, tol: int = 10) -> bool:
    t = QColor(hex_color)
    return abs(c.red() - t.red()) <= tol and abs(c.green() - t.green()) <= tol and abs(c.blue() - t.blue()) <= tol


def test_demo_city_map_in_chinese_looks_right(qtbot, chinese, tmp_path):
    bundle = generate(7, incidents=1500, days=2)
    store = Store.open(tmp_path / "cache.db")
    fill_store(store, bundle, bundle.incidents)
    store.set_setting("map.basemap", bundle.basemap)
    ctx = AppContext(store, None, Officer("o1", "duty", "值班员", Role.OPS_OFFICER), AppBus())
    w = MapWidget(ctx)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=30_000):
        pass
    legend = []
    w.view.js("document.querySelector('.dd-legend').innerText", legend.append)
    qtbot.waitUntil(lambda: bool(legend), timeout=10_000)
    for words in ("网格负荷", "超期", "临期", "在办", "已派遣 / 处置中", "紧急程度"):
        assert words in legend[0]
    assert w.toolbar.trail_names() == ["全市"] and w.toolbar.heat.text() == "热力图"
    qtbot.wait(600)  # let the canvases finish their frame

    shot = w.grab()
    path = tmp_path / "map_demo_city.png"
    assert shot.save(str(path))
    if target := os.environ.get("DD_SCREENSHOT_DIR"):
        shutil.copy(path, Path(target) / path.name)

    image = shot.toImage()
    counts = dict.fromkeys(STATUS_FILLS, 0)
    colors = set()
    grid_lines = 0
    for y in range(60, image.height() - 60, 2):
        for x in range(40, image.width() - 300, 2):  # left of the legend
            c = image.pixelColor(x, y)
            colors.add(c.rgb())
            for name, fill in STATUS_FILLS.items():
                if _near(c, fill):
                    counts[name] += 1
            if c.red() < 150 and abs(c.red() - c.blue()) < 40 and c.green() < 170:
                grid_lines += 1  # slate cell borders and region outlines
    assert len(colors) > 300  # a real picture, not a blank page
    assert sum(1 for n in counts.values() if n > 20) >= 3, counts  # markers of several statuses stand out
    # (three, not four: at night in the city few reports are new, whatever the hour the test runs)
    assert grid_lines > 5_000  # the grid is drawn
    w.close()
    store.close()
