"""The administrator's dialog for the weights of the composite score.

Each rate gets a weight from 0 to 100; the score is the weighted mean of a unit's rates, so only the
proportions matter, and the dialog shows each rate's share as it is edited. The weights are saved
with the `assessment.set_weights` mutation, which the domain decides on the desk and on the central
service alike; every desk's live figures and every later publication count with them.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain import assessment as a
from dispatch_desk.ui.assess import words

NAMES = tuple(f.name for f in fields(a.Weights))


class WeightsDialog(QDialog):
    def __init__(self, weights: a.Weights, parent: QWidget | None = None, *, updated: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("weightsDialog")
        self.setWindowTitle(self.tr("Weights of the score"))
        intro = QLabel(self.tr("The score of a unit is the weighted mean of its rates: only the proportions "
                               "matter. Every desk's figures and every later publication count with these "
                               "weights; published periods keep the weights they were published with."), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        rate_names = words.rate_names()
        for row, name in enumerate(NAMES):
            spin = QDoubleSpinBox(self, objectName=f"weight_{name}")
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSingleStep(5)
            spin.setValue(round(100 * getattr(weights, name) / _total(weights)))
            spin.valueChanged.connect(self._changed)
            share = QLabel(self)
            grid.addWidget(QLabel(rate_names[name], self), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(share, row, 2)
            self.spins[name], self.shares[name] = spin, share
        self.problem = QLabel(self, objectName="weightsProblem")
        self.problem.setStyleSheet("color: #a11212")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        defaults = QPushButton(self.tr("Defaults"), self)
        defaults.setToolTip(self.tr("The documented defaults: disposal on time first, then first-time "
                                    "verification, acceptance on time, closure and few returns"))
        defaults.clicked.connect(lambda: self.show_weights(a.Weights()))
        self.buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        if updated:
            last = QLabel(updated, self)
            last.setStyleSheet("color: #5f6368")
            layout.addWidget(last)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._changed()

    def show_weights(self, weights: a.Weights) -> None:
        for name, spin in self.spins.items():
            spin.setValue(round(100 * getattr(weights, name) / _total(weights)))

    def values(self) -> dict[str, float]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def args(self) -> dict[str, Any]:
        """The arguments of `assessment.set_weights`."""
        return {"weights": self.values()}

    def _changed(self) -> None:
        total = sum(self.values().values())
        for name, value in self.values().items():
            self.shares[name].setText(words.rate_text(value / total) if total else "—")
        ok = total > 0
        self.problem.setText("" if ok else self.tr("Give at least one rate a weight."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def _total(weights: a.Weights) -> float:
    return sum(getattr(weights, name) for name in NAMES) or 1.0
