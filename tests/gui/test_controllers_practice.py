"""The practice controller (gui/controllers/practice.py): the people and organisations the
dialogs offer are read after each change; an engagement needs a coachee first; renaming an
organisation starts from its name; a coachee is not deleted as a mere person; a person
added or changed appears in the navigation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import TIMEOUT, all_child_texts, window_on

from coachdesk.domain import Engagement, Organisation, Person, Practice
from coachdesk.gui.dialogs.entities import OrganisationDialog, PersonDialog
from coachdesk.interchange import to_document
from coachdesk.services import interchange
from coachdesk.services import vault as vault_service


def _window(qtbot, vault_info, practice: Practice | None):
    if practice is not None:
        with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
            interchange.import_bytes(vault, json.dumps(to_document(practice)).encode())
    w = window_on(qtbot, vault_info.folder, vault_info.passphrase)
    qtbot.waitUntil(lambda: w.practice.loaded, timeout=TIMEOUT)
    return w


@pytest.fixture
def window(qtbot, vault_info):
    practice = Practice(
        organisations=(Organisation("acme", "ACME"),),
        people=(Person("anna", "Anna Rossi", "acme"), Person("solo", "Solo Freelance")),
        engagements=(Engagement("e1", "anna", "Leadership", dt.date(2026, 1, 5)),),
    )
    w = _window(qtbot, vault_info, practice)
    yield w
    w._tasks.shutdown()


def test_the_dialogs_offer_everyone_and_every_organisation(qtbot, window):
    assert [p.name for p in window.practice.people] == ["Anna Rossi", "Solo Freelance"]
    assert [(o.id, o.name) for o in window.practice.organisations] == [("acme", "ACME")]


def test_an_engagement_needs_a_coachee_first(qtbot, vault_info):
    w = _window(qtbot, vault_info, None)
    try:
        w.new_engagement_action.trigger()
        assert w._dialogs == []
        assert w.statusBar().currentMessage() == "Add the coachee first: File → New person…"
    finally:
        w._tasks.shutdown()


def test_renaming_an_organisation_starts_from_its_name(qtbot, window):
    window.practice.ask_organisation("acme")
    dialog = window._dialogs[-1]
    assert isinstance(dialog, OrganisationDialog) and dialog.name.text() == "ACME"
    dialog.close()


def test_a_coachee_is_erased_not_deleted_as_a_person(qtbot, window):
    window.practice.ask_delete_person("anna")
    qtbot.waitUntil(lambda: "is a coachee" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert window.statusBar().currentMessage() == (
        "Anna Rossi is a coachee: use Engagement → Erase the coachee's data."
    )


def test_a_changed_person_is_offered_and_shown_under_the_new_name(qtbot, window):
    window.practice.ask_person("solo")
    dialog = window._dialogs[-1]
    assert isinstance(dialog, PersonDialog) and dialog.name.text() == "Solo Freelance"
    dialog.name.setText("Solo Libera")
    dialog.accepted.emit()
    qtbot.waitUntil(lambda: "Solo Libera" in all_child_texts(window), timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: any(p.name == "Solo Libera" for p in window.practice.people), timeout=TIMEOUT
    )
    dialog.close()
