"""The disclosure ledger: append and read. The schema's triggers refuse UPDATE and DELETE.

Beside each entry, ``ledger_files`` keeps the very bytes that were handed over, compressed
(schema v3): what was sent can always be shown. Those rows are not append-only: erasing a
coachee removes the copies about them (storage.erasure_repo), the entry and its hashes stay.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib

from coachdesk.domain import Language, LedgerEntry, LedgerFact
from coachdesk.storage.connection import Database
from coachdesk.storage.dates import d2s, s2d_req

_SELECT_ALL = (
    "SELECT id, created_at, kind, engagement_id, recipient_id, role, period_from, period_to, "
    "report_date, language, agreement_version, facts, file_sha256, content_sha256, "
    "password_protected FROM ledger ORDER BY id"
)


def append(db: Database, entry: LedgerEntry) -> int:
    """Append an entry (its ``id`` is ignored) and return the id it was given."""
    cur = db.execute(
        "INSERT INTO ledger (created_at, kind, engagement_id, recipient_id, role, period_from, "
        "period_to, report_date, language, agreement_version, facts, file_sha256, "
        "content_sha256, password_protected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.created_at.isoformat(timespec="seconds"),
            entry.kind,
            entry.engagement_id,
            entry.recipient_id,
            entry.role,
            d2s(entry.period_from),
            d2s(entry.period_to),
            d2s(entry.report_date),
            entry.language.value,
            entry.agreement_version,
            json.dumps(
                [
                    {"kind": f.kind, "id": f.id, "sha256": f.sha256, "engagement": f.engagement_id}
                    for f in entry.facts
                ],
                ensure_ascii=True,
            ),
            entry.file_sha256,
            entry.content_sha256,
            int(entry.password_protected),
        ),
    )
    return int(cur.lastrowid)


# How ledger_files.data is compressed; the column names it so a later release can change it.
ZLIB = "zlib"


class CopyUnreadable(Exception):
    """A kept copy whose stored bytes cannot be decompressed (damaged)."""


def keep_copy(db: Database, ledger_id: int, data: bytes) -> None:
    """Keep ``data`` (the file as handed over) with ledger entry ``ledger_id``."""
    db.execute(
        "INSERT INTO ledger_files (ledger_id, compression, data) VALUES (?, ?, ?)",
        (ledger_id, ZLIB, zlib.compress(data, 9)),
    )


def kept_copy(db: Database, ledger_id: int) -> bytes | None:
    """The bytes kept with an entry, or None when none is kept (written before schema v3,
    or erased with the coachee). Raises :class:`CopyUnreadable` when they are damaged."""
    row = db.one("SELECT compression, data FROM ledger_files WHERE ledger_id = ?", (ledger_id,))
    if row is None:
        return None
    compression, data = str(row[0]), row[1]
    if compression != ZLIB or not isinstance(data, bytes):
        raise CopyUnreadable(f"unknown compression {compression!r}")
    try:
        return zlib.decompress(data)
    except zlib.error:
        raise CopyUnreadable("the compressed data is damaged") from None


def kept_sizes(db: Database) -> dict[int, int]:
    """Ledger id -> size in bytes of its kept copy as stored (compressed)."""
    rows = db.all("SELECT ledger_id, length(data) FROM ledger_files ORDER BY ledger_id")
    return {int(str(r[0])): int(str(r[1])) for r in rows}


def entries(db: Database, engagement_id: str | None = None) -> list[LedgerEntry]:
    """Ledger entries oldest first; with ``engagement_id``, those that concern it (team
    reports included when they list a fact of that engagement)."""
    rows = db.all(_SELECT_ALL)
    result = [_entry(r) for r in rows]
    if engagement_id is None:
        return result
    return [
        e
        for e in result
        if e.engagement_id == engagement_id
        or any(f.engagement_id == engagement_id for f in e.facts)
    ]


def _entry(row: tuple[object, ...]) -> LedgerEntry:
    facts = json.loads(str(row[11]))
    return LedgerEntry(
        id=int(str(row[0])),
        created_at=dt.datetime.fromisoformat(str(row[1])),
        kind=str(row[2]),
        engagement_id=None if row[3] is None else str(row[3]),
        recipient_id=str(row[4]),
        role=str(row[5]),
        period_from=s2d_req(str(row[6])),
        period_to=s2d_req(str(row[7])),
        report_date=s2d_req(str(row[8])),
        language=Language(str(row[9])),
        agreement_version=None if row[10] is None else int(str(row[10])),
        facts=tuple(
            LedgerFact(
                kind=f["kind"], id=f["id"], sha256=f["sha256"], engagement_id=f.get("engagement")
            )
            for f in facts
        ),
        file_sha256=str(row[12]),
        content_sha256=str(row[13]),
        password_protected=bool(row[14]),
    )
