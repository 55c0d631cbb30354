"""The knowledge base dock: search policies, regulations, procedures and past cases; read one.

Searches go to the local cache's full-text index (`store.search_knowledge`), so the dock works
offline; a short pause after typing keeps the main thread free while the officer types.
"""

from __future__ import annotations

import html

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

from dispatch_desk.ui.context import AppContext

DOC_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.results.currentItemChanged.connect(self._show)
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

    def refresh(self) -> None:
        text = self.search.text().strip()
        if text:
            docs = self.ctx.store.search_knowledge(text, limit=50)
        else:
            docs = sorted(self.ctx.store.rows("knowledge_doc"), key=lambda d: d.get("title", ""))[:200]
        current = self.results.currentItem()
        keep = current.data(DOC_ROLE).get("id") if current else None
        self.results.clear()
        for doc in docs:
            item = QListWidgetItem(f"[{self.kind_name(doc.get('kind', ''))}] {doc.get('title', '')}")
            item.setData(DOC_ROLE, doc)
            self.results.addItem(item)
            if doc.get("id") == keep:
                self.results.setCurrentItem(item)
        self._update_count()

    def open_doc(self, doc_id: str) -> None:
        """Show one document (the quick-search palette calls this)."""
        for row in range(self.results.count()):
            if self.results.item(row).data(DOC_ROLE).get("id") == doc_id:
                self.results.setCurrentRow(row)
                return
        doc = self.ctx.store.get("knowledge_doc", doc_id)
        if doc:
            self.reader.setHtml(self._render(doc))

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n document(s)", "", self.results.count()))

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
        self._categories: dict[str, str] | None = None
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
        incident = self.ctx.store.get_incident(incident_id)
        self.list.clear()
        if incident is None:
            return
        if self._categories is None:
            self._categories = {c.code: c.name for c in self.ctx.store.reference().categories}
        name = self._categories.get(incident.category, "")
        for doc in self.ctx.store.search_knowledge(name, limit=self.LIMIT) if name else []:
            item = QListWidgetItem(doc.get("title", ""))
            item.setData(DOC_ROLE, doc)
            self.list.addItem(item)
