"""Thematic analysis (专题分析): trends by category and source, hot spots, the time-of-day heat map
and SLA performance by category, each chart clickable down to its incidents and exportable."""
