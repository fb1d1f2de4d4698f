"""The coach profile in the window (spec §3, issue 16): the dialog saves what it shows and
shows it again, its preview follows every keystroke, a logo is chosen through the app's file
dialog and checked, the first run asks for the name, and a report is never made with an
empty letterhead: the report dialogs ask for the name first."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QWidget
from qt_own_settings import until_destroyed

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Person,
    Role,
    Stakeholder,
)
from coachdesk.gui.dialogs.coach_profile import CoachProfileDialog
from coachdesk.gui.dialogs.create_vault import CreateVaultDialog
from coachdesk.gui.dialogs.report import ReportDialog
from coachdesk.gui.dialogs.team_report import TeamReportDialog
from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.tasks import Tasks
from coachdesk.services import profile as profile_service
from coachdesk.storage import engagement_repo, people_repo

TIMEOUT = 15_000
TODAY = dt.date.today()


def image(fmt: str, size: tuple[int, int] = (120, 40)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, fmt)
    return buffer.getvalue()


def run(qtbot, tasks: Tasks, fn):
    """Run ``fn(ctx)`` on the database thread and wait for its result."""
    out: list[object] = []
    tasks.run(fn, out.append, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=TIMEOUT)
    if isinstance(out[0], Exception):
        raise out[0]
    return out[0]


@pytest.fixture
def tasks(qtbot, vault_info):
    tasks = Tasks()
    run(qtbot, tasks, lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase))
    yield tasks
    tasks.shutdown()


def stored(qtbot, tasks) -> CoachProfile:
    return run(qtbot, tasks, lambda ctx: profile_service.get_profile(ctx.db))


def open_dialog(qtbot, tasks) -> CoachProfileDialog:
    dialog = CoachProfileDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    return dialog


def test_fill_save_and_reopen_shows_the_profile(qtbot, tasks, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(image("PNG"))
    dialog = open_dialog(qtbot, tasks)
    fields = dialog.fields
    assert fields.name.text() == "" and fields.logo is None
    fields.name.setText("Laura Bianchi")
    fields.credentials.setText("PCC")
    fields.letterhead.setPlainText("Bianchi Coaching\nVia Roma 1, Milano")
    fields.load_logo_file(logo)
    qtbot.waitUntil(lambda: fields.logo is not None, timeout=TIMEOUT)
    assert fields.logo_status.text() == "PNG, 120 × 40 pixels, 1 KB"
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_button.click()
    expected = CoachProfile(
        "Laura Bianchi", "PCC", "Bianchi Coaching\nVia Roma 1, Milano", logo.read_bytes()
    )
    assert stored(qtbot, tasks) == expected
    again = open_dialog(qtbot, tasks)
    assert again.fields.profile() == expected
    assert again.fields.preview.logo is not None
    assert again.fields.preview.lines == ["Bianchi Coaching", "Via Roma 1, Milano"]
    # Removing the logo and saving removes it from the vault.
    again.fields.remove_logo.click()
    assert again.fields.preview.logo is None and not again.fields.remove_logo.isEnabled()
    with qtbot.waitSignal(again.saved, timeout=TIMEOUT):
        again.save_button.click()
    assert stored(qtbot, tasks).logo is None


def test_the_preview_follows_every_keystroke(qtbot, tasks, tmp_path):
    dialog = open_dialog(qtbot, tasks)
    preview = dialog.fields.preview
    blank = preview.grab().toImage()
    assert preview.name == ""  # drawn as a grey "Your name"
    qtbot.keyClicks(dialog.fields.name, "Laura")
    assert preview.name == "Laura"
    named = preview.grab().toImage()
    assert named != blank
    height = preview.sizeHint().height()
    dialog.fields.letterhead.setPlainText("One\nTwo\nThree")
    assert preview.lines == ["One", "Two", "Three"]
    assert preview.sizeHint().height() > height  # the sheet grows with the lines
    assert "Three" in preview.accessibleDescription()
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(image("JPEG", (400, 400)))
    before = preview.grab().toImage()
    dialog.fields.load_logo_file(logo)
    qtbot.waitUntil(lambda: preview.logo is not None, timeout=TIMEOUT)
    assert preview.grab().toImage() != before
    assert preview.logo.height() <= 2 * 56  # scaled on the worker, not kept at full size


def test_the_name_is_required(qtbot, tasks):
    dialog = open_dialog(qtbot, tasks)
    dialog.fields.credentials.setText("PCC")
    dialog.fields.name.setText("   ")
    dialog.save_button.click()
    assert "name" in dialog.message.text()
    assert dialog.isVisible()
    assert stored(qtbot, tasks) == CoachProfile()


def test_a_logo_is_chosen_through_the_app_s_file_dialog(qtbot, tasks, tmp_path):
    logo = tmp_path / "clients" / "logo.png"
    logo.parent.mkdir()
    logo.write_bytes(image("PNG"))
    dialog = open_dialog(qtbot, tasks)
    dialog.fields.choose_logo.click()
    chooser = dialog.fields._file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.setDirectory(str(logo.parent))
    chooser.findChild(QLineEdit, "fileNameEdit").setText(logo.name)
    until_destroyed(qtbot, chooser, chooser.accept)
    qtbot.waitUntil(lambda: dialog.fields.logo is not None, timeout=TIMEOUT)
    assert dialog.fields.logo.data == logo.read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a" + bytes(20), "the logo must be a PNG or JPEG image"),
        (image("PNG") + bytes(1024 * 1024), "the logo is larger than 1 MB"),
        (image("JPEG")[:200], "the logo cannot be read: the image file is damaged"),
    ],
)
def test_a_bad_logo_is_refused_in_words_and_the_old_one_stays(
    qtbot, tasks, tmp_path, content, message
):
    good = tmp_path / "good.png"
    good.write_bytes(image("PNG"))
    bad = tmp_path / "bad.png"
    bad.write_bytes(content)
    dialog = open_dialog(qtbot, tasks)
    dialog.fields.load_logo_file(good)
    qtbot.waitUntil(lambda: dialog.fields.logo is not None, timeout=TIMEOUT)
    dialog.fields.load_logo_file(bad)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=TIMEOUT)
    assert dialog.message.text() == message
    assert dialog.fields.logo.data == good.read_bytes()


def test_settings_menu_opens_the_dialog(qtbot, tasks):
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    assert window.coach_profile_action.text() == "&Coach profile…"
    window.coach_profile_action.trigger()
    dialog = window._dialogs[-1]
    assert isinstance(dialog, CoachProfileDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    dialog.reject()


def _mnemonics(widget: QWidget) -> list[str]:
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [
        lab.text() for lab in widget.findChildren(QLabel) if lab.buddy() and lab.isVisibleTo(widget)
    ]
    return [m.group(1).casefold() for t in texts if (m := re.search(r"&([^&\s])", t))]


# -- the first run ------------------------------------------------------------------------


def test_the_first_run_asks_for_the_name_before_the_recovery_code(qtbot, tmp_path):
    tasks = Tasks()
    try:
        folder = tmp_path / "vault"
        dialog = CreateVaultDialog(tasks, folder)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.passphrase.setText("four words are good")
        dialog.repeat.setText("four words are good")
        dialog.next_button.click()
        assert dialog.pages.currentWidget() is dialog.profile_page
        assert not folder.exists()  # nothing is created before the profile is given
        keys = _mnemonics(dialog.profile_page)
        assert len(keys) == len(set(keys)), keys
        assert not dialog.profile.choose_logo.isVisibleTo(dialog)  # the logo comes later
        dialog.create_button.click()
        assert dialog.profile_message.text() == "the coach's name cannot be empty"
        assert not folder.exists()
        dialog.back_button.click()  # the folder or passphrase can still change
        assert dialog.pages.currentIndex() == 0
        dialog.next_button.click()
        dialog.profile.name.setText(" Laura Bianchi ")
        dialog.profile.credentials.setText("PCC")
        dialog.profile.letterhead.setPlainText("Bianchi Coaching\nMilano")
        assert dialog.profile.preview.name == "Laura Bianchi"
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.code_page, timeout=TIMEOUT)
        assert dialog.code.text()
        profile = CoachProfile("Laura Bianchi", "PCC", "Bianchi Coaching\nMilano")
        assert stored(qtbot, tasks) == profile
    finally:
        tasks.shutdown()


def test_a_first_run_that_cannot_create_goes_back_saying_why(qtbot, tmp_path):
    tasks = Tasks()
    try:
        blocker = tmp_path / "file"
        blocker.write_text("x", encoding="utf-8")
        dialog = CreateVaultDialog(tasks, blocker / "vault")  # below a file: cannot be made
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.passphrase.setText("four words are good")
        dialog.repeat.setText("four words are good")
        dialog.next_button.click()
        dialog.profile.name.setText("Laura")
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 0, timeout=TIMEOUT)
        assert dialog.message.text()
        assert dialog.create_button.isEnabled()
    finally:
        tasks.shutdown()


# -- reports ask for the name first ---------------------------------------------------------


@pytest.fixture
def engagement(qtbot, tasks) -> Engagement:
    start = TODAY - dt.timedelta(days=30)
    e = Engagement(
        "e", "anna", "Leadership", start,
        stakeholders=(Stakeholder("marco", Role.SPONSOR),),
        agreements=(Agreement(1, start, {Role.SPONSOR: frozenset({Category.ATTENDANCE})}),),
    )  # fmt: skip

    def work(ctx):
        with ctx.db.transaction():
            people_repo.insert_person(ctx.db, Person("anna", "Anna Rossi"))
            people_repo.insert_person(ctx.db, Person("marco", "Marco Verdi"))
            engagement_repo.insert_engagement(ctx.db, e)

    run(qtbot, tasks, work)
    return e


def _report_dialog(qtbot, tasks, engagement) -> ReportDialog:
    dialog = ReportDialog(tasks, engagement, {"anna": "Anna Rossi", "marco": "Marco Verdi"})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_report_without_a_coach_name_asks_for_it_first(qtbot, tasks, engagement):
    dialog = _report_dialog(qtbot, tasks, engagement)
    gate = dialog.name_gate
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.loaded, timeout=TIMEOUT)
    assert "letterhead" in gate.dialog.intro.text()
    assert dialog.rendered is None and not dialog.save_button.isEnabled()
    gate.dialog.fields.name.setText("Laura Bianchi")
    gate.dialog.fields.letterhead.setPlainText("Bianchi Coaching")
    gate.dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    pages = pypdf.PdfReader(io.BytesIO(dialog.rendered.pdf)).pages
    text = " ".join(p.extract_text() for p in pages)
    assert "Laura Bianchi" in text
    assert stored(qtbot, tasks).name == "Laura Bianchi"


def test_declining_to_give_the_name_makes_no_report_and_asks_again(qtbot, tasks, engagement):
    dialog = _report_dialog(qtbot, tasks, engagement)
    gate = dialog.name_gate
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.loaded, timeout=TIMEOUT)
    gate.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert "needs your name" in dialog.message.text()
    assert dialog.rendered is None and not dialog.save_button.isEnabled()
    dialog.refresh_preview()  # any change tries again
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible(), timeout=TIMEOUT)


def test_a_report_with_a_coach_name_goes_straight_to_the_preview(qtbot, tasks, engagement):
    run(qtbot, tasks, lambda ctx: profile_service.save_profile(ctx.db, CoachProfile("Laura")))
    dialog = _report_dialog(qtbot, tasks, engagement)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.name_gate.dialog is None


def test_a_team_report_without_a_coach_name_asks_for_it_first(qtbot, tasks):
    dialog = TeamReportDialog(tasks, [("marco", "Marco Verdi")])
    qtbot.addWidget(dialog)
    dialog.show()
    gate = dialog.name_gate
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.loaded, timeout=TIMEOUT)
    assert dialog.rendered is None
    gate.dialog.fields.name.setText("Laura Bianchi")
    with qtbot.waitSignal(gate.dialog.saved, timeout=TIMEOUT):
        gate.dialog.save_button.click()
    assert gate.ready()


def test_no_two_controls_of_the_profile_dialog_share_an_alt_key(qtbot, tasks):
    dialog = open_dialog(qtbot, tasks)
    keys = _mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
