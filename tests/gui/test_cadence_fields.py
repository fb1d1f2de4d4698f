"""The fields the coaching log and the cadence need, in the dialogs that edit them: a
person's e-mail, an engagement's billing and coaching cadence (none by default)."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import Billing, Engagement, Organisation, Person
from coachdesk.gui.dialogs.entities import EngagementDialog, PersonDialog


def test_the_person_dialog_keeps_and_edits_the_email(qtbot):
    dialog = PersonDialog([], Person("anna", "Anna Rossi", email="anna@example.com"))
    qtbot.addWidget(dialog)
    assert dialog.email.text() == "anna@example.com"
    dialog.email.setText("  anna.rossi@example.com ")
    assert dialog.value().email == "anna.rossi@example.com"


def test_the_engagement_dialog_keeps_and_edits_billing_and_cadence(qtbot):
    people = [Person("anna", "Anna Rossi")]
    e = Engagement("e1", "anna", "T", dt.date(2026, 1, 1), billing=Billing.PRO_BONO,
                   cadence_days=21)  # fmt: skip
    dialog = EngagementDialog(people, [Organisation("o", "Acme")], e)
    qtbot.addWidget(dialog)
    assert (dialog.value().billing, dialog.value().cadence_days) == (Billing.PRO_BONO, 21)
    dialog.billing.setCurrentIndex(dialog.billing.findData("paid"))
    dialog.cadence.setValue(0)  # shown as "none"
    assert (dialog.value().billing, dialog.value().cadence_days) == (Billing.PAID, None)


def test_a_new_engagement_is_paid_without_a_cadence(qtbot):
    dialog = EngagementDialog([Person("anna", "Anna Rossi")], [], None)
    qtbot.addWidget(dialog)
    assert dialog.cadence.text() == "none"
    assert (dialog.value().billing, dialog.value().cadence_days) == (Billing.PAID, None)


def test_session_details_show_and_save_the_format(qtbot):
    from coachdesk.domain import Session, SessionFormat
    from coachdesk.gui.widgets.session_details import SessionDetails

    details = SessionDetails()
    qtbot.addWidget(details)
    details.show_session(Session("s1", dt.datetime(2026, 1, 5, 10), format=SessionFormat.GROUP))
    assert details.format.currentData() == "group"
    with qtbot.waitSignal(details.changed, timeout=5000) as saved:
        details.format.setCurrentIndex(details.format.findData("individual"))
    assert saved.args[0].format is SessionFormat.INDIVIDUAL
