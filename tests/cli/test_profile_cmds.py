"""``coachdesk profile`` (spec §9): shows or sets the coach profile; a bad logo or an empty
name is refused with exit 6 and nothing written."""

from __future__ import annotations

import io

import pytest

from coachdesk.domain import CoachProfile
from coachdesk.services import vault as vault_service
from coachdesk.storage import people_repo


def image(fmt: str, size: tuple[int, int] = (30, 12)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 60, 160)).save(buffer, fmt)
    return buffer.getvalue()


def stored(info) -> CoachProfile:
    with vault_service.open_vault(info.folder, info.passphrase) as v:
        return people_repo.coach(v.db)


def profile(run_cli, info, *args):
    return run_cli(
        "profile", "--vault", info.folder, "--passphrase-file", info.passphrase_file, *args
    )


def test_a_new_vault_shows_an_empty_profile(run_cli, vault_info):
    r = profile(run_cli, vault_info)
    assert r.code == 0, r.err
    assert r.out.splitlines() == ["name:", "credentials:", "letterhead:", "logo: none"]


def test_setting_then_showing_the_profile(run_cli, vault_info, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(image("PNG"))
    r = profile(
        run_cli,
        vault_info,
        "--name", "Laura Bianchi",
        "--credentials", "PCC",
        "--letterhead", "Bianchi Coaching\nVia Roma 1, Milano",
        "--logo", logo,
    )  # fmt: skip
    assert r.code == 0, r.err
    expected = [
        "name: Laura Bianchi",
        "credentials: PCC",
        "letterhead: Bianchi Coaching",
        "letterhead: Via Roma 1, Milano",
        f"logo: PNG, 30 x 12 pixels, {logo.stat().st_size} bytes",
    ]
    assert r.out.splitlines() == expected
    assert stored(vault_info) == CoachProfile(
        "Laura Bianchi", "PCC", "Bianchi Coaching\nVia Roma 1, Milano", logo.read_bytes()
    )
    shown = profile(run_cli, vault_info)
    assert shown.code == 0 and shown.out.splitlines() == expected


def test_an_option_changes_only_its_part(run_cli, vault_info, tmp_path):
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(image("JPEG"))
    assert profile(run_cli, vault_info, "--name", "L", "--logo", logo).code == 0
    assert profile(run_cli, vault_info, "--credentials", "MCC").code == 0
    assert stored(vault_info) == CoachProfile("L", "MCC", "", logo.read_bytes())
    r = profile(run_cli, vault_info, "--no-logo")
    assert r.code == 0 and "logo: none" in r.out
    assert stored(vault_info) == CoachProfile("L", "MCC", "")


def _bad_logos(tmp_path):
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + bytes(40))
    text = tmp_path / "logo.png"
    text.write_text("not an image", encoding="utf-8")
    big = tmp_path / "big.png"
    big.write_bytes(image("PNG") + bytes(1024 * 1024))  # a real PNG padded past 1 MB
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(image("JPEG")[:200])
    return {
        gif: "the logo must be a PNG or JPEG image",
        text: "the logo must be a PNG or JPEG image",
        big: "the logo is larger than 1 MB",
        cut: "the logo cannot be read: the image file is damaged",
        tmp_path / "missing.png": "the logo file does not exist",
        tmp_path: "that is a folder, not a file",
    }


def test_a_bad_logo_exits_6_and_writes_nothing(run_cli, vault_info, tmp_path):
    assert profile(run_cli, vault_info, "--name", "Laura").code == 0
    before = (vault_info.folder / "vault.db").read_bytes()
    for path, message in _bad_logos(tmp_path).items():
        r = profile(run_cli, vault_info, "--name", "Other", "--logo", path)
        assert r.code == 6, (path.name, r.err)
        assert r.err == f"coachdesk: {message}\n"
        assert r.out == ""
    assert stored(vault_info) == CoachProfile("Laura")
    assert (vault_info.folder / "vault.db").read_bytes() == before


def test_a_bad_logo_is_refused_before_the_passphrase_is_asked(run_cli, vault_info, tmp_path):
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a")
    r = run_cli("profile", "--vault", vault_info.folder, "--logo", gif)
    assert r.code == 6 and "PNG or JPEG" in r.err


@pytest.mark.parametrize("args", [["--name", ""], ["--name", "   "], ["--credentials", "PCC"]])
def test_a_profile_without_a_name_exits_6(run_cli, vault_info, args):
    r = profile(run_cli, vault_info, *args)
    assert r.code == 6
    assert r.err == "coachdesk: the coach's name cannot be empty\n"
    assert stored(vault_info) == CoachProfile()


def test_logo_and_no_logo_together_is_a_usage_error(run_cli, vault_info, tmp_path):
    r = profile(run_cli, vault_info, "--logo", tmp_path / "x.png", "--no-logo")
    assert r.code == 2


def test_a_wrong_passphrase_exits_3(run_cli, vault_info, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    r = run_cli("profile", "--vault", vault_info.folder, "--passphrase-file", wrong)
    assert r.code == 3


def test_help_describes_the_command(run_cli):
    r = run_cli("profile", "--help")
    assert r.code == 0 and r.out.startswith("usage: coachdesk profile")
    for option in ("--vault", "--name", "--credentials", "--letterhead", "--logo", "--no-logo"):
        assert option in r.out


def test_an_unreadable_logo_file_exits_6(run_cli, vault_info, tmp_path):
    # A folder cannot be read as a file by anyone, root included (permissions can't show it).
    logo = tmp_path / "logo.png"
    logo.mkdir()
    before = (vault_info.folder / "vault.db").read_bytes()
    r = profile(run_cli, vault_info, "--name", "L", "--logo", logo)
    assert r.code == 6 and r.err == "coachdesk: that is a folder, not a file\n"
    assert (vault_info.folder / "vault.db").read_bytes() == before
