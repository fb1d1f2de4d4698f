"""After an erasure nothing about the erased person stays on screen (spec §7): not the
session, nor the goals, the agreement, the actions or the details of an engagement they
were part of."""

from __future__ import annotations

from helpers import TIMEOUT, open_engagement, session_count, window_on

from coachdesk.services import erasure
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo


def test_the_open_engagement_of_an_erased_coachee_leaves_every_tab(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        install_demo(v)
    w = window_on(qtbot, vault_info.folder, vault_info.passphrase)
    try:
        open_engagement(qtbot, w, "ACME S.p.A.", 0)
        page = w.engagement.page
        assert page is not None
        e = page.engagement
        person = e.coachee_id
        tabs = w.tabs
        assert tabs.agreement.title.text() and tabs.agreement.grid.rowCount() > 0
        assert tabs.actions_panel.table.rowCount() > 0
        summaries: list[erasure.ErasureSummary] = []
        w._tasks.run(lambda ctx: erasure.erase_coachee(ctx.vault, person), summaries.append)
        qtbot.waitUntil(lambda: bool(summaries), timeout=TIMEOUT)
        w.personal_data._erased(summaries[0])
        assert w.engagement.page is None
        assert session_count(w) == 0 and not w.details.text()
        assert not tabs.agreement.title.text() and tabs.agreement.grid.rowCount() == 0
        assert tabs.actions_panel.table.rowCount() == 0
        assert tabs.engagement is None
    finally:
        w._tasks.shutdown()
