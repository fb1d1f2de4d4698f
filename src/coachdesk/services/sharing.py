"""Sharing states and item text edits (spec §3, §4): the consent rules that storage keeps.

- ``agreed`` binds to the SHA-256 of the item's text at that moment; editing the text voids
  it (it then counts as ``proposed``), and :func:`edit_item_text` says whose consent went.
- ``exception`` needs a written justification and binds to the text like ``agreed``: an
  edit voids it (it then counts as ``private``) until the coach records it again.
- consent binds to the text the coachee saw: recording ``agreed`` or ``exception`` takes the
  SHA-256 of the text on screen (``shown_sha256``) and is refused, writing nothing, when the
  stored text has changed since it was shown (an edit saved meanwhile, a stale board).
- a ``reflection`` has no sharing controls: only ``private`` is accepted.
- the coachee's own copy: for the coachee as recipient of a ``summary`` (a summary of their
  own session, their own words), "share" is not a consent to ask of them. A new summary is
  shared with the coachee (``agreed``, bound to its text) when the agreement in force
  permits the coachee summaries (:func:`initial_sharing`), and an edit carries that state
  over to the new text (:func:`follow_edit`), for the coachee only: every other recipient's
  consent or exception is voided by the edit as always.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from coachdesk.domain import (
    Category,
    Engagement,
    ItemKind,
    SharingState,
    SharingStateKind,
    text_sha256,
)
from coachdesk.errors import InvalidInput
from coachdesk.policy import REASON_TEXT, category_block
from coachdesk.policy.sharing_state import BINDING, make_state
from coachdesk.storage import engagement_repo, goal_repo, session_repo
from coachdesk.storage.connection import Database

TEXT_CHANGED = "the text changed since it was shown; look at it again before recording consent"
# What the record says of how a summary came to be shared with the coachee themselves.
OWN_COPY_HOW = "the coachee's own copy of their session summary"


def is_own_copy(kind: ItemKind, person_id: str, coachee_id: str) -> bool:
    """True for the coachee as recipient of a session summary: the control shares it with
    them ("Share with …") rather than asking their consent to their own words."""
    return kind is ItemKind.SUMMARY and person_id == coachee_id


def initial_sharing(
    engagement: Engagement, kind: ItemKind, text: str, today: dt.date
) -> dict[str, SharingState]:
    """The sharing a new note item starts with: private to everyone, except a summary, which
    is shared with the coachee (``agreed`` today, bound to ``text``) when the agreement in
    force today permits the coachee summaries."""
    coachee = engagement.coachee_id
    if not is_own_copy(kind, coachee, coachee):
        return {}
    if category_block(engagement, coachee, Category.SUMMARIES, today) is not None:
        return {}
    return {
        coachee: SharingState(SharingStateKind.AGREED, today, OWN_COPY_HOW, "", text_sha256(text))
    }


def follow_edit(
    state: SharingState, old_sha256: str, new_text: str, today: dt.date
) -> SharingState:
    """The coachee's own copy after an edit (call it for that pair only): an ``agreed``
    bound to the text before the edit is bound to the new text from ``today`` (so a report
    dated earlier does not show the new words); any other state is returned unchanged (a
    consent already void stays void, an exception is never carried over)."""
    if state.state is SharingStateKind.AGREED and state.text_sha256 == old_sha256:
        return replace(state, on=today, text_sha256=text_sha256(new_text))
    return state


def set_sharing_state(
    db: Database,
    item_id: str,
    person_id: str,
    state: SharingStateKind,
    *,
    shown_sha256: str | None = None,
    on: dt.date | None = None,
    how: str = "",
    justification: str = "",
) -> SharingState:
    """Set the sharing state of one (item, recipient) pair, in one transaction.

    For ``agreed`` and ``exception``, ``shown_sha256`` is the SHA-256 of the item's text as
    the coach's screen showed it (:func:`coachdesk.domain.text_sha256`); it is required, and
    when the stored text no longer has that hash nothing is written and ``InvalidInput``
    says so. ``on`` defaults to today for ``agreed`` and ``exception``. Returns the state
    stored.
    """
    if state in BINDING and shown_sha256 is None:
        # A programming error, not the coach's: every control knows the text it shows.
        raise ValueError("recording consent or an exception needs the hash of the text shown")
    with db.transaction():
        found = session_repo.item_context(db, item_id)
        if found is None:
            raise InvalidInput(f"no note item {item_id!r}")
        item, engagement_id = found
        if state in BINDING and text_sha256(item.text) != shown_sha256:
            raise InvalidInput(TEXT_CHANGED)  # listed for translation in gui/messages.py
        if on is not None and on > dt.date.today():
            raise InvalidInput("consent cannot be recorded with a date after today")
        if person_id not in engagement_repo.recipients(db, engagement_id):
            raise InvalidInput("that person is not a recipient in this engagement")
        category = item.kind.category
        if category is not None and state in (SharingStateKind.PROPOSED, SharingStateKind.AGREED):
            # Rule 1 of §4, from the rule itself: consent cannot be recorded for a category
            # the agreement in force does not permit this recipient's role (an exception,
            # disclosure without consent, is the one way around it).
            engagement = engagement_repo.load_engagement(db, engagement_id)
            assert engagement is not None
            blocked = category_block(engagement, person_id, category, dt.date.today())
            if blocked is not None:
                raise InvalidInput(f"blocked by the agreement: {REASON_TEXT[blocked]}")
        # The rule is policy's (import uses it too); what the coach typed is trimmed, and a
        # consent or exception recorded without a date is dated today.
        day = on or (dt.date.today() if state in BINDING else None)
        how, justification = how.strip(), justification.strip()
        new = make_state(item.kind, item.text, state, on=day, how=how, justification=justification)
        session_repo.set_sharing(db, item_id, person_id, new)
    return new


def share_goal(db: Database, goal_id: str, person_id: str, shared: bool) -> None:
    """Share a goal (its title and status, and its ratings and KPIs as progress) with a
    recipient, or stop sharing it. Refused when the agreement in force permits the
    recipient's role neither goals nor progress."""
    with db.transaction():
        engagement_id = goal_repo.goal_engagement(db, goal_id)
        if engagement_id is None:
            raise InvalidInput(f"no goal {goal_id!r}")
        if person_id not in engagement_repo.recipients(db, engagement_id):
            raise InvalidInput("that person is not a recipient in this engagement")
        if shared:
            engagement = engagement_repo.load_engagement(db, engagement_id)
            assert engagement is not None
            blocks = [
                category_block(engagement, person_id, category, dt.date.today())
                for category in (Category.GOALS, Category.PROGRESS)
            ]
            if all(blocks):
                reason = blocks[0]
                assert reason is not None
                raise InvalidInput(f"blocked by the agreement: {REASON_TEXT[reason]}")
        goal_repo.set_goal_share(db, goal_id, person_id, shared)


