"""Retention periods (spec §3): listed when passed, never erased without confirmation."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.services.demo import install_demo
from coachdesk.services.retention import expired_engagements
from coachdesk.services.verify import verify_vault
from coachdesk.storage import engagement_repo

TODAY = dt.date(2026, 11, 24)


def test_engagement_is_listed_once_its_retention_has_passed(vault):
    install_demo(vault, TODAY)
    james = engagement_repo.load_engagement(vault.db, "eng-james")
    assert james is not None and james.end is not None
    ends = james.retention_ends()
    assert ends is not None
    assert expired_engagements(vault.db, ends) == []
    expired = expired_engagements(vault.db, ends + dt.timedelta(days=1))
    assert [(e.engagement_id, e.coachee_id, e.coachee_fully_expired) for e in expired] == [
        ("eng-james", "james", True)
    ]
    # Open-ended engagements never expire.
    far = expired_engagements(vault.db, dt.date(2100, 1, 1))
    assert "eng-stefan" not in {e.engagement_id for e in far}


def test_verify_mentions_expired_engagements_and_erases_nothing(vault, vault_info):
    install_demo(vault, TODAY)
    vault.close()
    report = verify_vault(vault_info.folder, vault_info.passphrase, today=dt.date(2029, 1, 1))
    assert any("eng-james" in n and "erase" in n for n in report.notices)
    assert not report.damaged
    from coachdesk.services import vault as vault_service

    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        assert engagement_repo.load_engagement(v.db, "eng-james") is not None


ENGAGEMENT = st.tuples(
    st.integers(0, 2),  # which coachee
    st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31)),  # end
    st.integers(1, 36),  # retention months
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(ENGAGEMENT, max_size=8), today=st.dates(dt.date(2020, 1, 1), dt.date(2031, 1, 1))
)
def test_expired_engagements_match_the_rule_written_out(vault, rows, today):
    """Oracle: an engagement is past retention when end + months < today; its coachee is
    fully expired when every engagement of theirs is."""
    with vault.db.transaction():
        vault.db.execute("DELETE FROM engagements")
        vault.db.execute("DELETE FROM people")
        for c in range(3):
            vault.db.execute("INSERT INTO people (id, name) VALUES (?, ?)", (f"c{c}", f"C{c}"))
        for n, (c, end, months) in enumerate(rows):
            vault.db.execute(
                'INSERT INTO engagements (id, coachee_id, title, start, "end", retention_months) '
                "VALUES (?, ?, 'T', '2019-01-01', ?, ?)",
                (f"e{n}", f"c{c}", end.isoformat() if end else None, months),
            )

    def past(end: dt.date | None, months: int) -> bool:
        if end is None:
            return False
        m = end.month - 1 + months
        year, month = end.year + m // 12, m % 12 + 1
        last = [
            31,
            29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ][month - 1]
        return dt.date(year, month, min(end.day, last)) < today

    expected = sorted(
        (f"e{n}", f"c{c}", all(past(e2, m2) for c2, e2, m2 in rows if c2 == c))
        for n, (c, end, months) in enumerate(rows)
        if past(end, months)
    )
    got = sorted(
        (x.engagement_id, x.coachee_id, x.coachee_fully_expired)
        for x in expired_engagements(vault.db, today)
    )
    assert got == expected
