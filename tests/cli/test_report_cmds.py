"""``report``, ``report --explain``, ``ledger`` and the ledger check in ``verify``."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.services import sharing as sharing_service
from coachdesk.services import vault as vault_service


def _fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


@pytest.fixture
def demo(run_cli, vault_info):
    r = run_cli(
        "demo", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file
    )
    assert r.code == 0, r.err
    return ("--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)


def test_a_report_for_each_stakeholder_is_written_and_recorded_in_the_ledger(
    run_cli, demo, tmp_path
):
    written = {}
    for recipient in ("anna", "marco", "giulia"):
        out = tmp_path / f"{recipient}.pdf"
        r = run_cli("report", *demo, "--engagement", "eng-anna", "--recipient", recipient,
                    "--date", "2026-11-20", "--out", out)  # fmt: skip
        assert r.code == 0, r.err
        assert "ledger entry" in r.out
        written[recipient] = out.read_bytes()
        assert not (tmp_path / f"{recipient}.pdf.partial").exists()
    r = run_cli("ledger", *demo, "--json")
    assert r.code == 0, r.err
    ledger = json.loads(r.out)["ledger"]
    assert [e["recipient"] for e in ledger] == ["anna", "marco", "giulia"]
    for entry in ledger:
        assert entry["file_sha256"] == hashlib.sha256(written[entry["recipient"]]).hexdigest()
        assert entry["report_date"] == "2026-11-20"
        assert entry["engagement"] == "eng-anna" and entry["facts"]
        assert all(len(f["sha256"]) == 64 for f in entry["facts"])
    # The coachee's report holds more than the sponsor's, whose holds more than HR's.
    sizes = [len(e["facts"]) for e in ledger]
    assert sizes[0] > sizes[1] > sizes[2]
    r = run_cli("ledger", *demo)
    assert r.out.count("eng-anna") == 3


def test_explain_prints_inclusions_and_reasons_and_writes_nothing(
    run_cli, demo, vault_info, tmp_path
):
    before = _fingerprint(vault_info.folder)
    out = tmp_path / "x.pdf"
    r = run_cli("report", *demo, "--engagement", "eng-anna", "--recipient", "marco",
                "--date", "2026-11-20", "--explain", "--out", out)  # fmt: skip
    assert r.code == 0, r.err
    assert "Included:" in r.out and "Excluded:" in r.out
    assert "a reflection is never shared" in r.out
    assert "the coachee has not agreed to share it" in r.out
    assert not out.exists()
    assert _fingerprint(vault_info.folder) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--engagement", "nope", "--recipient", "marco"), "no engagement with id 'nope'"),
        (("--engagement", "eng-anna", "--recipient", "nobody"), "no person with id 'nobody'"),
        (
            ("--engagement", "eng-anna", "--recipient", "james"),
            "neither the coachee nor a stakeholder",
        ),
        (
            (
                "--engagement",
                "eng-anna",
                "--recipient",
                "marco",
                "--from",
                "2026-10-01",
                "--to",
                "2026-09-01",
            ),
            "--from is after --to",
        ),
    ],
)
def test_bad_report_requests_exit_6_and_write_nothing(
    run_cli, demo, vault_info, tmp_path, args, message
):
    before = _fingerprint(vault_info.folder)
    out = tmp_path / "r.pdf"
    r = run_cli("report", *demo, *args, "--out", out)
    assert r.code == 6, r.err
    assert message in r.err and len(r.err.splitlines()) == 1
    assert not out.exists() and not (tmp_path / "r.pdf.partial").exists()
    assert _fingerprint(vault_info.folder) == before


def test_a_password_protected_report_is_recorded_as_such(run_cli, demo, tmp_path):
    pw = tmp_path / "pdfpw"
    pw.write_text("for marco only\n", encoding="utf-8")
    out = tmp_path / "m.pdf"
    r = run_cli("report", *demo, "--engagement", "eng-anna", "--recipient", "marco",
                "--pdf-password-file", pw, "--out", out)  # fmt: skip
    assert r.code == 0, r.err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("for marco only") != 0
    entry = json.loads(run_cli("ledger", *demo, "--json").out)["ledger"][0]
    assert entry["password_protected"] is True


def test_verify_says_which_reports_no_longer_reproduce_without_calling_it_damage(
    run_cli, demo, vault_info, tmp_path
):
    for recipient in ("marco", "giulia"):
        r = run_cli("report", *demo, "--engagement", "eng-anna", "--recipient", recipient,
                    "--date", "2026-11-20", "--out", tmp_path / f"{recipient}.pdf")  # fmt: skip
        assert r.code == 0, r.err
    r = run_cli("verify", *demo)
    assert r.code == 0, r.err
    assert "2 report(s); 2 kept copies match the file hash recorded when sent" in r.out
    assert "2 of 2 reproduce byte for byte, 0 no longer do" in r.out
    # Edit a summary that Marco's report contained: his report no longer reproduces.
    entry = json.loads(run_cli("ledger", *demo, "--json").out)["ledger"][0]
    item_id = next(f["id"] for f in entry["facts"] if f["kind"] == "item")
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        sharing_service.edit_item_text(vault.db, item_id, "Rewritten afterwards.")
    r = run_cli("verify", *demo)
    assert r.code == 0, r.err
    assert "2 kept copies match" in r.out
    assert "1 of 2 reproduce byte for byte, 1 no longer do" in r.out
    assert f"ledger entry {entry['id']}" in r.out and "no longer reproduces" in r.out
    # The facts that differ are named by kind and id, never by their text.
    # (the edit voided the consent, so today's report leaves it out)
    assert f"item {item_id} of eng-anna (no longer included)" in r.out
    assert "Rewritten afterwards" not in r.out
    assert "vault ok" in r.out


def test_report_without_out_is_a_usage_error(run_cli, demo):
    r = run_cli("report", *demo, "--engagement", "eng-anna", "--recipient", "marco")
    assert r.code == 2


def test_team_report_for_the_demo_manager_is_written_recorded_and_reproducible(
    run_cli, demo, tmp_path
):
    out = tmp_path / "team.pdf"
    r = run_cli("team-report", *demo, "--recipient", "paola", "--date", "2026-11-20",
                "--out", out)  # fmt: skip
    assert r.code == 0, r.err
    assert "agent(s)" in r.out and "ledger entry" in r.out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Team coaching report" in text or "Report di coaching del team" in text
    r = run_cli("ledger", *demo, "--json")
    (entry,) = [e for e in json.loads(r.out)["ledger"] if e["kind"] == "team-report"]
    assert entry["recipient"] == "paola" and entry["engagement"] is None
    assert entry["file_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    engagements = {f["engagement"] for f in entry["facts"]}
    assert engagements and all(e and e.startswith("eng-") for e in engagements)
    r = run_cli("verify", *demo)
    assert r.code == 0, r.out + r.err
    assert "not reproducible" not in r.out.lower()


def test_team_report_refuses_someone_who_manages_no_team(run_cli, demo, tmp_path):
    r = run_cli("team-report", *demo, "--recipient", "marco", "--out", tmp_path / "t.pdf")
    assert r.code == 6 and "team leader" in r.err
    assert not (tmp_path / "t.pdf").exists()


def test_an_agent_s_access_request_includes_the_team_reports_about_them(run_cli, demo, tmp_path):
    r = run_cli("team-report", *demo, "--recipient", "paola", "--date", "2026-11-20",
                "--out", tmp_path / "team.pdf")  # fmt: skip
    assert r.code == 0, r.err
    ledger = json.loads(run_cli("ledger", *demo, "--json").out)["ledger"]
    (team,) = [e for e in ledger if e["kind"] == "team-report"]
    agents = {f["engagement"] for f in team["facts"]}
    agent = sorted(agents)[0].removeprefix("eng-")
    out = tmp_path / "access.json"
    r = run_cli("export-data", *demo, "--coachee", agent, "--out", out)
    assert r.code == 0, r.err
    kinds = [e["kind"] for e in json.loads(out.read_text(encoding="utf-8"))["ledger"]]
    assert "team-report" in kinds


@pytest.mark.parametrize("command", ["report", "team-report"])
def test_a_report_dated_after_today_exits_2_with_one_line_and_writes_nothing(
    run_cli, demo, vault_info, tmp_path, command
):
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    who = ("--engagement", "eng-anna", "--recipient", "marco")
    args = who if command == "report" else ("--recipient", "paola")
    before = _fingerprint(vault_info.folder)
    out = tmp_path / "r.pdf"
    r = run_cli(command, *demo, *args, "--date", tomorrow, "--out", out)
    assert r.code == 2, r.err
    assert (
        r.err
        == f"coachdesk: --date {tomorrow} is after today: a report cannot be dated in the future\n"
    )
    assert not out.exists() and not (tmp_path / "r.pdf.partial").exists()
    assert _fingerprint(vault_info.folder) == before
    # Today and earlier dates are accepted, and reproduce byte for byte.
    for day in (dt.date.today().isoformat(), "2026-10-01"):
        r = run_cli(command, *demo, *args, "--date", day, "--out", tmp_path / f"{day}.pdf")
        assert r.code == 0, r.err
    r = run_cli("verify", *demo)
    assert r.code == 0 and "2 of 2 reproduce byte for byte" in r.out, r.out


def test_ledger_json_says_whether_a_copy_is_kept_and_never_holds_its_bytes(
    run_cli, demo, vault_info, tmp_path
):
    for recipient in ("marco", "giulia"):
        r = run_cli("report", *demo, "--engagement", "eng-anna", "--recipient", recipient,
                    "--out", tmp_path / f"{recipient}.pdf")  # fmt: skip
        assert r.code == 0, r.err
    with (
        vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault,
        vault.db.transaction(),
    ):
        vault.db.execute("DELETE FROM ledger_files WHERE ledger_id = 1")
    r = run_cli("ledger", *demo, "--json")
    ledger = json.loads(r.out)["ledger"]
    assert [e["copy_kept"] for e in ledger] == [False, True]
    assert len(r.out) < 20_000  # ids and hashes only: no PDF in it
    r = run_cli("ledger", *demo)
    assert r.out.count("[no copy kept]") == 1


@pytest.mark.parametrize("command", ["report", "team-report"])
def test_both_reports_refuse_a_period_that_ends_before_it_starts(
    run_cli, demo, vault_info, tmp_path, command
):
    args = ("--engagement", "eng-anna", "--recipient", "marco")
    args = args if command == "report" else ("--recipient", "paola")
    before = _fingerprint(vault_info.folder)
    out = tmp_path / "r.pdf"
    r = run_cli(command, *demo, *args, "--from", "2026-06-01", "--to", "2026-05-01", "--out", out)
    assert r.code == 6
    assert r.err == "coachdesk: --from is after --to: the period would be empty\n"
    assert not out.exists() and _fingerprint(vault_info.folder) == before


def test_a_password_protected_team_report_in_italian_is_recorded_as_such(run_cli, demo, tmp_path):
    pw = tmp_path / "pdfpw"
    pw.write_text("for paola only\n", encoding="utf-8")
    out = tmp_path / "team.pdf"
    r = run_cli("team-report", *demo, "--recipient", "paola", "--date", "2026-11-20",
                "--lang", "it", "--pdf-password-file", pw, "--out", out)  # fmt: skip
    assert r.code == 0, r.err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("for paola only") != 0
    assert "Report di coaching del team" in " ".join(p.extract_text() for p in reader.pages)
    (entry,) = json.loads(run_cli("ledger", *demo, "--json").out)["ledger"]
    assert entry["password_protected"] is True
    assert entry["report_date"] == "2026-11-20" and entry["language"] == "it"
