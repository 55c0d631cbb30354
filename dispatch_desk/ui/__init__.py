"""Everything Qt: main window, docks, item models, dialogs and the map bridge."""
