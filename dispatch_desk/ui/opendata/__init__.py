"""Open data (数据开放): an administrator reviews what a selection publishes and exports it."""

from dispatch_desk.ui.opendata.dialog import OpenDataDialog

__all__ = ["OpenDataDialog"]
