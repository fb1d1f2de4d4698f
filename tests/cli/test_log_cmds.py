"""``coachdesk coaching-log`` (spec §9): CSV or PDF by --out's extension; exit codes."""

from __future__ import annotations

import csv
import io
import json

from pypdf import PdfReader

from coachdesk.interchange import to_document
from coachdesk.services import interchange
from coachdesk.services import vault as vault_service
from coaching_log_sample import sample_practice as _sample


def _fill(info):
    doc = json.dumps(to_document(_sample())).encode("utf-8")
    with vault_service.open_vault(info.folder, info.passphrase) as v:
        interchange.import_bytes(v, doc)


def log(run_cli, info, *args):
    return run_cli(
        "coaching-log", "--vault", info.folder, "--passphrase-file", info.passphrase_file, *args
    )


def test_csv_by_extension_with_bom_iso_dates_and_totals(run_cli, vault_info, tmp_path):
    _fill(vault_info)
    out = tmp_path / "log.csv"
    r = log(run_cli, vault_info, "--from", "2026-01-01", "--to", "2026-12-31", "--out", out)
    assert r.code == 0, r.err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][0] == "Coachee"
    assert rows[1][:6] == ["Anna Rossi", "ACME S.p.A.", "anna@example.com", "2026-01-10",
                           "2026-02-05", "2.00"]  # fmt: skip
    assert rows[3][0] == "Total" and rows[3][5] == "3.00"


def test_pdf_by_extension(run_cli, vault_info, tmp_path):
    _fill(vault_info)
    out = tmp_path / "log.pdf"
    r = log(run_cli, vault_info, "--to", "2026-12-31", "--lang", "it", "--out", out)
    assert r.code == 0, r.err
    text = PdfReader(out).pages[0].extract_text()
    assert "Registro delle ore di coaching" in text and "Anna Rossi" in text


def test_an_unknown_extension_is_a_usage_error_and_writes_nothing(run_cli, vault_info, tmp_path):
    out = tmp_path / "log.txt"
    r = log(run_cli, vault_info, "--out", out)
    assert r.code == 2 and ".csv or .pdf" in r.err
    assert not out.exists()


def test_a_reversed_period_is_a_usage_error(run_cli, vault_info, tmp_path):
    out = tmp_path / "log.csv"
    r = log(run_cli, vault_info, "--from", "2026-03-01", "--to", "2026-01-01", "--out", out)
    assert r.code == 2 and not out.exists()


def test_a_wrong_passphrase_exits_3(run_cli, vault_info, tmp_path):
    bad = tmp_path / "bad"
    bad.write_text("not the passphrase\n")
    r = run_cli("coaching-log", "--vault", vault_info.folder, "--passphrase-file", bad,
                "--out", tmp_path / "log.csv")  # fmt: skip
    assert r.code == 3


def test_a_character_no_font_prints_refuses_the_pdf_naming_the_engagement(
    run_cli, vault_info, tmp_path
):
    import datetime as dt

    from coachdesk.domain import Engagement, Person, Practice, Session, SessionStatus

    practice = Practice(
        people=(Person("x", "Name \U000f8000"),),
        engagements=(
            Engagement("e-x", "x", "T", dt.date(2026, 1, 1), sessions=(
                Session("s", dt.datetime(2026, 1, 2, 9), status=SessionStatus.HELD),)),
        ),
    )  # fmt: skip
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as v:
        interchange.import_bytes(v, json.dumps(to_document(practice)).encode("utf-8"))
    out = tmp_path / "log.pdf"
    r = log(run_cli, vault_info, "--to", "2026-12-31", "--out", out)
    assert r.code == 6 and "engagement e-x" in r.err and "U+F8000" in r.err
    assert not out.exists()
    # The CSV has no fonts: it is written.
    r = log(run_cli, vault_info, "--to", "2026-12-31", "--out", tmp_path / "log.csv")
    assert r.code == 0
