"""The team report from the app (spec §5): recipient (a customer-service manager or team
leader), period, language, optional password; a preview of the very PDF bytes; what each agent
contributes; "Save" writes those bytes and appends the ledger entry. Dated today: no date
after today is offered (spec §4); the preview is made again whenever the practice changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Language
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.coach_profile import CoachNameGate
from coachdesk.gui.dialogs.report import last_quarter
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.pdf_preview import PdfPreview, ask_pdf_path, save_with_entry
from coachdesk.services import team_reports

RENDER_PAUSE_MS = 300


def _pydate(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


class TeamReportDialog(QDialog):
    saved = Signal(object)  # LedgerEntry

    def __init__(
        self,
        tasks: Tasks,
        recipients: list[tuple[str, str]],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.today = today or dt.date.today()
        self.rendered: team_reports.RenderedTeamReport | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Team report"))
        self.resize(1100, 760)
        self.recipient = QComboBox()
        for person_id, name in recipients:
            self.recipient.addItem(name, person_id)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        start, _ = last_quarter(self.today)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        latest = min(self.today, dt.date.today())
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(labels.date_format())
            edit.setAccessibleName(name)
            edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.language = QComboBox()
        self.language.addItem(self.tr("The team's language"), "")
        self.language.addItem("English", Language.EN.value)
        self.language.addItem("Italiano", Language.IT.value)
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.password.setAccessibleName(self.tr("PDF password"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Recipient:"), self.recipient), self.recipient)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        form.addRow(buddy_label(self.tr("&Period:"), self.start), dates)
        form.addRow(buddy_label(self.tr("&Language:"), self.language), self.language)
        form.addRow(buddy_label(self.tr("PDF pass&word:"), self.password), self.password)
        self.agents = QListWidget()
        self.agents.setAccessibleName(self.tr("Agents in the report"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(self.tr("<b>Agents in the report</b>")))
        left_layout.addWidget(self.agents, 1)
        left_layout.addWidget(self.message)
        self.preview = PdfPreview(self)
        self.document = self.preview.pdf
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([400, 700])
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self._ask_path)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.name_gate = CoachNameGate(self, tasks, self.refresh_preview, self.message.setText)
        self.recipient.currentIndexChanged.connect(lambda _: self._changed())
        self.start.dateChanged.connect(lambda _: self._changed())
        self.end.dateChanged.connect(lambda _: self._changed())
        self.language.currentIndexChanged.connect(lambda _: self._changed())
        self.password.textChanged.connect(lambda _: self._changed())
        self._file_dialog: QFileDialog | None = None
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
        language = self.language.currentData()
        return team_reports.TeamReportRequest(
            recipient_id=str(self.recipient.currentData()),
            report_date=self.today,
            period_from=_pydate(self.start),
            period_to=_pydate(self.end),
            language=Language(language) if language else None,
        )

    def engagement_changed(self, _engagement_id: str) -> None:
        """Something was stored: any agent's engagement may be concerned; preview again."""
        if self.recipient.count():
            self._changed()

    def _changed(self) -> None:
        self._generation += 1
        self.rendered = None
        self.save_button.setEnabled(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        generation = self._generation
        request = self.request()
        today = dt.date.today()
        if request.report_date > today or (request.period_to or today) > today:
            # Never offered; refused all the same (spec §4: never a date after today).
            self.message.setText(self.tr("A report cannot be dated after today."))
            return
        if not self.name_gate.ready():
            return  # the coach's name first (their letterhead); this runs again after
        password = self.password.text() or None
        self.message.setText(self.tr("Preparing the preview…"))

        def work(ctx: Context) -> team_reports.RenderedTeamReport:
            return team_reports.render_team(ctx.db, request, password)

        self._tasks.run(
            work,
            while_alive(self, lambda r: self._rendered(generation, r, password)),
            while_alive(self, self._failed),
        )

    def _rendered(
        self, generation: int, rendered: team_reports.RenderedTeamReport, password: str | None
    ) -> None:
        if generation != self._generation:
            return
        self.rendered = rendered
        self.preview.show_pdf(rendered.pdf, password)
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
        self.save_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _ask_path(self) -> None:
        if self.rendered is None:
            return
        self._file_dialog = ask_pdf_path(
            self,
            self.tr("Save the team report"),
            f"team-report-{self.today.isoformat()}.pdf",
            self.save_to,
        )

    def save_to(self, path: Path) -> None:
        """Write the previewed bytes to ``path`` and append the ledger entry."""
        rendered = self.rendered
        if rendered is None:
            return
        save_with_entry(
            self,
            self._tasks,
            lambda vault: team_reports.save_team(vault, rendered, path),
            path,
            button=self.save_button,
            message=self.message,
            saved=self.saved,
            failed=self._failed,
        )
