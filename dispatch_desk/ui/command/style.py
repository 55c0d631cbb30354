"""How the operation workspace's controls look: an action the officer can take now reads as a button
(accent border and text), one they cannot is flat, dashed and grey, whatever the theme."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dispatch_desk.ui.shell import prefs, theme


def colors() -> dict[str, str]:
    return theme.COLORS[theme.effective(prefs.THEME.get())]


def apply(widget: QWidget) -> None:
    c = colors()
    widget.setStyleSheet(f"""
QPushButton, QToolButton#commandAction {{
    background: {c['panel']}; color: {c['accent']}; border: 1px solid {c['accent']};
    border-radius: 4px; padding: 4px 10px; font-weight: bold;
}}
QPushButton:hover, QToolButton#commandAction:hover {{ background: {c['hover']}; }}
QPushButton:disabled, QToolButton#commandAction:disabled {{
    background: {c['window']}; color: {c['muted']}; border: 1px dashed {c['border']}; font-weight: normal;
}}
QLabel#commandMuted {{ color: {c['muted']}; }}
QLabel#commandError {{ color: {c['danger']}; }}
""")
