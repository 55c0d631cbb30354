"""The life-cycle dialogs of a joint command: start, response level, command transfer, stand-down,
seats, close.

Each public function opens its dialog (non-modal, `open()`) and returns it. A dialog checks its
arguments with the domain's own decision (`domain.command.decide` on the cached records) before it
sends, keeps its OK button off while the domain says no — with the reason in the officer's words —
and issues the mutation with `ctx.engine.issue` on the thread pool; a refusal is shown in the
dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dispatch_desk.domain import command
from dispatch_desk.domain.codec import from_wire
from dispatch_desk.domain.entities import ENTITY_OF
from dispatch_desk.domain.geo import to_shape
from dispatch_desk.domain.permissions import READ_ONLY_ROLES
from dispatch_desk.domain.records import (
    RESPONSE_LEVELS,
    Officer,
    Operation,
    OperationKind,
    Plan,
    RegionLevel,
    ReportStatus,
    Role,
)
from dispatch_desk.ui.command import exports, situation_text, words
from dispatch_desk.ui.command.words import plan_name, plan_task_title
from dispatch_desk.ui.common import labels
from dispatch_desk.ui.common.dialogs import from_qt, to_qt
from dispatch_desk.ui.common.names import Names
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.tasks import run_in_background

translate = QCoreApplication.translate  # the name lupdate looks for


# --- checking and sending -------------------------------------------------------------------------------


def cached_get(store: Any) -> Callable[[type, str], Any]:
    """The domain's `get(cls, key)` over the cache (the optimistic state, as the write will see it)."""
    def get(cls: type, key: str) -> Any:
        data = store.get(ENTITY_OF[cls], key)
        return None if data is None else from_wire(cls, data)
    return get


def explain(code: str, reason: str) -> str:
    """A domain refusal in the officer's words: the precise cases these dialogs meet, else by code."""
    specific = {
        "The operation already has this response level.":
            translate("Lifecycle", "The operation already has this response level."),
        "The operation already has this command.":
            translate("Lifecycle", "Choose another commander or deputy: this is the command already."),
        "The commander cannot be their own deputy.":
            translate("Lifecycle", "The commander cannot be their own deputy."),
        "An operation needs a name.": translate("Lifecycle", "Please give the operation a name."),
        "A seat must end after it starts, and in the future.":
            translate("Lifecycle", "The seat must end after it starts, and in the future."),
        "A seat lasts at most 30 days; extend it later if needed.":
            translate("Lifecycle", "A seat lasts at most 30 days; extend it later if needed."),
        "This officer already holds a seat in the operation.":
            translate("Lifecycle", "This officer already holds a seat in the operation."),
        "An administrator needs no seat.": translate("Lifecycle", "An administrator needs no seat."),
        "The final report must be a published report of this operation.":
            translate("Lifecycle", "The final report must be published first."),
        "Only a city ops officer opens a joint command":
            translate("Lifecycle", "Only a city ops officer opens a joint command."),
    }
    text = specific.get(reason)
    if text is not None:
        return text
    if reason.startswith(("A leader cannot be", "The commander is not", "The deputy is not",
                          "The seated officer is not")):
        return translate("Lifecycle", "Choose an active officer who may act (not a leader).")
    if reason.startswith("The area"):
        return translate("Lifecycle", "The area is not a valid polygon: draw it again or choose regions.")
    return words.refusal(code, reason)


def preview(ctx: AppContext, name: str, args: dict[str, Any], now: datetime | None = None,
            regions: list[Any] | None = None) -> str | None:
    """Why the domain would refuse `name(args)` on the cached state now (None: it would not)."""
    if regions is None:
        regions = list(Names.load(ctx.store).regions.values())
    decided = command.decide(name, "preview", args, actor=ctx.officer, now=now or datetime.now(UTC),
                             get=cached_get(ctx.store), regions=regions)
    if isinstance(decided, command.Refusal):
        return explain(str(decided.code), decided.reason)
    return None


class Sender(QObject):
    """Issues mutations in order on the pool; `sent` with the last mutation id, or `refused` with words."""

    sent = Signal(str)
    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.running = False

    def send(self, steps: list[tuple[str, dict[str, Any]]], changed: dict[str, set[str]] | None = None) -> None:
        engine = self._ctx.engine
        if engine is None:
            self.refused.emit(words.refusal("offline"))
            return
        self.running = True

        def work() -> str:
            last = ""
            for name, args in steps:
                last = engine.issue(name, args)
            return last

        def done(mutation_id: str) -> None:
            self.running = False
            self._ctx.bus.data_changed.emit(changed or {})
            self.sent.emit(mutation_id)

        def failed(exc: BaseException) -> None:
            self.running = False
            code = str(getattr(exc, "code", "") or "")
            reason = getattr(exc, "reason", None) or str(exc)
            self.refused.emit(explain(code, reason) if code else reason)

        run_in_background(work, done, failed, owner=self)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


