"""The report's translation table (spec §11): English and Italian, dates and numbers.

Reports do not use Qt's translator: they are built headless, in the language of the
engagement or of ``--lang``, whatever the app's own language.
"""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import (
    GoalStatus,
    ItemKind,
    Language,
    Role,
    SessionKind,
    SessionStatus,
)

_EN: dict[str, str] = {
    "title": "Coaching report",
    "team_title": "Team coaching report",
    "coachee": "Coachee",
    "recipient": "Prepared for",
    "period": "Period",
    "agreement": "Agreement",
    "agreement_value": "version {version} of {date}",
    "no_agreement": "none in force",
    "report_date": "Report date",
    "confidential_line": (
        "Confidential. Prepared for {recipient} only; it contains only what the coaching "
        "agreement permits and the coachee agreed to share."
    ),
    "footer": "Confidential · for {recipient} only",
    "agents": "Agents",
    "team_confidential_line": (
        "Confidential. Prepared for {recipient} only; for each agent it contains only what "
        "that agent's coaching agreement permits and what the agent agreed to share."
    ),
    "no_agents": "No agent's agreement permits a report to this recipient.",
    "kpi_overview": "KPI overview: latest value per agent",
    "team_trends": "Team trends: the team's average per period",
    "team_trends_intro": (
        "For each KPI, the average over the agents in this report measured on that "
        "date, and its change since the previous date."
    ),
    "team_average": "Team average",
    "change": "Change",
    "agents_measured": "Agents measured",
    "page": "Page {n} of {total}",
    "attendance": "Attendance",
    "goals": "Goals",
    "progress": "Progress",
    "summaries": "Session summaries",
    "notes": "Notes",
    "exceptions": "Disclosed without consent",
    "exceptions_intro": (
        "The following was disclosed without the coachee's consent, under the "
        "confidentiality exceptions of the agreement."
    ),
    "justification": "Justification",
    "date": "Date",
    "kind": "Kind",
    "status": "Status",
    "duration": "Duration",
    "topic": "Topic",
    "minutes": "{n} min",
    "goal": "Goal",
    "goal_n": "Goal {n}",
    "ratings": "Progress ratings (1–10)",
    "kpi": "KPI",
    "unit": "Unit",
    "baseline": "Baseline",
    "target": "Target",
    "latest": "Latest",
    "better_lower": "lower is better",
    "better_higher": "higher is better",
    "no_sessions": "No sessions in this period.",
    "no_goals": "No shared goals in this period.",
    "no_progress": "No progress rating recorded in this period.",
    "no_items": "Nothing agreed for sharing in this period.",
    "agreed_on": "Sharing agreed on {date}",
    "coaching_sessions": "Coaching sessions",
    "training_sessions": "Training sessions",
    "other_sessions": "Check-ins and three-way meetings",
    "agent": "Agent",
    "counts": "Held: {coaching}, {training}",
    "coaching_one": "1 coaching session",
    "coaching_other": "{n} coaching sessions",
    "training_one": "1 training session",
    "training_other": "{n} training sessions",
    "ad_title": "Coaching agreement",
    "ad_footer": "Coaching agreement · {coachee} · version {version}",
    "ad_coach": "Coach",
    "ad_parties": "Who takes part",
    "ad_engagement": "The engagement",
    "ad_period": "Period",
    "ad_open_ended": "from {start}, open-ended",
    "ad_version": "This agreement",
    "ad_version_value": "version {version}, agreed on {date}",
    "ad_purpose": "Purpose and rhythm",
    "ad_purpose_text": (
        "Coaching is a confidential space for {coachee} to think, try and grow. This document "
        "says, before the work starts, who will hear what about it, so that nobody is "
        "surprised later."
    ),
    "ad_reporting": "Reporting",
    "ad_cadence_days": "A coaching session about every {days} days.",
    "ad_per_recipient": "Who receives what",
    "ad_receives": "Will receive",
    "ad_with_consent": "Only if the coachee agrees to the very text",
    "ad_never": "Never receives",
    "ad_nothing": "nothing",
    "ad_cat_attendance": "the dates of sessions and whether they took place",
    "ad_cat_goals": "the titles and status of the goals the coachee shares with them",
    "ad_cat_progress": "progress ratings and indicators (KPIs) of those goals",
    "ad_cat_plan": (
        "the steps of the action plan shared with them: what, who, by when, and how far along"
    ),
    "ad_cat_summaries": "session summaries",
    "ad_cat_notes": "other session notes (observations, insights, commitments, concerns)",
    "ad_never_always": (
        "the coach's own reflections; the coachee's working notes on goals (GROW); the "
        "coach's private notes"
    ),
    "ad_never_not_permitted": "Anything under: {categories}",
    "ad_consent": "How consent works",
    "ad_consent_text": (
        "Nothing written in a session is passed on unless the coachee has seen that very text "
        "and agreed to share it with that person. Consent is given text by text, never once "
        "for all. If the coach changes a text after the coachee agreed, the consent no longer "
        "counts and the coachee is asked again. The coachee can withdraw consent at any time "
        "for anything not yet handed over."
    ),
    "ad_exceptions": "When confidentiality has limits",
    "ad_exceptions_text": (
        "The coach may pass something on without consent only when the law requires it or "
        "to prevent a risk of serious harm to the coachee or to others. Where the law "
        "allows, the coach tells the coachee first. Each such case is recorded in writing "
        "with its reason."
    ),
    "ad_exceptions_agreed": "Also agreed",
    "ad_free_text": "Further terms",
    "ad_signatures": "Signatures",
    "ad_signature": "Signature",
    "ad_date": "Date",
    "plan": "Action plan",
    "no_plan": "No shared actions in this period.",
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    "serves": "Serves",
    "action_open": "Open",
    "action_done": "Done",
    "action_dropped": "Dropped",
}

