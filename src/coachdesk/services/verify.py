"""``verify``: integrity and key-file checks, reported plainly (spec §7, §8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.security import keyfile
from coachdesk.services.reports import check_copy, check_entry, ledger
from coachdesk.services.retention import expired_engagements
from coachdesk.services.vault import VAULT_KEYS, Vault, check_folder, open_vault
from coachdesk.storage.connection import integrity_problems
from coachdesk.storage.integrity import schema_version
from coachdesk.storage.schema import CURRENT_VERSION


@dataclass
class VerifyReport:
    """Lines to show, and whether anything amounts to damage."""

    lines: list[str] = field(default_factory=list)
    damaged: bool = False
    notices: list[str] = field(default_factory=list)

    def ok(self, what: str) -> None:
        self.lines.append(f"{what}: ok")

    def bad(self, what: str, detail: str) -> None:
        self.lines.append(f"{what}: {detail}")
        self.damaged = True


def verify_vault(folder: Path, passphrase: str, today: dt.date | None = None) -> VerifyReport:
    """Check the key file, unlock, and run both integrity checks.

    Raises what ``open_vault`` raises when the vault cannot be opened at all. Checking writes
    nothing; opening may finish an erasure that a full disk cut short (its compaction).
    """
    report = VerifyReport()
    check_folder(folder)
    keys = keyfile.read(folder / VAULT_KEYS)
    report.ok(f"key file ({', '.join(s.id for s in keys.slots)} slots, Argon2id, AES-256-GCM)")
    with open_vault(folder, passphrase, migrate=False) as vault:
        report.ok("passphrase")
        version = schema_version(vault.db)
        if version < CURRENT_VERSION:
            report.notices.append(
                f"schema version {version}; it is upgraded to {CURRENT_VERSION} when next opened"
            )
        for old in expired_engagements(vault.db, today or dt.date.today()):
            report.notices.append(
                f"engagement {old.engagement_id}: its retention period ended on "
                f"{old.retention_ended.isoformat()}; erase the coachee's data with "
                f"'coachdesk erase --coachee {old.coachee_id} --yes' once you have checked "
                "nothing must be kept"
                + ("" if old.coachee_fully_expired else " (the coachee has a later engagement)")
            )
        problems = integrity_problems(vault.db)
        if problems:
            for p in problems:
                report.bad("integrity", p)
        else:
            report.ok("page authentication (cipher_integrity_check)")
            report.ok("structure (integrity_check)")
            if version == CURRENT_VERSION:
                _check_ledger(vault, report)
    return report


def _check_ledger(vault: Vault, report: VerifyReport) -> None:
    """Two checks, told apart. Each kept copy against the file hash recorded when it was
    sent: a mismatch is damage. Then each report regenerated from today's data against the
    one sent: a difference is not damage (the data has changed since), and the facts that
    differ are named by kind and id. An entry without a kept copy (written before copies
    were kept, or erased with its coachee) has only the second check."""
    entries = ledger(vault.db)
    if not entries:
        report.ok("disclosure ledger (empty)")
        return
    copies = {c.entry.id: c.state for c in (check_copy(vault.db, e) for e in entries)}
    kept = sum(state != "none" for state in copies.values())
    broken = False
    for e in entries:
        if copies[e.id] == "differs":
            report.bad(
                f"disclosure ledger entry {e.id}",
                "its kept copy does not match the file hash recorded when it was sent",
            )
            broken = True
        elif copies[e.id] == "unreadable":
            report.bad(f"disclosure ledger entry {e.id}", "its kept copy cannot be read")
            broken = True
    if not broken:
        without = len(entries) - kept
        report.ok(
            f"disclosure ledger ({len(entries)} report(s); {kept} kept cop"
            f"{'y matches' if kept == 1 else 'ies match'} the file hash recorded when sent"
            + (f"; {without} without a kept copy" if without else "")
            + ")"
        )
    results = [check_entry(vault, e) for e in entries]
    same = sum(r.reproduces for r in results)
    report.lines.append(
        f"reports regenerated from today's data: {same} of {len(results)} reproduce byte "
        f"for byte, {len(results) - same} no longer do"
        + (" (the data has changed since; this is not damage)" if same < len(results) else "")
    )
    for r in results:
        e = r.entry
        about = f"ledger entry {e.id} ({e.kind} of {e.report_date.isoformat()} to {e.recipient_id})"
        if copies[e.id] == "none":
            report.notices.append(
                f"{about} has no kept copy (written before copies were kept, or erased with "
                "its coachee): "
                + (
                    "regenerated from today's data, it reproduces byte for byte"
                    if r.reproduces
                    else f"regenerated from today's data, it no longer reproduces: {r.reason}"
                )
            )
        elif not r.reproduces:
            report.notices.append(
                f"{about}: the kept copy is what was sent; regenerated from today's data, it "
                f"no longer reproduces: {r.reason}"
            )
