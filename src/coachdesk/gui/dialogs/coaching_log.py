"""File → Coaching log… (spec §5): a period and a language, a preview of the very PDF bytes,
and "Save PDF…" / "Save CSV…" writing the log the coach asked for. Nothing is written
otherwise, and nothing goes to the ledger (see services.coaching_log)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Language
from coachdesk.gui import file_dialogs, labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.pdf_preview import PdfPreview, ask_pdf_path
from coachdesk.services import coaching_log

RENDER_PAUSE_MS = 300


def _pydate(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


class CoachingLogDialog(QDialog):
    saved = Signal(object)  # Path
    previewed = Signal()

    def __init__(
        self,
        tasks: Tasks,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        language: Language = Language.EN,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.today = today or dt.date.today()
        self._generation = 0
        self.pdf: bytes | None = None
        self.csv: bytes | None = None
        self.setWindowTitle(self.tr("Coaching log"))
        self.resize(1000, 720)
        start = dt.date(self.today.year, 1, 1)
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(labels.date_format())
            edit.setAccessibleName(name)
        self.language = QComboBox()
        self.language.addItem("English", Language.EN.value)
        self.language.addItem("Italiano", Language.IT.value)
        self.language.setCurrentIndex(1 if language is Language.IT else 0)
        self.language.setAccessibleName(self.tr("Language of the log"))
        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        dates.addStretch(1)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.start)
        form.addRow(period_label, dates)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self._notice = self.tr(
            "The log names your coachees and their contact: it is written only to the "
            "file you choose, and not recorded in the disclosure ledger."
        )
        self.message = QLabel(self._notice)
        self.message.setWordWrap(True)
        self.preview = PdfPreview(self)
        self.save_pdf = QPushButton(self.tr("Save &PDF…"))
        self.save_csv = QPushButton(self.tr("Save &CSV…"))
        self.save_pdf.setDefault(True)
        for button in (self.save_pdf, self.save_csv):
            button.setEnabled(False)
        self.save_pdf.clicked.connect(self._ask_pdf)
        self.save_csv.clicked.connect(self._ask_csv)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_csv)
        buttons.addWidget(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.start.dateChanged.connect(lambda _: self._changed())
        self.end.dateChanged.connect(lambda _: self._changed())
        self.language.currentIndexChanged.connect(lambda _: self._changed())
        self._file_dialog: QFileDialog | None = None
        self._changed()

    def _changed(self) -> None:
        self._generation += 1
        self.pdf = self.csv = None
        for button in (self.save_pdf, self.save_csv):
            button.setEnabled(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        generation = self._generation
        start, end = _pydate(self.start), _pydate(self.end)
        language = Language(str(self.language.currentData()))

        def work(ctx: Context) -> tuple[bytes, bytes]:
            log = coaching_log.coaching_log(ctx.db, start, end, language)
            return coaching_log.render(log, "pdf"), coaching_log.render(log, "csv")

        def done(result: tuple[bytes, bytes]) -> None:
            if generation != self._generation:
                return
            self.pdf, self.csv = result
            self.message.setText(self._notice)
            self.preview.show_pdf(self.pdf, None)
            for button in (self.save_pdf, self.save_csv):
                button.setEnabled(True)
            self.previewed.emit()

        self._tasks.run(work, while_alive(self, done), while_alive(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _name(self, suffix: str) -> str:
        start, end = _pydate(self.start).isoformat(), _pydate(self.end).isoformat()
        return f"coaching-log-{start}-{end}.{suffix}"

    def _ask_pdf(self) -> None:
        self._file_dialog = ask_pdf_path(
            self, self.tr("Save the coaching log"), self._name("pdf"), self.save_to
        )

    def _ask_csv(self) -> None:
        self._file_dialog = file_dialogs.save_file(
            self,
            self.tr("Save the coaching log"),
            self._name("csv"),
            self.save_to,
            name_filter=QCoreApplication.translate("CoachingLogDialog", "CSV files (*.csv)"),
            suffix="csv",
        )

    def save_to(self, path: Path) -> None:
        """Write the previewed bytes: the PDF or the CSV, by the file's extension."""
        data = self.csv if path.suffix.lower() == ".csv" else self.pdf
        if data is None:
            return

        def work(_ctx: Context) -> None:
            coaching_log.save(data, path)

        def done(_: None) -> None:
            self.message.setText(self.tr("Saved: {name}").format(name=path.name))
            self.saved.emit(path)

        self._tasks.run(work, while_alive(self, done), while_alive(self, self._failed))
