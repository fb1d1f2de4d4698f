"""``import`` and ``export-data`` from the command line: all or nothing, exit 6 with paths."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "interchange"))
from test_interchange_validation import SPEC_EXAMPLE


def _fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "vault.lock"}


def _write(tmp_path: Path, doc: object, name: str = "doc.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_then_export_gives_back_the_document(run_cli, vault_info, tmp_path):
    src = _write(tmp_path, SPEC_EXAMPLE)
    v = ("--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)
    r = run_cli("import", *v, src)
    assert r.code == 0, r.err
    assert "1 engagement(s)" in r.out and "1 note item(s)" in r.out
    out = tmp_path / "out.json"
    r = run_cli("export-data", *v, "--out", out)
    assert r.code == 0, r.err
    assert "not encrypted" in r.out
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["people"] == sorted(SPEC_EXAMPLE["people"], key=lambda p: p["name"])
    item = exported["engagements"][0]["sessions"][0]["items"][0]
    assert item["sharing"]["marco"]["state"] == "agreed"
    assert exported["engagements"][0]["goals"][0]["kpis"][0]["baseline"] == 420


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["engagements"][0]["sessions"][0]["items"][0]["sharing"]["marco"].update(
                state="aggreed"
            ),
            "coachdesk: engagements[0].sessions[0].items[0].sharing.marco.state: "
            'unknown state "aggreed"',
        ),
        (lambda d: d.update(format="other/1"), "coachdesk: format: unknown format"),
        (
            lambda d: d["engagements"][0]["goals"][0]["ratings"].append(
                {"date": "2026-03-01", "value": 0}
            ),
            "coachdesk: engagements[0].goals[0].ratings[1].value: rating 0 outside 1–10",
        ),
    ],
)
def test_an_invalid_document_writes_nothing_and_exits_6(
    run_cli, vault_info, tmp_path, mutate, expected
):
    doc = json.loads(json.dumps(SPEC_EXAMPLE))
    mutate(doc)
    before = _fingerprint(vault_info.folder)
    r = run_cli(
        "import", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file,
        _write(tmp_path, doc),
    )  # fmt: skip
    assert r.code == 6
    assert expected in r.err.splitlines()[0] or expected in r.err
    assert "Traceback" not in r.err
    assert _fingerprint(vault_info.folder) == before


@pytest.mark.parametrize(
    "content", [b"{", b"\x00\x01binary", b'{"format": "coachdesk-data/1",}', b"[1, 2"]
)
def test_bad_json_exits_6_and_changes_nothing(run_cli, vault_info, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = _fingerprint(vault_info.folder)
    r = run_cli(
        "import", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file,
        path,
    )  # fmt: skip
    assert r.code == 6, r.err
    assert r.err.startswith("coachdesk: the file is not")
    assert len(r.err.splitlines()) == 1
    assert _fingerprint(vault_info.folder) == before


def test_a_second_import_of_the_same_ids_is_a_conflict_and_adds_nothing(
    run_cli, vault_info, tmp_path
):
    src = _write(tmp_path, SPEC_EXAMPLE)
    v = ("--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)
    assert run_cli("import", *v, src).code == 0
    before = _fingerprint(vault_info.folder)
    r = run_cli("import", *v, src)
    assert r.code == 6
    assert 'coachdesk: people[0].id: the vault already holds a person with id "anna"' in r.err
    assert "engagements[0].sessions[0].items[0].id: the vault already holds" in r.err
    assert _fingerprint(vault_info.folder) == before


def test_a_missing_import_file_exits_6(run_cli, vault_info, tmp_path):
    r = run_cli(
        "import", "--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file,
        tmp_path / "nope.json",
    )  # fmt: skip
    assert r.code == 6
    assert "does not exist" in r.err


def test_access_request_export_holds_everything_about_one_coachee_and_nobody_else(
    run_cli, vault_info, tmp_path
):
    v = ("--vault", vault_info.folder, "--passphrase-file", vault_info.passphrase_file)
    assert run_cli("demo", *v).code == 0
    out = tmp_path / "anna.json"
    r = run_cli("export-data", *v, "--coachee", "anna", "--out", out)
    assert r.code == 0, r.err
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {e["coachee"] for e in doc["engagements"]} == {"anna"}
    kinds = {i["kind"] for e in doc["engagements"] for s in e["sessions"] for i in s["items"]}
    assert "reflection" in kinds
    private = [
        i
        for e in doc["engagements"]
        for s in e["sessions"]
        for i in s["items"]
        if not i.get("sharing")
    ]
    assert private, "private items belong to an access request"
    full = tmp_path / "all.json"
    assert run_cli("export-data", *v, "--out", full).code == 0
    everyone = {p["id"] for p in json.loads(full.read_text(encoding="utf-8"))["people"]}
    named = {p["id"] for p in doc["people"]}
    assert named < everyone
    recipients = {s["person"] for e in doc["engagements"] for s in e["stakeholders"]}
    assert named == {"anna"} | recipients | {
        a["owner"] for e in doc["engagements"] for a in e["actions"] if "owner" in a
    }


def test_export_of_an_unknown_coachee_exits_6_and_writes_nothing(run_cli, vault_info, tmp_path):
    out = tmp_path / "x.json"
    r = run_cli(
        "export-data", "--vault", vault_info.folder, "--passphrase-file",
        vault_info.passphrase_file, "--coachee", "nobody", "--out", out,
    )  # fmt: skip
    assert r.code == 6
    assert not out.exists()


def test_export_into_a_missing_folder_is_a_clear_error(run_cli, vault_info, tmp_path):
    r = run_cli(
        "export-data", "--vault", vault_info.folder, "--passphrase-file",
        vault_info.passphrase_file, "--out", tmp_path / "no" / "such" / "x.json",
    )  # fmt: skip
    assert r.code == 1
    assert r.err == "coachdesk: the output folder does not exist\n"
