"""UI preferences, declared once with their type and default, kept in QSettings.

Data settings that must survive a crash intact (tile source, saved queues) live in the local cache
through `store.set_setting`; only per-desk UI state lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Pref(Generic[T]):
    key: str
    default: T

    def get(self, settings: QSettings | None = None) -> T:
        s = settings or QSettings()
        value: Any = s.value(self.key, self.default, type=type(self.default))
        return value

    def set(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)


LANGUAGE = Pref("ui/language", "")  # "" = follow the system
THEME = Pref("ui/theme", "system")  # light | dark | system
WORKSPACE = Pref("ui/workspace", "")  # "" = chosen by role
CENTRAL_URL = Pref("connection/central_url", "http://127.0.0.1:8765")
LAST_USER = Pref("connection/last_user", "")
DEVICE_ID = Pref("connection/device_id", "")
NOTIFY_ENABLED = Pref("notifications/enabled", True)
NOTIFY_MIN_SEVERITY = Pref("notifications/min_severity", 3)  # Severity.HIGH (紧急) and above
NOTIFY_SOUND = Pref("notifications/sound", True)
NOTIFY_TRAY = Pref("notifications/tray", True)
IDLE_LOCK_MINUTES = Pref("security/idle_lock_minutes", 15)  # 0 = never (ui/shell/lock.py)
WALL_PAGE_SECONDS = Pref("wall/page_seconds", 20)  # how long the wall display shows a page (ui/wall/window.py)

# Data setting in the local cache (read by the map for its base layer).
TILE_URL_KEY = "map.tile_url"
