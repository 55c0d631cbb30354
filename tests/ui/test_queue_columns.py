"""The queue's columns and batch buttons as each kind of officer sees them (issue 14, items 2, 3, 16, 17).

At the width the queue dock has on a 1366×768 screen and on a 1920×1080 one, in Chinese and English,
the role's columns show without horizontal scrolling, the SLA countdown and the status among them, and
no header label is clipped. The header's context menu shows and hides columns, remembered per officer.
Only the batch buttons the role can ever use are there, and they overflow into the toolbar's menu.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QToolButton

from dispatch_desk.bench.cases_queue import fill_store, reference
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.store import Store
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.queue import QueueWidget, columns
from dispatch_desk.ui.queue.model import COLUMN_INDEX, COLUMNS

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC)
OFFICERS = {o.id: o for o in reference()["officer"]}
OFFICERS["o-lead"] = Officer("o-lead", "lead", "刘领导", Role.LEADER, region="310101")
ROLES = {"ops": "o-ops", "street": "o-street", "agency": "o-sw", "leader": "o-lead"}
DOCK_1366, DOCK_1920 = 515, 730  # the queue dock's width in the ops workspace at those screen sizes


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queue-columns") / "cache.sqlite"
    store = Store.open(path)
    fill_store(store, 600, NOW)
    store.close()
    return path


@pytest.fixture(scope="module")
def chinese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    qm = tmp_path_factory.mktemp("queue-qm") / "queue_zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ROOT / "resources/translations/queue_zh_CN.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture
def language(chinese: Path):
    installed: list[QTranslator] = []

    def use(lang: str) -> None:
        if lang == "zh_CN":
            translator = QTranslator()
            assert translator.load(str(chinese))
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        labels.reset()

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    labels.reset()


@pytest.fixture
def open_queue(qtbot, cache: Path, tmp_path: Path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # column choices go to this test's folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    store = Store.open(cache, check=False)
    widgets: list[QueueWidget] = []

    def open_(officer_id: str, width: int = DOCK_1366) -> QueueWidget:
        widget = QueueWidget(AppContext(store, None, OFFICERS[officer_id], AppBus()))
        widgets.append(widget)
        widget.resize(width, 600)
        widget.show()
        qtbot.waitUntil(lambda: len(widget.counts()) == len(widget.queues()), timeout=10_000)
        QApplication.processEvents()
        return widget

    yield open_
    qtbot.waitUntil(lambda: not any(w.counter.busy() for w in widgets), timeout=30_000)
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def _shown(widget: QueueWidget) -> list[str]:
    return widget.visible_columns()


def _assert_fits(widget: QueueWidget) -> None:
    table, header = widget.table, widget.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0, (
        f"needs horizontal scrolling at {widget.width()} px: {_shown(widget)}")
    for i, c in enumerate(COLUMNS):
        if table.isColumnHidden(i):
            continue
        needed = header.sectionSizeFromContents(i).width()
        assert header.sectionSize(i) >= needed, f"the {c.key} header is clipped: {header.sectionSize(i)} < {needed}"
        assert header.sectionViewportPosition(i) + header.sectionSize(i) <= header.viewport().width()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("role", list(ROLES))
def test_the_roles_columns_show_without_scrolling_the_countdown_among_them(open_queue, language, role, lang):
    language(lang)
    for width in (DOCK_1366, DOCK_1920):
        widget = open_queue(ROLES[role], width)
        shown = _shown(widget)
        assert {"title", "status", "sla"} <= set(shown), shown
        _assert_fits(widget)
        assert widget.table.columnViewportPosition(COLUMN_INDEX["sla"]) >= 0
    narrow, wide = (open_queue(ROLES[role], w) for w in (DOCK_1366, DOCK_1920))
    assert set(_shown(narrow)) <= set(_shown(wide))
    assert len(_shown(wide)) > 3  # a wide queue shows more of what the role needs


def test_a_language_switch_keeps_every_header_whole(open_queue, language):
    widget = open_queue("o-ops", DOCK_1366)
    _assert_fits(widget)
    language("zh_CN")
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    QApplication.processEvents()
    assert widget.table.model().headerData(COLUMN_INDEX["sla"], widget.table.horizontalHeader().orientation()) \
        == "剩余时限"
    _assert_fits(widget)


def test_the_header_menu_shows_and_hides_columns_remembered_per_officer(open_queue):
    widget = open_queue("o-ops", DOCK_1920)
    assert not widget.table.isColumnHidden(COLUMN_INDEX["sla"])
    menu = widget.column_menu()
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert set(actions) == {c.key for c in COLUMNS}
    assert not actions["title"].isEnabled()  # a row always says what it is
    assert actions["sla"].isChecked() and not actions["reported_at"].isChecked()
    actions["reported_at"].trigger()
    actions["severity"].trigger()
    menu.deleteLater()
    assert not widget.table.isColumnHidden(COLUMN_INDEX["reported_at"])
    assert widget.table.isColumnHidden(COLUMN_INDEX["severity"])
    chosen = _shown(widget)

    again = open_queue("o-ops", DOCK_1366)  # the choice holds, whatever the width
    assert _shown(again) == chosen
    other = open_queue("o-street", DOCK_1366)  # another officer on this desk keeps their role's columns
    assert "reported_at" not in _shown(other) and "severity" in _shown(other)

    reset = next(a for a in again.column_menu().actions() if a.objectName() == "resetColumns")
    reset.trigger()
    assert "reported_at" not in _shown(again) and "severity" in _shown(again)
    assert QSettings().value(columns.settings_key(OFFICERS["o-ops"])) is None


BATCH = {"ops": {"dispatch", "close"}, "street": {"dispatch", "accept", "close"}, "agency": {"accept"},
         "leader": set()}


@pytest.mark.parametrize("role", list(BATCH))
def test_only_the_batch_buttons_the_role_can_ever_use_are_shown(open_queue, role):
    widget = open_queue(ROLES[role])
    buttons = {"dispatch": widget.batch_dispatch, "accept": widget.batch_accept, "close": widget.batch_close}
    assert {k for k, b in buttons.items() if b.isVisibleTo(widget)} == BATCH[role]
    assert widget.batch_bar.isVisibleTo(widget) == bool(BATCH[role])


def test_batch_buttons_that_do_not_fit_go_to_the_toolbars_menu(open_queue):
    widget = open_queue("o-street", 220)  # as narrow as the dock gets (the filter row's minimum)
    bar = widget.batch_bar
    assert bar.geometry().right() <= widget.rect().right()
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None and extension.isVisible()
    wide = open_queue("o-street", DOCK_1366)
    assert not wide.batch_bar.findChild(QToolButton, "qt_toolbar_ext_button").isVisible()
    for button in (wide.batch_dispatch, wide.batch_accept, wide.batch_close):
        assert button.width() >= button.sizeHint().width()  # whole labels, none squeezed
