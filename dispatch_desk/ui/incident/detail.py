"""The detail dock: one incident with every field, its timeline, stage SLAs, photos, duplicates,
a conflict banner, and the buttons of its life cycle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.permissions import role_may_ever
from dispatch_desk.domain.records import Incident
from dispatch_desk.domain.workflow_actions import Action
from dispatch_desk.ui.common import commands, labels
from dispatch_desk.ui.common.colors import SLA_COLORS
from dispatch_desk.ui.common.dialogs import DIRECT, ActionDialog
from dispatch_desk.ui.common.names import REFERENCE_ENTITIES, Names
from dispatch_desk.ui.common.photos import PhotoStrip, photos_of
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.incident.actionbar import ActionBar
from dispatch_desk.ui.incident.conflict import ConflictBanner
from dispatch_desk.ui.incident.duplicates import candidates
from dispatch_desk.ui.incident.history import StageTable, Timeline, fit_height
from dispatch_desk.ui.incident.verdicts import policy_of, refusal_words, verdicts

RELOAD_DEBOUNCE_MS = 150
DUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class IncidentDetailWidget(QWidget):
    """Detail dock content; follows bus.incident_selected; actions go through ctx.engine.issue."""

    action_issued = Signal(str, str)  # action, mutation id
    action_refused = Signal(str, str)  # action, translated reason

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDetail")
        labels.reset()  # label tables follow the language installed now, whatever was built before
        self._ctx = ctx
        self._names = Names.load(ctx.store)
        self._policy = policy_of(self._names)
        self.incident: Incident | None = None
        self.dialog: ActionDialog | None = None  # the open action dialog, if any

        self.banner = ConflictBanner(ctx, self)
        self.banner.resolved.connect(self.reload)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("detailEmpty")

        self.heading = QLabel(self, objectName="detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600")
        self.badges = QLabel(self, objectName="detailBadges")
        self.badges.setTextFormat(Qt.TextFormat.RichText)
        self.map_link = QLabel(self, objectName="showOnMap")
        self.map_link.linkActivated.connect(lambda _href: self.show_on_map())
        self.map_action = QAction(self)
        self.map_action.setShortcut(QKeySequence("G"))
        self.map_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.map_action.triggered.connect(self.show_on_map)
        self.addAction(self.map_action)
        self.actions = ActionBar(self)
        self.actions.triggered.connect(self.run_action)
        self.refusal = QLabel(self, objectName="actionRefusal")  # why the last action did not go through
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #a11212")
        self.refusal.hide()
        self.issuer = commands.Issuer(ctx, self)
        self.issuer.issued.connect(self._issued)
        self.issuer.refused.connect(self._refused)

        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._field_labels: dict[str, QLabel] = {}
        self._field_captions: dict[str, QLabel] = {}

        self.stages = StageTable(self)
        self.photos = PhotoStrip(ctx.store, self)
        self.timeline = Timeline(self)
        self.duplicates = self._tree("duplicates", 5)
        self.duplicates.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.duplicates.header().setStretchLastSection(False)
        self.duplicates.itemChanged.connect(lambda _item, _column: self._update_merge_button())
        self.merge_button = QPushButton(self, objectName="mergeButton")
        self.merge_button.clicked.connect(self.merge_checked)
        self._merge_refusal: Any = None

        # A labelled, empty area that the knowledge base fills later; hidden until it has content.
        self.knowledge_slot = QGroupBox(self)
        self.knowledge_slot.setObjectName("knowledgeSlot")
        self.knowledge_slot.setLayout(QVBoxLayout())
        self.knowledge_slot.hide()

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.map_link, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(head)
        column.addWidget(self.badges)
        column.addWidget(self.actions)
        column.addWidget(self.refusal)
        self.details_box = self._section(self.fields)
        column.addWidget(self.details_box)
        self.photos_box = self._section(self.photos)
        column.addWidget(self.photos_box)
        self.stages_box = self._section(self.stages)
        column.addWidget(self.stages_box)
        self.timeline_box = self._section(self.timeline)
        column.addWidget(self.timeline_box)
        dup_box = QVBoxLayout()
        dup_box.addWidget(self.duplicates)
        dup_box.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        self.duplicates_box = self._section(dup_box)
        column.addWidget(self.duplicates_box)
        column.addWidget(self.knowledge_slot)
        column.addStretch(1)
        self.body = body
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty, 1)
        layout.addWidget(scroll, 1)
        scroll.hide()

        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DEBOUNCE_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._clock = QTimer(self, interval=30_000)  # button states and stage SLAs age with time
        self._clock.timeout.connect(self._refresh_time_dependent)
        self._clock.start()
        self.retranslate()
        ctx.bus.incident_selected.connect(self.show_incident)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.actions.set_allowed({})
        self._update_merge_button()

    # --- building blocks ------------------------------------------------------------------------
    def _tree(self, name: str, columns: int) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setWordWrap(True)
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return tree

    def _section(self, content: Any) -> QGroupBox:
        box = QGroupBox(self)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if isinstance(content, QWidget):
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(content)
        else:
            box.setLayout(content)
        return box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            labels.reset()  # the new translator is installed by now: tables rebuild in the new language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Select an incident in the queue or on the map."))
        self.map_link.setText(f'<a href="map">{self.tr("Show on map")}</a>')
        self.map_link.setToolTip(self.tr("Fly the main map to this incident (G)"))
        self.map_action.setText(self.tr("Show on map"))
        self.stages.retranslate()
        self.timeline.retranslate()
        self.duplicates.setHeaderLabels([self.tr("Case no."), self.tr("Title"), self.tr("Distance"),
                                         self.tr("Time apart"), self.tr("Status")])
        self.knowledge_slot.setTitle(self.tr("Knowledge suggestions"))
        self.details_box.setTitle(self.tr("Details"))
        self.photos_box.setTitle(self.tr("Photos"))
        self.stages_box.setTitle(self.tr("Stage time limits"))
        self.timeline_box.setTitle(self.tr("Timeline"))
        self.duplicates_box.setTitle(self.tr("Possible duplicates (same category, 300 m, 24 h)"))
        self.actions.retranslate()
        self.reload()

    def set_knowledge_widget(self, widget: QWidget) -> None:
        """Fill the knowledge slot (the knowledge base's suggestions for this incident) and show it."""
        layout = self.knowledge_slot.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        layout.addWidget(widget)
        self.knowledge_slot.show()

    # --- loading ------------------------------------------------------------------------------------
    def show_incident(self, incident_id: str) -> None:
        if self.incident is not None and self.incident.id == incident_id:
            return
        self._load(incident_id)

    def reload(self) -> None:
        if self.incident is not None:
            self._load(self.incident.id)

    def _on_data_changed(self, changes: Any) -> None:
        kinds = set(changes or ())
        if kinds & REFERENCE_ENTITIES:
            self._names = Names.load(self._ctx.store)
            self._policy = policy_of(self._names)
        if self.incident is None:
            return
        # Every action bumps its incident (updated_at), so the incident key is enough; a live feed of
        # other incidents' actions does not reload this pane. Conflicts change the banner.
        if not kinds or self.incident.id in (changes.get("incident") or ()) or "conflict" in kinds:
            self._reload_timer.start()
        elif self._has_history_of_shown(changes.get("incident_action") or ()):
            # History that arrives without its incident changing (the earlier entries of an incident
            # newly dispatched to this officer's agency, stored in a later slice of the feed)
            self._reload_timer.start()

    def _has_history_of_shown(self, action_ids: Any) -> bool:
        ids = list(action_ids)
        if not ids or self.incident is None:
            return False
        if len(ids) > 500:
            return True
        marks = ", ".join("?" for _ in ids)
        try:
            row = self._ctx.store.conn.execute(
                f"SELECT 1 FROM incident_action WHERE key IN ({marks}) "
                "AND json_extract(data, '$.incident_id') = ? LIMIT 1", (*ids, self.incident.id)).fetchone()
        except Exception:  # a store without the table (read-only tools): read again to be safe
            return True
        return row is not None

    def flush(self) -> None:
        if self._reload_timer.isActive():
            self._reload_timer.stop()
            self.reload()

    def _load(self, incident_id: str) -> None:
        if self.incident is None or self.incident.id != incident_id:
            self.refusal.hide()
        incident = self._ctx.store.get_incident(incident_id)
        self.incident = incident
        if incident is None:
            self.scroll.hide()
            self.empty.show()
            self.banner.set_incident(None)
            self.actions.set_allowed({})
            self._merge_refusal = None
            self._update_merge_button()
            return
        self.empty.hide()
        self.scroll.show()
        now = datetime.now(UTC)
        history = self._ctx.store.incident_actions(incident_id)
        self._show_heading(incident, now)
        self._show_fields(incident)
        self.stages.show_stages(incident, now, self._policy)
        self.timeline.show_history(history, self._pending_ids(), self._names)
        hashes = photos_of(history)
        self.photos.set_photos(hashes)
        self.photos_box.setVisible(bool(hashes))
        self.banner.set_incident(incident)
        allowed = verdicts(incident, self._ctx.officer, now, self._policy)
        self._set_allowed(allowed, incident)
        self._merge_refusal = allowed.get("merge")
        self._show_duplicates(incident, now)

    def _set_allowed(self, allowed: dict[str, Any], incident: Incident) -> None:
        self.actions.set_allowed(allowed, incident, self._ctx.officer, self._names, self._policy.regions)

    def _refresh_time_dependent(self) -> None:
        if self.incident is not None and self.isVisible():
            now = datetime.now(UTC)
            self._show_heading(self.incident, now)
            self.stages.show_stages(self.incident, now, self._policy)
            self._set_allowed(verdicts(self.incident, self._ctx.officer, now, self._policy), self.incident)

    def _show_heading(self, i: Incident, now: datetime) -> None:
        from dispatch_desk.domain.sla import sla_state

        code = i.code or i.id[:8]
        self.heading.setText(f"<span style='color:#5f6368'>{_esc(code)}</span>&nbsp; {_esc(i.title)}")
        state, left = sla_state(i, now, self._policy)
        parts = [_chip(labels.status_label(i.status.value), "#e8eaed", "#202124"),
                 _chip(labels.severity_label(int(i.severity)), "#fce8e6" if i.severity >= 3 else "#e8f0fe",
                       "#a50e0e" if i.severity >= 3 else "#174ea6")]
        if left is not None:
            fg, bg = SLA_COLORS.get(state, ("#202124", "#e8eaed"))
            text = f"{labels.sla_state_label(state.value)} {labels.format_countdown(left)}"
            parts.append(_chip(text, bg, fg))
        if i.supervised:
            parts.append(_chip(self.tr("Supervised"), "#fce8e6", "#a50e0e"))
        if i.merged_into:
            parts.append(_chip(self.tr("Merged into %1").replace("%1", i.merged_into[:8]), "#e8eaed", "#5f6368"))
        self.badges.setText("&nbsp;".join(parts))

    def _show_fields(self, i: Incident) -> None:
        n = self._names
        rows = [
            ("category", self.tr("Category"), n.category(i.category)),
            ("source", self.tr("Source"), labels.source_label(i.source.value)),
            ("reported_at", self.tr("Reported at"), labels.business_time(i.reported_at, True)),
            ("reporter", self.tr("Reported by"), n.officer(i.reporter)),
            ("address", self.tr("Address"), i.address),
            ("location", self.tr("Location"), f"{i.lon:.5f}, {i.lat:.5f}"),
            ("area", self.tr("Area"), " / ".join(x for x in (n.region(i.district), n.region(i.street)) if x)),
            ("grid_cell", self.tr("Grid cell"),
             f"{n.grid_cell(i.grid_cell)} ({i.grid_cell})" if i.grid_cell else ""),
            ("level", self.tr("Handled at"), {"city": self.tr("City"), "district": self.tr("District"),
                                                "street": self.tr("Street")}.get(i.level.value, i.level.value)),
            ("lead_agency", self.tr("Lead agency"), n.agency_full(i.lead_agency)),
            ("co_agencies", self.tr("Co-agencies"), "、".join(n.agency_full(a) for a in i.co_agencies)),
            ("deadline", self.tr("Disposal deadline"), labels.business_time(i.deadline)),
            ("suspended_until", self.tr("Suspended until"), labels.business_time(i.suspended_until)),
            ("return_reason", self.tr("Return reason"), i.return_reason),
            ("description", self.tr("Description"), i.description),
        ]
        for key, title, value in rows:
            label = self._field_labels.get(key)
            if label is None:
                caption = QLabel(self, objectName=f"caption_{key}")
                self._field_captions[key] = caption
                label = QLabel(self, objectName=f"field_{key}")
                label.setWordWrap(key in ("description", "address", "return_reason", "co_agencies"))
                label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields.addRow(caption, label)
                self._field_labels[key] = label
            self._field_captions[key].setText(title)
            label.setText(value or "—")
            self.fields.setRowVisible(label, bool(value) or key in ("category", "address", "lead_agency"))

    def _pending_ids(self) -> set[str]:
        try:
            return {m.id for m in self._ctx.store.outbox(limit=500)}
        except Exception:  # a store without an outbox (read-only tools) shows nothing as pending
            return set()

    def _show_duplicates(self, i: Incident, now: datetime) -> None:
        """The candidates, none ticked: the officer chooses what is the same problem. One the domain would
        not let this officer merge (cancel) cannot be ticked, and its tooltip says why."""
        chosen = set(self.checked_duplicates()) if self.incident is not None else set()
        self.duplicates.blockSignals(True)
        self.duplicates.clear()
        # an officer whose role never merges (an agency's) has no use for candidates
        mergers = role_may_ever(self._ctx.officer.role, Action.MERGE)
        found = (candidates(self._ctx.store, i, self._ctx.officer, now, self._policy)
                 if mergers and i.status.value not in ("closed", "cancelled") else [])
        for c in found:
            row = c.row
            item = QTreeWidgetItem([row.code or row.id[:8], row.title,
                                    self.tr("%1 m").replace("%1", f"{c.metres:.0f}"), _apart(c.apart),
                                    labels.status_label(row.status)])
            item.setData(0, DUP_ID_ROLE, row.id)
            earlier = row.reported_at < i.reported_at
            when = self.tr("reported %1 earlier") if earlier else self.tr("reported %1 later")
            tip = [row.title, when.replace("%1", _apart(c.apart))]
            if c.refusal is None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked)
            else:
                item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                why = refusal_words("cancel", c.refusal, c.incident, self._ctx.officer, self._names,
                                    self._policy.regions)
                tip.append(self.tr("Cannot be merged: %1").replace("%1", why))
            for column in range(5):
                item.setToolTip(column, "\n".join(tip))
            self.duplicates.addTopLevelItem(item)
        self.duplicates.blockSignals(False)
        fit_height(self.duplicates, max_rows=6)
        self.duplicates_box.setVisible(bool(found))
        self._update_merge_button()

    def _update_merge_button(self) -> None:
        n = len(self.checked_duplicates())
        self.merge_button.setText(self.tr("Merge %n ticked into this incident", "", n) if n
                                  else self.tr("Tick the reports of the same problem to merge them"))
        refusal = self._merge_refusal
        self.merge_button.setEnabled(refusal is None and n > 0 and self.incident is not None)
        if self.incident is not None and refusal is not None:
            self.merge_button.setToolTip(self.actions.why("merge", refusal))
        else:
            self.merge_button.setToolTip(self.tr("Cancel the ticked duplicates and link them to this incident"))

    # --- actions ---------------------------------------------------------------------------------
    def show_on_map(self) -> None:
        if self.incident is not None:
            self._ctx.bus.show_incident_on_map.emit(self.incident.id)

    def run_action(self, action: str) -> None:
        """The officer chose `action`: issue it at once, or after its dialog."""
        if self.incident is None:
            return
        if action in DIRECT:
            self.issue(action, {})
            return
        dialog = ActionDialog(self._ctx, action, self.incident, self, names=self._names)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.issue(action, dialog.args()))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def issue(self, action: str, args: dict[str, Any]) -> bool:
        """Start `action` on the shown incident; the result arrives as action_issued / action_refused."""
        if self.incident is None:
            return False
        self.refusal.hide()
        self.issuer.issue(action, self.incident.id, args, self.incident.status.value)
        return True

    def busy(self) -> bool:
        """An action is on its way into the cache."""
        return self.issuer.busy()

    def _issued(self, action: str, incident_id: str, mutation_id: str) -> None:
        self._ctx.bus.status_message.emit(self.tr("%1: done, syncing").replace("%1", labels.action_label(action)))
        self.action_issued.emit(action, mutation_id)
        if self.incident is not None and self.incident.id == incident_id:
            self.reload()

    def _refused(self, action: str, incident_id: str, text: str) -> None:
        self._ctx.bus.status_message.emit(text)
        if self.incident is not None and self.incident.id == incident_id:
            self.refusal.setText(f"{labels.action_label(action)}: {text}")
            self.refusal.show()
        self.action_refused.emit(action, text)

    def checked_duplicates(self) -> list[str]:
        out = []
        for n in range(self.duplicates.topLevelItemCount()):
            item = self.duplicates.topLevelItem(n)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, DUP_ID_ROLE))
        return out

    def merge_checked(self) -> bool:
        ids = self.checked_duplicates()
        if not ids or not self.merge_button.isEnabled():
            return False
        note = self.tr("Merged %n duplicate report(s) of the same problem", "", len(ids))
        return self.issue("merge", {"duplicates": ids, "note": note})


def _apart(delta: timedelta) -> str:
    """A time apart in words: minutes under an hour, then hours and minutes."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return QCoreApplication.translate("IncidentDetailWidget", "%1 min").replace("%1", str(minutes))
    return QCoreApplication.translate("IncidentDetailWidget", "%1 h %2 min").replace(
        "%1", str(minutes // 60)).replace("%2", str(minutes % 60))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _chip(text: str, bg: str, fg: str) -> str:
    return f"<span style='background:{bg}; color:{fg}; padding:2px 6px;'>&nbsp;{_esc(text)}&nbsp;</span>"

