"""The team report from the app (spec §5): recipient (a customer-service manager or team
leader), period, language, optional password; a preview of the very PDF bytes; what each agent
contributes; "Save" writes those bytes and appends the ledger entry. Dated today: no date
after today is offered (spec §4); the preview is made again whenever the practice changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from coachdesk.domain import LedgerEntry
from coachdesk.gui.dialogs.report import last_quarter
from coachdesk.gui.dialogs.report_base import ReportDialogBase
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.dates import pydate
from coachdesk.services import team_reports
from coachdesk.services.vault import Vault


class TeamReportDialog(
    ReportDialogBase[team_reports.RenderedTeamReport, team_reports.TeamReportRequest]
):
    def __init__(
        self,
        tasks: Tasks,
        recipients: list[tuple[str, str]],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        day = today or dt.date.today()
        super().__init__(
            tasks,
            parent,
            today,
            title=self.tr("Team report"),
            own_language=self.tr("The team's language"),
            dates=(last_quarter(day)[0], day),
        )
        for person_id, name in recipients:
            self.recipient.addItem(name, person_id)
        form = QFormLayout()
        self._add_recipient_row(form)
        self._add_dates_row(form, self.tr("&Period:"), self.start)
        self._add_language_and_password_rows(form)
        self.agents = QListWidget()
        self.agents.setAccessibleName(self.tr("Agents in the report"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(self.tr("<b>Agents in the report</b>")))
        left_layout.addWidget(self.agents, 1)
        left_layout.addWidget(self.message)
        self._finish(left, [400, 700])
        self.recipient.currentIndexChanged.connect(lambda _: self._changed())
        self.start.dateChanged.connect(lambda _: self._changed())
        self.end.dateChanged.connect(lambda _: self._changed())
        self.language.currentIndexChanged.connect(lambda _: self._changed())
        self.password.textChanged.connect(lambda _: self._changed())
        if recipients:
            self._changed()
        else:
            self.message.setText(
                self.tr(
                    "Nobody is a customer-service manager or team leader in any engagement "
                    "yet: add one as a stakeholder with that role."
                )
            )

    def request(self) -> team_reports.TeamReportRequest:
        return team_reports.TeamReportRequest(
            recipient_id=str(self.recipient.currentData()),
            report_date=self.today,
            period_from=pydate(self.start),
            period_to=pydate(self.end),
            language=self.language_choice(),
        )

    def engagement_changed(self, _engagement_id: str) -> None:
        """Something was stored: any agent's engagement may be concerned; preview again."""
        if self.recipient.count():
            self._changed()

    def _render(
        self, ctx: Context, request: team_reports.TeamReportRequest, password: str | None
    ) -> team_reports.RenderedTeamReport:
        return team_reports.render_team(ctx.db, request, password)

    def _show_rendered(self, rendered: team_reports.RenderedTeamReport) -> None:
        self.agents.clear()
        for ds in rendered.disclosure.agents:
            self.agents.addItem(
                self.tr("{agent} · {title} · facts included: %n", "", len(ds.facts())).format(
                    agent=ds.header.coachee_name,
                    title=ds.header.engagement_title,
                )
            )
        self.message.setText(
            self.tr(
                "Agents whose agreement permits this recipient nothing are left out. The "
                "preview is the file that will be saved."
            )
        )

    def _save_question(self) -> tuple[str, str]:
        return self.tr("Save the team report"), f"team-report-{self.today.isoformat()}.pdf"

    def _save(
        self, vault: Vault, rendered: team_reports.RenderedTeamReport, path: Path
    ) -> LedgerEntry:
        return team_reports.save_team(vault, rendered, path)
