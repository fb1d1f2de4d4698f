"""No plaintext outside the vault (spec §7): markers written into every kind of text field
never appear in any file but the encrypted database, in any encoding."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
import zipfile
from pathlib import Path

from coachdesk.domain import (
    Action,
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    Grow,
    ItemKind,
    Kpi,
    Measurement,
    NoteItem,
    Organisation,
    Person,
    Practice,
    Rating,
    Role,
    Session,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.services import backup
from coachdesk.services.sharing import edit_item_text, set_sharing_state
from coachdesk.storage import practice_repo, session_repo


def _marked_practice(m: str) -> Practice:
    return Practice(
        coach=CoachProfile(f"{m}-coach", f"{m}-cred", f"{m}-letterhead"),
        organisations=(Organisation("o", f"{m}-org"),),
        people=(Person("p", f"{m}-coachee", "o", f"{m}-title"), Person("q", f"{m}-sponsor")),
        engagements=(
            Engagement(
                "e",
                "p",
                f"{m}-engagement",
                dt.date(2026, 1, 1),
                stakeholders=(Stakeholder("q", Role.SPONSOR),),
                agreements=(
                    Agreement(
                        1,
                        dt.date(2026, 1, 1),
                        {Role.SPONSOR: frozenset(Category)},
                        f"{m}-cadence",
                        f"{m}-exceptions",
                        f"{m}-agreement",
                    ),
                ),
                goals=(
                    Goal(
                        "g",
                        f"{m}-goal",
                        share_with=frozenset({"q"}),
                        grow=Grow(f"{m}-g", f"{m}-r", f"{m}-o", f"{m}-w"),
                        ratings=(Rating(dt.date(2026, 2, 1), 5),),
                        kpis=(
                            Kpi(
                                "k",
                                f"{m}-kpi",
                                f"{m}-unit",
                                measurements=(Measurement(dt.date(2026, 2, 1), 3.0),),
                            ),
                        ),
                    ),
                ),
                actions=(Action("a", f"{m}-action", "p"),),
                sessions=(
                    Session(
                        "s",
                        dt.datetime(2026, 1, 5, 10),
                        topic=f"{m}-topic",
                        items=tuple(
                            NoteItem(f"i-{k.value}", k, f"{m}-{k.value}") for k in ItemKind
                        ),
                    ),
                ),
            ),
        ),
    )


def _hits(path: Path, marker: str) -> bool:
    data = path.read_bytes()
    return any(marker.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def test_markers_in_every_field_stay_inside_the_encrypted_database(vault, tmp_path):
    marker = "MRK" + uuid.uuid4().hex[:12]
    started = dt.datetime.now().timestamp() - 1
    with vault.db.transaction():
        practice_repo.insert_practice(vault.db, _marked_practice(marker))

    def shown(item_id: str) -> str:  # the text's hash, as the screen showing it passes
        item, _ = session_repo.item_context(vault.db, item_id)
        return text_sha256(item.text)

    set_sharing_state(
        vault.db,
        "i-summary",
        "q",
        SharingStateKind.AGREED,
        shown_sha256=shown("i-summary"),
        how=f"{marker}-how",
    )
    set_sharing_state(
        vault.db,
        "i-concern",
        "q",
        SharingStateKind.EXCEPTION,
        shown_sha256=shown("i-concern"),
        justification=f"{marker}-why",
    )
    edit_item_text(vault.db, "i-insight", f"{marker}-edited")
    backups = tmp_path / "backups"
    backup.auto_backup(vault, backups)

    # The database and its WAL are encrypted: not a single marker in their raw bytes.
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        path = vault.folder / name
        if path.exists():
            assert not _hits(path, marker), name
    # Every other file: the vault folder, the backups, and whatever appeared in the temp
    # folder while this test ran.
    scanned = 0
    roots = [vault.folder, backups, Path(tempfile.gettempdir())]
    for root in roots:
        for dirpath, _, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if root == roots[2] and path.stat().st_mtime < started:
                        continue
                    hit = _hits(path, marker)
                except OSError:
                    continue
                scanned += 1
                assert not hit, path
    assert scanned >= 3
    # And the backup's members, uncompressed.
    (zipped,) = backups.glob("*.zip")
    with zipfile.ZipFile(zipped) as zf:
        for member in zf.namelist():
            assert marker.encode() not in zf.read(member), member
