"""The main window: the map in the middle, the areas' docks around it, menus, status and banners.

Docks are created from `docks.DOCKS` (an area that has not shipped its widget has no dock). Light
docks are filled before the window shows; the map and the charts load after the first paint, so the
frame appears without waiting for QtWebEngine or pyqtgraph.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk import __version__
from dispatch_desk.domain.permissions import (
    role_may_ever,
    why_not_administer,
    why_not_export_open_data,
    why_not_maintain,
)
from dispatch_desk.domain.workflow_actions import Action
from dispatch_desk.ui.context import AppContext
from dispatch_desk.ui.shell import docks as dock_specs
from dispatch_desk.ui.shell import layout, prefs, theme
from dispatch_desk.ui.shell.actions import Actions
from dispatch_desk.ui.shell.cachecheck import CacheHealth
from dispatch_desk.ui.shell.icons import icon
from dispatch_desk.ui.shell.lock import IdleLock
from dispatch_desk.ui.shell.notifications import Banner, Notifier, UrgentWatcher
from dispatch_desk.ui.shell.status import SyncStatus
from dispatch_desk.ui.shell.workspace import ROUTINE, WORKSPACES, arrange, routine_for
from dispatch_desk.ui.tasks import run_in_background

log = logging.getLogger(__name__)
MAP_MIN_WIDTH = 420


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    quit_requested = Signal()
    first_painted = Signal()
    heavy_loaded = Signal()  # the map and charts are in place (or known to be missing)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 size: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.ctx = ctx
        self.workspace = ctx.workspace if ctx.workspace in WORKSPACES else "ops"
        self.setWindowIcon(icon("app"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)
        self._painted = False
        self.complete = False  # the heavy areas (map, charts) are in place or known to be missing
        self._palette = None
        self.map_widget: QWidget | None = None
        self.dock_widgets: dict[str, QWidget] = {}
        self.wall: QWidget | None = None  # the wall display, while it is open

        self.banner = Banner(self)
        self.map_holder = QWidget(self)
        self.map_holder.setObjectName("mapHolder")
        self.map_layout = QVBoxLayout(self.map_holder)
        self.map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_state = QLabel(self.map_holder)
        self.map_state.setObjectName("emptyState")
        self.map_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_layout.addWidget(self.map_state)
        central = QWidget(self)
        central.setObjectName("centralArea")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.map_holder, 1)
        self.setCentralWidget(central)

        self.actions = Actions(self)
        self.status = SyncStatus(self.statusBar(), self)
        self.status.conflicts_clicked.connect(self.open_conflicts)
        self.status.change_address_clicked.connect(lambda: self.open_settings(address=True))
        self.notifier = Notifier(ctx, self.banner, self)
        self.watcher = UrgentWatcher(ctx, self)
        self.command_watcher = self._command_watcher()
        self._routine = self.workspace if self.workspace in ROUTINE else routine_for(ctx.officer)
        self.cache_health = CacheHealth(ctx, self)
        self.idle_lock = IdleLock(self)  # the lock screen after the idle time
        self.idle_lock.sign_out_requested.connect(self.sign_out_requested)

        self.docks: dict[str, QDockWidget] = {}
        for spec in dock_specs.available():
            self._add_dock(spec)
        for spec in dock_specs.DOCKS:
            if spec.name in self.docks and not spec.heavy:
                self._fill_dock(spec)

        # 新建事件 only for a role that may ever report one (a leader never does); hidden, its shortcut is off too
        self.may_report = role_may_ever(ctx.officer.role, Action.REPORT)
        self.actions.new_incident.setVisible(self.may_report and dock_specs.is_shipped(dock_specs.NEW_INCIDENT))
        self.actions.wall.setVisible(dock_specs.is_shipped(dock_specs.WALL))
        self.actions.open_data.setVisible(why_not_export_open_data(ctx.officer) is None
                                          and dock_specs.is_shipped(dock_specs.OPEN_DATA))
        self.actions.maintenance.setVisible(why_not_maintain(ctx.officer) is None
                                            and dock_specs.is_shipped(dock_specs.MAINTENANCE))
        self.actions.officers.setVisible(why_not_administer(ctx.officer) is None
                                         and dock_specs.is_shipped(dock_specs.OFFICERS))
        self.actions.categories.setVisible(why_not_administer(ctx.officer) is None
                                           and dock_specs.is_shipped(dock_specs.CATEGORIES))
        self.actions.grid_import.setVisible(why_not_administer(ctx.officer) is None
                                            and dock_specs.is_shipped(dock_specs.GRID_IMPORT))
        self.actions.agencies.setVisible(why_not_administer(ctx.officer) is None
                                         and dock_specs.is_shipped(dock_specs.AGENCIES))
        self.actions.plans.setVisible(why_not_administer(ctx.officer) is None
                                      and dock_specs.is_shipped(dock_specs.PLANS))
        self.actions.admin_entry.setVisible(why_not_administer(ctx.officer) is None)
        QApplication.styleHints().colorSchemeChanged.connect(self._follow_system_scheme)
        bus = ctx.bus
        bus.sync_state_changed.connect(self.status.update_state)
        bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        bus.incident_selected.connect(self._reveal_detail)
        bus.open_in_queue.connect(lambda *_: self._reveal("queueDock"))  # a figure's incidents come to the front
        bus.new_incident_at.connect(self.open_new_incident)
        if ctx.engine is not None:
            self.status.update_state(ctx.engine.state())
            # the address this desk works with is the one the settings and the next sign-in offer
            prefs.CENTRAL_URL.set(ctx.engine.central_url)
            self.status.set_central_url(ctx.engine.central_url)

        self.retranslate()
        # The size comes first: a workspace's default arrangement is proportional to it.
        if size:
            self.resize(*size)
        elif not layout.restore_geometry(self):
            self.resize(1600, 960)
        self._apply_workspace(self.workspace, restore=True)

    # ---- docks -------------------------------------------------------------------------------
    def _add_dock(self, spec: dock_specs.DockSpec) -> None:
        dock = QDockWidget(self)
        dock.setObjectName(spec.name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.toggleViewAction().setIcon(icon(spec.icon))
        self.docks[spec.name] = dock
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.actions.add_dock_toggle(dock.toggleViewAction())

    def _fill_dock(self, spec: dock_specs.DockSpec) -> None:
        cls = dock_specs.widget_class(spec)
        widget = None
        if cls is not None:
            try:
                widget = cls(self.ctx, parent=self.docks[spec.name])
            except Exception:
                log.exception("%s.%s could not be created; its dock is left out", spec.module, spec.attr)
        if widget is None:
            dock = self.docks.pop(spec.name)
            self.actions.view_menu.removeAction(dock.toggleViewAction())
            self.removeDockWidget(dock)
            dock.deleteLater()
            return
        widget.setObjectName(widget.objectName() or spec.attr)
        if hasattr(widget, "open_requested"):  # Enter on a queue row: bring the detail forward
            widget.open_requested.connect(self._reveal_detail)
        if hasattr(widget, "set_knowledge_widget"):  # the detail pane shows knowledge for its incident
            from dispatch_desk.ui.shell.knowledge import IncidentKnowledge

            suggestions = IncidentKnowledge(self.ctx)
            suggestions.open_doc.connect(lambda doc_id: self.open_found("knowledge_doc", doc_id))
            widget.set_knowledge_widget(suggestions)
        # A dock's content may want more room than a 1366×768 laptop has; it scrolls instead of
        # pushing the window past the screen.
        scroll = QScrollArea(self.docks[spec.name])
        scroll.setObjectName(f"{spec.name}Scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        self.docks[spec.name].setWidget(scroll)
        self.dock_widgets[spec.name] = widget

    def _command_watcher(self) -> object | None:
        """Joint-command notices (tasks for my agency, reports, my seat ending), when that area is installed."""
        spec = dock_specs.DockSpec("commandWatcher", "dispatch_desk.ui.command", "CommandWatcher", str, "")
        cls = dock_specs.widget_class(spec)
        return cls(self.ctx, self) if cls is not None else None

    def _load_heavy(self) -> None:
        spec = dock_specs.MAP
        cls = dock_specs.widget_class(spec)
        if cls is not None:
            try:
                self.map_widget = cls(self.ctx, parent=self.map_holder)
            except Exception as exc:
                log.exception("the map could not be created")
                self.map_state.setText(self.tr("The map could not be loaded: %1").replace("%1", str(exc)))
        if self.map_widget is not None:
            # Same reason as the docks' scroll areas: the map yields width rather than the window growing.
            self.map_widget.setMinimumWidth(min(self.map_widget.minimumSizeHint().width(), MAP_MIN_WIDTH))
            self.map_layout.removeWidget(self.map_state)
            self.map_state.hide()
            self.map_layout.addWidget(self.map_widget)
        elif cls is None:
            self.map_state.setText(self.tr("The map is not part of this installation."))
        for spec in dock_specs.DOCKS:
            if spec.heavy and spec.name in self.docks:
                self._fill_dock(spec)
        charts, alerts = self.dock_widgets.get("chartsDock"), self.dock_widgets.get("alertsDock")
        if charts is not None and alerts is not None:  # forecast 预警 are listed with the other alerts
            charts.early_warning_raised.connect(alerts.add_early_warning)
        self.complete = True
        self.heavy_loaded.emit()
        self.cache_health.report_rebuilt()
        self.cache_health.verify_in_background()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._load_heavy)
        return handled

    def _reveal_detail(self, _incident_id: str) -> None:
        self._reveal("detailDock")

    def _reveal(self, name: str) -> None:
        if (dock := self.docks.get(name)) is not None:
            dock.show()
            dock.raise_()

    # ---- workspaces and layout -----------------------------------------------------------------
    def _apply_workspace(self, key: str, restore: bool) -> None:
        self.workspace = key
        self.ctx.workspace = key
        if key in ROUTINE:
            self._routine = key
        app = QApplication.instance()
        theme.apply(app, prefs.THEME.get(), key)
        self.actions.set_touch(key == "field")
        self.actions.workspaces[key].setChecked(True)
        self.setProperty("workspace", key)
        if not (restore and layout.restore(self, key)):
            arrange(self, WORKSPACES[key], self.docks)

    def _follow_system_scheme(self, _scheme: object) -> None:
        if prefs.THEME.get() == "system":
            theme.apply(QApplication.instance(), "system", self.workspace)

    def switch_workspace(self, key: str) -> None:
        if key == self.workspace or key not in WORKSPACES:
            self.actions.workspaces[self.workspace].setChecked(True)
            return
        layout.save(self, self.workspace)
        prefs.WORKSPACE.set(key)
        self._apply_workspace(key, restore=True)
        self.ctx.bus.status_message.emit(self.tr("Workspace: %1").replace("%1", WORKSPACES[key].title()))

    def toggle_command(self) -> None:
        """Between the officer's routine workspace and the joint command, in one action."""
        self.switch_workspace(self._routine if self.workspace == "command" else "command")

    def reset_layout(self) -> None:
        arrange(self, WORKSPACES[self.workspace], self.docks)

    def save_layout(self) -> None:
        layout.save(self, self.workspace)

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)

    def open_wall(self, size: tuple[int, int] | None = None) -> None:
        """The wall display (大屏): full screen on the largest other screen, or in a window of `size`."""
        if self.wall is not None:
            self.wall.raise_()
            self.wall.activateWindow()
            return
        cls = dock_specs.widget_class(dock_specs.WALL)
        if cls is None:
            return
        wall = cls(self.ctx, self)
        wall.closed.connect(self._wall_closed)
        self.wall = wall
        if size:
            wall.resize(*size)
            wall.show()
        else:
            wall.show_on_wall()

    def _wall_closed(self) -> None:
        wall, self.wall = self.wall, None
        if wall is not None:
            wall.deleteLater()

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.actions.full_screen.setChecked(self.isFullScreen())

    # ---- dialogs -------------------------------------------------------------------------------
    def open_palette(self) -> None:
        if self._palette is None:
            from dispatch_desk.ui.shell.palette import QuickSearchPalette

            self._palette = QuickSearchPalette(self.ctx, self)
            self._palette.chosen.connect(self.open_found)
        self._palette.popup()

    def open_found(self, kind: str, key: str) -> None:
        bus = self.ctx.bus
        if kind == "incident":
            bus.incident_selected.emit(key)
            bus.show_incident_on_map.emit(key)
        elif kind in ("grid_cell", "agency"):
            from dispatch_desk.store import IncidentQuery

            query = (IncidentQuery(grid_cell=key, open_only=True) if kind == "grid_cell"
                     else IncidentQuery(agency=key, open_only=True))
            bus.incident_filter_changed.emit(query)
        elif kind == "operation":  # a joint command opens in its workspace
            self.ctx.operation_id = key
            self.switch_workspace("command")
            bus.operation_selected.emit(key)
        elif kind == "knowledge_doc" and (dock := self.docks.get("knowledgeDock")):
            dock.show()
            dock.raise_()
            self.dock_widgets["knowledgeDock"].open_doc(key)

    def open_settings(self, address: bool = False) -> None:
        from dispatch_desk.ui.shell.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.language_changed.connect(self.change_language)
        dialog.theme_changed.connect(lambda name: theme.apply(QApplication.instance(), name, self.workspace))
        dialog.central_url_changed.connect(self.offer_sign_in_at)
        if address:
            dialog.focus_central_url()
        dialog.exec()
        dialog.deleteLater()

    def offer_sign_in_at(self, url: str) -> None:
        """The officer gave another address of the central service: signing in again there starts it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Central service address"),
                          self.tr("Sign in again at %1 now?").replace("%1", url),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("signInAgain")
        box.setInformativeText(self.tr("Changes not yet sent stay in this computer's cache for the old "
                                       "address and go out when the desk is connected to it again."))
        now = box.addButton(self.tr("Sign in again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # after the click has been handled: signing out deletes this window, and the box with it
        box.buttonClicked.connect(lambda button: QTimer.singleShot(0, self, self.sign_out_requested.emit)
                                  if button is now else None)
        box.open()

    def change_language(self, lang: str) -> None:
        from dispatch_desk.ui.shell import i18n

        i18n.install(lang)  # every widget receives LanguageChange and retranslates itself

    def open_open_data(self) -> None:
        """The open-data export (数据开放), for an administrator: review, approve, export."""
        if why_not_export_open_data(self.ctx.officer) is None:
            self._run_dialog(dock_specs.OPEN_DATA)

    def open_officers(self) -> None:
        """Officers' accounts (人员管理), for an administrator."""
        if why_not_administer(self.ctx.officer) is None:
            self._run_dialog(dock_specs.OFFICERS)

    def open_categories(self) -> None:
        """Categories and their time limits (类别与时限), for an administrator."""
        if why_not_administer(self.ctx.officer) is None:
            self._run_dialog(dock_specs.CATEGORIES)

    def open_agencies(self) -> None:
        """Agencies and their stationing (单位), for an administrator."""
        if why_not_administer(self.ctx.officer) is None:
            self._run_dialog(dock_specs.AGENCIES)

    def open_plans(self) -> None:
        """Plans (预案) and their task templates, for an administrator."""
        if why_not_administer(self.ctx.officer) is None:
            self._run_dialog(dock_specs.PLANS)

    def open_grid_import(self) -> None:
        """Grid cells from a GeoJSON file (网格导入), for an administrator."""
        if why_not_administer(self.ctx.officer) is None:
            self._run_dialog(dock_specs.GRID_IMPORT)

    def open_maintenance(self) -> None:
        """Operations and maintenance (运维), for an administrator: the service, the sensors, the audit."""
        if why_not_maintain(self.ctx.officer) is None:
            self._run_dialog(dock_specs.MAINTENANCE)

    def _run_dialog(self, spec: dock_specs.DockSpec) -> None:
        cls = dock_specs.widget_class(spec)
        if cls is not None:
            dialog = cls(self.ctx, self)
            dialog.exec()
            dialog.deleteLater()

    def open_conflicts(self) -> None:
        from dispatch_desk.ui.shell.conflicts import ConflictsDialog

        ConflictsDialog(self.ctx, self).exec()

    def open_new_incident(self, lon: float | None = None, lat: float | None = None) -> None:
        if not self.may_report:
            return
        cls = dock_specs.widget_class(dock_specs.NEW_INCIDENT)
        if cls is not None:
            cls(self.ctx, lon=lon, lat=lat, parent=self).open()

    def announce_offline(self) -> None:
        self.ctx.bus.status_message.emit(self.tr("Working offline from the local cache; changes will sync later."))

    def sync_now(self) -> None:
        engine = self.ctx.engine
        if engine is not None:
            run_in_background(engine.sync_now)

    def show_shortcuts(self) -> None:
        rows = []
        for action in self.findChildren(type(self.actions.quick_search)):
            if action.shortcuts() and action.text():
                keys = ", ".join(k.toString(k.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append(f"<tr><td>{action.text().replace('&', '')}</td><td><b>{keys}</b></td></tr>")
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "<table cellpadding=4>" + "".join(rows)
                                + "</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Dispatch Desk"),
                          self.tr("<h3>City Operations Dispatch Desk</h3><p>Version %1</p>"
                                  "<p>One platform to watch the city's vital signs, route every problem as one "
                                  "thing to the agencies that handle it, and command joint action.</p>")
                          .replace("%1", __version__))

    # ---- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        officer = self.ctx.officer
        self.setWindowTitle(self.tr("City Operations Dispatch Desk") + f" — {officer.name}")
        self.actions.retranslate()
        for spec in dock_specs.DOCKS:
            if dock := self.docks.get(spec.name):
                dock.setWindowTitle(spec.title())
        if self.map_widget is None and not self.map_state.text():
            self.map_state.setText(self.tr("Loading the map…"))
        self.status.set_officer(f"{officer.name} ({officer.username})")
