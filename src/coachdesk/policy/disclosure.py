"""The disclosure rule of spec §4: the only place it exists.

:func:`disclose` is a pure function (no I/O, no Qt, no clock) from domain data to a
:class:`Disclosure`: the :class:`DisclosureSet` that a report may contain, and the reasons
every other candidate fact was left out. The report renderer, the ledger, the CLI's
``--explain`` and the app's preview and disclosure board all call it.

A fact appears in a report for recipient R of engagement E over period P if and only if

1. the agreement version in force at the report date (the newest agreed on or before it)
   permits R's role the fact's category;
2. a note item's state for R is ``agreed`` with a matching text hash, recorded on or before
   the report date; a goal (and its progress) is shared with R; an action (category
   ``plan``) is shared with R; attendance needs only rule 1;
3. its date lies in P (a goal: active during P; ratings and KPI measurements: dated in P; an
   action: open during P or due in P, see :func:`action_in_period`).

An item whose state for R is ``exception`` with a matching text hash, recorded on or before the
report date, bypasses rules 1 and 2 (not 3) and appears in a section of its own with its
justification; an exception whose text changed since is void and counts as ``private``.
A report dated in the past shows what had been agreed by that date and never more.
Reflections never appear. Of a goal, only the title and status (category ``goals``) and its
ratings and KPIs (``progress``) appear; GROW fields and the agreement's free text never do;
actions appear only under ``plan`` (text, owner's name, due date, status, and the goal or KPI
it serves only when that goal or KPI is itself in the report). Goals shown without their
titles are numbered among those included only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from coachdesk.domain import (
    Action,
    ActionStatus,
    Better,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    GoalStatus,
    ItemKind,
    Language,
    NoteItem,
    Role,
    SessionKind,
    SessionStatus,
    SharingStateKind,
    text_sha256,
)


@dataclass(frozen=True)
class Period:
    """A closed range of days."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` lies in the period, both ends included."""
        return self.start <= day <= self.end

    def overlaps(self, start: dt.date, end: dt.date | None) -> bool:
        """True when the span from ``start`` to ``end`` (``None``: open-ended) meets the
        period on at least one day."""
        return start <= self.end and (end is None or end >= self.start)


class Reason(StrEnum):
    """Why a candidate fact is not in the report."""

    REFLECTION = "reflection"  # the coach's own thinking: never shared
    OUTSIDE_PERIOD = "outside_period"
    NO_AGREEMENT = "no_agreement"  # no agreement version in force at the report date
    CATEGORY_NOT_PERMITTED = "category_not_permitted"
    NO_CONSENT = "no_consent"  # private, or proposed and not yet agreed
    CONSENT_VOID = "consent_void"  # agreed, but the text changed since
    NOT_SHARED = "not_shared"  # a goal not shared with this recipient
    ACTION_NOT_SHARED = "action_not_shared"  # an action not shared with this recipient
    EXCEPTION_VOID = "exception_void"  # an exception, but the text changed since
    AFTER_REPORT_DATE = "after_report_date"  # consent or exception recorded after the report


REASON_TEXT: dict[Reason, str] = {
    Reason.REFLECTION: "a reflection is never shared",
    Reason.OUTSIDE_PERIOD: "outside the report's period",
    Reason.NO_AGREEMENT: "no agreement was in force at the report date",
    Reason.CATEGORY_NOT_PERMITTED: "the agreement does not permit this category for the role",
    Reason.NO_CONSENT: "the coachee has not agreed to share it",
    Reason.CONSENT_VOID: "consent void: the text changed after the coachee agreed",
    Reason.NOT_SHARED: "the goal is not shared with this recipient",
    Reason.ACTION_NOT_SHARED: "the action is not shared with this recipient",
    Reason.EXCEPTION_VOID: "exception void: the text changed after it was recorded",
    Reason.AFTER_REPORT_DATE: "consent or exception recorded after the report date",
}


@dataclass(frozen=True)
class Exclusion:
    """One candidate fact left out, and why. Carries ids and dates, never text."""

    kind: str  # "session", "item", "goal", "progress", "action"
    id: str
    category: Category | None
    reason: Reason
    day: dt.date | None = None
    item_kind: ItemKind | None = None


@dataclass(frozen=True)
class SessionFact:
    """One session under attendance. ``topic`` is a training session's topic (what was
    taught); it is empty for every other kind, whose topic field stays with the coach."""

    id: str
    start: dt.datetime
    kind: SessionKind
    status: SessionStatus
    duration_min: int
    topic: str = ""


@dataclass(frozen=True)
class GoalFact:
    id: str
    title: str
    status: GoalStatus


@dataclass(frozen=True)
class KpiFact:
    id: str
    name: str
    unit: str
    better: Better
    baseline: float | None
    target: float | None
    measurements: tuple[tuple[dt.date, float], ...]


