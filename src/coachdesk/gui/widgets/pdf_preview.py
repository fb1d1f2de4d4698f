"""The report preview (spec §5): QtPdf renders the very PDF bytes that "Save" writes, from
memory (no temporary file); and the one save dialog the report dialogs use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QWidget

from coachdesk.gui import file_dialogs, settings


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