# --- the base dialog ----------------------------------------------------------------------------------


def fit_to_window(dialog: QWidget, width: int, height: int) -> None:
    """Resize a dialog to what it wants, but never beyond the window it opens over (or the screen):
    on a 1366×768 laptop the buttons must stay on screen; the lists inside scroll instead."""
    parent = dialog.parentWidget()
    if parent is not None and parent.window().isVisible():
        area = parent.window().geometry()
    else:
        screen = dialog.screen()
        area = screen.availableGeometry() if screen is not None else None
    if area is not None:
        width, height = min(width, area.width() - 40), min(height, area.height() - 60)
    dialog.resize(width, height)



class CommandDialog(QDialog):
    """A form, a hint of why OK is off, the refusal of a send, and OK/Cancel."""

    done = Signal(str)  # the key of what was created or changed

    def __init__(self, ctx: AppContext, parent: QWidget | None, name: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.ctx = ctx
        self.names = Names.load(ctx.store)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hint = QLabel(self, objectName="dialogHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a4b00")
        self.hint.hide()
        self.error = QLabel(self, objectName="dialogError")
        self.error.setStyleSheet("color: #a11212")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.sender_ = Sender(ctx, self)
        self.sender_.sent.connect(self._sent)
        self.sender_.refused.connect(self._refused)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    # to be given by each dialog
    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        raise NotImplementedError

    def result_key(self) -> str:
        return ""

    def local_check(self) -> str | None:
        """A reason the dialog itself sees (before the domain is asked)."""
        return None

    def why_not(self) -> str | None:
        reason = self.local_check()
        if reason is not None:
            return reason
        try:
            steps = self.steps()
        except ValueError as exc:
            return str(exc)
        name, args = steps[0]
        return preview(self.ctx, name, args, regions=list(self.names.regions.values()))

    def recheck(self, *_: Any) -> None:
        reason = self.why_not()
        self.ok.setEnabled(reason is None and not self.sender_.running)
        self.hint.setText(reason or "")
        self.hint.setVisible(reason is not None)
        self.ok.setToolTip(reason or "")

    def submit(self) -> None:
        reason = self.why_not()
        if reason is not None:
            self._refused(reason)
            return
        self.error.hide()
        self.ok.setEnabled(False)
        self.sender_.send(self.steps(), self.changed())

    def changed(self) -> dict[str, set[str]]:
        return {"operation": {self.result_key()}} if self.result_key() else {}

    def busy(self) -> bool:
        return self.sender_.running

    def _sent(self, _mutation_id: str) -> None:
        self.done.emit(self.result_key())
        self.accept()

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.recheck()

    def text_edit(self, name: str, placeholder: str = "", height: int = 64) -> QPlainTextEdit:
        edit = QPlainTextEdit(self, objectName=name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        edit.textChanged.connect(self.recheck)
        return edit

    def officer_box(self, name: str, chosen: str | None, *, none_text: str | None = None,
                    officers: Iterable[Officer] | None = None) -> QComboBox:
        box = QComboBox(self, objectName=name)
        if none_text is not None:
            box.addItem(none_text, None)
        for o in officers if officers is not None else eligible_officers(self.names):
            box.addItem(self.officer_label(o), o.id)
        if chosen is not None and box.findData(chosen) < 0:
            box.addItem(self.names.officer(chosen), chosen)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.currentIndexChanged.connect(self.recheck)
        return box

    def officer_label(self, o: Officer) -> str:
        agency = self.names.agency(o.agency) if o.agency else ""
        return f"{o.name}（{agency}）" if agency else o.name


def show(dialog: QDialog) -> Any:
    """Open a dialog without blocking, and let it go once it is finished (a window that opens many
    does not keep them all)."""
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def eligible_officers(names: Names, first: Iterable[Role] = ()) -> list[Officer]:
    """Active officers who may act in a command (not leaders), the roles `first` before the others."""
    rank = {role: n for n, role in enumerate(first)}
    officers = [o for o in names.officers.values() if o.active and o.role not in READ_ONLY_ROLES]
    return sorted(officers, key=lambda o: (rank.get(o.role, len(rank)), o.agency or "", o.name, o.id))


def _operation(ctx: AppContext, op_id: str) -> Operation | None:
    return exports.read_operation(ctx.store, op_id)


def _status_line(op: Operation) -> str:
    return f"{op.name} · {words.operation_status(op.status.value)} · {words.response_level(op.level)}"


# --- start ------------------------------------------------------------------------------------------


def area_of_regions(regions: Iterable[Any]) -> tuple[list[list[list[float]]] | None, bool]:
    """The union of the regions' polygons as rings of [lon, lat], and whether it had to be closed up
    (regions that do not adjoin give their enclosing outline)."""
    from shapely.geometry import MultiPolygon
    from shapely.geometry import Polygon as ShapelyPolygon
    from shapely.ops import unary_union

    shapes = [s for s in (to_shape(r.polygon) for r in regions if r.polygon) if s is not None]
    if not shapes:
        return None, False
    union = unary_union(shapes)
    joined = False
    if isinstance(union, MultiPolygon) or not isinstance(union, ShapelyPolygon):
        union = union.convex_hull
        joined = True
    if not isinstance(union, ShapelyPolygon) or union.area <= 0:
        return None, joined
    rings = [union.exterior, *union.interiors]
    return [[[round(x, 7), round(y, 7)] for x, y in ring.coords] for ring in rings], joined


class StartOperationDialog(CommandDialog):
    """A new joint command: from a plan or blank; created as planned or started now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 area: Iterable[Iterable[float]] | None = None) -> None:
        super().__init__(ctx, parent, "startOperation", translate("Lifecycle", "Start now"))
        self.setWindowTitle(translate("Lifecycle", "New joint command"))
        self.op_id = new_id("op")
        self.drawn: list[list[list[float]]] | None = None
        self.plans: dict[str, Plan] = {p.id: p for p in exports.read_plans(ctx.store) if p.active}  # withdrawn: not offered
        self._region_records = {r.code: r for r in ctx.store.records("region")}
        self._last_plan_name = ""

        self.plan = QComboBox(self, objectName="plan")
        self.plan.addItem(translate("Lifecycle", "Blank — no plan"), None)
        for p in sorted(self.plans.values(), key=plan_name):
            self.plan.addItem(plan_name(p), p.id)
            self.plan.setItemData(self.plan.count() - 1, plan_name(p), Qt.ItemDataRole.ToolTipRole)
        self.plan_tasks = QListWidget(self, objectName="planTasks")
        self.plan_tasks.setMaximumHeight(118)
        self.plan_tasks.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.name = QLineEdit(self, objectName="name")
        self.name.setPlaceholderText(translate("Lifecycle", "e.g. 台风“海鸥”防御联动指挥"))
        self.kind = QComboBox(self, objectName="kind")
        for k in OperationKind:
            self.kind.addItem(words.operation_kind(k.value), k.value)
        self.kind.setCurrentIndex(self.kind.findData(OperationKind.EMERGENCY.value))
        self.level = QComboBox(self, objectName="level")
        self.level.addItem(words.response_level(0), 0)
        for n in RESPONSE_LEVELS:
            self.level.addItem(words.response_level(n), n)
        self.mode = QLineEdit(self, objectName="mode")
        self.mode.setPlaceholderText(translate("Lifecycle", "e.g. 防台防汛Ⅱ级响应"))

        area_box = QWidget(self)
        area_layout = QVBoxLayout(area_box)
        area_layout.setContentsMargins(0, 0, 0, 0)
        choice = QHBoxLayout()
        self.by_regions = QRadioButton(translate("Lifecycle", "From regions"), area_box, objectName="areaByRegions")
        self.by_drawing = QRadioButton(translate("Lifecycle", "Drawn on the map"), area_box, objectName="areaDrawn")
        self.no_area = QRadioButton(translate("Lifecycle", "No area yet"), area_box, objectName="areaNone")
        group = QButtonGroup(area_box)
        for b in (self.by_regions, self.by_drawing, self.no_area):
            group.addButton(b)
            choice.addWidget(b)
            b.toggled.connect(self._area_mode)
        self.draw = QPushButton(translate("Lifecycle", "Draw on the map…"), area_box, objectName="drawArea")
        self.draw.clicked.connect(self._start_drawing)
        self.draw.setEnabled(self._map() is not None)
        choice.addStretch(1)
        choice.addWidget(self.draw)
        area_layout.addLayout(choice)
        self.regions = QListWidget(area_box, objectName="regions")
        self.regions.setMinimumHeight(90)
        self.regions.setMaximumHeight(150)
        for r in self._region_tree():
            item = QListWidgetItem(("　　" if r.level is RegionLevel.STREET else "") + self.names.region(r.code))
            item.setData(Qt.ItemDataRole.UserRole, r.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.regions.addItem(item)
        self.regions.itemChanged.connect(self.recheck)
        area_layout.addWidget(self.regions)
        self.area_info = QLabel(area_box, objectName="areaInfo")
        self.area_info.setWordWrap(True)
        area_layout.addWidget(self.area_info)

        me = ctx.officer.id
        self.commander = self.officer_box("commander", me)
        self.deputy = self.officer_box("deputy", None, none_text=translate("Lifecycle", "(none)"))
        self.agencies = QListWidget(self, objectName="agencies")
        self.agencies.setMaximumHeight(64)
        for a in self.names.agencies.values():
            item = QListWidgetItem(self.names.agency(a.code))
            item.setToolTip(self.names.agency_full(a.code))
            item.setData(Qt.ItemDataRole.UserRole, a.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.agencies.addItem(item)
        self.agencies.setFlow(QListWidget.Flow.LeftToRight)
        self.agencies.setWrapping(True)
        self.agencies.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.agencies.itemChanged.connect(self.recheck)

        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        self.start_now = QRadioButton(translate("Lifecycle", "Start now (战时)"), when, objectName="startNow")
        self.as_planned = QRadioButton(translate("Lifecycle", "Create as planned"), when, objectName="asPlanned")
        self.start_now.setChecked(True)
        when_group = QButtonGroup(when)
        for b in (self.start_now, self.as_planned):
            when_group.addButton(b)
            when_row.addWidget(b)
            b.toggled.connect(self._when_changed)
        when_row.addStretch(1)

        f = self.form
        f.addRow(translate("Lifecycle", "Plan"), self.plan)
        f.addRow(translate("Lifecycle", "Plan tasks"), self.plan_tasks)
        f.addRow(translate("Lifecycle", "Name"), self.name)
        f.addRow(translate("Lifecycle", "Kind"), self.kind)
        f.addRow(translate("Lifecycle", "Response level"), self.level)
        f.addRow(translate("Lifecycle", "Mode"), self.mode)
        f.addRow(translate("Lifecycle", "Area"), area_box)
        f.addRow(translate("Lifecycle", "Commander"), self.commander)
        f.addRow(translate("Lifecycle", "Deputy"), self.deputy)
        f.addRow(translate("Lifecycle", "Agencies"), self.agencies)
        f.addRow(translate("Lifecycle", "When"), when)

        self.plan.currentIndexChanged.connect(self._plan_chosen)
        self.name.textChanged.connect(self.recheck)
        self.kind.currentIndexChanged.connect(self.recheck)
        self.level.currentIndexChanged.connect(self.recheck)
        map_widget = self._map()
        if map_widget is not None and hasattr(map_widget, "operation_area_drawn"):
            map_widget.operation_area_drawn.connect(self.set_area)
        if area:
            self.set_area(area)
        else:
            self.by_regions.setChecked(True)
        self._plan_chosen()
        self._fit_plan_tasks()
        fit_to_window(self, 660, self.sizeHint().height())

    def _region_tree(self) -> list[Any]:
        regions = [r for r in self.names.regions.values() if r.level is not RegionLevel.CITY]
        districts = sorted((r for r in regions if r.level is RegionLevel.DISTRICT), key=lambda r: r.code)
        out = []
        for d in districts:
            out.append(d)
            out.extend(sorted((r for r in regions if r.parent == d.code and r.level is RegionLevel.STREET),
                              key=lambda r: r.code))
        return out

    def _map(self) -> Any:
        window = self.parent().window() if isinstance(self.parent(), QWidget) else None
        return getattr(window, "map_widget", None) if window is not None else None

    def _start_drawing(self) -> None:
        map_widget = self._map()
        view = getattr(map_widget, "view", None)
        if view is not None:
            view.call("startDraw")
            self.ctx.bus.status_message.emit(translate("Lifecycle", "Draw the area on the map; double-click to end."))

    def set_area(self, ring: Iterable[Iterable[float]]) -> None:
        """An area drawn on the map (a ring of (lon, lat))."""
        points = [[float(p[0]), float(p[1])] for p in ring]
        if points and points[0] != points[-1]:
            points.append(list(points[0]))
        self.drawn = [points]
        self.by_drawing.setChecked(True)
        self._area_mode()

    def _area_mode(self, *_: Any) -> None:
        self.regions.setEnabled(self.by_regions.isChecked())
        self.by_drawing.setEnabled(self.drawn is not None)
        self.recheck()

    def _when_changed(self, *_: Any) -> None:
        self.ok.setText(translate("Lifecycle", "Start now") if self.start_now.isChecked()
                        else translate("Lifecycle", "Create"))
        self.recheck()

    def _plan_chosen(self, *_: Any) -> None:
        plan = self.plans.get(self.plan.currentData() or "")
        self.plan_tasks.clear()
        if plan is None:
            self.plan_tasks.addItem(translate("Lifecycle", "No plan: tasks are assigned by hand."))
        else:
            for t in plan.tasks:
                due = translate("Lifecycle", "due +%1").replace("%1", words.duration(t.offset_minutes * 60))
                self.plan_tasks.addItem(f"{self.names.agency(t.agency)} — {plan_task_title(t)}（{due}）")
            if not self.name.text().strip() or self.name.text() == self._last_plan_name:
                self.name.setText(plan_name(plan))
                self._last_plan_name = plan_name(plan)
            wanted = {t.agency for t in plan.tasks}
            for i in range(self.agencies.count()):
                item = self.agencies.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in wanted:
                    item.setCheckState(Qt.CheckState.Checked)
        self.plan_tasks.setToolTip(translate("Lifecycle", "Instantiated as tasks when the operation starts."))
        self._fit_plan_tasks()
        self.recheck()

    def _fit_plan_tasks(self) -> None:
        rows = max(1, min(self.plan_tasks.count(), 5))
        self.plan_tasks.setFixedHeight(rows * max(18, self.plan_tasks.sizeHintForRow(0)) + 8)

    def chosen_regions(self) -> list[str]:
        return [self.regions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.regions.count())
                if self.regions.item(i).checkState() == Qt.CheckState.Checked]

    def area(self) -> tuple[list[list[list[float]]] | None, list[str]]:
        if self.by_drawing.isChecked() and self.drawn:
            return self.drawn, []
        if self.by_regions.isChecked():
            codes = self.chosen_regions()
            rings, joined = area_of_regions(self._region_records[c] for c in codes if c in self._region_records)
            self._joined = joined
            return rings, codes
        return None, []

    def local_check(self) -> str | None:
        if not self.name.text().strip():
            return translate("Lifecycle", "Please give the operation a name.")
        if self.by_regions.isChecked() and not self.chosen_regions():
            return translate("Lifecycle", "Choose the regions of the area, draw it on the map, or choose no area.")
        return None

    def recheck(self, *_: Any) -> None:
        if hasattr(self, "area_info"):
            self._joined = False
            try:
                rings, codes = self.area()
            except AttributeError:
                rings, codes = None, []
            if rings:
                shape = to_shape(tuple(tuple(tuple(p) for p in ring) for ring in rings))
                km2 = (shape.area * 111.32 * 111.32 * 0.85) if shape is not None else 0.0
                text = translate("Lifecycle", "Area of about %1 km²").replace("%1", f"{km2:.1f}")
                if codes:
                    text += " · " + situation_text.name_separator().join(self.names.region(c) for c in codes)
                if getattr(self, "_joined", False):
                    text += " · " + translate("Lifecycle", "the regions do not adjoin: their enclosing outline")
                self.area_info.setText(text)
            else:
                self.area_info.setText("")
        super().recheck()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        rings, codes = self.area()
        args: dict[str, Any] = {
            "id": self.op_id,
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "level": int(self.level.currentData()),
            "mode": self.mode.text().strip(),
            "commander": self.commander.currentData(),
            "agencies": [self.agencies.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.agencies.count())
                         if self.agencies.item(i).checkState() == Qt.CheckState.Checked],
        }
        if self.plan.currentData():
            args["plan"] = self.plan.currentData()
        if self.deputy.currentData():
            args["deputy"] = self.deputy.currentData()
        if rings:
            args["area"] = rings
        if codes:
            args["regions"] = codes
        return [("operation.start" if self.start_now.isChecked() else "operation.create", args)]

    def result_key(self) -> str:
        return self.op_id

    def changed(self) -> dict[str, set[str]]:
        return {"operation": {self.op_id}, "task": set(), "log_entry": set()}

    def _sent(self, mutation_id: str) -> None:
        self.ctx.operation_id = self.op_id
        self.ctx.bus.operation_selected.emit(self.op_id)
        super()._sent(mutation_id)


def start_operation(ctx: AppContext, parent: QWidget | None, area: Iterable[Iterable[float]] | None = None,
                    ) -> StartOperationDialog:
    """Open the dialog of a new joint command (from a plan or blank); `area`: a ring drawn on the map."""
    dialog = StartOperationDialog(ctx, parent, area)
    return show(dialog)


# --- response level, transfer, stand-down -----------------------------------------------------------------


class OperationDialog(CommandDialog):
    """A dialog about one existing operation: its name and state on top."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str, name: str, ok_text: str,
                 title: str) -> None:
        super().__init__(ctx, parent, name, ok_text)
        self.op_id = op_id
        self.op = _operation(ctx, op_id)
        self.setWindowTitle(f"{title} — {self.op.name}" if self.op else title)
        self.head = QLabel(_status_line(self.op) if self.op else words.refusal("not_found"), self,
                           objectName="operationHead")
        self.head.setWordWrap(True)
        self.head.setStyleSheet("font-weight: bold")
        self.form.addRow(self.head)

    def local_check(self) -> str | None:
        return None if self.op is not None else words.refusal("not_found")

    def result_key(self) -> str:
        return self.op_id

    def changed(self) -> dict[str, set[str]]:
        return {"operation": {self.op_id}, "log_entry": set()}


class LevelDialog(OperationDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str) -> None:
        super().__init__(ctx, parent, op_id, "setLevel", translate("Lifecycle", "Set level"),
                         translate("Lifecycle", "Response level"))
        self.level = QComboBox(self, objectName="level")
        for n in RESPONSE_LEVELS:
            self.level.addItem(words.response_level(n), n)
        current = self.op.level if self.op else 0
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.direction = QLabel(self, objectName="levelDirection")
        self.reason = self.text_edit("reason", translate("Lifecycle", "Why the level changes (recorded in the log)"))
        self.form.addRow(translate("Lifecycle", "New level"), self.level)
        self.form.addRow("", self.direction)
        self.form.addRow(translate("Lifecycle", "Reason"), self.reason)
        self.level.currentIndexChanged.connect(self.recheck)
        fit_to_window(self, 480, self.sizeHint().height())
        self.recheck()

    def recheck(self, *_: Any) -> None:
        if hasattr(self, "direction") and self.op is not None:
            new = int(self.level.currentData())
            self.direction.setVisible(new != self.op.level)
            if new == self.op.level:
                self.direction.setText("")
            elif self.op.level == 0 or new < self.op.level:
                self.direction.setText(translate("Lifecycle", "Raise: %1 → %2").replace(
                    "%1", words.response_level(self.op.level)).replace("%2", words.response_level(new)))
            else:
                self.direction.setText(translate("Lifecycle", "Lower: %1 → %2").replace(
                    "%1", words.response_level(self.op.level)).replace("%2", words.response_level(new)))
        super().recheck()

    def local_check(self) -> str | None:
        if self.op is not None and int(self.level.currentData()) == self.op.level:
            return translate("Lifecycle", "The operation already has this response level.")
        return super().local_check()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        return [("operation.set_level", {"id": self.op_id, "level": int(self.level.currentData()),
                                         "reason": self.reason.toPlainText().strip()})]


def set_level(ctx: AppContext, parent: QWidget | None, op_id: str) -> LevelDialog:
    """Raise or lower the response level, with a reason."""
    dialog = LevelDialog(ctx, parent, op_id)
    return show(dialog)


class TransferDialog(OperationDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str) -> None:
        super().__init__(ctx, parent, op_id, "transfer", translate("Lifecycle", "Hand over"),
                         translate("Lifecycle", "Transfer command"))
        op = self.op
        self.current = QLabel(self, objectName="currentCommand")
        if op is not None:
            text = translate("Lifecycle", "Now: %1").replace("%1", self.names.officer(op.commander))
            if op.deputy:
                text += " · " + translate("Lifecycle", "deputy %1").replace("%1", self.names.officer(op.deputy))
            self.current.setText(text)
        self.commander = self.officer_box("commander", op.commander if op else None)
        self.deputy = self.officer_box("deputy", op.deputy if op else None, none_text=translate("Lifecycle", "(none)"))
        self.reason = self.text_edit("reason", translate("Lifecycle", "Why command changes hands (recorded in the log)"))
        self.form.addRow("", self.current)
        self.form.addRow(translate("Lifecycle", "New commander"), self.commander)
        self.form.addRow(translate("Lifecycle", "Deputy"), self.deputy)
        self.form.addRow(translate("Lifecycle", "Reason"), self.reason)
        fit_to_window(self, 500, self.sizeHint().height())
        self.recheck()

    def local_check(self) -> str | None:
        op = self.op
        if op is not None and self.commander.currentData() == op.commander and self.deputy.currentData() == op.deputy:
            return translate("Lifecycle", "Choose another commander or deputy: this is the command already.")
        if self.deputy.currentData() is not None and self.deputy.currentData() == self.commander.currentData():
            return translate("Lifecycle", "The commander cannot be their own deputy.")
        return super().local_check()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        args: dict[str, Any] = {"id": self.op_id, "commander": self.commander.currentData(),
                                "reason": self.reason.toPlainText().strip()}
        if self.deputy.currentData():
            args["deputy"] = self.deputy.currentData()
        return [("operation.transfer", args)]


def transfer_command(ctx: AppContext, parent: QWidget | None, op_id: str) -> TransferDialog:
    """Hand command to another officer, name a deputy, with a reason."""
    dialog = TransferDialog(ctx, parent, op_id)
    return show(dialog)


class ActivateDialog(OperationDialog):
    """A planned operation goes active (战时): its plan's tasks are assigned now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str) -> None:
        super().__init__(ctx, parent, op_id, "activate", translate("Lifecycle", "Start now"),
                         translate("Lifecycle", "Start the planned operation"))
        plan = None
        if self.op is not None and self.op.plan:
            plan = next((p for p in exports.read_plans(ctx.store) if p.id == self.op.plan), None)
        text = translate("Lifecycle", "The operation goes active now.")
        if plan is not None:
            agencies = situation_text.name_separator().join(self.names.agency(t.agency) for t in plan.tasks)
            text += " " + translate("Lifecycle", "%1 task(s) of the plan are assigned: %2").replace(
                "%1", str(len(plan.tasks))).replace("%2", agencies)
        info = QLabel(text, self, objectName="activateInfo")
        info.setWordWrap(True)
        self.form.addRow(info)
        fit_to_window(self, 480, self.sizeHint().height())
        self.recheck()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        return [("operation.start", {"id": self.op_id})]

    def changed(self) -> dict[str, set[str]]:
        return {"operation": {self.op_id}, "task": set(), "log_entry": set()}


def activate_operation(ctx: AppContext, parent: QWidget | None, op_id: str) -> ActivateDialog:
    """Start a planned operation (planned → active), assigning its plan's tasks."""
    dialog = ActivateDialog(ctx, parent, op_id)
    return show(dialog)


class StandDownDialog(OperationDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str) -> None:
        super().__init__(ctx, parent, op_id, "standDown", translate("Lifecycle", "Stand down"),
                         translate("Lifecycle", "Stand down"))
        explain_ = QLabel(translate(
            "Lifecycle", "Standing down ends the active phase: no new tasks or seats; open tasks can still be "
            "finished and the final report written. Close the operation afterwards."), self)
        explain_.setWordWrap(True)
        self.reason = self.text_edit("reason", translate("Lifecycle", "e.g. 台风已移出本市，转入灾后恢复"))
        self.form.addRow(explain_)
        self.form.addRow(translate("Lifecycle", "Reason"), self.reason)
        fit_to_window(self, 500, self.sizeHint().height())
        self.recheck()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        return [("operation.stand_down", {"id": self.op_id, "reason": self.reason.toPlainText().strip()})]


def stand_down(ctx: AppContext, parent: QWidget | None, op_id: str) -> StandDownDialog:
    dialog = StandDownDialog(ctx, parent, op_id)
    return show(dialog)


# --- seats ----------------------------------------------------------------------------------------------


def end_of_day(moment: datetime) -> datetime:
    """23:59 of the moment's day in the city's zone."""
    local = moment.astimezone(labels.BUSINESS_TZ)
    return local.replace(hour=23, minute=59, second=0, microsecond=0).astimezone(UTC)


class SeatDialog(OperationDialog):
    PRESETS = (4, 8, 12)

    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str, now: datetime | None = None) -> None:
        super().__init__(ctx, parent, op_id, "openSeat", translate("Lifecycle", "Open seat"),
                         translate("Lifecycle", "Open a liaison seat"))
        now = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
        self.seat_id = new_id("seat")
        officers = [o for o in eligible_officers(self.names, (Role.LIAISON, Role.AGENCY_OFFICER))
                    if o.role is not Role.ADMIN]
        seated = {o for o in (self.op.liaisons if self.op else ())}
        free = [o for o in officers if o.id not in seated]
        first = (free or officers)[0].id if officers else None
        self.officer = self.officer_box("officer", first, officers=officers)
        self.agency = QComboBox(self, objectName="agency")
        for a in self.names.agencies.values():
            self.agency.addItem(self.names.agency(a.code), a.code)
        self.starts = QDateTimeEdit(to_qt(now), self, objectName="starts")
        self.ends = QDateTimeEdit(to_qt(now + timedelta(hours=8)), self, objectName="ends")
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.dateTimeChanged.connect(self.recheck)
        presets = QHBoxLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        for hours in self.PRESETS:
            b = QPushButton(translate("Lifecycle", "+%1 h").replace("%1", str(hours)), self,
                            objectName=f"preset{hours}h")
            b.clicked.connect(lambda _=False, h=hours: self._preset(timedelta(hours=h)))
            presets.addWidget(b)
            self.preset_buttons[f"{hours}h"] = b
        eod = QPushButton(translate("Lifecycle", "End of day"), self, objectName="presetEndOfDay")
        eod.clicked.connect(lambda: self.ends.setDateTime(to_qt(end_of_day(from_qt(self.starts.dateTime())))))
        presets.addWidget(eod)
        self.preset_buttons["eod"] = eod
        presets.addStretch(1)
        self.form.addRow(translate("Lifecycle", "Officer"), self.officer)
        self.form.addRow(translate("Lifecycle", "For agency"), self.agency)
        self.form.addRow(translate("Lifecycle", "Starts"), self.starts)
        self.form.addRow(translate("Lifecycle", "Ends"), self.ends)
        self.form.addRow("", presets)
        self.officer.currentIndexChanged.connect(self._officer_chosen)
        self.agency.currentIndexChanged.connect(self.recheck)
        self._officer_chosen()
        fit_to_window(self, 520, self.sizeHint().height())

    def _preset(self, span: timedelta) -> None:
        self.ends.setDateTime(to_qt(from_qt(self.starts.dateTime()) + span))

    def _officer_chosen(self, *_: Any) -> None:
        officer = self.names.officers.get(self.officer.currentData() or "")
        if officer is not None and officer.agency:
            self.agency.setCurrentIndex(max(0, self.agency.findData(officer.agency)))
        self.recheck()

    def local_check(self) -> str | None:
        if not hasattr(self, "ends"):
            return None
        if self.officer.currentData() is None:
            return translate("Lifecycle", "Choose the officer to seat.")
        if from_qt(self.ends.dateTime()) <= from_qt(self.starts.dateTime()):
            return translate("Lifecycle", "The seat must end after it starts, and in the future.")
        return super().local_check()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        starts = from_qt(self.starts.dateTime())
        args = {"operation": self.op_id, "officer": self.officer.currentData(), "agency": self.agency.currentData(),
                "ends_at": from_qt(self.ends.dateTime()).isoformat(), "id": self.seat_id}
        if starts > datetime.now(UTC) + timedelta(minutes=1):
            args["starts_at"] = starts.isoformat()  # a seat from now needs no start: the write's own time
        return [("seat.open", args)]


