"""The report renderer (spec §5). It receives a :class:`DisclosureSet` and nothing else.

There is no parameter through which a vault, an engagement or a note could arrive: what is
not in the disclosure set cannot be printed. The output is deterministic: ReportLab's
invariant mode, a creation date taken from the report date, fixed metadata (title, author =
the coach's name, producer "CoachDesk"), no outlines, no XMP.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk import resources
from coachdesk.domain import Better, CoachProfile, SessionKind, SessionStatus
from coachdesk.export.i18n import Texts
from coachdesk.policy.disclosure import (
    DisclosureSet,
    ExceptionFact,
    ItemFact,
    KpiFact,
    ProgressFact,
    SessionFact,
)
from coachdesk.policy.team import TeamDisclosure

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


def register_fonts() -> None:
    """Register the bundled TrueType fonts once (they are embedded, subset, in each PDF)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resources.path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resources.path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "coach": ParagraphStyle("coach", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14),
        "letterhead": ParagraphStyle("lh", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23, spaceBefore=10
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=16, textColor=ACCENT
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=18,
            spaceAfter=2,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "confidential": ParagraphStyle(
            "conf", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=6
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "cell_bold": ParagraphStyle(
            "cellb", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12
        ),
        "cell_right": ParagraphStyle(
            "cellr", parent=base, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "alert": ParagraphStyle("alert", parent=base, textColor=ALERT, fontName=FONT_BOLD),
    }


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _p(text: str) -> str:
    """Plain text as Paragraph markup: escaped, control characters dropped, lines kept."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n")).replace("\t", "    ")
    return escape(text).replace("\n", "<br/>")


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
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(_MARGIN, _FOOTER_Y, footer)
            self.drawRightString(width - _MARGIN, _FOOTER_Y, texts("page", n=n, total=total))
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


def render_report(ds: DisclosureSet) -> bytes:
    """The report PDF for one disclosure set. Same set, same bytes, on any day."""
    register_fonts()
    texts = Texts(ds.header.language)
    styles = _styles()
    buffer = io.BytesIO()
    doc = _document(buffer, texts, "title", ds.header.coach.name)
    canvas = _canvas_class(
        texts,
        day=ds.header.report_date,
        author=ds.header.coach.name,
        recipient=ds.header.recipient_name,
    )
    doc.build(story(ds, texts, styles, doc.width), canvasmaker=canvas)
    return buffer.getvalue()


def render_team_report(team: TeamDisclosure) -> bytes:
    """The team report PDF (spec §5): each agent's section is exactly the disclosure set a
    single report to this recipient would hold; agents with nothing permitted are absent.
    Same disclosure, same bytes."""
    register_fonts()
    h = team.header
    texts = Texts(h.language)
    styles = _styles()
    buffer = io.BytesIO()
    doc = _document(buffer, texts, "team_title", h.coach.name)
    width = doc.width
    out: list[Flowable] = []
    out += _letterhead_of(h.coach, styles, width)
    out.append(Paragraph(_p(texts("team_title")), styles["title"]))
    out.append(Spacer(1, 6))
    rows = [
        (texts("recipient"), h.recipient_name),
        (texts("period"), f"{texts.date(h.period.start)} – {texts.date(h.period.end)}"),
        (texts("report_date"), texts.date(h.report_date)),
        (texts("agents"), str(len(team.agents))),
    ]
    out.append(_key_values(rows, styles, width))
    out.append(
        Paragraph(
            _p(texts("team_confidential_line", recipient=h.recipient_name)),
            styles["confidential"],
        )
    )
    out.append(_Rule(width))
    if not team.agents:
        out.append(Paragraph(_p(texts("no_agents")), styles["small"]))
    else:
        out += _kpi_overview(team, texts, styles, width)
    for ds in team.agents:
        a = ds.header
        out.append(Paragraph(_p(f"{a.coachee_name} · {a.engagement_title}"), styles["h1"]))
        if a.agreement_version is not None and a.agreement_date is not None:
            agreement = texts(
                "agreement_value", version=a.agreement_version, date=texts.date(a.agreement_date)
            )
            out.append(Paragraph(_p(f"{texts('agreement')}: {agreement}"), styles["small"]))
        if ds.attendance is not None:
            held = [s for s in ds.attendance if s.status is SessionStatus.HELD]
            counts = texts(
                "counts",
                coaching=sum(s.kind is SessionKind.COACHING for s in held),
                training=sum(s.kind is SessionKind.TRAINING for s in held),
            )
            out.append(Paragraph(_p(counts), styles["small"]))
        out += sections(ds, texts, styles, width)
    canvas = _canvas_class(
        texts, day=h.report_date, author=h.coach.name, recipient=h.recipient_name,
        title_key="team_title",
    )  # fmt: skip
    doc.build(out, canvasmaker=canvas)
    return buffer.getvalue()


def _kpi_overview(
    team: TeamDisclosure, texts: Texts, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Per KPI name, each shown agent's latest disclosed value, side by side."""
    latest: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for ds in team.agents:
        for fact in ds.progress or ():
            for kpi in fact.kpis:
                if kpi.measurements:
                    value = sorted(kpi.measurements)[-1][1]
                    latest.setdefault((kpi.name, kpi.unit), []).append(
                        (ds.header.coachee_name, value)
                    )
    if not latest:
        return []
    out: list[Flowable] = [Paragraph(_p(texts("kpi_overview")), styles["h2"])]
    for (name, unit), values in sorted(latest.items()):
        label = f"{name} ({unit})" if unit else name
        out.append(KeepTogether([Paragraph(_p(label), styles["h3"]), _bars(values, width)]))
    return out


def _bars(values: list[tuple[str, float]], width: float) -> Drawing:
    height = 110.0
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 28
    chart.width, chart.height = width - 60, height - 40
    chart.data = [[v for _, v in values]]
    chart.categoryAxis.categoryNames = [name for name, _ in values]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.4g"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _key_values(
    rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], width: float
) -> Table:
    table = Table(
        [
            [Paragraph(_p(k), styles["cell_bold"]), Paragraph(_p(v), styles["cell"])]
            for k, v in rows
        ],
        colWidths=[width * 0.25, width * 0.75],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def story(
    ds: DisclosureSet, texts: Texts, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """The flowables of one report: the header, then only the permitted sections."""
    out: list[Flowable] = []
    out += _letterhead(ds, styles, width)
    out += _header(ds, texts, styles, width)
    return out + sections(ds, texts, styles, width)


def sections(
    ds: DisclosureSet, texts: Texts, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Only the permitted sections of one disclosure set, in the order of §5."""
    out: list[Flowable] = []
    if ds.attendance is not None:
        out += _attendance(ds.attendance, texts, styles, width)
    if ds.goals is not None:
        out.append(Paragraph(_p(texts("goals")), styles["h2"]))
        if ds.goals:
            rows = [[texts("goal"), texts("status")]] + [
                [Paragraph(_p(g.title), styles["cell"]), texts.enum(g.status)] for g in ds.goals
            ]
            out.append(_table(rows, [width * 0.75, width * 0.25]))
        else:
            out.append(Paragraph(_p(texts("no_goals")), styles["small"]))
    if ds.progress is not None:
        out.append(Paragraph(_p(texts("progress")), styles["h2"]))
        if ds.progress:
            for fact in ds.progress:
                out += _progress(fact, texts, styles, width)
        else:
            out.append(Paragraph(_p(texts("no_progress")), styles["small"]))
    if ds.summaries is not None:
        out += _items(texts("summaries"), ds.summaries, texts, styles, show_kind=False)
    if ds.notes is not None:
        out += _items(texts("notes"), ds.notes, texts, styles, show_kind=True)
    if ds.exceptions:
        out += _exceptions(ds.exceptions, texts, styles)
    return out


def _letterhead(
    ds: DisclosureSet, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    return _letterhead_of(ds.header.coach, styles, width)


def _letterhead_of(
    coach: CoachProfile, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    lines: list[Flowable] = []
    if coach.name:
        name = _p(coach.name) + (f", {_p(coach.credentials)}" if coach.credentials else "")
        lines.append(Paragraph(name, styles["coach"]))
    if coach.letterhead:
        lines.append(Paragraph(_p(coach.letterhead), styles["letterhead"]))
    if lines:
        lines.append(_Rule(width))
    return lines


def _header(
    ds: DisclosureSet, texts: Texts, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    h = ds.header
    out: list[Flowable] = [
        Paragraph(_p(texts("title")), styles["title"]),
        Paragraph(_p(h.engagement_title), styles["subtitle"]),
        Spacer(1, 6),
    ]
    if h.agreement_version is not None and h.agreement_date is not None:
        agreement = texts(
            "agreement_value", version=h.agreement_version, date=texts.date(h.agreement_date)
        )
    else:
        agreement = texts("no_agreement")
    rows = [
        (texts("coachee"), h.coachee_name),
        (texts("recipient"), f"{h.recipient_name} ({texts.enum(h.role)})"),
        (texts("period"), f"{texts.date(h.period.start)} – {texts.date(h.period.end)}"),
        (texts("agreement"), agreement),
        (texts("report_date"), texts.date(h.report_date)),
    ]
    table = _key_values(rows, styles, width)
    out.append(table)
    out.append(
        Paragraph(
            _p(texts("confidential_line", recipient=h.recipient_name)), styles["confidential"]
        )
    )
    out.append(_Rule(width))
    return out


def _attendance(
    sessions: Sequence[SessionFact],
    texts: Texts,
    styles: dict[str, ParagraphStyle],
    width: float,
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(_p(texts("attendance")), styles["h2"])]
    if not sessions:
        return [*out, Paragraph(_p(texts("no_sessions")), styles["small"])]
    coaching = [s for s in sessions if s.kind is SessionKind.COACHING]
    training = [s for s in sessions if s.kind is SessionKind.TRAINING]
    other = [s for s in sessions if s.kind not in (SessionKind.COACHING, SessionKind.TRAINING)]
    widths = [width * 0.3, width * 0.3, width * 0.2, width * 0.2]
    for key, group in (
        ("coaching_sessions", coaching),
        ("training_sessions", training),
        ("other_sessions", other),
    ):
        if not group:
            continue
        out.append(Paragraph(_p(texts(key)), styles["h3"]))
        rows: list[list[Any]] = [[texts("date"), texts("kind"), texts("status"), texts("duration")]]
        rows += [
            [
                texts.short_date(s.start.date()) + f"  {s.start:%H:%M}",
                texts.enum(s.kind),
                texts.enum(s.status),
                texts("minutes", n=s.duration_min),
            ]
            for s in group
        ]
        out.append(_table(rows, widths))
    return out


def _progress(
    fact: ProgressFact, texts: Texts, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    title = fact.title or texts("goal_n", n=fact.number)
    out: list[Flowable] = [Paragraph(_p(title), styles["h3"])]
    if fact.ratings:
        out.append(Paragraph(_p(texts("ratings")), styles["small"]))
        out.append(
            _chart(
                [[(d, float(v)) for d, v in fact.ratings]],
                width,
                texts,
                y_range=(0.0, 10.0),
                names=[texts("ratings")],
            )
        )
    for kpi in fact.kpis:
        out.append(KeepTogether(_kpi(kpi, texts, styles, width)))
    return out


def _kpi(
    kpi: KpiFact, texts: Texts, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    unit = f" ({kpi.unit})" if kpi.unit else ""
    better = texts("better_lower" if kpi.better is Better.LOWER else "better_higher")

    def num(v: float | None) -> str:
        return "–" if v is None else texts.number(v)

    latest = kpi.measurements[-1][1] if kpi.measurements else None
    rows = [
        [texts("kpi"), texts("baseline"), texts("target"), texts("latest")],
        [
            Paragraph(
                _p(f"{kpi.name}{unit}") + f"<br/><font size=7.5>{_p(better)}</font>", styles["cell"]
            ),
            num(kpi.baseline),
            num(kpi.target),
            num(latest),
        ],
    ]
    out: list[Flowable] = [_table(rows, [width * 0.46, width * 0.18, width * 0.18, width * 0.18])]
    if kpi.measurements:
        refs = [v for v in (kpi.baseline, kpi.target) if v is not None]
        out.append(
            _chart(
                [[(d, v) for d, v in kpi.measurements]],
                width,
                texts,
                references=refs,
                names=[kpi.name],
            )
        )
    return out


def _items(
    heading: str,
    items: Sequence[ItemFact],
    texts: Texts,
    styles: dict[str, ParagraphStyle],
    *,
    show_kind: bool,
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(_p(heading), styles["h2"])]
    if not items:
        return [*out, Paragraph(_p(texts("no_items")), styles["small"])]
    for item in items:
        label = texts.date(item.day)
        if show_kind:
            label += f" · {texts.enum(item.kind)}"
        meta = Paragraph(_p(label), styles["cell_bold"])
        body = Paragraph(_p(item.text), styles["body"])
        note = (
            Paragraph(_p(texts("agreed_on", date=texts.date(item.agreed_on))), styles["small"])
            if item.agreed_on
            else Spacer(1, 2)
        )
        out.append(KeepTogether([meta, body, note, Spacer(1, 5)]))
    return out


def _exceptions(
    facts: Sequence[ExceptionFact], texts: Texts, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(
            _p(texts("exceptions")), ParagraphStyle("h2x", parent=styles["h2"], textColor=ALERT)
        ),
        Paragraph(_p(texts("exceptions_intro")), styles["small"]),
        Spacer(1, 4),
    ]
    for fact in facts:
        out.append(
            KeepTogether(
                [
                    Paragraph(
                        _p(f"{texts.date(fact.day)} · {texts.enum(fact.kind)}"), styles["cell_bold"]
                    ),
                    Paragraph(_p(fact.text), styles["body"]),
                    Paragraph(
                        f"<b>{_p(texts('justification'))}:</b> {_p(fact.justification)}",
                        styles["small"],
                    ),
                    Spacer(1, 6),
                ]
            )
        )
    return out


def _table(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("FONT", (0, 1), (-1, -1), FONT, 9),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _chart(
    series: list[list[tuple[dt.date, float]]],
    width: float,
    texts: Texts,
    *,
    y_range: tuple[float, float] | None = None,
    references: Sequence[float] = (),
    names: Sequence[str] = (),
) -> Drawing:
    """A small line chart of dated values, with dashed reference lines (baseline, target)."""
    height = 40 * mm
    drawing = Drawing(width, height, initialFontName=FONT)
    plot = LinePlot()
    plot.x, plot.y = 30, 18
    plot.width, plot.height = width - 45, height - 28
    points = [[(float(d.toordinal()), v) for d, v in s] for s in series]
    xs = [x for s in points for x, _ in s]
    ys = [y for s in points for _, y in s] + list(references)
    x_lo, x_hi = min(xs), max(xs)
    if x_lo == x_hi:
        x_lo, x_hi = x_lo - 15, x_hi + 15
    if y_range is not None:
        y_lo, y_hi = y_range
    else:
        y_lo, y_hi = min(ys), max(ys)
        pad = (y_hi - y_lo) * 0.15 or max(abs(y_hi) * 0.1, 1.0)
        y_lo, y_hi = y_lo - pad, y_hi + pad
    plot.data = points
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = x_lo, x_hi
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = y_lo, y_hi
    plot.xValueAxis.valueSteps = sorted({x for s in points for x, _ in s})[:: max(1, len(xs) // 6)]
    plot.xValueAxis.labelTextFormat = lambda x: texts.short_date(dt.date.fromordinal(int(x)))
    plot.yValueAxis.labelTextFormat = lambda y: texts.number(y)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    plot.xValueAxis.labels.angle = 0
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#eef1f4")
    plot.lines[0].strokeColor = ACCENT
    plot.lines[0].strokeWidth = 1.4
    from reportlab.graphics.widgets.markers import makeMarker

    plot.lines[0].symbol = makeMarker("FilledCircle", size=3)
    drawing.add(plot)
    for value in references:
        if y_hi == y_lo:
            continue
        y = plot.y + (value - y_lo) / (y_hi - y_lo) * plot.height
        drawing.add(
            Line(
                plot.x,
                y,
                plot.x + plot.width,
                y,
                strokeColor=MUTED,
                strokeWidth=0.6,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                plot.x + plot.width + 2,
                y - 2,
                texts.number(value),
                fontName=FONT,
                fontSize=6,
                fillColor=MUTED,
            )
        )
    return drawing


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
