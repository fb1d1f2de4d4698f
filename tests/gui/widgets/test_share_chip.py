"""The sharing chips of goals and actions (gui/widgets/share_chip.py): one look, three
states, each kind in its own words; a blocked chip that is not shared cannot be clicked,
and a shared action stays withdrawable after the agreement stops permitting it."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import Action, Goal, Role
from coachdesk.gui import labels
from coachdesk.gui.widgets.actions import ActionShareControl
from coachdesk.gui.widgets.goals import GoalShareControl
from coachdesk.gui.widgets.share_chip import MUTED_COLOUR, SHARED_COLOUR, chip_style
from coachdesk.gui.widgets.sharing import Recipient
from coachdesk.policy import Reason

SPONSOR = Recipient("s", "Sam", Role.SPONSOR)
BLOCKED = Reason.CATEGORY_NOT_PERMITTED


def action(shared: bool) -> Action:
    shared_with = frozenset({"s"} if shared else ())
    return Action("a1", "Call", due=dt.date(2026, 1, 1), share_with=shared_with)


def goal(shared: bool) -> Goal:
    return Goal("g1", "Faster answers", share_with=frozenset({"s"} if shared else ()))


def test_a_shared_chip_is_green_and_says_what_goes(qtbot):
    chip = ActionShareControl(action(True), SPONSOR, None)
    qtbot.addWidget(chip)
    assert chip.isChecked() and chip.isEnabled()
    assert chip.text() == "Sam: shared"
    assert chip.styleSheet() == chip_style(SHARED_COLOUR)
    assert chip.toolTip() == (
        "Sam (sponsor). Shared: text, owner, due date and status, in the action plan."
    )
    assert chip.accessibleName() == "Action shared with Sam (sponsor): shared"


def test_a_chip_not_shared_is_grey_and_can_be_clicked(qtbot):
    chip = GoalShareControl(goal(False), SPONSOR, None, None)
    qtbot.addWidget(chip)
    assert not chip.isChecked() and chip.isEnabled()
    assert chip.text() == "Sam: not shared"
    assert chip.styleSheet() == chip_style(MUTED_COLOUR)
    assert chip.accessibleDescription() == "Not shared with this recipient."
    assert chip.accessibleName() == "Goal shared with Sam (sponsor): not shared"


def test_a_blocked_chip_gives_the_reason_and_cannot_be_clicked(qtbot):
    for chip in (
        ActionShareControl(action(False), SPONSOR, BLOCKED),
        GoalShareControl(goal(False), SPONSOR, BLOCKED, BLOCKED),
    ):
        qtbot.addWidget(chip)
        assert not chip.isEnabled()
        assert chip.text() == "Sam: blocked"
        reason = labels.reason(BLOCKED)
        assert chip.accessibleDescription() == f"Blocked by the agreement: {reason}"


def test_a_click_asks_for_the_change_with_the_item_and_the_person(qtbot):
    chip = GoalShareControl(goal(False), SPONSOR, None, None)
    qtbot.addWidget(chip)
    with qtbot.waitSignal(chip.toggled_share) as signal:
        chip.click()
    assert signal.args == ["g1", "s", True]


def test_a_goal_whose_title_is_not_permitted_shares_only_its_progress(qtbot):
    chip = GoalShareControl(goal(True), SPONSOR, BLOCKED, None)
    qtbot.addWidget(chip)
    assert chip.blocked is None and chip.isEnabled()
    assert chip.accessibleDescription() == (
        "Shared: only its progress, numbered, as goal titles are not permitted."
    )


def test_a_shared_action_no_longer_permitted_stays_withdrawable_and_blocks_once_withdrawn(
    qtbot,
):
    chip = ActionShareControl(action(True), SPONSOR, BLOCKED)
    qtbot.addWidget(chip)
    assert chip.isEnabled() and chip.text() == "Sam: shared"
    chip.setChecked(False)  # the vault stored the withdrawal
    chip.refresh()
    assert not chip.isEnabled() and chip.text() == "Sam: blocked"
    chip.setChecked(True)  # shared again from elsewhere: withdrawable again
    chip.refresh()
    assert chip.isEnabled()


def test_a_blocked_goal_chip_once_disabled_is_not_enabled_again_by_a_refresh(qtbot):
    chip = GoalShareControl(goal(False), SPONSOR, BLOCKED, BLOCKED)
    qtbot.addWidget(chip)
    chip.setChecked(True)
    chip.refresh()
    assert not chip.isEnabled() and chip.text() == "Sam: shared"
