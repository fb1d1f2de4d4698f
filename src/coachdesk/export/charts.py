"""The charts of the reports (spec §5): a line chart of dated values with its reference
lines, and a bar chart whose labels (the agents' names, any script) are drawn by the text
engine. Axis labels are dates and numbers only, in the report's fixed Latin face."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from coachdesk.export.i18n import Texts
from coachdesk.export.pdf import ACCENT, FONT, INK, MUTED, RULE
from coachdesk.export.text import Style, draw_line, layout


def line_chart(
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


def bar_chart(values: list[tuple[str, float]], width: float, texts: Texts) -> Flowable:
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
