"""The single report (spec §5). It receives a :class:`DisclosureSet` and nothing else.

There is no parameter through which a vault, an engagement or a note could arrive: what is
not in the disclosure set cannot be printed. Same set, same bytes (see
:mod:`coachdesk.export.pdf` for the deterministic page and the text engine).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from reportlab.platypus import Flowable, Spacer

from coachdesk.domain import Better, SessionKind
from coachdesk.errors import UnprintableText
from coachdesk.export.charts import line_chart
from coachdesk.export.i18n import Texts
from coachdesk.export.pdf import (
    Styles,
    _build,
    _canvas_class,
    _coach_texts,
    _document,
    _keep,
    _key_values,
    _letterhead_of,
    _refuse_unprintable,
    _Rule,
    _signed,
    _Stack,
    _styles,
    _t,
    _table,
    register_fonts,
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


def report_texts(ds: DisclosureSet) -> Iterator[tuple[str, str]]:
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


def check_printable(ds: DisclosureSet) -> None:
    """Raise :class:`UnprintableText` if a text of the report holds a character no bundled
    font can print (the report is refused rather than printed with empty boxes)."""
    register_fonts()
    _refuse_unprintable(report_texts(ds))


def unprintable_reason(ds: DisclosureSet) -> str | None:
    """Why a report of ``ds`` would be refused for an unprintable character, or None (the
    disclosure board says it before the coach asks for the report)."""
    try:
        check_printable(ds)
    except UnprintableText as exc:
        return str(exc)
    return None


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
            [line_chart([[(d, float(v)) for d, v in fact.ratings]], width, texts, y_range=(0, 10))],
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
        out.append(line_chart([list(kpi.measurements)], width, texts, references=refs))
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
