"""The trend chart draws what its series says: checked on the rendered pixels, by the exact
colours the chart takes from its palette, and through the text a screen reader gets."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPalette

from coachdesk.gui.widgets.trend_chart import (
    LINE_ON_DARK,
    ChartColours,
    Series,
    TrendChart,
    format_value,
    spread,
)

WIDTH, HEIGHT = 320, 140
D = dt.date
RISING = ((D(2026, 1, 5), 3.0), (D(2026, 2, 2), 4.0), (D(2026, 4, 20), 6.0), (D(2026, 6, 1), 7.0))
FALLING = tuple((day, 11.0 - value) for day, value in RISING)


@pytest.fixture
def english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def chart_of(qtbot, series: Series | None, title: str = "", palette: QPalette | None = None):
    chart = TrendChart()
    qtbot.addWidget(chart)
    if palette is not None:
        chart.setPalette(palette)
    chart.resize(WIDTH, HEIGHT)
    chart.set_series(series, title)
    return chart


def render(chart: TrendChart) -> QImage:
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def pixels(image: QImage, colour: QColor) -> list[tuple[int, int]]:
    """Every (x, y) painted exactly in ``colour``."""
    words = array("I", bytes(image.constBits()))
    stride = image.bytesPerLine() // 4
    wanted = colour.rgb() & 0xFFFFFF
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if words[y * stride + x] & 0xFFFFFF == wanted
    ]


def longest_row(image: QImage, colour: QColor) -> int:
    """The most pixels of ``colour`` in any one row: a horizontal line makes it long."""
    counts: dict[int, int] = {}
    for _, y in pixels(image, colour):
        counts[y] = counts.get(y, 0) + 1
    return max(counts.values(), default=0)


def colours(chart: TrendChart) -> ChartColours:
    return ChartColours.from_palette(chart.palette())


def mean_y(points: list[tuple[int, int]]) -> float:
    return sum(y for _, y in points) / len(points)


def test_a_series_of_two_values_or_more_draws_its_line_in_the_accent_colour(qtbot):
    chart = chart_of(qtbot, Series(RISING[:2]), "Confidence")
    assert len(pixels(render(chart), colours(chart).line)) > 50


@pytest.mark.parametrize("series", [None, Series(())], ids=["none", "no points"])
def test_without_data_the_chart_shows_a_centred_message_and_no_line(qtbot, series):
    chart = chart_of(qtbot, series, "Average handling time")
    image = render(chart)
    palette = colours(chart)
    assert pixels(image, palette.line) == []
    message = [
        (x, y)
        for x, y in pixels(image, palette.muted)
        if HEIGHT / 3 < y < 2 * HEIGHT / 3 and WIDTH / 4 < x < 3 * WIDTH / 4
    ]
    assert message, "the empty-state message is drawn in the middle"
    assert chart.accessibleDescription() == "No measurements yet"
    assert chart.accessibleName() == "Average handling time"


@pytest.mark.parametrize(
    ("points", "rising"),
    [(RISING, True), (FALLING, False), (tuple(reversed(RISING)), True)],
    ids=["rising", "falling", "rising, given newest first"],
)
def test_a_later_higher_value_is_drawn_higher(qtbot, points, rising):
    chart = chart_of(qtbot, Series(points, minimum=1, maximum=10))
    line = pixels(render(chart), colours(chart).line)
    left = [p for p in line if p[0] < WIDTH * 0.3]
    right = [p for p in line if p[0] > WIDTH * 0.7]
    assert left and right
    # Smaller y is higher on screen; the gap is several pixels, not antialiasing noise.
    if rising:
        assert mean_y(right) < mean_y(left) - 10
    else:
        assert mean_y(right) > mean_y(left) + 10


def test_one_value_is_a_dot_without_a_line(qtbot):
    chart = chart_of(qtbot, Series(((D(2026, 2, 1), 82.5),), unit="%"), "CSAT")
    line = pixels(render(chart), colours(chart).line)
    # The latest-value label sits in the right-hand column; the dot is the rest.
    dot = [p for p in line if p[0] < WIDTH * 0.6]
    assert dot
    xs, ys = [x for x, _ in dot], [y for _, y in dot]
    assert max(xs) - min(xs) <= 10 and max(ys) - min(ys) <= 10
    assert chart.accessibleDescription() == "Values: 1, on 2026-02-01; latest 82.5\u00a0%"


def test_equal_values_draw_a_level_line(qtbot):
    chart = chart_of(qtbot, Series(((D(2026, 1, 1), 5.0), (D(2026, 3, 1), 5.0))))
    line = pixels(render(chart), colours(chart).line)
    left = [p for p in line if p[0] < WIDTH * 0.3]
    right = [p for p in line if p[0] > WIDTH * 0.7]
    assert left and right
    assert abs(mean_y(left) - mean_y(right)) < 2


@pytest.mark.parametrize(
    ("baseline", "target"),
    [(None, None), (420.0, None), (None, 300.0), (420.0, 300.0)],
)
def test_baseline_and_target_lines_are_drawn_only_when_given(qtbot, baseline, target):
    points = ((D(2026, 1, 12), 412.0), (D(2026, 3, 16), 371.0), (D(2026, 5, 18), 331.2))
    series = Series(points, baseline=baseline, target=target, unit="s", higher_is_better=False)
    chart = chart_of(qtbot, series, "Average handling time")
    image = render(chart)
    palette = colours(chart)
    # A dashed line across the plot is a long row of one colour; text never makes one.
    assert (longest_row(image, palette.baseline) > WIDTH / 3) == (baseline is not None)
    assert (longest_row(image, palette.target) > WIDTH / 3) == (target is not None)


def test_the_accessible_description_gives_the_data_as_text(qtbot, english_numbers):
    points = (*RISING, (D(2026, 3, 9), 4.0))
    series = Series(points, minimum=1, maximum=10, baseline=3, target=8)
    chart = chart_of(qtbot, series, "Confidence in difficult calls")
    assert chart.accessibleName() == "Confidence in difficult calls"
    assert chart.accessibleDescription() == (
        "Values: 5, from 2026-01-05 to 2026-06-01; latest 7; baseline 3; target 8"
    )


def test_the_description_of_a_lower_is_better_kpi_says_so_with_its_unit(qtbot, english_numbers):
    points = ((D(2026, 5, 18), 331.2), (D(2026, 1, 12), 412.0))
    chart = chart_of(qtbot, Series(points, target=300, unit="s", higher_is_better=False))
    assert chart.accessibleName() == "Trend chart"
    assert chart.accessibleDescription() == (
        "Values: 2, from 2026-01-12 to 2026-05-18; latest 331\u00a0s; target 300\u00a0s; "
        "lower is better"
    )


def test_values_that_are_not_numbers_are_left_out(qtbot):
    points = (*RISING, (D(2026, 7, 1), float("nan")), (D(2026, 8, 1), float("inf")))
    chart = chart_of(qtbot, Series(points))
    assert chart.accessibleDescription().startswith("Values: 4, from 2026-01-05 to 2026-06-01")
    assert pixels(render(chart), colours(chart).line)


def test_a_dark_theme_gets_the_dark_shade_of_the_line(qtbot):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#232629"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eff0f1"))
    chart = chart_of(qtbot, Series(RISING), palette=palette)
    assert colours(chart).line == LINE_ON_DARK
    assert len(pixels(render(chart), LINE_ON_DARK)) > 50


def test_replacing_the_series_with_none_clears_the_line(qtbot):
    chart = chart_of(qtbot, Series(RISING))
    chart.set_series(None)
    assert pixels(render(chart), colours(chart).line) == []
    assert chart.accessibleDescription() == "No measurements yet"


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (7.0, "", "7"),
        (7.25, "", "7.25"),
        (87.26, "%", "87.3\u00a0%"),
        (331.2, "s", "331\u00a0s"),
        (1234.5, "", "1,234"),
        (0.004, "", "0.004"),
        (-0.0001, "", "-0.0001"),
        (0.0, "", "0"),
    ],
)
def test_values_show_about_three_significant_digits(english_numbers, value, unit, text):
    assert format_value(value, unit) == text


def test_values_follow_the_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    try:
        assert format_value(7.25) == "7,25"
    finally:
        QLocale.setDefault(before)


def test_side_labels_that_would_overlap_are_moved_apart_in_order_and_within_bounds():
    tops = spread([50.0, 48.0, 200.0], height=16, low=0, high=100)
    assert tops[1] + 16 <= tops[0]  # 48 stays above 50
    assert tops[0] + 16 <= tops[2] + 1e-9
    assert tops[2] + 16 <= 100  # pushed back inside
    assert all(top >= 0 for top in tops)


def test_the_size_hint_suits_a_small_panel(qtbot):
    chart = chart_of(qtbot, None)
    hint = chart.sizeHint()
    assert (hint.width(), hint.height()) == (320, 140)