_IT: dict[str, str] = {
    "title": "Report di coaching",
    "team_title": "Report di coaching del team",
    "coachee": "Coachee",
    "recipient": "Destinatario",
    "period": "Periodo",
    "agreement": "Accordo",
    "agreement_value": "versione {version} del {date}",
    "no_agreement": "nessuno in vigore",
    "report_date": "Data del report",
    "confidential_line": (
        "Documento riservato, destinato esclusivamente a {recipient}. Contiene soltanto "
        "quanto consentito dall'accordo di coaching e che il coachee ha acconsentito a "
        "condividere."
    ),
    "footer": "Documento riservato · destinato esclusivamente a {recipient}",
    "agents": "Operatori",
    "team_confidential_line": (
        "Documento riservato, destinato esclusivamente a {recipient}. Per ciascun operatore "
        "contiene soltanto quanto consentito dal suo accordo di coaching e che l'operatore "
        "ha acconsentito a condividere."
    ),
    "no_agents": "L'accordo di nessun operatore consente un report a questo destinatario.",
    "kpi_overview": "Panoramica KPI: ultimo valore per operatore",
    "team_trends": "Andamento del team: media per periodo",
    "team_trends_intro": (
        "Per ogni KPI, la media degli operatori di questo report misurati in quella "
        "data, e la sua variazione rispetto alla data precedente."
    ),
    "team_average": "Media del team",
    "change": "Variazione",
    "agents_measured": "Operatori misurati",
    "page": "Pagina {n} di {total}",
    "attendance": "Presenze",
    "goals": "Obiettivi",
    "progress": "Progressi",
    "summaries": "Sintesi delle sessioni",
    "notes": "Note",
    "exceptions": "Comunicazioni senza consenso",
    "exceptions_intro": (
        "Quanto segue è stato comunicato senza il consenso del coachee, in base alle "
        "eccezioni alla riservatezza previste dall'accordo."
    ),
    "justification": "Motivazione",
    "date": "Data",
    "kind": "Tipo",
    "status": "Stato",
    "duration": "Durata",
    "topic": "Argomento",
    "minutes": "{n} min",
    "goal": "Obiettivo",
    "goal_n": "Obiettivo {n}",
    "ratings": "Valutazioni dei progressi (1–10)",
    "kpi": "KPI",
    "unit": "Unità",
    "baseline": "Valore di partenza",
    "target": "Target",
    "latest": "Ultimo",
    "better_lower": "meglio se più basso",
    "better_higher": "meglio se più alto",
    "no_sessions": "Nessuna sessione in questo periodo.",
    "no_goals": "Nessun obiettivo condiviso in questo periodo.",
    "no_progress": "Nessuna valutazione dei progressi registrata in questo periodo.",
    "no_items": "Nulla di concordato da condividere in questo periodo.",
    "agreed_on": "Condivisione concordata il {date}",
    "coaching_sessions": "Sessioni di coaching",
    "training_sessions": "Sessioni di formazione",
    "other_sessions": "Check-in e incontri a tre",
    "agent": "Operatore",
    "counts": "Svolte: {coaching}, {training}",
    "coaching_one": "1 sessione di coaching",
    "coaching_other": "{n} sessioni di coaching",
    "training_one": "1 sessione di formazione",
    "training_other": "{n} sessioni di formazione",
    "ad_title": "Accordo di coaching",
    "ad_footer": "Accordo di coaching · {coachee} · versione {version}",
    "ad_coach": "Coach",
    "ad_parties": "Chi partecipa",
    "ad_engagement": "Il percorso",
    "ad_period": "Periodo",
    "ad_open_ended": "dal {start}, senza termine fissato",
    "ad_version": "Questo accordo",
    "ad_version_value": "versione {version}, concordata il {date}",
    "ad_purpose": "Scopo e ritmo",
    "ad_purpose_text": (
        "Il coaching è uno spazio riservato in cui {coachee} può riflettere, sperimentare e "
        "crescere. Questo documento dice, prima di iniziare, chi saprà che cosa del percorso, "
        "perché nessuno abbia sorprese in seguito."
    ),
    "ad_reporting": "Comunicazioni",
    "ad_cadence_days": "Una sessione di coaching circa ogni {days} giorni.",
    "ad_per_recipient": "Chi riceve che cosa",
    "ad_receives": "Riceverà",
    "ad_with_consent": "Solo se il coachee acconsente a quel preciso testo",
    "ad_never": "Non riceve mai",
    "ad_nothing": "nulla",
    "ad_cat_attendance": "le date delle sessioni e se si sono svolte",
    "ad_cat_goals": "i titoli e lo stato degli obiettivi che il coachee condivide",
    "ad_cat_progress": "le valutazioni dei progressi e i KPI di quegli obiettivi",
    "ad_cat_plan": (
        "le azioni del piano condivise: che cosa, chi, entro quando e a che punto sono"
    ),
    "ad_cat_summaries": "le sintesi delle sessioni",
    "ad_cat_notes": "le altre note di sessione (osservazioni, insight, impegni, preoccupazioni)",
    "ad_never_always": (
        "le riflessioni personali del coach; le note di lavoro del coachee sugli "
        "obiettivi (GROW); le note private del coach"
    ),
    "ad_never_not_permitted": "Nulla di quanto segue: {categories}",
    "ad_consent": "Come funziona il consenso",
    "ad_consent_text": (
        "Nulla di quanto scritto in una sessione viene comunicato se il coachee non ha visto "
        "quel preciso testo e non ha acconsentito a condividerlo con quella persona. Il consenso "
        "si dà testo per testo, mai una volta per tutte. Se il coach modifica un testo dopo il "
        "consenso, il consenso non vale più e il coachee viene interpellato di nuovo. Il "
        "coachee può ritirare il consenso in qualsiasi momento per ciò che non è ancora stato "
        "consegnato."
    ),
    "ad_exceptions": "Quando la riservatezza ha dei limiti",
    "ad_exceptions_text": (
        "Il coach può comunicare qualcosa senza consenso solo quando la legge lo impone o per "
        "evitare un rischio di danno grave per il coachee o per altri. Dove la legge lo "
        "consente, il coach ne parla prima con il coachee. Ogni eccezione è registrata per "
        "iscritto con la sua motivazione."
    ),
    "ad_exceptions_agreed": "Inoltre concordato",
    "ad_free_text": "Ulteriori condizioni",
    "ad_signatures": "Firme",
    "ad_signature": "Firma",
    "ad_date": "Data",
    "plan": "Piano d'azione",
    "no_plan": "Nessuna azione condivisa in questo periodo.",
    "action": "Azione",
    "owner": "Assegnata a",
    "due": "Scadenza",
    "serves": "Al servizio di",
    "action_open": "Aperta",
    "action_done": "Completata",
    "action_dropped": "Abbandonata",
}

