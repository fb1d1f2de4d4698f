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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, LedgerEntry
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.report_base import ReportDialogBase
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.dates import pydate, qdate
from coachdesk.gui.widgets.disclosure_view import DisclosureView, exclusion_text
from coachdesk.gui.widgets.sharing import recipients_of
from coachdesk.services import practice, reports
from coachdesk.services.vault import Vault

WHOLE, LAST_MONTH, LAST_QUARTER, SINCE_LAST, CUSTOM = range(5)


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    first_of_this = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - dt.timedelta(days=1)
    return dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


class ReportDialog(ReportDialogBase[reports.RenderedReport, reports.ReportRequest]):
    def __init__(
        self,
        tasks: Tasks,
        engagement: Engagement,
        names: dict[str, str],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(
            tasks,
            parent,
            today,
            title=self.tr("Report"),
            own_language=self.tr("The engagement's language"),
        )
        self.engagement = engagement
        self._last_sent: dict[str, LedgerEntry | None] = {}
        for r in recipients_of(engagement, names):
            self.recipient.addItem(f"{r.name} ({labels.role(r.role)})", r.person_id)
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

        form = QFormLayout()
        self._add_recipient_row(form)
        form.addRow(buddy_label(self.tr("&Period:"), self.period), self.period)
        self._add_dates_row(form, self.tr("&From:"), self.start)
        self._add_language_and_password_rows(form)

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
        self._finish(left, [420, 680])

        self.recipient.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.period.currentIndexChanged.connect(lambda _: self._period_chosen())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_edited)
        self.language.currentIndexChanged.connect(lambda _: self._changed())
        self.password.textChanged.connect(lambda _: self._changed())
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
            edit.setDate(qdate(day))
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
        return reports.ReportRequest(
            engagement_id=self.engagement.id,
            recipient_id=self.recipient_id(),
            report_date=self.today,
            period_from=pydate(self.start),
            period_to=pydate(self.end),
            language=self.language_choice(),
        )

    def _render(
        self, ctx: Context, request: reports.ReportRequest, password: str | None
    ) -> reports.RenderedReport:
        return reports.render_from(ctx.db, request, password)

    def _show_rendered(self, rendered: reports.RenderedReport) -> None:
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

    def _show_excluded(self, shown: bool) -> None:
        self.excluded.setVisible(shown)
        self.toggle_excluded.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    # -- saving ------------------------------------------------------------------------

    def _save_question(self) -> tuple[str, str]:
        role = self.recipient.currentText().rsplit("(", 1)[-1].rstrip(")").strip()
        # The role, not the name: file names travel in mail and file listings.
        slug = "-".join(role.lower().split()) or "report"
        return self.tr("Save the report"), f"report-{slug}-{self.today.isoformat()}.pdf"

    def _save(self, vault: Vault, rendered: reports.RenderedReport, path: Path) -> LedgerEntry:
        return reports.save(vault, rendered, path)
