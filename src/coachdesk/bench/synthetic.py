"""A synthetic practice for the benchmark (spec §10).

N note items over N/50 engagements of 10 sessions each, Italian and English text whose
words follow a Zipf distribution over a few thousand words, realistic lengths per item kind,
goals with KPIs, and every sharing state. One engagement has 50 held sessions with agreed
summaries for its sponsor, for the 50-session report figure. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from coachdesk.bench.vocabulary import vocabulary
from coachdesk.domain import text_sha256

Row = tuple[Any, ...]

ZIPF_S = 1.07
KINDS = ("summary", "observation", "insight", "commitment", "concern", "reflection")
KIND_WEIGHTS = (30, 20, 15, 15, 10, 10)
# Words per item, by kind: (low, high); summaries run longer.
LENGTHS = {"summary": (30, 140), "reflection": (10, 80)}
DEFAULT_LENGTH = (6, 50)
REPORT_ENGAGEMENT = "bench-e-report"
REPORT_SPONSOR = "bench-p-report-sponsor"


@dataclass
class Synthetic:
    """Rows per table, plus facts the measurements need."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    items: int = 0
    engagements: int = 0
    sessions: int = 0
    largest_engagement: str = ""

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)


class _Text:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = {lang: vocabulary(lang) for lang in ("it", "en")}
        self.cum = {
            lang: list(itertools.accumulate(1.0 / (rank**ZIPF_S) for rank in range(1, len(ws) + 1)))
            for lang, ws in self.words.items()
        }

    def sentence(self, lang: str, kind: str) -> str:
        low, high = LENGTHS.get(kind, DEFAULT_LENGTH)
        n = self.rng.randint(low, high)
        ws = self.rng.choices(self.words[lang], cum_weights=self.cum[lang], k=n)
        text = " ".join(ws)
        return text[0].upper() + text[1:] + "."


def generate(n_items: int = 100_000, seed: int = 20261124) -> Synthetic:
    """The rows of a synthetic practice with ``n_items`` note items."""
    rng = random.Random(seed)
    text = _Text(rng)
    out = Synthetic()
    n_eng = max(2, n_items // 50)
    sessions_per = 10
    items_left = n_items
    out.add("organisations", ("bench-o", "Synthetic Org"))
    base = dt.date(2021, 1, 4)

    # The 50-session engagement for report_ms, first, so the rest share what is left.
    plan: list[tuple[str, int]] = [(REPORT_ENGAGEMENT, 50)]
    plan += [(f"bench-e{n}", sessions_per) for n in range(n_eng - 1)]
    # Items spread evenly over every session; the first sessions take the remainder.
    total_sessions = sum(n for _, n in plan)
    per_session, extra = divmod(n_items, total_sessions)
    biggest = (0, "")
    for eng_index, (eid, n_sessions) in enumerate(plan):
        lang = "it" if eng_index % 2 == 0 else "en"
        coachee = f"{eid}-coachee"
        sponsor = REPORT_SPONSOR if eid == REPORT_ENGAGEMENT else f"{eid}-sponsor"
        out.add("people", (coachee, f"Coachee {eng_index}", "bench-o", ""))
        out.add("people", (sponsor, f"Sponsor {eng_index}", "bench-o", ""))
        start = base + dt.timedelta(days=rng.randrange(0, 5 * 365 - 400))
        out.add(
            "engagements",
            (eid, coachee, "bench-o", f"Engagement {eng_index}", start.isoformat(), None, lang, 24),
        )
        out.add("stakeholders", (eid, sponsor, "sponsor", 0))
        out.add("agreements", (eid, 1, start.isoformat(), "monthly", "", ""))
        for cat in ("attendance", "goals", "progress", "summaries"):
            out.add("agreement_permits", (eid, 1, "sponsor", cat))
        for cat in ("attendance", "goals", "progress", "summaries", "notes"):
            out.add("agreement_permits", (eid, 1, "coachee", cat))
        gid = f"{eid}-g"
        out.add("goals", (gid, eid, 0, f"Goal {eng_index}", "active", "", "", "", "", None, None))
        out.add("goal_shares", (gid, sponsor))
        out.add("goal_shares", (gid, coachee))
        kid = f"{eid}-k"
        out.add("kpis", (kid, gid, 0, "Average handling time", "s", "lower", 420.0, 360.0))
        for a in range(2):
            due = start + dt.timedelta(days=rng.randint(30, 300))
            out.add(
                "actions",
                (
                    f"{eid}-a{a}",
                    eid,
                    a,
                    text.sentence(lang, "action"),
                    coachee,
                    due.isoformat(),
                    rng.choice(("open", "open", "done")),
                    gid,
                ),
            )
        day = start
        count = 0
        for s in range(n_sessions):
            sid = f"{eid}-s{s}"
            day = day + dt.timedelta(days=rng.randint(7, 28))
            status = "held" if rng.random() < 0.9 else rng.choice(("cancelled", "no_show"))
            out.add(
                "sessions",
                (
                    sid,
                    eid,
                    f"{day.isoformat()}T{rng.choice(('09', '11', '14', '16'))}:00",
                    60,
                    "coaching" if rng.random() < 0.8 else "training",
                    status,
                    "",
                ),
            )
            out.sessions += 1
            if s % 3 == 0:
                out.add("ratings", (gid, s, day.isoformat(), rng.randint(1, 10)))
                out.add("measurements", (kid, s, day.isoformat(), float(rng.randint(330, 460))))
            n_here = min(items_left, per_session + (1 if out.sessions <= extra else 0))
            for i in range(n_here):
                kind = (
                    "summary"
                    if eid == REPORT_ENGAGEMENT and i == 0
                    else rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
                )
                iid = f"{sid}-i{i}"
                body = text.sentence(lang, kind)
                out.add("items", (iid, sid, i, kind, body))
                count += 1
                if kind != "reflection":
                    for person in (coachee, sponsor):
                        state = _state(rng, eid == REPORT_ENGAGEMENT and kind == "summary")
                        if state == "agreed":
                            out.add(
                                "sharing",
                                (
                                    iid,
                                    person,
                                    "agreed",
                                    day.isoformat(),
                                    "in session",
                                    "",
                                    text_sha256(body),
                                ),
                            )
                        elif state == "proposed":
                            out.add("sharing", (iid, person, "proposed", None, "", "", None))
                        elif state == "exception":
                            out.add(
                                "sharing",
                                (
                                    iid,
                                    person,
                                    "exception",
                                    day.isoformat(),
                                    "",
                                    "Risk of serious harm.",
                                    text_sha256(body),  # bound to the text, like consent
                                ),
                            )
            items_left -= n_here
        out.engagements += 1
        if count > biggest[0]:
            biggest = (count, eid)
    out.items = n_items - items_left
    out.largest_engagement = biggest[1]
    return out


def _state(rng: random.Random, force_agreed: bool) -> str:
    if force_agreed:
        return "agreed"
    r = rng.random()
    if r < 0.55:
        return "private"
    if r < 0.75:
        return "proposed"
    if r < 0.995:
        return "agreed"
    return "exception"


def iter_tables(data: Synthetic) -> Iterator[tuple[str, list[Row]]]:
    """Tables in an order that satisfies the foreign keys."""
    order = (
        "organisations",
        "people",
        "engagements",
        "stakeholders",
        "agreements",
        "agreement_permits",
        "goals",
        "goal_shares",
        "ratings",
        "kpis",
        "measurements",
        "actions",
        "sessions",
        "items",
        "sharing",
    )
    for table in order:
        yield table, data.rows.get(table, [])
