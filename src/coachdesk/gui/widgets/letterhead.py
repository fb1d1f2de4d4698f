"""The letterhead reports print, drawn live as the coach types it (spec §3), and the logo as
the dialogs show it: decoded and made small on the task worker, never on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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

