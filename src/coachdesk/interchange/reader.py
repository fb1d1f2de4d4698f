"""A ``coachdesk-data/1`` document to domain data, checked in full (spec §6). Pure: no I/O.

:func:`read_document` either returns a :class:`Practice` or raises ``InvalidInput`` listing
*every* problem, each located by its JSON path
(``engagements[0].sessions[3].items[1].sharing.marco.state: unknown state "aggreed"``).
Ids the vault already holds are passed in and reported as conflicts, so an import that
would collide is refused before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import re
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from coachdesk.domain import (
    Action,
    ActionStatus,
    Agreement,
    Better,
    Billing,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    GoalStatus,
    Grow,
    ItemKind,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Organisation,
    Person,
    Practice,
    Rating,
    Role,
    Session,
    SessionFormat,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.domain.logo import LOGO_TOO_LARGE, MAX_LOGO_BYTES, logo_problem
from coachdesk.errors import InvalidInput, Problem
from coachdesk.interchange.writer import FORMAT

E = TypeVar("E", bound=StrEnum)

_SHA256 = re.compile(r"[0-9a-f]{64}")
_MAX_PROBLEMS = 200

# Words used in messages for each enum, so a problem reads "unknown state "aggreed"".
_ENUM_WORD: dict[type[StrEnum], str] = {
    Role: "role",
    Category: "category",
    SessionKind: "session kind",
    SessionStatus: "session status",
    ItemKind: "item kind",
    SharingStateKind: "state",
    GoalStatus: "goal status",
    ActionStatus: "action status",
    Better: "direction",
    Language: "language",
    Billing: "billing",
    SessionFormat: "session format",
}


def parse_json(data: bytes) -> Any:
    """Decode UTF-8 JSON, or raise ``InvalidInput`` saying where it broke.

    Stricter than ``json.loads`` in two ways that a document could otherwise slip past:
    an object that repeats a key is refused (JSON leaves it undefined; Python keeps the last
    one silently), and a whole number too long for Python to convert is refused; each with
    its JSON path.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"the file is not UTF-8 text (byte {exc.start})") from None
    try:
        doc = json.loads(text, object_pairs_hook=_object, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"the file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise InvalidInput("the file is not valid JSON: nested too deeply") from None
    problems = _parse_problems(doc)
    if problems:
        raise InvalidInput(problems)
    return doc


class _Repeated(dict[str, Any]):
    """A decoded JSON object whose text gave some key more than once."""

    repeated: tuple[str, ...] = ()


@dataclass(frozen=True)
class _TooLong:
    """A JSON whole number with more digits than Python converts (``int`` raises)."""

    digits: int


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    repeated: list[str] = []
    for key, value in pairs:
        if key in out and key not in repeated:
            repeated.append(key)
        out[key] = value
    if not repeated:
        return out
    marked = _Repeated(out)
    marked.repeated = tuple(repeated)
    return marked


def _integer(digits: str) -> int | _TooLong:
    try:
        return int(digits)
    except ValueError:  # over sys.get_int_max_str_digits() (4 300 by default)
        return _TooLong(len(digits.lstrip("-")))


def _parse_problems(doc: Any) -> list[Problem]:
    """Repeated keys and over-long numbers anywhere in a decoded document, by path.
    Iterative: a document nested as deeply as the decoder allows is walked without recursion."""
    problems: list[Problem] = []
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack and len(problems) < _MAX_PROBLEMS:
        path, value = stack.pop()
        if isinstance(value, _TooLong):
            problems.append(Problem(path, f"a whole number of {value.digits} digits is too long"))
        elif isinstance(value, dict):
            for key in getattr(value, "repeated", ()):
                problems.append(Problem(_join(path, key), "the same key appears more than once"))
            stack.extend((_join(path, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(value))))
    return problems


@dataclass
class _Ids:
    """Ids seen so far in the document, by kind, with the path where each first appeared."""

    seen: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, kind: str, ident: str, path: str) -> str | None:
        """Record ``ident``; returns the path of an earlier use, if any."""
        table = self.seen.setdefault(kind, {})
        if ident in table:
            return table[ident]
        table[ident] = path
        return None

    def has(self, kind: str, ident: str) -> bool:
        return ident in self.seen.get(kind, {})


