"""Retention periods (spec §3): listed when passed, never erased without confirmation."""

from __future__ import annotations

import datetime as dt

from coachdesk.services.demo import install_demo
from coachdesk.services.retention import expired_engagements
from coachdesk.services.verify import verify_vault
from coachdesk.storage import practice_repo

TODAY = dt.date(2026, 11, 24)


def test_engagement_is_listed_once_its_retention_has_passed(vault):
    install_demo(vault, TODAY)
    james = practice_repo.load_engagement(vault.db, "eng-james")
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
        assert practice_repo.load_engagement(v.db, "eng-james") is not None
