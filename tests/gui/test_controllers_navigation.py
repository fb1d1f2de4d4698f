"""The navigation controller (gui/controllers/navigation.py): the first page (welcome, or who
is due this week), the current engagement kept selected across reloads without opening it
again, the organisation a new person starts in, the context menu of each kind of row, the
way back after an unlock, and a long branch read a page at a time as it scrolls into view."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import (
    TIMEOUT,
    child,
    child_by_id,
    child_count,
    select,
    session_count,
    top,
    wait_for_navigation,
)
from PySide6.QtWidgets import QMenu

from coachdesk.domain import (
    Engagement,
    Organisation,
    Person,
    Practice,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.gui.controllers.navigation import due_this_week
from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.models.navigation import ROLE_ID
from coachdesk.gui.tasks import Tasks
from coachdesk.interchange import to_document
from coachdesk.services import interchange
from coachdesk.services import vault as vault_service
from coachdesk.services.cadence import Due
from coachdesk.services.navigation import EngagementRow

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=200)


def _practice(agents: int = 0) -> Practice:
    held = dt.datetime.combine(TODAY - dt.timedelta(days=40), dt.time(10))
    recent = dt.datetime.combine(TODAY - dt.timedelta(days=25), dt.time(10))
    people = [Person("anna", "Anna Rossi", "acme"), Person("bruno", "Bruno Neri", "acme")]
    people += [Person(f"a{n:03d}", f"Agent {n:03d}", "big") for n in range(agents)]
    engagements = [
        Engagement("e-anna", "anna", "Leadership", START, organisation_id="acme",
                   cadence_days=28,
                   sessions=(Session("s1", held, SessionKind.COACHING, SessionStatus.HELD),)),
        Engagement("e-bruno", "bruno", "Sales", START, organisation_id="acme", cadence_days=30,
                   sessions=(Session("s2", recent, SessionKind.COACHING, SessionStatus.HELD),)),
    ]  # fmt: skip
    engagements += [
        Engagement(f"e{n:03d}", f"a{n:03d}", "Support", START, organisation_id="big")
        for n in range(agents)
    ]
    orgs = (Organisation("acme", "ACME"), Organisation("big", "Big Call Centre"))
    return Practice(organisations=orgs, people=tuple(people), engagements=tuple(engagements))


def _window(qtbot, vault_info, practice: Practice | None) -> MainWindow:
    if practice is not None:
        with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
            interchange.import_bytes(vault, json.dumps(to_document(practice)).encode())
    tasks = Tasks()
    w = MainWindow(tasks)
    qtbot.addWidget(w)
    opened: list[object] = []
    tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    w.show()
    w.refresh()
    wait_for_navigation(qtbot, w)
    return w


@pytest.fixture
def window(qtbot, vault_info):
    w = _window(qtbot, vault_info, _practice())
    yield w
    w._tasks.shutdown()


def test_who_is_due_this_week_comes_by_date_then_name():
    def row(eid: str, name: str) -> EngagementRow:
        return EngagementRow(eid, name, "T", START, None, (name.lower(), eid))

    due = {
        "b": Due("b", "pb", TODAY + dt.timedelta(days=2), None, False),
        "a": Due("a", "pa", TODAY - dt.timedelta(days=3), None, True),
        "c": Due("c", "pc", TODAY + dt.timedelta(days=2), None, False),
        "far": Due("far", "pf", TODAY + dt.timedelta(days=8), None, False),
        "gone": Due("gone", "pg", TODAY, None, False),  # no longer in the vault
    }
    rows = {k: row(k, n) for k, n in (("a", "Zoe"), ("b", "Carla"), ("c", "Bea"), ("far", "F"))}
    assert [d.engagement_id for d, _ in due_this_week(due, rows, TODAY)] == ["a", "c", "b"]


def test_an_empty_vault_shows_the_welcome_page(qtbot, vault_info):
    w = _window(qtbot, vault_info, None)
    try:
        qtbot.waitUntil(lambda: w.heading.text() == "Welcome to CoachDesk", timeout=TIMEOUT)
        assert "File → New person…" in w.details.text()
        assert child_count(w, "People") == 0
    finally:
        w._tasks.shutdown()


def test_the_first_page_lists_who_is_due_this_week_overdue_first(qtbot, window):
    qtbot.waitUntil(lambda: "Due for coaching this week" in window.details.text(), timeout=TIMEOUT)
    text = window.details.text()
    assert "Anna Rossi — Leadership: <b>overdue</b> since" in text
    due = (TODAY + dt.timedelta(days=5)).isoformat()
    assert f"Bruno Neri — Sales: {due}" in text
    assert text.index("Anna Rossi") < text.index("Bruno Neri")


def test_the_open_engagement_stays_selected_across_a_reload_without_opening_again(qtbot, window):
    select(window, child_by_id(window, "ACME", "e-bruno"))
    qtbot.waitUntil(lambda: window.page is not None, timeout=TIMEOUT)
    opened: list[str] = []
    real_open = window.engagement.open
    window.engagement.open = lambda eid, then=None: (opened.append(eid), real_open(eid, then))
    with qtbot.waitSignal(window.navigator.model.modelReset, timeout=TIMEOUT):
        window.refresh()
    qtbot.waitUntil(lambda: window.navigation.currentIndex().isValid(), timeout=TIMEOUT)
    assert window.navigation.currentIndex().data(ROLE_ID) == "e-bruno"
    assert opened == []
    assert window.heading.text() == "Sales"  # not the first page


def test_a_new_person_starts_in_the_organisation_of_the_selected_row(qtbot, window):
    nav = window.navigator
    select(window, child_by_id(window, "ACME", "e-anna"))
    assert nav.selected_organisation() == "acme"
    select(window, top(window, "Big Call Centre"))
    assert nav.selected_organisation() == "big"
    select(window, child(window, "People", 0))
    assert nav.selected_organisation() is None


def _menu(window, index) -> list[str]:
    window.navigation.scrollTo(index)
    window.navigator._menu_requested(window.navigation.visualRect(index).center())
    menu = window.navigator._menu
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.close()
    return texts


# The offscreen platform cannot raise a popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_each_kind_of_row_has_its_own_context_menu(qtbot, window):
    new = ["New &engagement…", "New &person…", "New &organisation…"]
    assert _menu(window, top(window, "ACME")) == [
        "Rename organisation…", "Delete organisation…", *new
    ]  # fmt: skip
    assert _menu(window, child(window, "People", 0)) == ["Edit person…", "Delete person…", *new]
    assert _menu(window, top(window, "People")) == new
    anna = child_by_id(window, "ACME", "e-anna")
    assert _menu(window, anna) == new  # not the open engagement
    select(window, anna)
    qtbot.waitUntil(lambda: window.page is not None, timeout=TIMEOUT)
    assert _menu(window, anna) == ["&Edit engagement…", "&Delete engagement…", *new]


def test_unlocking_returns_to_the_engagement_session_and_tab_of_the_lock(qtbot, window):
    window.navigator.remember("e-anna", "s1", 2)
    window.refresh()
    qtbot.waitUntil(lambda: window.page is not None and session_count(window) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.sessions_list.current_id() == "s1", timeout=TIMEOUT)
    assert window.page.engagement.id == "e-anna" and window.tabs.currentIndex() == 2
    window.refresh()  # only once
    qtbot.waitUntil(lambda: window._tasks.pending == 0, timeout=TIMEOUT)
    assert window.sessions_list.current_id() == "s1"


def test_a_changed_overdue_flag_and_only_that_reads_the_tree_again(qtbot, window):
    refreshed: list[bool] = []
    window.navigator.refresh = lambda directory=True: refreshed.append(directory)
    window.navigator.due_changed(dict(window.navigator.model.due))
    assert refreshed == []
    window.navigator.due_changed({})
    assert refreshed == [False]  # the people and organisations did not change


def test_a_long_organisation_is_read_a_page_at_a_time_as_it_scrolls_into_view(qtbot, vault_info):
    w = _window(qtbot, vault_info, _practice(agents=450))
    try:
        model = w.navigator.model
        # Every branch that starts within the first thousand rows comes with the tree,
        # expanded as always; a long one brings its first page only.
        assert child_count(w, "Big Call Centre") == 200
        assert w.navigation.isExpanded(top(w, "People")) and child_count(w, "People") == 200
        # Far down the tree, a branch waits folded until the coach opens it.
        w.navigator.clear()
        model.first_rows = 100
        with qtbot.waitSignal(model.modelReset, timeout=TIMEOUT):
            w.refresh()
        big, people = top(w, "Big Call Centre"), top(w, "People")
        assert w.navigation.isExpanded(big) and child_count(w, "Big Call Centre") == 200
        assert not w.navigation.isExpanded(people) and model.rowCount(people) == 0
        with qtbot.waitSignal(model.rowsInserted, timeout=TIMEOUT):
            w.navigation.expand(people)
        assert child(w, "People", 0).data() == "Agent 000"
        # Down past the organisation's end to the end of the people: only what is on
        # screen grows, nothing above it.
        with qtbot.waitSignal(model.rowsInserted, timeout=TIMEOUT):
            w.navigation.scrollToBottom()
        qtbot.waitUntil(lambda: w._tasks.pending == 0, timeout=TIMEOUT)
        assert child_count(w, "People") > 200 and child_count(w, "Big Call Centre") == 200
        # The end of the organisation's first page comes into view (not the end of the
        # tree): its next page follows.
        with qtbot.waitSignal(model.rowsInserted, timeout=TIMEOUT):
            w.navigation.scrollTo(child(w, "Big Call Centre", 199))
        assert child_count(w, "Big Call Centre") == 400
        assert child(w, "Big Call Centre", 399).data() == "Agent 399 — Support"
    finally:
        w._tasks.shutdown()
