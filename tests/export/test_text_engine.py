"""The text engine's order of runs agrees with python-bidi's own display order (UAX #9),
for any mix of left-to-right and right-to-left text, digits and neutral characters."""

from __future__ import annotations

import string

from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.export.fonts import fonts
from coachdesk.export.text import Style, _faces_of, _levels, _runs, _visual, layout

_ALPHABET = (
    string.ascii_letters[:8]
    + "0123456789"
    + "אבגדהוזח"
    + "ابتثجحخد"
    + "٠١٢"
    + "中文日本"
    + " .,!?-:()[]"
)
# Brackets are mirrored by HarfBuzz when drawn, by get_display in its output: compare without.
_MIRROR = str.maketrans("()[]", "(([[")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40).map(str.strip).filter(bool))
def test_runs_in_visual_order_match_python_bidi(text: str) -> None:
    fonts()
    faces = _faces_of(text, False)
    base, levels = _levels(text)
    visual = "".join(
        run[::-1] if level % 2 else run
        for _, level, run in _visual(list(_runs(text, faces, levels, 0, len(text))))
    )
    expected = get_display(text, base_dir="R" if base else "L")
    assert visual.translate(_MIRROR) == expected.translate(_MIRROR)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\n", min_size=1, max_size=400))
def test_every_character_is_laid_out_once_within_the_width(text: str) -> None:
    width = 60.0
    lines = layout(text, Style(9, 12), width)
    drawn = [c for line in lines for p in line.pieces for c in p.text if c != " "]
    assert sorted(drawn) == sorted(c for c in text if c not in " \n")
    assert len(lines) >= text.count("\n") + 1  # a line per paragraph at least
    # A line is wider than the column only when it holds one character that alone is.
    for line in lines:
        chars = [c for p in line.pieces for c in p.text if c != " "]
        assert line.width <= width + 1e-6 or len(chars) == 1, (line, text)