class _Reader:
    def __init__(self, existing: Mapping[str, Set[str]]) -> None:
        self.problems: list[Problem] = []
        self.count = 0  # problems found, including those beyond the listed ones
        self.existing = existing
        self.ids = _Ids()

    # -- reporting ---------------------------------------------------------------------

    def problem(self, path: str, message: str) -> None:
        self.count += 1
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(Problem(path, message))

    # -- shapes ------------------------------------------------------------------------

    def obj(self, value: Any, path: str, allowed: Set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, f"expected an object, found {_kind(value)}")
            return None
        for key in value:
            if key not in allowed:
                self.problem(_join(path, key), "unknown field")
        return value

    def array(self, d: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        """The elements of an optional list field, each with its path."""
        value = d.get(key, [])
        p = _join(path, key)
        if not isinstance(value, list):
            self.problem(p, f"expected a list, found {_kind(value)}")
            return []
        return [(f"{p}[{i}]", v) for i, v in enumerate(value)]

    def text(
        self, d: Mapping[str, Any], key: str, path: str, *, required: bool, nonempty: bool = False
    ) -> str:
        p = _join(path, key)
        if key not in d:
            if required:
                self.problem(p, "missing required field")
            return ""
        value = d[key]
        if not isinstance(value, str):
            self.problem(p, f"expected text, found {_kind(value)}")
            return ""
        if nonempty and not value.strip():
            self.problem(p, "must not be empty")
        if "\x00" in value:
            self.problem(p, "contains a NUL character")
            return ""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.problem(p, "is not valid Unicode text")
            return ""
        return value

    def ident(self, d: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(d, key, path, required=True)
        if key in d and isinstance(d[key], str) and not value.strip():
            self.problem(_join(path, key), "an id must not be empty")
        return value

    def new_id(self, kind: str, d: Mapping[str, Any], path: str) -> str:
        """A new object's id: reported when duplicated in the file or held by the vault."""
        ident = self.ident(d, "id", path)
        if not ident:
            return ident
        p = _join(path, "id")
        earlier = self.ids.add(kind, ident, p)
        if earlier is not None:
            self.problem(p, f"duplicate {kind} id {_q(ident)} (also at {earlier})")
        elif ident in self.existing.get(kind, set()):
            self.problem(p, f"the vault already holds {_a(kind)} {kind} with id {_q(ident)}")
        return ident

    def ref(self, kind: str, d: Mapping[str, Any], key: str, path: str, *, required: bool) -> str:
        """A reference to a person or organisation in the file or the vault."""
        if key not in d or (not required and d[key] is None):
            if required:
                self.problem(_join(path, key), "missing required field")
            return ""
        ident = self.text(d, key, path, required=True)
        if ident and not (self.ids.has(kind, ident) or ident in self.existing.get(kind, set())):
            self.problem(_join(path, key), f"unknown {kind} {_q(ident)}")
        return ident

    def enum(
        self, cls: type[E], d: Mapping[str, Any], key: str, path: str, default: E | None = None
    ) -> E | None:
        p = _join(path, key)
        if key not in d:
            if default is None:
                self.problem(p, "missing required field")
            return default
        return self.enum_value(cls, d[key], p)

    def enum_value(self, cls: type[E], value: Any, path: str) -> E | None:
        word = _ENUM_WORD[cls]
        if not isinstance(value, str):
            self.problem(path, f"expected {_a(word)} {word}, found {_kind(value)}")
            return None
        try:
            return cls(value)
        except ValueError:
            self.problem(path, f"unknown {word} {_q(value)}")
            return None

    def date(self, d: Mapping[str, Any], key: str, path: str, *, required: bool) -> dt.date | None:
        p = _join(path, key)
        if key not in d or (not required and d[key] is None):
            if required:
                self.problem(p, "missing required field")
            return None
        value = d[key]
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.problem(p, f"bad date {_show(value)}: expected YYYY-MM-DD")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problem(p, f"bad date {_q(value)}: no such day")
            return None

    def moment(self, d: Mapping[str, Any], key: str, path: str) -> dt.datetime | None:
        p = _join(path, key)
        if key not in d:
            self.problem(p, "missing required field")
            return None
        value = d[key]
        if not isinstance(value, str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", value
        ):
            self.problem(p, f"bad date {_show(value)}: expected YYYY-MM-DDTHH:MM")
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            self.problem(p, f"bad date {_q(value)}: no such day or time")
            return None

    def integer(
        self,
        d: Mapping[str, Any],
        key: str,
        path: str,
        *,
        default: int | None,
        low: int,
        high: int,
        what: str = "",
    ) -> int:
        p = _join(path, key)
        if key not in d:
            if default is None:
                self.problem(p, "missing required field")
                return low
            return default
        value = d[key]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, float):
            self.problem(p, f"expected a whole number, found {value}")
            return low
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(p, f"expected a whole number, found {_kind(value)}")
            return low
        if not low <= value <= high:
            self.problem(p, f"{what or 'value'} {value} outside {low}–{high}")
            return low
        return value

    def number(self, d: Mapping[str, Any], key: str, path: str, *, required: bool) -> float | None:
        p = _join(path, key)
        if key not in d or (not required and d[key] is None):
            if required:
                self.problem(p, "missing required field")
            return None
        value = d[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(p, f"expected a number, found {_kind(value)}")
            return None
        number = float(value)
        if not math.isfinite(number):
            self.problem(p, "expected a finite number")
            return None
        return number

    def logo(self, d: Mapping[str, Any], key: str, path: str) -> bytes | None:
        """An optional image in base64 (line breaks allowed): a PNG or JPEG of at most 1 MB."""
        p = _join(path, key)
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(p, f"expected base64 text, found {_kind(value)}")
            return None
        text = re.sub(r"[ \t\r\n]", "", value)
        if len(text) > 4 * (MAX_LOGO_BYTES // 3 + 1):  # refused before decoding it
            self.problem(p, LOGO_TOO_LARGE)
            return None
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            self.problem(p, "is not valid base64")
            return None
        problem = logo_problem(data)
        if problem is not None:
            self.problem(p, problem)
            return None
        return data

    # -- the document ------------------------------------------------------------------

    def document(self, doc: Any) -> Practice:
        d = self.obj(
            doc, "", {"format", "coach", "organisations", "people", "engagements", "ledger"}
        )
        if d is None:
            return Practice()
        fmt = d.get("format")
        if fmt != FORMAT:
            self.problem(
                "format",
                "missing required field"
                if "format" not in d
                else f"unknown format {_show(fmt)}: expected {_q(FORMAT)}",
            )
            return Practice()
        coach = CoachProfile()
        if "coach" in d:
            c = self.obj(d["coach"], "coach", {"name", "credentials", "letterhead", "logo"})
            if c is not None:
                coach = CoachProfile(
                    name=self.text(c, "name", "coach", required=True),
                    credentials=self.text(c, "credentials", "coach", required=False),
                    letterhead=self.text(c, "letterhead", "coach", required=False),
                    logo=self.logo(c, "logo", "coach"),
                )
        organisations = []
        for p, v in self.array(d, "organisations", ""):
            o = self.obj(v, p, {"id", "name"})
            if o is not None:
                organisations.append(
                    Organisation(
                        id=self.new_id("organisation", o, p),
                        name=self.text(o, "name", p, required=True, nonempty=True),
                    )
                )
        # People first by id, so engagements and references may name any of them.
        raw_people = []
        for p, v in self.array(d, "people", ""):
            o = self.obj(v, p, {"id", "name", "organisation", "title", "email"})
            if o is not None:
                raw_people.append((p, o, self.new_id("person", o, p)))
        people = [
            Person(
                id=ident,
                name=self.text(o, "name", p, required=True, nonempty=True),
                organisation_id=self.ref("organisation", o, "organisation", p, required=False)
                or None,
                title=self.text(o, "title", p, required=False),
                email=self.text(o, "email", p, required=False),
            )
            for p, o, ident in raw_people
        ]
        engagements = []
        for p, v in self.array(d, "engagements", ""):
            e = self.engagement(v, p)
            if e is not None:
                engagements.append(e)
        if "ledger" in d and not isinstance(d["ledger"], list):
            self.problem("ledger", f"expected a list, found {_kind(d['ledger'])}")
        return Practice(
            coach=coach,
            organisations=tuple(organisations),
            people=tuple(people),
            engagements=tuple(engagements),
        )

    def engagement(self, value: Any, path: str) -> Engagement | None:
        allowed = {
            "id", "coachee", "organisation", "title", "start", "end", "language",
            "retention_months", "stakeholders", "agreements", "goals", "actions", "sessions",
            "billing", "cadence_days",
        }  # fmt: skip
        d = self.obj(value, path, allowed)
        if d is None:
            return None
        eid = self.new_id("engagement", d, path)
        coachee = self.ref("person", d, "coachee", path, required=True)
        organisation = self.ref("organisation", d, "organisation", path, required=False)
        title = self.text(d, "title", path, required=True, nonempty=True)
        start = self.date(d, "start", path, required=True)
        end = self.date(d, "end", path, required=False)
        if start and end and end < start:
            self.problem(_join(path, "end"), "the engagement ends before it starts")
        language = self.enum(Language, d, "language", path)
        retention = self.integer(
            d, "retention_months", path, default=24, low=0, high=1200, what="retention"
        )
        billing = self.enum(Billing, d, "billing", path, default=Billing.PAID)
        cadence_days: int | None = None
        if d.get("cadence_days") is not None:
            cadence_days = self.integer(
                d, "cadence_days", path, default=None, low=1, high=3650, what="cadence"
            )

        stakeholders: list[Stakeholder] = []
        recipients = {coachee} if coachee else set()
        for p, v in self.array(d, "stakeholders", path):
            s = self.obj(v, p, {"person", "role"})
            if s is None:
                continue
            person = self.ref("person", s, "person", p, required=True)
            role = self.enum(Role, s, "role", p)
            if role is Role.COACHEE:
                self.problem(_join(p, "role"), "the coachee is not a stakeholder role")
                role = None
            if person and person == coachee:
                self.problem(_join(p, "person"), "the coachee cannot also be a stakeholder")
            elif person and person in recipients:
                self.problem(_join(p, "person"), f"{_q(person)} is listed twice")
            if person and role:
                recipients.add(person)
                stakeholders.append(Stakeholder(person, role))

        agreements: list[Agreement] = []
        versions: set[int] = set()
        for p, v in self.array(d, "agreements", path):
            a = self.agreement(v, p)
            if a is None:
                continue
            if a.version in versions:
                self.problem(_join(p, "version"), f"duplicate agreement version {a.version}")
                continue
            versions.add(a.version)
            agreements.append(a)

        goals: list[Goal] = []
        goal_ids: set[str] = set()
        for p, v in self.array(d, "goals", path):
            g = self.goal(v, p, recipients)
            if g is not None:
                if start and g.end and g.end < start:
                    self.problem(_join(p, "end"), "the goal ends before the engagement starts")
                goals.append(g)
                goal_ids.add(g.id)

        kpi_ids = {k.id for g in goals for k in g.kpis}
        actions = [
            act
            for p, v in self.array(d, "actions", path)
            if (act := self.action(v, p, goal_ids, kpi_ids, recipients)) is not None
        ]
        sessions = [
            sess
            for p, v in self.array(d, "sessions", path)
            if (sess := self.session(v, p, recipients)) is not None
        ]
        if not (eid and coachee and title and start and language and billing):
            return None
        return Engagement(
            id=eid,
            coachee_id=coachee,
            title=title,
            start=start,
            end=end,
            organisation_id=organisation or None,
            language=language,
            retention_months=retention,
            billing=billing,
            cadence_days=cadence_days,
            stakeholders=tuple(stakeholders),
            agreements=tuple(agreements),
            goals=tuple(goals),
            actions=tuple(actions),
            sessions=tuple(sessions),
        )

    def agreement(self, value: Any, path: str) -> Agreement | None:
        allowed = {"version", "agreed_on", "cadence", "permits", "exceptions", "text"}
        d = self.obj(value, path, allowed)
        if d is None:
            return None
        version = self.integer(d, "version", path, default=None, low=1, high=1_000_000)
        agreed_on = self.date(d, "agreed_on", path, required=True)
        permits: dict[Role, frozenset[Category]] = {}
        pp = _join(path, "permits")
        raw = d.get("permits", {})
        if not isinstance(raw, dict):
            self.problem(pp, f"expected an object, found {_kind(raw)}")
            raw = {}
        for role_name, cats in raw.items():
            rp = _join(pp, role_name)
            role = self.enum_value(Role, role_name, rp)
            if not isinstance(cats, list):
                self.problem(rp, f"expected a list of categories, found {_kind(cats)}")
                continue
            chosen = set()
            for i, c in enumerate(cats):
                cat = self.enum_value(Category, c, f"{rp}[{i}]")
                if cat is not None:
                    chosen.add(cat)
            if role is not None:
                permits[role] = frozenset(chosen)
        cadence = self.text(d, "cadence", path, required=False)
        exceptions = self.text(d, "exceptions", path, required=False)
        text = self.text(d, "text", path, required=False)
        if agreed_on is None:
            return None
        return Agreement(
            version=version,
            agreed_on=agreed_on,
            permits=permits,
            cadence=cadence,
            exceptions=exceptions,
            text=text,
        )

    def goal(self, value: Any, path: str, recipients: Set[str]) -> Goal | None:
        allowed = {
            "id", "title", "status", "share_with", "grow", "ratings", "kpis", "start", "end",
        }  # fmt: skip
        d = self.obj(value, path, allowed)
        if d is None:
            return None
        gid = self.new_id("goal", d, path)
        title = self.text(d, "title", path, required=True, nonempty=True)
        status = self.enum(GoalStatus, d, "status", path)
        start = self.date(d, "start", path, required=False)
        end = self.date(d, "end", path, required=False)
        if start and end and end < start:
            self.problem(_join(path, "end"), "the goal ends before it starts")
        share_with = set()
        for p, v in self.array(d, "share_with", path):
            if not isinstance(v, str):
                self.problem(p, f"expected a person id, found {_kind(v)}")
            elif v not in recipients:
                self.problem(p, f"{_q(v)} is not the coachee or a stakeholder here")
            else:
                share_with.add(v)
        grow = Grow()
        if "grow" in d:
            gp = _join(path, "grow")
            g = self.obj(d["grow"], gp, {"goal", "reality", "options", "will"})
            if g is not None:
                grow = Grow(
                    *(
                        self.text(g, k, gp, required=False)
                        for k in ("goal", "reality", "options", "will")
                    )
                )
        ratings = []
        for p, v in self.array(d, "ratings", path):
            r = self.obj(v, p, {"date", "value"})
            if r is None:
                continue
            day = self.date(r, "date", p, required=True)
            rating = self.integer(r, "value", p, default=None, low=1, high=10, what="rating")
            if day is not None:
                ratings.append(Rating(day, rating))
        kpis = [k for p, v in self.array(d, "kpis", path) if (k := self.kpi(v, p)) is not None]
        if not (gid and status):
            return None
        return Goal(
            id=gid,
            title=title,
            status=status,
            share_with=frozenset(share_with),
            grow=grow,
            ratings=tuple(ratings),
            kpis=tuple(kpis),
            start=start,
            end=end,
        )

    def kpi(self, value: Any, path: str) -> Kpi | None:
        allowed = {"id", "name", "unit", "better", "baseline", "target", "measurements"}
        d = self.obj(value, path, allowed)
        if d is None:
            return None
        kid = self.new_id("kpi", d, path)
        name = self.text(d, "name", path, required=True, nonempty=True)
        unit = self.text(d, "unit", path, required=False)
        better = self.enum(Better, d, "better", path)
        baseline = self.number(d, "baseline", path, required=False)
        target = self.number(d, "target", path, required=False)
        measurements = []
        for p, v in self.array(d, "measurements", path):
            m = self.obj(v, p, {"date", "value"})
            if m is None:
                continue
            day = self.date(m, "date", p, required=True)
            number = self.number(m, "value", p, required=True)
            if day is not None and number is not None:
                measurements.append(Measurement(day, number))
        if not (kid and better):
            return None
        return Kpi(
            id=kid,
            name=name,
            unit=unit,
            better=better,
            baseline=baseline,
            target=target,
            measurements=tuple(measurements),
        )

    def action(
        self,
        value: Any,
        path: str,
        goal_ids: Set[str],
        kpi_ids: Set[str],
        recipients: Set[str],
    ) -> Action | None:
        allowed = {"id", "text", "owner", "due", "status", "goal", "kpi", "share_with"}
        d = self.obj(value, path, allowed)
        if d is None:
            return None
        aid = self.new_id("action", d, path)
        text = self.text(d, "text", path, required=True)
        owner = self.ref("person", d, "owner", path, required=False)
        due = self.date(d, "due", path, required=False)
        status = self.enum(ActionStatus, d, "status", path, default=ActionStatus.OPEN)
        goal = None
        if d.get("goal") is not None:
            goal = self.text(d, "goal", path, required=True)
            if goal and goal not in goal_ids:
                self.problem(_join(path, "goal"), f"unknown goal {_q(goal)} in this engagement")
        kpi = None
        if d.get("kpi") is not None:
            kpi = self.text(d, "kpi", path, required=True)
            if kpi and kpi not in kpi_ids:
                self.problem(_join(path, "kpi"), f"unknown KPI {_q(kpi)} in this engagement")
        share_with = set()
        for p, v in self.array(d, "share_with", path):
            if not isinstance(v, str):
                self.problem(p, f"expected a person id, found {_kind(v)}")
            elif v not in recipients:
                self.problem(p, f"{_q(v)} is not the coachee or a stakeholder here")
            else:
                share_with.add(v)
        if not (aid and status):
            return None
        return Action(
            id=aid,
            text=text,
            owner_id=owner or None,
            due=due,
            status=status,
            goal_id=goal or None,
            share_with=frozenset(share_with),
            kpi_id=kpi or None,
        )

    def session(self, value: Any, path: str, recipients: Set[str]) -> Session | None:
        allowed = {"id", "date", "duration_min", "kind", "status", "topic", "items", "format"}
        d = self.obj(value, path, allowed)
        if d is None:
            return None
        sid = self.new_id("session", d, path)
        start = self.moment(d, "date", path)
        duration = self.integer(
            d, "duration_min", path, default=60, low=0, high=24 * 60, what="duration"
        )
        kind = self.enum(SessionKind, d, "kind", path)
        status = self.enum(SessionStatus, d, "status", path)
        topic = self.text(d, "topic", path, required=False)
        fmt = self.enum(SessionFormat, d, "format", path, default=SessionFormat.INDIVIDUAL)
        items = [
            i
            for p, v in self.array(d, "items", path)
            if (i := self.item(v, p, recipients)) is not None
        ]
        if not (sid and start and kind and status and fmt):
            return None
        return Session(
            id=sid,
            start=start,
            kind=kind,
            status=status,
            duration_min=duration,
            topic=topic,
            items=tuple(items),
            format=fmt,
        )

    def item(self, value: Any, path: str, recipients: Set[str]) -> NoteItem | None:
        d = self.obj(value, path, {"id", "kind", "text", "sharing"})
        if d is None:
            return None
        iid = self.new_id("item", d, path)
        kind = self.enum(ItemKind, d, "kind", path)
        text = self.text(d, "text", path, required=True)
        sharing: dict[str, SharingState] = {}
        sp = _join(path, "sharing")
        raw = d.get("sharing", {})
        if not isinstance(raw, dict):
            self.problem(sp, f"expected an object, found {_kind(raw)}")
            raw = {}
        for person, st_value in raw.items():
            pp = _join(sp, person)
            if person not in recipients:
                self.problem(pp, f"{_q(person)} is not the coachee or a stakeholder here")
            st = self.sharing_state(st_value, pp, text)
            if st is None:
                continue
            if kind is ItemKind.REFLECTION and st.state is not SharingStateKind.PRIVATE:
                self.problem(
                    _join(pp, "state"), "a reflection is the coach's own and cannot be shared"
                )
                continue
            if st.state is not SharingStateKind.PRIVATE:
                sharing[person] = st
        if not (iid and kind):
            return None
        return NoteItem(id=iid, kind=kind, text=text, sharing=sharing)

    def sharing_state(self, value: Any, path: str, text: str) -> SharingState | None:
        d = self.obj(value, path, {"state", "on", "how", "justification", "text_sha256"})
        if d is None:
            return None
        state = self.enum(SharingStateKind, d, "state", path)
        on = self.date(d, "on", path, required=False)
        how = self.text(d, "how", path, required=False)
        justification = self.text(d, "justification", path, required=False)
        digest: str | None = None
        if state is SharingStateKind.EXCEPTION and not justification.strip():
            self.problem(
                _join(path, "justification"),
                "an exception needs a written justification"
                if "justification" not in d
                else "the justification must not be empty",
            )
        elif state is not SharingStateKind.EXCEPTION and "justification" in d:
            self.problem(_join(path, "justification"), "only an exception has a justification")
        bound = state in (SharingStateKind.AGREED, SharingStateKind.EXCEPTION)
        if "text_sha256" in d:
            raw = d["text_sha256"]
            if not bound:
                self.problem(
                    _join(path, "text_sha256"), "only an agreed or exception state has a text hash"
                )
            elif not isinstance(raw, str) or not _SHA256.fullmatch(raw):
                self.problem(_join(path, "text_sha256"), "expected 64 lower-case hex digits")
            else:
                digest = raw
        if state is None:
            return None
        if bound and digest is None:
            # §6: an agreed or exception state binds to the text as imported. An export writes
            # the hash it was bound to, so one voided by an edit stays void.
            digest = text_sha256(text)
        return SharingState(
            state=state,
            on=on,
            how=how,
            justification=justification if state is SharingStateKind.EXCEPTION else "",
            text_sha256=digest,
        )


def read_document(doc: Any, existing: Mapping[str, Set[str]] | None = None) -> Practice:
    """Check a decoded document in full and return its data, or raise ``InvalidInput``.

    ``existing`` maps an id kind (``person``, ``item``, …) to the ids the vault holds.
    """
    reader = _Reader(existing or {})
    practice = reader.document(doc)
    if reader.problems:
        problems = list(reader.problems)
        if reader.count > len(problems):
            problems.append(Problem("", f"… and {reader.count - len(problems)} more problem(s)"))
        raise InvalidInput(problems)
    return practice


def _join(path: str, key: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_\-]+", key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _a(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _q(value: str) -> str:
    """Quote an id or keyword for a message; long values are shortened."""
    shown = value if len(value) <= 40 else value[:37] + "…"
    return json.dumps(shown, ensure_ascii=False)


def _show(value: Any) -> str:
    return _q(value) if isinstance(value, str) else _kind(value)
