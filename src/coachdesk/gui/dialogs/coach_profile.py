"""The coach profile (spec §3): name (required), credentials, letterhead lines and an optional
logo (PNG or JPEG, at most 1 MB), with a live preview of the letterhead reports print.

Settings → Coach profile… opens :class:`CoachProfileDialog`; the first run asks the same
fields (:class:`ProfileFields`, without the logo); :class:`CoachNameGate` makes a report
dialog ask for the name first when the vault has none yet, rather than print an empty
letterhead. Files are read and images decoded on the task worker, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import CoachProfile
from coachdesk.gui import file_dialogs
from coachdesk.gui.alive import while_alive
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import profile as profile_service

# The logo in the preview: this many pixels high at most (twice that kept, for sharp HiDPI).
PREVIEW_LOGO_HEIGHT = 56
PREVIEW_LOGO_MAX_WIDTH = 3 * PREVIEW_LOGO_HEIGHT
_MARGIN = 14
_GAP = 12
_INK = QColor("#1f1f1f")
_MUTED = QColor("#5a5a5a")
_PLACEHOLDER = QColor("#9a9a9a")
_PAPER = QColor("#ffffff")
_EDGE = QColor("#c9c9c9")
_ERROR_STYLE = "color: #a23b2a;"


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


def preview_image(data: bytes) -> QImage | None:
    """The logo decoded and made small enough for the preview. Runs on the task worker:
    QImage, unlike QPixmap, may be used off the GUI thread."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    keep = 2 * PREVIEW_LOGO_HEIGHT
    if image.height() > keep:
        image = image.scaledToHeight(keep, Qt.TransformationMode.SmoothTransformation)
    return image


@dataclass(frozen=True)
class LoadedLogo:
    data: bytes
    image: QImage | None
    info: profile_service.LogoInfo


def load_logo(data: bytes) -> LoadedLogo:
    """On the task worker: what the dialog shows of a logo (its kind, size and preview)."""
    return LoadedLogo(data, preview_image(data), profile_service.logo_info(data))


