"""The coaching log as a PDF (spec §5): letterhead, period, one row per engagement, totals.

Same page, fonts and text engine as a report (:mod:`coachdesk.export.pdf`,
:mod:`coachdesk.export.text`), so every script prints right and a character no bundled font
has is refused naming the row. Deterministic: the same log gives the same bytes (the PDF's
date is the period's last day).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from coachdesk.domain import Billing, Language, SessionFormat
from coachdesk.export import pdf
from coachdesk.export.coaching_log_csv import format_word, hours, word
from coachdesk.export.flow import Columns
from coachdesk.export.i18n import Texts
from coachdesk.export.text import Style
from coachdesk.policy.coaching_log import CoachingLog

_LOG_TEXTS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "log_title": "Coaching log",
        "log_period": "Period",
        "log_from_start": "up to {to}",
        "log_range": "{start} – {end}",
        "log_intro": (
            "Hours of held sessions. Coaching hours are coaching sessions and check-ins; "
            "three-way meetings and training are listed apart. Cancelled and no-show "
            "sessions are not counted."
        ),
        "log_footer": "Coaching log · confidential",
        "col_coachee": "Coachee",
        "col_contact": "Contact",
        "col_dates": "First\nlast session",
        "col_coaching": "Coaching\nhours",
        "col_three_way": "Three-way\nhours",
        "col_training": "Training\nhours",
        "col_terms": "Billing\nformat",
        "log_empty": "No held session in this period.",
        "log_totals": "Totals",
        "tot_coaching": "Coaching hours",
        "tot_three_way": "Three-way meeting hours",
        "tot_training": "Training hours",
        "tot_billing": "Coaching hours, {billing}",
        "tot_format": "Coaching hours, {format}",
        "log_engagements": "Engagements",
    },
    Language.IT: {
        "log_title": "Registro delle ore di coaching",
        "log_period": "Periodo",
        "log_from_start": "fino al {to}",
        "log_range": "{start} – {end}",
        "log_intro": (
            "Ore delle sessioni svolte. Le ore di coaching comprendono le sessioni di coaching "
            "e i check-in; gli incontri a tre e la formazione sono indicati a parte. Le "
            "sessioni annullate e quelle a cui il coachee non si è presentato non sono "
            "conteggiate."
        ),
        "log_footer": "Registro delle ore di coaching · riservato",
        "col_coachee": "Coachee",
        "col_contact": "Contatto",
        "col_dates": "Prima e\nultima sessione",
        "col_coaching": "Ore di\ncoaching",
        "col_three_way": "Ore di\nincontri\na tre",
        "col_training": "Ore di\nformazione",
        "col_terms": "Compenso\nformato",
        "log_empty": "Nessuna sessione svolta in questo periodo.",
        "log_totals": "Totali",
        "tot_coaching": "Ore di coaching",
        "tot_three_way": "Ore di incontri a tre",
        "tot_training": "Ore di formazione",
        "tot_billing": "Ore di coaching, {billing}",
        "tot_format": "Ore di coaching, {format}",
        "log_engagements": "Percorsi",
    },
}


class _LogTexts(Texts):
    """The report's table (dates, numbers, page numbers) plus the log's own words."""

    def __call__(self, key: str, **values: object) -> str:
        if key == "title":
            key = "log_title"
        elif key == "footer":
            key = "log_footer"
        table = _LOG_TEXTS[self.language]
        if key in table:
            return table[key].format(**values)
        return super().__call__(key, **values)


def _texts_of(log: CoachingLog) -> Iterator[tuple[str, str]]:
    yield from pdf._coach_texts(log.coach)
    for r in log.rows:
        where = f"the coaching log row of engagement {r.engagement_id}"
        yield where, r.coachee
        yield where, r.organisation
        yield where, r.contact


def render_coaching_log(log: CoachingLog) -> bytes:
    """The log's PDF. Raises :class:`coachdesk.errors.UnprintableText` naming the engagement
    whose row holds a character no bundled font can print."""
    pdf.register_fonts()
    pdf._refuse_unprintable(_texts_of(log))
    texts = _LogTexts(log.language)
    styles = pdf._styles()
    buffer = io.BytesIO()
    doc = pdf._document(buffer, texts, "log_title", log.coach.name)
    canvas = pdf._canvas_class(texts, day=log.period_to, author=log.coach.name, recipient="")
    pdf._build(doc, _story(log, texts, styles, doc.width), canvas)
    return buffer.getvalue()


def _story(log: CoachingLog, texts: _LogTexts, styles: pdf.Styles, width: float) -> list[Flowable]:
    lang = log.language
    end = texts.date(log.period_to)
    period = (
        texts("log_range", start=texts.date(log.period_from), end=end)
        if log.period_from
        else texts("log_from_start", to=end)
    )
    story: list[Flowable] = [*pdf._letterhead_of(log.coach, styles, width)]
    story.append(pdf._t(texts("log_title"), styles["title"]))
    story.append(pdf._t(f"{texts('log_period')}: {period}", styles["subtitle"]))
    story.append(pdf._t(texts("log_intro"), styles["confidential"]))
    story.append(Spacer(1, 8))
    if not log.rows:
        story.append(pdf._t(texts("log_empty"), styles["body"]))
    else:
        header = [
            texts("col_coachee"),
            texts("col_contact"),
            texts("col_dates"),
            texts("col_coaching"),
            texts("col_three_way"),
            texts("col_training"),
            texts("col_terms"),
        ]
        ratios = [32, 38, 20, 19, 19, 19, 23]
        widths = [width * r / sum(ratios) for r in ratios]
        rows: list[list[str | Flowable]] = []
        for r in log.rows:
            who = f"{r.coachee}\n{r.organisation}" if r.organisation else r.coachee
            terms = word(lang, r.billing.value)
            fmt = format_word(lang, r.formats)
            rows.append(
                [
                    who,
                    r.contact,
                    f"{r.first.isoformat()}\n{r.last.isoformat()}",
                    hours(r.coaching_min, lang),
                    hours(r.three_way_min, lang),
                    hours(r.training_min, lang),
                    f"{terms}\n{fmt}" if fmt else terms,
                ]
            )
        small = {
            **styles,
            "cell": Style(8, 10.5, color=pdf.INK),
            "cell_head": Style(7.5, 10, bold=True, color=pdf.MUTED),
        }
        story += pdf._table(header, rows, widths, small)
    story += _totals(log, texts, styles, width)
    return story


def _totals(log: CoachingLog, texts: _LogTexts, styles: pdf.Styles, width: float) -> list[Flowable]:
    lang = log.language
    t = log.totals
    pairs = [
        (texts("log_engagements"), str(len(log.rows))),
        (texts("tot_coaching"), hours(t.coaching_min, lang)),
        *(
            (texts("tot_billing", billing=word(lang, b.value)), hours(t.by_billing.get(b, 0), lang))
            for b in Billing
        ),
        *(
            (texts("tot_format", format=word(lang, f.value)), hours(t.by_format.get(f, 0), lang))
            for f in SessionFormat
        ),
        (texts("tot_three_way"), hours(t.three_way_min, lang)),
        (texts("tot_training"), hours(t.training_min, lang)),
    ]
    head = [pdf._t(texts("log_totals"), styles["h2"])]
    widths = [width - 40 * mm, 40 * mm]
    body: list[Flowable] = [
        Columns([pdf._t(k, styles["cell"]), pdf._t(v, styles["cell_bold"])], widths, rule=pdf.RULE)
        for k, v in pairs
    ]
    return pdf._keep(head, body)
