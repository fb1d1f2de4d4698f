"""Reading and writing the practice: coach, organisations, people, engagements and all
they contain. Plain parameterised SQL; callers own the transaction."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

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
from coachdesk.storage.connection import Database, IntegrityError
from coachdesk.storage.schema import ITEM_SEQUENCE_BITS

_SEQUENCE_SPAN = 1 << ITEM_SEQUENCE_BITS

# -- conversions ----------------------------------------------------------------------


def d2s(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def s2d(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def s2d_req(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def t2s(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="minutes")


def s2t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# -- coach, organisations, people -------------------------------------------------------


def coach(db: Database) -> CoachProfile:
    row = db.one("SELECT name, credentials, letterhead, logo FROM coach WHERE id = 1")
    if not row:
        return CoachProfile()
    name, credentials, letterhead, logo = row
    return CoachProfile(name, credentials, letterhead, None if logo is None else bytes(logo))


def set_coach(db: Database, profile: CoachProfile) -> None:
    db.execute(
        "UPDATE coach SET name = ?, credentials = ?, letterhead = ?, logo = ? WHERE id = 1",
        (profile.name, profile.credentials, profile.letterhead, profile.logo),
    )


def organisations(db: Database) -> list[Organisation]:
    return [
        Organisation(*r) for r in db.all("SELECT id, name FROM organisations ORDER BY name, id")
    ]


def people(db: Database) -> list[Person]:
    return [
        Person(*r)
        for r in db.all(
            "SELECT id, name, organisation_id, title, email FROM people ORDER BY name, id"
        )
    ]


def engagement_names(db: Database, engagement_id: str) -> dict[str, str]:
    """The display names an engagement's page, board and reports show: its coachee, its
    stakeholders and the owners of its actions, by id (not everyone in the practice)."""
    return dict(
        db.all(
            "SELECT id, name FROM people WHERE id IN ("
            "SELECT coachee_id FROM engagements WHERE id = ?1 "
            "UNION SELECT person_id FROM stakeholders WHERE engagement_id = ?1 "
            "UNION SELECT owner_id FROM actions WHERE engagement_id = ?1)",
            (engagement_id,),
        )
    )


def missing_people(db: Database, person_ids: Iterable[str]) -> set[str]:
    """Those of ``person_ids`` that name nobody in the practice."""
    wanted = set(person_ids)
    found = {
        r[0]
        for pid in wanted
        for r in db.all("SELECT id FROM people WHERE id = ?", (pid,))
    }
    return wanted - found


def insert_organisation(db: Database, org: Organisation) -> None:
    db.execute("INSERT INTO organisations (id, name) VALUES (?, ?)", (org.id, org.name))


def insert_person(db: Database, person: Person) -> None:
    db.execute(
        "INSERT INTO people (id, name, organisation_id, title, email) VALUES (?, ?, ?, ?, ?)",
        (person.id, person.name, person.organisation_id, person.title, person.email),
    )


def insert_practice(db: Database, practice: Practice) -> None:
    """Insert organisations, people and engagements; sets the coach profile when the
    practice names a coach. The caller owns the transaction."""
    if practice.coach.name:
        set_coach(db, practice.coach)
    for org in practice.organisations:
        insert_organisation(db, org)
    for person in practice.people:
        insert_person(db, person)
    for engagement in practice.engagements:
        insert_engagement(db, engagement)


# -- engagements: write -----------------------------------------------------------------


def insert_engagement(db: Database, e: Engagement) -> None:
    """Insert an engagement with everything it contains."""
    db.execute(
        'INSERT INTO engagements (id, coachee_id, organisation_id, title, start, "end", '
        "language, retention_months, billing, cadence_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            e.id,
            e.coachee_id,
            e.organisation_id,
            e.title,
            d2s(e.start),
            d2s(e.end),
            e.language.value,
            e.retention_months,
            e.billing.value,
            e.cadence_days,
        ),
    )
    db.executemany(
        "INSERT INTO stakeholders (engagement_id, person_id, role, position) VALUES (?, ?, ?, ?)",
        [(e.id, s.person_id, s.role.value, i) for i, s in enumerate(e.stakeholders)],
    )
    for a in e.agreements:
        insert_agreement(db, e.id, a)
    for i, g in enumerate(e.goals):
        insert_goal(db, e.id, g, i)
    for i, act in enumerate(e.actions):
        insert_action(db, e.id, act, i)
    for s in e.sessions:
        insert_session(db, e.id, s)


def insert_agreement(db: Database, engagement_id: str, a: Agreement) -> None:
    db.execute(
        "INSERT INTO agreements (engagement_id, version, agreed_on, cadence, exceptions, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (engagement_id, a.version, d2s(a.agreed_on), a.cadence, a.exceptions, a.text),
    )
    db.executemany(
        "INSERT INTO agreement_permits (engagement_id, version, role, category) "
        "VALUES (?, ?, ?, ?)",
        [
            (engagement_id, a.version, role.value, cat.value)
            for role, cats in a.permits.items()
            for cat in sorted(cats)
        ],
    )


def insert_goal(db: Database, engagement_id: str, g: Goal, position: int) -> None:
    db.execute(
        "INSERT INTO goals (id, engagement_id, position, title, status, grow_goal, "
        'grow_reality, grow_options, grow_will, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            g.id,
            engagement_id,
            position,
            g.title,
            g.status.value,
            g.grow.goal,
            g.grow.reality,
            g.grow.options,
            g.grow.will,
            d2s(g.start),
            d2s(g.end),
        ),
    )
    db.executemany(
        "INSERT INTO goal_shares (goal_id, person_id) VALUES (?, ?)",
        [(g.id, p) for p in sorted(g.share_with)],
    )
    db.executemany(
        "INSERT INTO ratings (goal_id, position, date, value) VALUES (?, ?, ?, ?)",
        [(g.id, i, d2s(r.date), r.value) for i, r in enumerate(g.ratings)],
    )
    for i, k in enumerate(g.kpis):
        insert_kpi(db, g.id, k, i)


def insert_kpi(db: Database, goal_id: str, k: Kpi, position: int) -> None:
    db.execute(
        "INSERT INTO kpis (id, goal_id, position, name, unit, better, baseline, target) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (k.id, goal_id, position, k.name, k.unit, k.better.value, k.baseline, k.target),
    )
    db.executemany(
        "INSERT INTO measurements (kpi_id, position, date, value) VALUES (?, ?, ?, ?)",
        [(k.id, i, d2s(m.date), m.value) for i, m in enumerate(k.measurements)],
    )


def insert_action(db: Database, engagement_id: str, a: Action, position: int) -> None:
    db.execute(
        "INSERT INTO actions "
        "(id, engagement_id, position, text, owner_id, due, status, goal_id, kpi_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id,
            engagement_id,
            position,
            a.text,
            a.owner_id,
            d2s(a.due),
            a.status.value,
            a.goal_id,
            a.kpi_id,
        ),
    )
    db.executemany(
        "INSERT INTO action_shares (action_id, person_id) VALUES (?, ?)",
        [(a.id, pid) for pid in sorted(a.share_with)],
    )


def insert_session(db: Database, engagement_id: str, s: Session) -> None:
    db.execute(
        "INSERT INTO sessions (id, engagement_id, start, duration_min, kind, status, topic, "
        "format) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.id,
            engagement_id,
            t2s(s.start),
            s.duration_min,
            s.kind.value,
            s.status.value,
            s.topic,
            s.format.value,
        ),
    )
    for i, item in enumerate(s.items):
        insert_item(db, s.id, item, i)


# An item's rowid is its session's start minute shifted left by ITEM_SEQUENCE_BITS, plus the
# next free sequence number in that minute (see schema.ITEM_SEQUENCE_BITS); parameters are
# (id, session id, position, kind, text). No row is inserted when the session is missing.
INSERT_ITEM = (
    "INSERT INTO items (rowid, id, session_id, position, kind, text) "
    "SELECT coalesce((SELECT max(rowid) + 1 FROM items "
    f"WHERE rowid BETWEEN b.base AND b.base + {_SEQUENCE_SPAN - 1}), b.base), "
    "?1, ?2, ?3, ?4, ?5 "
    f"FROM (SELECT (unixepoch(start) / 60) * {_SEQUENCE_SPAN} AS base "
    "FROM sessions WHERE id = ?2) AS b"
)


def insert_item(db: Database, session_id: str, item: NoteItem, position: int) -> None:
    cur = db.execute(INSERT_ITEM, (item.id, session_id, position, item.kind.value, item.text))
    if cur.rowcount != 1:
        raise IntegrityError("FOREIGN KEY constraint failed")
    for person_id, st in sorted(item.sharing.items()):
        if st.state is not SharingStateKind.PRIVATE:
            set_sharing(db, item.id, person_id, st)


def set_sharing(db: Database, item_id: str, person_id: str, st: SharingState) -> None:
    """Store one sharing state; ``private`` is stored as the absence of a row."""
    if st.state is SharingStateKind.PRIVATE:
        db.execute("DELETE FROM sharing WHERE item_id = ? AND person_id = ?", (item_id, person_id))
        return
    db.execute(
        "INSERT INTO sharing (item_id, person_id, state, on_date, how, justification, "
        "text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (item_id, person_id) DO UPDATE SET state = excluded.state, "
        "on_date = excluded.on_date, how = excluded.how, "
        "justification = excluded.justification, text_sha256 = excluded.text_sha256",
        (
            item_id,
            person_id,
            st.state.value,
            d2s(st.on),
            st.how,
            st.justification,
            st.text_sha256,
        ),
    )


def update_session(db: Database, s: Session) -> None:
    """Change a session's details (not its items); items move in the time order of the
    search index when the start changes."""
    row = db.one("SELECT start FROM sessions WHERE id = ?", (s.id,))
    if row is None:
        return
    db.execute(
        "UPDATE sessions SET start = ?, duration_min = ?, kind = ?, status = ?, topic = ?, "
        "format = ? WHERE id = ?",
        (
            t2s(s.start),
            s.duration_min,
            s.kind.value,
            s.status.value,
            s.topic,
            s.format.value,
            s.id,
        ),
    )
    if row[0] != t2s(s.start):
        _renumber_items(db, s.id)


def _renumber_items(db: Database, session_id: str) -> None:
    """Give a session's items rowids in its (new) start minute, in position order."""
    rows = db.all(
        "SELECT rowid FROM items WHERE session_id = ? ORDER BY position, rowid", (session_id,)
    )
    # Parked at -1, -2, … first (no session of this century has a minute there), so the new
    # numbers cannot collide with the old ones.
    for n, (rowid,) in enumerate(rows):
        db.execute("UPDATE items SET rowid = ? WHERE rowid = ?", (-1 - n, rowid))
    for n in range(len(rows)):
        db.execute(
            "UPDATE items SET rowid = (SELECT coalesce((SELECT max(rowid) + 1 FROM items "
            f"WHERE rowid BETWEEN b.base AND b.base + {_SEQUENCE_SPAN - 1}), b.base) "
            f"FROM (SELECT (unixepoch(start) / 60) * {_SEQUENCE_SPAN} AS base "
            "FROM sessions WHERE id = ?) AS b) WHERE rowid = ?",
            (session_id, -1 - n),
        )


