"""The team's average per period (gui/widgets/team_averages.py): periods newest first, each
KPI's average with its move since the period before, how many agents it averages, and no
table at all before a first measurement."""

from __future__ import annotations

import datetime as dt

from coachdesk.gui.widgets.team_averages import TeamAverages
from coachdesk.services import teams

JAN, FEB, MAR = dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31)


def _overview(averages) -> teams.TeamOverview:
    return teams.TeamOverview("mgr", "Mara", (("CSAT", "%"), ("AHT", "s")), (), averages)


def test_periods_newest_first_with_each_move(qtbot):
    table = TeamAverages()
    qtbot.addWidget(table)
    averages = {
        "CSAT": ((JAN, 80.0, 4), (FEB, 84.5, 5), (MAR, 84.5, 5)),
        "AHT": ((FEB, 300.0, 2), (MAR, 280.0, 3)),
    }
    assert table.show_averages(_overview(averages))
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert rows == ["2026-03-31", "2026-02-28", "2026-01-31"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["CSAT (%)", "AHT (s)"]
    assert table.item(0, 0).text() == "84.5\u00a0%"  # no move, no arrow
    assert table.item(1, 0).text() == "84.5\u00a0% ▲ +4.5\u00a0%"
    assert table.item(0, 1).text() == "280\u00a0s ▼ −20\u00a0s"
    assert table.item(2, 1) is None  # AHT not measured in January
    assert table.item(1, 0).toolTip() == "Average over agents: 5"
    assert table.item(2, 0).toolTip() == "Average over agents: 4"


def test_nothing_to_show_before_a_first_measurement(qtbot):
    table = TeamAverages()
    qtbot.addWidget(table)
    assert not table.show_averages(_overview({}))
    assert table.rowCount() == 0 and table.columnCount() == 2
