"""The coaching cadence in the main window: the navigation flags an engagement overdue for
coaching (and the flag goes once a coaching session is held), the welcome page lists who is
due this week, and the engagement page says when the next coaching session is due."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import (
    child_by_id,
    children,
    select,
    select_session,
    session_count,
    session_id,
    unlocked_app,
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
from coachdesk.interchange import to_document
from coachdesk.services import interchange
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000
TODAY = dt.date.today()


def _held(sid: str, days_ago: int, kind: SessionKind = SessionKind.COACHING) -> Session:
    day = TODAY - dt.timedelta(days=days_ago)
    return Session(sid, dt.datetime.combine(day, dt.time(10)), kind, SessionStatus.HELD)


def practice() -> Practice:
    start = TODAY - dt.timedelta(days=200)
    return Practice(
        organisations=(Organisation("acme", "ACME"),),
        people=(
            Person("anna", "Anna Rossi", "acme"),
            Person("bruno", "Bruno Neri", "acme"),
            Person("carla", "Carla Bo", "acme"),
        ),
        engagements=(
            # Coached 40 days ago, trained yesterday: training does not reset the clock.
            Engagement("e-anna", "anna", "Leadership", start, organisation_id="acme",
                       cadence_days=28,
                       sessions=(_held("a1", 40), _held("a2", 1, SessionKind.TRAINING))),
            # Coached 25 days ago: due in 3 days.
            Engagement("e-bruno", "bruno", "Leadership", start, organisation_id="acme",
                       cadence_days=28, sessions=(_held("b1", 25),)),
            # No cadence: never due.
            Engagement("e-carla", "carla", "Leadership", start, organisation_id="acme",
                       sessions=(_held("c1", 100),)),
        ),
    )  # fmt: skip


@pytest.fixture
def window(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        interchange.import_bytes(vault, json.dumps(to_document(practice())).encode())
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    yield w
    root.shutdown()


def _labels(w) -> dict[str, str]:
    return {str(c.data(0x0100)): c.data() for c in children(w, 0)[:3]}


def test_navigation_flags_only_the_engagement_overdue_for_coaching(qtbot, window):
    labels = _labels(window)
    assert labels["e-anna"].endswith("coaching overdue")
    assert "overdue" not in labels["e-bruno"] and "overdue" not in labels["e-carla"]


def test_welcome_page_lists_who_is_due_this_week_overdue_first(qtbot, window):
    text = window.details.text()
    assert "Due for coaching this week" in text
    assert text.index("Anna Rossi") < text.index("Bruno Neri")
    assert "Carla Bo" not in text
    assert (TODAY + dt.timedelta(days=3)).isoformat() in text


def test_engagement_page_says_when_the_next_coaching_session_is_due(qtbot, window):
    select(window, child_by_id(window, 0, "e-bruno"))
    qtbot.waitUntil(lambda: window.engagement.page is not None, timeout=TIMEOUT)
    due = (TODAY + dt.timedelta(days=3)).isoformat()
    assert f"due {due} (cadence in days: 28)" in window.details.text()


def test_holding_a_coaching_session_clears_the_flag(qtbot, window):
    select(window, child_by_id(window, 0, "e-anna"))
    qtbot.waitUntil(lambda: session_count(window) == 2, timeout=TIMEOUT)
    # The training session of yesterday becomes a coaching session, through the editor.
    select_session(window, next(i for i in range(2) if session_id(window, i) == "a2"))
    qtbot.waitUntil(lambda: window.editor._session is not None, timeout=TIMEOUT)
    details = window.editor.details
    details.kind.setCurrentIndex(details.kind.findData(SessionKind.COACHING.value))
    qtbot.waitUntil(
        lambda: not _labels(window)["e-anna"].endswith("coaching overdue"), timeout=TIMEOUT
    )


def test_the_team_view_flags_agents_overdue_for_coaching(qtbot, vault_info):
    """The team template sets a 28-day cadence: started 60 days ago, an agent never coached
    is overdue; one coached today is not."""
    from coachdesk.domain import Person
    from coachdesk.gui.dialogs.team_view import TeamViewDialog
    from coachdesk.services import teams
    from coachdesk.storage import people_repo, session_repo

    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        with vault.db.transaction():
            people_repo.insert_person(vault.db, Person("mgr", "Mara Manager"))
        made = teams.create_team(
            vault.db, title="Inbound", manager_id="mgr", agent_names=["Giulia", "Sara"],
            start=TODAY - dt.timedelta(days=60),
        )  # fmt: skip
        assert all(e.cadence_days == 28 for e in made)
        sara = next(e for e in made if e.coachee_id != made[0].coachee_id)
        with vault.db.transaction():
            session_repo.insert_session(vault.db, sara.id, _held("s-sara", 0))
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    w.team_view_action.trigger()
    qtbot.waitUntil(
        lambda: bool(w._dialogs) and isinstance(w._dialogs[-1], TeamViewDialog), timeout=TIMEOUT
    )
    view = w._dialogs[-1]
    qtbot.waitUntil(lambda: view.overview is not None, timeout=TIMEOUT)
    last = {
        view.model.index(r, 0).data(): view.model.index(r, 1).data()
        for r in range(view.model.rowCount())
    }
    assert last["Giulia"].endswith("overdue")
    assert last["Sara"] == TODAY.isoformat()
    root.shutdown()
