"""What was sent can always be shown (spec §3 disclosure ledger, issue 14 point 7): each
ledger entry keeps the very bytes handed over; ``verify`` checks every kept copy against the
hash recorded when it was sent, and compares apart with a report made from today's data."""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from pathlib import Path

import pytest

from coachdesk.domain import Language, SessionKind, SessionStatus
from coachdesk.errors import CoachDeskError, InvalidInput
from coachdesk.services import editing, practice, reports, team_reports
from coachdesk.services import vault as vault_service
from coachdesk.services.demo import install_demo
from coachdesk.services.verify import verify_vault

TODAY = dt.date.today()
REFUSED = r"^a report cannot be dated after today$"


def _open(info):
    return vault_service.open_vault(info.folder, info.passphrase)


def _eight_reports_this_morning(info, out: Path) -> dict[int, bytes]:
    """Six single reports and two team reports, all dated today; ledger id -> file bytes."""
    written: dict[int, bytes] = {}
    with _open(info) as vault:
        install_demo(vault, TODAY)
        for lang in Language:
            for recipient in ("anna", "marco", "giulia"):
                request = reports.ReportRequest("eng-anna", recipient, TODAY, language=lang)
                path = out / f"{recipient}-{lang.value}.pdf"
                entry = reports.save(vault, reports.render(vault, request), path)
                written[entry.id] = path.read_bytes()
            team = team_reports.TeamReportRequest("paola", TODAY, language=lang)
            path = out / f"team-{lang.value}.pdf"
            entry = team_reports.save_team(vault, team_reports.render_team(vault.db, team), path)
            written[entry.id] = path.read_bytes()
    return written


def test_eight_reports_keep_their_copies_and_later_data_is_a_named_difference_not_damage(
    vault_info, tmp_path
):
    written = _eight_reports_this_morning(vault_info, tmp_path)
    assert len(written) == 8
    with _open(vault_info) as vault:
        for entry in reports.ledger(vault.db):
            assert reports.kept_copy(vault.db, entry) == written[entry.id]
        # Later the same day: a session dated today, and a measurement.
        session = practice.add_session(
            vault.db,
            "eng-anna",
            dt.datetime.combine(TODAY, dt.time(15, 0)),
            SessionKind.COACHING,
            SessionStatus.HELD,
        )
        editing.add_measurement(vault.db, "k-stefan-aht", TODAY, 333)
    result = verify_vault(vault_info.folder, vault_info.passphrase)
    text = "\n".join(result.lines + result.notices)
    assert not result.damaged, text
    assert "disclosure ledger (8 report(s); 8 kept copies match" in text
    assert "no longer do (the data has changed since; this is not damage)" in text
    with _open(vault_info) as vault:
        outcomes = {r.entry.id: r for r in reports.check_ledger(vault)}
    changed = {
        (c.kind, c.id, c.engagement_id, c.change) for r in outcomes.values() for c in r.changes
    }
    # The coachee's report shows attendance: the new session is named, as new.
    assert ("session", session.id, "eng-anna", "new") in changed
    # The team report's KPI progress for Stefan changed.
    assert ("progress", "g-stefan-kpi", "eng-stefan", "changed") in changed
    assert f"session {session.id} of eng-anna (new since)" in text
    assert "progress g-stefan-kpi of eng-stefan (changed since)" in text
    assert not any(r.reproduces for r in outcomes.values() if r.entry.kind == "team-report")


