"""The coach's logo (spec §3): a PNG or JPEG image of at most 1 MB, kept as its bytes.

One check for every way a logo comes in (the profile dialog, ``coachdesk profile --logo``,
an imported document), so whatever the vault holds the report can print. No Qt: the bytes
are decoded with Pillow, which ReportLab (the PDF renderer) uses to read images too.
"""

from __future__ import annotations

import io
from typing import Literal

MAX_LOGO_BYTES = 1024 * 1024
# A letterhead logo is printed a few centimetres wide; this bounds the memory a decode takes.
MAX_LOGO_SIDE = 4096

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

LOGO_TOO_LARGE = "the logo is larger than 1 MB"
LOGO_NOT_AN_IMAGE = "the logo must be a PNG or JPEG image"
LOGO_DAMAGED = "the logo cannot be read: the image file is damaged"
LOGO_TOO_MANY_PIXELS = "the logo is more than 4096 pixels wide or high"

LogoKind = Literal["png", "jpeg"]


def logo_kind(data: bytes) -> LogoKind | None:
    """``"png"`` or ``"jpeg"`` by the file's first bytes (its magic number), else ``None``."""
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    return None


def logo_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be the coach's logo, or ``None`` when it can: at most 1 MB, a PNG
    or JPEG by its magic bytes, and an image that decodes in full (pixels included)."""
    if len(data) > MAX_LOGO_BYTES:
        return LOGO_TOO_LARGE
    kind = logo_kind(data)
    if kind is None:
        return LOGO_NOT_AN_IMAGE
    from PIL import Image  # ReportLab's own image library; imported only when a logo comes in

    formats = ["PNG" if kind == "png" else "JPEG"]
    try:
        with Image.open(io.BytesIO(data), formats=formats) as image:
            width, height = image.size
            if not (0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE):
                return LOGO_TOO_MANY_PIXELS
            image.verify()  # a PNG's chunk checksums, up to its end chunk
        with Image.open(io.BytesIO(data), formats=formats) as image:
            image.load()  # decodes every pixel: a truncated or corrupt file fails here
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        return LOGO_DAMAGED
    return None
