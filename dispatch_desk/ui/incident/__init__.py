"""The detail of one incident, its life-cycle actions and the new-incident dialog."""

from dispatch_desk.ui.incident.detail import IncidentDetailWidget
from dispatch_desk.ui.incident.new_incident import NewIncidentDialog

__all__ = ["IncidentDetailWidget", "NewIncidentDialog"]
