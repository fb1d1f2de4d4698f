"""A team leader's month (issue 22) through the real widgets: pasted measurements land on the
right agent whatever the block's shape, values are checked against the KPI's unit in the
grid, an agent leaves and comes back, the first team creates its manager, confirmations name
the person, twenty and fifty agents fit, and every view refreshes after a change."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from helpers import (
    child_by_text,
    children,
    select,
    select_session,
    session_count,
    session_text,
    unlock,
    unlocked_app,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.domain import (
    Category,
    ItemKind,
    NoteItem,
    Person,
    Role,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.gui.app import App
from coachdesk.services import teams
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo, people_repo, session_repo

TIMEOUT = 15_000
TODAY = dt.date.today()
# Created in this order (the spreadsheet's), listed alphabetically in the app.
SPREADSHEET = ["Giulia", "Marco", "Sara", "Luca", "Elena", "Paolo"]
AHT = {"Giulia": 340.0, "Marco": 410.0, "Sara": 295.0, "Luca": 380.0, "Elena": 450.0,
       "Paolo": 300.0}  # fmt: skip
CSAT = {"Giulia": 91.0, "Marco": 84.5, "Sara": 88.0, "Luca": 79.0, "Elena": 93.0, "Paolo": 86.0}


def _team(vault, agents=SPREADSHEET, title="Inbound support Milano"):
    with vault.db.transaction():
        people_repo.insert_person(vault.db, Person("mgr", "Mara Manager"))
    made = teams.create_team(
        vault.db, title=title, manager_id="mgr", agent_names=list(agents),
        start=TODAY - dt.timedelta(days=60),
    )  # fmt: skip
    with vault.db.transaction():
        names = {p.id: p.name for p in people_repo.people(vault.db)}
    return {names[e.coachee_id]: e.id for e in made}


def _stored(vault, ids, kpi, day):
    out = {}
    for name, engagement_id in ids.items():
        engagement = engagement_repo.load_engagement(vault.db, engagement_id)
        found = next(k for k in engagement.goals[0].kpis if k.name == kpi)
        out[name] = next((m.value for m in found.measurements if m.date == day), None)
    return out


def _grid(qtbot, vault, today=TODAY):
    from coachdesk.gui.dialogs.team_measurements import MeasurementsDialog

    dialog = MeasurementsDialog(teams.overview(vault.db, "mgr", today))
    qtbot.addWidget(dialog)
    return dialog


def _record(vault, dialog, day):
    dialog._check()
    assert dialog.result(), dialog.message.text()
    teams.record_measurements(vault.db, "mgr", day, dialog.result_values)


def test_paste_lands_on_the_right_agent_in_three_shapes(qtbot, vault):
    ids = _team(vault)
    # 1. Names and KPI headers, in the spreadsheet's order, columns in another order than
    #    the grid's, names in other case and accents, and one name not in the team.
    dialog = _grid(qtbot, vault)
    assert [r.agent_name for r in dialog.overview.rows] == sorted(SPREADSHEET)
    assert dialog.grid.verticalHeaderItem(0).text() == "1. Elena"  # the order is visible
    rows = ["Agent\tCSAT (%)\taverage handling time"]
    spelled = {"Giulia": "GIULIA", "Elena": "Élena", "Luca": " luca "}
    rows += [f"{spelled.get(n, n)}\t{CSAT[n]}\t{AHT[n]:g}" for n in SPREADSHEET]
    rows.append("Zoe\t99\t100")
    dialog.paste("\n".join(rows) + "\n")
    assert dialog.preview is None  # matched by name: nothing to confirm
    assert "«Zoe»" in dialog.message.text()  # shown, not guessed
    day1 = TODAY - dt.timedelta(days=2)
    _record(vault, dialog, day1)
    assert _stored(vault, ids, "CSAT", day1) == CSAT
    assert _stored(vault, ids, "Average handling time", day1) == AHT

    # 2. Names without headers, pasted at the handling-time column.
    dialog = _grid(qtbot, vault)
    dialog.grid.setCurrentCell(0, 0)
    dialog.paste("\n".join(f"{n}\t{AHT[n] + 1:g}" for n in SPREADSHEET))
    assert dialog.preview is None
    day2 = TODAY - dt.timedelta(days=1)
    _record(vault, dialog, day2)
    assert _stored(vault, ids, "Average handling time", day2) == {n: v + 1 for n, v in AHT.items()}

    # 3. Numbers only, in the spreadsheet's order: the preview says who gets what (Elena
    #    first, with Giulia's 340), the team leader sees the mismatch and cancels.
    dialog = _grid(qtbot, vault)
    dialog.grid.setCurrentCell(0, 0)
    dialog.paste("\n".join(f"{AHT[n]:g}" for n in SPREADSHEET))
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    assert [
        preview.table.verticalHeaderItem(r).text() for r in range(preview.table.rowCount())
    ] == sorted(SPREADSHEET)
    assert preview.table.item(0, 0).text() == "340"  # Giulia's value would go to Elena
    preview.reject()
    assert all(dialog.grid.item(r, 0).text() == "" for r in range(6))  # nothing pasted
    # In the grid's order, confirmed: each value where it belongs.
    dialog.paste("\n".join(f"{AHT[n] + 2:g}" for n in sorted(SPREADSHEET)))
    dialog.preview.accept()
    _record(vault, dialog, TODAY)
    assert _stored(vault, ids, "Average handling time", TODAY) == {n: v + 2 for n, v in AHT.items()}


def test_values_are_refused_in_the_grid_with_the_cell_selected(qtbot, vault):
    _team(vault)
    dialog = _grid(qtbot, vault)
    names = [r.agent_name for r in dialog.overview.rows]
    kpis = [name for name, _ in dialog.overview.kpi_names]
    sara, csat, aht = names.index("Sara"), kpis.index("CSAT"), kpis.index("Average handling time")
    for row, column, text, words in (
        (sara, csat, "-5", "percentage is from 0 to 100"),
        (sara, csat, "120 %", "percentage is from 0 to 100"),
        (names.index("Luca"), aht, "-30", "cannot be negative"),
    ):
        for r in range(dialog.grid.rowCount()):
            for c in range(dialog.grid.columnCount()):
                dialog.grid.item(r, c).setText("")
        dialog.grid.item(0, 0).setText("300")
        dialog.grid.item(row, column).setText(text)
        dialog.grid.setCurrentCell(0, 0)
        dialog._check()
        assert not dialog.result()  # still open
        assert (dialog.grid.currentRow(), dialog.grid.currentColumn()) == (row, column)
        assert words in dialog.message.text() and names[row] in dialog.message.text()
    dialog.grid.item(sara, csat).setText("100")
    dialog.grid.item(names.index("Luca"), aht).setText("0")
    dialog._check()
    assert dialog.result()


@pytest.fixture
def team_window(qtbot, vault_info):
    """The app unlocked on a vault holding a team of six (no organisation), with a held
    coaching session holding a summary for Sara."""
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        ids = _team(vault)
        session = Session(
            "s-sara", dt.datetime.combine(TODAY, dt.time(10)), SessionKind.COACHING,
            SessionStatus.HELD, topic="Handling angry callers",
            items=(NoteItem("i-sara", ItemKind.SUMMARY, "Agreed to try the new script."),),
        )  # fmt: skip
        with vault.db.transaction():
            session_repo.insert_session(vault.db, ids["Sara"], session)
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    yield w, ids
    root.shutdown()


def _team_view(qtbot, w):
    from coachdesk.gui.dialogs.team_view import TeamViewDialog

    w.team_view_action.trigger()
    qtbot.waitUntil(
        lambda: bool(w._dialogs) and isinstance(w._dialogs[-1], TeamViewDialog), timeout=TIMEOUT
    )
    view = w._dialogs[-1]
    qtbot.waitUntil(lambda: view.overview is not None, timeout=TIMEOUT)
    return view


def _names(view):
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_an_agent_leaves_the_team_and_comes_back(qtbot, team_window):
    from coachdesk.gui.dialogs.team_editing import LeaveDialog
    from coachdesk.gui.dialogs.team_measurements import MeasurementsDialog

    w, _ids = team_window
    view = _team_view(qtbot, w)
    assert _names(view) == sorted(SPREADSHEET)
    assert not view.remove.isEnabled()  # nobody selected
    view.table.selectRow(_names(view).index("Sara"))
    assert view.remove.isEnabled()
    view._ask_remove()
    leave = view._dialog
    assert isinstance(leave, LeaveDialog) and "Sara" in leave.windowTitle()
    leave.accept()
    qtbot.waitUntil(lambda: "Sara" not in _names(view), timeout=TIMEOUT)
    assert len(_names(view)) == 5 and "Sara" in view.message.text()
    # Not in the measurements grid either.
    view._ask_measurements()
    grid = view._dialog
    assert isinstance(grid, MeasurementsDialog)
    assert "Sara" not in [r.agent_name for r in grid.overview.rows]
    grid.reject()
    # Every record kept: her engagement is still in the navigation (and its records, see
    # tests/services/test_teams.py).
    qtbot.waitUntil(
        lambda: any("Sara" in c.data() for c in children(w, 0)),
        timeout=TIMEOUT,
    )
    # Undone at once.
    assert view.undo.isVisible()
    view.undo.click()
    qtbot.waitUntil(lambda: "Sara" in _names(view), timeout=TIMEOUT)
    assert not view.undo.isVisible()
    # Or later, from the agents who left.
    view.table.selectRow(_names(view).index("Sara"))
    view._ask_remove()
    view._dialog.accept()
    qtbot.waitUntil(lambda: "Sara" not in _names(view), timeout=TIMEOUT)
    view.former.setChecked(True)
    qtbot.waitUntil(lambda: _names(view) == ["Sara"], timeout=TIMEOUT)
    assert view.model.index(0, 5).data() == TODAY.isoformat()  # the day she left
    view.table.selectRow(0)
    assert view.remove.text().replace("&", "") == "Bring back into the team"
    view.remove.click()
    qtbot.waitUntil(lambda: _names(view) == [], timeout=TIMEOUT)
    view.former.setChecked(False)
    qtbot.waitUntil(lambda: len(_names(view)) == 6, timeout=TIMEOUT)


def test_views_refresh_after_a_new_agreement_version_and_a_session_kind_change(qtbot, team_window):
    from coachdesk.gui.widgets.engagement_tabs import AGREEMENT_TAB

    w, _ids = team_window
    view = _team_view(qtbot, w)
    select(w, child_by_text(w, 0, "Sara"))
    qtbot.waitUntil(lambda: session_count(w) == 1, timeout=TIMEOUT)
    select_session(w, 0)
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 1, timeout=TIMEOUT)
    control = w.editor.editors()[0].sharing.controls["mgr"]
    assert control.blocked is not None  # the manager may receive nothing yet
    assert "1 coaching, 0 training" in w.details.text()
    # A new agreement version: the manager may receive summaries.
    shown = view.overview
    w.tabs.setCurrentIndex(AGREEMENT_TAB)
    w.tabs.agreement.new_version.click()
    agreement = w.tabs._dialog
    agreement.boxes[(Role.CS_MANAGER, Category.SUMMARIES)].setChecked(True)
    agreement.accept()
    qtbot.waitUntil(
        lambda: (
            bool(w.editor.editors())
            and w.editor.editors()[0].sharing.controls["mgr"].blocked is None
        ),
        timeout=TIMEOUT,
    )  # the open session's sharing controls, without opening another engagement
    qtbot.waitUntil(lambda: view.overview is not shown, timeout=TIMEOUT)  # the team view too
    # The session becomes a training: the header counts follow.
    shown = view.overview
    details = w.editor.details
    details.kind.setCurrentIndex(details.kind.findData(SessionKind.TRAINING.value))
    details.flush()
    qtbot.waitUntil(lambda: "0 coaching, 1 training" in w.details.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.overview is not shown, timeout=TIMEOUT)
    row = next(r for r in view.overview.rows if r.agent_name == "Sara")
    assert (row.coaching_held, row.training_held) == (0, 1)


def test_double_click_brings_the_engagement_to_the_front(qtbot, team_window):
    w, ids = team_window
    view = _team_view(qtbot, w)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=TIMEOUT)
    row = _names(view).index("Marco")
    view._activated(row, 0)
    qtbot.waitUntil(
        lambda: w.engagement.page is not None and w.engagement.page.engagement.id == ids["Marco"],
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=TIMEOUT)
    assert view.parent() is None  # a window of its own, not kept above the main window
    assert view.isVisible()  # still there to go back to


def test_deleting_an_engagement_says_whose(qtbot, team_window):
    w, ids = team_window
    select(w, child_by_text(w, 0, "Luca"))
    qtbot.waitUntil(
        lambda: w.engagement.page is not None and w.engagement.page.engagement.id == ids["Luca"],
        timeout=TIMEOUT,
    )
    w.practice.ask_delete_engagement(w.engagement.page.engagement)
    qtbot.waitUntil(
        lambda: any(
            isinstance(x, QMessageBox) and x.isVisible() for x in w.findChildren(QMessageBox)
        ),
        timeout=TIMEOUT,
    )
    box = next(x for x in w.findChildren(QMessageBox) if x.isVisible())
    assert "Luca" in box.text() and "Inbound support Milano" in box.text()
    assert "Luca" in box.windowTitle()
    box.reject()


def test_the_navigation_sorts_a_team_by_agent_name_and_keeps_its_width(qtbot, team_window):
    w, _ids = team_window
    labels = [c.data() for c in children(w, 0)]
    assert [label.split(" — ")[0] for label in labels] == sorted(SPREADSHEET)
    # A long session topic does not squeeze the navigation.
    select(w, child_by_text(w, 0, "Sara"))
    qtbot.waitUntil(lambda: session_count(w) == 1, timeout=TIMEOUT)
    select_session(w, 0)
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 1, timeout=TIMEOUT)
    w.editor.details.topic.setText("A very long topic " * 30)
    w.editor.details._edited()  # as typing does
    w.editor.details.flush()
    qtbot.waitUntil(lambda: "A very long topic" in session_text(w, 0), timeout=TIMEOUT)
    w.show()
    QApplication.processEvents()
    assert w.navigation.width() >= 200


@pytest.mark.parametrize("size", [20, 50])
def test_twenty_and_fifty_agents_fit_and_scroll(qtbot, vault_info, size):
    agents = [f"Agent {n:02d} Surname" for n in range(size, 0, -1)]
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        _team(vault, agents)
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        w = unlock(qtbot, root, vault_info.passphrase)
        view = _team_view(qtbot, w)
        qtbot.waitUntil(lambda: view.model.rowCount() == size, timeout=TIMEOUT)
        assert _names(view) == sorted(agents)
        QApplication.processEvents()
        # Large enough for every column, within the screen.
        screen = view.screen().availableGeometry()
        columns = view.table.horizontalHeader().length()
        assert view.width() >= min(columns, screen.width() - 80)
        if columns < screen.width() - 80:
            assert view.table.horizontalScrollBar().maximum() == 0
        # Tall enough for a good part of the team (the offscreen screen is 800 px high).
        visible = view.table.viewport().height() // view.table.rowHeight(0)
        assert visible >= min(size, 14), visible
        # Scrolls smoothly (by pixels) to the last agent, and draws a screenful quickly.
        mode = view.table.verticalScrollMode()
        assert mode == view.table.ScrollMode.ScrollPerPixel
        bar = view.table.verticalScrollBar()
        started = time.perf_counter()
        for value in range(0, bar.maximum() + 1, max(1, bar.singleStep())):
            bar.setValue(value)
            view.table.viewport().repaint()
        per_step = (time.perf_counter() - started) / max(
            1, bar.maximum() // max(1, bar.singleStep())
        )
        assert per_step < 0.05
        last = view.table.visualRect(view.model.index(size - 1, 0))
        assert view.table.viewport().rect().intersects(last)
        # The navigation lists them by name too.
        assert [c.data().split(" — ")[0] for c in children(w, 0)] == sorted(agents)
    finally:
        root.shutdown()


def test_the_first_team_creates_its_manager_and_never_loses_what_was_typed(qtbot, vault_info):
    from coachdesk.gui.dialogs.new_team import NewTeamDialog

    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        w = unlock(qtbot, root, vault_info.passphrase)
        view = _team_view_empty(qtbot, w)
        view._ask_new_team()
        qtbot.waitUntil(lambda: isinstance(view._dialog, NewTeamDialog), timeout=TIMEOUT)
        dialog = view._dialog
        assert not dialog.manager.isEnabled()  # nobody yet: type the manager's name
        dialog.title.setText("Inbound support Milano")
        dialog.agents.setPlainText("Giulia\nMarco\nSara\n")
        dialog._check()
        assert "type a new person" in dialog.message.text() and dialog.isVisible()
        dialog.reject()  # cancelled: what was typed is kept
        view._ask_new_team()
        qtbot.waitUntil(
            lambda: isinstance(view._dialog, NewTeamDialog) and view._dialog is not dialog,
            timeout=TIMEOUT,
        )
        dialog = view._dialog
        assert dialog.title.text() == "Inbound support Milano"
        assert dialog.agent_names() == ["Giulia", "Marco", "Sara"]
        dialog.new_manager.setText("Mara Manager")
        dialog._check()
        qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
        assert view.leader.currentText() == "Mara Manager"
        assert view.measure.isEnabled()
    finally:
        root.shutdown()


def _team_view_empty(qtbot, w):
    from coachdesk.gui.dialogs.team_view import TeamViewDialog

    w.team_view_action.trigger()
    qtbot.waitUntil(
        lambda: bool(w._dialogs) and isinstance(w._dialogs[-1], TeamViewDialog), timeout=TIMEOUT
    )
    return w._dialogs[-1]


def _overview(names):
    from coachdesk.domain import Better

    cell = teams.KpiCell(None, None, None, None, Better.HIGHER, "%")
    rows = tuple(
        teams.AgentRow(f"e{n}", name, {"CSAT": cell, "FCR": cell}, None, None, 0, 0, 0)
        for n, name in enumerate(sorted(names, key=teams.name_key))
    )
    return teams.TeamOverview("mgr", "Mara", (("CSAT", "%"), ("FCR", "%")), rows)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.permutations(SPREADSHEET),
    st.lists(st.integers(0, 100), min_size=6, max_size=6),
    st.booleans(),
)
def test_a_named_block_lands_by_name_in_any_order(qtbot, order, values, header):
    """Whatever the spreadsheet's order, with or without its header row (columns swapped),
    each value lands on the agent named beside it."""
    from coachdesk.gui.dialogs.team_measurements import MeasurementsDialog

    dialog = MeasurementsDialog(_overview(SPREADSHEET))
    qtbot.addWidget(dialog)
    given_values = dict(zip(order, values, strict=True))
    if header:
        lines = ["Agent\tFCR\tCSAT"] + [f"{n.upper()}\t1\t{given_values[n]}" for n in order]
    else:
        lines = [f"{n}\t{given_values[n]}\t1" for n in order]
    dialog.paste("\n".join(lines))
    assert dialog.preview is None
    got = {
        row.agent_name: float(dialog.grid.item(r, 0).text())
        for r, row in enumerate(dialog.overview.rows)
    }
    assert got == {n: float(v) for n, v in given_values.items()}


def test_a_kpi_set_s_baseline_and_target_are_checked_against_the_unit(qtbot):
    from coachdesk.gui.dialogs.new_team import KpiSetDialog

    dialog = KpiSetDialog(teams.DEFAULT_KPIS)
    qtbot.addWidget(dialog)
    table = dialog.kpi_set.table
    csat = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "CSAT")
    table.item(csat, 4).setText("105")  # a target above 100 %
    dialog._check()
    assert not dialog.result()
    assert (table.currentRow(), table.currentColumn()) == (csat, 4)
    assert "CSAT" in dialog.message.text() and "0 to 100" in dialog.message.text()
    table.item(csat, 4).setText("95")
    dialog._check()
    assert dialog.result() and dialog.result_kpis[2].target == 95
