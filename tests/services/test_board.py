"""The disclosure board gives each recipient exactly what a report to them would hold."""

from __future__ import annotations

import datetime as dt

from coachdesk.services import board, demo, reports

TODAY = dt.date(2026, 11, 25)


def test_the_board_is_the_report_s_disclosure_for_every_recipient(vault):
    practice = demo.install_demo(vault, TODAY)
    for engagement in practice.engagements:
        shown = board.board(vault.db, engagement.id, TODAY)
        assert list(shown.recipients) == list(engagement.recipients)
        for person, disclosure in shown.recipients.items():
            report = reports.disclosure_for(
                vault.db, reports.ReportRequest(engagement.id, person, TODAY)
            )
            assert disclosure == report
    # Something is actually shared and something awaits agreement in the demo.
    boards = [board.board(vault.db, e.id, TODAY) for e in practice.engagements]
    assert any(d.included.facts() for b in boards for d in b.recipients.values())
    assert any(d.awaiting for b in boards for d in b.recipients.values())
