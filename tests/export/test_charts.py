"""export.charts: the line chart's axes and reference lines, and the bar chart whose labels
the text engine draws in any script (read back from a real PDF)."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Line, String
from reportlab.pdfgen.canvas import Canvas
from scripts_data import pdftotext

from coachdesk.domain import Language
from coachdesk.export import charts, fonts, pdf
from coachdesk.export.i18n import Texts

D1, D2 = dt.date(2026, 3, 1), dt.date(2026, 4, 1)


def _plot(drawing: object) -> LinePlot:
    return next(c for c in drawing.contents if isinstance(c, LinePlot))  # type: ignore[attr-defined]


def test_a_line_chart_spans_its_dates_and_pads_its_values():
    drawing = charts.line_chart([[(D1, 10.0), (D2, 20.0)]], 400, Texts(Language.EN))
    plot = _plot(drawing)
    assert (plot.xValueAxis.valueMin, plot.xValueAxis.valueMax) == (D1.toordinal(), D2.toordinal())
    assert (plot.yValueAxis.valueMin, plot.yValueAxis.valueMax) == (8.5, 21.5)


def test_a_single_date_gets_a_month_around_it_and_a_fixed_range_is_kept():
    drawing = charts.line_chart([[(D1, 7.0)]], 400, Texts(Language.EN), y_range=(0, 10))
    plot = _plot(drawing)
    assert plot.xValueAxis.valueMin == D1.toordinal() - 15
    assert plot.xValueAxis.valueMax == D1.toordinal() + 15
    assert (plot.yValueAxis.valueMin, plot.yValueAxis.valueMax) == (0, 10)


def test_reference_lines_are_dashed_and_labelled_in_the_report_s_language():
    drawing = charts.line_chart(
        [[(D1, 10.0), (D2, 20.0)]], 400, Texts(Language.IT), references=[12.5, 18.0]
    )
    lines = [c for c in drawing.contents if isinstance(c, Line)]
    labels = [c.text for c in drawing.contents if isinstance(c, String)]
    assert len(lines) == 2 and all(ln.strokeDashArray == [3, 2] for ln in lines)
    assert labels == ["12,5", "18"]


def test_bar_labels_print_names_in_any_script():
    pdf.register_fonts()
    fonts.begin_document()
    names = ["Ελένη", "Łukasz", "Zoë"]
    flowable = charts.bar_chart(
        [(n, float(i + 1)) for i, n in enumerate(names)], 400, Texts(Language.EN)
    )
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    flowable.wrapOn(canvas, 400, 200)
    flowable.drawOn(canvas, 50, 500)
    canvas.showPage()
    canvas.save()
    text = pdftotext(buffer.getvalue())
    for name in names:
        assert name in text
