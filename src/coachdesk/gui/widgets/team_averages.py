"""The team's trend (spec §1.2): the average of each KPI over the agents measured, per period,
newest first, each with its move since the period before."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from coachdesk.gui import labels
from coachdesk.gui.models.team import signed
from coachdesk.gui.widgets.trend_chart import format_value
from coachdesk.services import teams


class TeamAverages(QTableWidget):
    """Periods by KPIs; as tall as four periods, hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("The team's average per period"))

    def show_averages(self, overview: teams.TeamOverview) -> bool:
        """Fill the table from ``overview``; whether it has any period to show."""
        periods = sorted(
            {d for series in overview.averages.values() for d, _, _ in series}, reverse=True
        )
        self.clear()
        self.setColumnCount(len(overview.kpi_names))
        self.setRowCount(len(periods))
        self.setHorizontalHeaderLabels(
            [f"{name} ({unit})" if unit else name for name, unit in overview.kpi_names]
        )
        self.setVerticalHeaderLabels([labels.date(d) for d in periods])
        for c, (name, unit) in enumerate(overview.kpi_names):
            series = overview.averages.get(name, ())
            for n, (day, average, count) in enumerate(series):
                previous = series[n - 1][1] if n else None
                text = format_value(average, unit)
                if previous is not None and average != previous:
                    text += (" ▲ " if average > previous else " ▼ ") + signed(
                        average - previous, unit
                    )
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Average over agents: %n", "", count))
                self.setItem(periods.index(day), c, item)
        self.resizeColumnsToContents()
        rows_height = sum(self.rowHeight(r) for r in range(min(4, len(periods))))
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows_height + 4)
        return bool(periods)
