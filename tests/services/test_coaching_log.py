"""The coaching log (spec §5): hours of held sessions per engagement, coaching (with
check-ins) apart from three-way meetings and training, totals by paid/pro bono and by
individual/group; CSV with a BOM and ISO dates; a deterministic PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coachdesk.domain import (
    Billing,
    Engagement,
    Language,
    Person,
    Practice,
    Session,
    SessionFormat,
    SessionKind,
    SessionStatus,
)
from coachdesk.export.coaching_log import render_coaching_log
from coachdesk.export.coaching_log_csv import to_csv
from coachdesk.policy.coaching_log import PeriodReversed, build_log
from coachdesk.services import coaching_log
from coachdesk.storage import practice_repo
from coaching_log_sample import sample_practice as _sample

DAY0 = dt.date(2026, 1, 1)


@st.composite
def practices(draw: st.DrawFn) -> Practice:
    people = tuple(
        Person(f"p{i}", draw(st.sampled_from(["Anna", "Łukasz", "Ελένη", "=SUM(A1)"])) + str(i))
        for i in range(draw(st.integers(1, 4)))
    )
    engagements = []
    n = 0
    for i in range(draw(st.integers(0, 5))):
        sessions = []
        for _ in range(draw(st.integers(0, 8))):
            n += 1
            sessions.append(
                Session(
                    id=f"s{n}",
                    start=dt.datetime.combine(
                        DAY0 + dt.timedelta(days=draw(st.integers(0, 120))), dt.time(9)
                    ),
                    kind=draw(st.sampled_from(list(SessionKind))),
                    status=draw(st.sampled_from(list(SessionStatus))),
                    duration_min=draw(st.integers(0, 240)),
                    format=draw(st.sampled_from(list(SessionFormat))),
                )
            )
        engagements.append(
            Engagement(
                id=f"e{i}",
                coachee_id=draw(st.sampled_from([p.id for p in people])),
                title="T",
                start=DAY0,
                billing=draw(st.sampled_from(list(Billing))),
                sessions=tuple(sessions),
            )
        )
    return Practice(people=people, engagements=tuple(engagements))


def _independent(practice: Practice, lo: dt.date, hi: dt.date) -> dict[str, int]:
    """Totals summed over every session of the practice, without rows."""
    out = {"coaching": 0, "three_way": 0, "training": 0, "paid": 0, "pro_bono": 0}
    out |= {"individual": 0, "group": 0, "rows": 0}
    for e in practice.engagements:
        counted = False
        for s in e.sessions:
            if s.status != "held" or not lo <= s.start.date() <= hi:
                continue
            counted = True
            if s.kind in ("coaching", "check_in"):
                out["coaching"] += s.duration_min
                out[str(e.billing)] += s.duration_min
                out[str(s.format)] += s.duration_min
            elif s.kind == "three_way":
                out["three_way"] += s.duration_min
            else:
                out["training"] += s.duration_min
        out["rows"] += counted
    return out


@settings(max_examples=200)
@given(practice=practices(), lo=st.integers(0, 120), span=st.integers(0, 130))
def test_totals_agree_with_an_independent_sum_over_sessions(practice, lo, span):
    start = DAY0 + dt.timedelta(days=lo)
    end = start + dt.timedelta(days=span)
    log = build_log(practice, start, end)
    want = _independent(practice, start, end)
    t = log.totals
    got = {
        "coaching": t.coaching_min,
        "three_way": t.three_way_min,
        "training": t.training_min,
        "paid": t.by_billing[Billing.PAID],
        "pro_bono": t.by_billing[Billing.PRO_BONO],
        "individual": t.by_format[SessionFormat.INDIVIDUAL],
        "group": t.by_format[SessionFormat.GROUP],
        "rows": len(log.rows),
    }
    assert got == want
    # Every row's own hours add up to the totals too, and its dates lie in the period.
    assert sum(r.coaching_min for r in log.rows) == want["coaching"]
    assert all(start <= r.first <= r.last <= end for r in log.rows)


@settings(max_examples=100)
@given(practice=practices(), lang=st.sampled_from(list(Language)))
def test_csv_reads_back_to_the_same_rows_and_totals(practice, lang):
    log = build_log(practice, None, DAY0 + dt.timedelta(days=200), lang)
    data = to_csv(log)
    assert data.startswith(b"\xef\xbb\xbf")
    sep = ";" if lang is Language.IT else ","
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=sep))
    body = table[1 : 1 + len(log.rows)]

    def minutes(text: str) -> int:
        return round(float(text.replace(",", ".")) * 60)

    for row, r in zip(body, log.rows, strict=True):
        assert row[3] == r.first.isoformat() and row[4] == r.last.isoformat()
        assert minutes(row[5]) == r.coaching_min
        # A cell a spreadsheet would run as a formula starts with an apostrophe.
        assert row[0] == ("'" + r.coachee if r.coachee.startswith("=") else r.coachee)
    assert minutes(table[1 + len(log.rows)][5]) == log.totals.coaching_min
    assert all(len(row) == 10 for row in table)


def test_cancelled_and_no_show_sessions_never_count():
    log = build_log(_sample(), None, dt.date(2026, 12, 31))
    anna = next(r for r in log.rows if r.engagement_id == "e1")
    assert (anna.coaching_min, anna.three_way_min, anna.training_min) == (120, 45, 120)
    assert (anna.first, anna.last) == (dt.date(2026, 1, 10), dt.date(2026, 2, 5))
    assert (anna.organisation, anna.contact) == ("ACME S.p.A.", "anna@example.com")
    assert log.totals.by_billing == {Billing.PAID: 120, Billing.PRO_BONO: 60}
    assert log.totals.by_format == {SessionFormat.INDIVIDUAL: 120, SessionFormat.GROUP: 60}


def test_a_reversed_period_is_refused():
    with pytest.raises(PeriodReversed):
        build_log(_sample(), dt.date(2026, 2, 1), dt.date(2026, 1, 1))


@pytest.mark.parametrize("lang", list(Language))
def test_pdf_is_deterministic_and_prints_names_hours_and_totals(lang):
    log = build_log(_sample(), dt.date(2026, 1, 1), dt.date(2026, 3, 31), lang)
    first = render_coaching_log(log)
    assert render_coaching_log(log) == first
    reader = PdfReader(io.BytesIO(first))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Łukasz Nowak" in text and "anna@example.com" in text
    assert ("2,00" if lang is Language.IT else "2.00") in text  # Anna's coaching hours
    assert reader.metadata.author == "Laura Bianchi"
    assert (
        "Registro delle ore di coaching" if lang is Language.IT else "Coaching log"
    ) in reader.metadata.title


def test_log_from_a_vault_matches_the_log_of_its_practice(vault):
    practice = _sample()
    with vault.db.transaction():
        practice_repo.insert_practice(vault.db, practice)
    got = coaching_log.coaching_log(vault.db, None, dt.date(2026, 12, 31))
    assert got.rows == build_log(practice, None, dt.date(2026, 12, 31)).rows


def test_the_demo_has_a_coaching_log_worth_printing():
    from coachdesk.services.demo import build_demo

    today = dt.date(2026, 6, 30)
    log = build_log(build_demo(today), None, today)
    t = log.totals
    assert t.by_billing[Billing.PAID] > 0 and t.by_billing[Billing.PRO_BONO] > 0
    assert t.by_format[SessionFormat.GROUP] > 0 and t.three_way_min > 0 and t.training_min > 0
    assert any(r.contact for r in log.rows)
