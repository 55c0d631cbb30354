"""Test-wide setup: Qt runs offscreen, and the shared fixtures (loopback central service,
PostgreSQL server) come from tests/support."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

pytest_plugins = ["tests.support.central", "tests.support.postgres"]
