"""The Agreement tab's "Agreement document…" (spec §5), in the real window: the dialog
previews the very bytes (QtPdf), a change of version or language renders again, and saving
writes those bytes and records the ledger entry."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from helpers import child, select, unlocked_app
from PySide6.QtPdf import QPdfDocument

from coachdesk.domain import Language
from coachdesk.gui.dialogs.agreement_doc import AgreementDocDialog
from coachdesk.gui.widgets.engagement_tabs import AGREEMENT_TAB
from coachdesk.services import demo
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000


@pytest.fixture
def root(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        demo.install_demo(vault, dt.date.today())
    root = unlocked_app(qtbot, vault_info.folder, vault_info.passphrase)
    w = root.window
    select(w, child(w, "ACME S.p.A.", 0))
    qtbot.waitUntil(
        lambda: w.engagement.page is not None and w.engagement.page.engagement is not None,
        timeout=TIMEOUT,
    )
    yield root
    root.shutdown()


def test_preview_is_the_saved_bytes_and_saving_records_the_ledger_entry(
    qtbot, root, vault_info, tmp_path
):
    w = root.window
    w.tabs.setCurrentIndex(AGREEMENT_TAB)
    button = w.tabs.agreement.document
    assert button.isEnabled()
    button.click()
    dialog = w.tabs._dialog
    assert isinstance(dialog, AgreementDocDialog)
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: dialog.preview.pdf.status() == QPdfDocument.Status.Ready, timeout=TIMEOUT
    )
    assert dialog.preview.pdf.pageCount() >= 1
    assert dialog.rendered.document.language is Language.IT  # the engagement's language
    first = dialog.rendered
    with qtbot.waitSignal(dialog.rendered_ready, timeout=TIMEOUT):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.rendered is not first
    assert dialog.rendered.document.language is Language.EN
    out = tmp_path / "agreement.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_to(out)
    assert out.read_bytes() == dialog.rendered.pdf
    entry = saved.args[0]
    assert entry.kind == "agreement"
    assert entry.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.agreement_version == dialog.rendered.document.agreement.version
    dialog.close()