def goal_engagement(db: Database, goal_id: str) -> str | None:
    row = db.one("SELECT engagement_id FROM goals WHERE id = ?", (goal_id,))
    return None if row is None else str(row[0])


def set_goal_share(db: Database, goal_id: str, person_id: str, shared: bool) -> None:
    if shared:
        db.execute(
            "INSERT INTO goal_shares (goal_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (goal_id, person_id),
        )
    else:
        db.execute(
            "DELETE FROM goal_shares WHERE goal_id = ? AND person_id = ?", (goal_id, person_id)
        )


def update_item_text(db: Database, item_id: str, text: str) -> None:
    db.execute("UPDATE items SET text = ? WHERE id = ?", (text, item_id))


# -- engagements: read ------------------------------------------------------------------


def engagement_ids(db: Database, coachee_id: str | None = None) -> list[str]:
    if coachee_id is None:
        return [r[0] for r in db.all("SELECT id FROM engagements ORDER BY start, id")]
    return [
        r[0]
        for r in db.all(
            "SELECT id FROM engagements WHERE coachee_id = ? ORDER BY start, id", (coachee_id,)
        )
    ]


def load_engagement(db: Database, engagement_id: str) -> Engagement | None:
    row = db.one(
        'SELECT id, coachee_id, organisation_id, title, start, "end", language, '
        "retention_months, billing, cadence_days FROM engagements WHERE id = ?",
        (engagement_id,),
    )
    if row is None:
        return None
    eid = row[0]
    stakeholders = tuple(
        Stakeholder(p, Role(r))
        for p, r in db.all(
            "SELECT person_id, role FROM stakeholders WHERE engagement_id = ? "
            "ORDER BY position, person_id",
            (eid,),
        )
    )
    return Engagement(
        id=eid,
        coachee_id=row[1],
        organisation_id=row[2],
        title=row[3],
        start=s2d_req(row[4]),
        end=s2d(row[5]),
        language=Language(row[6]),
        retention_months=row[7],
        billing=Billing(row[8]),
        cadence_days=row[9],
        stakeholders=stakeholders,
        agreements=_load_agreements(db, eid),
        goals=_load_goals(db, eid),
        actions=_load_actions(db, eid),
        sessions=_load_sessions(db, eid),
    )


