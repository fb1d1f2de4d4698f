"""The Windows installer script (packaging/windows/coachdesk.iss) matches the build.

Inno Setup runs only on Windows, so these checks read the script as text: the version, a fixed
AppId, both setup languages, and the program names that the spec builds.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "coachdesk.iss"
SPEC = ROOT / "packaging" / "coachdesk.spec"


def iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]*)"$', ISS.read_text(encoding="utf-8"), re.M)
    assert match, f"#define {name} is missing"
    return match.group(1)


def iss_setup(key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", ISS.read_text(encoding="utf-8"), re.M)
    assert match, f"{key}= is missing from [Setup]"
    return match.group(1).strip()


def test_installer_version_is_the_project_version() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert iss_define("AppVersion") == version


def test_installer_has_a_fixed_app_id() -> None:
    # "{{" escapes the brace in Inno Setup; the id must never change between releases.
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", iss_setup("AppId"))


def test_installer_installs_the_one_folder_build() -> None:
    assert iss_setup("DefaultDirName") == r"{autopf}\CoachDesk"
    assert iss_define("BuildDir") == r"..\..\dist\coachdesk"
    text = ISS.read_text(encoding="utf-8")
    assert 'Source: "{#BuildDir}\\*"' in text
    assert "recursesubdirs" in text


def test_installer_languages_are_english_and_italian() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert 'MessagesFile: "compiler:Languages\\Italian.isl"' in text


def test_start_menu_runs_the_windowed_program_the_spec_builds() -> None:
    gui = iss_define("GuiExe")
    assert gui.endswith(".exe")
    assert f'name="{gui.removesuffix(".exe")}"' in SPEC.read_text(encoding="utf-8")
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#GuiExe\}"',
                     text, re.M)  # fmt: skip
