"""What the two report dialogs share (gui/dialogs/report_base.py), through a dialog of the
smallest kind: nothing can be saved until the preview shows what would be saved, a rendering
that arrives after a change is dropped, no report is dated after today, and Save writes the
previewed rendering with its ledger entry on the database worker."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget
from reportlab.pdfgen import canvas

from coachdesk.domain import Language, LedgerEntry
from coachdesk.gui.dialogs.report_base import ReportDialogBase
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.dates import pydate
from coachdesk.services.vault import Vault

TIMEOUT = 15_000
TODAY = dt.date.today()


def _pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "A report")
    page.save()
    return out.getvalue()


@dataclass(frozen=True)
class Rendering:
    pdf: bytes
    n: int


@dataclass(frozen=True)
class Asked:
    report_date: dt.date
    period_to: dt.date | None
    language: Language | None


class Sample(ReportDialogBase[Rendering, Asked]):
    def __init__(self, tasks: Tasks, today: dt.date | None = None) -> None:
        super().__init__(
            tasks, None, today, title="Sample", own_language="Its own", dates=(TODAY, TODAY)
        )
        self.renders = 0
        self.saved_to: list[tuple[int, Path]] = []
        form = QFormLayout()
        self._add_recipient_row(form)
        self._add_dates_row(form, "&Period:", self.start)
        self._add_language_and_password_rows(form)
        left = QWidget()
        QVBoxLayout(left).addLayout(form)
        self._finish(left, [400, 700])
        self.name_gate._named = True  # the coach's name is tested with the real dialogs

    def request(self) -> Asked:
        return Asked(self.today, pydate(self.end), self.language_choice())

    def _render(self, ctx: Context, request: Asked, password: str | None) -> Rendering:
        self.renders += 1
        return Rendering(_pdf(), self.renders)

    def _show_rendered(self, rendered: Rendering) -> None:
        self.message.setText(f"rendering {rendered.n}")

    def _save(self, vault: Vault, rendered: Rendering, path: Path) -> LedgerEntry:
        self.saved_to.append((rendered.n, path))
        return LedgerEntry(
            rendered.n, dt.datetime(2026, 1, 1), "report", None, "r", "sponsor", TODAY, TODAY,
            TODAY, Language.EN, None, (), "0" * 64, "0" * 64, False,
        )  # fmt: skip

    def _save_question(self) -> tuple[str, str]:
        return "Save the sample", "sample.pdf"


@pytest.fixture
def tasks(qtbot, vault_info):
    tasks = Tasks()
    opened: list[object] = []
    tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    yield tasks
    tasks.shutdown()


def _dialog(qtbot, tasks, today=None) -> Sample:
    dialog = Sample(tasks, today)
    qtbot.addWidget(dialog)
    return dialog


def test_nothing_is_saved_until_the_preview_shows_it(qtbot, tasks):
    dialog = _dialog(qtbot, tasks)
    assert dialog.language.itemText(0) == "Its own" and dialog.language_choice() is None
    dialog.language.setCurrentIndex(2)
    assert dialog.language_choice() is Language.IT
    dialog._changed()
    assert not dialog.save_button.isEnabled() and dialog.rendered is None
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=TIMEOUT)
    assert dialog.save_button.isEnabled() and dialog.message.text() == "rendering 1"
    assert dialog.document.pageCount() == 1  # the very bytes, shown
    dialog._changed()  # a change: the old preview can no longer be saved
    assert not dialog.save_button.isEnabled() and dialog.rendered is None


def test_a_rendering_that_arrives_after_a_change_is_dropped(qtbot, tasks):
    dialog = _dialog(qtbot, tasks)
    late = dialog._generation
    dialog._changed()
    dialog._rendered(late, Rendering(_pdf(), 99), None)
    assert dialog.rendered is None and not dialog.save_button.isEnabled()
    dialog._rendered(dialog._generation, Rendering(_pdf(), 7), None)
    assert dialog.rendered is not None and dialog.rendered.n == 7


def test_no_report_is_dated_after_today(qtbot, tasks):
    tomorrow = TODAY + dt.timedelta(days=1)
    dialog = _dialog(qtbot, tasks, today=tomorrow)
    assert dialog.end.maximumDate().toPython() == TODAY  # never offered
    dialog.refresh_preview()
    assert dialog.message.text() == "A report cannot be dated after today."
    assert dialog.renders == 0 and tasks.pending == 0


def test_save_writes_the_previewed_rendering_and_says_where(qtbot, tasks, tmp_path):
    dialog = _dialog(qtbot, tasks)
    dialog.save_to(tmp_path / "nothing.pdf")  # nothing previewed yet: nothing saved
    assert dialog.saved_to == []
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_to(tmp_path / "sample.pdf")
        assert not dialog.save_button.isEnabled()  # waits while the worker saves
    assert saved.args[0].id == 1 and dialog.saved_to == [(1, tmp_path / "sample.pdf")]
    assert "sample.pdf" in dialog.message.text() and dialog.save_button.isEnabled()
