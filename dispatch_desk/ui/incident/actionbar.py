"""The buttons of the life cycle for one incident, each enabled only when the workflow allows it.

What the officer can do now stands out: enabled buttons are filled with the accent color and bold,
the others are flat and greyed, and their tooltip says why not (`verdicts.refusal_words`, from the
domain's refusal). Actions the officer's role may never take (`permissions.role_may_ever`) are not
shown at all. Every action has a one-key shortcut shown in its tooltip.

The buttons flow in rows that follow the width they get, so a narrow dock (a laptop, a long English
label) wraps them into more rows instead of clipping them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QSizePolicy, QToolButton, QWidget

from dispatch_desk.domain.permissions import role_may_ever
from dispatch_desk.domain.records import Incident, Officer
from dispatch_desk.domain.workflow_actions import Action
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.incident.verdicts import refusal_words

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
SPACING = 4


class FlowLayout(QLayout):
    """Items in rows, each at least its own width, as many per row as fit (at least one); the items of a
    row share the row's spare width, so every row ends flush at the right and nothing is clipped."""

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown[:5]) + self.spacing() * max(0, min(5, len(shown)) - 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        widest = max((i.sizeHint().width() for i in shown), default=0)
        return QSize(widest, max((i.sizeHint().height() for i in shown), default=0))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def rows_for(self, width: int) -> list[list[QLayoutItem]]:
        gap, rows, row, used = self.spacing(), [], [], 0
        for item in self._shown():
            w = item.sizeHint().width()
            if row and used + gap + w > width:
                rows.append(row)
                row, used = [], 0
            used += (gap if row else 0) + w
            row.append(item)
        if row:
            rows.append(row)
        return rows

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        rows = self.rows_for(rect.width())
        if not rows:
            return 0
        gap = self.spacing()
        height = max(i.sizeHint().height() for row in rows for i in row)
        # the last row of several gets the other rows' mean button width, not a stretch over the width
        mean = ((rect.width() - gap) / max(1, sum(len(row) for row in rows[:-1]) / max(1, len(rows) - 1))
                if len(rows) > 1 else rect.width())
        for r, row in enumerate(rows):
            if not move:
                break
            natural = sum(i.sizeHint().width() for i in row)
            spare = max(0, rect.width() - natural - gap * (len(row) - 1))
            last = r == len(rows) - 1 and len(rows) > 1
            x = float(rect.x())
            for n, item in enumerate(row):
                w = item.sizeHint().width() + spare * item.sizeHint().width() / max(1, natural)
                if last:
                    w = min(w, max(float(item.sizeHint().width()), mean - gap))
                flush = n == len(row) - 1 and not last
                left, right = round(x), (rect.right() + 1 if flush else round(x + w))
                item.setGeometry(QRect(QPoint(left, rect.y() + r * (height + gap)), QSize(max(1, right - left), height)))
                x += w + gap
        return len(rows) * height + (len(rows) - 1) * gap


class ActionBar(QWidget):
    triggered = Signal(str)  # the action the officer chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.actions_by_name: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        grid = FlowLayout(self)
        self.grid = grid
        for name, key in BUTTONS:
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
            grid.addWidget(button)
            self.actions_by_name[name] = action
            self.buttons[name] = button
        sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)

        self._allowed: Mapping[Any, Any] = {}
        self._incident: Incident | None = None
        self._actor: Officer | None = None
        self._names: Any = None
        self._regions: Any = None
        self._restyle()
        self.retranslate()

    # --- looks ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the theme changed (light, dark)
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """Enabled: filled with the accent, bold. Disabled: no fill, greyed text, a dashed outline."""
        pal = QApplication.palette()  # the theme's, not this widget's (which its own sheet changes)
        accent = pal.color(QPalette.ColorRole.Highlight)
        on_accent = pal.color(QPalette.ColorRole.HighlightedText)
        muted = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        if muted == pal.color(QPalette.ColorRole.ButtonText):
            muted = pal.color(QPalette.ColorRole.PlaceholderText)
        outline = pal.color(QPalette.ColorRole.Mid)
        hover = QColor(accent).lighter(115) if accent.lightness() < 128 else QColor(accent).darker(110)
        sheet = (
            "QToolButton { border-radius: 4px; padding: 4px 8px; }"
            f"QToolButton:enabled {{ background: {accent.name()}; color: {on_accent.name()};"
            f" border: 1px solid {accent.darker(120).name()}; font-weight: bold; }}"
            f"QToolButton:enabled:hover {{ background: {hover.name()}; }}"
            f"QToolButton:enabled:pressed {{ background: {accent.darker(125).name()}; }}"
            f"QToolButton:disabled {{ background: transparent; color: {muted.name()};"
            f" border: 1px dashed {outline.name()}; font-weight: normal; }}"
        )
        if sheet != self.styleSheet():  # setting it changes the palette again: only when it differs
            self.setStyleSheet(sheet)

    # --- state ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for name, action in self.actions_by_name.items():
            action.setText(labels.action_label(name))
        self._apply()

    def set_allowed(self, allowed: Mapping[Any, Any], incident: Incident | None = None,
                    actor: Officer | None = None, names: Any = None, regions: Any = None) -> None:
        """`allowed`: {Action or name: None when allowed, else the domain's refusal (or its reason)}.

        `incident`, `actor`, `names` and `regions` let the tooltips say why in full (the lead agency,
        the level); `actor` also hides the actions the role may never take."""
        self._allowed, self._incident, self._actor = allowed, incident, actor
        self._names, self._regions = names, regions
        self._apply()

    def _apply(self) -> None:
        by_name = {str(getattr(k, "value", k)): v for k, v in self._allowed.items()}
        for name, action in self.actions_by_name.items():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.buttons[name].setVisible(self._actor is None or role_may_ever(self._actor.role, Action(name)))
            if name in by_name and by_name[name] is None:
                action.setEnabled(True)
                action.setToolTip(self.tr("%1 (%2)").replace("%1", labels.action_label(name)).replace("%2", key))
                continue
            action.setEnabled(False)
            action.setToolTip(self.why(name, by_name.get(name, "")))
        self.grid.invalidate()
        self.updateGeometry()

    def why(self, name: str, verdict: Any) -> str:
        """The reason `name` is refused, in the officer's words."""
        if verdict is None or verdict == "" or self._incident is None:
            return self.tr("Select an incident first")
        return refusal_words(name, verdict, self._incident, self._actor, self._names, self._regions)

    def enabled_names(self) -> list[str]:
        return [n for n, a in self.actions_by_name.items() if a.isEnabled() and self.buttons[n].isVisibleTo(self)]

    def clear(self) -> None:
        self.set_allowed({})
