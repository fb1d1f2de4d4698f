"""Every script prints right (spec §5): logical order, joined Arabic, no empty boxes.

One report holding an agreed note in each script is rendered once for the module; poppler's
``pdftotext`` reads it back (as a recipient copying text would), and the content streams are
read code by code against each embedded font's own cmap to prove that no ``.notdef`` glyph
(the empty box) is drawn anywhere on any page.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from scripts_data import (
    DAY,
    NAMES,
    SCRIPTS,
    coach,
    disclosure,
    drawn_glyphs,
    engagement,
    pdftotext,
    png,
)

from coachdesk.domain import Agreement, Category, Engagement, Role, Stakeholder
from coachdesk.errors import UnprintableText
from coachdesk.export import render_report, render_team_report
from coachdesk.policy import Period, disclose_team
from coachdesk.policy.team import TeamDisclosure

# Text order is read back with poppler's pdftotext: without it these tests fail (never skip).
assert shutil.which("pdftotext"), "the report tests need pdftotext: install poppler-utils"

RTL = {"hebrew", "arabic"}
# Marks pdftotext puts around right-to-left runs (embeddings, isolates), not text.
_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _readable(text: str) -> str:
    """What a reader sees: presentation forms folded (NFKC: an Arabic letter's joined form
    is that letter), direction marks dropped."""
    return unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS)


@pytest.fixture(scope="module")
def report() -> bytes:
    return render_report(disclosure(engagement(), logo=png(240, 80)))


@pytest.fixture(scope="module")
def report_text(report: bytes) -> str:
    return _readable(pdftotext(report))


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_each_script_reads_in_logical_order(report_text: str, script: str) -> None:
    note = _readable(SCRIPTS[script])
    if script in RTL:
        # A right-to-left line is extracted run by run; each word must read in logical
        # order (the reversed word is what a renderer without bidi prints).
        for word in note.split():
            assert word in report_text, (script, word)
            if word != word[::-1]:
                reversed_word = rf"(?<!\w){re.escape(word[::-1])}(?!\w)"
                assert not re.search(reversed_word, report_text), (script, word)
    else:
        assert note in report_text, script


def test_arabic_letters_are_joined_not_isolated(report: bytes) -> None:
    raw = pdftotext(report)
    # Joined letters are drawn as their initial/medial/final forms (Arabic Presentation
    # Forms-B in the font's cmap); unjoined text would draw only the base letters.
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw)
    word = "المتدرب"
    assert word in _readable(raw)


def test_no_glyph_drawn_anywhere_is_notdef(report: bytes) -> None:
    glyphs = drawn_glyphs(report)
    fonts = {font for font, _, _ in glyphs}
    assert any("WenQuanYi" in f for f in fonts) and any("Arabic" in f for f in fonts)
    assert any("NotoEmoji" in f for f in fonts)  # the emoji
    missing = [(font, code) for font, code, glyph in glyphs if glyph == 0]
    assert missing == []


def test_names_titles_kpis_and_the_letterhead_take_the_same_path(report_text: str) -> None:
    for word in ("מנהיגות", "القيادة", "领导力", "להאציל", "更多授权", "أسبوعية", "週間時間"):
        assert word in report_text, word
    for word in ("לאורה", "لورا", "劳拉"):  # the letterhead
        assert word in report_text, word


def test_the_same_set_gives_the_same_bytes_whatever_was_rendered_before(report: bytes) -> None:
    # Glyphs without a character of their own (Devanagari conjuncts, Arabic ligatures, the
    # emoji) are written with the text they draw for copying; nothing of an earlier document
    # may leak into that map or into the subsets: another report in between, or first in a
    # fresh process, changes no byte.
    other = engagement({"other": "क्षत्रिय श्री لا لله 🙂 ﷺ"})
    render_report(disclosure(other))
    assert render_report(disclosure(engagement(), logo=png(240, 80))) == report
    # And in a fresh process that met other glyphs first.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from scripts_data import disclosure, engagement, png\n"
        "from coachdesk.export import render_report\n"
        "render_report(disclosure(engagement({'o': 'स्त्री क्ष ﻻ لله'})))\n"
        "sys.stdout.buffer.write(render_report(disclosure(engagement(), logo=png(240, 80))))\n"
    )
    here = str(Path(__file__).parent)
    fresh = subprocess.run([sys.executable, "-c", code, here], capture_output=True, check=True)
    assert fresh.stdout == report


def test_a_character_no_bundled_font_has_is_refused_naming_the_item() -> None:
    private = "Agreed text with a private-use \ue000 character"
    with pytest.raises(UnprintableText) as caught:
        render_report(disclosure(engagement({"pua": private})))
    message = str(caught.value)
    assert message == (
        "the summary of 2026-03-01 (item i-pua) holds a character no bundled font can print: U+E000"
    )
    assert "Agreed text" not in message
    assert caught.value.exit_code == 6


def test_an_unassigned_code_point_in_a_goal_title_is_refused_too() -> None:
    with pytest.raises(UnprintableText, match=r"the title of goal g .*U\+0378"):
        render_report(disclosure(engagement({}, goal_title="Goal \u0378")))


def team_of(e: Engagement) -> TeamDisclosure:
    """``e`` as the one agent of a team whose manager is "s" (every category permitted)."""
    e = dataclasses.replace(
        e,
        stakeholders=(Stakeholder("s", Role.CS_MANAGER),),
        agreements=(Agreement(1, e.start, {Role.CS_MANAGER: frozenset(Category)}),),
    )
    return disclose_team(
        [e], "s", Period(e.start, DAY), DAY, coach=coach(), names=NAMES, language=e.language
    )


def test_a_team_report_refuses_an_unprintable_character_of_an_agent() -> None:
    team = team_of(engagement({"pua": "x \U000f0001 y"}))
    assert team.agents
    with pytest.raises(UnprintableText, match=r"\(item i-pua\).*U\+F0001"):
        render_team_report(team)


def test_every_font_is_a_bundled_face_embedded_as_a_truetype_subset(report: bytes) -> None:
    from pypdf import PdfReader

    bundled = (
        r"DejaVuSans(-Bold)?|NotoSans(Hebrew|Arabic|Devanagari)-(Regular|Bold)"
        r"|WenQuanYiMicroHei-0|NotoEmoji-Regular"
    )
    fonts = set()
    for page in PdfReader(io.BytesIO(report)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType
    assert all(re.fullmatch(rf"/[A-Z]{{6}}\+({bundled})", f) for f in fonts), fonts
