"""English and Italian are both first-class: the Italian translation is complete, current
with the source, compiled, and loaded by the app (with Qt's own strings)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from coachdesk import resources
from coachdesk.gui.app import load_translation
from coachdesk.gui.mainwindow import MainWindow
from coachdesk.gui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "coachdesk_it.ts"
QM = ROOT / "resources" / "i18n" / "coachdesk_it.qm"
GUI_SOURCES = sorted(str(p) for p in (ROOT / "src" / "coachdesk" / "gui").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is part of PySide6-Essentials"
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


def test_every_string_in_the_window_is_in_the_italian_file_and_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), *GUI_SOURCES, "-ts", str(fresh), "-no-obsolete",
         "-locations", "none"],
        check=True, capture_output=True,
    )  # fmt: skip
    committed, current = _messages(TS), _messages(fresh)
    assert set(current) == set(committed), "run pyside6-lupdate (resources/i18n/README.md)"
    for key, message in committed.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, key
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(f and f.strip() for f in forms), key
        # Placeholders survive translation.
        for placeholder in ("{n}", "{code}", "{reason}", "{kind}", "{v}", "{d}", "%n"):
            if placeholder in key[1]:
                assert all(placeholder in f for f in forms), (key, placeholder)


def test_the_compiled_translation_matches_its_source(tmp_path):
    out = tmp_path / "it.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (resources/i18n/README.md)"
    assert resources.path("i18n", "coachdesk_it.qm").read_bytes() == QM.read_bytes()


@pytest.fixture
def italian(qapp: QApplication):
    before = QLocale()
    translators = load_translation(qapp, "it")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(before)


def test_the_window_speaks_italian_and_so_do_qt_s_own_buttons(qtbot, italian):
    assert len(italian) == 2  # CoachDesk's and Qt's (qtbase)
    tasks = Tasks()
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    try:
        assert window.search_action.text() == "&Cerca nelle note"
        assert window.heading.text() == "Scegli un percorso"
        assert [
            m.title()
            for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        ]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annulla"
        assert QCoreApplication.translate("labels", "three-way meeting") == "incontro a tre"
    finally:
        tasks.shutdown()


def _mnemonics(widget: QWidget) -> list[str]:
    """The Alt+letter keys a dialog offers: buttons, check boxes, and labels with a buddy."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = []
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [
        lab.text() for lab in widget.findChildren(QLabel) if lab.buddy() and lab.isVisibleTo(widget)
    ]
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).casefold())
    return keys


@pytest.mark.parametrize("language", ["en", "it"])
def test_no_two_controls_of_a_dialog_share_an_alt_key(qtbot, qapp, language):
    import datetime as dt

    from coachdesk.domain import Agreement, Category, Engagement, Person, Role, Stakeholder
    from coachdesk.gui.dialogs.create_vault import CreateVaultDialog
    from coachdesk.gui.dialogs.entities import EngagementDialog, PersonDialog
    from coachdesk.gui.dialogs.new_team import NewTeamDialog
    from coachdesk.gui.dialogs.report import ReportDialog
    from coachdesk.gui.widgets.actions import ActionDialog
    from coachdesk.gui.widgets.agreement import AgreementDialog
    from coachdesk.gui.widgets.goals import KpiDialog
    from coachdesk.gui.widgets.sharing import AgreeDialog, ExceptionDialog, Recipient

    before = QLocale()
    translators = load_translation(qapp, language) if language == "it" else []
    tasks = Tasks()
    try:
        people = [Person("a", "Ada"), Person("b", "Bo")]
        engagement = Engagement(
            "e", "a", "T", dt.date(2026, 1, 1), stakeholders=(Stakeholder("b", Role.SPONSOR),),
            agreements=(Agreement(1, dt.date(2026, 1, 1), {Role.COACHEE: frozenset(Category)}),),
        )  # fmt: skip
        recipient = Recipient("b", "Bo", Role.SPONSOR)
        create = CreateVaultDialog(tasks, Path("/nonexistent/coachdesk-test"))
        dialogs = [
            AgreeDialog(recipient),
            ExceptionDialog(recipient),
            EngagementDialog(people, [], None),
            PersonDialog([]),
            ActionDialog(engagement, {"a": "Ada", "b": "Bo"}),
            KpiDialog(),
            AgreementDialog(engagement),
            NewTeamDialog(people),
            ReportDialog(tasks, engagement, {"a": "Ada", "b": "Bo"}),
            create,
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            keys = _mnemonics(dialog)
            assert len(keys) == len(set(keys)), (type(dialog).__name__, keys)
        # The recovery-code page of the welcome dialog.
        create.pages.setCurrentIndex(1)
        page = create.pages.currentWidget()
        keys = _mnemonics(page)
        assert len(keys) == len(set(keys)), keys
    finally:
        tasks.shutdown()
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)


