"""The coaching log as CSV (spec §5): UTF-8 with a BOM, ISO dates, one row per engagement and
the totals; the words the CSV and the PDF share."""

from __future__ import annotations

import csv
import io

from coachdesk.domain import Billing, Language, SessionFormat
from coachdesk.policy.coaching_log import CoachingLog

_CSV_HEAD = {
    Language.EN: (
        "Coachee", "Organisation", "Contact", "First session", "Last session",
        "Coaching hours", "Three-way hours", "Training hours", "Billing", "Format",
    ),
    Language.IT: (
        "Coachee", "Organizzazione", "Contatto", "Prima sessione", "Ultima sessione",
        "Ore di coaching", "Ore di incontri a tre", "Ore di formazione", "Compenso", "Formato",
    ),
}  # fmt: skip
_WORDS = {
    Language.EN: {
        "paid": "paid", "pro_bono": "pro bono", "individual": "individual", "group": "group",
        "mixed": "individual and group", "total": "Total",
    },
    Language.IT: {
        "paid": "retribuito", "pro_bono": "pro bono", "individual": "individuale",
        "group": "di gruppo", "mixed": "individuale e di gruppo", "total": "Totale",
    },
}  # fmt: skip


def word(language: Language, key: str) -> str:
    """The log's word for a billing, a format or "total" (CSV and PDF alike)."""
    return _WORDS[language][key]


def format_word(language: Language, formats: frozenset[SessionFormat]) -> str:
    if len(formats) > 1:
        return word(language, "mixed")
    return word(language, next(iter(formats)).value) if formats else ""


def hours(minutes: int, language: Language = Language.EN) -> str:
    """Hours with two decimals: ``1.50`` (``1,50`` in Italian)."""
    text = f"{minutes / 60:.2f}"
    return text.replace(".", ",") if language is Language.IT else text


def _cell(text: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
    # formula; a name is data, so such a cell is opened by an apostrophe.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(log: CoachingLog) -> bytes:
    """The log as CSV: UTF-8 with a BOM (so a spreadsheet reads the accents right), ISO dates,
    one header row, one row per engagement and a totals row. English: comma-separated, hours
    ``1.50``; Italian: semicolon-separated, hours ``1,50``, as each language's spreadsheets
    expect."""
    lang = log.language
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";" if lang is Language.IT else ",", lineterminator="\r\n")
    w.writerow(_CSV_HEAD[lang])
    for r in log.rows:
        w.writerow(
            [
                _cell(r.coachee),
                _cell(r.organisation),
                _cell(r.contact),
                r.first.isoformat(),
                r.last.isoformat(),
                hours(r.coaching_min, lang),
                hours(r.three_way_min, lang),
                hours(r.training_min, lang),
                word(lang, r.billing.value),
                format_word(lang, r.formats),
            ]
        )
    t = log.totals
    w.writerow(
        [
            word(lang, "total"), "", "", "", "",
            hours(t.coaching_min, lang), hours(t.three_way_min, lang),
            hours(t.training_min, lang), "", "",
        ]
    )  # fmt: skip
    for b in Billing:
        w.writerow([f"{word(lang, 'total')}: {word(lang, b.value)}", "", "", "", "",
                    hours(t.by_billing.get(b, 0), lang), "", "", "", ""])  # fmt: skip
    for f in SessionFormat:
        w.writerow([f"{word(lang, 'total')}: {word(lang, f.value)}", "", "", "", "",
                    hours(t.by_format.get(f, 0), lang), "", "", "", ""])  # fmt: skip
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
