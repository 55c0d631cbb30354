"""The officer is told what a rebuild of the damaged cache kept (ui/shell/cachecheck.py), once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.wire import Mutation
from dispatch_desk.store import Store, opening
from dispatch_desk.ui.context import AppBus, AppContext
from dispatch_desk.ui.shell import i18n
from dispatch_desk.ui.shell.cachecheck import CacheHealth

from .conftest import incident


@pytest.fixture
def settings(qapp, tmp_path):
    """QSettings of this test only (the UI tests' conftest does the same for tests/ui)."""
    name, fmt = QCoreApplication.organizationName(), QSettings.defaultFormat()
    QCoreApplication.setOrganizationName("DispatchDeskSalvageNotice")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QCoreApplication.setOrganizationName(name)
    QSettings.setDefaultFormat(fmt)


def test_the_notice_says_what_the_rebuild_kept_and_is_given_once(settings, tmp_path):
    path = tmp_path / "cache.db"
    with Store.open(path) as store:
        for n in range(3):
            m = Mutation(id=f"m-unsent-{n:04d}", name="incident.comment", args={"id": f"inc-{n:04d}"})
            store.stage(m, [("incident", f"inc-{n:04d}", to_wire(incident(n, title="已到场")))])
        store.put_attachment(b"photo one", "image/jpeg")
        store.put_attachment(b"photo two", "image/jpeg")
    with open(path, "r+b") as f:  # the schema page: the file no longer opens as a database
        f.write(os.urandom(100))
    store = Store.open(path)
    try:
        assert store.recovered_from is not None
        ctx = AppContext(store, None, None, AppBus())
        shown = []
        ctx.bus.notify.connect(lambda title, text, severity: shown.append((title, text)))
        health = CacheHealth(ctx)
        assert health.report_rebuilt() == [store.recovered_from]
        # the header was noise: nothing could be read, and the officer is told just that
        assert store.rebuilt["outbox"] == 0 and "outbox" in store.rebuilt["unreadable"]
        assert shown == [("Local cache rebuilt", "The local cache was damaged and has been rebuilt, but its "
                          "unsent changes could not be read: check that your latest actions reached the central "
                          "service.")]
        assert health.report_rebuilt() == [] and len(shown) == 1  # told once
    finally:
        store.close()


def test_the_notice_counts_actions_conflicts_and_photos(settings, tmp_path, monkeypatch):
    i18n.install("en")  # the plural forms as an English desk says them, whatever ran before
    monkeypatch.setattr(opening, "FULL_CHECK_BYTES", 0)
    path = tmp_path / "cache.db"
    with Store.open(path) as store:
        for n in range(3):
            m = Mutation(id=f"m-unsent-{n:04d}", name="incident.comment", args={"id": f"inc-{n:04d}"})
            store.stage(m, [("incident", f"inc-{n:04d}", to_wire(incident(n, title="已到场")))])
        store.put_attachment(b"photo one", "image/jpeg")
        store.put_attachment(b"photo two", "image/jpeg")
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO conflict (id, mutation_id, name, args, outcome, reason, created_at) "
                "VALUES ('m-refused-0001', 'm-refused-0001', 'incident.register', '{}', 'conflict', 'x', '2026')"
            )
    opening.rebuild_marker(path).write_text("damaged", encoding="utf-8")
    store = Store.open(path)
    try:
        shown = []
        ctx = AppContext(store, None, None, AppBus())
        ctx.bus.notify.connect(lambda title, text, severity: shown.append(text))
        assert CacheHealth(ctx).report_rebuilt() == [store.recovered_from]
        assert shown == ["The local cache was damaged and has been rebuilt: kept 3 unsynced actions, "
                         "1 conflict record, 2 photos not yet uploaded. The rest comes back with the "
                         "next sync."]
        assert Path(store.rebuilt["damaged_file"]) == store.recovered_from
    finally:
        store.close()
