"""The indicator tree: the six dimensions, then city / district / street, searchable. Names, regions
and units in the desk's language; each figure named once with its region ("易积水点水深 · 陆家嘴街道")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from dispatch_desk.domain.alerting import name_without_region
from dispatch_desk.domain.records import Dimension, Indicator, Region, RegionLevel
from dispatch_desk.ui.charts.labels import dimension_name, level_name
from dispatch_desk.ui.shell.i18n import data_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the names in both languages: either finds the figure


class IndicatorTree(QWidget):
    activated = Signal(str)  # indicator code, double-clicked or Enter
    context_requested = Signal(str, object)  # indicator code, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(placeholderText=self.tr("Search indicators…"), clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)  # three levels deep: the names keep the width
        self.tree.setObjectName("indicatorTree")
        self.tree.itemActivated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)

    def populate(self, indicators: list[Indicator], regions: dict[str, Region]) -> None:
        self.tree.clear()
        for dimension in Dimension:
            members = [i for i in indicators if i.dimension is dimension]
            if not members:
                continue
            top = QTreeWidgetItem([f"{dimension_name(dimension)} ({len(members)})"])
            self.tree.addTopLevelItem(top)
            for level in RegionLevel:
                at_level = [i for i in members if (r := regions.get(i.region)) and r.level is level]
                if not at_level:
                    continue
                group = QTreeWidgetItem([level_name(level)])
                top.addChild(group)
                group.setExpanded(level is RegionLevel.CITY)  # city figures first; the rest on demand
                leaves = []
                for ind in at_level:
                    r = regions[ind.region]
                    region = data_text(r.name, r.name_en)
                    leaves.append((name_without_region(data_text(ind.name, ind.name_en), region), region, ind))
                for name, region, ind in sorted(leaves, key=lambda leaf: (leaf[0], leaf[1])):
                    r = regions[ind.region]
                    # Under "City" every figure is the city's: the name alone says it.
                    item = QTreeWidgetItem([name if level is RegionLevel.CITY else f"{name} · {region}"])
                    unit = data_text(ind.unit, ind.unit_en)
                    item.setToolTip(0, " · ".join(p for p in (name, region, unit) if p))
                    item.setData(0, CODE_ROLE, ind.code)
                    item.setData(0, SEARCH_ROLE, " ".join((ind.code, ind.name, ind.name_en, r.name, r.name_en)).lower())
                    group.addChild(item)
            top.setExpanded(True)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top_visible = False
            for j in range(top.childCount()):
                group = top.child(j)
                group_visible = False
                for k in range(group.childCount()):
                    leaf = group.child(k)
                    hit = not needle or needle in leaf.text(0).lower() or needle in str(leaf.data(0, SEARCH_ROLE))
                    leaf.setHidden(not hit)
                    group_visible |= hit
                group.setHidden(not group_visible)
                group.setExpanded(bool(needle) or group.isExpanded())
                top_visible |= group_visible
            top.setHidden(not top_visible)

    def _activated(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, CODE_ROLE)
        if code:
            self.activated.emit(code)

    def _context(self, pos) -> None:
        item = self.tree.itemAt(pos)
        code = item.data(0, CODE_ROLE) if item else None
        if code:
            self.context_requested.emit(code, self.tree.viewport().mapToGlobal(pos))
