"""The disclosure board shows each recipient the actions they would receive (spec §4
``plan``): the service's board carries the rule's plan per recipient, and the board's view
lists it, or says it is not permitted."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import (
    Action,
    Agreement,
    Category,
    Engagement,
    Person,
    Role,
    Stakeholder,
)
from coachdesk.gui.widgets.disclosure_view import DisclosureView
from coachdesk.services import board as board_service
from coachdesk.storage import engagement_repo, people_repo

START = dt.date(2026, 1, 1)


def _seed(db) -> None:
    with db.transaction():
        for pid in ("anna", "paola", "hr"):
            people_repo.insert_person(db, Person(pid, pid.title()))
        engagement_repo.insert_engagement(
            db,
            Engagement(
                id="e",
                coachee_id="anna",
                title="T",
                start=START,
                stakeholders=(Stakeholder("paola", Role.CS_MANAGER), Stakeholder("hr", Role.HR)),
                agreements=(
                    Agreement(
                        1,
                        START,
                        {
                            Role.CS_MANAGER: frozenset({Category.PLAN}),
                            Role.COACHEE: frozenset(Category),
                        },
                    ),
                ),
                actions=(
                    Action(
                        "a1",
                        "Review two calls a week",
                        "anna",
                        share_with=frozenset({"anna", "paola", "hr"}),
                    ),
                    Action("a2", "Private step", "anna", share_with=frozenset({"anna"})),
                ),
            ),
        )


def _section(view: DisclosureView, title: str) -> list[str]:
    for i in range(view.topLevelItemCount()):
        node = view.topLevelItem(i)
        if node.text(0) == title:
            return [node.child(j).text(0) for j in range(node.childCount())]
    raise AssertionError(f"no section {title}")


def test_the_board_shows_each_recipient_the_actions_they_would_receive(qtbot, vault):
    _seed(vault.db)
    b = board_service.board(vault.db, "e", dt.date(2026, 3, 1))
    plans = {p: [a.id for a in d.included.plan or ()] for p, d in b.recipients.items()}
    assert plans == {"anna": ["a1", "a2"], "paola": ["a1"], "hr": []}
    assert b.recipients["hr"].included.plan is None  # HR may not receive the plan
    view = DisclosureView()
    qtbot.addWidget(view)
    view.show_set(b.recipients["paola"].included)
    rows = _section(view, "Action plan")
    assert len(rows) == 1 and rows[0].startswith("Review two calls a week · Anna")
    assert "a1" in view.included_ids() and "a2" not in view.included_ids()
    view.show_set(b.recipients["hr"].included)
    assert _section(view, "Action plan") == ["not permitted by the agreement"]
