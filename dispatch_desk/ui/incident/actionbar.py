"""The buttons of the life cycle for one incident, each enabled only when the workflow allows it.

Every action has a one-key shortcut shown in its tooltip; a disabled action's tooltip says why
(from `workflow.allowed_actions`, translated by refusal code).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from dispatch_desk.ui.incident.commands import refusal_text
from dispatch_desk.ui.queue import labels

# (action, shortcut) in the order of the work; the common ones get a single key.
BUTTONS: tuple[tuple[str, str], ...] = (
    ("register", "R"),
    ("dispatch", "D"),
    ("accept", "A"),
    ("return", "T"),
    ("dispose", "P"),
    ("verify", "V"),
    ("close", "C"),
    ("reopen", "O"),
    ("escalate", "E"),
    ("suspend", "S"),
    ("approve_suspension", "Shift+S"),
    ("resume", "Shift+R"),
    ("extend", "X"),
    ("supervise", "U"),
    ("cancel", "Shift+Del"),
    ("comment", "M"),
)
COLUMNS = 4


class ActionBar(QWidget):
    triggered = Signal(str)  # the action the officer chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.actions_by_name: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        for n, (name, key) in enumerate(BUTTONS):
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, a=name: self.triggered.emit(a))
            self.addAction(action)  # shortcuts live while the widget does, whichever dock has focus
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"button_{name}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(48)  # a narrow dock clips a long English label instead of scrolling sideways
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self.actions_by_name[name] = action
            self.buttons[name] = button

        self._allowed: Mapping[Any, Any] = {}
        self._status = ""
        self.retranslate()

    def retranslate(self) -> None:
        for name, action in self.actions_by_name.items():
            action.setText(labels.action_label(name))
        self.set_allowed(self._allowed, self._status)

    def set_allowed(self, allowed: Mapping[Any, Any], status: str = "") -> None:
        """`allowed`: {Action or name: None when allowed, else a refusal (reason text or Refused)}."""
        self._allowed, self._status = allowed, status
        by_name = {str(getattr(k, "value", k)): v for k, v in allowed.items()}
        for name, action in self.actions_by_name.items():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            verdict = by_name.get(name, "")
            if name in by_name and verdict is None:
                action.setEnabled(True)
                action.setToolTip(self.tr("%1 (%2)").replace("%1", labels.action_label(name)).replace("%2", key))
                continue
            action.setEnabled(False)
            action.setToolTip(self.why(name, verdict, status))

    def why(self, name: str, verdict: Any, status: str) -> str:
        """The translated reason `name` is refused."""
        if verdict is None or verdict == "":
            return self.tr("Select an incident first")
        code = str(getattr(getattr(verdict, "code", ""), "value", getattr(verdict, "code", "")))
        reason = getattr(verdict, "reason", verdict if isinstance(verdict, str) else "")
        if not code and isinstance(reason, str):
            code = _code_of(reason)
        return refusal_text(code, reason, name, status)

    def clear(self) -> None:
        self.set_allowed({})


def _code_of(reason: str) -> str:
    """A refusal code for a reason given as bare English text (older workflow builds)."""
    text = reason.lower()
    if text.startswith("cannot ") and " that is " in text:
        return "wrong_status"
    if "scope" in text or "outside" in text:
        return "out_of_scope"
    if "read-only" in text or "read only" in text:
        return "read_only"
    if "suspension" in text:
        return "pending"
    if "level" in text:
        return "level"
    return ""
