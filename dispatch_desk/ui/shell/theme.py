"""Themes (light, dark, follow the system) and the UI font, applied to the whole application.

The QSS files in resources/themes use @names for colors; the palettes below fill them in, so one
rule set serves both themes. The field workspace adds larger touch targets on top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from dispatch_desk.ui.shell.paths import resource

THEMES = ("system", "light", "dark")

COLORS = {
    "light": {
        "window": "#eef1f5", "panel": "#ffffff", "field": "#ffffff", "alt": "#f5f7fa", "text": "#1c2430",
        "muted": "#6b7785", "border": "#d3d9e1", "hover": "#e3e9f2", "selection": "#cfe0fa",
        "accent": "#1d5fbf", "ontext": "#ffffff", "ok": "#1e8449", "warn": "#c25e00", "danger": "#c0392b",
    },
    "dark": {
        "window": "#14181e", "panel": "#1c222a", "field": "#161b21", "alt": "#1f262f", "text": "#e3e8ef",
        "muted": "#8995a3", "border": "#2d3642", "hover": "#27303b", "selection": "#23406b",
        "accent": "#4b8df0", "ontext": "#ffffff", "ok": "#3fbf6f", "warn": "#e08a2c", "danger": "#e0554a",
    },
}

# UI fonts that draw Chinese well, in order of preference per platform; the first installed wins.
CJK_FAMILIES = (
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
    "Noto Sans SC", "WenQuanYi Micro Hei",
)


def effective(theme: str) -> str:
    if theme in ("light", "dark"):
        return theme
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def ui_font_family() -> str | None:
    """An installed family that covers Simplified Chinese, so Chinese never falls back to boxes."""
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for family in sorted(installed):
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family):
            return family
    return None


def stylesheet(theme: str, workspace: str = "ops") -> str:
    colors = COLORS[effective(theme)]
    qss = resource("themes", "light.qss").read_text(encoding="utf-8")
    if effective(theme) == "dark":
        qss = resource("themes", "dark.qss").read_text(encoding="utf-8")
    # Longest names first so that @text is not replaced inside @textsomething.
    for name in sorted(colors, key=len, reverse=True):
        qss = qss.replace("@" + name, colors[name])
    if workspace == "field":
        qss += "\n" + resource("themes", "field.qss").read_text(encoding="utf-8")
    return qss


def palette(theme: str) -> QPalette:
    c = {k: QColor(v) for k, v in COLORS[effective(theme)].items()}
    pal = QPalette()
    R = QPalette.ColorRole
    pal.setColor(R.Window, c["window"])
    pal.setColor(R.WindowText, c["text"])
    pal.setColor(R.Base, c["field"])
    pal.setColor(R.AlternateBase, c["alt"])
    pal.setColor(R.Text, c["text"])
    pal.setColor(R.Button, c["panel"])
    pal.setColor(R.ButtonText, c["text"])
    pal.setColor(R.ToolTipBase, c["panel"])
    pal.setColor(R.ToolTipText, c["text"])
    pal.setColor(R.Highlight, c["accent"])
    pal.setColor(R.HighlightedText, c["ontext"])
    pal.setColor(R.PlaceholderText, c["muted"])
    pal.setColor(R.Link, c["accent"])
    for role in (R.Text, R.WindowText, R.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, c["muted"])
    return pal


_applied: tuple[str, str] | None = None


def apply(app: QApplication, theme: str, workspace: str = "ops") -> None:
    global _applied
    key = (effective(theme), workspace)
    if _applied == key and app.styleSheet():
        return  # restyling every widget costs a few hundred ms; skip it when nothing changed
    _applied = key
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette(theme))
    font = QFont(app.font())
    if family := ui_font_family():
        font.setFamilies([family])
    # Wall screens are read from a distance; field laptops are touched.
    font.setPointSizeF(11.0 if workspace == "field" else 10.5)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, workspace))