_ENUMS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "sponsor": "sponsor",
        "line_manager": "line manager",
        "hr": "HR",
        "team_leader": "team leader",
        "cs_manager": "customer-service manager",
        "other": "stakeholder",
        "coachee": "coachee",
        "coaching": "Coaching",
        "training": "Training",
        "check_in": "Check-in",
        "three_way": "Three-way meeting",
        "planned": "Planned",
        "held": "Held",
        "cancelled": "Cancelled",
        "no_show": "Did not attend",
        "active": "Active",
        "achieved": "Achieved",
        "on_hold": "On hold",
        "dropped": "Dropped",
        "summary": "Summary",
        "observation": "Observation",
        "insight": "Insight",
        "commitment": "Commitment",
        "concern": "Concern",
        "reflection": "Reflection",
    },
    Language.IT: {
        "sponsor": "sponsor",
        "line_manager": "responsabile diretto",
        "hr": "HR",
        "team_leader": "team leader",
        "cs_manager": "responsabile customer service",
        "other": "altro stakeholder",
        "coachee": "coachee",
        "coaching": "Coaching",
        "training": "Formazione",
        "check_in": "Check-in",
        "three_way": "Incontro a tre",
        "planned": "Pianificata",
        "held": "Svolta",
        "cancelled": "Annullata",
        "no_show": "Assente",
        "active": "Attivo",
        "achieved": "Raggiunto",
        "on_hold": "In pausa",
        "dropped": "Abbandonato",
        "summary": "Sintesi",
        "observation": "Osservazione",
        "insight": "Insight",
        "commitment": "Impegno",
        "concern": "Preoccupazione",
        "reflection": "Riflessione",
    },
}

