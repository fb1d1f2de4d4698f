"""A ``coachdesk-data/1`` document to domain data, checked in full (spec §6). Pure: no I/O.

:func:`read_document` either returns a :class:`Practice` or raises ``InvalidInput`` listing
*every* problem, each located by its JSON path
(``engagements[0].sessions[3].items[1].sharing.marco.state: unknown state "aggreed"``).

The shape of a document (fields, types, formats, enum values, ranges) is checked against the
published schema (:mod:`coachdesk.interchange.schema`); this module adds what a schema cannot
say: ids unique in the file and new to the vault (the vault's ids are passed in, so an import
that would collide is refused before anything is written), references that exist, one person
in one role, sharing only with the engagement's recipients, the rule of a sharing state
(:func:`coachdesk.policy.sharing_state.make_state`), ends not before starts, real times, finite
numbers, a logo that is an image. Then it builds the domain data.
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
from typing import Any, NoReturn, TypeVar

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
)
from coachdesk.domain.logo import LOGO_TOO_LARGE, MAX_LOGO_BYTES, logo_problem
from coachdesk.errors import InvalidInput, Problem
from coachdesk.interchange.schema import JsonPath, article, path_text, quote, schema_problems
from coachdesk.policy.sharing_state import BINDING, Refusal, SharingRefused, make_state

E = TypeVar("E", bound=StrEnum)

_MAX_PROBLEMS = 200
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?")


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


def read_document(doc: Any, existing: Mapping[str, Set[str]] | None = None) -> Practice:
    """Check a decoded document in full and return its data, or raise ``InvalidInput``.

    ``existing`` maps an id kind (``person``, ``item``, …) to the ids the vault holds.
    """
    found = list(schema_problems(doc))
    wrong_format: list[tuple[JsonPath, str]] = [(p, m) for p, m in found if p == ("format",)]
    if wrong_format:  # another format's fields are not judged by this one's rules
        _refuse(doc, wrong_format)
    builder = _Builder(existing or {})
    practice = builder.document(doc) if isinstance(doc, dict) else Practice()
    reported = {p for p, _ in found}
    found += [(p, m) for p, m in builder.problems if p not in reported]
    if not found and builder.unread:
        # The schema let through a value this module cannot read: never import less than
        # the file says.
        found = [(p, "cannot be read") for p in builder.unread]
    if found:
        _refuse(doc, found)
    return practice


def _refuse(doc: Any, found: list[tuple[JsonPath, str]]) -> NoReturn:
    """Raise ``InvalidInput`` with the problems in the order of the document, up to a limit."""
    found.sort(key=lambda pm: _position(doc, pm[0]))
    problems = [Problem(path_text(p), m) for p, m in found[:_MAX_PROBLEMS]]
    if len(found) > len(problems):
        problems.append(Problem("", f"… and {len(found) - len(problems)} more problem(s)"))
    raise InvalidInput(problems)


def _position(doc: Any, path: JsonPath) -> tuple[int, ...]:
    """Where ``path`` lies in the document's text order (a missing key after its siblings)."""
    out: list[int] = []
    node = doc
    for step in path:
        if isinstance(node, dict) and isinstance(step, str):
            keys = list(node)
            out.append(keys.index(step) if step in node else len(keys))
            node = node.get(step)
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            out.append(step)
            node = node[step]
        else:
            out.append(-1)
            node = None
    return tuple(out)


@dataclass
class _Ids:
    """Ids seen so far in the document, by kind, with the path where each first appeared."""

    seen: dict[str, dict[str, JsonPath]] = field(default_factory=dict)

    def add(self, kind: str, ident: str, path: JsonPath) -> JsonPath | None:
        """Record ``ident``; returns the path of an earlier use, if any."""
        table = self.seen.setdefault(kind, {})
        if ident in table:
            return table[ident]
        table[ident] = path
        return None

    def has(self, kind: str, ident: str) -> bool:
        return ident in self.seen.get(kind, {})


