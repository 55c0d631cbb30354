"""The knowledge base dock: search policies, regulations, procedures and past cases; read one.

Searches go to the local cache's full-text index (`store.search_knowledge`), so the dock works
offline. Every read runs on a pool thread through its own connection (`ui.tasks.worker_store`),
never on the main thread: a whole knowledge base, or a search while the sync writer stores a big
page, takes its time there. A short pause after typing makes one search of a burst of keys; an
answer to an older search than the latest is dropped; the list shows the documents a page at a
time as the officer scrolls.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.codec import parse_time
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell import citytime
from dispatch_desk.ui.tasks import run_in_background, worker_store

log = logging.getLogger(__name__)
DOC_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200  # list items made at a time; more as the list is scrolled to its end
SEARCH_LIMIT = 50


def _read_docs(path: Path, text: str) -> list[dict]:
    """On a pool thread: the documents matching `text`, best first, or all of them by title."""
    store = worker_store(path)
    if text:
        return store.search_knowledge(text, limit=SEARCH_LIMIT)
    return sorted(store.rows("knowledge_doc"), key=lambda d: d.get("title", ""))


class KnowledgeWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setObjectName("knowledgeSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("knowledgeResults")
        self.reader = QTextBrowser(self)
        self.reader.setObjectName("knowledgeReader")
        self.reader.setOpenExternalLinks(False)
        self.count = QLabel(self)
        self.count.setObjectName("hintLabel")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.results)
        split.addWidget(self.reader)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        self._docs: list[dict] = []  # the answer to the latest search; items are made PAGE at a time
        self._asked = 0  # searches asked for; an answer to an older one than the latest is dropped
        self._answered = 0
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.results.currentItemChanged.connect(self._show)
        self.results.verticalScrollBar().valueChanged.connect(self._maybe_more)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search policies, procedures and past cases…"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_data_changed(self, changed: object) -> None:
        if isinstance(changed, dict) and "knowledge_doc" in changed:
            self._debounce.start()

    def busy(self) -> bool:
        """A search has been asked for and not answered yet (tests wait on this)."""
        return self._answered < self._asked or self._debounce.isActive()

    def refresh(self) -> None:
        self._debounce.stop()
        self._asked += 1
        asked, path, text = self._asked, Path(self.ctx.store.path), self.search.text().strip()
        run_in_background(lambda: _read_docs(path, text), lambda docs: self._answer(asked, docs),
                          lambda exc: self._failed(asked, exc), owner=self)

    def _answer(self, asked: int, docs: list[dict]) -> None:
        self._answered = max(self._answered, asked)
        if asked != self._asked:
            return  # the officer typed on meanwhile: the newer search answers
        current = self.results.currentItem()
        keep = current.data(DOC_ROLE).get("id") if current else None
        self._docs = docs
        self.results.clear()
        self._add_page(keep)
        self._update_count()

    def _failed(self, asked: int, exc: BaseException) -> None:
        self._answered = max(self._answered, asked)
        log.warning("knowledge search failed: %s", exc)

    def _add_page(self, keep: str | None = None) -> None:
        start = self.results.count()
        for doc in self._docs[start:start + PAGE]:
            item = QListWidgetItem(f"[{self.kind_name(doc.get('kind', ''))}] {doc.get('title', '')}")
            item.setData(DOC_ROLE, doc)
            self.results.addItem(item)
            if keep is not None and doc.get("id") == keep:
                self.results.setCurrentItem(item)

    def _maybe_more(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value >= bar.maximum() and self.results.count() < len(self._docs):
            self._add_page()

    def open_doc(self, doc_id: str) -> None:
        """Show one document (the quick-search palette calls this)."""
        for row in range(self.results.count()):
            if self.results.item(row).data(DOC_ROLE).get("id") == doc_id:
                self.results.setCurrentRow(row)
                return
        path = Path(self.ctx.store.path)
        run_in_background(lambda: worker_store(path).get("knowledge_doc", doc_id),
                          lambda doc: self.reader.setHtml(self._render(doc)) if doc else None,
                          lambda exc: log.warning("knowledge document %s not read: %s", doc_id, exc), owner=self)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n document(s)", "", len(self._docs)))

    def _show(self, item: QListWidgetItem | None) -> None:
        self.reader.setHtml(self._render(item.data(DOC_ROLE)) if item else "")

    def kind_name(self, kind: str) -> str:
        return {
            "policy": self.tr("Policy"),
            "regulation": self.tr("Regulation"),
            "procedure": self.tr("Procedure"),
            "case": self.tr("Case"),
        }.get(kind, kind)

    def _render(self, doc: dict) -> str:
        meta = [self.kind_name(doc.get("kind", ""))]
        if doc.get("issued_by"):
            meta.append(doc["issued_by"])
        if doc.get("issued_at"):
            try:  # the day it was issued in the city, not the UTC date of the stored time
                meta.append(citytime.date(parse_time(doc["issued_at"])))
            except (TypeError, ValueError):
                meta.append(str(doc["issued_at"])[:10])
        tags = doc.get("tags") or ()
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in str(doc.get("body", "")).split("\n") if p.strip())
        return (
            f"<h3>{html.escape(doc.get('title', ''))}</h3>"
            f"<p style='color:gray'>{html.escape(' · '.join(meta))}</p>"
            + (f"<p style='color:gray'>{html.escape(' '.join('#' + t for t in tags))}</p>" if tags else "")
            + paragraphs
        )


class IncidentKnowledge(QWidget):
    """Knowledge suggestions for the incident in the detail pane: documents about its category
    (procedures, regulations, past cases). Choosing one opens it in the knowledge dock."""

    open_doc = Signal(str)
    LIMIT = 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentKnowledge")
        self.ctx = ctx
        self._asked = 0  # an answer for an incident selected before the latest one is dropped
        self.title = QLabel(self)
        self.title.setObjectName("hintLabel")
        self.list = QListWidget(self)
        self.list.setObjectName("incidentKnowledgeList")
        self.list.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(lambda item: self.open_doc.emit(item.data(DOC_ROLE)["id"]))
        ctx.bus.incident_selected.connect(self.show_for)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Knowledge for this incident (double-click to read)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_for(self, incident_id: str) -> None:
        self._asked += 1
        asked, path, limit = self._asked, Path(self.ctx.store.path), self.LIMIT

        def read() -> list[dict]:  # on a pool thread
            store = worker_store(path)
            incident = store.get_incident(incident_id)
            if incident is None:
                return []
            names = {c.code: c.name for c in store.records("category")}
            name = names.get(incident.category, "")
            return store.search_knowledge(name, limit=limit) if name else []

        run_in_background(read, lambda docs: self._fill(asked, docs),
                          lambda exc: log.warning("knowledge for %s not read: %s", incident_id, exc), owner=self)

    def _fill(self, asked: int, docs: list[dict]) -> None:
        if asked != self._asked:
            return
        self.list.clear()
        for doc in docs:
            item = QListWidgetItem(doc.get("title", ""))
            item.setData(DOC_ROLE, doc)
            self.list.addItem(item)
