"""Sharing in the app (spec §3, §4, §5) through the real widgets, worker thread, SQLCipher
and PDF: agree an item for the sponsor, save the report from the dialog and read it back;
edit the item and see the consent voided on the board and gone from the next report; a
control blocked by the agreement cannot record consent; the ledger view checks a report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pypdf
import pytest
from helpers import (
    all_child_texts,
    child,
    select,
    select_session,
    session_count,
    unlock,
    unlocked_app,
)
from PySide6 import QtCore
from PySide6.QtWidgets import QDialogButtonBox

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    ItemKind,
    NoteItem,
    Organisation,
    Person,
    Role,
    Session,
    SessionStatus,
    SharingStateKind,
    Stakeholder,
)
from coachdesk.gui.app import App
from coachdesk.gui.dialogs.board import BoardDialog
from coachdesk.gui.dialogs.ledger import LedgerDialog
from coachdesk.gui.dialogs.report import ReportDialog
from coachdesk.gui.widgets.sharing import AgreeDialog, ExceptionDialog
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo, people_repo, session_repo

TIMEOUT = 15_000
AGREED = "Agreed summary: Sara chose to delegate the weekly report"
EDITED = "Agreed summary, edited afterwards: Sara delegates two reports"
PRIVATE = "Private summary: Sara fears her director"
BLOCKED = "Observation the sponsor may never see"
TODAY = dt.date.today()


@pytest.fixture
def folder(vault_info):
    start = TODAY - dt.timedelta(days=60)
    engagement = Engagement(
        id="e1",
        coachee_id="sara",
        organisation_id="o1",
        title="Leadership",
        start=start,
        stakeholders=(Stakeholder("marco", Role.SPONSOR),),
        goals=(Goal("g1", "Delegate the weekly report"),),
        agreements=(
            Agreement(
                1,
                start,
                {
                    Role.SPONSOR: frozenset({Category.ATTENDANCE, Category.SUMMARIES}),
                    Role.COACHEE: frozenset(Category),
                },
            ),
        ),
        sessions=(
            Session(
                "s1",
                dt.datetime.combine(TODAY - dt.timedelta(days=7), dt.time(10)),
                status=SessionStatus.HELD,
                items=(
                    NoteItem("i-agreed", ItemKind.SUMMARY, AGREED),
                    NoteItem("i-private", ItemKind.SUMMARY, PRIVATE),
                    NoteItem("i-blocked", ItemKind.OBSERVATION, BLOCKED),
                ),
            ),
        ),
    )
    vault = vault_service.open_vault(vault_info.folder, vault_info.passphrase)
    with vault, vault.db.transaction():
        # A named coach: a vault without a name asks for it before any report.
        people_repo.set_coach(vault.db, CoachProfile("Laura Bianchi"))
        people_repo.insert_organisation(vault.db, Organisation("o1", "Acme"))
        people_repo.insert_person(vault.db, Person("sara", "Sara Neri", "o1"))
        people_repo.insert_person(vault.db, Person("marco", "Marco Blu", "o1"))
        engagement_repo.insert_engagement(vault.db, engagement)
    return vault_info.folder


@pytest.fixture
def window(qtbot, folder, vault_info):
    root = unlocked_app(qtbot, folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, 0, 0))
    qtbot.waitUntil(lambda: session_count(w) == 1, timeout=TIMEOUT)
    select_session(w, 0)
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 3, timeout=TIMEOUT)
    yield w
    root.shutdown()


def _editor(w, item_id):
    return next(e for e in w.editor.editors() if e.item_id == item_id)


def _pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages
    )


def _save_report_for_sponsor(qtbot, w, path):
    w.report_action.trigger()
    dialog = w._dialogs[-1]
    assert isinstance(dialog, ReportDialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("marco"))
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    previewed = dialog.rendered.pdf
    assert dialog.document.pageCount() >= 1  # QtPdf shows the very bytes
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_to(path)
    assert path.read_bytes() == previewed
    dialog.close()
    return _pdf_text(path.read_bytes())


def test_agree_report_edit_void_and_report_again(qtbot, window, tmp_path):
    w = window
    control = _editor(w, "i-agreed").sharing.controls["marco"]
    assert "private" in control.text()
    control.agreed_action.trigger()
    dialog = control._dialog
    assert isinstance(dialog, AgreeDialog)
    dialog.how.setCurrentText("in session, verbally")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: control.state.state is SharingStateKind.AGREED, timeout=TIMEOUT)
    assert "agreed" in control.text() and control.accessibleName().endswith("agreed")

    text = _save_report_for_sponsor(qtbot, w, tmp_path / "first.pdf")
    assert AGREED in text
    assert PRIVATE not in text and BLOCKED not in text

    # Editing the agreed text warns, then shows the consent as needed again.
    editor = _editor(w, "i-agreed")
    editor.text.setPlainText(EDITED)
    assert editor.warning.isVisible() and "Marco Blu" in editor.warning.text()
    assert "consent needed again" in control.text()
    with qtbot.waitSignal(
        w.editor.status,
        timeout=TIMEOUT,
        check_params_cb=lambda t: "voided by this edit" in t,
    ):
        pass

    # The board shows it awaiting agreement, and not among what the sponsor receives.
    w.board_action.trigger()
    board = w._dialogs[-1]
    assert isinstance(board, BoardDialog)
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    page = board.pages["marco"]
    qtbot.waitUntil(lambda: page.awaiting.count() > 0, timeout=TIMEOUT)
    awaiting = [page.awaiting.item(i).text() for i in range(page.awaiting.count())]
    assert any(EDITED in line for line in awaiting)
    assert "i-agreed" not in page.view.included_ids()
    board.close()

    text = _save_report_for_sponsor(qtbot, w, tmp_path / "second.pdf")
    assert EDITED not in text and AGREED not in text and PRIVATE not in text

    # The ledger lists both; the newest reproduces byte for byte, the first no longer does.
    w.reports.open_ledger(whole_practice=False)
    ledger = w._dialogs[-1]
    assert isinstance(ledger, LedgerDialog)
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 2, timeout=TIMEOUT)
    ledger.table.selectRow(0)
    ledger.check_selected()
    qtbot.waitUntil(lambda: "byte for byte" in ledger.outcome.text(), timeout=TIMEOUT)
    ledger.table.selectRow(1)
    # The first report's facts, as the coach can recognise them: the summary it carried,
    # shown as it reads now and marked as changed since (the ledger keeps hashes, not text).
    qtbot.waitUntil(lambda: ledger.facts.count() >= 2, timeout=TIMEOUT)
    lines = [ledger.facts.item(i).text() for i in range(ledger.facts.count())]
    assert any(EDITED in line and "(changed since)" in line for line in lines), lines
    ledger.check_selected()
    qtbot.waitUntil(lambda: "no longer reproduces" in ledger.outcome.text(), timeout=TIMEOUT)


def test_the_board_marks_several_items_agreed_at_once(qtbot, window):
    w = window
    for item_id in ("i-agreed", "i-private"):
        control = _editor(w, item_id).sharing.controls["marco"]
        control.proposed_action.trigger()
        qtbot.waitUntil(
            lambda c=control: c.state.state is SharingStateKind.PROPOSED, timeout=TIMEOUT
        )
    w.board_action.trigger()
    board = w._dialogs[-1]
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    page = board.pages["marco"]
    qtbot.waitUntil(lambda: page.awaiting.count() == 2, timeout=TIMEOUT)
    page._check_all()
    assert page.agree.isEnabled()
    page.agree.click()
    agree = board._dialog
    assert isinstance(agree, AgreeDialog)
    agree.accept()
    qtbot.waitUntil(
        lambda: {"i-agreed", "i-private"} <= set(page.view.included_ids()), timeout=TIMEOUT
    )
    assert page.awaiting.count() == 1 and not page.agree.isEnabled()  # "Nothing awaits"
    # The session's own controls follow what the board recorded.
    qtbot.waitUntil(
        lambda: "agreed" in _editor(w, "i-private").sharing.controls["marco"].text(),
        timeout=TIMEOUT,
    )


def test_a_blocked_recipient_cannot_be_marked_agreed_only_an_exception(qtbot, window):
    w = window
    control = _editor(w, "i-blocked").sharing.controls["marco"]
    assert "blocked" in control.text()
    assert "does not permit" in control.accessibleDescription()
    assert not control.agreed_action.isEnabled() and not control.proposed_action.isEnabled()
    control.agreed_action.trigger()  # a disabled action does nothing
    assert control._dialog is None
    # The coachee may receive notes: not blocked.
    assert _editor(w, "i-blocked").sharing.controls["sara"].agreed_action.isEnabled()
    # An exception needs a justification and the confirmation before it can be given.
    control.exception_action.trigger()
    dialog = control._dialog
    assert isinstance(dialog, ExceptionDialog)
    assert not dialog.ok.isEnabled()
    dialog.justification.setPlainText("Risk of serious harm to a colleague.")
    assert not dialog.ok.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: control.state.state is SharingStateKind.EXCEPTION, timeout=TIMEOUT)
    assert "exception" in control.text()


def test_reflections_have_no_sharing_controls(qtbot, window):
    w = window
    w.editor.kind.setCurrentIndex(w.editor.kind.findData(ItemKind.REFLECTION))
    w.editor.add_item()
    qtbot.waitUntil(lambda: len(w.editor.editors()) == 4, timeout=TIMEOUT)
    assert w.editor.editors()[-1].sharing is None
    assert all(e.sharing is not None for e in w.editor.editors()[:3])


def test_goals_are_shared_from_the_engagement_page_where_the_agreement_permits(qtbot, window):
    w = window
    sponsor = w.goals.controls[("g1", "marco")]
    assert not sponsor.isEnabled() and "blocked" in sponsor.text()
    assert "does not permit" in sponsor.accessibleDescription()
    coachee = w.goals.controls[("g1", "sara")]
    assert coachee.isEnabled() and "not shared" in coachee.text()
    coachee.click()
    qtbot.waitUntil(lambda: "shared" in coachee.text() and coachee.isChecked(), timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: w.engagement.page.engagement.goals[0].share_with == frozenset({"sara"}),
        timeout=TIMEOUT,
    )


def test_period_quick_picks():
    from coachdesk.gui.dialogs.report import last_month, last_quarter

    d = dt.date
    assert last_month(d(2026, 11, 25)) == (d(2026, 10, 1), d(2026, 10, 31))
    assert last_month(d(2026, 1, 10)) == (d(2025, 12, 1), d(2025, 12, 31))
    assert last_month(d(2024, 3, 1)) == (d(2024, 2, 1), d(2024, 2, 29))
    assert last_quarter(d(2026, 11, 25)) == (d(2026, 7, 1), d(2026, 9, 30))
    assert last_quarter(d(2026, 2, 1)) == (d(2025, 10, 1), d(2025, 12, 31))
    assert last_quarter(d(2026, 4, 1)) == (d(2026, 1, 1), d(2026, 3, 31))


def test_since_the_last_report_starts_the_day_after_its_period(qtbot, window, tmp_path):
    from coachdesk.gui.dialogs.report import SINCE_LAST

    w = window
    w.report_action.trigger()
    dialog = w._dialogs[-1]
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("marco"))
    dialog.period.setCurrentIndex(2)  # last quarter: a report over an earlier period
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    sent_until = dialog.request().period_to
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_to(tmp_path / "q.pdf")
    dialog.period.setCurrentIndex(SINCE_LAST)
    qtbot.waitUntil(
        lambda: dialog.request().period_from == sent_until + dt.timedelta(days=1),
        timeout=TIMEOUT,
    )
    assert dialog.request().period_to == TODAY


def test_the_team_report_from_the_app_shows_each_permitted_agent_and_is_recorded(
    qtbot, vault_info, tmp_path
):
    from coachdesk.gui.dialogs.team_report import TeamReportDialog
    from coachdesk.services import demo

    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        practice = demo.install_demo(vault, TODAY)
    names = {p.id: p.name for p in practice.people}
    team = [e for e in practice.engagements if e.role_of("paola") is not None]
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        w = unlock(qtbot, root, vault_info.passphrase)
        w.team_report_action.trigger()
        qtbot.waitUntil(lambda: isinstance(w._dialogs[-1] if w._dialogs else None,
                                           TeamReportDialog), timeout=TIMEOUT)  # fmt: skip
        dialog = w._dialogs[-1]
        dialog.recipient.setCurrentIndex(dialog.recipient.findData("paola"))
        dialog.start.setDate(dialog.start.date().addYears(-2))
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
        shown_engagements = {ds.header.engagement_id for ds in dialog.rendered.disclosure.agents}
        shown = {e.coachee_id for e in team if e.id in shown_engagements}
        assert 0 < len(shown) < len(team)  # the demo has an agent who shares nothing with her
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
            dialog.save_to(tmp_path / "team.pdf")
        text = _pdf_text((tmp_path / "team.pdf").read_bytes())
        for e in team:
            assert (names[e.coachee_id] in text) == (e.coachee_id in shown)
    finally:
        root.shutdown()


def test_the_team_view_sorts_opens_agents_and_takes_a_pasted_period(qtbot, vault_info):
    from coachdesk.gui.dialogs.team_measurements import MeasurementsDialog
    from coachdesk.gui.dialogs.team_paste import parse_number
    from coachdesk.gui.dialogs.team_view import TeamViewDialog
    from coachdesk.services import demo

    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, TODAY)
    root = App(vault_info.folder)
    qtbot.addWidget(root.window)
    try:
        w = unlock(qtbot, root, vault_info.passphrase)
        w.team_view_action.trigger()
        qtbot.waitUntil(lambda: bool(w._dialogs) and isinstance(w._dialogs[-1], TeamViewDialog),
                        timeout=TIMEOUT)  # fmt: skip
        view = w._dialogs[-1]
        view.leader.setCurrentIndex(view.leader.findData("paola"))
        qtbot.waitUntil(lambda: view.model.rowCount() >= 3, timeout=TIMEOUT)
        headers = [
            view.model.headerData(c, QtCore.Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount())
        ]
        assert "Coaching held" in headers and "Training held" in headers
        csat = headers.index("CSAT\n(%)")
        view.table.sortByColumn(csat, QtCore.Qt.SortOrder.DescendingOrder)
        values = [
            parse_number(view.model.index(r, csat).data().split()[0])
            for r in range(view.model.rowCount())
        ]
        assert values == sorted(values, reverse=True)
        # A period for the whole team, pasted as from a spreadsheet.
        view._ask_measurements()
        grid = view._dialog
        assert isinstance(grid, MeasurementsDialog)
        column = [name for name, _ in grid.overview.kpi_names].index("CSAT")
        grid.grid.setCurrentCell(0, column)
        rows = grid.overview.rows
        grid.paste("\n".join(f"9{n},5" for n in range(len(rows))))
        grid.preview.accept()  # numbers only: confirmed in the preview of who gets what
        grid._check()
        qtbot.waitUntil(lambda: "recorded" in view.message.text(), timeout=TIMEOUT)
        qtbot.waitUntil(
            lambda: (
                view.overview is not None
                and [r.kpis["CSAT"].latest for r in view.overview.rows]
                == [90.5 + 1 * n for n in range(len(rows))]
            ),
            timeout=TIMEOUT,
        )
        # Opening an agent from the view opens the engagement.
        view._activated(0, 0)
        qtbot.waitUntil(lambda: w.engagement.page is not None, timeout=TIMEOUT)
        assert w.engagement.page.engagement.id == view.model.index(0, 0).data(
            QtCore.Qt.ItemDataRole.UserRole
        )
    finally:
        root.shutdown()


def test_a_team_is_created_grown_and_given_a_kpi_set_from_the_team_view(qtbot, window):
    from coachdesk.gui.dialogs.new_team import KpiSetDialog, NewTeamDialog
    from coachdesk.gui.dialogs.team_view import TeamViewDialog

    w = window
    w.team_view_action.trigger()
    qtbot.waitUntil(
        lambda: bool(w._dialogs) and isinstance(w._dialogs[-1], TeamViewDialog), timeout=TIMEOUT
    )
    view = w._dialogs[-1]
    assert not view.measure.isEnabled()  # no team yet (Marco is a sponsor, not a manager)
    view._ask_new_team()
    qtbot.waitUntil(lambda: isinstance(view._dialog, NewTeamDialog), timeout=TIMEOUT)
    dialog = view._dialog
    dialog.title.setText("Inbound 2027")
    dialog.manager.setCurrentIndex(dialog.manager.findData("marco"))
    dialog.agents.setPlainText("Ada Agent\nBo Agent\n")
    dialog._check()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT)
    headers = [
        view.model.headerData(c, QtCore.Qt.Orientation.Horizontal)
        for c in range(view.model.columnCount())
    ]
    assert "CSAT\n(%)" in headers and "Average handling time\n(s)" in headers
    view._ask_add_agent()
    view._dialog.textValueSelected.emit("Cleo Agent")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
    view._ask_add_agent()
    view._dialog.textValueSelected.emit(" cleo  agent ")  # the same name again
    assert "already in this team" in view.message.text() and view.model.rowCount() == 3
    view._ask_kpi_set()
    qtbot.waitUntil(lambda: isinstance(view._dialog, KpiSetDialog), timeout=TIMEOUT)
    kpis = view._dialog
    kpis.kpi_set.table.item(0, 4).setText("360")  # AHT target for everyone
    kpis._check()
    qtbot.waitUntil(
        lambda: (
            view.overview is not None
            and all(r.kpis["Average handling time"].target == 360 for r in view.overview.rows)
        ),
        timeout=TIMEOUT,
    )
    # The new agents appear in the navigation too.
    qtbot.waitUntil(
        lambda: any("Cleo Agent" in text for text in all_child_texts(w)),
        timeout=TIMEOUT,
    )


def test_a_password_protected_report_is_previewed_and_saved_encrypted(qtbot, window, tmp_path):
    w = window
    control = _editor(w, "i-agreed").sharing.controls["marco"]
    control.agreed_action.trigger()
    control._dialog.accept()
    qtbot.waitUntil(lambda: control.state.state is SharingStateKind.AGREED, timeout=TIMEOUT)
    w.report_action.trigger()
    dialog = w._dialogs[-1]
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("marco"))
    dialog.password.setText("open sesame 42")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.rendered.password_protected
    assert dialog.document.pageCount() >= 1  # the preview opens the encrypted bytes
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_to(tmp_path / "locked.pdf")
    reader = pypdf.PdfReader(tmp_path / "locked.pdf")
    assert reader.is_encrypted
    reader.decrypt("open sesame 42")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert AGREED in text and PRIVATE not in text
    assert b"open sesame" not in (tmp_path / "locked.pdf").read_bytes()


# -- consent binds to the text on screen (spec §4) ----------------------------------------


def _awaiting(page):
    return [page.awaiting.item(i).text() for i in range(page.awaiting.count())]


def _stored(qtbot, w, item_id):
    """The item as the vault holds it now (read on the database thread)."""
    got = []
    w._tasks.run(lambda ctx: session_repo.item_context(ctx.db, item_id)[0], got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return got[0]


def _propose_and_open_board(qtbot, w, item_id):
    control = _editor(w, item_id).sharing.controls["marco"]
    control.proposed_action.trigger()
    qtbot.waitUntil(lambda: control.state.state is SharingStateKind.PROPOSED, timeout=TIMEOUT)
    w.board_action.trigger()
    board = w._dialogs[-1]
    assert isinstance(board, BoardDialog)
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    return board, board.pages["marco"]


def test_the_board_refuses_agreement_to_a_text_edited_since_it_was_shown(qtbot, window, tmp_path):
    w = window
    board, page = _propose_and_open_board(qtbot, w, "i-agreed")
    qtbot.waitUntil(lambda: any(AGREED in line for line in _awaiting(page)), timeout=TIMEOUT)
    page._check_all()
    page.agree.click()  # the coachee reads text A on the board…
    agree = board._dialog
    assert isinstance(agree, AgreeDialog)
    # …while the item is edited to B and saved in the window.
    _editor(w, "i-agreed").text.setPlainText(EDITED)
    with qtbot.waitSignal(w.editor.data_changed, timeout=TIMEOUT):
        w.editor.flush()
    # The board follows the change by itself.
    qtbot.waitUntil(lambda: any(EDITED in line for line in _awaiting(page)), timeout=TIMEOUT)
    assert page.checked() == {}  # a changed text is looked at again, not kept checked
    agree.accept()  # consent to A, which is no longer the text
    qtbot.waitUntil(lambda: board.message.isVisible(), timeout=TIMEOUT)
    assert "the text changed since it was shown" in board.message.text()
    stored = _stored(qtbot, w, "i-agreed")
    assert stored.text == EDITED
    assert stored.state_for("marco").state is SharingStateKind.PROPOSED  # nothing recorded
    assert "i-agreed" not in page.view.included_ids()
    assert any(EDITED in line for line in _awaiting(page))
    board.close()
    text = _save_report_for_sponsor(qtbot, w, tmp_path / "after.pdf")
    assert EDITED not in text and AGREED not in text and PRIVATE not in text


def test_a_text_typed_but_not_yet_saved_is_saved_before_the_board_records(qtbot, window):
    w = window
    board, page = _propose_and_open_board(qtbot, w, "i-private")
    qtbot.waitUntil(lambda: any(PRIVATE in line for line in _awaiting(page)), timeout=TIMEOUT)
    page._check_all()
    # Typed in the session, still waiting for the autosave: the board still shows A.
    _editor(w, "i-private").text.setPlainText(PRIVATE + ", and her peers")
    page.agree.click()
    board._dialog.accept()
    qtbot.waitUntil(lambda: board.message.isVisible(), timeout=TIMEOUT)
    assert "the text changed since it was shown" in board.message.text()
    stored = _stored(qtbot, w, "i-private")
    assert stored.text == PRIVATE + ", and her peers"
    assert stored.state_for("marco").state is SharingStateKind.PROPOSED
    qtbot.waitUntil(lambda: any("her peers" in line for line in _awaiting(page)), timeout=TIMEOUT)
    # Agreed again on the text the board now shows, it is recorded, bound to that text.
    page._check_all()
    page.agree.click()
    board._dialog.accept()
    qtbot.waitUntil(lambda: "i-private" in page.view.included_ids(), timeout=TIMEOUT)
    assert not board.message.isVisible()
    stored = _stored(qtbot, w, "i-private")
    assert stored.effective_state("marco") is SharingStateKind.AGREED


def test_pending_edits_are_saved_before_the_board_opens(qtbot, window):
    w = window
    control = _editor(w, "i-private").sharing.controls["marco"]
    control.proposed_action.trigger()
    qtbot.waitUntil(lambda: control.state.state is SharingStateKind.PROPOSED, timeout=TIMEOUT)
    _editor(w, "i-private").text.setPlainText("Typed a moment ago")
    w.board_action.trigger()  # before the autosave's second has passed
    board = w._dialogs[-1]
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    page = board.pages["marco"]
    qtbot.waitUntil(lambda: page.awaiting.count() > 0, timeout=TIMEOUT)
    assert any("Typed a moment ago" in line for line in _awaiting(page)), _awaiting(page)


def test_the_open_report_dialog_follows_a_consent_recorded_in_the_session(qtbot, window):
    w = window
    w.report_action.trigger()
    dialog = w._dialogs[-1]
    assert isinstance(dialog, ReportDialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("marco"))
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    assert "i-agreed" not in dialog.included.included_ids()
    control = _editor(w, "i-agreed").sharing.controls["marco"]
    control.agreed_action.trigger()
    control._dialog.accept()
    qtbot.waitUntil(
        lambda: dialog.save_button.isEnabled() and "i-agreed" in dialog.included.included_ids(),
        timeout=TIMEOUT,
    )
    assert AGREED in _pdf_text(dialog.rendered.pdf)
    assert dialog.recipient_id() == "marco"  # the coach's choice stays


def test_the_report_dialogs_offer_no_date_after_today(qtbot, window):
    from coachdesk.gui.dialogs.team_report import TeamReportDialog

    w = window
    w.report_action.trigger()
    dialog = w._dialogs[-1]
    for edit in (dialog.start, dialog.end):
        assert edit.maximumDate().toPython() == TODAY
        edit.setDate(edit.date().addDays(30))
        assert edit.date().toPython() <= TODAY
    team = TeamReportDialog(w._tasks, [("marco", "Marco Blu")], w)
    qtbot.addWidget(team)
    for edit in (team.start, team.end):
        assert edit.maximumDate().toPython() == TODAY
    # Dated after today somehow (a dialog left open past midnight, a caller's mistake):
    # refused, never rendered.
    late = ReportDialog(w._tasks, w.engagement.page.engagement, w.engagement.page.names, w,
                        today=TODAY + dt.timedelta(days=1))  # fmt: skip
    qtbot.addWidget(late)
    late.refresh_preview()
    assert late.message.text() == "A report cannot be dated after today."
    assert late.rendered is None and not late.save_button.isEnabled()


def test_an_edit_voids_an_exception_and_the_control_and_board_say_so(qtbot, window, tmp_path):
    w = window
    control = _editor(w, "i-blocked").sharing.controls["marco"]
    control.exception_action.trigger()
    dialog = control._dialog
    dialog.justification.setPlainText("Risk of serious harm to a colleague.")
    dialog.confirm.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: control.state.state is SharingStateKind.EXCEPTION, timeout=TIMEOUT)
    assert control.text().endswith("exception") and not control.exception_void
    changed = BLOCKED + " (reworded)"
    editor = _editor(w, "i-blocked")
    editor.text.setPlainText(changed)
    assert "voids the exception for Marco Blu" in editor.warning.text()
    assert "exception void" in control.text()
    assert "record it again" in control.toolTip()
    assert "record it again" in control.accessibleDescription()
    with qtbot.waitSignal(w.editor.data_changed, timeout=TIMEOUT):
        w.editor.flush()
    w.board_action.trigger()
    board = w._dialogs[-1]
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    page = board.pages["marco"]
    qtbot.waitUntil(lambda: page.void.count() == 1, timeout=TIMEOUT)
    assert not page.void.isHidden() and changed in page.void.item(0).text()
    assert "i-blocked" not in page.view.included_ids()
    assert board.pages["sara"].void.isHidden()
    board.close()
    text = _save_report_for_sponsor(qtbot, w, tmp_path / "void.pdf")
    assert changed not in text and BLOCKED not in text
    # Recorded again on the new text: valid, and gone from the board's list.
    control.exception_action.trigger()
    dialog = control._dialog
    dialog.justification.setPlainText("Risk of serious harm to a colleague.")
    dialog.confirm.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not control.exception_void, timeout=TIMEOUT)
    assert control.text().endswith("exception") and not editor.warning.isVisible()
    text = _save_report_for_sponsor(qtbot, w, tmp_path / "again.pdf")
    assert changed in text


def test_one_person_in_two_roles_is_refused_with_a_reason(qtbot, window):
    from coachdesk.domain import Stakeholder
    from coachdesk.gui.dialogs.entities import EngagementDialog
    from coachdesk.services import editing

    w = window
    w.edit_engagement_action.trigger()
    dialog = w._dialogs[-1]
    assert isinstance(dialog, EngagementDialog)
    dialog._add_row(Stakeholder("marco", Role.HR))  # Marco is the sponsor already
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Marco Blu is listed twice: a person can have only one role in an engagement."
    )
    # Past the dialog, the service says it in words, and the window shows them.
    twice = dataclasses.replace(
        w.engagement.page.engagement,
        stakeholders=(Stakeholder("marco", Role.SPONSOR), Stakeholder("marco", Role.HR)),
    )
    w.practice.run(lambda ctx: editing.update_engagement(ctx.db, twice), lambda _: None)
    qtbot.waitUntil(
        lambda: (
            w.statusBar().currentMessage() == "a person can have only one role in an engagement"
        ),
        timeout=TIMEOUT,
    )


def test_the_open_board_follows_a_new_session_and_its_deletion(qtbot, window):
    from coachdesk.services import editing

    w = window
    w.board_action.trigger()
    board = w._dialogs[-1]
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    view = board.pages["marco"].view  # the sponsor may see attendance
    qtbot.waitUntil(lambda: "s1" in view.included_ids(), timeout=TIMEOUT)
    w.sessions_list.new_session()
    qtbot.waitUntil(lambda: len(view.included_ids()) == 2, timeout=TIMEOUT)
    new = next(i for i in view.included_ids() if i != "s1")
    w.sessions_list.run(lambda ctx: editing.delete_session(ctx.db, new), w.sessions_list.deleted)
    qtbot.waitUntil(lambda: view.included_ids() == ["s1"], timeout=TIMEOUT)


def test_a_board_or_report_closed_while_its_work_runs_is_left_alone(qtbot, window):
    import threading

    import shiboken6

    w = window
    w.board_action.trigger()
    board = w._dialogs[-1]
    qtbot.waitUntil(lambda: "marco" in board.pages, timeout=TIMEOUT)
    w.report_action.trigger()
    report = w._dialogs[-1]
    qtbot.waitUntil(lambda: report.save_button.isEnabled(), timeout=TIMEOUT)
    gate = threading.Event()
    w._tasks.run(lambda ctx: gate.wait(TIMEOUT / 1000))  # hold the database thread
    w.reload_page()  # both dialogs ask for their data again, behind the held work
    board.close()
    report.close()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(board) and not shiboken6.isValid(report), timeout=TIMEOUT
    )
    gate.set()
    qtbot.waitUntil(lambda: w._tasks.pending == 0, timeout=TIMEOUT)  # and no error raised