def _menu_keys(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).casefold())
    return keys


@pytest.mark.parametrize("language", ["en", "it"])
def test_no_two_items_of_a_main_window_menu_share_an_alt_key(qtbot, qapp, language):
    """Issue 21: File, Engagement and the others, in both languages: each menu's items and
    the menu bar's titles have an Alt key of their own."""
    from PySide6.QtWidgets import QMenu

    before = QLocale()
    translators = load_translation(qapp, language) if language == "it" else []
    tasks = Tasks()
    try:
        window = MainWindow(tasks)
        qtbot.addWidget(window)
        bar = window.menuBar()
        titles = [a.text() for a in bar.actions() if a.isVisible()]
        assert len(titles) >= 4
        assert len(_menu_keys(titles)) == len(set(_menu_keys(titles))), titles
        menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
        for menu in menus:
            menus += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            keys = _menu_keys(texts)
            assert len(keys) == len(set(keys)), (menu.title(), texts)
    finally:
        tasks.shutdown()
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)


def test_every_fixed_message_of_the_services_can_be_said_in_the_window_s_language():
    """A refusal from a service reaches the window through error_text; each fixed sentence
    is listed for translation (and so, by the test above, translated)."""
    from coachdesk.gui.messages import SERVICE_MESSAGES

    pattern = re.compile(r'raise (?:InvalidInput|CoachDeskError)\("([^"]*)"\)')
    found = set()
    for folder in ("services", "security", "storage"):
        for path in (ROOT / "src" / "coachdesk" / folder).rglob("*.py"):
            found |= set(pattern.findall(path.read_text(encoding="utf-8")))
    assert found <= set(SERVICE_MESSAGES), sorted(found - set(SERVICE_MESSAGES))


def test_a_service_refusal_is_shown_in_italian(qapp, italian):
    from coachdesk.errors import InvalidInput
    from coachdesk.gui.messages import error_text

    text = error_text(InvalidInput("an engagement cannot end before it starts"))
    assert text != "an engagement cannot end before it starts" and "percorso" in text


def test_italian_dates_read_dd_mm_yyyy_in_sentences_lists_and_editors(qtbot, italian):
    """Issue 21: one helper per format; the Italian window writes 17/08/2026."""
    import datetime as dt

    from coachdesk.gui import labels

    assert labels.date_format() == "dd/MM/yyyy"
    assert labels.date(dt.date(2026, 8, 17)) == "17/08/2026"
    assert labels.date_time(dt.datetime(2026, 8, 2, 9, 5)) == "02/08/2026 09:05"


def test_english_dates_stay_iso():
    import datetime as dt

    from coachdesk.gui import labels

    assert labels.date(dt.date(2026, 8, 17)) == "2026-08-17"


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_kpi_dialog_shows_and_takes_back_the_locale_s_decimal_separator(qtbot, qapp, language):
    """Issue 21: the Italian KPI dialog pre-filled 4.5, which its own field refused."""
    from PySide6.QtGui import QValidator

    from coachdesk.domain import Better, Kpi
    from coachdesk.gui.widgets.goals import KpiDialog

    before = QLocale()
    translators = load_translation(qapp, language) if language == "it" else []
    try:
        kpi = Kpi("k", "CSAT", "%", Better.HIGHER, 4.5, 1234.25)
        dialog = KpiDialog(None, kpi)
        qtbot.addWidget(dialog)
        shown = {"en": ("4.5", "1234.25"), "it": ("4,5", "1234,25")}[language]
        assert (dialog.baseline.text(), dialog.target.text()) == shown
        for edit in (dialog.baseline, dialog.target):
            state = edit.validator().validate(edit.text(), 0)[0]
            assert state == QValidator.State.Acceptable, edit.text()
        value = dialog.value()
        assert (value.baseline, value.target) == (4.5, 1234.25)
        dialog.baseline.setText("4.75")  # the point form is read too
        assert dialog.value().baseline == 4.75
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)


def test_the_team_s_kpi_table_shows_and_reads_back_the_decimal_comma(qtbot, italian):
    from coachdesk.domain import Better, Kpi
    from coachdesk.gui.dialogs.new_team import KpiSetTable

    table = KpiSetTable((Kpi("k", "CSAT", "%", Better.HIGHER, 4.5, 88.25),))
    qtbot.addWidget(table)
    assert [table.table.item(0, c).text() for c in (3, 4)] == ["4,5", "88,25"]
    (kpi,) = table.kpis()
    assert (kpi.baseline, kpi.target) == (4.5, 88.25)
