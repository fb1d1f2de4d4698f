"""Reports as PDF (spec §5), built only from a disclosure set."""

from coachdesk.export.encrypt import encrypt_pdf
from coachdesk.export.report_pdf import render_report
from coachdesk.export.team_pdf import render_team_report

__all__ = ["encrypt_pdf", "render_report", "render_team_report"]
