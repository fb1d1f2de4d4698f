"""The coach profile service (spec §3): a saved profile has a name; a logo is a PNG or JPEG
of at most 1 MB that decodes; refused input writes nothing."""

from __future__ import annotations

import io

import pytest

from coachdesk.domain import CoachProfile
from coachdesk.errors import InvalidInput
from coachdesk.services import profile as profile_service


def png(size: tuple[int, int] = (8, 4)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", size, (0, 120, 90, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_new_vault_has_no_name_yet(vault):
    assert profile_service.get_profile(vault.db) == CoachProfile()
    assert not profile_service.has_name(vault.db)


def test_saving_normalises_spaces_and_letterhead_lines(vault):
    saved = profile_service.save_profile(
        vault.db, CoachProfile("  Laura  ", " PCC ", "\r\n\nBianchi Coaching  \r\nMilano\n\n")
    )
    assert saved == CoachProfile("Laura", "PCC", "Bianchi Coaching\nMilano")
    assert profile_service.get_profile(vault.db) == saved
    assert profile_service.has_name(vault.db)


def test_a_logo_is_kept_and_removed(vault):
    logo = png()
    profile_service.save_profile(vault.db, CoachProfile("L", logo=logo))
    assert profile_service.get_profile(vault.db).logo == logo
    profile_service.save_profile(vault.db, CoachProfile("L"))
    assert profile_service.get_profile(vault.db).logo is None


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (CoachProfile(""), "the coach's name cannot be empty"),
        (CoachProfile(" \n "), "the coach's name cannot be empty"),
        (CoachProfile("L", "a\x00b"), "the coach profile cannot contain a NUL character"),
        (CoachProfile("L", logo=b"GIF89a"), "the logo must be a PNG or JPEG image"),
        (CoachProfile("L", logo=png()[:-30]), "the logo cannot be read: the image file is damaged"),
        (CoachProfile("L", logo=png() + bytes(2**20)), "the logo is larger than 1 MB"),
        (CoachProfile("L", logo=png((4097, 2))), "the logo is more than 4096 pixels wide or high"),
    ],
)
def test_a_refused_profile_writes_nothing(vault, profile, message):
    profile_service.save_profile(vault.db, CoachProfile("Before", "PCC"))
    with pytest.raises(InvalidInput) as info:
        profile_service.save_profile(vault.db, profile)
    assert str(info.value) == message
    assert profile_service.get_profile(vault.db) == CoachProfile("Before", "PCC")


def test_profile_lines_show_each_letterhead_line():
    lines = profile_service.profile_lines(CoachProfile("L", "", "A\nB", png((8, 4))))
    assert lines[:4] == ["name: L", "credentials:", "letterhead: A", "letterhead: B"]
    assert lines[4].startswith("logo: PNG, 8 x 4 pixels, ")
