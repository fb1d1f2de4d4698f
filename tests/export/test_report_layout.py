"""Pages that flow (spec §5): a heading never ends a page, long texts split across pages
without a blank page before them and without a layout failure; the letterhead."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil

import pytest
from pypdf import PdfReader
from scripts_data import DAY, NAMES, agreed, coach, disclosure, engagement, pdftotext, png

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    ItemKind,
    Language,
    NoteItem,
    Role,
    Stakeholder,
)
from coachdesk.export import render_report, render_team_report
from coachdesk.policy import Period, disclose_team
from coachdesk.policy.team import TeamDisclosure

# Text order is read back with poppler's pdftotext: without it these tests fail (never skip).
assert shutil.which("pdftotext"), "the report tests need pdftotext: install poppler-utils"

_HEADINGS = {
    "Attendance",
    "Coaching sessions",
    "Goals",
    "Progress",
    "Session summaries",
    "Notes",
    "KPI overview: latest value per agent",
}
_LABEL = re.compile(r"1 March 2026( · [A-Z][a-z]+)?")  # an item's date line (all are that day)
_FOOTER = re.compile(r"(Confidential · for .* only|Page \d+ of \d+)")


def _pages(pdf: bytes) -> list[list[str]]:
    """Each page's lines as poppler reads them, footer left out."""
    pages = pdftotext(pdf).split("\f")[:-1]
    return [
        [ln.strip() for ln in page.splitlines() if ln.strip() and not _FOOTER.fullmatch(ln.strip())]
        for page in pages
    ]


