"""City vital signs: the indicator tree, live chart tiles with thresholds and forecasts, and alerts."""

from dispatch_desk.ui.charts.alerts import AlertsWidget
from dispatch_desk.ui.charts.dashboard import DashboardWidget

__all__ = ["AlertsWidget", "DashboardWidget"]