@dataclass(frozen=True)
class ProgressFact:
    """Ratings and KPIs of one shared goal. ``title`` is empty when the recipient may not
    receive goal titles (category ``goals``): the report then numbers the goal instead."""

    goal_id: str
    number: int
    title: str
    ratings: tuple[tuple[dt.date, int], ...]
    kpis: tuple[KpiFact, ...]


@dataclass(frozen=True)
class PlanFact:
    """One shared action of the plan. ``serves`` names the goal or KPI it serves, and is
    empty unless that goal's title or that KPI is itself in the report (no hint of a goal
    the recipient may not see)."""

    id: str
    text: str
    owner_name: str
    due: dt.date | None
    status: ActionStatus
    serves: str


@dataclass(frozen=True)
class ItemFact:
    id: str
    session_id: str
    day: dt.date
    kind: ItemKind
    text: str
    agreed_on: dt.date | None
    how: str

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class ExceptionFact:
    id: str
    session_id: str
    day: dt.date
    kind: ItemKind
    text: str
    justification: str
    on: dt.date | None

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class Header:
    """What the top of a report says: who, to whom, over when, under which agreement."""

    coach: CoachProfile
    engagement_id: str
    engagement_title: str
    coachee_name: str
    recipient_id: str
    recipient_name: str
    role: Role
    period: Period
    report_date: dt.date
    language: Language
    agreement_version: int | None
    agreement_date: dt.date | None


@dataclass(frozen=True)
class DisclosureSet:
    """Everything one report may contain, and nothing else.

    A section is ``None`` when the recipient may not receive its category: the report then
    leaves it out entirely. An empty tuple means permitted, but nothing in the period.
    """

    header: Header
    attendance: tuple[SessionFact, ...] | None
    goals: tuple[GoalFact, ...] | None
    progress: tuple[ProgressFact, ...] | None
    summaries: tuple[ItemFact, ...] | None
    notes: tuple[ItemFact, ...] | None
    exceptions: tuple[ExceptionFact, ...] = ()
    plan: tuple[PlanFact, ...] | None = None

    def facts(self) -> list[tuple[str, str, str]]:
        """(kind, id, sha256) of every fact included, for the ledger."""
        out: list[tuple[str, str, str]] = []
        for s in self.attendance or ():
            out.append(("session", s.id, _session_digest(s)))
        for g in self.goals or ():
            out.append(("goal", g.id, _digest(g)))
        for p in self.progress or ():
            out.append(("progress", p.goal_id, _digest(p)))
        for a in self.plan or ():
            out.append(("action", a.id, _digest(a)))
        for i in (*(self.summaries or ()), *(self.notes or ())):
            out.append(("item", i.id, i.sha256))
        for x in self.exceptions:
            out.append(("exception", x.id, x.sha256))
        return out

    def is_empty(self) -> bool:
        """True when the set holds no fact at all (sections may still be permitted)."""
        return (
            not any(
                (self.attendance, self.goals, self.progress, self.plan, self.summaries, self.notes)
            )
            and not self.exceptions
        )


@dataclass(frozen=True)
class Disclosure:
    """The rule's answer: what goes in, and why everything else stays out."""

    included: DisclosureSet
    excluded: tuple[Exclusion, ...] = field(default=())
    # Items that await the coachee's agreement for this recipient (proposed, or consent void)
    # in a permitted category: what the disclosure board shows to go through together.
    awaiting: tuple[str, ...] = field(default=())


def category_block(
    engagement: Engagement, recipient_id: str, category: Category, day: dt.date
) -> Reason | None:
    """Rule 1 alone: ``None`` when the agreement in force on ``day`` permits the recipient's
    role this category, else why not. The app shows it on every sharing control."""
    role = engagement.role_of(recipient_id)
    if role is None:
        raise ValueError("the recipient is neither the coachee nor a stakeholder")
    agreement = engagement.agreement_at(day)
    if agreement is None:
        return Reason.NO_AGREEMENT
    if not agreement.permits_category(role, category):
        return Reason.CATEGORY_NOT_PERMITTED
    return None


