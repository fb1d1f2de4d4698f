"""The team view's table model (gui/models/team.py): Qt's model contract
(QAbstractItemModelTester) through loads that add and drop KPI columns, rows read through
the real database worker, each cell's text, tooltip and colour, and sorting as the table
sorted: nothing until the coach clicks a header, then stable and kept across reloads."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from coachdesk.domain import Better, Person
from coachdesk.gui.models.team import BAD, GOOD, ID_ROLE, TeamModel
from coachdesk.gui.tasks import Tasks
from coachdesk.services import cadence, teams
from coachdesk.services import vault as vault_service
from coachdesk.storage import people_repo

TIMEOUT = 15_000
TODAY = dt.date(2026, 5, 4)
CSAT = teams.KpiCell(91.0, 88.0, 80.0, 90.0, Better.HIGHER, "%")


def _row(n: int, name: str, csat: float | None, **kw: object) -> teams.AgentRow:
    cell = teams.KpiCell(csat, None, None, None, Better.HIGHER, "%")
    return teams.AgentRow(f"e{n}", name, {"CSAT": cell}, None, None, 0, 0, 0, **kw)  # type: ignore[arg-type]


def _overview(rows, kpis=(("CSAT", "%"),)) -> teams.TeamOverview:
    return teams.TeamOverview("mgr", "Mara", kpis, tuple(rows))


def _model(qtbot) -> TeamModel:
    tasks = Tasks()
    model = TeamModel(tasks)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.addWidget(view := QTableView())
    view.setModel(model)
    view.setSortingEnabled(True)  # as the team view does, before anything is shown
    model.view = view  # type: ignore[attr-defined]
    model.tasks = tasks  # type: ignore[attr-defined]
    return model


def _names(model: TeamModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _resort(model: TeamModel) -> None:
    """What the team view does after each load: sort again by the header's indicator."""
    model.view.setSortingEnabled(False)  # type: ignore[attr-defined]
    model.view.setSortingEnabled(True)  # type: ignore[attr-defined]


def test_columns_come_and_go_and_sorting_waits_for_the_coach(qtbot):
    model = _model(qtbot)
    try:
        rows = [_row(0, "Bea", 70.0), _row(1, "Ada", 90.0), _row(2, "Cleo", None)]
        model.show(_overview(rows), {}, former=False)
        _resort(model)
        assert _names(model) == ["Bea", "Ada", "Cleo"]  # as read: no column chosen yet
        assert model.columnCount() == 7
        assert model.headerData(6, Qt.Orientation.Horizontal) == "CSAT\n(%)"
        # The coach sorts by CSAT, highest first; "—" (no value) goes last.
        model.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        assert _names(model) == ["Ada", "Bea", "Cleo"]
        # A reload keeps that order; a team with one more KPI adds a column at the end.
        kpis = (("CSAT", "%"), ("FCR", "%"))
        model.show(_overview([_row(3, "Dan", 95.0), *rows], kpis), {}, former=False)
        _resort(model)
        assert _names(model) == ["Dan", "Ada", "Bea", "Cleo"]
        assert model.columnCount() == 8
        # And fewer columns again, the agents who left.
        model.show(_overview(rows[:1]), {}, former=True)
        assert model.columnCount() == 7 and _names(model) == ["Bea"]
        assert model.headerData(5, Qt.Orientation.Horizontal) == "Left the team"
    finally:
        model.tasks.shutdown()


def test_equal_keys_keep_their_order_both_ways(qtbot):
    model = _model(qtbot)
    try:
        rows = [_row(n, name, 80.0) for n, name in enumerate(["Cleo", "Ada", "Bea"])]
        model.show(_overview(rows), {}, former=False)
        model.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        assert _names(model) == ["Cleo", "Ada", "Bea"]
        model.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        assert _names(model) == ["Ada", "Bea", "Cleo"]
        model.view.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        assert _names(model) == ["Ada", "Bea", "Cleo"]
    finally:
        model.tasks.shutdown()


def test_the_selection_follows_its_agent_when_sorted(qtbot):
    model = _model(qtbot)
    try:
        rows = [_row(0, "Bea", 70.0), _row(1, "Ada", 90.0)]
        model.show(_overview(rows), {}, former=False)
        model.view.selectRow(0)  # Bea
        model.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        (selected,) = model.view.selectionModel().selectedRows()
        assert selected.row() == 1 and selected.data(ID_ROLE) == "e0"
    finally:
        model.tasks.shutdown()


