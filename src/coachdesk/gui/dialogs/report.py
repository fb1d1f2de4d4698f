"""The report dialog (spec §5): recipient, period, language, optional PDF password; a live
preview of the very PDF bytes (QtPdf from a buffer, no temporary file); what is included,
and, collapsed, what is left out and why. "Save" writes those same bytes and appends the
ledger entry in one step.

The report is dated today and no date after today is offered (spec §4). The dialog is
non-modal: whenever the engagement changes (``engagement_changed``) the preview is made
again, and nothing can be saved until it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    Qt,
    QTimer,
    Signal,
)
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, Language, LedgerEntry
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.coach_profile import CoachNameGate
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.disclosure_view import DisclosureView, exclusion_text
from coachdesk.gui.widgets.pdf_preview import PdfPreview, ask_pdf_path, save_with_entry
from coachdesk.gui.widgets.sharing import recipients_of
from coachdesk.services import practice, reports

RENDER_PAUSE_MS = 300

WHOLE, LAST_MONTH, LAST_QUARTER, SINCE_LAST, CUSTOM = range(5)


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    first_of_this = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - dt.timedelta(days=1)
    return dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


class ReportDialog(QDialog):
    saved = Signal(object)  # LedgerEntry

    def __init__(
        self,
        tasks: Tasks,
        engagement: Engagement,
        names: dict[str, str],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.engagement = engagement
        self.today = today or dt.date.today()
        self.rendered: reports.RenderedReport | None = None
        self._generation = 0
        self._last_sent: dict[str, LedgerEntry | None] = {}
        self.setWindowTitle(self.tr("Report"))
        self.resize(1100, 760)

        self.recipient = QComboBox()
        for r in recipients_of(engagement, names):
            self.recipient.addItem(f"{r.name} ({labels.role(r.role)})", r.person_id)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.period = QComboBox()
        self.period.addItems(
            [
                self.tr("Whole engagement"),
                self.tr("Last month"),
                self.tr("Last quarter"),
                self.tr("Since the last report to this recipient"),
                self.tr("Custom"),
            ]
        )
        self.period.setAccessibleName(self.tr("Period"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(labels.date_format())
            edit.setAccessibleName(name)
            edit.setMaximumDate(_qdate(min(self.today, dt.date.today())))
        self.language = QComboBox()
        self.language.addItem(self.tr("The engagement's language"), "")
        self.language.addItem("English", Language.EN.value)
        self.language.addItem("Italiano", Language.IT.value)
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.password.setAccessibleName(self.tr("PDF password"))

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Recipient:"), self.recipient), self.recipient)
        form.addRow(buddy_label(self.tr("&Period:"), self.period), self.period)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        form.addRow(buddy_label(self.tr("&From:"), self.start), dates)
        form.addRow(buddy_label(self.tr("&Language:"), self.language), self.language)
        form.addRow(buddy_label(self.tr("PDF pass&word:"), self.password), self.password)

        self.included = DisclosureView()
        self.toggle_excluded = QToolButton()
        self.toggle_excluded.setCheckable(True)
        self.toggle_excluded.setAutoRaise(True)
        self.toggle_excluded.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle_excluded.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_excluded.toggled.connect(self._show_excluded)
        self.excluded = QListWidget()
        self.excluded.setAccessibleName(self.tr("Left out, and why"))
        self.excluded.setWordWrap(True)
        self.excluded.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.excluded.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Report status"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(self.tr("<b>Included</b>")))
        left_layout.addWidget(self.included, 3)
        left_layout.addWidget(self.toggle_excluded)
        left_layout.addWidget(self.excluded, 2)
        left_layout.addWidget(self.message)

        self.preview = PdfPreview(self)
        self.document = self.preview.pdf

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 680])

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
        self.recipient.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.period.currentIndexChanged.connect(lambda _: self._period_chosen())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_edited)
        self.language.currentIndexChanged.connect(lambda _: self._changed())
        self.password.textChanged.connect(lambda _: self._changed())
        self._file_dialog: QFileDialog | None = None
        self._period_chosen()

    # -- choosing ----------------------------------------------------------------------

    def recipient_id(self) -> str:
        return str(self.recipient.currentData())

    def engagement_changed(self, engagement_id: str) -> None:
        """Something was stored (``""``: anywhere in the practice): make the preview again
        from the data as it is now, with the recipients as they are now."""
        if engagement_id not in ("", self.engagement.id):
            return
        self._changed()  # nothing can be saved from the old preview meanwhile
        ident = self.engagement.id

        def work(ctx: Context) -> practice.EngagementPage:
            return practice.engagement_page(ctx.db, ident)

        self._tasks.run(work, while_alive(self, self._reloaded), while_alive(self, self._failed))

    def _reloaded(self, page: practice.EngagementPage) -> None:
        self.engagement = page.engagement
        chosen = self.recipient_id()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for r in recipients_of(page.engagement, page.names):
            self.recipient.addItem(f"{r.name} ({labels.role(r.role)})", r.person_id)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(chosen)))
        self.recipient.blockSignals(False)
        if self.recipient_id() != chosen:
            self._period_chosen()
        else:
            self._changed()

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._changed()

    def _period_chosen(self) -> None:
        choice = self.period.currentIndex()
        if choice == WHOLE:
            self._set_dates(min(self.engagement.start, self.today), self.today)
        elif choice == LAST_MONTH:
            self._set_dates(*last_month(self.today))
        elif choice == LAST_QUARTER:
            self._set_dates(*last_quarter(self.today))
        elif choice == SINCE_LAST:
            self._since_last_report()
        else:
            self._changed()

    def _since_last_report(self) -> None:
        person = self.recipient_id()
        engagement_id = self.engagement.id

        def work(ctx: Context) -> LedgerEntry | None:
            return reports.last_report_to(ctx.db, engagement_id, person)

        def found(entry: LedgerEntry | None) -> None:
            if self.period.currentIndex() != SINCE_LAST or self.recipient_id() != person:
                return
            if entry is None:
                self.message.setText(
                    self.tr("No report was sent to this recipient yet: the whole engagement.")
                )
                self._set_dates(min(self.engagement.start, self.today), self.today)
            else:
                start = min(entry.period_to + dt.timedelta(days=1), self.today)
                self._set_dates(start, self.today)

        self._tasks.run(work, while_alive(self, found), while_alive(self, self._failed))

    def _dates_edited(self) -> None:
        if self.period.currentIndex() != CUSTOM:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(CUSTOM)
            self.period.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        # Nothing can be saved until the preview shows what would be saved.
        self._generation += 1
        self.rendered = None
        self.save_button.setEnabled(False)
        self._timer.start()

    # -- rendering ---------------------------------------------------------------------

    def request(self) -> reports.ReportRequest:
        language = self.language.currentData()
        return reports.ReportRequest(
            engagement_id=self.engagement.id,
            recipient_id=self.recipient_id(),
            report_date=self.today,
            period_from=_pydate(self.start),
            period_to=_pydate(self.end),
            language=Language(language) if language else None,
        )

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

        def work(ctx: Context) -> reports.RenderedReport:
            return reports.render_from(ctx.db, request, password)

        self._tasks.run(
            work,
            while_alive(self, lambda r: self._rendered(generation, r, password)),
            while_alive(self, self._failed),
        )

    def _rendered(
        self, generation: int, rendered: reports.RenderedReport, password: str | None
    ) -> None:
        if generation != self._generation:
            return  # the coach changed something meanwhile; a newer rendering follows
        self.rendered = rendered
        # The preview shows the very bytes "Save" writes (encrypted when a password is set).
        self.preview.show_pdf(rendered.pdf, password)
        disclosure = rendered.disclosure
        self.included.show_set(disclosure.included)
        self.excluded.clear()
        self.excluded.addItems([exclusion_text(e) for e in disclosure.excluded])
        self.toggle_excluded.setText(
            self.tr("Left out, and why ({n})").format(n=len(disclosure.excluded))
        )
        if disclosure.included.is_empty():
            self.message.setText(self.tr("Nothing is disclosed to this recipient for this period."))
        else:
            self.message.setText(
                self.tr("Facts included: {n}. The preview is the file that will be saved.").format(
                    n=len(disclosure.included.facts())
                )
            )
        self.save_button.setEnabled(True)

    def _show_excluded(self, shown: bool) -> None:
        self.excluded.setVisible(shown)
        self.toggle_excluded.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    # -- saving ------------------------------------------------------------------------

    def _ask_path(self) -> None:
        if self.rendered is None:
            return
        role = self.recipient.currentText().rsplit("(", 1)[-1].rstrip(")").strip()
        # The role, not the name: file names travel in mail and file listings.
        slug = "-".join(role.lower().split()) or "report"
        self._file_dialog = ask_pdf_path(
            self,
            self.tr("Save the report"),
            f"report-{slug}-{self.today.isoformat()}.pdf",
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
            lambda vault: reports.save(vault, rendered, path),
            path,
            button=self.save_button,
            message=self.message,
            saved=self.saved,
            failed=self._failed,
        )
