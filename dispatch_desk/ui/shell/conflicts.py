"""The conflicts dialog: each change the central service refused, in the officer's words — what they
meant, what the center has now, why, and what they can do now — to re-issue (when the domain allows
it again on the cached state) or discard with a reason. The raw change stays behind "technical
details". The cache is read, and the names looked up, on a pool thread (`conflict_words.gather`)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QSizePolicy, QWidget

from dispatch_desk.ui.common import labels
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.forms.ui_conflicts import Ui_ConflictsDialog
from dispatch_desk.ui.shell import conflict_words
from dispatch_desk.ui.tasks import run_in_background, worker_store

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1  # the conflict's Facts
HEADING_STYLE = "font-weight: 600; color: #5f6368; margin-top: 6px"


def read_conflicts(path: Any, officer: Any) -> list[conflict_words.Facts]:
    """On a pool thread: the open conflicts with the names and verdicts their words need."""
    store = worker_store(path)
    return [conflict_words.gather(store, officer, c) for c in store.conflicts()]


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.ui.verticalLayout.setStretch(1, 1)  # the conflicts take the height, not the introduction
        self.ui.introLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        for label in (self.ui.meantLabel, self.ui.serverLabel, self.ui.reasonLabel, self.ui.nextLabel):
            label.setStyleSheet(HEADING_STYLE)
        self.ui.meantView.setStyleSheet("font-size: 15px; font-weight: 600")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.ui.conflictList.currentItemChanged.connect(self._show)
        self.ui.reissueButton.clicked.connect(lambda: self._resolve("reissue"))
        self.ui.discardButton.clicked.connect(lambda: self._resolve("discard"))
        self.ui.discardReasonEdit.textChanged.connect(self._enable)
        self.ui.technicalToggle.toggled.connect(self._toggle_technical)
        self._count: int | None = None
        self._loading = 0
        self.words: conflict_words.Words | None = None  # of the conflict shown
        self._fit(parent)
        ctx.bus.sync_state_changed.connect(self._state_changed)
        self.reload()

    def _fit(self, parent: QWidget | None) -> None:
        """As large as the form wants, but inside the window it opens over (a 1366×768 laptop too)."""
        window = parent.window() if parent is not None else None
        if window is not None and window.width() > 0:
            self.resize(min(self.width(), int(window.width() * 0.9)), min(self.height(), int(window.height() * 0.85)))
        self.ui.splitter.setSizes([self.width() * 3 // 10, self.width() * 7 // 10])

    def busy(self) -> bool:
        return self._loading > 0

    def _state_changed(self, state: object) -> None:
        # Sync reports its state many times a second while it works; the list only changes with the count.
        count = getattr(state, "conflicts", None)
        if count != self._count:
            self._count = count
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            labels.reset()  # status words follow the language installed now
            self.ui.retranslateUi(self)
            self._fill(self._facts())
        super().changeEvent(event)

    def reload(self) -> None:
        if self.ctx.engine is None:
            self._fill([])
            return
        path, officer = self.ctx.store.path, self.ctx.officer
        self._loading += 1
        run_in_background(lambda: read_conflicts(path, officer), self._loaded, self._load_failed, owner=self)

    def _loaded(self, facts: list[conflict_words.Facts]) -> None:
        self._loading -= 1
        self._fill(facts)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading -= 1
        self.ui.reasonView.setText(html.escape(str(exc)))

    def _facts(self) -> list[conflict_words.Facts]:
        items = (self.ui.conflictList.item(i) for i in range(self.ui.conflictList.count()))
        return [item.data(CONFLICT_ROLE) for item in items]

    def _fill(self, facts: list[conflict_words.Facts]) -> None:
        keep = self._current_id()
        self.ui.conflictList.blockSignals(True)
        self.ui.conflictList.clear()
        for f in facts:
            said = conflict_words.words(f)
            when = f.conflict.created_at
            item = QListWidgetItem(said.title)
            item.setToolTip(said.title + (f"\n{labels.business_time(when)}" if when else ""))
            item.setData(CONFLICT_ROLE, f)
            self.ui.conflictList.addItem(item)
            if f.conflict.id == keep:
                self.ui.conflictList.setCurrentItem(item)
        if self.ui.conflictList.currentItem() is None and self.ui.conflictList.count():
            self.ui.conflictList.setCurrentRow(0)
        self.ui.conflictList.blockSignals(False)
        self._show(self.ui.conflictList.currentItem())

    def _current_id(self) -> str | None:
        item = self.ui.conflictList.currentItem()
        return item.data(CONFLICT_ROLE).conflict.id if item else None

    def _show(self, item: QListWidgetItem | None) -> None:
        facts = item.data(CONFLICT_ROLE) if item else None
        self.words = conflict_words.words(facts) if facts is not None else None
        ui, w = self.ui, self.words
        for label in (ui.meantLabel, ui.serverLabel, ui.reasonLabel, ui.nextLabel, ui.technicalToggle):
            label.setVisible(w is not None)
        if w is None:
            for view in (ui.meantView, ui.serverView, ui.nextView):
                view.setText("")
            ui.technicalView.setPlainText("")
            ui.technicalToggle.setChecked(False)
            ui.reasonView.setText(self.tr("No conflicts: every change was accepted."))
            self._enable()
            return
        ui.meantView.setText(w.meant)
        ui.serverView.setText(w.server)
        why = html.escape(w.why)
        if w.detail and conflict_words.english():
            why += "<br><span style='color:#5f6368'>" + html.escape(self.tr("The center said: %1").replace(
                "%1", w.detail)) + "</span>"
        ui.reasonView.setText(why)
        ui.reasonView.setToolTip(self.tr("Details: %1").replace("%1", w.detail) if w.detail else "")
        ui.nextView.setText(w.next_step)
        ui.nextView.setStyleSheet("" if w.can_reissue else "color: #a11212")
        ui.technicalView.setPlainText(w.technical)
        self._enable()

    def _toggle_technical(self, shown: bool) -> None:
        self.ui.technicalToggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.ui.technicalView.setVisible(shown)

    def _enable(self) -> None:
        has = self.ui.conflictList.currentItem() is not None
        can = has and self.words is not None and self.words.can_reissue
        self.ui.reissueButton.setEnabled(can)
        self.ui.reissueButton.setToolTip("" if can or self.words is None else self.words.next_step)
        self.ui.discardButton.setEnabled(has and bool(self.ui.discardReasonEdit.text().strip()))

    def _resolve(self, resolution: str) -> None:
        conflict_id = self._current_id()
        if conflict_id is None or self.ctx.engine is None:
            return
        reason = self.ui.discardReasonEdit.text().strip() if resolution == "discard" else ""
        for button in (self.ui.reissueButton, self.ui.discardButton):
            button.setEnabled(False)
        engine = self.ctx.engine
        run_in_background(
            lambda: engine.resolve_conflict(conflict_id, resolution, reason),
            on_done=lambda _r: self._resolved(),
            on_error=self._failed,
            owner=self,
        )

    def _resolved(self) -> None:
        self.ui.discardReasonEdit.clear()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        code = str(getattr(exc, "code", "") or "")
        text = conflict_words.refusal(code, "rejected", None) if code else str(exc)
        QMessageBox.warning(self, self.tr("Could not resolve the conflict"), text)
        self.reload()