def test_each_cell_says_what_the_table_said(qtbot):
    model = _model(qtbot)
    try:
        agent = teams.AgentRow("e1", "Ada", {"CSAT": CSAT}, TODAY, None, 3, 1, 2, open_actions=5)
        due = cadence.Due("e1", "ada", TODAY - dt.timedelta(days=2), None, True)
        model.show(_overview([agent]), {"e1": due}, former=False)
        cell = model.index(0, 1)
        assert cell.data() == "2026-05-04 · overdue"
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == "A coaching session was due on 2026-05-02."
        assert cell.data(Qt.ItemDataRole.ForegroundRole) == QBrush(BAD)
        assert model.index(0, 3).data() == "—"
        assert [model.index(0, c).data() for c in (2, 4)] == ["3", "1"]
        actions = model.index(0, 5)
        assert actions.data() == "2 / 5"
        assert actions.data(Qt.ItemDataRole.ToolTipRole) == "5 open actions, 2 of them overdue"
        assert actions.data(Qt.ItemDataRole.ForegroundRole) == QBrush(BAD)
        kpi = model.index(0, 6)
        assert kpi.data() == "91\u00a0% ▲ +3\u00a0%"
        assert kpi.data(Qt.ItemDataRole.ToolTipRole) == (
            "previous 88\u00a0%, baseline 80\u00a0%, target 90\u00a0%"
        )
        assert kpi.data(Qt.ItemDataRole.ForegroundRole) == QBrush(GOOD)
        assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Ada"
        assert model.index(0, 0).data(ID_ROLE) == "e1"
        # For the agents who left: no overdue flag, the day they left.
        gone = teams.AgentRow("e1", "Ada", {}, TODAY, None, 3, 1, 2, left=TODAY)
        model.show(_overview([gone]), {"e1": due}, former=True)
        assert model.index(0, 1).data() == "2026-05-04"
        assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
        assert model.index(0, 5).data() == "2026-05-04"
        assert model.index(0, 6).data() == "—"
    finally:
        model.tasks.shutdown()


def test_rows_are_read_through_the_database_worker(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        with vault.db.transaction():
            people_repo.insert_person(vault.db, Person("mgr", "Mara Manager"))
        teams.create_team(
            vault.db, title="Inbound", manager_id="mgr", agent_names=["Sara", "Giulia"],
            start=dt.date.today() - dt.timedelta(days=60),
        )  # fmt: skip
    model = _model(qtbot)
    tasks = model.tasks
    try:
        opened = []
        tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
        qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT) as shown:
            model.load("mgr", dt.date.today(), former=False)
        assert shown.args[0] is model.overview
        assert _names(model) == ["Giulia", "Sara"]
        assert all(model.index(r, 1).data().endswith("overdue") for r in range(2))
        with qtbot.waitSignal(model.failed, timeout=TIMEOUT):
            tasks.run(lambda ctx: ctx.close())
            model.load("mgr", dt.date.today(), former=False)
    finally:
        tasks.shutdown()


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Ada", "bo", "Cleo", "Émile", "Zoë"]),
            st.one_of(st.none(), st.integers(0, 3).map(float)),
            st.integers(0, 2),
        ),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.tuples(st.sampled_from([0, 2, 5, 6]), st.booleans()), min_size=1, max_size=4),
)
def test_every_click_sorts_by_the_column_and_keeps_ties_in_their_order(qtbot, agents, clicks):
    """Whatever the rows and the headers clicked, each click sorts by that column's key,
    and rows with equal keys keep the order the previous click left them in."""
    model = _model(qtbot)
    try:
        rows = [
            teams.AgentRow(f"e{n}", name, {"CSAT": teams.KpiCell(csat, None, None, None,
                           Better.HIGHER, "%")}, None, None, held, 0, held)
            for n, (name, csat, held) in enumerate(agents)
        ]  # fmt: skip
        model.show(_overview(rows), {}, former=False)
        for column, descending in clicks:
            before = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            model.view.sortByColumn(column, order)
            after = [model.agent(r) for r in range(model.rowCount())]
            keys = [model.cell(a, column).key for a in after]
            assert keys == sorted(keys, reverse=descending)
            for a, b in itertools.pairwise(after):
                if model.cell(a, column).key == model.cell(b, column).key:
                    assert before.index(a.engagement_id) < before.index(b.engagement_id)
    finally:
        model.tasks.shutdown()
