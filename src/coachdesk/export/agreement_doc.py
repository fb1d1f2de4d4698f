"""The agreement as a document (spec §5): for one agreement version, a PDF that coach,
coachee and stakeholders read and sign before the work starts.

It is rendered from the agreement, the engagement's parties and the coach profile only (no
session, goal, action or note reaches it), in the engagement's language, with the report
machinery: the text engine for every script, the letterhead, deterministic output (ReportLab's
invariant mode, the creation date taken from the day the version was agreed).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from coachdesk.domain import Agreement, Category, CoachProfile, Engagement, Language, Role
from coachdesk.export.i18n import Texts
from coachdesk.export.pdf import (
    Styles,
    _build,
    _canvas_class,
    _coach_texts,
    _document,
    _keep,
    _key_values,
    _letterhead_of,
    _refuse_unprintable,
    _Rule,
    _styles,
    _t,
    _table,
    register_fonts,
)

# What a recipient receives outright, and what only with the coachee's consent to the text.
OUTRIGHT = (Category.ATTENDANCE, Category.GOALS, Category.PROGRESS, Category.PLAN)
BY_CONSENT = (Category.SUMMARIES, Category.NOTES)


@dataclass(frozen=True)
class Party:
    person_id: str
    name: str
    role: Role


@dataclass(frozen=True)
class AgreementDocument:
    """Everything the document prints, and nothing else."""

    coach: CoachProfile
    engagement_id: str
    engagement_title: str
    start: object  # dt.date
    end: object  # dt.date | None
    cadence_days: int | None
    language: Language
    coachee: Party
    stakeholders: tuple[Party, ...]
    agreement: Agreement

    @property
    def parties(self) -> tuple[Party, ...]:
        return (self.coachee, *self.stakeholders)


def document_of(
    engagement: Engagement,
    agreement: Agreement,
    *,
    coach: CoachProfile,
    names: dict[str, str],
    language: Language | None = None,
) -> AgreementDocument:
    """The document's content for one version of ``engagement``'s agreement."""
    return AgreementDocument(
        coach=coach,
        engagement_id=engagement.id,
        engagement_title=engagement.title,
        start=engagement.start,
        end=engagement.end,
        cadence_days=engagement.cadence_days,
        language=language or engagement.language,
        coachee=Party(engagement.coachee_id, names.get(engagement.coachee_id, ""), Role.COACHEE),
        stakeholders=tuple(
            Party(s.person_id, names.get(s.person_id, ""), s.role) for s in engagement.stakeholders
        ),
        agreement=agreement,
    )


class _DocTexts(Texts):
    """The report's table, with the agreement document's own footer."""

    def __init__(self, language: Language, coachee: str, version: int) -> None:
        super().__init__(language)
        self._coachee, self._version = coachee, version

    def __call__(self, key: str, **values: object) -> str:
        if key == "footer":
            return super().__call__("ad_footer", coachee=self._coachee, version=self._version)
        return super().__call__(key, **values)


def check_printable(doc: AgreementDocument) -> None:
    """Raise :class:`coachdesk.errors.UnprintableText` naming the text a bundled font
    cannot print."""
    register_fonts()
    _refuse_unprintable(_coach_texts(doc.coach))
    a = doc.agreement
    pairs = [
        (f"the title of engagement {doc.engagement_id}", doc.engagement_title),
        (f"the reporting cadence of agreement version {a.version}", a.cadence),
        (f"the exceptions of agreement version {a.version}", a.exceptions),
        (f"the text of agreement version {a.version}", a.text),
        *((f"the name of person {p.person_id}", p.name) for p in doc.parties),
    ]
    _refuse_unprintable(iter(pairs))


def render_agreement(doc: AgreementDocument) -> bytes:
    """The agreement document's PDF. Same content, same bytes."""
    check_printable(doc)
    a = doc.agreement
    texts = _DocTexts(doc.language, doc.coachee.name, a.version)
    styles = _styles()
    buffer = io.BytesIO()
    pdf = _document(buffer, texts, "ad_title", doc.coach.name)
    canvas = _canvas_class(
        texts, day=a.agreed_on, author=doc.coach.name, recipient="", title_key="ad_title"
    )
    _build(pdf, _story(doc, texts, styles, pdf.width), canvas)
    return buffer.getvalue()


