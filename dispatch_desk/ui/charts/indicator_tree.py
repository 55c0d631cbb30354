"""The indicator tree: the six dimensions, then city / district / street, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from dispatch_desk.domain.records import Dimension, Indicator, Region, RegionLevel
from dispatch_desk.ui.charts.labels import dimension_name, level_name

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


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
                for ind in sorted(at_level, key=lambda i: (i.name, i.region)):
                    region = regions[ind.region].name
                    item = QTreeWidgetItem([f"{ind.name} · {region}"])
                    item.setToolTip(0, f"{ind.name} · {region} · {ind.unit}")
                    item.setData(0, CODE_ROLE, ind.code)
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
                    hit = not needle or needle in leaf.text(0).lower() or needle in str(leaf.data(0, CODE_ROLE))
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
