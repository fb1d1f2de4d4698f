"""``coachdesk agreement`` (spec §9): the latest version by default, --version and --lang,
a ledger entry that ``verify`` checks; exit codes for a bad engagement or version (6) and a
missing --out (2)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from coachdesk.services import demo
from coachdesk.services import vault as vault_service


def _fill(info):
    with vault_service.open_vault(info.folder, info.passphrase) as v:
        demo.install_demo(v, dt.date.today())


def agreement(run_cli, info, *args):
    return run_cli(
        "agreement", "--vault", info.folder, "--passphrase-file", info.passphrase_file, *args
    )


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_writes_the_latest_version_and_records_it(run_cli, vault_info, tmp_path):
    _fill(vault_info)
    out = tmp_path / "a.pdf"
    r = agreement(run_cli, vault_info, "--engagement", "eng-anna", "--out", out)
    assert r.code == 0, r.err
    assert "Agreement version 2" in r.out
    text = _text(out)
    assert "Accordo di coaching" in text and "versione 2" in text
    ledger = run_cli(
        "ledger", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file,
        "--json",
    )  # fmt: skip
    assert '"agreement"' in ledger.out
    verify = run_cli(
        "verify", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file
    )
    assert verify.code == 0, verify.out + verify.err


def test_version_and_language_are_chosen(run_cli, vault_info, tmp_path):
    _fill(vault_info)
    out = tmp_path / "a1.pdf"
    r = agreement(
        run_cli, vault_info, "--engagement", "eng-anna", "--version", "1", "--lang", "en",
        "--out", out,
    )  # fmt: skip
    assert r.code == 0, r.err
    text = _text(out)
    assert "Coaching agreement" in text and "version 1" in text


def test_a_bad_engagement_or_version_exits_6_and_writes_nothing(run_cli, vault_info, tmp_path):
    _fill(vault_info)
    out = tmp_path / "x.pdf"
    r = agreement(run_cli, vault_info, "--engagement", "eng-anna", "--version", "9", "--out", out)
    assert r.code == 6 and "version 9" in r.err and not out.exists()
    r = agreement(run_cli, vault_info, "--engagement", "nope", "--out", out)
    assert r.code == 6 and not out.exists()


def test_out_is_required(run_cli, vault_info):
    r = agreement(run_cli, vault_info, "--engagement", "eng-anna")
    assert r.code == 2