def _story(doc: AgreementDocument, texts: Texts, styles: Styles, width: float) -> list[Flowable]:
    a = doc.agreement
    out: list[Flowable] = []
    out += _letterhead_of(doc.coach, styles, width)
    out.append(_t(texts("ad_title"), styles["title"]))
    out.append(_t(doc.engagement_title, styles["subtitle"]))
    out.append(Spacer(1, 6))
    period = (
        f"{texts.date(doc.start)} – {texts.date(doc.end)}"  # type: ignore[arg-type]
        if doc.end is not None
        else texts("ad_open_ended", start=texts.date(doc.start))  # type: ignore[arg-type]
    )
    out += _key_values(
        [
            (texts("ad_period"), period),
            (
                texts("ad_version"),
                texts("ad_version_value", version=a.version, date=texts.date(a.agreed_on)),
            ),
        ],
        styles,
        width,
    )
    out.append(_Rule(width))

    # -- the parties ---------------------------------------------------------------------
    rows = [(texts("ad_coach"), _coach_line(doc.coach))]
    rows += [(_first_upper(texts.enum(p.role)), p.name) for p in doc.parties]
    out += _keep([_t(texts("ad_parties"), styles["h2"])], _key_values(rows, styles, width))

    # -- purpose and cadence -------------------------------------------------------------
    purpose: list[Flowable] = [
        _t(texts("ad_purpose_text", coachee=doc.coachee.name), styles["body"])
    ]
    if doc.cadence_days:
        purpose.append(_t(texts("ad_cadence_days", days=doc.cadence_days), styles["body"]))
    if a.cadence:
        purpose += _key_values([(texts("ad_reporting"), a.cadence)], styles, width)
    out += _keep([_t(texts("ad_purpose"), styles["h2"])], purpose)

    # -- who receives what ---------------------------------------------------------------
    out.append(_t(texts("ad_per_recipient"), styles["h2"]))
    for party in doc.parties:
        out += _recipient_table(party, a, texts, styles, width)

    # -- consent, exceptions, free text --------------------------------------------------
    out += _keep(
        [_t(texts("ad_consent"), styles["h2"])], [_t(texts("ad_consent_text"), styles["body"])]
    )
    exceptions: list[Flowable] = [_t(texts("ad_exceptions_text"), styles["body"])]
    if a.exceptions:
        exceptions += _key_values([(texts("ad_exceptions_agreed"), a.exceptions)], styles, width)
    out += _keep([_t(texts("ad_exceptions"), styles["h2"])], exceptions)
    if a.text:
        out += _keep([_t(texts("ad_free_text"), styles["h2"])], [_t(a.text, styles["body"])])

    # -- signatures ----------------------------------------------------------------------
    signers = [
        (doc.coach.name, texts("ad_coach")),
        *((p.name, texts.enum(p.role)) for p in doc.parties),
    ]
    line = "_" * 28
    sign_rows: list[list[str | Flowable]] = [
        [f"{name} ({role})", line, "_" * 14] for name, role in signers
    ]
    out += _keep(
        [_t(texts("ad_signatures"), styles["h2"])],
        _table(
            ["", texts("ad_signature"), texts("ad_date")],
            sign_rows,
            [width * 0.45, width * 0.35, width * 0.2],
            styles,
        ),
    )
    return out


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _coach_line(coach: CoachProfile) -> str:
    return f"{coach.name}, {coach.credentials}" if coach.credentials else coach.name


def _recipient_table(
    party: Party, a: Agreement, texts: Texts, styles: Styles, width: float
) -> list[Flowable]:
    permitted = a.permits.get(party.role, frozenset())
    outright = [texts(f"ad_cat_{c.value}") for c in OUTRIGHT if c in permitted]
    consent = [texts(f"ad_cat_{c.value}") for c in BY_CONSENT if c in permitted]
    never = [texts("ad_never_always")]
    # Named by the report's own section titles, so the two documents use the same words.
    refused = [texts(c.value).lower() for c in (*OUTRIGHT, *BY_CONSENT) if c not in permitted]
    if refused:
        never.append(texts("ad_never_not_permitted", categories="; ".join(refused)))
    nothing = texts("ad_nothing")
    rows: list[list[str | Flowable]] = [
        [texts("ad_receives"), "; ".join(outright) or nothing],
        [texts("ad_with_consent"), "; ".join(consent) or nothing],
        [texts("ad_never"), ". ".join(never)],
    ]
    head = _t(f"{party.name} ({texts.enum(party.role)})", styles["h3"])
    return _keep([head], _table(["", ""], rows, [width * 0.3, width * 0.7], styles))
