"""The leader's pages: the assessment (考核评价), rankings of agencies, districts and streets for a week
or a month with exports to CSV, XLSX and PDF; and the thematic analysis (专题分析) of trends, hot spots,
rhythm and time limits by category. Every number opens the incidents behind it in the queue."""

from dispatch_desk.ui.assess.analysis import AnalysisWidget
from dispatch_desk.ui.assess.page import AssessmentWidget

__all__ = ["AnalysisWidget", "AssessmentWidget"]