def _load_agreements(db: Database, eid: str) -> tuple[Agreement, ...]:
    permits: dict[int, dict[Role, set[Category]]] = defaultdict(lambda: defaultdict(set))
    for version, role, cat in db.all(
        "SELECT version, role, category FROM agreement_permits WHERE engagement_id = ?", (eid,)
    ):
        permits[version][Role(role)].add(Category(cat))
    return tuple(
        Agreement(
            version=v,
            agreed_on=s2d_req(on),
            cadence=cadence,
            exceptions=exc,
            text=text,
            permits={r: frozenset(c) for r, c in permits[v].items()},
        )
        for v, on, cadence, exc, text in db.all(
            "SELECT version, agreed_on, cadence, exceptions, text FROM agreements "
            "WHERE engagement_id = ? ORDER BY version",
            (eid,),
        )
    )


def _load_goals(db: Database, eid: str) -> tuple[Goal, ...]:
    shares: dict[str, set[str]] = defaultdict(set)
    for gid, pid in db.all(
        "SELECT s.goal_id, s.person_id FROM goal_shares s JOIN goals g ON g.id = s.goal_id "
        "WHERE g.engagement_id = ?",
        (eid,),
    ):
        shares[gid].add(pid)
    ratings: dict[str, list[Rating]] = defaultdict(list)
    for gid, day, value in db.all(
        "SELECT r.goal_id, r.date, r.value FROM ratings r JOIN goals g ON g.id = r.goal_id "
        "WHERE g.engagement_id = ? ORDER BY r.goal_id, r.position",
        (eid,),
    ):
        ratings[gid].append(Rating(s2d_req(day), value))
    measurements: dict[str, list[Measurement]] = defaultdict(list)
    for kid, day, value in db.all(
        "SELECT m.kpi_id, m.date, m.value FROM measurements m JOIN kpis k ON k.id = m.kpi_id "
        "JOIN goals g ON g.id = k.goal_id WHERE g.engagement_id = ? "
        "ORDER BY m.kpi_id, m.position",
        (eid,),
    ):
        measurements[kid].append(Measurement(s2d_req(day), value))
    kpis: dict[str, list[Kpi]] = defaultdict(list)
    for kid, gid, name, unit, better, baseline, target in db.all(
        "SELECT k.id, k.goal_id, k.name, k.unit, k.better, k.baseline, k.target FROM kpis k "
        "JOIN goals g ON g.id = k.goal_id WHERE g.engagement_id = ? "
        "ORDER BY k.goal_id, k.position",
        (eid,),
    ):
        kpis[gid].append(
            Kpi(
                id=kid,
                name=name,
                unit=unit,
                better=Better(better),
                baseline=baseline,
                target=target,
                measurements=tuple(measurements[kid]),
            )
        )
    return tuple(
        Goal(
            id=gid,
            title=title,
            status=GoalStatus(status),
            share_with=frozenset(shares[gid]),
            grow=Grow(g, r, o, w),
            ratings=tuple(ratings[gid]),
            kpis=tuple(kpis[gid]),
            start=s2d(start),
            end=s2d(end),
        )
        for gid, title, status, g, r, o, w, start, end in db.all(
            "SELECT id, title, status, grow_goal, grow_reality, grow_options, grow_will, "
            'start, "end" FROM goals WHERE engagement_id = ? ORDER BY position, id',
            (eid,),
        )
    )


