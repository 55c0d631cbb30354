"""The assessment page (考核评价): rankings of agencies, districts and streets for a week or a month,
each number opening the incidents behind it in the queue; exports to CSV, XLSX and PDF."""

from dispatch_desk.ui.assess.page import AssessmentWidget

__all__ = ["AssessmentWidget"]
