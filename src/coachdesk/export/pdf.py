"""What every CoachDesk PDF shares (spec §5): the bundled fonts, the styles and colours, the
deterministic page (canvas, document, footer), and the building blocks of a story (letterhead,
key-value rows, tables that split across pages, rules).

The single report (:mod:`coachdesk.export.report_pdf`), the team report
(:mod:`coachdesk.export.team_pdf`), the agreement document and the coaching log are built from
these, so they look alike and come out byte for byte the same for the same input. The output is
deterministic: ReportLab's invariant mode, a creation date taken from the document's date, fixed
metadata (title, author = the coach's name, producer "CoachDesk"), no outlines, no XMP.

Every text from the vault (names, titles, notes, the letterhead, chart labels) goes through
:mod:`coachdesk.export.text`: bundled faces chosen character by character, the bidi
algorithm, HarfBuzz shaping. A text holding a character no bundled face has is refused
before anything is drawn (:class:`coachdesk.errors.UnprintableText`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
)

from coachdesk.domain import CoachProfile
from coachdesk.errors import InvalidInput, UnprintableText
from coachdesk.export import fonts
from coachdesk.export.flow import Columns, KeepWithStart
from coachdesk.export.i18n import Texts
from coachdesk.export.text import (
    Style,
    TextBlock,
    Unprintable,
    draw_line,
    draw_text,
    first_unprintable,
    layout,
)

FONT = "CoachDesk-Sans"
FONT_BOLD = "CoachDesk-Sans-Bold"
PRODUCER = "CoachDesk"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#2f6f8f")
RULE = colors.HexColor("#c9d2dc")
ALERT = colors.HexColor("#a23b2a")

_MARGIN = 20 * mm
_FOOTER_Y = 11 * mm
_LOGO_HEIGHT = 16 * mm
_LOGO_MAX_WIDTH = 50 * mm


def register_fonts() -> None:
    """Register the bundled TrueType faces once (they are embedded, subset, in each PDF)."""
    fonts.fonts()
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def _styles() -> dict[str, Style]:
    return {
        "body": Style(9.5, 13.5, color=INK),
        "small": Style(8, 10.5, color=MUTED),
        "coach": Style(11, 14, bold=True, color=INK),
        "letterhead": Style(8.5, 11, color=MUTED),
        "title": Style(18, 23, bold=True, color=INK, space_before=10),
        "subtitle": Style(12, 16, color=ACCENT),
        "h1": Style(14, 18, bold=True, color=INK, space_before=18, space_after=2),
        "h2": Style(12.5, 16, bold=True, color=ACCENT, space_before=14, space_after=5),
        "h2x": Style(12.5, 16, bold=True, color=ALERT, space_before=14, space_after=5),
        "h3": Style(10, 13, bold=True, color=INK, space_before=8, space_after=3),
        "confidential": Style(8.5, 11.5, color=MUTED, space_before=6),
        "meta": Style(9, 12, bold=True, color=INK),
        "cell": Style(9, 12, color=INK),
        "cell_small": Style(7.5, 10, color=MUTED),
        "cell_bold": Style(9, 12, bold=True, color=INK),
        "cell_head": Style(8.5, 11, bold=True, color=MUTED),
    }


Styles = dict[str, Style]


def _t(text: str, style: Style) -> TextBlock:
    """A block of plain text in any script (never markup: ``<`` prints as ``<``)."""
    return TextBlock(text, style)


def _keep(head: Sequence[Flowable], body: Sequence[Flowable]) -> list[Flowable]:
    """``head`` stays on the page where ``body`` starts; the rest of ``body`` flows."""
    if not body:
        return list(head)
    return [KeepWithStart(head, body[0]), *body[1:]]


# --- refusing what cannot be printed -------------------------------------------------------


def _coach_texts(coach: CoachProfile) -> Iterator[tuple[str, str]]:
    yield "the coach profile's name", coach.name
    yield "the coach profile's credentials", coach.credentials
    yield "the coach profile's letterhead", coach.letterhead


def _refuse_unprintable(pairs: Iterator[tuple[str, str]]) -> None:
    for where, text in pairs:
        code = first_unprintable(text)
        if code is not None:
            raise UnprintableText(where, code)


# --- the page ------------------------------------------------------------------------------


def _canvas_class(
    texts: Texts, *, day: dt.date, author: str, recipient: str, title_key: str = "title"
) -> type[Canvas]:
    footer = texts("footer", recipient=recipient)

    class ReportCanvas(Canvas):
        """Deterministic canvas that numbers pages "n of total" and prints the footer."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            kwargs["pageCompression"] = 1
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            stamp = TimeStamp(1)
            stamp.YMDhms = (day.year, day.month, day.day, 0, 0, 0)
            self._doc._timeStamp = stamp
            self.setTitle(texts(title_key))
            self.setAuthor(author)
            self.setCreator(PRODUCER)
            self.setProducer(PRODUCER)
            self.setSubject("")
            self.setKeywords("")
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(n, total)
                super().showPage()
            super().save()

        def _footer(self, n: int, total: int) -> None:
            width, _ = A4
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(_MARGIN, _FOOTER_Y + 9, width - _MARGIN, _FOOTER_Y + 9)
            self.setFillColor(MUTED)
            page = texts("page", n=n, total=total)
            page_width = draw_text(self, page, width - _MARGIN, _FOOTER_Y, 7.5, anchor="end")
            room = width - 2 * _MARGIN - page_width - 12
            line = layout(footer.replace("\n", " "), Style(7.5, 9), room)[0]
            draw_line(self, line, _MARGIN, _FOOTER_Y, 7.5)
            self.restoreState()

    return ReportCanvas