def agree_items(
    db: Database, shown: Mapping[str, str], person_id: str, *, on: dt.date, how: str
) -> None:
    """Record the coachee's agreement to share several items with one recipient, all or
    none (the disclosure board's "mark agreed"). ``shown`` maps each item id to the SHA-256
    of its text as the board showed it; if any item's text has changed since, nothing is
    recorded (``InvalidInput``)."""
    with db.transaction():
        for item_id, digest in shown.items():
            set_sharing_state(
                db,
                item_id,
                person_id,
                SharingStateKind.AGREED,
                shown_sha256=digest,
                on=on,
                how=how,
            )


def edit_item_text(db: Database, item_id: str, text: str) -> list[str]:
    """Change an item's text; returns the recipients whose consent or exception this edit
    voided.

    Their ``agreed`` and ``exception`` rows stay as they were (bound to the old hash), so the
    app can say "consent needed again" or "record the exception again"; the disclosure rule
    treats them as ``proposed`` and ``private``. The one state that follows the edit is the
    coachee's own copy of a summary (:func:`follow_edit`): it is bound to the new text.
    """
    with db.transaction():
        found = session_repo.item_context(db, item_id)
        if found is None:
            raise InvalidInput(f"no note item {item_id!r}")
        item, engagement_id = found
        if item.text == text:
            return []
        old_hash = text_sha256(item.text)
        was_valid = [
            pid
            for pid, st in item.sharing.items()
            if st.state in BINDING and st.text_sha256 == old_hash
        ]
        session_repo.update_item_text(db, item_id, text)
        followed: set[str] = set()
        summary = engagement_repo.engagement_summary(db, engagement_id)
        coachee = summary[1] if summary is not None else None
        if coachee is not None and is_own_copy(item.kind, coachee, coachee):
            state = item.state_for(coachee)
            carried = follow_edit(state, old_hash, text, dt.date.today())
            if carried != state:
                session_repo.set_sharing(db, item_id, coachee, carried)
                followed.add(coachee)
        new_hash = text_sha256(text)
        return sorted(
            pid
            for pid in was_valid
            if pid not in followed and item.sharing[pid].text_sha256 != new_hash
        )