def _load_actions(db: Database, eid: str) -> tuple[Action, ...]:
    shares: dict[str, set[str]] = defaultdict(set)
    for aid, pid in db.all(
        "SELECT s.action_id, s.person_id FROM action_shares s "
        "JOIN actions a ON a.id = s.action_id WHERE a.engagement_id = ?",
        (eid,),
    ):
        shares[aid].add(pid)
    return tuple(
        Action(
            id=aid,
            text=text,
            owner_id=owner,
            due=s2d(due),
            status=ActionStatus(status),
            goal_id=goal,
            share_with=frozenset(shares.get(aid, ())),
            kpi_id=kpi,
        )
        for aid, text, owner, due, status, goal, kpi in db.all(
            "SELECT id, text, owner_id, due, status, goal_id, kpi_id FROM actions "
            "WHERE engagement_id = ? ORDER BY position, id",
            (eid,),
        )
    )


def _load_sessions(db: Database, eid: str) -> tuple[Session, ...]:
    sharing: dict[str, dict[str, SharingState]] = defaultdict(dict)
    for item_id, pid, state, on, how, just, sha in db.all(
        "SELECT sh.item_id, sh.person_id, sh.state, sh.on_date, sh.how, sh.justification, "
        "sh.text_sha256 FROM sharing sh JOIN items i ON i.id = sh.item_id "
        "JOIN sessions s ON s.id = i.session_id WHERE s.engagement_id = ?",
        (eid,),
    ):
        sharing[item_id][pid] = SharingState(
            state=SharingStateKind(state),
            on=s2d(on),
            how=how,
            justification=just,
            text_sha256=sha,
        )
    items: dict[str, list[NoteItem]] = defaultdict(list)
    for sid, iid, kind, text in db.all(
        "SELECT i.session_id, i.id, i.kind, i.text FROM items i "
        "JOIN sessions s ON s.id = i.session_id WHERE s.engagement_id = ? "
        "ORDER BY i.session_id, i.position, i.id",
        (eid,),
    ):
        items[sid].append(NoteItem(id=iid, kind=ItemKind(kind), text=text, sharing=sharing[iid]))
    return tuple(
        Session(
            id=sid,
            start=s2t(start),
            duration_min=dur,
            kind=SessionKind(kind),
            status=SessionStatus(status),
            topic=topic,
            items=tuple(items[sid]),
            format=SessionFormat(fmt),
        )
        for sid, start, dur, kind, status, topic, fmt in db.all(
            "SELECT id, start, duration_min, kind, status, topic, format FROM sessions "
            "WHERE engagement_id = ? ORDER BY start, id",
            (eid,),
        )
    )


