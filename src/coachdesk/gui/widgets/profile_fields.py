"""The coach profile's fields (spec §3): name, credentials, letterhead lines and, in Settings,
the logo (PNG or JPEG, at most 1 MB), with the letterhead's preview following every
keystroke. The first run and Settings → Coach profile… both use them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import CoachProfile
from coachdesk.gui import file_dialogs
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.letterhead import LetterheadPreview, LoadedLogo, load_logo
from coachdesk.services import profile as profile_service


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its layout at its present width (wrapped labels and a
    preview that grows with the letterhead's lines); never shrink it. Qt sets a window's
    minimum size from its layout, but not the extra height word-wrapped text needs."""
    layout = window.layout()
    if layout is None:
        return
    # A size change travels up one level per layout request: let it reach the window.
    for _ in range(8):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if window.height() < needed:
        window.resize(width, needed)


class ProfileFields(QWidget):
    """Name, credentials, letterhead lines and (``with_logo``) the logo, with the preview
    following every keystroke. ``problem`` carries a sentence for the coach."""

    changed = Signal()
    problem = Signal(str)

    def __init__(
        self, tasks: Tasks, parent: QWidget | None = None, *, with_logo: bool = True
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.logo: LoadedLogo | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("required"))
        self.credentials = QLineEdit()
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.credentials.setPlaceholderText(self.tr("optional, e.g. PCC"))
        self.letterhead = QPlainTextEdit()
        self.letterhead.setAccessibleName(self.tr("Letterhead lines"))
        self.letterhead.setPlaceholderText(
            self.tr("optional: practice, address, website; one per line")
        )
        self.letterhead.setTabChangesFocus(True)
        lines = QFontMetrics(self.letterhead.font()).lineSpacing()
        self.letterhead.setFixedHeight(4 * lines + 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(buddy_label(self.tr("&Name:"), self.name), self.name)
        form.addRow(buddy_label(self.tr("C&redentials:"), self.credentials), self.credentials)
        form.addRow(buddy_label(self.tr("Letter&head:"), self.letterhead), self.letterhead)
        self.logo_status = QLabel()
        self.logo_status.setAccessibleName(self.tr("Logo"))
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.clicked.connect(self._ask_logo)
        self.remove_logo = QPushButton(self.tr("Re&move logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        if with_logo:
            row = QHBoxLayout()
            row.addWidget(self.logo_status, 1)
            row.addWidget(self.choose_logo)
            row.addWidget(self.remove_logo)
            form.addRow(self.tr("Logo:"), row)
        else:
            for widget in (self.logo_status, self.choose_logo, self.remove_logo):
                widget.setParent(self)
                widget.hide()
        self.preview = LetterheadPreview()
        caption = QLabel(self.tr("Preview of the letterhead"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.preview)
        self._file_dialog: QFileDialog | None = None
        for edit in (self.name, self.credentials):
            edit.textChanged.connect(self._edited)
        self.letterhead.textChanged.connect(self._edited)
        self.set_logo(None)
        self._edited()

    def profile(self) -> CoachProfile:
        return CoachProfile(
            name=self.name.text(),
            credentials=self.credentials.text(),
            letterhead=self.letterhead.toPlainText(),
            logo=self.logo.data if self.logo is not None else None,
        )

    def set_profile(self, profile: CoachProfile, logo: LoadedLogo | None = None) -> None:
        self.name.setText(profile.name)
        self.credentials.setText(profile.credentials)
        self.letterhead.setPlainText(profile.letterhead)
        self.set_logo(logo)

    def set_logo(self, logo: LoadedLogo | None) -> None:
        self.logo = logo
        if logo is None:
            self.logo_status.setText(self.tr("No logo"))
        else:
            self.logo_status.setText(
                self.tr("{kind}, {w} × {h} pixels, {kb} KB").format(
                    kind=logo.info.kind,
                    w=logo.info.width,
                    h=logo.info.height,
                    kb=max(1, round(logo.info.size / 1024)),
                )
            )
        self.remove_logo.setEnabled(logo is not None)
        self.preview.show_logo(logo.image if logo is not None else None)
        self.changed.emit()

    def _edited(self) -> None:
        self.preview.show_profile(
            self.name.text(), self.credentials.text(), self.letterhead.toPlainText()
        )
        self.changed.emit()

    def _ask_logo(self) -> None:
        self._file_dialog = file_dialogs.open_file(
            self,
            self.tr("Choose the logo"),
            self.load_logo_file,
            name_filter=self.tr("PNG or JPEG images (*.png *.jpg *.jpeg)"),
        )

    def load_logo_file(self, path: Path) -> None:
        """Read and check the chosen file on the task worker, then show it."""
        self.choose_logo.setEnabled(False)

        def work(_ctx: Context) -> LoadedLogo:
            return load_logo(profile_service.read_logo_file(path))

        def done(logo: LoadedLogo) -> None:
            self.choose_logo.setEnabled(True)
            self.set_logo(logo)

        def failed(exc: Exception) -> None:
            self.choose_logo.setEnabled(True)
            self.problem.emit(error_text(exc))

        self._tasks.run(work, while_alive(self, done), while_alive(self, failed))
