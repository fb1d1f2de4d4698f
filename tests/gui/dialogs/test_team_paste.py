"""Reading a spreadsheet's block for the team's measurements grid (gui/dialogs/team_paste.py):
rows of cells, numbers with a decimal comma or point, words told from numbers, KPI headers
matched however they are written, and the preview of which agent gets which values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.gui.dialogs.team_paste import (
    PastePreview,
    header_key,
    is_text,
    parse_grid,
    parse_number,
)


def test_a_spreadsheet_block_is_rows_of_tab_separated_cells():
    assert parse_grid("a\tb\r\n1\t2\r\n") == [["a", "b"], ["1", "2"]]
    assert parse_grid("1\t\t3\n") == [["1", "", "3"]]  # an empty cell keeps its place


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 3)))
def test_a_number_reads_back_with_a_decimal_comma_or_point(value):
    text = repr(value)
    assert parse_number(text) == value
    assert parse_number(text.replace(".", ",")) == value


@pytest.mark.parametrize(
    ("text", "number"),
    [("82,5", 82.5), ("82.5 %", 82.5), ("1.234,5", 1234.5), ("1\u00a0234", 1234.0), ("  ", None)],
)
def test_numbers_as_spreadsheets_copy_them(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "abc", "1,2,3"])
def test_anything_else_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_words_are_told_from_numbers_and_empty_cells():
    assert is_text("Giulia") and is_text("CSAT (%)")
    assert not is_text("82,5") and not is_text("") and not is_text("  ")


def test_a_kpi_header_is_matched_with_or_without_its_unit_case_or_line_break():
    assert header_key("CSAT (%)") == header_key("csat") == header_key("CSAT\n(%)")
    assert header_key("Average handling time") == header_key("AVERAGE HANDLING TIME (s)")
    assert header_key("CSAT") != header_key("FCR")


def test_the_preview_shows_each_agent_s_values_before_they_go(qtbot):
    preview = PastePreview(["Ada", "Bo"], ["CSAT (%)", "FCR (%)"], [["91", " 80 "], ["85"]])
    qtbot.addWidget(preview)
    table = preview.table
    assert [table.verticalHeaderItem(r).text() for r in range(2)] == ["Ada", "Bo"]
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["CSAT (%)", "FCR (%)"]
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("91", "80")
    assert table.item(1, 0).text() == "85" and table.item(1, 1) is None
    assert preview.width() >= 640
