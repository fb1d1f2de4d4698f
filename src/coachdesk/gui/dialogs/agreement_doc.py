"""The agreement document dialog (spec §5): choose the version and the language, preview the
very bytes that "Save" writes (QtPdf, from memory), then save them and record the ledger
entry. Database work runs on the one worker; the dialog never blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, Language
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.pdf_preview import PdfPreview, ask_pdf_path, save_with_entry
from coachdesk.services import agreement_doc
from coachdesk.services.agreement_doc import RenderedAgreement


class AgreementDocDialog(QDialog):
    rendered_ready = Signal()  # the preview shows a new rendering
    saved = Signal(object)  # LedgerEntry

    def __init__(self, tasks: Tasks, engagement: Engagement, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self.engagement = engagement
        self.rendered: RenderedAgreement | None = None
        self._file_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("Agreement document"))
        self.version = QComboBox()
        for a in sorted(engagement.agreements, key=lambda a: a.version, reverse=True):
            self.version.addItem(
                self.tr("Version {v} of {d}").format(v=a.version, d=labels.date(a.agreed_on)),
                a.version,
            )
        self.version.setAccessibleName(self.tr("Agreement version"))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), Language.EN.value)
        self.language.addItem(self.tr("Italian"), Language.IT.value)
        self.language.setCurrentIndex(self.language.findData(engagement.language.value))
        self.language.setAccessibleName(self.tr("Language of the document"))
        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("&Language:"), self.language)
        self.preview = PdfPreview(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._ask_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 820)
        self.version.currentIndexChanged.connect(lambda _: self.make_preview())
        self.language.currentIndexChanged.connect(lambda _: self.make_preview())
        self.make_preview()

    def make_preview(self) -> None:
        """Render the chosen version in the chosen language on the worker, then preview it."""
        self.save_button.setEnabled(False)
        version = self.version.currentData()
        language = Language(self.language.currentData())
        eid = self.engagement.id

        def work(ctx: Context) -> RenderedAgreement:
            return agreement_doc.render(ctx.db, eid, int(version), language)

        def done(rendered: RenderedAgreement) -> None:
            self.rendered = rendered
            self.preview.show_pdf(rendered.pdf, None)
            self.message.clear()
            self.save_button.setEnabled(True)
            self.rendered_ready.emit()

        self._tasks.run(work, while_alive(self, done), while_alive(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _ask_path(self) -> None:
        rendered = self.rendered
        if rendered is None:
            return
        version = rendered.document.agreement.version
        self._file_dialog = ask_pdf_path(
            self,
            self.tr("Save the agreement document"),
            f"agreement-v{version}-{rendered.document.language.value}.pdf",
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
            lambda vault: agreement_doc.save(vault, rendered, path),
            path,
            button=self.save_button,
            message=self.message,
            saved=self.saved,
            failed=self._failed,
        )
