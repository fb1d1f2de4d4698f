"""The letterhead preview and the logo as the dialogs show it (gui/widgets/letterhead.py)."""

from __future__ import annotations

import io

from coachdesk.gui.widgets.letterhead import (
    PREVIEW_LOGO_HEIGHT,
    LetterheadPreview,
    load_logo,
    preview_image,
)


def image(fmt: str, size: tuple[int, int]) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, fmt)
    return buffer.getvalue()


def test_the_preview_elides_what_does_not_fit(qtbot):
    preview = LetterheadPreview()
    qtbot.addWidget(preview)
    preview.resize(300, 120)
    preview.show_profile("N" * 500, "", "x" * 500)
    image = preview.grab()  # draws without error; nothing spills past the sheet
    assert image.width() == 300


def test_a_tall_logo_is_kept_at_twice_the_preview_height_and_a_small_one_as_it_is():
    tall = preview_image(image("PNG", (900, 600)))
    assert tall is not None and tall.height() == 2 * PREVIEW_LOGO_HEIGHT
    assert tall.width() == 3 * PREVIEW_LOGO_HEIGHT  # the aspect ratio is kept
    small = preview_image(image("PNG", (30, 20)))
    assert small is not None and (small.width(), small.height()) == (30, 20)


def test_bytes_that_are_no_image_give_no_preview():
    assert preview_image(b"not an image") is None


def test_a_loaded_logo_carries_its_bytes_its_preview_and_what_the_dialog_says_of_it():
    data = image("JPEG", (120, 40))
    logo = load_logo(data)
    assert logo.data == data and logo.image is not None
    assert (logo.info.kind, logo.info.width, logo.info.height) == ("JPEG", 120, 40)


def test_the_sheet_is_as_tall_as_the_taller_of_its_text_and_its_logo(qtbot):
    preview = LetterheadPreview()
    qtbot.addWidget(preview)
    preview.show_profile("Laura", "", "")
    text_only = preview.sizeHint().height()
    preview.show_logo(preview_image(image("PNG", (40, 400))))
    with_logo = preview.sizeHint().height()
    assert with_logo > text_only
    preview.show_profile("Laura", "PCC", "\n".join(["line"] * 12))
    assert preview.sizeHint().height() > with_logo  # the lines now outgrow the logo
    assert preview.accessibleDescription().startswith("Laura\nPCC\nline")
