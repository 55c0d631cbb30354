"""UI tests: QtWebEngine prepared before the QApplication exists, and per-test QSettings and keyring,
so no test reads or writes the developer's real settings or secrets."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from dispatch_desk.sync.credentials import MemoryKeyring
from dispatch_desk.ui.map import prepare_web_engine

prepare_web_engine()  # the map's URL scheme must be registered before pytest-qt creates the QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    QCoreApplication.setOrganizationName("DispatchDeskTests")
    QCoreApplication.setApplicationName("dispatch-desk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))
    QSettings().clear()
    yield


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
