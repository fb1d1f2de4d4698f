"""``coachdesk demo``: a sample practice to explore, in English and Italian.

Two executive-coaching engagements (one Italian, one English) and a customer-service team
whose leader coaches four agents on KPIs. Dates are laid out backwards from ``today`` so the
practice always looks current. Every session kind and status, every item kind and every
sharing state (including a consent voided by a later edit, and an exception) appears.
"""

from __future__ import annotations

import datetime as dt
import itertools

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
from coachdesk.errors import InvalidInput
from coachdesk.services.vault import Vault
from coachdesk.storage import practice_repo

ALL = frozenset(Category)
# The demo's one disclosure without consent (an exception binds to its text, spec §3).
CONCERN = "James mentioned pressure to sign off figures he has not reviewed."
A, P, AG, EX = (
    SharingStateKind.PRIVATE,
    SharingStateKind.PROPOSED,
    SharingStateKind.AGREED,
    SharingStateKind.EXCEPTION,
)


class _Ids:
    def __init__(self) -> None:
        self._counters: dict[str, itertools.count[int]] = {}

    def __call__(self, prefix: str) -> str:
        counter = self._counters.setdefault(prefix, itertools.count(1))
        return f"{prefix}{next(counter)}"


def _agreed(text: str, on: dt.date, how: str) -> SharingState:
    return SharingState(AG, on=on, how=how, text_sha256=text_sha256(text))


def _item(
    ids: _Ids, kind: ItemKind, text: str, day: dt.date, **states: SharingStateKind
) -> NoteItem:
    return _item_in(ids, kind, text, day, "in session", states)


def _item_it(
    ids: _Ids, kind: ItemKind, text: str, day: dt.date, **states: SharingStateKind
) -> NoteItem:
    """An item of an Italian engagement: how the consent was given reads in Italian."""
    return _item_in(ids, kind, text, day, "in sessione", states)


def _item_in(
    ids: _Ids,
    kind: ItemKind,
    text: str,
    day: dt.date,
    how: str,
    states: dict[str, SharingStateKind],
) -> NoteItem:
    sharing: dict[str, SharingState] = {}
    for person, state in states.items():
        if state is AG:
            sharing[person] = _agreed(text, day, how)
        elif state is P:
            sharing[person] = SharingState(P)
    return NoteItem(ids("i"), kind, text, sharing)