def _document(buffer: io.BytesIO, texts: Texts, title_key: str, author: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 4 * mm,
        invariant=1,
        title=texts(title_key),
        author=author,
        creator=PRODUCER,
        producer=PRODUCER,
        subject="",
        keywords="",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _build(doc: BaseDocTemplate, flowables: list[Flowable], canvas: type[Canvas]) -> None:
    fonts.begin_document()
    try:
        doc.build(flowables, canvasmaker=canvas)
    except Unprintable as exc:  # pragma: no cover - check_printable ran first
        raise UnprintableText("a text of the report", exc.codepoint) from None


# --- building blocks -----------------------------------------------------------------------


def _key_values(rows: list[tuple[str, str]], styles: Styles, width: float) -> list[Flowable]:
    widths = [width * 0.25, width * 0.75]
    return [
        Columns([_t(k, styles["cell_bold"]), _t(v, styles["cell"])], widths, padding=1)
        for k, v in rows
    ]


def _logo(data: bytes) -> Flowable:
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception as exc:  # Pillow says why in many ways; the coach needs one sentence
        raise InvalidInput("the coach profile's logo is not a readable PNG or JPEG image") from exc
    height = _LOGO_HEIGHT
    width = w * height / h if h else _LOGO_MAX_WIDTH
    if width > _LOGO_MAX_WIDTH:
        width, height = _LOGO_MAX_WIDTH, h * _LOGO_MAX_WIDTH / w
    return Image(io.BytesIO(data), width=width, height=height)


def _letterhead_of(coach: CoachProfile, styles: Styles, width: float) -> list[Flowable]:
    """The coach profile: name and credentials, letterhead lines, logo at the right."""
    lines: list[Flowable] = []
    if coach.name:
        name = coach.name + (f", {coach.credentials}" if coach.credentials else "")
        lines.append(_t(name, styles["coach"]))
    if coach.letterhead:
        lines.append(_t(coach.letterhead, styles["letterhead"]))
    logo_data: bytes | None = getattr(coach, "logo", None)
    if logo_data:
        logo = _logo(logo_data)
        logo_width = logo.drawWidth + 6
        text = _Stack(lines) if lines else None
        row = Columns([text, logo], [width - logo_width, logo_width], padding=0)
        return [row, _Rule(width)]
    if lines:
        lines.append(_Rule(width))
    return lines


class _Stack(Flowable):
    """Flowables one above the other, as one cell."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [p.wrap(availWidth, availHeight)[1] for p in self.parts]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, h in zip(self.parts, self._heights, strict=True):
            y -= h
            part.drawOn(self.canv, 0, y)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    styles: Styles,
) -> list[Flowable]:
    """A header row and rows whose cells may split across pages; the header stays with the
    first row."""

    def cell(value: str | Flowable) -> Flowable:
        return _t(value, styles["cell"]) if isinstance(value, str) else value

    head = Columns(
        [_t(h, styles["cell_head"]) for h in header], widths, rule=ACCENT, rule_width=0.6
    )
    body: list[Flowable] = [Columns([cell(v) for v in row], widths, rule=RULE) for row in rows]
    return _keep([head], body)


def _signed(value: float, texts: Texts) -> str:
    """A change with its sign: +12.5, −3 (a true minus sign), 0."""
    text = texts.number(abs(value))
    if text == "0":
        return text
    return ("+" if value > 0 else "\u2212") + text


class _Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 8

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 4, self.width, 4)