def disclose(
    engagement: Engagement,
    recipient_id: str,
    period: Period,
    report_date: dt.date,
    *,
    coach: CoachProfile,
    names: Mapping[str, str],
    language: Language | None = None,
) -> Disclosure:
    """Apply the rule of §4 for one recipient of one engagement, as it stood on
    ``report_date``: the agreement in force then, and only the consents and exceptions
    recorded on or before it.

    ``names`` maps person ids to display names (the coachee's and the recipient's are
    used). Raises ``ValueError`` if ``recipient_id`` is not the coachee or a stakeholder.
    The caller guarantees ``report_date`` is not after today (§4); the disclosure board
    passes today, so ``awaiting`` lists what the coachee could agree to now.
    """
    role = engagement.role_of(recipient_id)
    if role is None:
        raise ValueError("the recipient is neither the coachee nor a stakeholder")
    agreement = engagement.agreement_at(report_date)
    excluded: list[Exclusion] = []
    awaiting: list[str] = []
    sessions = sorted(engagement.sessions, key=lambda s: (s.start, s.id))

    def permitted(category: Category) -> Reason | None:
        return category_block(engagement, recipient_id, category, report_date)

    # -- attendance: sessions' dates and status --------------------------------------
    attendance: list[SessionFact] | None = None
    blocked = permitted(Category.ATTENDANCE)
    if blocked is None:
        attendance = []
    for s in sessions:
        if not period.contains(s.date):
            excluded.append(Exclusion("session", s.id, Category.ATTENDANCE, _period, s.date))
        elif blocked is not None:
            excluded.append(Exclusion("session", s.id, Category.ATTENDANCE, blocked, s.date))
        elif attendance is not None:
            topic = s.topic if s.kind is SessionKind.TRAINING else ""
            attendance.append(SessionFact(s.id, s.start, s.kind, s.status, s.duration_min, topic))

    # -- goals and progress --------------------------------------------------------------
    goals_blocked = permitted(Category.GOALS)
    progress_blocked = permitted(Category.PROGRESS)
    goals: list[GoalFact] | None = [] if goals_blocked is None else None
    progress: list[ProgressFact] | None = [] if progress_blocked is None else None
    for g in engagement.goals:
        active = period.overlaps(g.start or engagement.start, g.end)
        shared = recipient_id in g.share_with
        for category, blocked_by in (
            (Category.GOALS, goals_blocked),
            (Category.PROGRESS, progress_blocked),
        ):
            kind = "goal" if category is Category.GOALS else "progress"
            if not active:
                excluded.append(Exclusion(kind, g.id, category, _period, None))
            elif blocked_by is not None:
                excluded.append(Exclusion(kind, g.id, category, blocked_by, None))
            elif not shared:
                excluded.append(Exclusion(kind, g.id, category, Reason.NOT_SHARED, None))
    if goals is not None:
        goals.extend(
            GoalFact(g.id, g.title, g.status)
            for g in engagement.goals
            if recipient_id in g.share_with and period.overlaps(g.start or engagement.start, g.end)
        )
    if progress is not None:
        for g in engagement.goals:
            if recipient_id in g.share_with and period.overlaps(g.start or engagement.start, g.end):
                # Numbered among the goals included only: a gap would hint at a hidden goal.
                fact = _progress(g, len(progress) + 1, period, with_title=goals is not None)
                if fact.ratings or fact.kpis:
                    progress.append(fact)

    # -- the plan: shared actions ----------------------------------------------------------
    plan_blocked = permitted(Category.PLAN)
    plan: list[PlanFact] | None = [] if plan_blocked is None else None
    # The goal or KPI an action serves is named only when it is itself in this report.
    shown_goals = {g.id: g.title for g in goals or ()}
    shown_kpis = {k.id: k.name for p in progress or () for k in p.kpis}
    for a in engagement.actions:
        if not action_in_period(a, period):
            excluded.append(Exclusion("action", a.id, Category.PLAN, _period, a.due))
        elif plan_blocked is not None:
            excluded.append(Exclusion("action", a.id, Category.PLAN, plan_blocked, a.due))
        elif recipient_id not in a.share_with:
            excluded.append(
                Exclusion("action", a.id, Category.PLAN, Reason.ACTION_NOT_SHARED, a.due)
            )
        elif plan is not None:
            serves = shown_kpis.get(a.kpi_id or "") or shown_goals.get(a.goal_id or "", "")
            owner = names.get(a.owner_id, "") if a.owner_id else ""
            plan.append(PlanFact(a.id, a.text, owner, a.due, a.status, serves))

    # -- note items ------------------------------------------------------------------
    summaries: list[ItemFact] | None = None if permitted(Category.SUMMARIES) else []
    notes: list[ItemFact] | None = None if permitted(Category.NOTES) else []
    exceptions: list[ExceptionFact] = []
    for s in sessions:
        for item in s.items:
            item_category = item.kind.category
            if item_category is None:
                excluded.append(
                    Exclusion("item", item.id, None, Reason.REFLECTION, s.date, item.kind)
                )
                continue
            category = item_category
            if period.contains(s.date):
                blocked = permitted(category)
                reason, awaits = _item_verdict(item, recipient_id, report_date, blocked)
            else:
                reason, awaits = _period, False
            if reason is not None:
                excluded.append(Exclusion("item", item.id, category, reason, s.date, item.kind))
                if awaits:
                    awaiting.append(item.id)
                continue
            state = item.state_for(recipient_id)
            if state.state is SharingStateKind.EXCEPTION:
                exceptions.append(
                    ExceptionFact(
                        item.id, s.id, s.date, item.kind, item.text, state.justification, state.on
                    )
                )
            else:
                target = summaries if category is Category.SUMMARIES else notes
                assert target is not None
                target.append(
                    ItemFact(item.id, s.id, s.date, item.kind, item.text, state.on, state.how)
                )

    header = Header(
        coach=coach,
        engagement_id=engagement.id,
        engagement_title=engagement.title,
        coachee_name=names.get(engagement.coachee_id, ""),
        recipient_id=recipient_id,
        recipient_name=names.get(recipient_id, ""),
        role=role,
        period=period,
        report_date=report_date,
        language=language or engagement.language,
        agreement_version=agreement.version if agreement else None,
        agreement_date=agreement.agreed_on if agreement else None,
    )
    included = DisclosureSet(
        header=header,
        attendance=_tuple(attendance),
        goals=_tuple(goals),
        progress=_tuple(progress),
        summaries=_tuple(summaries),
        notes=_tuple(notes),
        exceptions=tuple(exceptions),
        plan=_tuple(plan),
    )
    return Disclosure(included, tuple(excluded), tuple(awaiting))


