"""The Actions tab's sharing controls (spec §4 ``plan``), in the real window over a real
vault: one control per recipient of the selected action, blocked with the reason when the
agreement does not permit the plan to that role; a click is stored in the vault; a new
action starts shared with the coachee."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import child, select, unlocked_app

from coachdesk.domain import Role
from coachdesk.gui.widgets.engagement_tabs import ACTIONS_TAB
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000


@pytest.fixture
def window(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date.today())
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, "ACME S.p.A.", 0))
    qtbot.waitUntil(
        lambda: w.engagement.page is not None and w.engagement.page.engagement is not None,
        timeout=TIMEOUT,
    )
    yield w
    root.shutdown()


def test_the_actions_tab_shares_an_action_per_recipient_and_blocks_with_the_reason(qtbot, window):
    w = window
    w.tabs.setCurrentIndex(ACTIONS_TAB)
    panel = w.tabs.actions_panel
    engagement = w.engagement.page.engagement
    qtbot.waitUntil(lambda: panel.table.rowCount() > 0, timeout=TIMEOUT)
    panel.table.setCurrentCell(0, 0)
    assert set(panel.controls) == set(engagement.recipients)
    agreement = engagement.agreement_at(dt.date.today())
    for pid, control in panel.controls.items():
        role = engagement.role_of(pid)
        permitted = agreement is not None and agreement.permits_category(role, "plan")
        shared = pid in panel.actions_shown[0].share_with
        assert control.isEnabled() is (permitted or shared), pid
        if not permitted and not shared:
            assert "Blocked by the agreement" in control.toolTip()
    # The demo's sponsor and HR may not receive the plan: their controls say so.
    assert any(not c.isEnabled() for c in panel.controls.values())
    coachee = panel.controls[engagement.coachee_id]
    action_id = panel.actions_shown[0].id
    want = not coachee.isChecked()
    assert coachee.isEnabled()
    coachee.click()
    qtbot.waitUntil(
        lambda: (
            (
                engagement.coachee_id
                in next(
                    a for a in w.engagement.page.engagement.actions if a.id == action_id
                ).share_with
            )
            is want
        ),
        timeout=TIMEOUT,
    )


def test_a_new_action_starts_shared_with_the_coachee(qtbot, window):
    w = window
    tabs = w.tabs
    tabs.setCurrentIndex(ACTIONS_TAB)
    panel = tabs.actions_panel
    panel.add.click()
    dialog = tabs._dialog
    dialog.text.setText("Prepare the quarterly review")
    dialog.accept()
    coachee = w.engagement.page.engagement.coachee_id
    qtbot.waitUntil(
        lambda: any(
            a.text == "Prepare the quarterly review" and coachee in a.share_with
            for a in w.engagement.page.engagement.actions
        ),
        timeout=TIMEOUT,
    )
    added = next(
        a for a in w.engagement.page.engagement.actions if a.text == "Prepare the quarterly review"
    )
    assert added.share_with == {coachee}  # no cs_manager here: the coachee alone
    assert all(s.role is not Role.CS_MANAGER for s in w.engagement.page.engagement.stakeholders)