def load_practice(db: Database, engagement_ids_: Iterable[str] | None = None) -> Practice:
    """Everything in the vault, or only the given engagements (with all organisations and
    people; callers that need less filter afterwards)."""
    ids = engagement_ids(db) if engagement_ids_ is None else list(engagement_ids_)
    engagements = []
    for eid in ids:
        e = load_engagement(db, eid)
        if e is not None:
            engagements.append(e)
    return Practice(
        coach=coach(db),
        organisations=tuple(organisations(db)),
        people=tuple(people(db)),
        engagements=tuple(engagements),
    )


def existing_ids(db: Database) -> dict[str, set[str]]:
    """Every id the vault holds, by kind, for the interchange's conflict check."""
    statements = {
        "organisation": "SELECT id FROM organisations",
        "person": "SELECT id FROM people",
        "engagement": "SELECT id FROM engagements",
        "goal": "SELECT id FROM goals",
        "kpi": "SELECT id FROM kpis",
        "action": "SELECT id FROM actions",
        "session": "SELECT id FROM sessions",
        "item": "SELECT id FROM items",
    }
    return {kind: {r[0] for r in db.all(sql)} for kind, sql in statements.items()}


def item_context(db: Database, item_id: str) -> tuple[NoteItem, str] | None:
    """A note item with its sharing states, and the id of its engagement."""
    row = db.one(
        "SELECT i.kind, i.text, s.engagement_id FROM items i "
        "JOIN sessions s ON s.id = i.session_id WHERE i.id = ?",
        (item_id,),
    )
    if row is None:
        return None
    sharing = {
        pid: SharingState(
            state=SharingStateKind(state),
            on=s2d(on),
            how=how,
            justification=just,
            text_sha256=sha,
        )
        for pid, state, on, how, just, sha in db.all(
            "SELECT person_id, state, on_date, how, justification, text_sha256 FROM sharing "
            "WHERE item_id = ?",
            (item_id,),
        )
    }
    return NoteItem(id=item_id, kind=ItemKind(row[0]), text=row[1], sharing=sharing), row[2]


