"""The report renderer (spec §5). It receives a :class:`DisclosureSet` and nothing else.

There is no parameter through which a vault, an engagement or a note could arrive: what is
not in the disclosure set cannot be printed. The output is deterministic: ReportLab's
invariant mode, a creation date taken from the report date, fixed metadata (title, author =
the coach's name, producer "CoachDesk"), no outlines, no XMP.

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

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
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
    Spacer,
)

from coachdesk.domain import Better, CoachProfile, SessionKind, SessionStatus
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
from coachdesk.policy.disclosure import (
    DisclosureSet,
    ExceptionFact,
    ItemFact,
    KpiFact,
    PlanFact,
    ProgressFact,
    SessionFact,
)
from coachdesk.policy.team import TeamDisclosure, team_trends

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


def _texts_of(ds: DisclosureSet) -> Iterator[tuple[str, str]]:
    """(where, text) of every text from the vault that a report prints; ``where`` names the
    item by kind and id only."""
    h = ds.header
    yield from _coach_texts(h.coach)
    yield f"the title of engagement {h.engagement_id}", h.engagement_title
    yield f"the coachee's name (engagement {h.engagement_id})", h.coachee_name
    yield f"the name of person {h.recipient_id}", h.recipient_name
    for session in ds.attendance or ():
        yield f"the topic of session {session.id}", session.topic
    for goal in ds.goals or ():
        yield f"the title of goal {goal.id}", goal.title
    for fact in ds.progress or ():
        yield f"the title of goal {fact.goal_id}", fact.title
        for kpi in fact.kpis:
            yield f"the name of KPI {kpi.id}", kpi.name
            yield f"the unit of KPI {kpi.id}", kpi.unit
    for action in ds.plan or ():
        yield f"the text of action {action.id}", action.text
        yield f"the owner's name of action {action.id}", action.owner_name
        yield f"what action {action.id} serves", action.serves
    for item in (*(ds.summaries or ()), *(ds.notes or ())):
        yield f"the {item.kind.value} of {item.day.isoformat()} (item {item.id})", item.text
    for exc in ds.exceptions:
        where = f"the {exc.kind.value} of {exc.day.isoformat()} (item {exc.id})"
        yield where, exc.text
        yield f"the justification of {where}", exc.justification


def _coach_texts(coach: CoachProfile) -> Iterator[tuple[str, str]]:
    yield "the coach profile's name", coach.name
    yield "the coach profile's credentials", coach.credentials
    yield "the coach profile's letterhead", coach.letterhead


def _refuse_unprintable(pairs: Iterator[tuple[str, str]]) -> None:
    for where, text in pairs:
        code = first_unprintable(text)
        if code is not None:
            raise UnprintableText(where, code)


def check_printable(ds: DisclosureSet) -> None:
    """Raise :class:`UnprintableText` if a text of the report holds a character no bundled
    font can print (the report is refused rather than printed with empty boxes)."""
    register_fonts()
    _refuse_unprintable(_texts_of(ds))


def unprintable_reason(ds: DisclosureSet) -> str | None:
    """Why a report of ``ds`` would be refused for an unprintable character, or None (the
    disclosure board says it before the coach asks for the report)."""
    try:
        check_printable(ds)
    except UnprintableText as exc:
        return str(exc)
    return None


def check_team_printable(team: TeamDisclosure) -> None:
    """:func:`check_printable` for a team report (every agent's texts, the letterhead)."""
    register_fonts()
    h = team.header
    _refuse_unprintable(_coach_texts(h.coach))
    _refuse_unprintable(iter([(f"the name of person {h.recipient_id}", h.recipient_name)]))
    for ds in team.agents:
        _refuse_unprintable(_texts_of(ds))


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


def render_report(ds: DisclosureSet) -> bytes:
    """The report PDF for one disclosure set. Same set, same bytes, on any day.

    Raises :class:`UnprintableText` (naming the item) if a text holds a character no
    bundled font can print."""
    check_printable(ds)
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
    _build(doc, story(ds, texts, styles, doc.width), canvas)
    return buffer.getvalue()


def render_team_report(team: TeamDisclosure) -> bytes:
    """The team report PDF (spec §5): each agent's section is exactly the disclosure set a
    single report to this recipient would hold; agents with nothing permitted are absent.
    Same disclosure, same bytes."""
    check_team_printable(team)
    h = team.header
    texts = Texts(h.language)
    styles = _styles()
    buffer = io.BytesIO()
    doc = _document(buffer, texts, "team_title", h.coach.name)
    width = doc.width
    out: list[Flowable] = []
    out += _letterhead_of(h.coach, styles, width)
    out.append(_t(texts("team_title"), styles["title"]))
    out.append(Spacer(1, 6))
    rows = [
        (texts("recipient"), h.recipient_name),
        (texts("period"), f"{texts.date(h.period.start)} – {texts.date(h.period.end)}"),
        (texts("report_date"), texts.date(h.report_date)),
        (texts("agents"), str(len(team.agents))),
    ]
    out += _key_values(rows, styles, width)
    out.append(
        _t(texts("team_confidential_line", recipient=h.recipient_name), styles["confidential"])
    )
    out.append(_Rule(width))
    if not team.agents:
        out.append(_t(texts("no_agents"), styles["small"]))
    else:
        out += _kpi_overview(team, texts, styles, width)
        out += _team_trends(team, texts, styles, width)
    for ds in team.agents:
        a = ds.header
        head: list[Flowable] = [_t(f"{a.coachee_name} · {a.engagement_title}", styles["h1"])]
        if a.agreement_version is not None and a.agreement_date is not None:
            agreement = texts(
                "agreement_value", version=a.agreement_version, date=texts.date(a.agreement_date)
            )
            head.append(_t(f"{texts('agreement')}: {agreement}", styles["small"]))
        if ds.attendance is not None:
            held = [s for s in ds.attendance if s.status is SessionStatus.HELD]
            head.append(
                _t(
                    texts.counts(
                        sum(s.kind is SessionKind.COACHING for s in held),
                        sum(s.kind is SessionKind.TRAINING for s in held),
                    ),
                    styles["small"],
                )
            )
        out += _keep(head, sections(ds, texts, styles, width))
    canvas = _canvas_class(
        texts, day=h.report_date, author=h.coach.name, recipient=h.recipient_name,
        title_key="team_title",
    )  # fmt: skip
    _build(doc, out, canvas)
    return buffer.getvalue()


def _kpi_overview(
    team: TeamDisclosure, texts: Texts, styles: Styles, width: float
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
    out: list[Flowable] = []
    for (name, unit), values in sorted(latest.items()):
        label = f"{name} ({unit})" if unit else name
        out += _keep([_t(label, styles["h3"])], [_bars(values, width, texts)])
    return _keep([_t(texts("kpi_overview"), styles["h2"])], out)


def _signed(value: float, texts: Texts) -> str:
    """A change with its sign: +12.5, −3 (a true minus sign), 0."""
    text = texts.number(abs(value))
    if text == "0":
        return text
    return ("+" if value > 0 else "\u2212") + text


def _team_trends(
    team: TeamDisclosure, texts: Texts, styles: Styles, width: float
) -> list[Flowable]:
    """Per KPI, the team's average per period (each date measurements were taken) and its
    change since the previous period, from the measurements this report discloses only
    (``policy.team.team_trends``)."""
    trends = sorted((t for t in team_trends(team) if t.periods), key=lambda t: (t.name, t.unit))
    if not trends:
        return []
    header = [texts("date"), texts("team_average"), texts("change"), texts("agents_measured")]
    widths = [width * 0.28, width * 0.26, width * 0.26, width * 0.2]
    body: list[Flowable] = []
    for trend in trends:
        label = f"{trend.name} ({trend.unit})" if trend.unit else trend.name
        better = texts("better_lower" if trend.better is Better.LOWER else "better_higher")
        rows: list[list[str | Flowable]] = []
        previous: float | None = None
        for day, average, count in trend.periods:
            change = "–" if previous is None else _signed(average - previous, texts)
            rows.append([texts.short_date(day), texts.number(average), change, str(count)])
            previous = average
        head = [_t(label, styles["h3"]), _t(better, styles["small"])]
        body += _keep(head, _table(header, rows, widths, styles))
    intro = _t(texts("team_trends_intro"), styles["small"])
    return _keep([_t(texts("team_trends"), styles["h2"]), intro], body)


class _LabelledDrawing(Flowable):
    """A chart with labels drawn by the text engine (any script), not by the chart."""

    def __init__(self, drawing: Drawing, labels: Sequence[tuple[float, float, str, float]]):
        super().__init__()
        self.drawing = drawing
        self.labels = list(labels)  # (centre x, baseline y, text, room)
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        self.canv.setFillColor(INK)
        for x, y, text, room in self.labels:
            first = layout(text.replace("\n", " "), Style(7, 8.5), room)[0]
            draw_line(self.canv, first, x - first.width / 2, y, 7)


def _bars(values: list[tuple[str, float]], width: float, texts: Texts) -> Flowable:
    height = 110.0
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 28
    chart.width, chart.height = width - 60, height - 40
    chart.data = [[v for _, v in values]]
    chart.categoryAxis.categoryNames = ["" for _ in values]
    chart.categoryAxis.visibleLabels = 0  # the names are drawn by the text engine
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
    slot = chart.width / max(len(values), 1)
    labels = [
        (chart.x + (i + 0.5) * slot, chart.y - 12, name, slot - 4)
        for i, (name, _) in enumerate(values)
    ]
    return _LabelledDrawing(drawing, labels)


def _key_values(rows: list[tuple[str, str]], styles: Styles, width: float) -> list[Flowable]:
    widths = [width * 0.25, width * 0.75]
    return [
        Columns([_t(k, styles["cell_bold"]), _t(v, styles["cell"])], widths, padding=1)
        for k, v in rows
    ]


def story(ds: DisclosureSet, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of one report: the header, then only the permitted sections."""
    out: list[Flowable] = []
    out += _letterhead_of(ds.header.coach, styles, width)
    out += _header(ds, texts, styles, width)
    return out + sections(ds, texts, styles, width)


def sections(ds: DisclosureSet, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    """Only the permitted sections of one disclosure set, in the order of §5."""
    out: list[Flowable] = []
    if ds.attendance is not None:
        out += _attendance(ds.attendance, texts, styles, width)
    if ds.goals is not None:
        heading = _t(texts("goals"), styles["h2"])
        if ds.goals:
            rows = _table(
                [texts("goal"), texts("status")],
                [[g.title, texts.enum(g.status)] for g in ds.goals],
                [width * 0.75, width * 0.25],
                styles,
            )
            out += _keep([heading], rows)
        else:
            out += _keep([heading], [_t(texts("no_goals"), styles["small"])])
    if ds.progress is not None:
        heading = _t(texts("progress"), styles["h2"])
        body: list[Flowable] = []
        for fact in ds.progress:
            body += _progress(fact, texts, styles, width)
        out += _keep([heading], body or [_t(texts("no_progress"), styles["small"])])
    if ds.plan is not None:
        out += _plan(ds.plan, texts, styles, width)
    if ds.summaries is not None:
        out += _items(texts("summaries"), ds.summaries, texts, styles, show_kind=False)
    if ds.notes is not None:
        out += _items(texts("notes"), ds.notes, texts, styles, show_kind=True)
    if ds.exceptions:
        out += _exceptions(ds.exceptions, texts, styles)
    return out


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


def _header(ds: DisclosureSet, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    h = ds.header
    out: list[Flowable] = [
        _t(texts("title"), styles["title"]),
        _t(h.engagement_title, styles["subtitle"]),
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
    out += _key_values(rows, styles, width)
    out.append(_t(texts("confidential_line", recipient=h.recipient_name), styles["confidential"]))
    out.append(_Rule(width))
    return out


def _attendance(
    sessions: Sequence[SessionFact], texts: Texts, styles: Styles, width: float
) -> list[Flowable]:
    heading = _t(texts("attendance"), styles["h2"])
    if not sessions:
        return _keep([heading], [_t(texts("no_sessions"), styles["small"])])
    coaching = [s for s in sessions if s.kind is SessionKind.COACHING]
    training = [s for s in sessions if s.kind is SessionKind.TRAINING]
    other = [s for s in sessions if s.kind not in (SessionKind.COACHING, SessionKind.TRAINING)]
    widths = [width * 0.3, width * 0.3, width * 0.2, width * 0.2]
    # A training session's row also says what was taught (its topic).
    with_topic = [width * 0.22, width * 0.16, width * 0.16, width * 0.12, width * 0.34]
    body: list[Flowable] = []
    for key, group in (
        ("coaching_sessions", coaching),
        ("training_sessions", training),
        ("other_sessions", other),
    ):
        if not group:
            continue
        topics = key == "training_sessions"
        rows = [
            [
                texts.short_date(s.start.date()) + f"  {s.start:%H:%M}",
                texts.enum(s.kind),
                texts.enum(s.status),
                texts("minutes", n=s.duration_min),
                *([s.topic or "–"] if topics else []),
            ]
            for s in group
        ]
        header = [texts("date"), texts("kind"), texts("status"), texts("duration")]
        if topics:
            header.append(texts("topic"))
        table = _table(header, rows, with_topic if topics else widths, styles)
        body += _keep([_t(texts(key), styles["h3"])], table)
    return _keep([heading], body)


def _progress(fact: ProgressFact, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    title = fact.title or texts("goal_n", n=fact.number)
    body: list[Flowable] = []
    if fact.ratings:
        body += _keep(
            [_t(texts("ratings"), styles["small"])],
            [_chart([[(d, float(v)) for d, v in fact.ratings]], width, texts, y_range=(0, 10))],
        )
    for kpi in fact.kpis:
        body += _kpi(kpi, texts, styles, width)
    return _keep([_t(title, styles["h3"])], body)


def _kpi(kpi: KpiFact, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    unit = f" ({kpi.unit})" if kpi.unit else ""
    better = texts("better_lower" if kpi.better is Better.LOWER else "better_higher")

    def num(v: float | None) -> str:
        return "–" if v is None else texts.number(v)

    latest = kpi.measurements[-1][1] if kpi.measurements else None
    # Since the previous measurement in the period ("–" with fewer than two).
    change = (
        _signed(kpi.measurements[-1][1] - kpi.measurements[-2][1], texts)
        if len(kpi.measurements) > 1
        else "–"
    )
    widths = [width * 0.4, width * 0.15, width * 0.15, width * 0.15, width * 0.15]
    name = _Stack([_t(f"{kpi.name}{unit}", styles["cell"]), _t(better, styles["cell_small"])])
    header = [texts("kpi"), texts("baseline"), texts("target"), texts("latest"), texts("change")]
    rows: list[list[str | Flowable]] = [
        [name, num(kpi.baseline), num(kpi.target), num(latest), change]
    ]
    out = _table(header, rows, widths, styles)
    if kpi.measurements:
        refs = [v for v in (kpi.baseline, kpi.target) if v is not None]
        out.append(_chart([list(kpi.measurements)], width, texts, references=refs))
    return _keep(out[:1], out[1:])


def _plan(
    actions: Sequence[PlanFact], texts: Texts, styles: Styles, width: float
) -> list[Flowable]:
    """The shared actions: text, owner, due date, status, and the goal or KPI served."""
    heading = _t(texts("plan"), styles["h2"])
    if not actions:
        return _keep([heading], [_t(texts("no_plan"), styles["small"])])
    rows: list[list[str | Flowable]] = []
    for a in actions:
        what: str | Flowable = a.text
        if a.serves:
            what = _Stack(
                [
                    _t(a.text, styles["cell"]),
                    _t(f"{texts('serves')}: {a.serves}", styles["cell_small"]),
                ]
            )
        due = texts.short_date(a.due) if a.due else "–"
        rows.append([what, a.owner_name or "–", due, texts(f"action_{a.status.value}")])
    header = [texts("action"), texts("owner"), texts("due"), texts("status")]
    widths = [width * 0.5, width * 0.2, width * 0.15, width * 0.15]
    return _keep([heading], _table(header, rows, widths, styles))


def _items(
    heading: str, items: Sequence[ItemFact], texts: Texts, styles: Styles, *, show_kind: bool
) -> list[Flowable]:
    head = _t(heading, styles["h2"])
    if not items:
        return _keep([head], [_t(texts("no_items"), styles["small"])])
    body: list[Flowable] = []
    for item in items:
        label = texts.date(item.day)
        if show_kind:
            label += f" · {texts.enum(item.kind)}"
        after: list[Flowable] = [
            _t(texts("agreed_on", date=texts.date(item.agreed_on)), styles["small"])
            if item.agreed_on
            else Spacer(1, 2),
            Spacer(1, 5),
        ]
        body += [*_keep([_t(label, styles["meta"])], [_t(item.text, styles["body"])]), *after]
    return _keep([head], body)


def _exceptions(facts: Sequence[ExceptionFact], texts: Texts, styles: Styles) -> list[Flowable]:
    head = [_t(texts("exceptions"), styles["h2x"]), _t(texts("exceptions_intro"), styles["small"])]
    body: list[Flowable] = [Spacer(1, 4)]
    for fact in facts:
        label = _t(f"{texts.date(fact.day)} · {texts.enum(fact.kind)}", styles["meta"])
        body += _keep([label], [_t(fact.text, styles["body"])])
        body.append(_t(f"{texts('justification')}: {fact.justification}", styles["small"]))
        body.append(Spacer(1, 6))
    return _keep(head, body)


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


def _chart(
    series: list[list[tuple[dt.date, float]]],
    width: float,
    texts: Texts,
    *,
    y_range: tuple[float, float] | None = None,
    references: Sequence[float] = (),
) -> Drawing:
    """A small line chart of dated values, with dashed reference lines (baseline, target).
    Its labels are dates and numbers only, in the report's fixed Latin face."""
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
