"""The settings dialog (ui/settings.ui). UI preferences go to QSettings; the tile source is a data
setting and goes to the local cache, where the map reads it. The cache write runs on a pool thread
(`ui.tasks.store_setting`): the dialog closes at once, and the map is told once the value is stored.

The central service's address shown is the one this desk is connected to (its sync engine's), not
a default; a new address is used from the next sign-in, and `central_url_changed` says it changed."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from dispatch_desk.ui import tasks
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.forms.ui_settings import Ui_SettingsDialog
from dispatch_desk.ui.shell import i18n, prefs
from dispatch_desk.ui.shell.lock import SecuritySettings
from dispatch_desk.ui.shell.theme import COLORS as THEME_COLORS
from dispatch_desk.ui.shell.theme import THEMES, effective


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    theme_changed = Signal(str)
    central_url_changed = Signal(str)  # another address than the one the desk is connected to

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._fill_choices()
        engine = getattr(ctx, "engine", None)
        self.connected_url = engine.central_url if engine is not None else ""
        self.ui.centralEdit.setText(self.connected_url or prefs.CENTRAL_URL.get())
        self._retranslate_hint()
        self.ui.tileEdit.setEnabled(ctx is not None)
        if ctx is not None:
            self.ui.tileEdit.setText(self._stored_tile() or "")
        self._select(self.ui.languageCombo, i18n.resolve(prefs.LANGUAGE.get()))
        self._select(self.ui.themeCombo, prefs.THEME.get())
        self.ui.notifyCheck.setChecked(prefs.NOTIFY_ENABLED.get())
        self._select(self.ui.severityCombo, prefs.NOTIFY_MIN_SEVERITY.get())
        self.ui.soundCheck.setChecked(prefs.NOTIFY_SOUND.get())
        self.ui.trayCheck.setChecked(prefs.NOTIFY_TRAY.get())
        self.security = SecuritySettings(ctx.store.path if ctx is not None else None)  # idle lock, encryption
        self.ui.tabs.addTab(self.security, self.security.tab_title())
        self.ui.notifyCheck.toggled.connect(self._enable)
        self._enable()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_hint()
            lang, theme, sev = (c.currentData() for c in (self.ui.languageCombo, self.ui.themeCombo,
                                                           self.ui.severityCombo))
            self._fill_choices()
            self._select(self.ui.languageCombo, lang)
            self._select(self.ui.themeCombo, theme)
            self._select(self.ui.severityCombo, sev)
        super().changeEvent(event)

    def _retranslate_hint(self) -> None:
        self.ui.centralHint.setStyleSheet("")
        self.ui.centralHint.setText(
            self.tr("Connected to %1. Another address is used from your next sign-in.").replace("%1", self.connected_url)
            if self.connected_url else self.tr("Used at the next sign-in."))

    def focus_central_url(self) -> None:
        """Open on the connection tab with the address selected (the status bar's "change address")."""
        self.ui.tabs.setCurrentWidget(self.ui.connectionTab)
        self.ui.centralEdit.setFocus()
        self.ui.centralEdit.selectAll()

    def _fill_choices(self) -> None:
        for combo in (self.ui.languageCombo, self.ui.themeCombo, self.ui.severityCombo):
            combo.clear()
        for code in i18n.LANGUAGES:
            self.ui.languageCombo.addItem(i18n.language_name(code), code)
        names = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for theme in THEMES:
            self.ui.themeCombo.addItem(names[theme], theme)
        for level, name in ((4, self.tr("Critical only")), (3, self.tr("Urgent and critical")),
                            (2, self.tr("Serious and above")), (1, self.tr("Everything"))):
            self.ui.severityCombo.addItem(name, level)

    @staticmethod
    def _select(combo, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _enable(self) -> None:
        on = self.ui.notifyCheck.isChecked()
        for w in (self.ui.severityCombo, self.ui.soundCheck, self.ui.trayCheck):
            w.setEnabled(on)

    def _stored_tile(self) -> str:
        """The tile source as last decided: stored in the cache, or still being stored."""
        assert self.ctx is not None
        pending = tasks.unsaved_setting(self.ctx.store.path, prefs.TILE_URL_KEY, None)
        return pending if pending is not None else (self.ctx.store.get_setting(prefs.TILE_URL_KEY, "") or "")

    def save(self) -> None:
        url = self.ui.centralEdit.text().strip().rstrip("/") or self.connected_url or prefs.CENTRAL_URL.default
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            self.focus_central_url()
            danger = THEME_COLORS[effective(prefs.THEME.get())]["danger"]
            self.ui.centralHint.setStyleSheet(f"color: {danger};")
            self.ui.centralHint.setText(self.tr("Not an address of a central service: %1. Write it like "
                                                "http://10.0.0.5:8440 or https://center.example.gov.cn.")
                                        .replace("%1", url))
            return  # nothing is saved: the officer corrects it or cancels
        prefs.CENTRAL_URL.set(url)
        if self.ctx is not None:
            tile = self.ui.tileEdit.text().strip()
            if tile != self._stored_tile():
                bus = self.ctx.bus
                failed = self.tr("The tile source could not be saved: %1")
                # the bus lives as long as the window; the dialog may be gone when the write lands
                tasks.store_setting(self.ctx.store.path, prefs.TILE_URL_KEY, tile,
                                    lambda _value: bus.data_changed.emit({"setting": {prefs.TILE_URL_KEY}}),
                                    lambda exc: bus.status_message.emit(failed.replace("%1", str(exc))),
                                    owner=bus)
        prefs.NOTIFY_ENABLED.set(self.ui.notifyCheck.isChecked())
        prefs.NOTIFY_MIN_SEVERITY.set(int(self.ui.severityCombo.currentData()))
        prefs.NOTIFY_SOUND.set(self.ui.soundCheck.isChecked())
        prefs.NOTIFY_TRAY.set(self.ui.trayCheck.isChecked())
        if (problem := self.security.save()) and self.ctx is not None:
            self.ctx.bus.status_message.emit(problem)
        lang, theme = self.ui.languageCombo.currentData(), self.ui.themeCombo.currentData()
        if lang != i18n.resolve(prefs.LANGUAGE.get()):
            prefs.LANGUAGE.set(lang)
            self.language_changed.emit(lang)
        if theme != prefs.THEME.get():
            prefs.THEME.set(theme)
            self.theme_changed.emit(theme)
        self.accept()
        if self.connected_url and url != self.connected_url:
            self.central_url_changed.emit(url)
