"""The words of spec §3 as plain, immutable data. No Qt, no SQL, no clock."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """A recipient's role in an engagement. ``COACHEE`` is never a stakeholder role,
    but it keys the agreement's permits like the others."""

    SPONSOR = "sponsor"
    LINE_MANAGER = "line_manager"
    HR = "hr"
    TEAM_LEADER = "team_leader"
    CS_MANAGER = "cs_manager"
    OTHER = "other"
    COACHEE = "coachee"


STAKEHOLDER_ROLES: tuple[Role, ...] = tuple(r for r in Role if r is not Role.COACHEE)


class Category(StrEnum):
    ATTENDANCE = "attendance"
    GOALS = "goals"
    PROGRESS = "progress"
    PLAN = "plan"
    SUMMARIES = "summaries"
    NOTES = "notes"


class SessionKind(StrEnum):
    COACHING = "coaching"
    TRAINING = "training"
    CHECK_IN = "check_in"
    THREE_WAY = "three_way"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class ItemKind(StrEnum):
    SUMMARY = "summary"
    OBSERVATION = "observation"
    INSIGHT = "insight"
    COMMITMENT = "commitment"
    CONCERN = "concern"
    REFLECTION = "reflection"

    @property
    def category(self) -> Category | None:
        """The disclosure category of this kind; ``None`` for a reflection, which has none."""
        if self is ItemKind.REFLECTION:
            return None
        return Category.SUMMARIES if self is ItemKind.SUMMARY else Category.NOTES


class SharingStateKind(StrEnum):
    PRIVATE = "private"
    PROPOSED = "proposed"
    AGREED = "agreed"
    EXCEPTION = "exception"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    ON_HOLD = "on_hold"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Better(StrEnum):
    LOWER = "lower"
    HIGHER = "higher"


class Billing(StrEnum):
    PAID = "paid"
    PRO_BONO = "pro_bono"


