"""The team report (spec §5): one PDF for a customer-service manager or team leader, each
agent's section exactly what a single report to them would hold (built by
:mod:`coachdesk.export.report_pdf`), a KPI overview and the team's trends."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, Spacer

from coachdesk.domain import Better, SessionKind, SessionStatus
from coachdesk.export.charts import bar_chart
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
    _styles,
    _t,
    _table,
    register_fonts,
)
from coachdesk.export.report_pdf import report_texts, sections
from coachdesk.policy.team import TeamDisclosure, team_trends


def check_team_printable(team: TeamDisclosure) -> None:
    """:func:`check_printable` for a team report (every agent's texts, the letterhead)."""
    register_fonts()
    h = team.header
    _refuse_unprintable(_coach_texts(h.coach))
    _refuse_unprintable(iter([(f"the name of person {h.recipient_id}", h.recipient_name)]))
    for ds in team.agents:
        _refuse_unprintable(report_texts(ds))


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
        out += _keep([_t(label, styles["h3"])], [bar_chart(values, width, texts)])
    return _keep([_t(texts("kpi_overview"), styles["h2"])], out)


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
