"""``verify``: integrity and key-file checks, reported plainly (spec §7, §8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.security import keyfile
from coachdesk.services.reports import check_ledger
from coachdesk.services.retention import expired_engagements
from coachdesk.services.vault import VAULT_KEYS, Vault, check_folder, open_vault
from coachdesk.storage.connection import integrity_problems
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

    Raises what ``open_vault`` raises when the vault cannot be opened at all; never writes.
    """
    report = VerifyReport()
    check_folder(folder)
    keys = keyfile.read(folder / VAULT_KEYS)
    report.ok(f"key file ({', '.join(s.id for s in keys.slots)} slots, Argon2id, AES-256-GCM)")
    with open_vault(folder, passphrase, migrate=False) as vault:
        report.ok("passphrase")
        version = vault.db.one("PRAGMA user_version")[0]
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
    """Regenerate every ledger entry's report. A report that no longer reproduces is not
    damage: the data it was built from changed since, which the coach may want to know."""
    results = check_ledger(vault)
    if not results:
        report.ok("disclosure ledger (empty)")
        return
    same = sum(r.reproduces for r in results)
    report.ok(
        f"disclosure ledger ({len(results)} report(s); {same} reproduce byte for byte, "
        f"{len(results) - same} no longer do)"
    )
    for r in results:
        if not r.reproduces:
            e = r.entry
            report.notices.append(
                f"ledger entry {e.id} (report of {e.report_date.isoformat()} to "
                f"{e.recipient_id}) no longer reproduces: {r.reason}"
            )