_MONTHS = {
    Language.EN: [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
    Language.IT: [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ],
}  # fmt: skip


class Texts:
    """Every word a report prints, in one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._table = _IT if language is Language.IT else _EN
        self._enums = _ENUMS[language]

    def __call__(self, key: str, **values: object) -> str:
        return self._table[key].format(**values)

    def plural(self, key: str, n: int) -> str:
        """``key_one`` for exactly one, ``key_other`` otherwise (English and Italian agree:
        0 takes the plural in both)."""
        return self(f"{key}_one" if n == 1 else f"{key}_other", n=n)

    def counts(self, coaching: int, training: int) -> str:
        """The held coaching and training sessions of an agent, singular or plural."""
        return self(
            "counts",
            coaching=self.plural("coaching", coaching),
            training=self.plural("training", training),
        )

    def enum(self, value: Role | SessionKind | SessionStatus | GoalStatus | ItemKind) -> str:
        return self._enums[value.value]

    def date(self, day: dt.date) -> str:
        """A long date: 17 August 2026 / 17 agosto 2026, and 1º agosto 2026 for the first of
        the month, as Italian writes it."""
        month = _MONTHS[self.language][day.month - 1]
        first = "1º" if self.language is Language.IT and day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"

    def short_date(self, day: dt.date) -> str:
        if self.language is Language.IT:
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{day.day:02d} {_MONTHS[Language.EN][day.month - 1][:3]} {day.year}"

    def number(self, value: float) -> str:
        """Up to two decimals, grouped thousands: 1,234.5 / 1.234,5."""
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        if self.language is Language.IT:
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text
