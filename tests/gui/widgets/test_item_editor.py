"""One note item in the session editor (gui/widgets/item_editor.py): an edit of a text a
consent or exception is bound to says whose goes and offers the agreed text back, as one
undo step; a reflection has no sharing and says so; the text box is as tall as its text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from coachdesk.domain import (
    Agreement,
    Category,
    Engagement,
    ItemKind,
    NoteItem,
    Role,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.gui.widgets.item_editor import MAX_TEXT_HEIGHT, MIN_TEXT_HEIGHT, ItemEditor

DAY = dt.date(2026, 1, 5)
AGREED = "Ada wants to lead the Monday meeting."
ENGAGEMENT = Engagement(
    "e",
    "ada",
    "Leadership",
    DAY,
    stakeholders=(Stakeholder("sam", Role.SPONSOR),),
    agreements=(Agreement(1, DAY, {r: frozenset(Category) for r in Role}),),
)
NAMES = {"ada": "Ada", "sam": "Sam"}


def item(text: str, sharing: dict[str, SharingState] | None = None) -> NoteItem:
    return NoteItem("i1", ItemKind.OBSERVATION, text, sharing or {})


def consent(kind: SharingStateKind = SharingStateKind.AGREED) -> dict[str, SharingState]:
    return {"sam": SharingState(kind, on=DAY, how="in session", text_sha256=text_sha256(AGREED))}


def editor(qtbot, note: NoteItem, agreed_text: str | None = None) -> ItemEditor:
    widget = ItemEditor(note, (ENGAGEMENT, NAMES), agreed_text=agreed_text)
    qtbot.addWidget(widget)
    return widget


def test_editing_an_agreed_text_names_whose_consent_goes_and_restore_brings_it_back(qtbot):
    widget = editor(qtbot, item(AGREED, consent()))
    assert widget.warning.isHidden() and widget.restore.isHidden()
    with qtbot.waitSignal(widget.changed) as changed:
        widget.text.setPlainText(AGREED + " Or not.")
    assert changed.args == ["i1", AGREED + " Or not."]
    assert not widget.warning.isHidden() and not widget.restore.isHidden()
    assert "voids the consent of Sam" in widget.warning.text()
    widget.restore.click()
    assert widget.text.toPlainText() == AGREED
    assert widget.warning.isHidden()
    widget.text.undo()  # the restore was one editing step
    assert widget.text.toPlainText() == AGREED + " Or not."


def test_an_exception_is_named_as_an_exception(qtbot):
    widget = editor(qtbot, item(AGREED, consent(SharingStateKind.EXCEPTION)))
    widget.text.setPlainText("Something else")
    assert "voids the exception for Sam" in widget.warning.text()
    assert "consent" not in widget.warning.text()


def test_a_text_remembered_from_before_an_edit_is_offered_back_when_it_still_binds(qtbot):
    # The stored text was edited (the consent is void), the editor remembers the agreed one.
    widget = editor(qtbot, item(AGREED + " Edited.", consent()), agreed_text=AGREED)
    assert widget.agreed_text == AGREED
    assert not widget.warning.isHidden()
    # A remembered text that no consent is bound to is not offered.
    other = editor(qtbot, item(AGREED + " Edited.", consent()), agreed_text="Never agreed")
    assert other.agreed_text == AGREED + " Edited." and other.warning.isHidden()


def test_a_reflection_has_no_sharing_and_says_it_stays_private(qtbot):
    widget = ItemEditor(NoteItem("r1", ItemKind.REFLECTION, "Am I rushing?"), (ENGAGEMENT, NAMES))
    qtbot.addWidget(widget)
    assert widget.sharing is None and widget.objectName() == "reflection"
    hints = [label.text() for label in widget.findChildren(QLabel)]
    assert any("Only you see reflections" in hint for hint in hints)


def test_delete_and_move_are_asked_of_the_session_editor(qtbot):
    widget = editor(qtbot, item("text"))
    with qtbot.waitSignal(widget.delete_requested) as deleted:
        next(b for b in widget.findChildren(QPushButton) if b.text() == "Delete").click()
    assert deleted.args == ["i1"]
    with qtbot.waitSignal(widget.move_requested) as moved:
        next(b for b in widget.findChildren(QToolButton) if "down" in b.accessibleName()).click()
    assert moved.args == ["i1", 1]


def test_the_text_box_is_as_tall_as_its_text_within_bounds(qtbot):
    widget = editor(qtbot, item("one line"))
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    short = widget.text.height()
    assert short >= MIN_TEXT_HEIGHT
    widget.text.setPlainText("\n".join(["line"] * 8))
    assert widget.text.height() > short
    widget.text.setPlainText("\n".join(["line"] * 400))
    assert widget.text.height() == MAX_TEXT_HEIGHT


def test_saved_starts_a_new_undo_step(qtbot):
    widget = editor(qtbot, item("first"))
    qtbot.keyClicks(widget.text, " and more")
    assert widget.text.document().isModified()
    widget.saved()
    assert not widget.text.document().isModified()