class _Builder:
    """Builds the domain data and checks what the schema cannot.

    It walks the document as the schema describes it and passes over what has another
    shape: the schema has reported that already (what it did not is kept in ``unread``).
    """

    def __init__(self, existing: Mapping[str, Set[str]]) -> None:
        self.problems: list[tuple[JsonPath, str]] = []
        self.unread: list[JsonPath] = []
        self.existing = existing
        self.ids = _Ids()

    def problem(self, path: JsonPath, message: str) -> None:
        self.problems.append((path, message))

    # -- values ------------------------------------------------------------------------

    def obj(self, value: Any, path: JsonPath) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.unread.append(path)
        return None

    def array(self, d: Mapping[str, Any], key: str, path: JsonPath) -> list[tuple[JsonPath, Any]]:
        """The elements of an optional list field, each with its path."""
        value = d.get(key, [])
        if not isinstance(value, list):
            self.unread.append((*path, key))
            return []
        return [((*path, key, i), v) for i, v in enumerate(value)]

    def text(self, d: Mapping[str, Any], key: str, path: JsonPath) -> str:
        """A text field ("" when absent); text that is not valid Unicode is refused."""
        value = d.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.unread.append((*path, key))
            return ""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate, written as "\ud800" in the JSON
            self.problem((*path, key), "is not valid Unicode text")
            return ""
        return value

    def new_id(self, kind: str, d: Mapping[str, Any], path: JsonPath) -> str:
        """A new object's id: reported when duplicated in the file or held by the vault."""
        ident = self.text(d, "id", path)
        if not ident.strip():
            return ""
        p = (*path, "id")
        earlier = self.ids.add(kind, ident, p)
        if earlier is not None:
            self.problem(p, f"duplicate {kind} id {quote(ident)} (also at {path_text(earlier)})")
        elif ident in self.existing.get(kind, set()):
            self.problem(
                p, f"the vault already holds {article(kind)} {kind} with id {quote(ident)}"
            )
        return ident

    def ref(
        self, kind: str, d: Mapping[str, Any], key: str, path: JsonPath, *, required: bool
    ) -> str:
        """A reference to a person or organisation in the file or the vault. An optional one
        may be absent, null or empty (none)."""
        if key not in d:
            return ""
        ident = self.text(d, key, path)
        if not ident and not required:
            return ""
        if not (self.ids.has(kind, ident) or ident in self.existing.get(kind, set())):
            self.problem((*path, key), f"unknown {kind} {quote(ident)}")
        return ident

    def recipients_list(
        self, d: Mapping[str, Any], key: str, path: JsonPath, recipients: Set[str]
    ) -> frozenset[str]:
        """A ``share_with`` list: person ids, each the coachee or a stakeholder."""
        chosen = set()
        for p, v in self.array(d, key, path):
            if not isinstance(v, str):
                self.unread.append(p)
            elif v not in recipients:
                self.problem(p, f"{quote(v)} is not the coachee or a stakeholder here")
            else:
                chosen.add(v)
        return frozenset(chosen)

    def enum(
        self, cls: type[E], d: Mapping[str, Any], key: str, path: JsonPath, default: E | None = None
    ) -> E | None:
        if key not in d:
            return default
        return self.enum_value(cls, d[key], (*path, key))

    def enum_value(self, cls: type[E], value: Any, path: JsonPath) -> E | None:
        try:
            return cls(value)
        except ValueError:
            self.unread.append(path)
            return None

    def date(self, d: Mapping[str, Any], key: str, path: JsonPath) -> dt.date | None:
        value = d.get(key)
        if value is None:
            return None
        try:
            if isinstance(value, str) and _DATE.fullmatch(value):
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        self.unread.append((*path, key))
        return None

    def moment(self, d: Mapping[str, Any], key: str, path: JsonPath) -> dt.datetime | None:
        value = d.get(key)
        if not isinstance(value, str) or not _MOMENT.fullmatch(value):
            self.unread.append((*path, key))
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:  # the shape is the schema's; a real day and time is checked here
            self.problem((*path, key), f"bad date {quote(value)}: no such day or time")
            return None

    def integer(self, d: Mapping[str, Any], key: str, path: JsonPath, default: int) -> int:
        value = d.get(key)
        if value is None:
            return default
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.unread.append((*path, key))
            return default
        return value

    def number(self, d: Mapping[str, Any], key: str, path: JsonPath) -> float | None:
        value = d.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.unread.append((*path, key))
            return None
        try:
            number = float(value)
        except OverflowError:  # a whole number beyond any float
            number = math.inf
        if not math.isfinite(number):
            self.problem((*path, key), "expected a finite number")
            return None
        return number

    def logo(self, d: Mapping[str, Any], key: str, path: JsonPath) -> bytes | None:
        """An optional image in base64 (line breaks allowed): a PNG or JPEG of at most 1 MB."""
        p = (*path, key)
        value = d.get(key)
        if not isinstance(value, str):
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

    def document(self, d: Mapping[str, Any]) -> Practice:
        coach = CoachProfile()
        c = d.get("coach")
        if isinstance(c, dict):
            p: JsonPath = ("coach",)
            coach = CoachProfile(
                name=self.text(c, "name", p),
                credentials=self.text(c, "credentials", p),
                letterhead=self.text(c, "letterhead", p),
                logo=self.logo(c, "logo", p),
            )
        organisations = []
        for p, v in self.array(d, "organisations", ()):
            o = self.obj(v, p)
            if o is not None:
                ident = self.new_id("organisation", o, p)
                organisations.append(Organisation(id=ident, name=self.text(o, "name", p)))
        # People first by id, so engagements and references may name any of them.
        raw_people = []
        for p, v in self.array(d, "people", ()):
            o = self.obj(v, p)
            if o is not None:
                raw_people.append((p, o, self.new_id("person", o, p)))
        people = [
            Person(
                id=ident,
                name=self.text(o, "name", p),
                organisation_id=self.ref("organisation", o, "organisation", p, required=False)
                or None,
                title=self.text(o, "title", p),
                email=self.text(o, "email", p),
            )
            for p, o, ident in raw_people
        ]
        engagements = []
        for p, v in self.array(d, "engagements", ()):
            e = self.engagement(v, p)
            if e is not None:
                engagements.append(e)
        return Practice(
            coach=coach,
            organisations=tuple(organisations),
            people=tuple(people),
            engagements=tuple(engagements),
        )

    def engagement(self, value: Any, path: JsonPath) -> Engagement | None:
        d = self.obj(value, path)
        if d is None:
            return None
        eid = self.new_id("engagement", d, path)
        coachee = self.ref("person", d, "coachee", path, required=True)
        organisation = self.ref("organisation", d, "organisation", path, required=False)
        title = self.text(d, "title", path)
        start = self.date(d, "start", path)
        end = self.date(d, "end", path)
        if start and end and end < start:
            self.problem((*path, "end"), "the engagement ends before it starts")
        language = self.enum(Language, d, "language", path)
        retention = self.integer(d, "retention_months", path, 24)
        billing = self.enum(Billing, d, "billing", path, default=Billing.PAID)
        cadence_days = self.integer(d, "cadence_days", path, 0) or None

        stakeholders: list[Stakeholder] = []
        recipients = {coachee} if coachee else set()
        for p, v in self.array(d, "stakeholders", path):
            s = self.obj(v, p)
            if s is None:
                continue
            person = self.ref("person", s, "person", p, required=True)
            role = self.enum(Role, s, "role", p)
            if person and person == coachee:
                self.problem((*p, "person"), "the coachee cannot also be a stakeholder")
            elif person and person in recipients:
                self.problem((*p, "person"), f"{quote(person)} is listed twice")
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
                self.problem((*p, "version"), f"duplicate agreement version {a.version}")
                continue
            versions.add(a.version)
            agreements.append(a)

        goals: list[Goal] = []
        for p, v in self.array(d, "goals", path):
            g = self.goal(v, p, recipients)
            if g is not None:
                if start and g.end and g.end < start:
                    self.problem((*p, "end"), "the goal ends before the engagement starts")
                goals.append(g)

        goal_ids = {g.id for g in goals}
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
        if not (eid and coachee and start and language and billing):
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

    def agreement(self, value: Any, path: JsonPath) -> Agreement | None:
        d = self.obj(value, path)
        if d is None:
            return None
        version = self.integer(d, "version", path, 0)
        agreed_on = self.date(d, "agreed_on", path)
        permits: dict[Role, frozenset[Category]] = {}
        raw = d.get("permits", {})
        for role_name, cats in raw.items() if isinstance(raw, dict) else ():
            rp = (*path, "permits", role_name)
            role = self.enum_value(Role, role_name, rp)
            if role is not None and isinstance(cats, list):
                chosen = [self.enum_value(Category, c, (*rp, i)) for i, c in enumerate(cats)]
                permits[role] = frozenset(c for c in chosen if c is not None)
        if agreed_on is None or not version:
            return None
        return Agreement(
            version=version,
            agreed_on=agreed_on,
            permits=permits,
            cadence=self.text(d, "cadence", path),
            exceptions=self.text(d, "exceptions", path),
            text=self.text(d, "text", path),
        )

    def goal(self, value: Any, path: JsonPath, recipients: Set[str]) -> Goal | None:
        d = self.obj(value, path)
        if d is None:
            return None
        gid = self.new_id("goal", d, path)
        title = self.text(d, "title", path)
        status = self.enum(GoalStatus, d, "status", path)
        start = self.date(d, "start", path)
        end = self.date(d, "end", path)
        if start and end and end < start:
            self.problem((*path, "end"), "the goal ends before it starts")
        share_with = self.recipients_list(d, "share_with", path, recipients)
        grow = Grow()
        g = d.get("grow")
        if isinstance(g, dict):
            gp = (*path, "grow")
            grow = Grow(*(self.text(g, k, gp) for k in ("goal", "reality", "options", "will")))
        ratings = []
        for p, v in self.array(d, "ratings", path):
            r = self.obj(v, p)
            if r is None:
                continue
            day = self.date(r, "date", p)
            rating = self.integer(r, "value", p, 0)
            if day is not None and rating:
                ratings.append(Rating(day, rating))
        kpis = [k for p, v in self.array(d, "kpis", path) if (k := self.kpi(v, p)) is not None]
        if not (gid and status):
            return None
        return Goal(
            id=gid,
            title=title,
            status=status,
            share_with=share_with,
            grow=grow,
            ratings=tuple(ratings),
            kpis=tuple(kpis),
            start=start,
            end=end,
        )

    def kpi(self, value: Any, path: JsonPath) -> Kpi | None:
        d = self.obj(value, path)
        if d is None:
            return None
        kid = self.new_id("kpi", d, path)
        better = self.enum(Better, d, "better", path)
        measurements = []
        for p, v in self.array(d, "measurements", path):
            m = self.obj(v, p)
            if m is None:
                continue
            day = self.date(m, "date", p)
            number = self.number(m, "value", p)
            if day is not None and number is not None:
                measurements.append(Measurement(day, number))
        if not (kid and better):
            return None
        return Kpi(
            id=kid,
            name=self.text(d, "name", path),
            unit=self.text(d, "unit", path),
            better=better,
            baseline=self.number(d, "baseline", path),
            target=self.number(d, "target", path),
            measurements=tuple(measurements),
        )

    def action(
        self,
        value: Any,
        path: JsonPath,
        goal_ids: Set[str],
        kpi_ids: Set[str],
        recipients: Set[str],
    ) -> Action | None:
        d = self.obj(value, path)
        if d is None:
            return None
        aid = self.new_id("action", d, path)
        owner = self.ref("person", d, "owner", path, required=False)
        goal = self.text(d, "goal", path) or None
        if goal is not None and goal not in goal_ids:
            self.problem((*path, "goal"), f"unknown goal {quote(goal)} in this engagement")
        kpi = self.text(d, "kpi", path) or None
        if kpi is not None and kpi not in kpi_ids:
            self.problem((*path, "kpi"), f"unknown KPI {quote(kpi)} in this engagement")
        status = self.enum(ActionStatus, d, "status", path, default=ActionStatus.OPEN)
        if not (aid and status):
            return None
        return Action(
            id=aid,
            text=self.text(d, "text", path),
            owner_id=owner or None,
            due=self.date(d, "due", path),
            status=status,
            goal_id=goal,
            share_with=self.recipients_list(d, "share_with", path, recipients),
            kpi_id=kpi,
        )

    def session(self, value: Any, path: JsonPath, recipients: Set[str]) -> Session | None:
        d = self.obj(value, path)
        if d is None:
            return None
        sid = self.new_id("session", d, path)
        start = self.moment(d, "date", path)
        kind = self.enum(SessionKind, d, "kind", path)
        status = self.enum(SessionStatus, d, "status", path)
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
            duration_min=self.integer(d, "duration_min", path, 60),
            topic=self.text(d, "topic", path),
            items=tuple(items),
            format=fmt,
        )

    def item(self, value: Any, path: JsonPath, recipients: Set[str]) -> NoteItem | None:
        d = self.obj(value, path)
        if d is None:
            return None
        iid = self.new_id("item", d, path)
        kind = self.enum(ItemKind, d, "kind", path)
        text = self.text(d, "text", path)
        sharing: dict[str, SharingState] = {}
        raw = d.get("sharing", {})
        for person, st_value in raw.items() if isinstance(raw, dict) else ():
            pp = (*path, "sharing", person)
            if person not in recipients:
                self.problem(pp, f"{quote(person)} is not the coachee or a stakeholder here")
            st = self.sharing_state(st_value, pp, kind, text)
            if st is not None and st.state is not SharingStateKind.PRIVATE:
                sharing[person] = st
        if not (iid and kind):
            return None
        return NoteItem(id=iid, kind=kind, text=text, sharing=sharing)

    def sharing_state(
        self, value: Any, path: JsonPath, kind: ItemKind | None, text: str
    ) -> SharingState | None:
        """One recipient's state, built by the rule the app uses (policy.sharing_state)."""
        d = self.obj(value, path)
        if d is None:
            return None
        state = self.enum(SharingStateKind, d, "state", path)
        justification = self.text(d, "justification", path)
        if state is not SharingStateKind.EXCEPTION and "justification" in d:
            self.problem((*path, "justification"), "only an exception has a justification")
        digest = d.get("text_sha256")
        if state not in BINDING and "text_sha256" in d:
            self.problem(
                (*path, "text_sha256"), "only an agreed or exception state has a text hash"
            )
        if state is None or kind is None:
            return None
        try:
            # §6: an agreed or exception state binds to the text as imported, or to the hash
            # an export wrote, so one voided by an edit stays void.
            return make_state(
                kind,
                text,
                state,
                on=self.date(d, "on", path),
                how=self.text(d, "how", path),
                justification=justification,
                bound_sha256=digest if isinstance(digest, str) else None,
            )
        except SharingRefused as refused:
            if refused.refusal is Refusal.REFLECTION:
                self.problem(
                    (*path, "state"), "a reflection is the coach's own and cannot be shared"
                )
            else:
                self.problem(
                    (*path, "justification"),
                    "an exception needs a written justification"
                    if "justification" not in d
                    else "the justification must not be empty",
                )
            return None


def _join(path: str, key: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_\-]+", key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"
