"""Sharing an action of the plan with a recipient (spec §3, §4 category ``plan``), the way
:func:`coachdesk.services.sharing.share_goal` shares a goal: per recipient, refused when the
agreement in force permits ``plan`` to nobody of that recipient's role.

A new action starts shared with the coachee (it is their plan) and with every
customer-service manager of the engagement whose role the agreement in force permits
``plan`` (the team template permits it: team leaders share the plan with the agent and the
manager)."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import Category, Engagement, Role
from coachdesk.errors import InvalidInput
from coachdesk.policy import REASON_TEXT, category_block
from coachdesk.storage import action_repo, engagement_repo
from coachdesk.storage.connection import Database


def default_action_shares(engagement: Engagement, today: dt.date) -> frozenset[str]:
    """Whom a new action of ``engagement`` is shared with: the coachee, and each
    ``cs_manager`` whose role the agreement in force on ``today`` permits ``plan``."""
    managers = {
        s.person_id
        for s in engagement.stakeholders
        if s.role is Role.CS_MANAGER
        and category_block(engagement, s.person_id, Category.PLAN, today) is None
    }
    return frozenset({engagement.coachee_id, *managers})


def share_action(db: Database, action_id: str, person_id: str, shared: bool) -> None:
    """Share an action (its text, owner, due date, status, and the goal or KPI it serves
    where the report shows those) with a recipient, or stop sharing it. Sharing is refused
    when the agreement in force does not permit ``plan`` to the recipient's role; stopping
    is always allowed."""
    with db.transaction():
        engagement_id = action_repo.action_engagement(db, action_id)
        if engagement_id is None:
            raise InvalidInput(f"no action {action_id!r}")
        if person_id not in engagement_repo.recipients(db, engagement_id):
            raise InvalidInput("that person is not a recipient in this engagement")
        if shared:
            engagement = engagement_repo.load_engagement(db, engagement_id)
            assert engagement is not None
            reason = category_block(engagement, person_id, Category.PLAN, dt.date.today())
            if reason is not None:
                raise InvalidInput(f"blocked by the agreement: {REASON_TEXT[reason]}")
        action_repo.set_action_share(db, action_id, person_id, shared)