def test_a_flipped_byte_in_a_kept_copy_is_reported_as_damage(vault_info, tmp_path):
    written = _eight_reports_this_morning(vault_info, tmp_path)
    first, second = sorted(written)[:2]
    with _open(vault_info) as vault:
        # One copy with a flipped byte, compressed again (it decompresses, its hash differs),
        # one whose compressed bytes are flipped (it no longer decompresses).
        flipped = bytearray(written[first])
        flipped[len(flipped) // 2] ^= 0x01
        raw = vault.db.one("SELECT data FROM ledger_files WHERE ledger_id = ?", (second,))[0]
        broken = bytearray(raw)
        broken[len(broken) // 2] ^= 0xFF
        with vault.db.transaction():
            vault.db.execute(
                "UPDATE ledger_files SET data = ? WHERE ledger_id = ?",
                (zlib.compress(bytes(flipped)), first),
            )
            vault.db.execute(
                "UPDATE ledger_files SET data = ? WHERE ledger_id = ?", (bytes(broken), second)
            )
        entry = next(e for e in reports.ledger(vault.db) if e.id == first)
        with pytest.raises(CoachDeskError, match="damaged"):
            reports.kept_copy(vault.db, entry)
    result = verify_vault(vault_info.folder, vault_info.passphrase)
    text = "\n".join(result.lines)
    assert result.damaged
    assert (
        f"disclosure ledger entry {first}: its kept copy does not match the file hash "
        "recorded when it was sent"
    ) in text
    assert f"disclosure ledger entry {second}: its kept copy cannot be read" in text


def test_an_entry_without_a_kept_copy_says_so_and_is_still_regenerated(vault_info, tmp_path):
    written = _eight_reports_this_morning(vault_info, tmp_path)
    old = min(written)
    with _open(vault_info) as vault, vault.db.transaction():
        # As for an entry written before schema v3.
        vault.db.execute("DELETE FROM ledger_files WHERE ledger_id = ?", (old,))
    result = verify_vault(vault_info.folder, vault_info.passphrase)
    text = "\n".join(result.lines + result.notices)
    assert not result.damaged, text
    assert "7 kept copies match the file hash recorded when sent; 1 without a kept copy" in text
    assert (f"ledger entry {old} (report of {TODAY.isoformat()} to anna) has no kept copy") in text
    assert "regenerated from today's data, it reproduces byte for byte" in text
    with _open(vault_info) as vault:
        entry = next(e for e in reports.ledger(vault.db) if e.id == old)
        assert reports.kept_copy(vault.db, entry) is None
        assert old not in reports.copies_kept(vault.db)


def test_a_protected_report_keeps_the_encrypted_bytes_handed_over(vault, tmp_path):
    install_demo(vault, TODAY)
    request = reports.ReportRequest("eng-anna", "marco", TODAY)
    rendered = reports.render(vault, request, password="for marco only")
    entry = reports.save(vault, rendered, tmp_path / "m.pdf")
    kept = reports.kept_copy(vault.db, entry)
    assert kept == (tmp_path / "m.pdf").read_bytes() == rendered.pdf
    assert hashlib.sha256(kept).hexdigest() == entry.file_sha256
    assert b"/Encrypt" in kept
    # Saved again from the ledger: the same bytes, and no new ledger entry.
    reports.save_kept_copy(vault.db, entry, tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == kept
    assert len(reports.ledger(vault.db)) == 1


def test_the_entry_and_its_copy_are_written_in_one_transaction(vault, tmp_path, monkeypatch):
    install_demo(vault, TODAY)
    rendered = reports.render(vault, reports.ReportRequest("eng-anna", "marco", TODAY))

    def fail(*_args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(reports.ledger_repo, "keep_copy", fail)
    with pytest.raises(OSError):
        reports.save(vault, rendered, tmp_path / "m.pdf")
    assert reports.ledger(vault.db) == []
    assert not (tmp_path / "m.pdf").exists()


def test_a_report_dated_after_today_is_refused_by_the_services(vault):
    install_demo(vault, TODAY)
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match=REFUSED):
        reports.render(vault, reports.ReportRequest("eng-anna", "marco", tomorrow))
    with pytest.raises(InvalidInput, match=REFUSED), vault.db.transaction():
        reports.disclosure_for(vault.db, reports.ReportRequest("eng-anna", "anna", tomorrow))
    with pytest.raises(InvalidInput, match=REFUSED):
        team_reports.render_team(vault.db, team_reports.TeamReportRequest("paola", tomorrow))
    assert reports.ledger(vault.db) == []


def test_reports_already_written_reproduce_even_once_their_date_is_after_today(
    vault, tmp_path, monkeypatch
):
    """A report written at 00:30 in one time zone, checked in another where it is still
    yesterday (or after the clock was set back): its regeneration is not refused."""
    install_demo(vault, TODAY)
    reports.save(
        vault,
        reports.render(vault, reports.ReportRequest("eng-anna", "marco", TODAY)),
        tmp_path / "m.pdf",
    )
    team_reports.save_team(
        vault,
        team_reports.render_team(vault.db, team_reports.TeamReportRequest("paola", TODAY)),
        tmp_path / "t.pdf",
    )
    monkeypatch.setattr(reports, "_today", lambda: TODAY - dt.timedelta(days=1))
    with pytest.raises(InvalidInput):
        reports.render(vault, reports.ReportRequest("eng-anna", "marco", TODAY))
    results = reports.check_ledger(vault)
    assert [r.reproduces for r in results] == [True, True], [r.reason for r in results]


def test_verify_says_a_report_cannot_be_regenerated_when_today_s_data_is_unprintable(
    vault_info, tmp_path
):
    _eight_reports_this_morning(vault_info, tmp_path)
    with _open(vault_info) as vault, vault.db.transaction():
        # A private-use character in the coachee's and an agent's name: no font prints it.
        vault.db.execute("UPDATE people SET name = name || char(57344) WHERE id IN (?, ?)",
                         ("anna", "stefan"))  # fmt: skip
    result = verify_vault(vault_info.folder, vault_info.passphrase)
    text = "\n".join(result.lines + result.notices)
    assert not result.damaged, text
    assert "8 kept copies match" in text
    with _open(vault_info) as vault:
        outcomes = list(reports.check_ledger(vault))
    stuck = [r for r in outcomes if "cannot be regenerated today" in r.reason]
    assert {r.entry.kind for r in stuck} == {"report", "team-report"}
    assert all("U+E000" in r.reason and not r.reproduces for r in stuck)
