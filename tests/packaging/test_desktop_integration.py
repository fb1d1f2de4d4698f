"""The Linux desktop file and AppStream metainfo (resources/linux/) stay valid and consistent.

Checked in plain Python so that the tests run everywhere; ``desktop-file-validate`` and
``appstreamcli validate`` (docs/packaging.md) are the fuller checks before a release.
"""

from __future__ import annotations

import configparser
import datetime as dt
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.coachdesk.CoachDesk"
DESKTOP = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)  # the sizes packaging/linux/install.sh installs
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The keys of the Desktop Entry Specification 1.5; anything else must start with "X-".
KNOWN_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
    "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal",
    "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
    "StartupWMClass", "URL", "PrefersNonDefaultGPU", "SingleMainWindow",
}  # fmt: skip
LIST_KEYS = {"OnlyShowIn", "NotShowIn", "Actions", "MimeType", "Categories", "Implements",
             "Keywords"}  # fmt: skip
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
    "Network", "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"), source=str(DESKTOP))
    assert parser.sections()[0] == "Desktop Entry", "the first group must be [Desktop Entry]"
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    return root


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    assert isinstance(project, dict)
    return project


def console_script() -> str:
    scripts = pyproject()["scripts"]
    assert isinstance(scripts, dict)
    (name,) = scripts  # one command: coachdesk
    return str(name)


def untranslated(root: ET.Element, path: str) -> list[ET.Element]:
    return [e for e in root.findall(path) if XML_LANG not in e.attrib]


def italian(root: ET.Element, path: str) -> list[ET.Element]:
    return [e for e in root.findall(path) if e.get(XML_LANG) == "it"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path.name}: not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# --- the desktop file --------------------------------------------------------------------------


def test_desktop_file_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    for key in ("Name", "Name[it]", "Comment", "Comment[it]", "Exec", "Icon", "Categories"):
        assert entry.get(key, "").strip(), f"{key} is missing or empty"
    assert entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"


def test_desktop_file_uses_only_known_keys_and_lists_end_with_a_semicolon() -> None:
    entry = desktop_entry()
    for key, value in entry.items():
        base = key.split("[", 1)[0]
        assert base in KNOWN_KEYS or base.startswith("X-"), f"unknown key {key}"
        if "[" in key:
            assert re.fullmatch(r"[A-Za-z-]+\[[a-z]{2,3}(_[A-Z]{2})?(@\w+)?\]", key), key
        if base in LIST_KEYS:
            assert value.endswith(";"), f"{key} must end with ';'"
        if base in {"Terminal", "StartupNotify", "NoDisplay", "Hidden"}:
            assert value in {"true", "false"}, f"{key} must be true or false"


def test_desktop_file_has_a_main_category() -> None:
    categories = set(desktop_entry()["Categories"].rstrip(";").split(";"))
    assert categories & MAIN_CATEGORIES


def test_desktop_file_starts_the_console_script() -> None:
    entry = desktop_entry()
    command = console_script()
    assert entry["Exec"].split()[0] == command
    assert entry.get("TryExec", command) == command


def test_desktop_file_is_the_one_the_app_announces() -> None:
    """On Wayland the window's app id is the desktop file's name; it comes from the GUI's
    ``setDesktopFileName``. Qt's X11 window class is the application name."""
    source = (ROOT / "src" / "coachdesk" / "gui" / "app.py").read_text(encoding="utf-8")
    announced = re.findall(r'setDesktopFileName\(\s*"([^"]+)"\s*\)', source)
    assert announced == [DESKTOP.stem]
    app_names = re.findall(r'setApplicationName\(\s*"([^"]+)"\s*\)', source)
    assert app_names == [desktop_entry()["StartupWMClass"]]


def test_desktop_icon_exists_as_svg_and_pngs() -> None:
    assert desktop_entry()["Icon"] == APP_ID  # installed as <hicolor>/*/apps/<APP_ID>.*
    svg = ET.parse(ICONS / "coachdesk.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox"), "a scalable icon needs a viewBox"
    for size in PNG_SIZES:
        assert png_size(ICONS / f"coachdesk-{size}.png") == (size, size)


# --- the AppStream metainfo ----------------------------------------------------------------------


def test_metainfo_id_matches_the_desktop_file() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("name") == desktop_entry()["Name"]
    launchables = root.findall("launchable")
    assert [(e.get("type"), e.text) for e in launchables] == [("desktop-id", DESKTOP.name)]


def test_metainfo_has_summary_and_description_in_english_and_italian() -> None:
    root = metainfo()
    for found in (untranslated(root, "summary"), italian(root, "summary")):
        assert len(found) == 1
        text = (found[0].text or "").strip()
        assert text and not text.endswith("."), "AppStream wants a summary without a final dot"
    for path in ("description/p", "description/ul/li"):
        english, italian_ = untranslated(root, path), italian(root, path)
        assert english, f"no English {path}"
        assert len(english) == len(italian_), f"every English {path} needs its Italian one"
        assert all(" ".join((e.text or "").split()) for e in english + italian_)


def test_metainfo_licenses_content_rating_and_binary() -> None:
    root = metainfo()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == pyproject()["license"] == "GPL-3.0-or-later"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") in {"oars-1.0", "oars-1.1"}
    assert [e.text for e in root.findall("provides/binary")] == [console_script()]


def test_metainfo_newest_release_is_this_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no <release>"
    dates = [dt.date.fromisoformat(r.get("date", "")) for r in releases]
    assert dates == sorted(dates, reverse=True), "releases are listed newest first"
    assert releases[0].get("version") == pyproject()["version"]
    first = [r.get("date") for r in releases if r.get("version") == "0.1.0"]
    assert first == ["2026-11-25"]


def test_metainfo_screenshots_if_any_are_web_urls() -> None:
    """AppStream takes screenshot images only as web addresses; a path in the repository
    fails ``appstreamcli validate``."""
    for image in metainfo().findall("screenshots/screenshot/image"):
        assert (image.text or "").startswith("https://")
