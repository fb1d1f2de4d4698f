"""The sessions controller (gui/controllers/sessions.py): a new session starts at the last
quarter hour and opens in the session tab; a session saved by the editor changes its line
and the editor's heading; choosing a row shows that session as last read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from helpers import (
    TIMEOUT,
    child,
    current_session_text,
    select,
    select_session,
    session_count,
    session_text,
    window_on,
)

from coachdesk.domain import (
    Engagement,
    Organisation,
    Person,
    Practice,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.gui.controllers.sessions import new_session_start
from coachdesk.gui.widgets.engagement_tabs import SESSION_TAB
from coachdesk.interchange import to_document
from coachdesk.services import interchange
from coachdesk.services import vault as vault_service

START = dt.date.today() - dt.timedelta(days=90)


@pytest.fixture
def window(qtbot, vault_info):
    held = dt.datetime.combine(START + dt.timedelta(days=7), dt.time(9, 30))
    later = held + dt.timedelta(days=14)
    practice = Practice(
        organisations=(Organisation("acme", "ACME"),),
        people=(Person("anna", "Anna Rossi", "acme"),),
        engagements=(
            Engagement("e1", "anna", "Leadership", START, organisation_id="acme", sessions=(
                Session("s1", held, SessionKind.COACHING, SessionStatus.HELD, topic="Start"),
                Session("s2", later, SessionKind.TRAINING, SessionStatus.PLANNED),
            )),
        ),
    )  # fmt: skip
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        interchange.import_bytes(vault, json.dumps(to_document(practice)).encode())
    w = window_on(qtbot, vault_info.folder, vault_info.passphrase)
    select(w, child(w, "ACME", 0))
    qtbot.waitUntil(lambda: session_count(w) == 2, timeout=TIMEOUT)
    yield w
    w._tasks.shutdown()


@pytest.mark.parametrize(
    ("now", "start"),
    [((10, 37, 12), (10, 30)), ((10, 0, 0), (10, 0)), ((23, 59, 59), (23, 45))],
)
def test_a_new_session_starts_at_the_last_quarter_hour(now, start):
    day = dt.date(2026, 3, 2)
    assert new_session_start(
        dt.datetime.combine(
            day,
            dt.time(*now),
        )
    ) == dt.datetime.combine(day, dt.time(*start))


def test_the_list_is_newest_first_and_nothing_is_chosen(qtbot, window):
    assert "training · planned" in session_text(window, 0)
    assert session_text(window, 1).endswith("coaching · held · Start")
    assert current_session_text(window) is None
    assert window.editor.title.text() == "Choose a session"


def test_choosing_a_row_shows_that_session_under_its_line(qtbot, window):
    select_session(window, 1)
    qtbot.waitUntil(lambda: window.editor._session is not None, timeout=TIMEOUT)
    assert window.editor._session.id == "s1"
    assert window.editor.title.text() == session_text(window, 1)


def test_a_saved_session_changes_its_line_and_the_heading(qtbot, window):
    select_session(window, 1)
    qtbot.waitUntil(lambda: window.editor._session is not None, timeout=TIMEOUT)
    changed = dataclasses.replace(window.editor._session, topic="Difficult calls")
    window.editor.session_saved.emit(changed)
    assert session_text(window, 1).endswith("· Difficult calls")
    assert window.editor.title.text() == session_text(window, 1)
    assert session_text(window, 0).endswith("planned")  # the other line is left alone


def test_a_new_session_opens_in_the_session_tab(qtbot, window):
    window.new_session_action.trigger()
    qtbot.waitUntil(lambda: session_count(window) == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.sessions_list.current_id() is not None, timeout=TIMEOUT)
    assert window.sessions_list.current_id() not in ("s1", "s2")
    assert window.tabs.currentIndex() == SESSION_TAB
    assert "coaching · held" in current_session_text(window)