class SessionFormat(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class Language(StrEnum):
    EN = "en"
    IT = "it"


def text_sha256(text: str) -> str:
    """The hash a consent binds to: SHA-256 of the item's text in UTF-8, as hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CoachProfile:
    name: str = ""
    credentials: str = ""
    letterhead: str = ""
    logo: bytes | None = None  # raw PNG or JPEG bytes, as the coach chose the file


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    organisation_id: str | None = None
    title: str = ""
    email: str = ""


@dataclass(frozen=True)
class Stakeholder:
    person_id: str
    role: Role


@dataclass(frozen=True)
class Agreement:
    """One version of the three-way contract. A change makes a new version."""

    version: int
    agreed_on: dt.date
    permits: dict[Role, frozenset[Category]] = field(default_factory=dict)
    cadence: str = ""
    exceptions: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        # A role permitted nothing is the same as a role not mentioned: keep one form.
        object.__setattr__(self, "permits", {r: frozenset(c) for r, c in self.permits.items() if c})

    def permits_category(self, role: Role, category: Category) -> bool:
        return category in self.permits.get(role, frozenset())


@dataclass(frozen=True)
class SharingState:
    """The state of one (item, recipient) pair.

    ``text_sha256`` is set for ``agreed`` and ``exception``: the hash of the text the coachee
    agreed to, or that the coach disclosed without consent. An edit of the text voids both.
    ``on`` is the day the consent or exception was recorded.
    """

    state: SharingStateKind = SharingStateKind.PRIVATE
    on: dt.date | None = None
    how: str = ""
    justification: str = ""
    text_sha256: str | None = None


PRIVATE = SharingState()


@dataclass(frozen=True)
class NoteItem:
    id: str
    kind: ItemKind
    text: str
    sharing: dict[str, SharingState] = field(default_factory=dict)

    def state_for(self, person_id: str) -> SharingState:
        return self.sharing.get(person_id, PRIVATE)

    def effective_state(self, person_id: str) -> SharingStateKind:
        """The state that counts (spec §3): an ``agreed`` whose hash no longer matches the
        text is ``proposed``; an ``exception`` whose hash is missing or no longer matches is
        ``private``. A reflection is always ``private``."""
        if self.kind is ItemKind.REFLECTION:
            return SharingStateKind.PRIVATE
        if self.consent_void(person_id):
            return SharingStateKind.PROPOSED
        if self.exception_void(person_id):
            return SharingStateKind.PRIVATE
        return self.state_for(person_id).state

    def consent_void(self, person_id: str) -> bool:
        """True when the recipient's state is ``agreed`` but the text changed since: consent
        must be asked again."""
        st = self.state_for(person_id)
        return st.state is SharingStateKind.AGREED and st.text_sha256 != text_sha256(self.text)

    def exception_void(self, person_id: str) -> bool:
        """True when the recipient's state is ``exception`` but it is not bound to the text as
        it stands (edited since, or never bound): the coach must record the exception again."""
        st = self.state_for(person_id)
        return st.state is SharingStateKind.EXCEPTION and st.text_sha256 != text_sha256(self.text)


@dataclass(frozen=True)
class Session:
    id: str
    start: dt.datetime
    kind: SessionKind = SessionKind.COACHING
    status: SessionStatus = SessionStatus.PLANNED
    duration_min: int = 60
    topic: str = ""
    items: tuple[NoteItem, ...] = ()
    format: SessionFormat = SessionFormat.INDIVIDUAL

    @property
    def date(self) -> dt.date:
        return self.start.date()


@dataclass(frozen=True)
class Measurement:
    date: dt.date
    value: float


@dataclass(frozen=True)
class Rating:
    date: dt.date
    value: int


@dataclass(frozen=True)
class Kpi:
    id: str
    name: str
    unit: str = ""
    better: Better = Better.HIGHER
    baseline: float | None = None
    target: float | None = None
    measurements: tuple[Measurement, ...] = ()


@dataclass(frozen=True)
class Grow:
    goal: str = ""
    reality: str = ""
    options: str = ""
    will: str = ""


@dataclass(frozen=True)
class Goal:
    """A goal. ``start``/``end`` bound when it is active (``None``: the engagement's start,
    and open-ended)."""

    id: str
    title: str
    status: GoalStatus = GoalStatus.ACTIVE
    share_with: frozenset[str] = frozenset()
    grow: Grow = Grow()
    ratings: tuple[Rating, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Action:
    id: str
    text: str
    owner_id: str | None = None
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    goal_id: str | None = None
    share_with: frozenset[str] = frozenset()
    kpi_id: str | None = None


@dataclass(frozen=True)
class Engagement:
    id: str
    coachee_id: str
    title: str
    start: dt.date
    end: dt.date | None = None
    organisation_id: str | None = None
    language: Language = Language.EN
    retention_months: int = 24
    stakeholders: tuple[Stakeholder, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    goals: tuple[Goal, ...] = ()
    actions: tuple[Action, ...] = ()
    sessions: tuple[Session, ...] = ()
    billing: Billing = Billing.PAID
    cadence_days: int | None = None  # a coaching session is due this many days after the last

    def role_of(self, person_id: str) -> Role | None:
        """The role a person receives reports under in this engagement, if any."""
        if person_id == self.coachee_id:
            return Role.COACHEE
        for s in self.stakeholders:
            if s.person_id == person_id:
                return s.role
        return None

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone who may receive a report: the coachee first, then stakeholders."""
        return (self.coachee_id, *(s.person_id for s in self.stakeholders))

    def agreement_at(self, day: dt.date) -> Agreement | None:
        """The agreement version in force on ``day``: the newest agreed on or before it."""
        in_force = [a for a in self.agreements if a.agreed_on <= day]
        if not in_force:
            return None
        return max(in_force, key=lambda a: (a.agreed_on, a.version))

    @property
    def current_agreement(self) -> Agreement | None:
        return max(self.agreements, key=lambda a: a.version) if self.agreements else None

    def retention_ends(self) -> dt.date | None:
        """The day after which the engagement's data is past its retention period."""
        if self.end is None:
            return None
        return add_months(self.end, self.retention_months)


@dataclass(frozen=True)
class LedgerFact:
    """One fact included in a report: what it was, its id, and the hash of its content."""

    kind: str
    id: str
    sha256: str
    engagement_id: str | None = None


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    created_at: dt.datetime
    kind: str
    engagement_id: str | None
    recipient_id: str
    role: str
    period_from: dt.date
    period_to: dt.date
    report_date: dt.date
    language: Language
    agreement_version: int | None
    facts: tuple[LedgerFact, ...]
    file_sha256: str
    content_sha256: str
    password_protected: bool


@dataclass(frozen=True)
class Practice:
    """Everything a vault holds (the ledger aside)."""

    coach: CoachProfile = CoachProfile()
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    engagements: tuple[Engagement, ...] = ()


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the last day of the target month."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in range(day.day, 27, -1):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


__all__ = [
    "PRIVATE",
    "STAKEHOLDER_ROLES",
    "Action",
    "ActionStatus",
    "Agreement",
    "Better",
    "Billing",
    "Category",
    "CoachProfile",
    "Engagement",
    "Goal",
    "GoalStatus",
    "Grow",
    "ItemKind",
    "Kpi",
    "Language",
    "LedgerEntry",
    "LedgerFact",
    "Measurement",
    "NoteItem",
    "Organisation",
    "Person",
    "Practice",
    "Rating",
    "Role",
    "Session",
    "SessionFormat",
    "SessionKind",
    "SessionStatus",
    "SharingState",
    "SharingStateKind",
    "Stakeholder",
    "add_months",
    "text_sha256",
]
