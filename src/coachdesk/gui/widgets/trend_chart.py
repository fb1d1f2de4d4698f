"""A small line chart of one dated series (a goal's ratings, a KPI's measurements).

Drawn with QPainter because the app ships PySide6-Essentials only (no QtCharts), and one
line with a few labels does not need a charting library. The chart labels its lines
directly (latest value, baseline, target in a column at the right) instead of using a
legend, so it stays readable at its small size. Its colours come from the palette, so it
follows a light or dark theme; only the data line and the target line have colours of their
own, chosen in a lighter or darker shade to match the background. A screen reader gets the
same data as text through the accessible description.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coachdesk.gui import labels

PAD = 4.0  # around the whole chart, so nothing touches the widget's edge
GAP = 6.0  # between the plot and its labels
DOT = 3.0  # radius of a value's dot
LAST_DOT = 4.0  # the latest value's dot is a little larger

# The two colours that are not in any palette: the data line (the accent) and the target
# line, each in a shade for light and one for dark backgrounds (both at least 4.5:1 against
# a typical window colour, as they also colour their labels). Blue and orange stay apart
# for the common forms of colour blindness.
LINE_ON_LIGHT, LINE_ON_DARK = QColor("#1f6fd1"), QColor("#6aaeff")
TARGET_ON_LIGHT, TARGET_ON_DARK = QColor("#a85400"), QColor("#f0a04b")


@dataclass(frozen=True)
class Series:
    """Dated values to chart. ``minimum``/``maximum`` fix the axis (ratings: 1 and 10),
    widened only if a value, the baseline or the target falls outside; ``None`` takes the
    bound from the data."""

    points: tuple[tuple[dt.date, float], ...]
    minimum: float | None = None
    maximum: float | None = None
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    higher_is_better: bool = True


@dataclass(frozen=True)
class ChartColours:
    """The chart's colours for a palette; tests read them to find what was drawn."""

    text: QColor
    muted: QColor
    axis: QColor
    baseline: QColor
    line: QColor
    target: QColor
    background: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        return cls(
            text=text,
            muted=_mix(text, window, 0.7),
            axis=_mix(text, window, 0.3),
            baseline=_mix(text, window, 0.55),
            line=QColor(LINE_ON_DARK if dark else LINE_ON_LIGHT),
            target=QColor(TARGET_ON_DARK if dark else TARGET_ON_LIGHT),
            background=window,
        )


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """An opaque blend rather than a translucent pen, so a line has one exact colour."""

    def channel(x: int, y: int) -> int:
        return round(x * share_of_a + y * (1 - share_of_a))

    return QColor(
        channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue())
    )


def format_value(value: float, unit: str = "") -> str:
    """The value in the user's locale with about three significant digits (never cutting
    the whole part: 312.5 s shows as 312 s, 7.25 as 7.25, 0.004 as 0.004), then the unit."""
    if value == 0 or not math.isfinite(value):
        decimals = 0
    else:
        decimals = min(6, max(0, 2 - math.floor(math.log10(abs(value)))))
    rounded = round(value, decimals) + 0.0  # + 0.0 turns -0.0 into 0.0
    # The default locale is read each time: the app sets it once it has chosen a language.
    text = QLocale().toString(rounded, "g", 15)
    return f"{text}\u00a0{unit}" if unit else text


def spread(centres: list[float], height: float, low: float, high: float) -> list[float]:
    """Top edges for labels ``height`` tall, each as close as it can be to being centred on
    its ``centres`` entry, without two overlapping and within ``low``..``high`` (as far as
    they fit). Returned in the order of ``centres``."""
    order = sorted(range(len(centres)), key=lambda i: centres[i])
    tops = [centres[i] - height / 2 for i in order]
    for k in range(len(tops)):
        floor = low if k == 0 else tops[k - 1] + height
        tops[k] = max(tops[k], floor)
    for k in reversed(range(len(tops))):
        ceiling = high - height if k == len(tops) - 1 else tops[k + 1] - height
        tops[k] = min(tops[k], ceiling)
    if tops:
        shift = low - tops[0]
        if shift > 0:  # more labels than room: keep the top one visible
            tops = [t + shift for t in tops]
    result = [0.0] * len(centres)
    for k, i in enumerate(order):
        result[i] = tops[k]
    return result


@dataclass(frozen=True)
class _SideLabel:
    text: str
    value: float
    colour: QColor
    bold: bool = False