def open_seat(ctx: AppContext, parent: QWidget | None, op_id: str) -> SeatDialog:
    """Seat an officer for an agency, from a start to an end (presets +4 h/+8 h/+12 h/end of day)."""
    dialog = SeatDialog(ctx, parent, op_id)
    return show(dialog)


# --- close ----------------------------------------------------------------------------------------------


class CloseDialog(OperationDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str, final_report: str | None) -> None:
        super().__init__(ctx, parent, op_id, "closeOperation", translate("Lifecycle", "Close operation"),
                         translate("Lifecycle", "Close the joint command"))
        self.final_report = final_report
        report = exports.read_report(ctx.store, final_report) if final_report else None
        text = translate("Lifecycle", "Closing ends every seat and makes the operation read-only.")
        if report is not None:
            text += "\n" + translate("Lifecycle", "Final report: no. %1 %2").replace(
                "%1", str(report.number)).replace("%2", report.title)
        info = QLabel(text, self, objectName="closeInfo")
        info.setWordWrap(True)
        self.form.addRow(info)
        fit_to_window(self, 500, self.sizeHint().height())
        self.recheck()

    def steps(self) -> list[tuple[str, dict[str, Any]]]:
        args: dict[str, Any] = {"id": self.op_id}
        if self.final_report:
            args["final_report"] = self.final_report
        return [("operation.close", args)]


