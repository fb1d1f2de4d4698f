"""A report holding a character no bundled font can print is refused through the command
line too: exit 6, one line naming the item by kind and id, nothing written or recorded."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from coachdesk.domain import SharingStateKind, text_sha256
from coachdesk.services import sharing as sharing_service
from coachdesk.services import vault as vault_service


def test_an_unprintable_character_in_an_agreed_note_exits_6_naming_the_item(
    run_cli, vault_info, tmp_path: Path
) -> None:
    demo = ("--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)
    assert run_cli("demo", *demo).code == 0
    out = tmp_path / "ok.pdf"
    args = ("--engagement", "eng-anna", "--recipient", "marco", "--date", "2026-11-20")
    assert run_cli("report", *demo, *args, "--out", out).code == 0
    entry = json.loads(run_cli("ledger", *demo, "--json").out)["ledger"][0]
    item_id = next(f["id"] for f in entry["facts"] if f["kind"] == "item")
    text = "Agreed words and a private-use \U000f8000 character"
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        sharing_service.edit_item_text(vault.db, item_id, text)
        sharing_service.set_sharing_state(
            vault.db, item_id, "marco", SharingStateKind.AGREED,
            shown_sha256=text_sha256(text), on=dt.date(2026, 11, 1),
            how="in session",
        )  # fmt: skip
    refused = tmp_path / "refused.pdf"
    r = run_cli("report", *demo, *args, "--out", refused)
    assert r.code == 6, r.err
    assert len(r.err.splitlines()) == 1
    assert f"(item {item_id}) holds a character no bundled font can print: U+F8000" in r.err
    assert "Agreed words" not in r.err
    assert not refused.exists()
    assert len(json.loads(run_cli("ledger", *demo, "--json").out)["ledger"]) == 1