def _lonely_headings(pdf: bytes, extra: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Headings or item labels that are the last line of a page (their content elsewhere)."""
    out = []
    pages = _pages(pdf)
    for n, lines in enumerate(pages[:-1], start=1):
        last = lines[-1]
        if last in _HEADINGS or last in extra or _LABEL.fullmatch(last):
            out.append(f"page {n}: {last}")
    return out


def _with_notes(letterhead_lines: int) -> Engagement:
    notes = tuple(
        NoteItem(
            f"n{i}",
            ItemKind.OBSERVATION,
            f"Observation {i} " * 12,
            {"s": agreed(f"Observation {i} " * 12)},
        )
        for i in range(3)
    )
    summaries = {f"s{i}": f"Summary number {i}. " * 10 for i in range(4)}
    return engagement(summaries, first_session_items=notes)


def _letterhead(n: int) -> CoachProfile:
    return dataclasses.replace(coach(), letterhead="\n".join(f"Line {i}" for i in range(n)))


@pytest.fixture(scope="module")
def single_sweep() -> list[bytes]:
    """The same report with 0…57 letterhead lines: every section starts once at each
    height of a page, so each heading meets the foot of a page somewhere."""
    e = _with_notes(0)
    base = disclosure(e)
    out = []
    for n in range(0, 58):
        header = dataclasses.replace(base.header, coach=_letterhead(n))
        out.append(render_report(dataclasses.replace(base, header=header)))
    return out


def test_a_heading_or_an_item_label_never_ends_a_page(single_sweep: list[bytes]) -> None:
    lonely = [
        f"{n} lines: {h}" for n, pdf in enumerate(single_sweep) for h in _lonely_headings(pdf)
    ]
    assert lonely == []
    # The sweep really moved headings across the foot of a page.
    assert any(len(_pages(pdf)) > len(_pages(single_sweep[0])) for pdf in single_sweep)


def team_of(e: Engagement, agent: str = "c", title: str | None = None) -> Engagement:
    return dataclasses.replace(
        e,
        id=f"e-{agent}",
        coachee_id=agent,
        title=title or e.title,
        stakeholders=(Stakeholder("s", Role.CS_MANAGER),),
        agreements=(Agreement(1, e.start, {Role.CS_MANAGER: frozenset(Category)}),),
    )


def _team(engagements: list[Engagement], profile: CoachProfile) -> TeamDisclosure:
    names = {**NAMES, "c2": "Second Agent"}
    return disclose_team(
        engagements, "s", Period(engagements[0].start, DAY), DAY,
        coach=profile, names=names, language=Language.EN,
    )  # fmt: skip


def test_a_team_report_keeps_each_agent_s_heading_with_its_content() -> None:
    agents = [team_of(_with_notes(0), "c", "First"), team_of(_with_notes(0), "c2", "Second")]
    headings = {"Łukasz Wiśniewski · First", "Second Agent · Second"}
    lonely = []
    for n in range(0, 58, 2):
        pdf = render_team_report(_team(agents, _letterhead(n)))
        lonely += [f"{n} lines: {h}" for h in _lonely_headings(pdf, headings)]
        text = pdftotext(pdf)
        assert all(h in text for h in headings)
    assert lonely == []


def test_a_5000_character_goal_title_renders_whole() -> None:
    title = " ".join(f"goal{i:04d}" for i in range(556))  # 5 003 characters
    assert len(title) >= 5000
    ds = disclosure(engagement({"s": "short"}, goal_title=title))
    pdf = render_report(ds)
    text = pdftotext(pdf)
    # No page holds only a heading: "Progress" flows with the start of the long title.
    assert all(len(lines) >= 20 for lines in _pages(pdf)[:-1]), [len(p) for p in _pages(pdf)]
    flat = " ".join(text.split())
    # In the goals table and as the heading of its progress: every word, twice.
    assert all(flat.count(f"goal{i:04d}") == 2 for i in range(556))
    team = _team([team_of(engagement({"s": "short"}, goal_title=title))], coach())
    assert "goal0555" in pdftotext(render_team_report(team))


@pytest.fixture(scope="module")
def long_note() -> tuple[str, bytes]:
    note = " ".join(f"w{i:05d}" for i in range(14_286))[:99_998] + " w"
    return note, render_report(disclosure(engagement({"long": note})))


def test_a_100000_character_note_renders_whole(long_note: tuple[str, bytes]) -> None:
    note, pdf = long_note
    assert len(note) == 100_000
    flat = pdftotext(pdf).split()
    words = note.split()
    assert [w for w in flat if re.fullmatch(r"w\d*", w)][-len(words) :] == words


def test_a_long_note_starts_under_its_heading_with_no_blank_page_before(
    long_note: tuple[str, bytes],
) -> None:
    _, pdf = long_note
    pages = _pages(pdf)
    start = next(n for n, lines in enumerate(pages) if "Session summaries" in lines)
    assert "w00000" in " ".join(pages[start])  # the note begins on its heading's page
    # Every page but the last is full of text: no mostly blank page anywhere.
    assert all(len(lines) >= 25 for lines in pages[:-1]), [len(p) for p in pages]


def test_the_letterhead_carries_the_coach_profile_and_its_logo() -> None:
    logo = png(300, 100)
    pdf = render_report(disclosure(engagement({"s": "short"}), logo=logo))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.author == "Laura Bianchi"
    assert reader.metadata.producer == "CoachDesk" and reader.metadata.creator == "CoachDesk"
    first = reader.pages[0]
    images = [x.get_object() for x in first["/Resources"]["/XObject"].values()]
    assert [(i["/Width"], i["/Height"]) for i in images] == [(300, 100)]
    lines = _pages(pdf)[0]
    assert lines[:2] == ["Laura Bianchi, PCC", "Bianchi Coaching · Via Roma 1, Milano"]
    # Scaled to a sensible height: 16 mm, drawn with its proportions (a 3:1 logo, 48 mm).
    content = first.get_contents().get_data().decode("latin-1")
    sizes = re.findall(r"([\d.]+) 0 0 ([\d.]+) 0 0 cm\s*/[\w.]+ Do", content)
    assert sizes and all(
        abs(float(h) - 45.354) < 0.1 and abs(float(w) - 136.06) < 0.2 for w, h in sizes
    )


def test_a_team_report_has_the_letterhead_and_the_coach_as_author() -> None:
    e = team_of(engagement({"s": "short"}))
    profile = dataclasses.replace(coach(), logo=png(120, 120))
    pdf = render_team_report(_team([e], profile))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.author == "Laura Bianchi"
    assert "/XObject" in reader.pages[0]["/Resources"]
    assert _pages(pdf)[0][0] == "Laura Bianchi, PCC"


def test_a_logo_that_is_not_an_image_is_refused_in_words() -> None:
    from coachdesk.errors import InvalidInput

    with pytest.raises(InvalidInput, match="logo is not a readable PNG or JPEG"):
        render_report(disclosure(engagement({"s": "short"}), logo=b"not an image"))


def test_team_counts_use_singular_and_plural_in_english_and_italian() -> None:
    from coachdesk.export.i18n import Texts

    en, it = Texts(Language.EN), Texts(Language.IT)
    assert en.counts(1, 0) == "Held: 1 coaching session, 0 training sessions"
    assert en.counts(2, 1) == "Held: 2 coaching sessions, 1 training session"
    assert it.counts(1, 3) == "Svolte: 1 sessione di coaching, 3 sessioni di formazione"
    assert it.counts(0, 1) == "Svolte: 0 sessioni di coaching, 1 sessione di formazione"
    e = team_of(engagement({"s": "short"}))
    assert "Held: 1 coaching session, 0 training sessions" in pdftotext(
        render_team_report(_team([e], coach()))
    )