def people_with_roles(db: Database, roles: tuple[str, ...]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in roles)
    return [
        (r[0], r[1])
        for r in db.all(
            f"SELECT DISTINCT p.id, p.name FROM people p JOIN stakeholders s ON s.person_id = p.id "
            f"WHERE s.role IN ({marks}) ORDER BY p.name, p.id",
            roles,
        )
    ]


def engagement_ids_with_stakeholder(db: Database, person_id: str) -> list[str]:
    return [
        r[0]
        for r in db.all(
            "SELECT engagement_id FROM stakeholders WHERE person_id = ? ORDER BY engagement_id",
            (person_id,),
        )
    ]


def recipients(db: Database, engagement_id: str) -> list[str]:
    """The coachee, then the stakeholders, of an engagement."""
    row = db.one("SELECT coachee_id FROM engagements WHERE id = ?", (engagement_id,))
    if row is None:
        return []
    return [row[0]] + [
        r[0]
        for r in db.all(
            "SELECT person_id FROM stakeholders WHERE engagement_id = ? ORDER BY position, "
            "person_id",
            (engagement_id,),
        )
    ]


def engagement_summary(
    db: Database, engagement_id: str
) -> tuple[str, str, str | None, dt.date, dt.date | None] | None:
    """(title, coachee id, organisation id, start, end) of an engagement."""
    row = db.one(
        'SELECT title, coachee_id, organisation_id, start, "end" FROM engagements WHERE id = ?',
        (engagement_id,),
    )
    if row is None:
        return None
    return row[0], row[1], row[2], s2d_req(row[3]), s2d(row[4])