class TrendChart(QWidget):
    """One series as dots joined by a line, with dates proportional to time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: Series | None = None
        self._points: tuple[tuple[dt.date, float], ...] = ()
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_series(None)

    def sizeHint(self) -> QSize:
        return QSize(320, 140)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 110)

    def set_series(self, series: Series | None, title: str = "") -> None:
        """Show ``series`` (``None``, or no points: a message that there is no data yet).
        Values that are not finite are left out, as there is nowhere to draw them."""
        self._series = series
        self._title = title
        points = series.points if series is not None else ()
        self._points = tuple(
            sorted(((d, v) for d, v in points if math.isfinite(v)), key=lambda p: p[0])
        )
        self.setAccessibleName(title or self.tr("Trend chart"))
        self.setAccessibleDescription(self._describe())
        self.update()

    def _empty_text(self) -> str:
        return self.tr("No measurements yet")

    def _lower_is_better(self) -> bool:
        return self._series is not None and not self._series.higher_is_better

    def _describe(self) -> str:
        """The chart as one line of plain text, for screen readers."""
        if self._series is None or not self._points:
            return self._empty_text()
        series, points = self._series, self._points
        unit = series.unit
        first, last = labels.date(points[0][0]), labels.date(points[-1][0])
        if first == last:
            parts = [self.tr("Values: %n, on {date}", "", len(points)).format(date=first)]
        else:
            parts = [
                self.tr("Values: %n, from {first} to {last}", "", len(points)).format(
                    first=first, last=last
                )
            ]
        parts.append(self.tr("latest {value}").format(value=format_value(points[-1][1], unit)))
        if series.baseline is not None:
            parts.append(self._baseline_text(series.baseline, unit))
        if series.target is not None:
            parts.append(self._target_text(series.target, unit))
        if self._lower_is_better():
            parts.append(self.tr("lower is better"))
        return "; ".join(parts)

    def _baseline_text(self, value: float, unit: str) -> str:
        return self.tr("baseline {value}").format(value=format_value(value, unit))

    def _target_text(self, value: float, unit: str) -> str:
        return self.tr("target {value}").format(value=format_value(value, unit))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        colours = ChartColours.from_palette(self.palette())
        area = QRectF(self.rect()).adjusted(PAD, PAD, -PAD, -PAD)
        area.setTop(area.top() + self._draw_header(painter, area, colours))
        if self._series is None or not self._points:
            painter.setPen(colours.muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text())
        else:
            self._draw_chart(painter, area, self._series, colours)
        painter.end()

    def _draw_header(self, painter: QPainter, area: QRectF, colours: ChartColours) -> float:
        """The title at the left and, for a lower-is-better series, a hint at the right;
        returns the height used."""
        hint = self.tr("lower is better") if self._lower_is_better() and self._points else ""
        if not self._title and not hint:
            return 0.0
        bold = QFont(self.font())
        bold.setBold(True)
        title_metrics, metrics = QFontMetricsF(bold), QFontMetricsF(self.font())
        height = max(title_metrics.height(), metrics.height())
        row = QRectF(area.left(), area.top(), area.width(), height)
        hint_width = metrics.horizontalAdvance(hint) + GAP if hint else 0.0
        if hint:
            painter.setPen(colours.muted)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, hint)
        if self._title:
            title = title_metrics.elidedText(
                self._title, Qt.TextElideMode.ElideRight, max(0.0, row.width() - hint_width)
            )
            painter.setFont(bold)
            painter.setPen(colours.text)
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            painter.setFont(self.font())
        return height + GAP / 2

    def _draw_chart(
        self, painter: QPainter, area: QRectF, series: Series, colours: ChartColours
    ) -> None:
        points = self._points
        metrics = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        line_height = metrics.height()

        values = [v for _, v in points]
        extras = [x for x in (series.baseline, series.target) if x is not None]
        lo = min([*values, *extras, *([series.minimum] if series.minimum is not None else [])])
        hi = max([*values, *extras, *([series.maximum] if series.maximum is not None else [])])
        flat = hi - lo <= 0  # every value equal: one level, drawn across the middle

        y_labels = [format_value(lo)] if flat else [format_value(hi), format_value(lo)]
        left_width = max(metrics.horizontalAdvance(t) for t in y_labels)

        side = [_SideLabel(format_value(values[-1], series.unit), values[-1], colours.line, True)]
        if series.baseline is not None:
            side.append(
                _SideLabel(
                    self._baseline_text(series.baseline, series.unit),
                    series.baseline,
                    colours.baseline,
                )
            )
        if series.target is not None:
            side.append(
                _SideLabel(
                    self._target_text(series.target, series.unit), series.target, colours.target
                )
            )
        right_width = max(
            (bold_metrics if label.bold else metrics).horizontalAdvance(label.text)
            for label in side
        )

        # The plot leaves half a line above for the top axis label and a line below for
        # the dates; its inner rectangle keeps the dots whole.
        plot = QRectF(
            area.left() + left_width + GAP,
            area.top() + line_height / 2,
            area.width() - left_width - right_width - 2 * GAP,
            area.height() - line_height * 1.5 - GAP / 2,
        )
        inner = plot.adjusted(LAST_DOT + 1, LAST_DOT + 1, -(LAST_DOT + 1), -(LAST_DOT + 1))
        first_day, last_day = points[0][0], points[-1][0]
        days = (last_day - first_day).days

        def x_of(day: dt.date) -> float:
            if days == 0:
                return inner.center().x()
            return inner.left() + inner.width() * (day - first_day).days / days

        def y_of(value: float) -> float:
            if flat:
                return inner.center().y()
            return inner.bottom() - inner.height() * (value - lo) / (hi - lo)

        def crisp(coordinate: float) -> float:
            # A 1 px line on a pixel's centre is one row of solid colour, not two of half.
            return math.floor(coordinate) + 0.5

        # Axes: the left one and the bottom one.
        painter.setPen(QPen(colours.axis, 1))
        left_x, bottom_y = crisp(plot.left()), crisp(plot.bottom())
        painter.drawLine(QPointF(left_x, crisp(plot.top())), QPointF(left_x, bottom_y))
        painter.drawLine(QPointF(left_x, bottom_y), QPointF(crisp(plot.right()), bottom_y))

        # Axis labels: the bounds at the left, the first and last date below.
        painter.setPen(colours.muted)
        label_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        y_positions = [y_of(lo)] if flat else [y_of(hi), y_of(lo)]
        for text, y in zip(y_labels, y_positions, strict=True):
            box = QRectF(area.left(), y - line_height / 2, left_width, line_height)
            painter.drawText(box, label_right, text)
        date_row = QRectF(plot.left(), plot.bottom() + GAP / 2, plot.width(), line_height)
        last_text = labels.date(last_day)
        if days == 0:
            painter.drawText(date_row, Qt.AlignmentFlag.AlignHCenter, last_text)
        else:
            first_text = labels.date(first_day)
            needed = (
                metrics.horizontalAdvance(first_text) + metrics.horizontalAdvance(last_text) + GAP
            )
            if needed > date_row.width():  # narrow: the first date may start under the axis
                date_row.setLeft(area.left())
            if needed <= date_row.width():
                painter.drawText(date_row, Qt.AlignmentFlag.AlignLeft, first_text)
            painter.drawText(date_row, Qt.AlignmentFlag.AlignRight, last_text)

        # Baseline and target: dashed, across the plot, under the data.
        for value, colour in ((series.baseline, colours.baseline), (series.target, colours.target)):
            if value is None:
                continue
            pen = QPen(colour, 1, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = crisp(y_of(value))
            painter.drawLine(QPointF(plot.left() + 1, y), QPointF(plot.right(), y))

        # The data: a line (when there are two points or more) and a dot for each value.
        at = [QPointF(x_of(day), y_of(value)) for day, value in points]
        if len(at) > 1:
            path = QPainterPath(at[0])
            for p in at[1:]:
                path.lineTo(p)
            pen = QPen(colours.line, 2)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.line)
        for p in at[:-1]:
            painter.drawEllipse(p, DOT, DOT)
        # The latest dot has a ring of background so it stands out where lines meet it.
        painter.setPen(QPen(colours.background, 1.5))
        painter.drawEllipse(at[-1], LAST_DOT, LAST_DOT)

        # Labels at the right, each level with its line where there is room.
        tops = spread(
            [y_of(label.value) for label in side],
            line_height,
            area.top(),
            area.bottom(),
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        label_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for label, top in zip(side, tops, strict=True):
            painter.setFont(bold if label.bold else self.font())
            painter.setPen(label.colour)
            box = QRectF(QPointF(plot.right() + GAP, top), QSizeF(right_width + 1, line_height))
            painter.drawText(box, label_left, label.text)
        painter.setFont(self.font())
