"""The plan in the reports people receive (spec §4, §5): the agent's own report and the
team report carry the shared actions where permitted; ``--explain`` lists the plan and each
action left out with its reason."""

from __future__ import annotations

import datetime as dt
import subprocess

from coachdesk.services import demo
from coachdesk.services import vault as vault_service


def _fill(info):
    with vault_service.open_vault(info.folder, info.passphrase) as v:
        return demo.install_demo(v, dt.date.today())


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _args(info):
    return ["--vault", info.folder, "--passphrase-file", info.passphrase_file]


def test_the_agent_and_the_manager_receive_the_shared_plan(run_cli, vault_info, tmp_path):
    practice = _fill(vault_info)
    stefan = next(e for e in practice.engagements if e.coachee_id == "stefan")
    (action,) = stefan.actions
    out = tmp_path / "own.pdf"
    r = run_cli(
        "report", *_args(vault_info), "--engagement", stefan.id, "--recipient", "stefan",
        "--lang", "en", "--out", out,
    )  # fmt: skip
    assert r.code == 0, r.err
    text = _text(out)
    assert "Action plan" in text and action.text in text
    team = tmp_path / "team.pdf"
    r = run_cli("team-report", *_args(vault_info), "--recipient", "paola", "--out", team)
    assert r.code == 0, r.err
    assert action.text in _text(team)


def test_a_sponsor_not_permitted_the_plan_gets_no_plan_section(run_cli, vault_info, tmp_path):
    practice = _fill(vault_info)
    anna = next(e for e in practice.engagements if e.id == "eng-anna")
    out = tmp_path / "marco.pdf"
    r = run_cli(
        "report", *_args(vault_info), "--engagement", "eng-anna", "--recipient", "marco",
        "--lang", "en", "--out", out,
    )  # fmt: skip
    assert r.code == 0, r.err
    text = _text(out)
    assert "Action plan" not in text
    assert not any(a.text in text for a in anna.actions)
    r = run_cli(
        "report", *_args(vault_info), "--engagement", "eng-anna", "--recipient", "marco",
        "--explain",
    )  # fmt: skip
    assert "plan: not permitted for this role (section absent)" in r.out
    for a in anna.actions:
        assert f"action {a.id}" in r.out
