"""The agreement document (spec §5): its words for each recipient follow the agreement
version, in English and Italian; it is deterministic; it is recorded in the ledger as kind
``agreement`` with a kept copy, and ``verify``'s check reproduces it, or names the change."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from dataclasses import replace

import pytest

from coachdesk.domain import Category, Language, Role
from coachdesk.errors import InvalidInput
from coachdesk.export.i18n import Texts
from coachdesk.services import agreement_doc, demo, editing, reports
from coachdesk.storage import engagement_repo, ledger_repo, people_repo

TODAY = dt.date(2026, 6, 30)


def _text(pdf: bytes) -> str:
    """The document's text as pdftotext reads it, lines joined by spaces."""
    out = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


@pytest.fixture
def vault_demo(vault):
    demo.install_demo(vault, TODAY)
    return vault


def test_each_recipient_reads_what_they_will_receive_and_never_receive(vault_demo):
    db = vault_demo.db
    rendered = agreement_doc.render(db, "eng-anna", language=Language.EN)
    text = _text(rendered.pdf)
    t = Texts(Language.EN)
    engagement = engagement_repo.load_engagement(db, "eng-anna")
    a = engagement.current_agreement
    assert rendered.document.agreement.version == a.version  # the latest by default
    assert engagement.title in text and "Anna Rossi" in text
    for key in ("ad_consent_text", "ad_exceptions_text", "ad_never_always"):
        assert " ".join(t(key).split()) in text, key
    assert a.exceptions in text and " ".join(a.text.split()) in text
    # HR may receive attendance only: its "will receive" row says just that.
    hr_permits = a.permits[Role.HR]
    assert hr_permits == {Category.ATTENDANCE}
    assert t("ad_cat_attendance") in text
    # Every party has a signature line.
    for person in engagement.recipients:
        name = next(p.name for p in people_repo.people(db) if p.id == person)
        assert name in text
    assert text.count("_" * 28) == len(engagement.recipients) + 1


def test_the_italian_document_speaks_italian(vault_demo):
    rendered = agreement_doc.render(vault_demo.db, "eng-anna", version=1)
    text = _text(rendered.pdf)
    t = Texts(Language.IT)
    assert t("ad_title") in text and t("ad_consent") in text and t("ad_signatures") in text
    assert "versione 1" in text


def test_the_document_is_deterministic(vault_demo):
    one = agreement_doc.render(vault_demo.db, "eng-anna", version=2).pdf
    two = agreement_doc.render(vault_demo.db, "eng-anna", version=2).pdf
    assert one == two


def test_an_unknown_version_or_engagement_is_refused(vault_demo):
    with pytest.raises(InvalidInput, match="no agreement version 9"):
        agreement_doc.render(vault_demo.db, "eng-anna", version=9)
    with pytest.raises(InvalidInput):
        agreement_doc.render(vault_demo.db, "nope")


def test_saving_records_a_ledger_entry_with_a_kept_copy_that_verify_reproduces(
    vault_demo, tmp_path
):
    db = vault_demo.db
    out = tmp_path / "agreement.pdf"
    rendered = agreement_doc.render(db, "eng-anna", version=2)
    entry = agreement_doc.save(vault_demo, rendered, out)
    data = out.read_bytes()
    assert entry.kind == "agreement" and entry.agreement_version == 2
    assert entry.file_sha256 == hashlib.sha256(data).hexdigest()
    engagement = engagement_repo.load_engagement(db, "eng-anna")
    assert {f.id for f in entry.facts if f.kind == "recipient"} == set(engagement.recipients)
    with db.transaction():
        assert ledger_repo.kept_copy(db, entry.id) == data
    assert reports.check_entry(vault_demo, entry).reproduces
    # The coachee's name changes: the document no longer reproduces, and verify says why.
    anna = next(p for p in people_repo.people(db) if p.id == "anna")
    editing.update_person(db, replace(anna, name="Anna Rossi-Bianchi"))
    again = reports.check_entry(vault_demo, entry)
    assert not again.reproduces and "changed" in again.reason


def test_the_ledger_view_names_an_agreement_entry_s_facts(vault_demo, tmp_path):
    db = vault_demo.db
    rendered = agreement_doc.render(db, "eng-anna", version=2)
    entry = agreement_doc.save(vault_demo, rendered, tmp_path / "a.pdf")
    views = reports.describe_facts(db, entry)
    assert [(v.kind, v.label) for v in views][:2] == [("agreement", "2"), ("recipient", "coachee")]
    assert all(v.present for v in views)
