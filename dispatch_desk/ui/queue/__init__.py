"""Incident queues: preset and saved queues with live counts, filters, and the paged table model."""

from dispatch_desk.ui.queue.model import IncidentTableModel
from dispatch_desk.ui.queue.widget import QueueWidget

__all__ = ["IncidentTableModel", "QueueWidget"]
