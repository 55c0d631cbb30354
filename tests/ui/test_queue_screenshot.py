"""A picture of the queue and the detail in Chinese with demo-like data, to look at (and a check that
every visible label was translated)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator

from dispatch_desk.bench.cases_queue import fill_store, reference
from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import IncidentAction, IncidentStatus
from dispatch_desk.domain.wire import Change
from dispatch_desk.store import Store
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.incident import IncidentDetailWidget
from dispatch_desk.ui.queue import QueueWidget

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC)


def _history(store: Store, incident_id: str) -> None:
    steps = [("report", None, "reported", "", "o-street", "陈街道"),
             ("register", "reported", "registered", "", "o-ops", "王值班"),
             ("dispatch", "registered", "dispatched", "请尽快处置", "o-ops", "王值班"),
             ("accept", "dispatched", "accepted", "", "o-sw", "李水务")]
    changes = []
    for n, (action, src, dst, note, actor, name) in enumerate(steps):
        a = IncidentAction(f"act-{n}", incident_id, action, actor, NOW - timedelta(hours=5 - n),
                           IncidentStatus(src) if src else None, IncidentStatus(dst), note, name,
                           data={"lead_agency": "sw"} if action == "dispatch" else {})
        changes.append(Change(seq=10_000 + n, entity="incident_action", key=a.id, op="upsert", data=to_wire(a)))
    store.apply_changes(changes, 10_000 + len(changes))


def test_queue_and_detail_render_in_chinese(qtbot, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # the developer's own settings stay untouched
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qm = tmp_path / "queue_zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ROOT / "resources/translations/queue_zh_CN.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    store = Store.open(tmp_path / "cache.sqlite")
    widgets = []
    try:
        fill_store(store, 3000, NOW)
        ctx = AppContext(store, None, reference()["officer"][0], AppBus())
        queue, detail = QueueWidget(ctx), IncidentDetailWidget(ctx)
        widgets += [queue, detail]
        queue.resize(1180, 560)
        detail.resize(560, 980)
        queue.show()
        detail.show()
        qtbot.waitUntil(lambda: len(queue.counts()) == len(queue.queues()), timeout=10_000)
        queue.filters.more.setChecked(True)  # show the folded filters in the picture
        queue.select_queue("preset:in_disposal")
        first = queue.model.index(0, 0)
        _history(store, queue.model.data(first, 0x0100 + 1))
        queue.table.setCurrentIndex(first)
        qtbot.wait(50)
        assert queue.tabs.tabText(0).startswith("全部在办")
        assert detail.actions.buttons["dispose"].text() == "处置"
        assert detail.timeline.topLevelItemCount() == 4
        # A refused action says why, in the officer's language.
        assert detail.actions.buttons["register"].toolTip() == "事件为“已签收”状态，不能立案；可立案的状态：已上报、已上报上级"
        assert not detail.actions.buttons["dispose"].isVisibleTo(detail.actions)  # never an ops officer's to use
        QCoreApplication.processEvents()  # let the layouts settle before the picture
        assert queue.grab().save(str(tmp_path / "queue_zh.png"))
        assert detail.grab().save(str(tmp_path / "detail_zh.png"))
    finally:
        for widget in widgets:  # gone before the store closes and the language changes back
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.removeTranslator(translator)
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        store.close()