def next_item_position(db: Database, session_id: str) -> int | None:
    """The position after the last item of a session; ``None`` if there is no such session."""
    if db.one("SELECT 1 FROM sessions WHERE id = ?", (session_id,)) is None:
        return None
    row = db.one("SELECT max(position) FROM items WHERE session_id = ?", (session_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def delete_item(db: Database, item_id: str) -> None:
    db.execute("DELETE FROM items WHERE id = ?", (item_id,))


# -- editing: organisations, people, engagements ----------------------------------------


def update_organisation(db: Database, org: Organisation) -> None:
    db.execute("UPDATE organisations SET name = ? WHERE id = ?", (org.name, org.id))


def delete_organisation(db: Database, org_id: str) -> None:
    """People and engagements keep existing, without an organisation."""
    db.execute("DELETE FROM organisations WHERE id = ?", (org_id,))


def update_person(db: Database, person: Person) -> None:
    db.execute(
        "UPDATE people SET name = ?, organisation_id = ?, title = ?, email = ? WHERE id = ?",
        (person.name, person.organisation_id, person.title, person.email, person.id),
    )


def person_uses(db: Database, person_id: str) -> tuple[int, int]:
    """(engagements they are the coachee of, engagements they are a stakeholder in)."""
    coachee = db.one("SELECT count(*) FROM engagements WHERE coachee_id = ?", (person_id,))[0]
    stake = db.one("SELECT count(*) FROM stakeholders WHERE person_id = ?", (person_id,))[0]
    return int(coachee), int(stake)


def delete_person(db: Database, person_id: str) -> None:
    """Removes them as a stakeholder and their sharing states; the caller refuses coachees
    (their engagements would go too: that is erasure)."""
    db.execute("DELETE FROM people WHERE id = ?", (person_id,))


def update_engagement(db: Database, e: Engagement) -> None:
    """The engagement's own fields and its stakeholders (not what it contains)."""
    db.execute(
        "UPDATE engagements SET coachee_id = ?, organisation_id = ?, title = ?, start = ?, "
        '"end" = ?, language = ?, retention_months = ?, billing = ?, cadence_days = ? '
        "WHERE id = ?",
        (
            e.coachee_id,
            e.organisation_id,
            e.title,
            d2s(e.start),
            d2s(e.end),
            e.language.value,
            e.retention_months,
            e.billing.value,
            e.cadence_days,
            e.id,
        ),
    )
    db.execute("DELETE FROM stakeholders WHERE engagement_id = ?", (e.id,))
    db.executemany(
        "INSERT INTO stakeholders (engagement_id, person_id, role, position) VALUES (?, ?, ?, ?)",
        [(e.id, s.person_id, s.role.value, i) for i, s in enumerate(e.stakeholders)],
    )


def engagement_counts(db: Database, engagement_id: str) -> dict[str, int]:
    """What deleting an engagement takes with it."""

    def one(sql: str) -> int:
        return int(db.one(sql, (engagement_id,))[0])

    return {
        "sessions": one("SELECT count(*) FROM sessions WHERE engagement_id = ?"),
        "items": one(
            "SELECT count(*) FROM items i JOIN sessions s ON s.id = i.session_id "
            "WHERE s.engagement_id = ?"
        ),
        "goals": one("SELECT count(*) FROM goals WHERE engagement_id = ?"),
        "actions": one("SELECT count(*) FROM actions WHERE engagement_id = ?"),
        "agreements": one("SELECT count(*) FROM agreements WHERE engagement_id = ?"),
    }


def delete_engagement(db: Database, engagement_id: str) -> None:
    db.execute("DELETE FROM engagements WHERE id = ?", (engagement_id,))


def next_agreement_version(db: Database, engagement_id: str) -> int:
    row = db.one("SELECT max(version) FROM agreements WHERE engagement_id = ?", (engagement_id,))
    return 1 if row[0] is None else int(row[0]) + 1


# -- editing: sessions and items --------------------------------------------------------


def session_engagement(db: Database, session_id: str) -> str | None:
    row = db.one("SELECT engagement_id FROM sessions WHERE id = ?", (session_id,))
    return None if row is None else str(row[0])


def delete_session(db: Database, session_id: str) -> None:
    db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))


def item_position(db: Database, item_id: str) -> tuple[str, int] | None:
    row = db.one("SELECT session_id, position FROM items WHERE id = ?", (item_id,))
    return None if row is None else (str(row[0]), int(row[1]))


def item_ids_in_order(db: Database, session_id: str) -> list[str]:
    return [
        r[0]
        for r in db.all(
            "SELECT id FROM items WHERE session_id = ? ORDER BY position, rowid", (session_id,)
        )
    ]


def set_item_positions(db: Database, ordered_ids: list[str]) -> None:
    db.executemany(
        "UPDATE items SET position = ? WHERE id = ?", [(i, x) for i, x in enumerate(ordered_ids)]
    )


