"""An oracle for what a report may show, written from the words of spec §4 and independent of
``coachdesk.policy``: the leak tests build their expectation here from the generated data and
compare it with the text of the real PDF. Words of the report's vocabulary (labels, enum
names) come from ``export.i18n``; dates and numbers are formatted here, by hand."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

from coachdesk.domain import (
    Action,
    ActionStatus,
    Category,
    Engagement,
    Goal,
    ItemKind,
    Language,
    NoteItem,
    Role,
    Session,
    SessionKind,
    SharingState,
    SharingStateKind,
    text_sha256,
)

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_IT = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]


def long_date(day: dt.date, language: Language) -> str:
    months = _MONTHS_IT if language is Language.IT else _MONTHS_EN
    first = "1º" if language is Language.IT and day.day == 1 else str(day.day)  # issue 21
    return f"{first} {months[day.month - 1]} {day.year}"


def short_date(day: dt.date, language: Language) -> str:
    if language is Language.IT:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day:02d} {_MONTHS_EN[day.month - 1][:3]} {day.year}"


def number(value: float, language: Language) -> str:
    """For the values the generators make: two decimals, the last one not zero."""
    text = f"{value:,.2f}"
    if language is Language.IT:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def any_number(value: float, language: Language) -> str:
    """Any value as a report prints it: up to two decimals, trailing zeros dropped."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language is Language.IT:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def signed(delta: float, language: Language) -> str:
    """A change as a report prints it: + or a true minus sign, then the amount."""
    text = any_number(abs(delta), language)
    return text if text == "0" else ("+" if delta > 0 else "\u2212") + text


def change_since_previous(measured: list[tuple[dt.date, float]], language: Language) -> str:
    """The latest value's change since the measurement before it (in date order), "–" with
    fewer than two."""
    if len(measured) < 2:
        return "–"
    return signed(measured[-1][1] - measured[-2][1], language)


# The footer every page ends with (test_report_topics_trends.py checks that it does).
_FOOTER = re.compile(
    r"(Page|Pagina) \d+ (of|di) \d+|Confidential · for .* only"
    r"|Documento riservato · destinato esclusivamente a .*"
)


