"""File → Coaching log…: the preview is the very PDF the log service makes, and saving writes
the previewed PDF or CSV bytes (real worker thread, real SQLCipher, real QtPdf)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtPdf import QPdfDocument

from coachdesk.domain import Language
from coachdesk.gui.dialogs.coaching_log import CoachingLogDialog
from coachdesk.gui.tasks import Tasks
from coachdesk.interchange import to_document
from coachdesk.policy.coaching_log import build_log
from coachdesk.services import coaching_log, interchange
from coaching_log_sample import sample_practice as _sample

TIMEOUT = 20_000
TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def tasks(qtbot, vault_info):
    tasks = Tasks()
    out: list[object] = []

    def fill(ctx):
        ctx.open(vault_info.folder, vault_info.passphrase)
        interchange.import_bytes(ctx.vault, json.dumps(to_document(_sample())).encode())

    tasks.run(fill, out.append, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=TIMEOUT)
    yield tasks
    tasks.shutdown()


def test_preview_shows_the_log_pdf_and_save_writes_those_bytes(qtbot, tasks, tmp_path):
    dialog = CoachingLogDialog(tasks, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.show()
    assert dialog.preview.pdf.status() is QPdfDocument.Status.Ready
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF")
    for suffix, data in (("pdf", dialog.pdf), ("csv", dialog.csv)):
        path = tmp_path / f"log.{suffix}"
        with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
            dialog.save_to(path)
        assert path.read_bytes() == data
    assert dialog.csv.startswith(b"\xef\xbb\xbf")
    # The very bytes the service makes for the same period.
    log = build_log(_sample(), dt.date(2026, 1, 1), TODAY, Language.EN)
    assert dialog.pdf == coaching_log.render(log, "pdf")


def test_changing_the_language_previews_again(qtbot, tasks):
    dialog = CoachingLogDialog(tasks, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.show()
    english = dialog.pdf
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.language.setCurrentIndex(1)
    assert dialog.pdf != english
    assert b"Registro delle ore di coaching" not in english


def test_a_reversed_period_says_so_and_offers_nothing_to_save(qtbot, tasks):
    from PySide6.QtCore import QDate

    dialog = CoachingLogDialog(tasks, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        dialog.show()
    dialog.start.setDate(QDate(2026, 6, 1))
    dialog.end.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: "period would be empty" in dialog.message.text(), timeout=TIMEOUT)
    assert not dialog.save_pdf.isEnabled() and not dialog.save_csv.isEnabled()
    dialog.end.setDate(QDate(2026, 6, 30))
    qtbot.waitUntil(lambda: dialog.save_pdf.isEnabled(), timeout=TIMEOUT)
    assert "ledger" in dialog.message.text()
