"""The duty panel: the officer's shift, the handover they owe, who is on duty, the handovers kept."""

from dispatch_desk.ui.duty.widget import DutyWidget

__all__ = ["DutyWidget"]
