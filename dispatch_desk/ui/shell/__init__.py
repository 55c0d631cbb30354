"""The desktop frame: main window, workspaces, login, sync status, notifications, settings, themes
and translations. `dispatch_desk.app` builds it; the docks inside come from their own packages."""