class CloseFlow(QObject):
    """Closing: the final report first (published), then the close, then the offer of the after-action export."""

    finished = Signal(bool)  # closed or not

    def __init__(self, ctx: AppContext, parent: QWidget | None, op_id: str) -> None:
        super().__init__(parent)
        self.ctx, self.parent_, self.op_id = ctx, parent, op_id
        self.editor: Any = None
        self.dialog: CloseDialog | None = None
        self.offer: QMessageBox | None = None

    def start(self) -> None:
        reason = preview(self.ctx, "operation.close", {"id": self.op_id})
        if reason is not None:  # not closable now (planned, closed, not the officer's to close): say why
            box = QMessageBox(QMessageBox.Icon.Information, translate("Lifecycle", "Close the joint command"),
                              reason, QMessageBox.StandardButton.Ok, self.parent_)
            box.setObjectName("closeRefused")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda _r: self.finished.emit(False))
            self.offer = box
            box.open()
            return
        reports = exports.read_reports(self.ctx.store, self.op_id)
        published = [r for r in reports if r.final and r.status is ReportStatus.PUBLISHED]
        if published:
            self._confirm(max(published, key=lambda r: r.number).id)
            return
        from dispatch_desk.ui.command.reports import ReportEditor  # the editor imports this module

        drafts = [r for r in reports if r.final and r.status is ReportStatus.DRAFT]
        draft = max(drafts, key=lambda r: r.created_at).id if drafts else None
        self.editor = ReportEditor(self.ctx, self.parent_, report_id=draft, op_id=self.op_id, final=True)
        self.editor.published.connect(lambda report_id, _n: self._confirm(report_id))
        self.editor.rejected.connect(lambda: self.finished.emit(False) if self.dialog is None else None)
        show(self.editor)

    def _confirm(self, report_id: str) -> None:
        if self.editor is not None and isValid(self.editor) and self.editor.isVisible():
            self.editor.accept()
        self.dialog = CloseDialog(self.ctx, self.parent_, self.op_id, report_id)
        self.dialog.done.connect(self._closed)
        self.dialog.rejected.connect(lambda: self.finished.emit(False))
        show(self.dialog)

    def _closed(self, _key: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, translate("Lifecycle", "After-action export"),
                          translate("Lifecycle", "The joint command is closed. Export the after-action report "
                                    "(PDF) and the timeline (CSV) now?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent_)
        box.setObjectName("afterActionOffer")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("Lifecycle", "Export…"))
        box.button(QMessageBox.StandardButton.No).setText(translate("Lifecycle", "Later"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: exports.export_after_action(self.ctx, self.parent_, self.op_id)
                                  if button is yes else None)
        box.finished.connect(lambda _r: self.finished.emit(True))
        self.offer = box
        box.open()


def close_operation(ctx: AppContext, parent: QWidget | None, op_id: str) -> CloseFlow:
    """Close: asks for the final report (opens the editor on a prefilled final draft if none is published),
    sends `operation.close` with it, then offers the after-action export."""
    flow = CloseFlow(ctx, parent, op_id)
    flow.finished.connect(lambda _closed: flow.deleteLater())
    flow.start()
    return flow