def build_demo(today: dt.date | None = None) -> Practice:
    """The sample practice, dated so its latest session was last week."""
    today = today or dt.date.today()
    ids = _Ids()

    def ago(days: int, hour: int = 10) -> dt.datetime:
        day = today - dt.timedelta(days=days)
        return dt.datetime(day.year, day.month, day.day, hour, 0)

    def day_ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    orgs = (
        Organisation("acme", "ACME S.p.A."),
        Organisation("northwind", "Northwind Logistics Ltd"),
        Organisation("contoso", "Contoso Servizi Clienti S.r.l."),
    )
    people = (
        Person("anna", "Anna Rossi", "acme", "Team Leader, Operations", "anna.rossi@acme.example"),
        Person("marco", "Marco Verdi", "acme", "Head of Operations"),
        Person("giulia", "Giulia Conti", "acme", "HR Business Partner"),
        Person(
            "james",
            "James Whitfield",
            "northwind",
            "Chief Financial Officer",
            "j.whitfield@northwind.example",
        ),
        Person("sarah", "Sarah Okafor", "northwind", "Chief Executive Officer"),
        Person("paola", "Paola Marino", "contoso", "Customer Service Manager"),
        Person(
            "stefan",
            "Ştefan Popescu",
            "contoso",
            "Customer Service Agent",
            "stefan@contoso.example",
        ),
        Person("zoe", "Zoë O'Brien", "contoso", "Customer Service Agent", "zoe@contoso.example"),
        Person(
            "lukasz",
            "Łukasz Wiśniewski",
            "contoso",
            "Customer Service Agent",
            "lukasz@contoso.example",
        ),
        Person("eleni", "Ελένη Παπαδοπούλου", "contoso", "Customer Service Agent"),
    )

    # -- Anna Rossi: leadership coaching, Italian --------------------------------------
    anna_start = day_ago(150)
    edited_text = (
        "Anna ha delegato la preparazione del report settimanale a Luca e ne ha rivisto "
        "solo la bozza finale."
    )
    anna_sessions = (
        Session(
            ids("s"),
            ago(140),
            SessionKind.THREE_WAY,
            SessionStatus.HELD,
            90,
            items=(
                _item_it(
                    ids,
                    ItemKind.SUMMARY,
                    "Incontro a tre con Marco: concordati obiettivi, riservatezza e cadenza "
                    "dei report trimestrali.",
                    day_ago(140),
                    anna=AG,
                    marco=AG,
                ),
                _item_it(
                    ids,
                    ItemKind.REFLECTION,
                    "Marco parla molto più di Anna; nelle prossime sessioni a tre darle la "
                    "parola per prima.",
                    day_ago(140),
                ),
            ),
        ),
        Session(
            ids("s"),
            ago(120),
            SessionKind.COACHING,
            SessionStatus.HELD,
            items=(
                _item_it(
                    ids,
                    ItemKind.SUMMARY,
                    "Esplorato perché Anna fatica a delegare: teme che la qualità cali e che "
                    "il team la giudichi assente.",
                    day_ago(120),
                    anna=AG,
                    marco=AG,
                ),
                _item_it(
                    ids,
                    ItemKind.INSIGHT,
                    "«Se non lo faccio io, non è fatto bene» è una convinzione che Anna "
                    "riconosce come ereditata dal suo primo capo.",
                    day_ago(120),
                    anna=AG,
                ),
                _item_it(
                    ids,
                    ItemKind.COMMITMENT,
                    "Entro due settimane delegare a Luca il report settimanale.",
                    day_ago(120),
                    anna=AG,
                    marco=P,
                ),
            ),
        ),
        Session(
            ids("s"),
            ago(90),
            SessionKind.COACHING,
            SessionStatus.HELD,
            items=(
                NoteItem(
                    ids("i"),
                    ItemKind.OBSERVATION,
                    edited_text,
                    {
                        # Agreed to an earlier wording: the edit voided the consent.
                        "marco": _agreed(
                            "Anna ha delegato il report settimanale a Luca.",
                            day_ago(90),
                            "in sessione, a voce",
                        ),
                        "anna": _agreed(edited_text, day_ago(90), "in sessione"),
                    },
                ),
                _item_it(
                    ids,
                    ItemKind.CONCERN,
                    "Anna dorme poco da settimane e parla di sentirsi «sempre di corsa».",
                    day_ago(90),
                ),
                _item_it(
                    ids,
                    ItemKind.SUMMARY,
                    "Primo passo di delega riuscito; lavorato su come dare feedback senza "
                    "riprendersi il compito.",
                    day_ago(90),
                    anna=AG,
                    marco=AG,
                ),
            ),
        ),
        Session(ids("s"), ago(60), SessionKind.COACHING, SessionStatus.CANCELLED),
        Session(
            ids("s"),
            ago(45),
            SessionKind.CHECK_IN,
            SessionStatus.HELD,
            30,
            items=(
                _item_it(
                    ids,
                    ItemKind.SUMMARY,
                    "Breve verifica: il team gestisce da solo il report da un mese.",
                    day_ago(45),
                    anna=AG,
                    marco=P,
                ),
            ),
        ),
        Session(
            ids("s"),
            ago(7),
            SessionKind.COACHING,
            SessionStatus.HELD,
            items=(
                _item_it(
                    ids,
                    ItemKind.SUMMARY,
                    "Preparata la conversazione difficile con un collaboratore senior che "
                    "resiste alla nuova organizzazione dei turni.",
                    day_ago(7),
                    anna=AG,
                    marco=P,
                ),
                _item_it(
                    ids,
                    ItemKind.REFLECTION,
                    "Forse il vero tema è il rapporto con Marco, non la delega.",
                    day_ago(7),
                ),
            ),
        ),
        Session(ids("s"), ago(-14), SessionKind.COACHING, SessionStatus.PLANNED),
    )
    anna_goal = Goal(
        "g-anna-delegate",
        "Delegare di più e meglio",
        GoalStatus.ACTIVE,
        frozenset({"anna", "marco"}),
        Grow(
            goal="Liberare un giorno a settimana per il lavoro strategico.",
            reality="Anna rivede personalmente ogni documento del team.",
            options="Delegare il report; affiancare Luca; checklist di qualità condivisa.",
            will="Delegare il report entro due settimane.",
        ),
        ratings=(
            Rating(day_ago(140), 3),
            Rating(day_ago(120), 4),
            Rating(day_ago(90), 6),
            Rating(day_ago(45), 7),
            Rating(day_ago(7), 8),
        ),
        kpis=(
            Kpi(
                "k-anna-hours",
                "Ore settimanali su attività operative",
                "h",
                Better.LOWER,
                22,
                12,
                (
                    Measurement(day_ago(140), 22),
                    Measurement(day_ago(90), 18),
                    Measurement(day_ago(45), 15),
                    Measurement(day_ago(7), 13),
                ),
            ),
        ),
    )
    anna_private_goal = Goal(
        "g-anna-rest",
        "Recuperare energie",
        GoalStatus.ACTIVE,
        frozenset({"anna"}),
        ratings=(Rating(day_ago(90), 3), Rating(day_ago(7), 5)),
    )
    anna = Engagement(
        id="eng-anna",
        coachee_id="anna",
        organisation_id="acme",
        title="Percorso di leadership 2026",
        start=anna_start,
        end=anna_start + dt.timedelta(days=365),
        language=Language.IT,
        cadence_days=28,  # last coached 7 days ago: due in three weeks
        stakeholders=(
            Stakeholder("marco", Role.SPONSOR),
            Stakeholder("giulia", Role.HR),
        ),
        agreements=(
            Agreement(
                1,
                anna_start,
                {
                    Role.SPONSOR: frozenset({Category.ATTENDANCE, Category.GOALS}),
                    Role.HR: frozenset({Category.ATTENDANCE}),
                    Role.COACHEE: ALL,
                },
                "trimestrale",
                "Rischio di danno grave; atti illeciti.",
                "Le note restano riservate salvo accordo esplicito di Anna.",
            ),
            Agreement(
                2,
                day_ago(100),
                {
                    Role.SPONSOR: frozenset(
                        {
                            Category.ATTENDANCE,
                            Category.GOALS,
                            Category.PROGRESS,
                            Category.SUMMARIES,
                            Category.NOTES,
                        }
                    ),
                    Role.HR: frozenset({Category.ATTENDANCE}),
                    Role.COACHEE: ALL,
                },
                "trimestrale",
                "Rischio di danno grave; atti illeciti.",
                "Da questa versione Marco riceve anche sintesi, progressi e note, "
                "solo quelli che Anna acconsente a condividere.",
            ),
        ),
        goals=(anna_goal, anna_private_goal),
        actions=(
            Action(
                ids("a"),
                "Delegare il report settimanale a Luca",
                "anna",
                day_ago(106),
                ActionStatus.DONE,
                anna_goal.id,
                share_with=frozenset({"anna"}),
            ),
            Action(
                ids("a"),
                "Checklist di qualità condivisa con il team",
                "anna",
                day_ago(20),
                ActionStatus.OPEN,
                anna_goal.id,
                share_with=frozenset({"anna"}),
                kpi_id="k-anna-hours",
            ),
            Action(ids("a"), "Inviare a Marco il report trimestrale", None, day_ago(-10)),
        ),
        sessions=anna_sessions,
    )

    # -- James Whitfield: executive coaching, English ----------------------------------
    james_start = day_ago(200)
    james = Engagement(
        id="eng-james",
        coachee_id="james",
        organisation_id="northwind",
        title="Executive presence as incoming CEO",
        start=james_start,
        end=day_ago(20),
        language=Language.EN,
        retention_months=24,
        billing=Billing.PRO_BONO,  # the coach's pro bono hours for the log
        stakeholders=(Stakeholder("sarah", Role.SPONSOR),),
        agreements=(
            Agreement(
                1,
                james_start,
                {
                    Role.SPONSOR: frozenset(
                        {Category.ATTENDANCE, Category.GOALS, Category.PROGRESS, Category.SUMMARIES}
                    ),
                    Role.COACHEE: ALL,
                },
                "monthly",
                "Serious risk of harm to self or others; unlawful acts.",
                "Sarah receives attendance, goal progress and agreed summaries.",
            ),
        ),
        goals=(
            Goal(
                "g-james-board",
                "Lead board meetings with confidence",
                GoalStatus.ACHIEVED,
                frozenset({"james", "sarah"}),
                Grow(goal="Chair the March board meeting without notes."),
                ratings=(
                    Rating(day_ago(190), 4),
                    Rating(day_ago(130), 6),
                    Rating(day_ago(40), 9),
                ),
                end=day_ago(40),
            ),
        ),
        actions=(
            Action(
                ids("a"),
                "Rehearse the opening with a colleague",
                "james",
                day_ago(150),
                ActionStatus.DONE,
                "g-james-board",
            ),
        ),
        sessions=(
            Session(
                ids("s"),
                ago(190, 9),
                SessionKind.COACHING,
                SessionStatus.HELD,
                items=(
                    _item(
                        ids,
                        ItemKind.SUMMARY,
                        "Mapped the stakeholders James must win over before the transition "
                        "is announced.",
                        day_ago(190),
                        james=AG,
                        sarah=AG,
                    ),
                    _item(
                        ids,
                        ItemKind.OBSERVATION,
                        "James's voice drops when he talks about the chairman.",
                        day_ago(190),
                        james=AG,
                    ),
                ),
            ),
            Session(ids("s"), ago(160, 9), SessionKind.COACHING, SessionStatus.NO_SHOW),
            Session(
                ids("s"),
                ago(130, 9),
                SessionKind.COACHING,
                SessionStatus.HELD,
                items=(
                    _item(
                        ids,
                        ItemKind.SUMMARY,
                        "Practised the board opening twice; the second run was crisp and calm.",
                        day_ago(130),
                        james=AG,
                        sarah=P,
                    ),
                    NoteItem(
                        ids("i"),
                        ItemKind.CONCERN,
                        CONCERN,
                        {
                            "sarah": SharingState(
                                EX,
                                on=day_ago(129),
                                how="written notice",
                                justification=(
                                    "Possible unlawful act; disclosure required under the "
                                    "agreement's exceptions. James was informed beforehand."
                                ),
                                text_sha256=text_sha256(CONCERN),  # bound like a consent
                            )
                        },
                    ),
                ),
            ),
            Session(
                ids("s"),
                ago(40, 9),
                SessionKind.THREE_WAY,
                SessionStatus.HELD,
                items=(
                    _item(
                        ids,
                        ItemKind.SUMMARY,
                        "Closing three-way review: goals met, James chairs the board from "
                        "next quarter.",
                        day_ago(40),
                        james=AG,
                        sarah=AG,
                    ),
                    _item(
                        ids,
                        ItemKind.REFLECTION,
                        "A quick win; the deeper work on trust with the chairman is unfinished.",
                        day_ago(40),
                    ),
                ),
            ),
        ),
    )

    # -- Contoso: a customer-service team ---------------------------------------------
    team: list[Engagement] = []
    # A team has one KPI set, matched by name across its agents (services/teams.py), so
    # its engagements share one language: this team works in English. (Stefan's used to be
    # in Italian with the team's English KPI names.) Each agent has values of their own.
    agent_data: tuple[
        tuple[
            str,
            Language,
            frozenset[Category],
            tuple[int, ...],
            tuple[int, ...],
            tuple[int, ...],
            tuple[int, ...],
        ],
        ...,
    ] = (
        (
            "stefan",
            Language.EN,
            ALL,
            (410, 395, 372, 360),
            (71, 74, 78, 80),
            (79, 81, 84, 86),
            (83, 85, 86, 89),
        ),
        (
            "zoe",
            Language.EN,
            frozenset({Category.ATTENDANCE, Category.PROGRESS, Category.GOALS}),
            (380, 376, 365, 350),
            (80, 82, 81, 85),
            (86, 85, 87, 90),
            (88, 87, 90, 91),
        ),
        (
            "lukasz",
            Language.EN,
            frozenset({Category.ATTENDANCE}),
            (450, 440, 430, 425),
            (68, 70, 73, 72),
            (77, 76, 78, 79),
            (81, 83, 82, 84),
        ),
        (
            "eleni",
            Language.EN,
            frozenset(),
            (360, 350, 342, 338),
            (84, 86, 88, 90),
            (88, 90, 89, 92),
            (90, 91, 93, 94),
        ),
    )
    team_start = day_ago(120)
    for pid, lang, manager_permits, aht, fcr, csat, quality in agent_data:
        it = lang is Language.IT
        item = _item_it if it else _item
        dates = (day_ago(112), day_ago(84), day_ago(56), day_ago(28))
        gid = f"g-{pid}-kpi"
        kpis = (
            Kpi(
                f"k-{pid}-aht",
                "Tempo medio di gestione" if it else "Average handling time",
                "s",
                Better.LOWER,
                aht[0],
                360,
                tuple(Measurement(d, v) for d, v in zip(dates, aht, strict=True)),
            ),
            Kpi(
                f"k-{pid}-fcr",
                "Risoluzione al primo contatto" if it else "First-contact resolution",
                "%",
                Better.HIGHER,
                fcr[0],
                80,
                tuple(Measurement(d, v) for d, v in zip(dates, fcr, strict=True)),
            ),
            Kpi(
                f"k-{pid}-csat",
                "CSAT",
                "%",
                Better.HIGHER,
                csat[0],
                88,
                tuple(Measurement(d, v) for d, v in zip(dates, csat, strict=True)),
            ),
            Kpi(
                f"k-{pid}-quality",
                "Punteggio di qualità" if it else "Quality score",
                "%",
                Better.HIGHER,
                quality[0],
                90,
                tuple(Measurement(d, v) for d, v in zip(dates, quality, strict=True)),
            ),
        )
        sessions = []
        for n, d in enumerate(dates):
            kind = SessionKind.TRAINING if n == 1 else SessionKind.COACHING
            # The third session coached the agents together: group hours in the log.
            fmt = SessionFormat.GROUP if n == 2 else SessionFormat.INDIVIDUAL
            topic = (
                ("Gestione dei reclami" if it else "Handling complaints")
                if kind is SessionKind.TRAINING
                else ""
            )
            text = (
                f"Ascoltate insieme tre chiamate; concordato di riassumere il problema del "
                f"cliente prima di proporre una soluzione (sessione {n + 1})."
                if it
                else f"Listened to three calls together; agreed to summarise the customer's "
                f"issue before proposing a fix (session {n + 1})."
            )
            sessions.append(
                Session(
                    ids("s"),
                    dt.datetime(d.year, d.month, d.day, 14, 0),
                    kind,
                    SessionStatus.HELD,
                    45,
                    topic,
                    (
                        item(ids, ItemKind.SUMMARY, text, d, **{pid: AG, "paola": AG}),
                        item(
                            ids,
                            ItemKind.COMMITMENT,
                            "Usare la checklist di chiusura in ogni chiamata."
                            if it
                            else "Use the closing checklist on every call.",
                            d,
                            **{pid: AG},
                        ),
                    ),
                    format=fmt,
                )
            )
        team.append(
            Engagement(
                id=f"eng-{pid}",
                coachee_id=pid,
                organisation_id="contoso",
                title="Coaching sui KPI 2026" if it else "KPI coaching 2026",
                start=team_start,
                language=lang,
                retention_months=12,
                # The team template's 28 days; Ştefan agreed to every two weeks, and his
                # last coaching was four weeks ago: overdue.
                cadence_days=14 if pid == "stefan" else 28,
                stakeholders=(Stakeholder("paola", Role.CS_MANAGER),),
                agreements=(
                    Agreement(
                        1,
                        team_start,
                        # The team template: the manager also receives the shared plan,
                        # except from Eleni, who shares nothing with her.
                        {
                            Role.CS_MANAGER: manager_permits
                            | (frozenset({Category.PLAN}) if manager_permits else frozenset()),
                            Role.COACHEE: ALL,
                        },
                        "mensile" if it else "monthly",
                        text="I risultati dei KPI sono comunicati alla responsabile del "
                        "servizio clienti come concordato con ciascun agente."
                        if it
                        else "KPI results are shared with the customer-service manager "
                        "as agreed per agent.",
                    ),
                ),
                goals=(
                    Goal(
                        gid,
                        "Migliorare i KPI del servizio" if it else "Improve service KPIs",
                        GoalStatus.ACTIVE,
                        frozenset({pid, "paola"}),
                        ratings=tuple(Rating(d, 5 + i) for i, d in enumerate(dates)),
                        kpis=kpis,
                    ),
                ),
                actions=(
                    Action(
                        ids("a"),
                        "Riascoltare due chiamate a settimana"
                        if it
                        else "Review two recorded calls a week",
                        pid,
                        day_ago(3),
                        ActionStatus.OPEN,
                        gid,
                        share_with=frozenset({pid, "paola"}),
                    ),
                ),
                sessions=tuple(sessions),
            )
        )

    return Practice(
        coach=CoachProfile(
            "Laura Bianchi", "PCC, ICF", "Bianchi Coaching · Via Solferino 12, 20121 Milano"
        ),
        organisations=orgs,
        people=people,
        engagements=(anna, james, *team),
    )


def install_demo(vault: Vault, today: dt.date | None = None) -> Practice:
    """Write the demo practice into an empty vault, in one transaction."""
    practice = build_demo(today)
    db = vault.db
    with db.transaction():
        if practice_repo.engagement_ids(db) or practice_repo.people(db):
            raise InvalidInput("the demo goes into an empty vault; this one already has data")
        practice_repo.insert_practice(db, practice)
    return practice
