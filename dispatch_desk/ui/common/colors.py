"""The colours of SLA states and severities, the same in the queue, the detail and its history."""

from __future__ import annotations

from dispatch_desk.domain.records import SlaState

SLA_COLORS = {  # foreground, background
    SlaState.OK: ("#1b6e2f", "#e6f4ea"),
    SlaState.NEAR: ("#8a4b00", "#fff1d6"),
    SlaState.OVERDUE: ("#a11212", "#fde2e1"),
}
SEVERITY_COLORS = {1: "#5f6368", 2: "#1a5fb4", 3: "#c45500", 4: "#b3001b"}
