"""Issue 22, reports a team leader and an agent can use: a training session's topic appears
with it wherever attendance is permitted (single and team reports, both languages), and the
team report shows each KPI's team average per period and its change, and each agent's
change since the previous measurement. Expected values are worked out here by hand from the
data (never by calling ``policy.team.team_trends``); the PDF text is read back with
pdftotext."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess

import pytest

from coachdesk.domain import (
    Agreement,
    Better,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    Kpi,
    Language,
    Measurement,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    Stakeholder,
)
from coachdesk.export import render_report, render_team_report
from coachdesk.policy import Period, disclose, disclose_team

MANAGER = "mgr"
TODAY = dt.date(2026, 11, 20)
PERIOD = Period(dt.date(2026, 1, 1), TODAY)
COACH = CoachProfile("Team Coach")
TOPIC = "New refund policy (v3)"
SECRET_TOPIC = "Giulia's performance worries"  # a coaching session's topic: never shown


def _pdftotext(pdf: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the reports back")
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def _rows(text: str) -> list[list[str]]:
    """Each line of a ``-layout`` text as its cells (runs of two or more spaces apart)."""
    cells = [[c for c in re.split(r"\s{2,}", line.strip()) if c] for line in text.splitlines()]
    return [row for row in cells if row]


def _agent(
    agent: str,
    permits: frozenset[Category],
    kpi_values: dict[dt.date, float],
    *,
    sessions: tuple[Session, ...] = (),
) -> Engagement:
    kpi = Kpi(
        f"k-{agent}",
        "AHT",
        "s",
        Better.LOWER,
        baseline=400,
        target=300,
        measurements=tuple(Measurement(d, v) for d, v in kpi_values.items()),
    )
    return Engagement(
        id=f"e-{agent}",
        coachee_id=agent,
        title="Inbound support",
        start=dt.date(2026, 1, 10),
        stakeholders=(Stakeholder(MANAGER, Role.CS_MANAGER),),
        agreements=(
            Agreement(
                1,
                dt.date(2026, 1, 10),
                {Role.CS_MANAGER: permits, Role.COACHEE: frozenset(Category)},
            ),
        ),
        goals=(Goal(f"g-{agent}", "KPI", share_with=frozenset({MANAGER}), kpis=(kpi,)),),
        sessions=sessions,
    )


SESSIONS = (
    Session("s-train", dt.datetime(2026, 3, 4, 9, 30), SessionKind.TRAINING,
            SessionStatus.HELD, 90, TOPIC),
    Session("s-coach", dt.datetime(2026, 3, 11, 15, 0), SessionKind.COACHING,
            SessionStatus.HELD, 45, SECRET_TOPIC),
    Session("s-old", dt.datetime(2025, 12, 2, 9, 30), SessionKind.TRAINING,
            SessionStatus.HELD, 60, "Last year's course"),
)  # fmt: skip
FEB, MAR, APR = dt.date(2026, 2, 1), dt.date(2026, 3, 1), dt.date(2026, 4, 1)
NAMES = {MANAGER: "Manager Mara", "a1": "Ada", "a2": "Bea", "a3": "Cleo"}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (Language.EN, ["04 Mar 2026 09:30", "Training", "Held", "90 min", TOPIC]),
        (Language.IT, ["04/03/2026 09:30", "Formazione", "Svolta", "90 min", TOPIC]),
    ],
)
def test_the_training_topic_is_in_the_attendance_table(language, words):
    e = _agent("a1", frozenset({Category.ATTENDANCE}), {}, sessions=SESSIONS)
    for recipient in (MANAGER, "a1"):  # the manager, and the agent's own report
        ds = disclose(e, recipient, PERIOD, TODAY, coach=COACH, names=NAMES, language=language)
        # The disclosure set itself holds a training session's topic and no other.
        assert {f.id: f.topic for f in ds.included.attendance or ()} == {
            "s-train": TOPIC,
            "s-coach": "",
        }
        text = _pdftotext(render_report(ds.included))
        assert words in _rows(text), recipient
        assert ("Topic" if language is Language.EN else "Argomento") in text
        # The coaching session's topic stays with the coach; last year's is outside P.
        assert SECRET_TOPIC not in text and "Last year" not in text


def test_no_topic_without_attendance_and_none_in_the_ledger_digest_of_a_plain_session():
    e = _agent("a1", frozenset({Category.PROGRESS}), {FEB: 350.5}, sessions=SESSIONS)
    ds = disclose(e, MANAGER, PERIOD, TODAY, coach=COACH, names=NAMES).included
    assert TOPIC not in _pdftotext(render_report(ds))
    # The ledger's digest of a session without a topic is the one earlier releases recorded:
    # SHA-256 of the canonical JSON of its five fields.
    e = _agent("a1", frozenset(Category), {}, sessions=SESSIONS)
    ds = disclose(e, MANAGER, PERIOD, TODAY, coach=COACH, names=NAMES).included
    digests = {ident: digest for kind, ident, digest in ds.facts() if kind == "session"}
    plain = {
        "duration_min": 45,
        "id": "s-coach",
        "kind": "coaching",
        "start": "2026-03-11 15:00:00",
        "status": "held",
    }
    canonical = json.dumps(plain, sort_keys=True, ensure_ascii=False).encode("utf-8")
    assert digests["s-coach"] == hashlib.sha256(canonical).hexdigest()
    assert digests["s-train"] != hashlib.sha256(b"").hexdigest()


def test_the_team_report_shows_the_topic_with_the_training_session():
    team = disclose_team(
        [_agent("a1", frozenset({Category.ATTENDANCE}), {}, sessions=SESSIONS)],
        MANAGER, PERIOD, TODAY, coach=COACH, names=NAMES, language=Language.EN,
    )  # fmt: skip
    text = _pdftotext(render_team_report(team))
    assert ["04 Mar 2026 09:30", "Training", "Held", "90 min", TOPIC] in _rows(text)
    assert SECRET_TOPIC not in text


@pytest.mark.parametrize("language", list(Language))
def test_team_trends_average_per_period_and_change(language):
    """Ada and Bea share their progress, Cleo only attendance: Cleo's values count nowhere.
    AHT: February (Ada 380, Bea 400) 390; March (Ada 350, Bea 375) 362.5, change −27.5;
    April (Ada 340 only) 340, change −22.5. Ada's own change since March: −10; Bea's: −25."""
    progress = frozenset({Category.PROGRESS})
    team = disclose_team(
        [
            _agent("a1", progress, {FEB: 380, MAR: 350, APR: 340}),
            _agent("a2", progress, {FEB: 400, MAR: 375}),
            _agent("a3", frozenset({Category.ATTENDANCE}), {FEB: 9000, MAR: 9100, APR: 9200}),
        ],
        MANAGER, PERIOD, TODAY, coach=COACH, names=NAMES, language=language,
    )  # fmt: skip
    if language is Language.EN:
        heading = ["Team trends: the team's average per period"]
        header = ["Date", "Team average", "Change", "Agents measured"]
        expected = [
            ["01 Feb 2026", "390", "–", "2"],
            ["01 Mar 2026", "362.5", "\u221227.5", "2"],
            ["01 Apr 2026", "340", "\u221222.5", "1"],
        ]
        cleo = ["9,000", "9,100", "9,200"]
    else:
        heading = ["Andamento del team: media per periodo"]
        header = ["Data", "Media del team", "Variazione", "Operatori misurati"]
        expected = [
            ["01/02/2026", "390", "–", "2"],
            ["01/03/2026", "362,5", "\u221227,5", "2"],
            ["01/04/2026", "340", "\u221222,5", "1"],
        ]
        cleo = ["9.000", "9.100", "9.200"]
    text = _pdftotext(render_team_report(team))
    rows = _rows(text)
    start = rows.index(heading)
    table = rows[start : start + 12]
    at = table.index(header)
    assert table[at + 1 : at + 4] == expected
    assert ["AHT (s)"] in table[:at]
    # Cleo's values are in no average, nor anywhere else.
    assert not any(value in text for value in cleo)
    # Each agent's KPI row: baseline, target, latest, change since the previous measurement.
    assert ["AHT (s)", "400", "300", "340", "\u221210"] in rows  # Ada: 350 → 340
    assert ["AHT (s)", "400", "300", "375", "\u221225"] in rows  # Bea: 400 → 375


def test_no_trends_when_no_agent_shares_a_measurement():
    team = disclose_team(
        [_agent("a1", frozenset({Category.ATTENDANCE}), {FEB: 380, MAR: 350})],
        MANAGER, PERIOD, TODAY, coach=COACH, names=NAMES, language=Language.EN,
    )  # fmt: skip
    assert "Team trends" not in _pdftotext(render_team_report(team))


def test_every_page_ends_with_the_footer():
    """The leak tests read the text without the footers (``report_oracle.pdf_lines``); here
    every page of a long team report must carry it, last."""
    agents = [
        _agent(f"a{n}", frozenset(Category), {FEB: 380 + n, MAR: 350 + n}, sessions=SESSIONS)
        for n in range(1, 9)
    ]
    names = {MANAGER: "Manager Mara", **{f"a{n}": f"Agent {n}" for n in range(1, 9)}}
    team = disclose_team(
        agents, MANAGER, PERIOD, TODAY, coach=COACH, names=names, language=Language.EN
    )
    pages = _pdftotext(render_team_report(team)).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 1
    for n, page in enumerate(pages, start=1):
        last = [line.strip() for line in page.splitlines() if line.strip()][-1]
        assert "Confidential · for Manager Mara only" in last
        assert f"Page {n} of {len(pages)}" in last