def pdf_lines(pdf: bytes) -> list[str]:
    """Every line of text of every page, stripped, the page footers left out: a row or a
    note that goes on over a page break reads on as one."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    lines = [line.strip() for page in pages for line in page.extract_text().splitlines()]
    return [line for line in lines if not _FOOTER.fullmatch(line)]


def shows_date(text: str, shown: str) -> bool:
    return re.search(rf"(?<![\d/]){re.escape(shown)}(?!\d)", text) is not None


def shows_number(text: str, shown: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(shown)}(?![\d])", text) is not None


def row_at(lines: list[str], first: str, rest: list[str]) -> bool:
    """Some line equals ``first`` and the lines after it are ``rest``."""
    return any(
        line == first and lines[i + 1 : i + 1 + len(rest)] == rest for i, line in enumerate(lines)
    )


def role_of(e: Engagement, person: str) -> Role:
    if person == e.coachee_id:
        return Role.COACHEE
    return next(s.role for s in e.stakeholders if s.person_id == person)


def topic_cells(s: Session) -> list[str]:
    """The topic a session's attendance row shows after its duration: a training session's
    topic ("–" without one); no cell for any other kind, whose topic is never shown."""
    if s.kind is SessionKind.TRAINING:
        return [s.topic or "–"]
    return []


@dataclass(frozen=True)
class Shown:
    """What §4 lets through for one recipient of one engagement on one day."""

    permitted: frozenset[Category]
    agreement: tuple[int, dt.date] | None
    sessions: tuple[Session, ...]  # attendance, in date order (training: with the topic)
    summaries: tuple[tuple[Session, NoteItem, SharingState], ...]
    notes: tuple[tuple[Session, NoteItem, SharingState], ...]
    exceptions: tuple[tuple[Session, NoteItem, SharingState], ...]
    goals: tuple[Goal, ...]  # titles and status (category goals)
    # Progress: (goal, heading number, ratings in P, {kpi id: measurements in P}).
    progress: tuple[
        tuple[Goal, int, tuple[tuple[dt.date, int], ...], dict[str, list[tuple[dt.date, float]]]],
        ...,
    ]
    # The plan: each shared action, and the goal title or KPI name it names (or "").
    plan: tuple[tuple[Action, str], ...] = ()

    def any_section(self) -> bool:
        return bool(self.permitted) or bool(self.exceptions)


def shown(e: Engagement, recipient: str, start: dt.date, end: dt.date, day: dt.date) -> Shown:
    """§4 restated: the agreement agreed last on or before ``day`` decides the categories; a
    note item needs a consent (or an exception) to its very text recorded by ``day``; every
    dated fact must lie in [start, end]."""
    role = role_of(e, recipient)
    in_force = [a for a in e.agreements if a.agreed_on <= day]
    agreement = max(in_force, key=lambda a: (a.agreed_on, a.version)) if in_force else None
    permitted = frozenset(agreement.permits.get(role, frozenset())) if agreement else frozenset()

    def in_p(d: dt.date) -> bool:
        return start <= d <= end

    def counts(item: NoteItem, state: SharingState) -> bool:
        recorded_by_then = state.on is None or state.on <= day
        return recorded_by_then and state.text_sha256 == text_sha256(item.text)

    sessions = sorted(
        (s for s in e.sessions if in_p(s.start.date())), key=lambda s: (s.start, s.id)
    )
    summaries, notes, exceptions = [], [], []
    for s in sessions:
        for item in s.items:
            state = item.sharing.get(recipient)
            if item.kind is ItemKind.REFLECTION or state is None or not counts(item, state):
                continue
            if state.state is SharingStateKind.EXCEPTION:
                exceptions.append((s, item, state))
            elif state.state is SharingStateKind.AGREED:
                if item.kind is ItemKind.SUMMARY and Category.SUMMARIES in permitted:
                    summaries.append((s, item, state))
                elif item.kind is not ItemKind.SUMMARY and Category.NOTES in permitted:
                    notes.append((s, item, state))
    goals = [
        g
        for g in e.goals
        if recipient in g.share_with
        and (g.start or e.start) <= end
        and (g.end is None or g.end >= start)
    ]
    progress = []
    if Category.PROGRESS in permitted:
        for g in goals:
            ratings = tuple(sorted((r.date, r.value) for r in g.ratings if in_p(r.date)))
            if ratings or g.kpis:
                kpis = {
                    k.id: sorted((m.date, m.value) for m in k.measurements if in_p(m.date))
                    for k in g.kpis
                }
                progress.append((g, len(progress) + 1, ratings, kpis))
    plan = []
    if Category.PLAN in permitted:
        # "Open during P or due in P": an open action (the vault keeps no history of its
        # status) always; a done or dropped one when its due date lies in P.
        shown_titles = {g.id: g.title for g in goals} if Category.GOALS in permitted else {}
        shown_kpis = {k.id: k.name for g, *_ in progress for k in g.kpis}
        for a in e.actions:
            due_in_p = a.due is not None and in_p(a.due)
            if recipient in a.share_with and (a.status is ActionStatus.OPEN or due_in_p):
                serves = shown_kpis.get(a.kpi_id or "") or shown_titles.get(a.goal_id or "", "")
                plan.append((a, serves))
    return Shown(
        plan=tuple(plan),
        permitted=permitted,
        agreement=(agreement.version, agreement.agreed_on) if agreement else None,
        sessions=tuple(sessions) if Category.ATTENDANCE in permitted else (),
        summaries=tuple(summaries),
        notes=tuple(notes),
        exceptions=tuple(exceptions),
        goals=tuple(goals) if Category.GOALS in permitted else (),
        progress=tuple(progress),
    )
