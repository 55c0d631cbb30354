"""The main window's actions, menus and toolbar. Shortcuts use the platform's standard keys where
Qt has one, so officers get the keys their desktop already taught them.

The shell's shortcuts are application-wide: they work the same in every workspace, whichever dock
has the focus, a floating one included (a modal dialog still blocks them). An action the officer's
role may never use (`domain.permissions.role_may_ever`) is not shown in a menu or the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from dispatch_desk.ui.shell.icons import icon
from dispatch_desk.ui.shell.workspace import WORKSPACES

if TYPE_CHECKING:
    from dispatch_desk.ui.shell.main_window import MainWindow

Std = QKeySequence.StandardKey


def _keys(standard: Std | None, fallback: str) -> list[QKeySequence]:
    bound = QKeySequence.keyBindings(standard) if standard is not None else []
    return bound or [QKeySequence(fallback)]


class Actions(QObject):
    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self.w = w

        def make(name: str, slot: Callable[[], object], keys: list[QKeySequence] | None = None,
                 icon_name: str | None = None) -> QAction:
            action = QAction(w)
            action.setObjectName(name)
            if keys:
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            if icon_name:
                action.setIcon(icon(icon_name))
            action.triggered.connect(lambda _checked=False: slot())
            w.addAction(action)  # shortcuts work while the menu bar is hidden too
            return action

        self.new_incident = make("actionNewIncident", w.open_new_incident, _keys(Std.New, "Ctrl+N"), "detail")
        self.quick_search = make("actionQuickSearch", w.open_palette, [QKeySequence("Ctrl+K")], "search")
        self.sync_now = make("actionSyncNow", w.sync_now, _keys(Std.Refresh, "F5"), "sync")
        self.conflicts = make("actionConflicts", w.open_conflicts, [QKeySequence("Ctrl+Shift+J")], "conflict")
        self.settings = make("actionSettings", w.open_settings, _keys(Std.Preferences, "Ctrl+,"), "settings")
        self.sign_out = make("actionSignOut", w.sign_out_requested.emit, None, "logout")
        self.quit = make("actionQuit", w.quit_requested.emit, _keys(Std.Quit, "Ctrl+Q"))
        self.full_screen = make("actionFullScreen", w.toggle_full_screen, _keys(Std.FullScreen, "F11"))
        self.full_screen.setCheckable(True)
        self.wall = make("actionWallDisplay", w.open_wall, [QKeySequence("Ctrl+Shift+W")], "charts")
        self.open_data = make("actionOpenData", w.open_open_data)
        self.maintenance = make("actionMaintenance", w.open_maintenance)
        self.officers = make("actionOfficers", w.open_officers)
        self.categories = make("actionCategories", w.open_categories)
        self.grid_import = make("actionGridImport", w.open_grid_import)
        self.agencies = make("actionAgencies", w.open_agencies)
        self.plans = make("actionPlans", w.open_plans)
        self.reset_layout = make("actionResetLayout", w.reset_layout)
        self.shortcuts = make("actionShortcuts", w.show_shortcuts, _keys(Std.HelpContents, "F1"))
        self.about = make("actionAbout", w.show_about)
        self.workspace_group = QActionGroup(w)
        self.workspaces: dict[str, QAction] = {}
        for n, key in enumerate(WORKSPACES, start=1):
            action = make(f"actionWorkspace_{key}", lambda k=key: w.switch_workspace(k),
                          [QKeySequence(f"Ctrl+Alt+{n}")], WORKSPACES[key].icon)
            action.setCheckable(True)
            self.workspace_group.addAction(action)
            self.workspaces[key] = action
        # One key between the officer's routine workspace and the joint command, and back.
        self.toggle_command = make("actionToggleCommand", w.toggle_command, [QKeySequence("F9")],
                                   "workspace-command")

        bar = w.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addActions([self.new_incident, self.quick_search, self.sync_now])
        self.file_menu.addSeparator()
        self.admin_menu = QMenu(w)
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.addActions([self.officers, self.agencies, self.categories, self.plans, self.grid_import])
        self.admin_entry = self.file_menu.addMenu(self.admin_menu)
        self.file_menu.addActions([self.open_data, self.maintenance])
        self.file_menu.addAction(self.settings)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.sign_out, self.quit])

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.workspace_menu = QMenu(w)
        self.workspace_menu.setObjectName("workspaceMenu")
        self.workspace_menu.addActions(list(self.workspaces.values()))
        self.workspace_menu.addSeparator()
        self.workspace_menu.addAction(self.toggle_command)
        self.view_menu.addMenu(self.workspace_menu)
        self.view_menu.addSeparator()
        self.panels_anchor = self.view_menu.addSeparator()  # dock toggles are inserted before this
        self.view_menu.addActions([self.reset_layout, self.full_screen, self.wall])

        self.sync_menu = bar.addMenu("")
        self.sync_menu.setObjectName("syncMenu")
        self.sync_menu.addActions([self.sync_now, self.conflicts])

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addActions([self.shortcuts, self.about])

        self.toolbar = QToolBar(w)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_incident)
        self.toolbar.addAction(self.quick_search)
        self.toolbar.addAction(self.sync_now)
        self.toolbar.addSeparator()
        self.toolbar.addActions(list(self.workspaces.values()))
        self.toolbar.addAction(self.toggle_command)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.settings)
        w.addToolBar(self.toolbar)
        self.view_menu.insertAction(self.panels_anchor, self.toolbar.toggleViewAction())

    def add_dock_toggle(self, action: QAction) -> None:
        self.view_menu.insertAction(self.panels_anchor, action)

    def set_touch(self, touch: bool) -> None:
        self.toolbar.setIconSize(QSize(28, 28) if touch else QSize(20, 20))

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.sync_menu.setTitle(self.tr("&Sync"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.admin_menu.setTitle(self.tr("A&dministration"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.toggleViewAction().setText(self.tr("Main toolbar"))
        texts = {
            self.new_incident: (self.tr("&New incident…"), self.tr("Report a new incident")),
            self.quick_search: (self.tr("&Quick search…"), self.tr("Find incidents, joint commands, grid cells, agencies and knowledge")),
            self.sync_now: (self.tr("Sync &now"), self.tr("Send waiting changes and fetch new ones now")),
            self.conflicts: (self.tr("&Conflicts…"), self.tr("Changes the central service did not accept")),
            self.settings: (self.tr("&Settings…"), self.tr("Connection, language, theme and notifications")),
            self.sign_out: (self.tr("Sign &out"), ""),
            self.quit: (self.tr("&Quit"), ""),
            self.full_screen: (self.tr("&Full screen"), ""),
            self.wall: (self.tr("&Wall display"), self.tr("The city's situation full screen on the big screen, "
                                                        "turning pages by itself (Esc leaves it)")),
            self.open_data: (self.tr("&Open data export…"), self.tr("Review and export incidents as open data (CSV, "
                                                                   "GeoJSON, Open311), desensitised")),
            self.officers: (self.tr("Officers' &accounts…"), self.tr("Create, change and disable accounts, and set "
                                                                    "passwords")),
            self.categories: (self.tr("&Categories and time limits…"), self.tr("Routing, open data's location and the "
                                                                             "time limit of each stage")),
            self.agencies: (self.tr("Ag&encies…"), self.tr("Agencies and how they are stationed in the center")),
            self.plans: (self.tr("&Plans…"), self.tr("Plans and the tasks a joint command started from one "
                                                     "assigns")),
            self.grid_import: (self.tr("Import &grid cells…"), self.tr("Add or replace grid cells from a GeoJSON file, "
                                                                      "checked as a whole first")),
            self.maintenance: (self.tr("Operations and &maintenance…"), self.tr("The central service, the sensors and "
                                                                              "the audit log")),
            self.reset_layout: (self.tr("&Reset layout"), self.tr("Put the panels back where this workspace keeps them")),
            self.shortcuts: (self.tr("&Keyboard shortcuts"), ""),
            self.about: (self.tr("&About Dispatch Desk"), ""),
            self.toggle_command: (self.tr("Routine ⇄ &joint command"),
                                  self.tr("Switch between your everyday workspace and the joint command (F9)")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        for key, action in self.workspaces.items():
            action.setText(WORKSPACES[key].title())
            action.setToolTip(self.tr("Switch to the %1 workspace").replace("%1", WORKSPACES[key].title()))
