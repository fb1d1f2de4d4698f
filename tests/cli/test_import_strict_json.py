"""``coachdesk import`` refuses what ``json.loads`` would let through: a whole number too
long for Python (it raised ``ValueError``: exit 1, "internal error") and a key repeated in an
object (the last one silently won). Exit 6, the JSON path of each problem, nothing written."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "interchange"))
from test_interchange_validation import SPEC_EXAMPLE


def _fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


def _import(run_cli, vault_info, tmp_path: Path, data: bytes):
    path = tmp_path / "doc.json"
    path.write_bytes(data)
    before = _fingerprint(vault_info.folder)
    r = run_cli(
        "import", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file,
        path,
    )  # fmt: skip
    assert _fingerprint(vault_info.folder) == before
    return r


def _spec_bytes() -> bytes:
    return json.dumps(SPEC_EXAMPLE, ensure_ascii=False).encode("utf-8")


def test_import_of_a_whole_number_over_python_s_limit_exits_6_with_its_path(
    run_cli, vault_info, tmp_path
):
    data = _spec_bytes().replace(b'"value": 410', b'"value": ' + b"4" * 4301, 1)
    r = _import(run_cli, vault_info, tmp_path, data)
    assert r.code == 6, r.err
    assert r.err.splitlines() == [
        "coachdesk: engagements[0].goals[0].kpis[0].measurements[0].value: "
        "a whole number of 4301 digits is too long"
    ]


def test_import_of_a_document_with_a_repeated_key_exits_6_with_each_path(
    run_cli, vault_info, tmp_path
):
    data = _spec_bytes()
    data = data.replace(b'"title": "Leadership', b'"title": "Other", "title": "Leadership', 1)
    data = data.replace(b'"how": "in session"', b'"how": "x", "how": "in session"', 1)
    r = _import(run_cli, vault_info, tmp_path, data)
    assert r.code == 6, r.err
    assert r.err.splitlines() == [
        "coachdesk: engagements[0].title: the same key appears more than once",
        "coachdesk: engagements[0].sessions[0].items[0].sharing.anna.how: "
        "the same key appears more than once",
    ]


def test_the_same_document_without_the_repeated_key_imports(run_cli, vault_info, tmp_path):
    path = tmp_path / "doc.json"
    path.write_bytes(_spec_bytes())
    r = run_cli(
        "import", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file,
        path,
    )  # fmt: skip
    assert r.code == 0, r.err