# -- editing: goals, ratings, KPIs, actions ---------------------------------------------


def update_goal(db: Database, goal: Goal) -> None:
    """Title, status, GROW fields and dates (not shares, ratings or KPIs)."""
    db.execute(
        "UPDATE goals SET title = ?, status = ?, grow_goal = ?, grow_reality = ?, "
        'grow_options = ?, grow_will = ?, start = ?, "end" = ? WHERE id = ?',
        (
            goal.title,
            goal.status.value,
            goal.grow.goal,
            goal.grow.reality,
            goal.grow.options,
            goal.grow.will,
            d2s(goal.start),
            d2s(goal.end),
            goal.id,
        ),
    )


def next_goal_position(db: Database, engagement_id: str) -> int:
    row = db.one("SELECT max(position) FROM goals WHERE engagement_id = ?", (engagement_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def delete_goal(db: Database, goal_id: str) -> None:
    db.execute("DELETE FROM goals WHERE id = ?", (goal_id,))


def add_rating(db: Database, goal_id: str, rating: Rating) -> None:
    row = db.one("SELECT max(position) FROM ratings WHERE goal_id = ?", (goal_id,))
    position = 0 if row[0] is None else int(row[0]) + 1
    db.execute(
        "INSERT INTO ratings (goal_id, position, date, value) VALUES (?, ?, ?, ?)",
        (goal_id, position, d2s(rating.date), rating.value),
    )


def kpi_goal(db: Database, kpi_id: str) -> str | None:
    row = db.one("SELECT goal_id FROM kpis WHERE id = ?", (kpi_id,))
    return None if row is None else str(row[0])


def next_kpi_position(db: Database, goal_id: str) -> int:
    row = db.one("SELECT max(position) FROM kpis WHERE goal_id = ?", (goal_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def update_kpi(db: Database, goal_id: str, k: Kpi) -> None:
    db.execute(
        "UPDATE kpis SET name = ?, unit = ?, better = ?, baseline = ?, target = ? "
        "WHERE id = ? AND goal_id = ?",
        (k.name, k.unit, k.better.value, k.baseline, k.target, k.id, goal_id),
    )


def delete_kpi(db: Database, kpi_id: str) -> None:
    db.execute("DELETE FROM kpis WHERE id = ?", (kpi_id,))


def add_measurement(db: Database, kpi_id: str, m: Measurement) -> None:
    row = db.one("SELECT max(position) FROM measurements WHERE kpi_id = ?", (kpi_id,))
    position = 0 if row[0] is None else int(row[0]) + 1
    db.execute(
        "INSERT INTO measurements (kpi_id, position, date, value) VALUES (?, ?, ?, ?)",
        (kpi_id, position, d2s(m.date), m.value),
    )


def next_action_position(db: Database, engagement_id: str) -> int:
    row = db.one("SELECT max(position) FROM actions WHERE engagement_id = ?", (engagement_id,))
    return 0 if row[0] is None else int(row[0]) + 1


def action_engagement(db: Database, action_id: str) -> str | None:
    row = db.one("SELECT engagement_id FROM actions WHERE id = ?", (action_id,))
    return None if row is None else str(row[0])


def update_action(db: Database, a: Action) -> None:
    db.execute(
        "UPDATE actions SET text = ?, owner_id = ?, due = ?, status = ?, goal_id = ?, kpi_id = ? "
        "WHERE id = ?",
        (a.text, a.owner_id, d2s(a.due), a.status.value, a.goal_id, a.kpi_id, a.id),
    )


def set_action_share(db: Database, action_id: str, person_id: str, shared: bool) -> None:
    if shared:
        db.execute(
            "INSERT INTO action_shares (action_id, person_id) VALUES (?, ?) "
            "ON CONFLICT DO NOTHING",
            (action_id, person_id),
        )
    else:
        db.execute(
            "DELETE FROM action_shares WHERE action_id = ? AND person_id = ?",
            (action_id, person_id),
        )


def delete_action(db: Database, action_id: str) -> None:
    db.execute("DELETE FROM actions WHERE id = ?", (action_id,))
