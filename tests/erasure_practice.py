"""A small practice of three coachees whose every text is made of words no one else uses,
so a raw scan of the vault's pages can tell whether anything of theirs is left.

Tokens are 12 random lowercase letters. FTS5 stores a term after the previous one with their
common prefix left out, so scans look for a token's last 8 letters (random tokens share
far fewer than 4 leading letters with their neighbours).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from dataclasses import dataclass, field

from coachdesk.domain import (
    Action,
    Agreement,
    Category,
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
    Role,
    Session,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.services.practice import add_item, delete_item
from coachdesk.services.sharing import edit_item_text
from coachdesk.storage import practice_repo
from coachdesk.storage.connection import Database

COACHEES = ("c0", "c1", "c2")
SPONSOR = "sponsor"
MANAGER = "manager"


@dataclass
class Tokens:
    """Every unique word written about one coachee, and the full texts of their items."""

    words: list[str] = field(default_factory=list)
    item_texts: list[str] = field(default_factory=list)
    # Words of texts since edited away or deleted: gone from the tables already.
    old_words: list[str] = field(default_factory=list)

    def retire(self, text: str) -> None:
        for word in text.split():
            if word in self.words:
                self.words.remove(word)
                self.old_words.append(word)

    def new(self, rng: random.Random) -> str:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(12))
        self.words.append(word)
        return word

    def phrase(self, rng: random.Random, n: int = 3) -> str:
        return " ".join(self.new(rng) for _ in range(n))


def tail(word: str) -> str:
    return word[-8:]


def build(db: Database, seed: int) -> dict[str, Tokens]:
    """Insert the practice (and ledger entries with kept copies); the tokens per coachee."""
    rng = random.Random(seed)
    tokens = {c: Tokens() for c in COACHEES}
    day = dt.date(2026, 3, 2)
    people = [
        Person(SPONSOR, "Sam Sponsor", "org", "Sponsor"),
        Person(MANAGER, "Mia Manager", "org", "Manager"),
    ]
    engagements = []
    for n, c in enumerate(COACHEES):
        t = tokens[c]
        people.append(Person(c, f"{t.new(rng)} {t.new(rng)}", "org", t.phrase(rng, 2)))
        agreed = f"summary {t.phrase(rng)}"
        items = (
            NoteItem(f"{c}-obs", ItemKind.OBSERVATION, f"private {t.phrase(rng)}"),
            NoteItem(f"{c}-refl", ItemKind.REFLECTION, f"reflection {t.phrase(rng)}"),
            NoteItem(
                f"{c}-sum",
                ItemKind.SUMMARY,
                agreed,
                {
                    SPONSOR: SharingState(
                        SharingStateKind.AGREED, day, t.new(rng), text_sha256=text_sha256(agreed)
                    )
                },
            ),
            NoteItem(
                f"{c}-concern",
                ItemKind.CONCERN,
                concern := f"concern {t.phrase(rng)}",
                {
                    SPONSOR: SharingState(
                        SharingStateKind.EXCEPTION,
                        day,
                        justification=t.phrase(rng, 2),
                        text_sha256=text_sha256(concern),
                    )
                },
            ),
        )
        t.item_texts += [i.text for i in items]
        engagements.append(
            Engagement(
                id=f"e{n}",
                coachee_id=c,
                title=t.phrase(rng, 2),
                start=dt.date(2026, 1, 5),
                organisation_id="org",
                stakeholders=(
                    Stakeholder(SPONSOR, Role.SPONSOR),
                    Stakeholder(MANAGER, Role.CS_MANAGER),
                ),
                agreements=(
                    Agreement(
                        1,
                        dt.date(2026, 1, 5),
                        {Role.SPONSOR: frozenset(Category)},
                        cadence=t.new(rng),
                        exceptions=t.phrase(rng, 2),
                        text=t.phrase(rng),
                    ),
                ),
                goals=(
                    Goal(
                        f"{c}-g",
                        t.phrase(rng, 2),
                        share_with=frozenset({SPONSOR}),
                        grow=Grow(t.phrase(rng), t.phrase(rng), t.phrase(rng), t.phrase(rng)),
                        kpis=(
                            Kpi(
                                f"{c}-k",
                                t.new(rng),
                                t.new(rng),
                                measurements=(Measurement(day, 4.0),),
                            ),
                        ),
                    ),
                ),
                actions=(Action(f"{c}-a", t.phrase(rng), c, day),),
                sessions=(
                    Session(
                        f"{c}-s",
                        dt.datetime(2026, 3, 2, 9 + n),
                        status=SessionStatus.HELD,
                        topic=t.phrase(rng, 2),
                        items=items,
                    ),
                ),
            )
        )
    with db.transaction():
        practice_repo.insert_practice(
            db,
            Practice(
                organisations=(Organisation("org", "Shared Org"),),
                people=tuple(people),
                engagements=tuple(engagements),
            ),
        )
        # One report per engagement and one team report covering all three, each with the
        # kept copy of what was handed over (uncompressed here, so a scan can read it).
        for n, c in enumerate(COACHEES):
            t = tokens[c]
            _ledger_with_copy(
                db, f"e{n}", SPONSOR, [(f"{c}-sum", f"e{n}")], " ".join(t.item_texts[2:3])
            )
        team_text = " ".join(tokens[c].item_texts[2] for c in COACHEES)
        _ledger_with_copy(
            db,
            None,
            MANAGER,
            [(f"{c}-g", f"e{n}") for n, c in enumerate(COACHEES)],
            team_text,
            kind="team_report",
        )
    # Then the coach works as the app does, one transaction per change: each coachee's
    # private observation is rewritten a few times (the earlier words were theirs too) and a
    # note is added then deleted, so the full-text index holds many segments and deletions.
    for round_ in range(3):
        for c in COACHEES:
            t = tokens[c]
            t.retire(t.item_texts[0])
            t.item_texts[0] = f"private {t.phrase(rng)} {round_}"
            edit_item_text(db, f"{c}-obs", t.item_texts[0])
            note = add_item(db, f"{c}-s", ItemKind.INSIGHT, f"insight {t.phrase(rng)}")
            if round_ < 2:
                delete_item(db, note.id)
                t.retire(note.text)
            else:
                t.item_texts.append(note.text)
    return tokens


def _ledger_with_copy(
    db: Database,
    engagement_id: str | None,
    recipient: str,
    facts: list[tuple[str, str]],
    copy_text: str,
    kind: str = "report",
) -> None:
    cur = db.execute(
        "INSERT INTO ledger (created_at, kind, engagement_id, recipient_id, role, period_from, "
        "period_to, report_date, language, agreement_version, facts, file_sha256, "
        "content_sha256, password_protected) VALUES ('2026-03-03T10:00:00', ?, ?, ?, "
        "'sponsor', '2026-01-05', '2026-03-03', '2026-03-03', 'en', 1, ?, ?, ?, 0)",
        (
            kind,
            engagement_id,
            recipient,
            json.dumps(
                [{"kind": "item", "id": i, "sha256": "ab" * 32, "engagement": e} for i, e in facts]
            ),
            "cd" * 32,
            "ef" * 32,
        ),
    )
    db.execute(
        "INSERT INTO ledger_files (ledger_id, compression, data) VALUES (?, 'none', ?)",
        (cur.lastrowid, b"%PDF-1.4 " + copy_text.encode("utf-8")),
    )
