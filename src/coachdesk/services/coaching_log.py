"""The coaching log (spec §5, §9 ``coaching-log``): the hours a credentialing body (ICF: ACC,
PCC, MCC) asks a coach to log, one row per engagement, for a period, as CSV or PDF.

The log names people and their contact, so it is written only when the coach asks for it,
to the file the coach names; it holds no note text. It is not recorded in the disclosure
ledger: the ledger records what a recipient of an engagement was told about the coaching,
and the log tells nothing of the coaching beyond dates and hours (docs/coaching-log.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coachdesk.domain import Language
from coachdesk.errors import UsageError
from coachdesk.export.coaching_log import render_coaching_log
from coachdesk.export.coaching_log_csv import to_csv
from coachdesk.policy.coaching_log import CoachingLog, PeriodReversed, build_log
from coachdesk.services.files import write_output
from coachdesk.storage import practice_repo
from coachdesk.storage.connection import Database

__all__ = ["CoachingLog", "coaching_log", "kind_of", "render", "save"]


def coaching_log(
    db: Database,
    period_from: dt.date | None,
    period_to: dt.date,
    language: Language = Language.EN,
) -> CoachingLog:
    """The log of everything the vault holds (see :func:`build_log`)."""
    try:
        return build_log(practice_repo.load_practice(db), period_from, period_to, language)
    except PeriodReversed:
        # The report's wording (one message in the app's catalogue for both).
        raise UsageError("--from is after --to: the period would be empty") from None


# --- writing -------------------------------------------------------------------------------


def render(log: CoachingLog, kind: str) -> bytes:
    """The log's bytes as ``"csv"`` or ``"pdf"``."""
    if kind == "csv":
        return to_csv(log)
    if kind == "pdf":
        return render_coaching_log(log)
    raise UsageError("the coaching log is written as .csv or .pdf")


def kind_of(path: Path) -> str:
    """``csv`` or ``pdf`` from the file's extension; anything else is a usage error."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise UsageError("--out must end in .csv or .pdf")
    return suffix[1:]


def save(data: bytes, out: Path) -> None:
    """Write ``data`` to ``out`` whole or not at all."""
    write_output(out, data)