_period = Reason.OUTSIDE_PERIOD


def action_in_period(action: Action, period: Period) -> bool:
    """Rule 3 for an action: open during P or due in P.

    The vault keeps an action's status, not the history of its changes, so "open during P" is
    judged from what is stored: an action whose status is ``open`` is open until it is marked
    otherwise, so it counts in any period (an overdue one included: that is what a plan's
    reader needs to see). An action marked done or dropped counts only when its due date lies
    in P; without a due date it is outside every period.
    """
    if action.status is ActionStatus.OPEN:
        return True
    return action.due is not None and period.contains(action.due)


def _item_verdict(
    item: NoteItem, recipient_id: str, report_date: dt.date, blocked: Reason | None
) -> tuple[Reason | None, bool]:
    """Rules 1 and 2 (and the exception) for one note item in the period: ``(None, _)`` when
    it is included (as an exception when its state is one), else why not and whether it
    awaits the coachee's agreement. ``blocked`` is rule 1's answer for the item's category."""
    state = item.state_for(recipient_id)
    # Recorded after the report date: it did not exist yet on the day the report speaks for.
    # A state without a day (a document from an older release) counts as recorded before.
    later = state.on is not None and state.on > report_date
    if state.state is SharingStateKind.EXCEPTION:
        if item.exception_void(recipient_id):
            return Reason.EXCEPTION_VOID, False
        return (Reason.AFTER_REPORT_DATE if later else None), False
    if blocked is not None:
        return blocked, False
    effective = item.effective_state(recipient_id)
    if effective is SharingStateKind.AGREED:
        # Agreed only after the report date: as of that date it still awaited consent.
        return (Reason.AFTER_REPORT_DATE, True) if later else (None, False)
    if item.consent_void(recipient_id):
        return Reason.CONSENT_VOID, True
    return Reason.NO_CONSENT, effective is SharingStateKind.PROPOSED


def _tuple[T](values: list[T] | None) -> tuple[T, ...] | None:
    return None if values is None else tuple(values)


def _progress(goal: Goal, number: int, period: Period, *, with_title: bool) -> ProgressFact:
    return ProgressFact(
        goal_id=goal.id,
        number=number,
        title=goal.title if with_title else "",
        # In date order, whatever order they were entered in: the last one is the latest.
        ratings=tuple(sorted((r.date, r.value) for r in goal.ratings if period.contains(r.date))),
        kpis=tuple(
            KpiFact(
                id=k.id,
                name=k.name,
                unit=k.unit,
                better=k.better,
                baseline=k.baseline,
                target=k.target,
                measurements=tuple(
                    sorted((m.date, m.value) for m in k.measurements if period.contains(m.date))
                ),
            )
            for k in goal.kpis
        ),
    )


def _digest(fact: Any) -> str:
    """SHA-256 of a fact's canonical JSON: what the ledger records instead of content."""
    return _canonical_sha256(asdict(fact))


def _session_digest(fact: SessionFact) -> str:
    """A session fact's digest; without a topic it is the digest it had before topics were
    reported (the ledger entries of earlier reports still match)."""
    data = asdict(fact)
    if not fact.topic:
        del data["topic"]
    return _canonical_sha256(data)


def _canonical_sha256(data: dict[str, Any]) -> str:
    text = json.dumps(data, default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def set_digest(disclosure_set: DisclosureSet) -> str:
    """SHA-256 of a whole disclosure set's canonical JSON."""
    return _digest(disclosure_set)
