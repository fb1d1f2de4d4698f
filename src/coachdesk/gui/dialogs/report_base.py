"""What the report dialog and the team report dialog share (spec §5): the recipient, the
period's dates, the language and the optional PDF password; a live preview of the very PDF
bytes; "Save", which writes those bytes and appends the ledger entry in one step. The report
is dated today and no date after today is offered (spec §4); nothing can be saved until the
preview shows what would be saved.

A dialog built on it lays out its own form (with the fields made here) and what it lists
beside the preview, then says how to render, what to show of a rendering, and how to save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QTimer, Signal
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
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Language, LedgerEntry
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.coach_profile import CoachNameGate
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.dates import qdate
from coachdesk.gui.widgets.pdf_preview import PdfPreview, ask_pdf_path, save_with_entry
from coachdesk.services.vault import Vault

RENDER_PAUSE_MS = 300


class Rendered(Protocol):
    @property
    def pdf(self) -> bytes: ...


class Request(Protocol):
    @property
    def report_date(self) -> dt.date: ...

    @property
    def period_to(self) -> dt.date | None: ...


class ReportDialogBase[R: Rendered, Q: Request](QDialog):
    saved = Signal(object)  # LedgerEntry

    def __init__(
        self,
        tasks: Tasks,
        parent: QWidget | None,
        today: dt.date | None,
        *,
        title: str,
        own_language: str,
        dates: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        """The fields, not yet laid out; ``own_language`` names the language the report has
        when none is chosen; ``dates``, where the period starts out."""
        super().__init__(parent)
        self._tasks = tasks
        self.today = today or dt.date.today()
        self.rendered: R | None = None
        self._generation = 0
        self.setWindowTitle(title)
        self.resize(1100, 760)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.start = QDateEdit(qdate(dates[0])) if dates else QDateEdit()
        self.end = QDateEdit(qdate(dates[1])) if dates else QDateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(labels.date_format())
            edit.setAccessibleName(name)
            edit.setMaximumDate(qdate(min(self.today, dt.date.today())))
        self.language = QComboBox()
        self.language.addItem(own_language, "")
        self.language.addItem("English", Language.EN.value)
        self.language.addItem("Italiano", Language.IT.value)
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.password.setAccessibleName(self.tr("PDF password"))
        self.message = QLabel()
        self.message.setWordWrap(True)

    # -- laying out --------------------------------------------------------------------

    def _add_recipient_row(self, form: QFormLayout) -> None:
        form.addRow(buddy_label(self.tr("&Recipient:"), self.recipient), self.recipient)

    def _add_dates_row(self, form: QFormLayout, label: str, buddy: QWidget) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        form.addRow(buddy_label(label, buddy), dates)

    def _add_language_and_password_rows(self, form: QFormLayout) -> None:
        form.addRow(buddy_label(self.tr("&Language:"), self.language), self.language)
        form.addRow(buddy_label(self.tr("PDF pass&word:"), self.password), self.password)

    def _finish(self, left: QWidget, sizes: list[int]) -> None:
        """``left`` beside the preview, Close and Save below; the coach's name asked first."""
        self.preview = PdfPreview(self)
        self.document = self.preview.pdf
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes(sizes)
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
        self.name_gate = CoachNameGate(
            self, self._tasks, self.refresh_preview, self.message.setText
        )
        self._file_dialog: QFileDialog | None = None

    # -- what each dialog says ---------------------------------------------------------

    def request(self) -> Q:
        raise NotImplementedError

    def _render(self, ctx: Context, request: Q, password: str | None) -> R:
        """On the database worker: the report ``request`` asks for."""
        raise NotImplementedError

    def _show_rendered(self, rendered: R) -> None:
        """Beside the preview: what the rendering holds."""
        raise NotImplementedError

    def _save(self, vault: Vault, rendered: R, path: Path) -> LedgerEntry:
        """On the database worker: write ``rendered`` to ``path`` with its ledger entry."""
        raise NotImplementedError

    def _save_question(self) -> tuple[str, str]:
        """The save dialog's title and the file name it proposes."""
        raise NotImplementedError

    # -- rendering ---------------------------------------------------------------------

    def language_choice(self) -> Language | None:
        language = self.language.currentData()
        return Language(language) if language else None

    def _changed(self) -> None:
        # Nothing can be saved until the preview shows what would be saved.
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

        def work(ctx: Context) -> R:
            return self._render(ctx, request, password)

        self._tasks.run(
            work,
            while_alive(self, lambda r: self._rendered(generation, r, password)),
            while_alive(self, self._failed),
        )

    def _rendered(self, generation: int, rendered: R, password: str | None) -> None:
        if generation != self._generation:
            return  # the coach changed something meanwhile; a newer rendering follows
        self.rendered = rendered
        # The preview shows the very bytes "Save" writes (encrypted when a password is set).
        self.preview.show_pdf(rendered.pdf, password)
        self._show_rendered(rendered)
        self.save_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    # -- saving ------------------------------------------------------------------------

    def _ask_path(self) -> None:
        if self.rendered is None:
            return
        title, file_name = self._save_question()
        self._file_dialog = ask_pdf_path(self, title, file_name, self.save_to)

    def save_to(self, path: Path) -> None:
        """Write the previewed bytes to ``path`` and append the ledger entry."""
        rendered = self.rendered
        if rendered is None:
            return
        save_with_entry(
            self,
            self._tasks,
            lambda vault: self._save(vault, rendered, path),
            path,
            button=self.save_button,
            message=self.message,
            saved=self.saved,
            failed=self._failed,
        )
