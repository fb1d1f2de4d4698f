"""The report preview (spec §5): QtPdf renders the very PDF bytes that "Save" writes, from
memory (no temporary file); the one save dialog the report dialogs use; and the one way they
save what they previewed with its ledger entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    SignalInstance,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget

from coachdesk.domain import LedgerEntry
from coachdesk.gui import file_dialogs, settings
from coachdesk.gui.alive import while_alive
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services.vault import Vault


class PdfPreview(QPdfView):
    def __init__(self, owner: QObject) -> None:
        """``owner`` (the dialog) owns the document and its buffers: they must outlive this
        view while Qt takes the dialog apart, or the view is left pointing at freed memory."""
        super().__init__()
        self._owner = owner
        self.pdf = QPdfDocument(owner)
        self._buffer: QBuffer | None = None
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(QCoreApplication.translate("PdfPreview", "Preview of the report"))

    def show_pdf(self, pdf: bytes, password: str | None) -> None:
        """Show these bytes (encrypted ones opened with ``password``)."""
        self.pdf.close()
        self.pdf.setPassword(password or "")
        buffer = QBuffer(self._owner)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it while shown


def ask_pdf_path(
    parent: QWidget, title: str, file_name: str, chosen: Callable[[Path], None]
) -> QFileDialog:
    """A non-blocking save dialog for a PDF, opening in the Documents folder, or in the last
    folder a report went to if the coach allows remembering it (Settings)."""

    def accepted(path: Path) -> None:
        settings.set_report_folder(path.parent)  # does nothing unless allowed
        chosen(path)

    return file_dialogs.save_file(
        parent,
        title,
        file_name,
        accepted,
        name_filter=QCoreApplication.translate("PdfPreview", "PDF files (*.pdf)"),
        suffix="pdf",
        folder=settings.report_folder(),
    )


def save_with_entry(
    dialog: QWidget,
    tasks: Tasks,
    record: Callable[[Vault], LedgerEntry],
    path: Path,
    *,
    button: QAbstractButton,
    message: QLabel,
    saved: SignalInstance,
    failed: Callable[[Exception], None],
) -> None:
    """Save on the database thread what ``dialog`` previewed: ``record`` writes the bytes to
    ``path`` with their ledger entry. The button waits meanwhile; ``message`` says where it
    went and ``saved`` carries the entry, or ``failed`` says why not. Nothing happens once the
    dialog is gone."""
    button.setEnabled(False)

    def work(ctx: Context) -> LedgerEntry:
        assert ctx.vault is not None
        return record(ctx.vault)

    def done(entry: LedgerEntry) -> None:
        message.setText(
            QCoreApplication.translate(
                "PdfPreview", "Saved, and recorded in the disclosure ledger: {name}"
            ).format(name=path.name)
        )
        button.setEnabled(True)
        saved.emit(entry)

    def refused(exc: Exception) -> None:
        button.setEnabled(True)
        failed(exc)

    tasks.run(work, while_alive(dialog, done), while_alive(dialog, refused))