class LetterheadPreview(QWidget):
    """The letterhead as a report heads its first page: the logo scaled on the left, the
    name in bold, the credentials, the letterhead lines, a rule below. Drawn with QPainter
    on a white sheet, whatever the window's colours; text too wide is elided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.credentials = ""
        self.lines: list[str] = []
        self.logo: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Letterhead preview"))

    def show_profile(self, name: str, credentials: str, letterhead: str) -> None:
        self.name = name.strip()
        self.credentials = credentials.strip()
        self.lines = [line.rstrip() for line in letterhead.strip("\n").splitlines()]
        self.setAccessibleDescription(
            "\n".join([self.name, self.credentials, *self.lines]).strip()
        )
        self.updateGeometry()
        self.update()

    def show_logo(self, image: QImage | None) -> None:
        self.logo = image
        self.updateGeometry()
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        name = QFont(base)
        name.setBold(True)
        name.setPointSizeF(base.pointSizeF() * 1.35)
        credentials = QFont(base)
        lines = QFont(base)
        lines.setPointSizeF(base.pointSizeF() * 0.9)
        return name, credentials, lines

    def _logo_size(self) -> QSize:
        if self.logo is None or self.logo.isNull():
            return QSize(0, 0)
        w, h = self.logo.width(), self.logo.height()
        scale = min(PREVIEW_LOGO_HEIGHT / h, PREVIEW_LOGO_MAX_WIDTH / w)
        return QSize(max(1, round(w * scale)), max(1, round(h * scale)))

    def _text_height(self) -> int:
        name, credentials, lines = (QFontMetrics(f) for f in self._fonts())
        height = name.height()
        if self.credentials:
            height += credentials.height()
        if self.lines:
            height += 4 + lines.height() * len(self.lines)
        return height

    def sizeHint(self) -> QSize:
        content = max(self._text_height(), self._logo_size().height())
        return QSize(460, 2 * _MARGIN + content + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    # -- drawing -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        sheet = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(_EDGE, 1))
        painter.setBrush(_PAPER)
        painter.drawRect(sheet)
        x = float(_MARGIN)
        top = float(_MARGIN)
        logo = self._logo_size()
        if self.logo is not None and logo.width() > 0:
            painter.drawImage(QRectF(x, top, logo.width(), logo.height()), self.logo)
            x += logo.width() + _GAP
        width = max(0.0, sheet.width() - x - _MARGIN)
        name_font, credentials_font, lines_font = self._fonts()
        y = top
        y = self._line(painter, name_font, self.name, x, y, width, _INK, placeholder=True)
        if self.credentials:
            y = self._line(painter, credentials_font, self.credentials, x, y, width, _MUTED)
        if self.lines:
            y += 4
            for line in self.lines:
                y = self._line(painter, lines_font, line, x, y, width, _MUTED)
        rule = top + max(y - top, float(logo.height())) + 6
        painter.setPen(QPen(_EDGE, 1))
        painter.drawLine(QPointF(_MARGIN, rule), QPointF(sheet.width() - _MARGIN, rule))
        painter.end()

    def _line(
        self,
        painter: QPainter,
        font: QFont,
        text: str,
        x: float,
        y: float,
        width: float,
        colour: QColor,
        *,
        placeholder: bool = False,
    ) -> float:
        metrics = QFontMetrics(font)
        if not text and placeholder:
            font = QFont(font)
            font.setItalic(True)
            text, colour = self.tr("Your name"), _PLACEHOLDER
            metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(colour)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(
            QRectF(x, y, width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        return y + metrics.height()


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


class CoachProfileDialog(QDialog):
    """Settings → Coach profile…: loads the profile, edits it, saves it in one step."""

    saved = Signal(object)  # CoachProfile, as stored

    def __init__(self, tasks: Tasks, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(self.tr("Coach profile"))
        self.setMinimumWidth(540)
        self.intro = QLabel(
            reason
            or self.tr(
                "Your name, credentials and letterhead head every report and agreement "
                "document you give."
            )
        )
        self.intro.setWordWrap(True)
        self.fields = ProfileFields(tasks, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setEnabled(False)  # until the profile is loaded
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.fields.problem.connect(self.message.setText)
        self.fields.changed.connect(lambda: self.message.clear())
        self.fields.changed.connect(lambda: grow_to_fit(self))
        self.loaded = False
        self._load()

    def _load(self) -> None:
        def work(ctx: Context) -> tuple[CoachProfile, LoadedLogo | None]:
            profile = profile_service.get_profile(ctx.db)
            return profile, load_logo(profile.logo) if profile.logo is not None else None

        self._tasks.run(work, while_alive(self, self._loaded), while_alive(self, self._failed))

    def _loaded(self, result: tuple[CoachProfile, LoadedLogo | None]) -> None:
        profile, logo = result
        self.fields.set_profile(profile, logo)
        self.loaded = True
        self.save_button.setEnabled(True)
        self.fields.name.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def save(self) -> None:
        profile = self.fields.profile()
        if not profile.name.strip():
            self.message.setText(self.tr("Enter your name: it heads every report."))
            self.fields.name.setFocus()
            return
        self.save_button.setEnabled(False)

        def work(ctx: Context) -> CoachProfile:
            return profile_service.save_profile(ctx.db, profile)

        def done(stored: CoachProfile) -> None:
            self.saved.emit(stored)
            self.accept()

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self._failed(exc)

        self._tasks.run(work, while_alive(self, done), while_alive(self, failed))


class CoachNameGate(QObject):
    """A report needs the coach's name for its letterhead. ``ready()`` is true once the vault
    has one; until then the first call checks, and when there is none opens the profile
    dialog over ``owner``; ``then`` runs when the name is there. A dialog closed without a
    name leaves ``refused`` saying why nothing is shown; the next ``ready()`` asks again."""

    def __init__(
        self,
        owner: QWidget,
        tasks: Tasks,
        then: Callable[[], None],
        refused: Callable[[str], None],
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._tasks = tasks
        self._then = then
        self._refused = refused
        self._named = False
        self._asking = False
        self.dialog: CoachProfileDialog | None = None

    def ready(self) -> bool:
        if self._named:
            return True
        if not self._asking:
            self._asking = True
            self._tasks.run(
                lambda ctx: profile_service.has_name(ctx.db),
                while_alive(self, self._checked),
                while_alive(self, self._failed),
            )
        return False

    def _checked(self, named: bool) -> None:
        if named:
            self._named_now()
            return
        dialog = CoachProfileDialog(
            self._tasks,
            self._owner,
            reason=self.tr(
                "Reports carry your name in their letterhead, and this vault has none yet. "
                "Enter it first; you can change it later in Settings → Coach profile…"
            ),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _profile: self._named_now())
        dialog.rejected.connect(self._declined)
        self.dialog = dialog
        dialog.open()

    def _named_now(self) -> None:
        self._named = True
        self._asking = False
        self.dialog = None
        self._then()

    def _declined(self) -> None:
        self._asking = False
        self.dialog = None
        self._refused(
            self.tr("No preview: a report needs your name for its letterhead. Change "
                    "anything to be asked again, or use Settings → Coach profile…")
        )  # fmt: skip

    def _failed(self, exc: Exception) -> None:
        self._asking = False
        self._refused(error_text(exc))
